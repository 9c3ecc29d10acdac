// SPDX-License-Identifier: GPL-2.0-only
/*
 * A timer that queues a work item that completes a completion and wakes a
 * wait queue, all in virtual time: init sleeps with msleep() and waits,
 * and the timer fires meanwhile. What it prints does not depend on HZ.
 */
#include <linux/module.h>
#include <linux/timer.h>
#include <linux/jiffies.h>
#include <linux/workqueue.h>
#include <linux/completion.h>
#include <linux/wait.h>
#include <linux/delay.h>
#include <linux/printk.h>

static struct timer_list timer;
static struct work_struct work;
static DECLARE_COMPLETION(done);
static DECLARE_WAIT_QUEUE_HEAD(waitq);
static int fired, worked;

static void time_timer_work(struct work_struct *w)
{
	worked++;
	pr_info("time_timer: work ran\n");
	wake_up(&waitq);
	complete(&done);
}

static void time_timer_fn(struct timer_list *t)
{
	fired++;
	pr_info("time_timer: timer fired, pending %d\n", timer_pending(t));
	schedule_work(&work);
}

static int __init time_timer_init(void)
{
	unsigned long start = jiffies;
	unsigned long left;

	INIT_WORK(&work, time_timer_work);
	timer_setup(&timer, time_timer_fn, 0);
	mod_timer(&timer, jiffies + msecs_to_jiffies(100));
	pr_info("time_timer: armed, pending %d\n", timer_pending(&timer));

	msleep(50);
	pr_info("time_timer: after 50 ms: fired %d\n", fired);
	msleep(100);
	pr_info("time_timer: after 150 ms: fired %d, %u ms passed\n", fired,
		jiffies_to_msecs(jiffies - start) / 50 * 50);

	wait_event(waitq, worked > 0);
	left = wait_for_completion_timeout(&done, msecs_to_jiffies(1000));
	pr_info("time_timer: completed: %d\n", left > 0);

	left = wait_for_completion_timeout(&done, msecs_to_jiffies(200));
	pr_info("time_timer: second wait timed out: %d, %u ms passed\n", left == 0,
		jiffies_to_msecs(jiffies - start) / 50 * 50);
	return 0;
}

static void __exit time_timer_exit(void)
{
	del_timer_sync(&timer);
	cancel_work_sync(&work);
	pr_info("time_timer: exit\n");
}

module_init(time_timer_init);
module_exit(time_timer_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("A timer, a work item and a completion in virtual time");
