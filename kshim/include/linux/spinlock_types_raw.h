/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef __LINUX_SPINLOCK_TYPES_RAW_H
#define __LINUX_SPINLOCK_TYPES_RAW_H

#include <linux/lockdep_types.h>

/*
 * raw_spinlock_t: all of its state is kshim's lock record, named dep_map
 * as the kernel's lockdep map is, so that lockdep_assert_held() and
 * friends find it the same way.
 */
typedef struct raw_spinlock {
	struct kshim_lock dep_map;
} raw_spinlock_t;

#define __RAW_SPIN_LOCK_INITIALIZER(lockname)				\
	{ .dep_map = KSHIM_LOCK_INIT(KSHIM_LK_SPIN, #lockname) }
#define __RAW_SPIN_LOCK_UNLOCKED(lockname)				\
	((raw_spinlock_t)__RAW_SPIN_LOCK_INITIALIZER(lockname))
#define DEFINE_RAW_SPINLOCK(x)	raw_spinlock_t x = __RAW_SPIN_LOCK_UNLOCKED(x)

#endif /* __LINUX_SPINLOCK_TYPES_RAW_H */
