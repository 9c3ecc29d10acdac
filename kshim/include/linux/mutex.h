/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Mutexes. A contended mutex makes the caller wait (kshim yields the host
 * thread rather than sleeping); taking one may sleep, so it is checked
 * as might_sleep() is (host/lockdep.c). No signals are simulated: the
 * interruptible and killable variants always get the lock and return 0.
 */
#ifndef __LINUX_MUTEX_H
#define __LINUX_MUTEX_H

#include <linux/lockdep.h>
#include <linux/spinlock_types.h>
#include <linux/kernel.h>
#include <linux/bug.h>
#include <linux/list.h>

struct mutex {
	struct kshim_lock dep_map;
};

#define __MUTEX_INITIALIZER(lockname)					\
	{ .dep_map = KSHIM_LOCK_INIT(KSHIM_LK_MUTEX, #lockname) }
#define DEFINE_MUTEX(mutexname)						\
	struct mutex mutexname = __MUTEX_INITIALIZER(mutexname)

static inline struct kshim_lock *__kshim_mutex(struct mutex *lock)
{
	return &lock->dep_map;
}

static inline void __mutex_init(struct mutex *lock, const char *name,
				struct lock_class_key *key)
{
	kshim_lock_init(&lock->dep_map, KSHIM_LK_MUTEX, name, key);
}

#define mutex_init(mutex)						\
	do {								\
		static struct lock_class_key __key;			\
									\
		__mutex_init((mutex), #mutex, &__key);			\
	} while (0)

/* CONFIG_DEBUG_MUTEXES: a destroyed mutex is no longer initialised. */
static inline void mutex_destroy(struct mutex *lock)
{
	lock->dep_map.magic = 0;
}

#define __kshim_mutex_take(lock, flags, sub)				\
	kshim_lock_acquire(__kshim_mutex(lock),				\
			   (flags) | KSHIM_LA_KIND(KSHIM_LK_MUTEX), sub, KSHIM_SITE)

#define mutex_lock(lock)		((void)__kshim_mutex_take(lock, 0, 0))
#define mutex_lock_nested(lock, sub)	((void)__kshim_mutex_take(lock, 0, sub))
#define mutex_lock_io(lock)		mutex_lock(lock)
#define mutex_lock_io_nested(lock, sub)	mutex_lock_nested(lock, sub)
#define mutex_lock_nest_lock(lock, nest)	mutex_lock(lock)
/* Always 0: no signal is ever pending for a simulated task. */
#define mutex_lock_interruptible(lock)	(__kshim_mutex_take(lock, 0, 0) ? 0 : 0)
#define mutex_lock_killable(lock)	(__kshim_mutex_take(lock, 0, 0) ? 0 : 0)
#define mutex_lock_interruptible_nested(lock, sub)			\
	(__kshim_mutex_take(lock, 0, sub) ? 0 : 0)
#define mutex_lock_killable_nested(lock, sub)				\
	(__kshim_mutex_take(lock, 0, sub) ? 0 : 0)
#define mutex_trylock(lock)		__kshim_mutex_take(lock, KSHIM_LA_TRY, 0)
#define mutex_unlock(lock)		kshim_lock_release(__kshim_mutex(lock), KSHIM_SITE)
/* kernel/locking.c: 1 with the mutex taken when @cnt reaches zero. */
int kshim_atomic_dec_and_mutex_lock(atomic_t *cnt, struct mutex *lock,
				    const struct kshim_site *site);
#define atomic_dec_and_mutex_lock(cnt, lock)				\
	kshim_atomic_dec_and_mutex_lock(cnt, lock, KSHIM_SITE)
#define mutex_is_locked(lock)		(kshim_lock_is_locked(__kshim_mutex(lock)) != 0)

#endif /* __LINUX_MUTEX_H */
