/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * kref: a refcount_t whose last put calls the release function; the
 * refcount_t checks (saturation WARNs) apply.
 */
#ifndef _KREF_H_
#define _KREF_H_

#include <linux/refcount.h>

struct kref {
	refcount_t refcount;
};

#define KREF_INIT(n)	{ .refcount = REFCOUNT_INIT(n), }

static inline void kref_init(struct kref *kref)
{
	refcount_set(&kref->refcount, 1);
}

static inline unsigned int kref_read(const struct kref *kref)
{
	return refcount_read(&kref->refcount);
}

#define kref_get(kr)	refcount_inc(&(kr)->refcount)

/* 1 when this put was the last and @release ran, else 0. */
#define kref_put(kr, release) ({					\
	struct kref *__kr = (kr);					\
	int __kr_ret = 0;						\
									\
	if (refcount_dec_and_test(&__kr->refcount)) {			\
		(release)(__kr);					\
		__kr_ret = 1;						\
	}								\
	__kr_ret;							\
})

#define kref_put_mutex(kr, release, lock) ({				\
	struct kref *__kr = (kr);					\
	int __kr_ret = 0;						\
									\
	if (refcount_dec_and_mutex_lock(&__kr->refcount, (lock))) {	\
		(release)(__kr);					\
		__kr_ret = 1;						\
	}								\
	__kr_ret;							\
})

#define kref_put_lock(kr, release, lock) ({				\
	struct kref *__kr = (kr);					\
	int __kr_ret = 0;						\
									\
	if (refcount_dec_and_lock(&__kr->refcount, (lock))) {		\
		(release)(__kr);					\
		__kr_ret = 1;						\
	}								\
	__kr_ret;							\
})

#define kref_get_unless_zero(kr)					\
	refcount_inc_not_zero(&(kr)->refcount)

#endif /* _KREF_H_ */
