// SPDX-License-Identifier: GPL-2.0-only
/*
 * The subsystems that kshim's host side calls into and that are not yet in
 * the kernel half built against the kernel's own headers (docs/design.md:
 * the move, subsystem by subsystem). Until a subsystem moves, it is empty
 * here, as in a kernel without it: nothing to reset, no such device, file
 * or adapter. Each is weak: the
 * subsystem's own file, once it joins the kernel half, takes its place,
 * and the definition here is then deleted.
 */
#include <linux/errno.h>
#include <linux/types.h>
#include <kshim/kapi.h>

/* Nothing of theirs exists, so there is nothing to reset or to forget. */
__weak void kshim_kobject_reset(void) { }

/* Lookups: no such device, driver, file or input device. */
__weak const char *__kshim_sysfs_module(const char *path) { return NULL; }
__weak int __kshim_sysfs_read(const char *path, char *buf, size_t len) { return -ENOENT; }
__weak int __kshim_sysfs_write(const char *path, const char *val) { return -ENOENT; }
