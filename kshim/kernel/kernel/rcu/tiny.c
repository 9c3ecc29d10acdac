// SPDX-License-Identifier: GPL-2.0-only
/*
 * RCU's grace periods (kernel/rcu/tiny.c: this tree is TINY_RCU), for
 * modules built against the kernel's own headers, as the old path's
 * kernel/rcu.c has them: callbacks wait in host/sched.c and run at the
 * next grace period, in softirq context. kfree_rcu() is inline here: a
 * call_rcu() whose "function" is the rcu_head's offset in the object, so
 * the object is what the grace period frees.
 */
#include <linux/rcupdate.h>
#include <linux/export.h>
#include "../sched/sched.h"

/* might_sleep() at the caller's line, where the old path reports it. */
static void might_sleep_at(const struct kshim_site *site)
{
	if (site)
		kshim_might_sleep(site->file, site->line);
	else
		kshim_might_sleep("kernel/rcu/tiny.c", 0);
}

void call_rcu(struct rcu_head *head, rcu_callback_t func)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	unsigned long offset = (unsigned long)func;

	if (__is_kvfree_rcu_offset(offset)) {
		kshim_call_rcu(NULL, NULL, (char *)head - offset, site);
		return;
	}
	head->func = func;
	kshim_call_rcu(head, func, NULL, site);
}
EXPORT_SYMBOL_GPL(call_rcu);

int __kshim_rcu_invoke(void *arg)
{
	struct rcu_head *head = arg;

	head->func(head);
	return 0;
}

/* A grace period: a sleep, which an RCU reader must not take. */
void synchronize_rcu(void)
{
	might_sleep_at(KSHIM_CALLER_SITE);
	kshim_rcu_grace_period(0);
}
EXPORT_SYMBOL_GPL(synchronize_rcu);

/* Until every callback queued so far, and those they queue, has run. */
void rcu_barrier(void)
{
	might_sleep_at(KSHIM_CALLER_SITE);
	kshim_rcu_grace_period(1);
}
EXPORT_SYMBOL(rcu_barrier);

/* One CPU, no preemption: a quiescent state is nothing to report. */
void rcu_qs(void)
{
}
