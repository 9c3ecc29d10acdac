/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Lock classes. A lock's class is a static struct lock_class_key: one per
 * init site (spin_lock_init(), mutex_init()...), or the lock itself for a
 * statically defined lock, as lockdep has it. kshim compares keys only by
 * address, so the key has one byte to make each one distinct.
 */
#ifndef __LINUX_LOCKDEP_TYPES_H
#define __LINUX_LOCKDEP_TYPES_H

#include <linux/types.h>
#include <kshim/lockdep.h>

#define MAX_LOCKDEP_SUBCLASSES		8UL

struct lock_class_key {
	char __kshim_unique;
};

/* Subclasses for the _nested() variants (lockdep.h). */
#define SINGLE_DEPTH_NESTING		1

#endif /* __LINUX_LOCKDEP_TYPES_H */
