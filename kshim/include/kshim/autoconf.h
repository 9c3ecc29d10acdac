/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The kernel configuration kshim simulates: x86_64, as Debian's 6.1 kernel is
 * configured where it matters to drivers. A driver's own CONFIG_ symbol comes
 * from the build (-DCONFIG_FOO=1 built-in, -DCONFIG_FOO_MODULE=1 loadable).
 */
#ifndef _KSHIM_AUTOCONF_H
#define _KSHIM_AUTOCONF_H

#define CONFIG_64BIT 1
#define CONFIG_X86_64 1
#define CONFIG_X86 1
#define CONFIG_MMU 1
#define CONFIG_MODULES 1
#define CONFIG_MODULE_UNLOAD 1
#define CONFIG_PRINTK 1
#define CONFIG_SLUB 1
#define CONFIG_BUG 1
#define CONFIG_GENERIC_BUG 1
#define CONFIG_HAS_IOMEM 1
/* Unlike Debian's x86 kernel: kshim's devices come from a device tree (<linux/of.h>). */
#define CONFIG_OF 1
#define CONFIG_HZ 250
#define CONFIG_NR_CPUS 8192
#define CONFIG_CONSOLE_LOGLEVEL_DEFAULT 7
#define CONFIG_MESSAGE_LOGLEVEL_DEFAULT 4
#define CONFIG_BASE_SMALL 0
#define CONFIG_PAGE_SHIFT 12

#endif /* _KSHIM_AUTOCONF_H */
