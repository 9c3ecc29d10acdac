// SPDX-License-Identifier: GPL-2.0-only
/*
 * The classic sleeps written against `current`: set_current_state() and
 * schedule_timeout(), and the prepare_to_wait() / schedule() loop, woken
 * by a timer through wake_up_process(current) and wake_up(). The task the
 * driver sees is the one the kernel sleeps.
 */
#include <linux/module.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/wait.h>
#include <linux/timer.h>
#include <linux/jiffies.h>
#include <linux/printk.h>

static struct timer_list timer;
static struct task_struct *sleeper;
static DECLARE_WAIT_QUEUE_HEAD(waitq);
static int cond;

static void kt_current_timer(struct timer_list *t)
{
	cond = 1;
	wake_up(&waitq);
}

static void kt_current_wake(struct timer_list *t)
{
	wake_up_process(sleeper);
}

static int __init kt_current_init(void)
{
	unsigned long start = jiffies;
	DEFINE_WAIT(wait);
	long left;

	set_current_state(TASK_INTERRUPTIBLE);
	left = schedule_timeout(msecs_to_jiffies(50));
	pr_info("kt_current: slept %u ms, left %ld, state %u\n",
		jiffies_to_msecs(jiffies - start) / 10 * 10, left, READ_ONCE(current->__state));

	/* Woken early by wake_up_process(current) from a timer. */
	sleeper = current;
	timer_setup(&timer, kt_current_wake, 0);
	mod_timer(&timer, jiffies + msecs_to_jiffies(20));
	start = jiffies;
	set_current_state(TASK_UNINTERRUPTIBLE);
	left = schedule_timeout(msecs_to_jiffies(500));
	pr_info("kt_current: woken after %u ms, time left %d\n",
		jiffies_to_msecs(jiffies - start) / 10 * 10, left > 0);

	timer_setup(&timer, kt_current_timer, 0);
	mod_timer(&timer, jiffies + msecs_to_jiffies(30));
	start = jiffies;
	while (!cond) {
		prepare_to_wait(&waitq, &wait, TASK_INTERRUPTIBLE);
		if (cond || signal_pending(current))
			break;
		schedule();
	}
	finish_wait(&waitq, &wait);
	pr_info("kt_current: condition after %u ms, signal %d\n",
		jiffies_to_msecs(jiffies - start) / 10 * 10, signal_pending(current));

	/* Nothing will set it: the stalled sleep gets a signal. */
	cond = 0;
	while (!cond) {
		prepare_to_wait(&waitq, &wait, TASK_INTERRUPTIBLE);
		if (signal_pending(current))
			break;
		schedule();
	}
	finish_wait(&waitq, &wait);
	pr_info("kt_current: stalled wait ends with a signal: %d\n",
		signal_pending(current));
	return 0;
}

static void __exit kt_current_exit(void)
{
	del_timer_sync(&timer);
}

module_init(kt_current_init);
module_exit(kt_current_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("set_current_state() and schedule() against current");
