/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * refcount_t: an atomic_t that saturates instead of wrapping (6.1's
 * semantics, include/linux/refcount.h): an increment from 0, an overflow,
 * an underflow or a plain decrement to 0 WARNs once per boot with
 * lib/refcount.c's text, at the driver's line, and leaves the count at
 * REFCOUNT_SATURATED, where it stays.
 */
#ifndef _LINUX_REFCOUNT_H
#define _LINUX_REFCOUNT_H

#include <linux/atomic.h>
#include <linux/limits.h>
#include <linux/spinlock_types.h>
#include <kshim/kapi.h>

struct mutex;

typedef struct refcount_struct {
	atomic_t refs;
} refcount_t;

#define REFCOUNT_INIT(n)	{ .refs = ATOMIC_INIT(n), }
#define REFCOUNT_MAX		INT_MAX
#define REFCOUNT_SATURATED	(INT_MIN / 2)

enum refcount_saturation_type {
	REFCOUNT_ADD_NOT_ZERO_OVF,
	REFCOUNT_ADD_OVF,
	REFCOUNT_ADD_UAF,
	REFCOUNT_SUB_UAF,
	REFCOUNT_DEC_LEAK,
};

/* Saturate @r and WARN (once per kind and boot) at the driver's @site. */
void __kshim_refcount_warn_saturate(refcount_t *r, enum refcount_saturation_type t,
				    const struct kshim_site *site);
#define refcount_warn_saturate(r, t)					\
	__kshim_refcount_warn_saturate((r), (t), KSHIM_SITE)

static inline void refcount_set(refcount_t *r, int n)
{
	atomic_set(&r->refs, n);
}

static inline void refcount_set_release(refcount_t *r, int n)
{
	atomic_set_release(&r->refs, n);
}

static inline unsigned int refcount_read(const refcount_t *r)
{
	return atomic_read(&r->refs);
}

static inline bool __kshim_refcount_add_not_zero(int i, refcount_t *r, int *oldp,
						 const struct kshim_site *site)
{
	int old = refcount_read(r);

	do {
		if (!old)
			break;
	} while (!atomic_try_cmpxchg_relaxed(&r->refs, &old, old + i));
	if (oldp)
		*oldp = old;
	if (unlikely(old < 0 || old + i < 0))
		__kshim_refcount_warn_saturate(r, REFCOUNT_ADD_NOT_ZERO_OVF, site);
	return old;
}

static inline void __kshim_refcount_add(int i, refcount_t *r, int *oldp,
					const struct kshim_site *site)
{
	int old = atomic_fetch_add_relaxed(i, &r->refs);

	if (oldp)
		*oldp = old;
	if (unlikely(!old))
		__kshim_refcount_warn_saturate(r, REFCOUNT_ADD_UAF, site);
	else if (unlikely(old < 0 || old + i < 0))
		__kshim_refcount_warn_saturate(r, REFCOUNT_ADD_OVF, site);
}

static inline bool __kshim_refcount_sub_and_test(int i, refcount_t *r, int *oldp,
						 const struct kshim_site *site)
{
	int old = atomic_fetch_sub_release(i, &r->refs);

	if (oldp)
		*oldp = old;
	if (old == i)
		return true;
	if (unlikely(old < 0 || old - i < 0))
		__kshim_refcount_warn_saturate(r, REFCOUNT_SUB_UAF, site);
	return false;
}

static inline void __kshim_refcount_dec(refcount_t *r, int *oldp,
					const struct kshim_site *site)
{
	int old = atomic_fetch_sub_release(1, &r->refs);

	if (oldp)
		*oldp = old;
	if (unlikely(old <= 1))
		__kshim_refcount_warn_saturate(r, REFCOUNT_DEC_LEAK, site);
}

#define __refcount_add_not_zero(i, r, oldp)				\
	__kshim_refcount_add_not_zero((i), (r), (oldp), KSHIM_SITE)
#define refcount_add_not_zero(i, r)					\
	__kshim_refcount_add_not_zero((i), (r), NULL, KSHIM_SITE)
#define __refcount_inc_not_zero(r, oldp)				\
	__kshim_refcount_add_not_zero(1, (r), (oldp), KSHIM_SITE)
#define refcount_inc_not_zero(r)					\
	__kshim_refcount_add_not_zero(1, (r), NULL, KSHIM_SITE)
#define __refcount_add(i, r, oldp)					\
	__kshim_refcount_add((i), (r), (oldp), KSHIM_SITE)
#define refcount_add(i, r)						\
	__kshim_refcount_add((i), (r), NULL, KSHIM_SITE)
#define __refcount_inc(r, oldp)						\
	__kshim_refcount_add(1, (r), (oldp), KSHIM_SITE)
#define refcount_inc(r)							\
	__kshim_refcount_add(1, (r), NULL, KSHIM_SITE)
#define __refcount_sub_and_test(i, r, oldp)				\
	__kshim_refcount_sub_and_test((i), (r), (oldp), KSHIM_SITE)
#define refcount_sub_and_test(i, r)					\
	__kshim_refcount_sub_and_test((i), (r), NULL, KSHIM_SITE)
#define __refcount_dec_and_test(r, oldp)				\
	__kshim_refcount_sub_and_test(1, (r), (oldp), KSHIM_SITE)
#define refcount_dec_and_test(r)					\
	__kshim_refcount_sub_and_test(1, (r), NULL, KSHIM_SITE)
#define __refcount_dec(r, oldp)						\
	__kshim_refcount_dec((r), (oldp), KSHIM_SITE)
#define refcount_dec(r)							\
	__kshim_refcount_dec((r), NULL, KSHIM_SITE)

/* lib/refcount.c */
bool refcount_dec_if_one(refcount_t *r);
bool __kshim_refcount_dec_not_one(refcount_t *r, const struct kshim_site *site);
#define refcount_dec_not_one(r)	__kshim_refcount_dec_not_one((r), KSHIM_SITE)
bool __kshim_refcount_dec_and_lock(refcount_t *r, spinlock_t *lock,
				   const struct kshim_site *site);
#define refcount_dec_and_lock(r, lock)					\
	__kshim_refcount_dec_and_lock((r), (lock), KSHIM_SITE)
bool __kshim_refcount_dec_and_lock_irqsave(refcount_t *r, spinlock_t *lock,
					   unsigned long *flags,
					   const struct kshim_site *site);
#define refcount_dec_and_lock_irqsave(r, lock, flags)			\
	__kshim_refcount_dec_and_lock_irqsave((r), (lock), (flags), KSHIM_SITE)
bool __kshim_refcount_dec_and_mutex_lock(refcount_t *r, struct mutex *lock,
					 const struct kshim_site *site);
#define refcount_dec_and_mutex_lock(r, lock)				\
	__kshim_refcount_dec_and_mutex_lock((r), (lock), KSHIM_SITE)

#endif /* _LINUX_REFCOUNT_H */
