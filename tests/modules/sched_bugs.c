// SPDX-License-Identifier: GPL-2.0
/*
 * Sleeping in a module's init, right and wrong, chosen by mode=:
 *   0  nothing;
 *   1  wait_event() on a condition nothing will ever make true: the
 *      kernel's hung task (insmod never returns);
 *   2  wait_event() woken by a timer 100 ms later;
 *   3  wait_for_completion() completed by a work item;
 *   4  wait_for_completion_timeout() that nobody completes: -ETIMEDOUT;
 *   5  wait_event_interruptible() that nothing wakes: insmod gets a signal;
 *   6  call_rcu() whose callback the exit leaves pending (rcu_barrier()
 *      forgotten); with rcu_wait=1 the exit waits for it.
 */
#include <linux/module.h>
#include <linux/completion.h>
#include <linux/jiffies.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/timer.h>
#include <linux/wait.h>
#include <linux/workqueue.h>

static int mode;
module_param(mode, int, 0444);
static int rcu_wait;
module_param(rcu_wait, int, 0444);

static DECLARE_WAIT_QUEUE_HEAD(sb_wq);
static DECLARE_COMPLETION(sb_done);
static struct timer_list sb_timer;
static struct work_struct sb_work;
static int sb_ready;

struct sb_obj {
	int value;
	struct rcu_head rcu;
};

static void sb_timer_fn(struct timer_list *t)
{
	WRITE_ONCE(sb_ready, 1);
	wake_up(&sb_wq);
}

static void sb_work_fn(struct work_struct *work)
{
	complete(&sb_done);
}

static void sb_rcu_free(struct rcu_head *head)
{
	struct sb_obj *obj = container_of(head, struct sb_obj, rcu);

	pr_info("sched_bugs: rcu callback for %d\n", obj->value);
	kfree(obj);
}

static int sb_hang(void)
{
	/* Nothing sets sb_ready: this never returns. */
	wait_event(sb_wq, READ_ONCE(sb_ready));
	return 0;
}

static int sb_timer_wait(void)
{
	unsigned long start = jiffies;

	timer_setup(&sb_timer, sb_timer_fn, 0);
	mod_timer(&sb_timer, jiffies + msecs_to_jiffies(100));
	wait_event(sb_wq, READ_ONCE(sb_ready));
	pr_info("sched_bugs: woken after %u ms\n", jiffies_to_msecs(jiffies - start));
	del_timer_sync(&sb_timer);
	return 0;
}

static int sb_call_rcu(void)
{
	struct sb_obj *obj = kzalloc(sizeof(*obj), GFP_KERNEL);

	if (!obj)
		return -ENOMEM;
	obj->value = 42;
	call_rcu(&obj->rcu, sb_rcu_free);
	return 0;
}

static int __init sched_bugs_init(void)
{
	int ret;

	/* A fresh start for each load, whatever an earlier one left. */
	WRITE_ONCE(sb_ready, 0);
	init_waitqueue_head(&sb_wq);
	reinit_completion(&sb_done);
	switch (mode) {
	case 1:
		return sb_hang();
	case 2:
		return sb_timer_wait();
	case 3:
		INIT_WORK(&sb_work, sb_work_fn);
		schedule_work(&sb_work);
		wait_for_completion(&sb_done);
		pr_info("sched_bugs: work completed\n");
		return 0;
	case 4:
		if (!wait_for_completion_timeout(&sb_done, HZ))
			return -ETIMEDOUT;
		return 0;
	case 5:
		ret = wait_event_interruptible(sb_wq, READ_ONCE(sb_ready));
		pr_info("sched_bugs: interruptible wait: %d\n", ret);
		return ret;
	case 6:
		return sb_call_rcu();
	}
	return 0;
}

static void __exit sched_bugs_exit(void)
{
	if (rcu_wait)
		rcu_barrier();
}

module_init(sched_bugs_init);
module_exit(sched_bugs_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Sleeping in init, right and wrong");
