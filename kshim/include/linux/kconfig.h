/* SPDX-License-Identifier: GPL-2.0-only */
/* Force-included into every driver, as Kbuild does: the configuration and IS_ENABLED(). */
#ifndef _LINUX_KCONFIG_H
#define _LINUX_KCONFIG_H

#include <kshim/autoconf.h>

#define __ARG_PLACEHOLDER_1 0,
#define __take_second_arg(__ignored, val, ...) val

/*
 * IS_BUILTIN(CONFIG_FOO) is 1 when CONFIG_FOO is defined to 1, 0 otherwise:
 * "1" pastes into __ARG_PLACEHOLDER_1, which expands to "0,", shifting a 1
 * into the second argument. Anything else leaves the 0 there.
 */
#define __is_defined(x)			___is_defined(x)
#define ___is_defined(val)		____is_defined(__ARG_PLACEHOLDER_##val)
#define ____is_defined(arg1_or_junk)	__take_second_arg(arg1_or_junk 1, 0)

#define __or(x, y)			___or(x, y)
#define ___or(x, y)			____or(__ARG_PLACEHOLDER_##x, y)
#define ____or(arg1_or_junk, y)		__take_second_arg(arg1_or_junk 1, y)

#define IS_BUILTIN(option)	__is_defined(option)
#define IS_MODULE(option)	__is_defined(option##_MODULE)
#define IS_REACHABLE(option)	__or(IS_BUILTIN(option), \
				     __and(IS_MODULE(option), __is_defined(MODULE)))
#define __and(x, y)		___and(x, y)
#define ___and(x, y)		____and(__ARG_PLACEHOLDER_##x, y)
#define ____and(arg1_or_junk, y) __take_second_arg(arg1_or_junk y, 0)
#define IS_ENABLED(option)	__or(IS_BUILTIN(option), IS_MODULE(option))

#endif /* _LINUX_KCONFIG_H */
