// SPDX-License-Identifier: GPL-2.0-only
/*
 * The lock calls that are functions in the kernel: "decrement, and lock
 * when it reaches zero" (lib/dec_and_lock.c, kernel/locking/mutex.c). They
 * take the driver's site, so lockdep's reports name the driver's line. The
 * locks themselves are host/lockdep.c's.
 */
#include <linux/atomic.h>
#include <linux/mutex.h>
#include <linux/spinlock.h>

/* Drops @cnt by one unless it is 1: then the caller must take the lock. */
/* What mb(), rmb() and wmb() are made of under ThreadSanitizer (asm/rwonce.h). */
int __kshim_barrier_word;

static bool dec_unless_last(atomic_t *cnt)
{
	return atomic_add_unless(cnt, -1, 1);
}

int kshim_atomic_dec_and_lock(atomic_t *cnt, spinlock_t *lock,
			      unsigned long *flags, const struct kshim_site *site)
{
	if (dec_unless_last(cnt))
		return 0;
	if (flags)
		*flags = kshim_local_irq_save();
	kshim_lock_acquire(&lock->dep_map, 0, 0, site);
	/* Another task may have taken a reference meanwhile. */
	if (atomic_dec_and_test(cnt))
		return 1;
	kshim_lock_release(&lock->dep_map, site);
	if (flags)
		kshim_local_irq_restore(*flags);
	return 0;
}

int kshim_atomic_dec_and_mutex_lock(atomic_t *cnt, struct mutex *lock,
				    const struct kshim_site *site)
{
	if (dec_unless_last(cnt))
		return 0;
	kshim_lock_acquire(&lock->dep_map, KSHIM_LA_KIND(KSHIM_LK_MUTEX), 0, site);
	if (atomic_dec_and_test(cnt))
		return 1;
	kshim_lock_release(&lock->dep_map, site);
	return 0;
}
