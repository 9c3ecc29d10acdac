/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * RCU, as one CPU without preemption sees it: a read-side section only
 * counts its nesting (for might_sleep() and the lockdep-like checks of
 * rcu_dereference()); a grace period passes at synchronize_rcu(),
 * rcu_barrier() or kshim_run_work(), which run the callbacks queued before
 * it (docs/kernel-api/atomic.md).
 */
#ifndef __LINUX_RCUPDATE_H
#define __LINUX_RCUPDATE_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/kernel.h>
#include <asm/rwonce.h>
#include <kshim/schedapi.h>

#define rcu_read_lock()		kshim_rcu_read_lock()
#define rcu_read_unlock()	kshim_rcu_read_unlock(KSHIM_SITE)
#define rcu_read_lock_bh()	rcu_read_lock()
#define rcu_read_unlock_bh()	rcu_read_unlock()
#define rcu_read_lock_sched()	rcu_read_lock()
#define rcu_read_unlock_sched()	rcu_read_unlock()
#define rcu_read_lock_sched_notrace()	rcu_read_lock()
#define rcu_read_unlock_sched_notrace()	rcu_read_unlock()

static inline int rcu_read_lock_held(void)
{
	return kshim_rcu_read_depth() > 0;
}

/* Preemption or interrupts off, or in an interrupt: a sched section too. */
static inline int rcu_read_lock_any_held(void)
{
	return kshim_rcu_read_depth() > 0 || kshim_preempt_count() ||
	       kshim_irqs_disabled();
}
#define rcu_read_lock_bh_held()		rcu_read_lock_any_held()
#define rcu_read_lock_sched_held()	rcu_read_lock_any_held()

static inline bool rcu_is_watching(void)
{
	return true;
}

/*
 * CONFIG_PROVE_RCU's "suspicious rcu_dereference_check() usage": reported
 * once per line, as a locking defect (host/sched.c).
 */
#define __kshim_rcu_check(c, what) do {					\
	if (!(c))							\
		kshim_rcu_suspicious(KSHIM_SITE, what);			\
} while (0)

#define rcu_access_pointer(p)	READ_ONCE(p)
#define rcu_dereference_raw(p)	__atomic_load_n(&(p), __ATOMIC_ACQUIRE)
#define rcu_dereference_raw_check(p)	rcu_dereference_raw(p)

#define rcu_dereference_check(p, c) ({					\
	__kshim_rcu_check((c) || rcu_read_lock_held(),			\
			  "suspicious rcu_dereference_check() usage");	\
	rcu_dereference_raw(p);						\
})
#define rcu_dereference_bh_check(p, c) ({				\
	__kshim_rcu_check((c) || rcu_read_lock_bh_held(),		\
			  "suspicious rcu_dereference_bh_check() usage"); \
	rcu_dereference_raw(p);						\
})
#define rcu_dereference_sched_check(p, c) ({				\
	__kshim_rcu_check((c) || rcu_read_lock_sched_held(),		\
			  "suspicious rcu_dereference_sched_check() usage"); \
	rcu_dereference_raw(p);						\
})
#define rcu_dereference_protected(p, c) ({				\
	__kshim_rcu_check(c,						\
			  "suspicious rcu_dereference_protected() usage"); \
	(p);								\
})
#define rcu_dereference(p)		rcu_dereference_check(p, 0)
#define rcu_dereference_bh(p)		rcu_dereference_bh_check(p, 0)
#define rcu_dereference_sched(p)	rcu_dereference_sched_check(p, 0)
#define rcu_pointer_handoff(p)		(p)

/* Publish: everything written to *v before is seen by its readers. */
#define rcu_assign_pointer(p, v)					\
	__atomic_store_n(&(p), (typeof(p))(v), __ATOMIC_RELEASE)
#define RCU_INIT_POINTER(p, v)	WRITE_ONCE(p, v)
#define RCU_POINTER_INITIALIZER(p, v)	.p = (v)
#define rcu_replace_pointer(rcu_ptr, ptr, c) ({				\
	typeof(ptr) __rp_tmp = rcu_dereference_protected((rcu_ptr), (c)); \
	rcu_assign_pointer((rcu_ptr), (ptr));				\
	__rp_tmp;							\
})

/* ---- Grace periods ---- */

void __kshim_call_rcu(struct rcu_head *head, rcu_callback_t func,
		      const struct kshim_site *site);
#define call_rcu(head, func)	__kshim_call_rcu((head), (func), KSHIM_SITE)

void __kshim_synchronize_rcu(const char *file, int line);
#define synchronize_rcu()	__kshim_synchronize_rcu(__FILE__, __LINE__)
#define synchronize_rcu_expedited()	synchronize_rcu()
#define synchronize_rcu_bh()	synchronize_rcu()
#define synchronize_sched()	synchronize_rcu()
#define synchronize_net()	synchronize_rcu()
void __kshim_rcu_barrier(const char *file, int line);
#define rcu_barrier()		__kshim_rcu_barrier(__FILE__, __LINE__)

/*
 * kfree_rcu(ptr, field): kfree(ptr) after a grace period; with one argument
 * (kvfree_rcu(ptr)) the kernel may sleep for it.
 */
void __kshim_kfree_rcu(const void *ptr, const struct kshim_site *site);
#define __kshim_kvfree_rcu_2(ptr, rhf) do {				\
	typeof(ptr) ___p = (ptr);					\
									\
	if (___p)							\
		__kshim_kfree_rcu(___p, KSHIM_SITE);			\
} while (0)
#define __kshim_kvfree_rcu_1(ptr) do {					\
	typeof(ptr) ___p = (ptr);					\
									\
	might_sleep();							\
	if (___p)							\
		__kshim_kfree_rcu(___p, KSHIM_SITE);			\
} while (0)
#define __KSHIM_KVFREE_GET(_1, _2, NAME, ...)	NAME
#define kvfree_rcu(...) __KSHIM_KVFREE_GET(__VA_ARGS__,			\
	__kshim_kvfree_rcu_2, __kshim_kvfree_rcu_1)(__VA_ARGS__)
#define kfree_rcu(ptr, rhf...)		kvfree_rcu(ptr, ## rhf)
#define kvfree_rcu_mightsleep(ptr)	__kshim_kvfree_rcu_1(ptr)
#define kfree_rcu_mightsleep(ptr)	__kshim_kvfree_rcu_1(ptr)

static inline void rcu_head_init(struct rcu_head *rhp)
{
	rhp->func = (rcu_callback_t)~0L;
}

#endif /* __LINUX_RCUPDATE_H */
