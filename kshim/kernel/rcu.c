// SPDX-License-Identifier: GPL-2.0-only
/*
 * RCU's grace periods (<linux/rcupdate.h>): callbacks wait in host/sched.c
 * and run at the next grace period, in softirq context.
 */
#include <linux/kernel.h>
#include <linux/rcupdate.h>

void __kshim_call_rcu(struct rcu_head *head, rcu_callback_t func,
		      const struct kshim_site *site)
{
	head->func = func;
	kshim_call_rcu(head, func, NULL, site);
}

void __kshim_kfree_rcu(const void *ptr, const struct kshim_site *site)
{
	kshim_call_rcu(NULL, NULL, ptr, site);
}

int __kshim_rcu_invoke(void *arg)
{
	struct rcu_head *head = arg;

	head->func(head);
	return 0;
}

/* A grace period: a sleep, which an RCU reader must not take. */
void __kshim_synchronize_rcu(const char *file, int line)
{
	kshim_might_sleep(file, line);
	kshim_rcu_grace_period(0);
}

/* Until every callback queued so far, and those they queue, has run. */
void __kshim_rcu_barrier(const char *file, int line)
{
	kshim_might_sleep(file, line);
	kshim_rcu_grace_period(1);
}
