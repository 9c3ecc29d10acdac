/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _LINUX_STDDEF_H
#define _LINUX_STDDEF_H

#include <stddef.h>
#include <linux/compiler_types.h>

/*
 * As the kernel has them: an enum, not <stdbool.h>'s macros, so that a
 * macro can pass "bool" on to another (module_param). Skipped when the C
 * library's <stdbool.h> came first, in a test.
 */
#ifndef __bool_true_false_are_defined
enum {
	false	= 0,
	true	= 1
};
#endif

#define sizeof_field(TYPE, MEMBER) sizeof((((TYPE *)0)->MEMBER))
#define offsetofend(TYPE, MEMBER) (offsetof(TYPE, MEMBER) + sizeof_field(TYPE, MEMBER))

#define __struct_group(TAG, NAME, ATTRS, MEMBERS...)	\
	union {						\
		struct { MEMBERS } ATTRS;		\
		struct TAG { MEMBERS } ATTRS NAME;	\
	}
#define struct_group(NAME, MEMBERS...) __struct_group(/* no tag */, NAME, /* no attrs */, MEMBERS)
#define struct_group_tagged(TAG, NAME, MEMBERS...) __struct_group(TAG, NAME, /* no attrs */, MEMBERS)

#define DECLARE_FLEX_ARRAY(TYPE, NAME)		\
	struct {				\
		struct { } __empty_ ## NAME;	\
		TYPE NAME[];			\
	}

#endif /* _LINUX_STDDEF_H */
