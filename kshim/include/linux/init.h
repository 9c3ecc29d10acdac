/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Initcalls. In the kernel they are pointers in .initcall sections; in kshim
 * a constructor registers each with the simulated kernel, which runs the
 * built-in ones by level at boot and a module's own at insmod.
 */
#ifndef _LINUX_INIT_H
#define _LINUX_INIT_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <kshim/kapi.h>

/* Sections mean nothing in user space: init code simply stays. */
#define __init
#define __initdata
#define __initconst
#define __exit
#define __exitdata
#define __exit_call
#define __init_or_module
#define __initdata_or_module
#define __initconst_or_module
#define __ref
#define __refdata
#define __refconst
#define __meminit
#define __meminitdata
#define __meminitconst
#define __memexit
#define __nosavedata
#define __head
#define __initdata_memblock

typedef int (*initcall_t)(void);
typedef void (*exitcall_t)(void);

#ifdef KBUILD_MODNAME
#define __KSHIM_MODULE	KBUILD_MODNAME
#else
#define __KSHIM_MODULE	"kernel"
#endif

#define ___kshim_initcall(_fn, _lvl, _loadable, id)			\
	static struct kshim_initcall __PASTE(__kshim_initcall_, id) = {	\
		.module = __KSHIM_MODULE, .fn = _fn, .fn_name = #_fn,	\
		.level = (_lvl), .loadable = (_loadable),		\
	};								\
	static void __attribute__((constructor))			\
	__PASTE(__kshim_initcall_reg_, id)(void)			\
	{								\
		kshim_register_initcall(&__PASTE(__kshim_initcall_, id)); \
	}
#define __kshim_initcall(fn, lvl, loadable) \
	___kshim_initcall(fn, lvl, loadable, __COUNTER__)

#define ___kshim_exitcall(_fn, id)					\
	static struct kshim_exitcall __PASTE(__kshim_exitcall_, id) = {	\
		.module = __KSHIM_MODULE, .fn = _fn, .fn_name = #_fn,	\
	};								\
	static void __attribute__((constructor))			\
	__PASTE(__kshim_exitcall_reg_, id)(void)			\
	{								\
		kshim_register_exitcall(&__PASTE(__kshim_exitcall_, id)); \
	}
#define __kshim_exitcall(fn) ___kshim_exitcall(fn, __COUNTER__)

/* Levels as in the kernel; rootfs sorts between fs (5) and device (6). */
#define __define_initcall(fn, id)	__kshim_initcall(fn, (id) * 10, 0)

#define pure_initcall(fn)		__define_initcall(fn, 0)
#define core_initcall(fn)		__define_initcall(fn, 1)
#define core_initcall_sync(fn)		__kshim_initcall(fn, 15, 0)
#define postcore_initcall(fn)		__define_initcall(fn, 2)
#define postcore_initcall_sync(fn)	__kshim_initcall(fn, 25, 0)
#define arch_initcall(fn)		__define_initcall(fn, 3)
#define arch_initcall_sync(fn)		__kshim_initcall(fn, 35, 0)
#define subsys_initcall(fn)		__define_initcall(fn, 4)
#define subsys_initcall_sync(fn)	__kshim_initcall(fn, 45, 0)
#define fs_initcall(fn)			__define_initcall(fn, 5)
#define fs_initcall_sync(fn)		__kshim_initcall(fn, 51, 0)
#define rootfs_initcall(fn)		__kshim_initcall(fn, KSHIM_INITCALL_ROOTFS, 0)
#define device_initcall(fn)		__define_initcall(fn, 6)
#define device_initcall_sync(fn)	__kshim_initcall(fn, 65, 0)
#define late_initcall(fn)		__define_initcall(fn, 7)
#define late_initcall_sync(fn)		__kshim_initcall(fn, 75, 0)

#define __initcall(fn)	device_initcall(fn)

/* A built-in's exit is discarded, as the kernel's linker script does. */
#define __exitcall(fn) \
	static exitcall_t __PASTE(__exitcall_, fn) __used = fn

#define console_initcall(fn)	__kshim_initcall(fn, 5, 0)

#define __setup(str, fn)	static int (*__PASTE(__setup_, fn))(char *) __used = fn
#define early_param(str, fn)	static int (*__PASTE(__early_, fn))(char *) __used = fn

extern char *saved_command_line;
extern int initcall_debug;

#endif /* _LINUX_INIT_H */
