/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef __LINUX_RWLOCK_TYPES_H
#define __LINUX_RWLOCK_TYPES_H

#include <linux/lockdep_types.h>

/* Readers share it (recursively, as the kernel's rwlock_t), writers exclude. */
typedef struct {
	struct kshim_lock dep_map;
} rwlock_t;

#define __RW_LOCK_UNLOCKED(lockname)					\
	(rwlock_t) { .dep_map = KSHIM_LOCK_INIT(KSHIM_LK_RWLOCK, #lockname) }
#define DEFINE_RWLOCK(x)	rwlock_t x = __RW_LOCK_UNLOCKED(x)

#endif /* __LINUX_RWLOCK_TYPES_H */
