/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Between the kernel side of user space (kernel/fs.c, char_dev.c, procfs.c)
 * and its host side (host/uspace.c). Plain C types only; a struct file is a
 * void * here.
 */
#ifndef _KSHIM_USAPI_H
#define _KSHIM_USAPI_H

#ifdef __KERNEL__
#include <linux/types.h>	/* size_t: -nostdinc has no <stddef.h> */
#else
#include <stddef.h>
#endif

struct kshim_site;

/*
 * How many bytes from @uptr on (at most @n) user space has mapped: @n when
 * all are. Asks fault injection first (as @what): a failed call gives 0.
 */
unsigned long kshim_user_access(const void *uptr, unsigned long n,
				const struct kshim_site *site, const char *what);
/* The module whose code is running (registering a node), or NULL. */
const char *kshim_uspace_module(void);
/* A node left registered by @module after its exit or failed init. */
void kshim_uspace_leftover(const char *kind, const char *name,
			   const struct kshim_site *site, const char *module,
			   const char *when);

/* Kernel side: the system calls, run guarded by the host side. */
void *__kshim_vfs_open(const char *path, int flags, int *err);
long __kshim_vfs_read(void *file, void *buf, size_t n);
long __kshim_vfs_write(void *file, const void *buf, size_t n);
long long __kshim_vfs_llseek(void *file, long long off, int whence);
long __kshim_vfs_ioctl(void *file, unsigned int cmd, unsigned long arg);
unsigned int __kshim_vfs_poll(void *file, size_t *nqueues);
int __kshim_vfs_flush(void *file);
/* Release (when not run already), drop the module references, free it. */
void __kshim_vfs_release(void *file);
void __kshim_vfs_orphan(void *file);
/* The module whose code a file operation of @file runs, or NULL. */
const char *__kshim_vfs_module(void *file);
/* The module behind node @path, or NULL. */
const char *__kshim_path_module(const char *path);
/* Report and forget what @module left registered; forget everything. */
void __kshim_uspace_unload(const char *module, const char *when);
void __kshim_uspace_reset(void);

#endif /* _KSHIM_USAPI_H */
