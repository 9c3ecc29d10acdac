// SPDX-License-Identifier: GPL-2.0-only
/*
 * A tasklet that runs when the system is stepped (init sleeps), then RCU:
 * a reader section, call_rcu() whose callback runs only after a grace
 * period, synchronize_rcu(), kfree_rcu() and rcu_barrier() at exit.
 */
#include <linux/module.h>
#include <linux/interrupt.h>
#include <linux/rcupdate.h>
#include <linux/slab.h>
#include <linux/delay.h>
#include <linux/wait.h>
#include <linux/jiffies.h>
#include <linux/printk.h>

struct item {
	int value;
	struct rcu_head rcu;
};

static struct tasklet_struct tasklet;
static DECLARE_WAIT_QUEUE_HEAD(waitq);
static struct item __rcu *current_item;
static int tasklet_ran, rcu_ran;

static void rcu_tasklet_fn(struct tasklet_struct *t)
{
	tasklet_ran++;
	pr_info("rcu_tasklet: tasklet ran, in_softirq %d\n", !!in_softirq());
	wake_up(&waitq);
}

static void rcu_tasklet_free(struct rcu_head *head)
{
	struct item *it = container_of(head, struct item, rcu);

	rcu_ran++;
	pr_info("rcu_tasklet: callback for item %d\n", it->value);
	kfree(it);
}

static int __init rcu_tasklet_init(void)
{
	struct item *a, *b, *old;
	int v;

	tasklet_setup(&tasklet, rcu_tasklet_fn);
	tasklet_schedule(&tasklet);
	pr_info("rcu_tasklet: scheduled, ran %d\n", tasklet_ran);
	wait_event_timeout(waitq, tasklet_ran, msecs_to_jiffies(100));
	pr_info("rcu_tasklet: after the wait, ran %d\n", tasklet_ran);

	a = kzalloc(sizeof(*a), GFP_KERNEL);
	b = kzalloc(sizeof(*b), GFP_KERNEL);
	if (!a || !b) {
		kfree(a);
		kfree(b);
		return -ENOMEM;
	}
	a->value = 1;
	b->value = 2;
	rcu_assign_pointer(current_item, a);
	rcu_read_lock();
	v = rcu_dereference(current_item)->value;
	pr_info("rcu_tasklet: read %d, held %d\n", v, rcu_read_lock_held());
	rcu_read_unlock();
	pr_info("rcu_tasklet: after unlock, held %d\n", rcu_read_lock_held());

	old = rcu_dereference_protected(current_item, 1);
	rcu_assign_pointer(current_item, b);
	call_rcu(&old->rcu, rcu_tasklet_free);
	pr_info("rcu_tasklet: call_rcu queued, ran %d\n", rcu_ran);
	synchronize_rcu();
	pr_info("rcu_tasklet: after synchronize_rcu, ran %d\n", rcu_ran);
	return 0;
}

static void __exit rcu_tasklet_exit(void)
{
	struct item *it = rcu_dereference_protected(current_item, 1);

	RCU_INIT_POINTER(current_item, NULL);
	kfree_rcu(it, rcu);
	tasklet_kill(&tasklet);
	rcu_barrier();
	pr_info("rcu_tasklet: exit\n");
}

module_init(rcu_tasklet_init);
module_exit(rcu_tasklet_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("A tasklet and RCU's grace periods");
