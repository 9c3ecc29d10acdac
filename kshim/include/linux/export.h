/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _LINUX_EXPORT_H
#define _LINUX_EXPORT_H

#include <linux/compiler_types.h>

/*
 * Every symbol of a host program is visible to every module linked into it,
 * so exporting only checks that the symbol exists.
 */
#define __KSHIM_EXPORT(sym)	extern typeof(sym) sym
#define EXPORT_SYMBOL(sym)		__KSHIM_EXPORT(sym)
#define EXPORT_SYMBOL_GPL(sym)		__KSHIM_EXPORT(sym)
#define EXPORT_SYMBOL_NS(sym, ns)	__KSHIM_EXPORT(sym)
#define EXPORT_SYMBOL_NS_GPL(sym, ns)	__KSHIM_EXPORT(sym)
#define EXPORT_SYMBOL_GPL_FUTURE(sym)	__KSHIM_EXPORT(sym)
#define EXPORT_UNUSED_SYMBOL(sym)
#define EXPORT_UNUSED_SYMBOL_GPL(sym)

#endif /* _LINUX_EXPORT_H */
