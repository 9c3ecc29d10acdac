/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Modules. With MODULE defined (a loadable module) module_init() is run by
 * kshim_load(); without it (built-in) it is a device_initcall run at boot.
 */
#ifndef _LINUX_MODULE_H
#define _LINUX_MODULE_H

#include <linux/list.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/compiler.h>
#include <linux/init.h>
#include <linux/stringify.h>
#include <linux/moduleparam.h>
#include <linux/export.h>
#include <linux/kernel.h>
#include <linux/bug.h>
/*
 * 6.1's module.h reaches these through kobject.h, cpumask.h, elf.h...:
 * modules use strlen() and cpu_to_le16() having included it alone.
 */
#include <linux/string.h>
#include <asm/byteorder.h>
#include <kshim/kapi.h>

#define MODULE_NAME_LEN	(64 - sizeof(unsigned long))

enum module_state {
	MODULE_STATE_LIVE,
	MODULE_STATE_COMING,
	MODULE_STATE_GOING,
	MODULE_STATE_UNFORMED,
};

struct module {
	enum module_state state;
	const char *name;
};

#ifdef MODULE
/* Per file, not per module: module_name() and comparisons by name still hold. */
static struct module __this_module __maybe_unused = {
	.state = MODULE_STATE_LIVE,
	.name = KBUILD_MODNAME,
};
#define THIS_MODULE (&__this_module)
#else
#define THIS_MODULE ((struct module *)0)
#endif

#define module_name(mod) ((mod) ? (mod)->name : "kernel")

#ifdef MODULE
#define module_init(initfn)						\
	static inline initcall_t __maybe_unused __inittest(void)	\
	{ return initfn; }						\
	__kshim_initcall(initfn, 60, 1)

#define module_exit(exitfn)						\
	static inline exitcall_t __maybe_unused __exittest(void)	\
	{ return exitfn; }						\
	__kshim_exitcall(exitfn)

/*
 * A loadable module has one init: every initcall level is module_init, as
 * in 6.1, so two of them in one module do not compile, as in the kernel.
 */
#undef early_initcall
#undef pure_initcall
#undef core_initcall
#undef core_initcall_sync
#undef postcore_initcall
#undef postcore_initcall_sync
#undef arch_initcall
#undef arch_initcall_sync
#undef subsys_initcall
#undef subsys_initcall_sync
#undef fs_initcall
#undef fs_initcall_sync
#undef rootfs_initcall
#undef device_initcall
#undef device_initcall_sync
#undef late_initcall
#undef late_initcall_sync
#undef console_initcall
#define early_initcall(fn)		module_init(fn)
#define pure_initcall(fn)		module_init(fn)
#define core_initcall(fn)		module_init(fn)
#define core_initcall_sync(fn)		module_init(fn)
#define postcore_initcall(fn)		module_init(fn)
#define postcore_initcall_sync(fn)	module_init(fn)
#define arch_initcall(fn)		module_init(fn)
#define arch_initcall_sync(fn)		module_init(fn)
#define subsys_initcall(fn)		module_init(fn)
#define subsys_initcall_sync(fn)	module_init(fn)
#define fs_initcall(fn)			module_init(fn)
#define fs_initcall_sync(fn)		module_init(fn)
#define rootfs_initcall(fn)		module_init(fn)
#define device_initcall(fn)		module_init(fn)
#define device_initcall_sync(fn)	module_init(fn)
#define late_initcall(fn)		module_init(fn)
#define late_initcall_sync(fn)		module_init(fn)
#define console_initcall(fn)		module_init(fn)
#else
#define module_init(x)	__initcall(x);
#define module_exit(x)	__exitcall(x);
#endif

/* A module's modinfo says, too, whether it was built as a loadable module. */
#ifdef MODULE
#define __KSHIM_LOADABLE	1
#else
#define __KSHIM_LOADABLE	0
#endif

#define ___kshim_modinfo(_tag, _value, id)				\
	static struct kshim_modinfo __PASTE(__kshim_modinfo_, id) = {	\
		.module = __KSHIM_MODULE, .tag = _tag, .value = _value,	\
		.loadable = __KSHIM_LOADABLE,				\
	};								\
	static void __attribute__((constructor))			\
	__PASTE(__kshim_modinfo_reg_, id)(void)				\
	{								\
		kshim_register_modinfo(&__PASTE(__kshim_modinfo_, id));	\
	}
#define __MODULE_INFO(tag, name, info)	___kshim_modinfo(#tag, info, __COUNTER__)
#define MODULE_INFO(tag, info)		__MODULE_INFO(tag, tag, info)

#define MODULE_LICENSE(_license)	MODULE_INFO(license, _license)
#define MODULE_AUTHOR(_author)		MODULE_INFO(author, _author)
#define MODULE_DESCRIPTION(_desc)	MODULE_INFO(description, _desc)
#define MODULE_VERSION(_version)	MODULE_INFO(version, _version)
#define MODULE_ALIAS(_alias)		MODULE_INFO(alias, _alias)
#define MODULE_SOFTDEP(_softdep)	MODULE_INFO(softdep, _softdep)
#define MODULE_FIRMWARE(_firmware)	MODULE_INFO(firmware, _firmware)
#define MODULE_IMPORT_NS(ns)		MODULE_INFO(import_ns, __stringify(ns))
#define MODULE_FILE
#define MODULE_DEVICE_TABLE(type, name)					\
	static const void *__UNIQUE_ID(__mod_device_table) __used = &(name)

bool try_module_get(struct module *module);
void module_put(struct module *module);
void __module_get(struct module *module);
#define symbol_get(x)	(&(x))
#define symbol_put(x)	do { } while (0)
#define request_module(mod...)	(-ENOSYS)
#define request_module_nowait(mod...)	(-ENOSYS)

#endif /* _LINUX_MODULE_H */
