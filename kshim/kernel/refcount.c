// SPDX-License-Identifier: GPL-2.0-only
/*
 * refcount_t's out-of-line parts (lib/refcount.c of 6.1): the saturation
 * WARN, made at the driver's line by host/sched.c, and the decrements that
 * take a lock on the way to 0.
 */
#include <linux/kernel.h>
#include <linux/refcount.h>
#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <kshim/schedapi.h>

void __kshim_refcount_warn_saturate(refcount_t *r, enum refcount_saturation_type t,
				    const struct kshim_site *site)
{
	static const char *const msg[] = {
		[REFCOUNT_ADD_NOT_ZERO_OVF]	= "saturated; leaking memory",
		[REFCOUNT_ADD_OVF]		= "saturated; leaking memory",
		[REFCOUNT_ADD_UAF]		= "addition on 0; use-after-free",
		[REFCOUNT_SUB_UAF]		= "underflow; use-after-free",
		[REFCOUNT_DEC_LEAK]		= "decrement hit 0; leaking memory",
	};

	refcount_set(r, REFCOUNT_SATURATED);
	if ((unsigned int)t < ARRAY_SIZE(msg))
		kshim_refcount_warn(t, msg[t], site);
	else
		kshim_refcount_warn(-1, "unknown saturation event!?", site);
}

bool refcount_dec_if_one(refcount_t *r)
{
	int val = 1;

	return atomic_try_cmpxchg_release(&r->refs, &val, 0);
}

/* Decrement unless that would reach 0; true when it decremented. */
bool __kshim_refcount_dec_not_one(refcount_t *r, const struct kshim_site *site)
{
	unsigned int new, val = atomic_read(&r->refs);

	do {
		if (unlikely(val == REFCOUNT_SATURATED))
			return true;
		if (val == 1)
			return false;
		new = val - 1;
		if (new > val) {
			/* lib/refcount.c warns here itself, once. */
			kshim_refcount_warn(REFCOUNT_SUB_UAF,
					    "underflow; use-after-free", site);
			return true;
		}
	} while (!atomic_try_cmpxchg_release(&r->refs, (int *)&val, new));
	return true;
}

bool __kshim_refcount_dec_and_lock(refcount_t *r, spinlock_t *lock,
				   const struct kshim_site *site)
{
	if (__kshim_refcount_dec_not_one(r, site))
		return false;
	spin_lock(lock);
	if (!__kshim_refcount_sub_and_test(1, r, NULL, site)) {
		spin_unlock(lock);
		return false;
	}
	return true;
}

bool __kshim_refcount_dec_and_lock_irqsave(refcount_t *r, spinlock_t *lock,
					   unsigned long *flags,
					   const struct kshim_site *site)
{
	if (__kshim_refcount_dec_not_one(r, site))
		return false;
	spin_lock_irqsave(lock, *flags);
	if (!__kshim_refcount_sub_and_test(1, r, NULL, site)) {
		spin_unlock_irqrestore(lock, *flags);
		return false;
	}
	return true;
}

bool __kshim_refcount_dec_and_mutex_lock(refcount_t *r, struct mutex *lock,
					 const struct kshim_site *site)
{
	if (__kshim_refcount_dec_not_one(r, site))
		return false;
	mutex_lock(lock);
	if (!__kshim_refcount_sub_and_test(1, r, NULL, site)) {
		mutex_unlock(lock);
		return false;
	}
	return true;
}
