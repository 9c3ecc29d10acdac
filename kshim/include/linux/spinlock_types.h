/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef __LINUX_SPINLOCK_TYPES_H
#define __LINUX_SPINLOCK_TYPES_H

#include <linux/spinlock_types_raw.h>

/* As in the kernel, a spinlock_t wraps a raw one (rlock) and aliases its map. */
typedef struct spinlock {
	union {
		struct raw_spinlock rlock;
		struct {
			struct kshim_lock dep_map;
		};
	};
} spinlock_t;

#define ___SPIN_LOCK_INITIALIZER(lockname)				\
	{ .dep_map = KSHIM_LOCK_INIT(KSHIM_LK_SPIN, #lockname) }
#define __SPIN_LOCK_INITIALIZER(lockname)				\
	{ { .rlock = ___SPIN_LOCK_INITIALIZER(lockname) } }
#define __SPIN_LOCK_UNLOCKED(lockname)					\
	((spinlock_t)__SPIN_LOCK_INITIALIZER(lockname))
#define DEFINE_SPINLOCK(x)	spinlock_t x = __SPIN_LOCK_UNLOCKED(x)

#include <linux/rwlock_types.h>

#endif /* __LINUX_SPINLOCK_TYPES_H */
