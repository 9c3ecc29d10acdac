/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Spinlocks and rwlocks. They exclude between host threads (each one a
 * simulated task on its own CPU); taking one disables preemption, as in
 * the kernel, which is what the sleeping checks see. Every operation names
 * the driver's line (KSHIM_SITE) for lockdep's reports (host/lockdep.c).
 */
#ifndef __LINUX_SPINLOCK_H
#define __LINUX_SPINLOCK_H

#include <linux/typecheck.h>
#include <linux/preempt.h>
#include <linux/linkage.h>
#include <linux/compiler.h>
#include <linux/irqflags.h>
#include <linux/kernel.h>
#include <linux/bottom_half.h>
#include <linux/lockdep.h>
#include <linux/bug.h>
#include <linux/spinlock_types.h>

/* Type checks: only the right kind of lock goes to each family of calls. */
static inline struct kshim_lock *__kshim_raw(raw_spinlock_t *lock)
{
	return &lock->dep_map;
}

static inline struct kshim_lock *__kshim_spin(spinlock_t *lock)
{
	return &lock->dep_map;
}

static __always_inline raw_spinlock_t *spinlock_check(spinlock_t *lock)
{
	return &lock->rlock;
}

/* One class per init site, named by the lock's expression, as lockdep's. */
#define raw_spin_lock_init(lock)					\
	do {								\
		static struct lock_class_key __key;			\
									\
		kshim_lock_init(__kshim_raw(lock), KSHIM_LK_SPIN, #lock, &__key); \
	} while (0)
#define spin_lock_init(lock)						\
	do {								\
		static struct lock_class_key __key;			\
									\
		kshim_lock_init(__kshim_spin(lock), KSHIM_LK_SPIN, #lock, &__key); \
	} while (0)

#define __kshim_take(l, flags, sub)	kshim_lock_acquire(l, flags, sub, KSHIM_SITE)
#define __kshim_lock(l, sub)		((void)__kshim_take(l, 0, sub))
#define __kshim_rwtake(l, flags, sub)					\
	__kshim_take(l, (flags) | KSHIM_LA_KIND(KSHIM_LK_RWLOCK), sub)
#define __kshim_unlock(l)		kshim_lock_release(l, KSHIM_SITE)

#define raw_spin_lock(lock)		__kshim_lock(__kshim_raw(lock), 0)
#define raw_spin_lock_nested(lock, sub)	__kshim_lock(__kshim_raw(lock), sub)
#define raw_spin_trylock(lock)		__kshim_take(__kshim_raw(lock), KSHIM_LA_TRY, 0)
#define raw_spin_unlock(lock)		__kshim_unlock(__kshim_raw(lock))
#define raw_spin_is_locked(lock)	kshim_lock_is_locked(__kshim_raw(lock))
#define raw_spin_is_contended(lock)	0
#define raw_spin_lock_irq(lock)						\
	do { local_irq_disable(); raw_spin_lock(lock); } while (0)
#define raw_spin_unlock_irq(lock)					\
	do { raw_spin_unlock(lock); local_irq_enable(); } while (0)
#define raw_spin_lock_irqsave(lock, flags)				\
	do { local_irq_save(flags); raw_spin_lock(lock); } while (0)
#define raw_spin_lock_irqsave_nested(lock, flags, sub)			\
	do { local_irq_save(flags); raw_spin_lock_nested(lock, sub); } while (0)
#define raw_spin_unlock_irqrestore(lock, flags)				\
	do { raw_spin_unlock(lock); local_irq_restore(flags); } while (0)
#define raw_spin_lock_bh(lock)						\
	do { local_bh_disable(); raw_spin_lock(lock); } while (0)
#define raw_spin_unlock_bh(lock)					\
	do { raw_spin_unlock(lock); local_bh_enable(); } while (0)
#define raw_spin_trylock_irqsave(lock, flags)				\
({									\
	local_irq_save(flags);						\
	raw_spin_trylock(lock) ? 1 : ({ local_irq_restore(flags); 0; }); \
})
#define raw_spin_trylock_irq(lock)					\
({									\
	local_irq_disable();						\
	raw_spin_trylock(lock) ? 1 : ({ local_irq_enable(); 0; });	\
})
#define raw_spin_trylock_bh(lock)					\
({									\
	local_bh_disable();						\
	raw_spin_trylock(lock) ? 1 : ({ local_bh_enable(); 0; });	\
})
#define assert_raw_spin_locked(lock)	BUG_ON(!raw_spin_is_locked(lock))

#define spin_lock(lock)			__kshim_lock(__kshim_spin(lock), 0)
#define spin_lock_nested(lock, sub)	__kshim_lock(__kshim_spin(lock), sub)
#define spin_lock_nest_lock(lock, nest)	spin_lock(lock)
#define spin_trylock(lock)		__kshim_take(__kshim_spin(lock), KSHIM_LA_TRY, 0)
#define spin_unlock(lock)		__kshim_unlock(__kshim_spin(lock))
#define spin_is_locked(lock)		kshim_lock_is_locked(__kshim_spin(lock))
#define spin_is_contended(lock)		0
#define spin_needbreak(lock)		0
#define spin_lock_irq(lock)						\
	do { local_irq_disable(); spin_lock(lock); } while (0)
#define spin_unlock_irq(lock)						\
	do { spin_unlock(lock); local_irq_enable(); } while (0)
#define spin_lock_irqsave(lock, flags)					\
	do { local_irq_save(flags); spin_lock(lock); } while (0)
#define spin_lock_irqsave_nested(lock, flags, sub)			\
	do { local_irq_save(flags); spin_lock_nested(lock, sub); } while (0)
#define spin_unlock_irqrestore(lock, flags)				\
	do { spin_unlock(lock); local_irq_restore(flags); } while (0)
#define spin_lock_bh(lock)						\
	do { local_bh_disable(); spin_lock(lock); } while (0)
#define spin_unlock_bh(lock)						\
	do { spin_unlock(lock); local_bh_enable(); } while (0)
#define spin_trylock_irqsave(lock, flags)				\
({									\
	local_irq_save(flags);						\
	spin_trylock(lock) ? 1 : ({ local_irq_restore(flags); 0; });	\
})
#define spin_trylock_irq(lock)						\
({									\
	local_irq_disable();						\
	spin_trylock(lock) ? 1 : ({ local_irq_enable(); 0; });		\
})
#define spin_trylock_bh(lock)						\
({									\
	local_bh_disable();						\
	spin_trylock(lock) ? 1 : ({ local_bh_enable(); 0; });		\
})
#define assert_spin_locked(lock)	BUG_ON(!spin_is_locked(lock))

#include <linux/rwlock.h>

/* lib/dec_and_lock.c, kernel/locking.c: 1 with the lock taken at zero. */
int kshim_atomic_dec_and_lock(atomic_t *cnt, spinlock_t *lock,
			      unsigned long *flags, const struct kshim_site *site);
#define atomic_dec_and_lock(atomic, lock)				\
	kshim_atomic_dec_and_lock(atomic, lock, NULL, KSHIM_SITE)
#define atomic_dec_and_lock_irqsave(atomic, lock, flags)		\
	kshim_atomic_dec_and_lock(atomic, lock, &(flags), KSHIM_SITE)

#endif /* __LINUX_SPINLOCK_H */
