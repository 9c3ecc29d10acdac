/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * sysfs by path, as user space reads and writes its files: a kobject's
 * attributes ("/sys/kernel/kobject_example/foo", or ".../group/foo" for a
 * named group) and, under /sys/devices/, /sys/bus/ and /sys/class/, a
 * device's attributes found by the device's name (the path's last
 * directory: ".../foo.0/name", ".../foo.0/group/name").
 */
#ifndef _KSHIM_SYSFS_H
#define _KSHIM_SYSFS_H

#ifdef __KERNEL__
#include <linux/types.h>	/* size_t: -nostdinc has no <stddef.h> */
#else
#include <stddef.h>
#endif

/*
 * The show() result, its text in @buf cut to @len - 1; or the store()
 * result. -ENOENT: no such file; -EACCES: its mode (or its kobject's
 * sysfs_ops) forbids the access; -EIO: the attribute has no show() or
 * store(); KSHIM_CRASH: the driver's code crashed. Writing "" stores
 * nothing and returns 0, as a write of no bytes does.
 */
int kshim_sysfs_read(const char *path, char *buf, size_t len);
int kshim_sysfs_write(const char *path, const char *val);
/* Is there a directory at @path ("/sys/kernel/kobject_example")? */
int kshim_sysfs_exists(const char *path);

#endif /* _KSHIM_SYSFS_H */
