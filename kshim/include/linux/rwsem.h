/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Read-write semaphores: readers share, a writer excludes. Taking one may
 * sleep (checked as might_sleep()); no signals are simulated, so the
 * interruptible and killable variants always succeed.
 */
#ifndef _LINUX_RWSEM_H
#define _LINUX_RWSEM_H

#include <linux/lockdep.h>
#include <linux/spinlock_types.h>
#include <linux/kernel.h>
#include <linux/bug.h>
#include <linux/list.h>

struct rw_semaphore {
	struct kshim_lock dep_map;
};

#define __RWSEM_INITIALIZER(name)					\
	{ .dep_map = KSHIM_LOCK_INIT(KSHIM_LK_RWSEM, #name) }
#define DECLARE_RWSEM(name)						\
	struct rw_semaphore name = __RWSEM_INITIALIZER(name)

static inline struct kshim_lock *__kshim_rwsem(struct rw_semaphore *sem)
{
	return &sem->dep_map;
}

static inline void __init_rwsem(struct rw_semaphore *sem, const char *name,
				struct lock_class_key *key)
{
	kshim_lock_init(&sem->dep_map, KSHIM_LK_RWSEM, name, key);
}

#define init_rwsem(sem)							\
	do {								\
		static struct lock_class_key __key;			\
									\
		__init_rwsem((sem), #sem, &__key);			\
	} while (0)

#define rwsem_is_locked(sem)	(kshim_lock_is_locked(__kshim_rwsem(sem)) != 0)
#define rwsem_is_contended(sem)	0

#define __kshim_rwsem_take(sem, flags, sub)				\
	kshim_lock_acquire(__kshim_rwsem(sem),				\
			   (flags) | KSHIM_LA_KIND(KSHIM_LK_RWSEM), sub, KSHIM_SITE)

#define down_read(sem)		((void)__kshim_rwsem_take(sem, KSHIM_LA_READ, 0))
#define down_read_nested(sem, sub)					\
	((void)__kshim_rwsem_take(sem, KSHIM_LA_READ, sub))
#define down_read_interruptible(sem)					\
	(__kshim_rwsem_take(sem, KSHIM_LA_READ, 0) ? 0 : 0)
#define down_read_killable(sem)						\
	(__kshim_rwsem_take(sem, KSHIM_LA_READ, 0) ? 0 : 0)
#define down_read_trylock(sem)						\
	__kshim_rwsem_take(sem, KSHIM_LA_READ | KSHIM_LA_TRY, 0)
#define down_write(sem)		((void)__kshim_rwsem_take(sem, 0, 0))
#define down_write_nested(sem, sub)	((void)__kshim_rwsem_take(sem, 0, sub))
#define down_write_killable(sem)	(__kshim_rwsem_take(sem, 0, 0) ? 0 : 0)
#define down_write_trylock(sem)	__kshim_rwsem_take(sem, KSHIM_LA_TRY, 0)
#define up_read(sem)		kshim_lock_release(__kshim_rwsem(sem), KSHIM_SITE)
#define up_write(sem)		kshim_lock_release(__kshim_rwsem(sem), KSHIM_SITE)
#define downgrade_write(sem)	kshim_lock_downgrade(__kshim_rwsem(sem), KSHIM_SITE)

#endif /* _LINUX_RWSEM_H */
