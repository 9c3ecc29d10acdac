/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * BUG() and WARN(). In kshim, BUG() ends the module call that hit it: the
 * harness reports "kernel BUG at file:line!" as a test failure and goes on.
 */
#ifndef _LINUX_BUG_H
#define _LINUX_BUG_H

#include <linux/compiler.h>
#include <linux/build_bug.h>
#include <linux/once_lite.h>
#include <linux/printk.h>
#include <kshim/kapi.h>

#define CUT_HERE		"------------[ cut here ]------------\n"

#define TAINT_WARN		9

enum bug_trap_type {
	BUG_TRAP_TYPE_NONE = 0,
	BUG_TRAP_TYPE_WARN = 1,
	BUG_TRAP_TYPE_BUG = 2,
};

#define BUG()		kshim_bug(__FILE__, __LINE__)
#define BUG_ON(condition) do { if (unlikely(condition)) BUG(); } while (0)

#define __WARN()	kshim_warn(KSHIM_MODNAME, __FILE__, __LINE__, __func__, 1)
#define __WARN_printf(taint, arg...) do {				\
		printk(KERN_WARNING CUT_HERE);				\
		printk(arg);						\
		kshim_warn(KSHIM_MODNAME, __FILE__, __LINE__, __func__, 0); \
	} while (0)

#define WARN_ON(condition) ({						\
	int __ret_warn_on = !!(condition);				\
	if (unlikely(__ret_warn_on))					\
		__WARN();						\
	unlikely(__ret_warn_on);					\
})

#define WARN(condition, format...) ({					\
	int __ret_warn_on = !!(condition);				\
	if (unlikely(__ret_warn_on))					\
		__WARN_printf(TAINT_WARN, format);			\
	unlikely(__ret_warn_on);					\
})

#define WARN_TAINT(condition, taint, format...) WARN(condition, format)

#define WARN_ON_ONCE(condition)	DO_ONCE_LITE_IF(condition, WARN_ON, 1)
#define WARN_ONCE(condition, format...) DO_ONCE_LITE_IF(condition, WARN, 1, format)
#define WARN_TAINT_ONCE(condition, taint, format...) WARN_ONCE(condition, format)

#define WARN_ON_SMP(x)		WARN_ON(x)

#define BUILD_BUG_ON_INVALID(e)	((void)(sizeof((__force long)(e))))

#endif /* _LINUX_BUG_H */
