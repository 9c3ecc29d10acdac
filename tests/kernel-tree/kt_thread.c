// SPDX-License-Identifier: GPL-2.0-only
/*
 * A kthread that counts ticks with schedule_timeout_interruptible() until
 * it is told to stop, and one stopped before it ever ran (its function is
 * never called: kthread_stop() returns -EINTR). init sleeps in
 * wait_event_timeout() meanwhile, so the kthread runs then.
 */
#include <linux/module.h>
#include <linux/kthread.h>
#include <linux/sched.h>
#include <linux/wait.h>
#include <linux/jiffies.h>
#include <linux/err.h>
#include <linux/printk.h>

static struct task_struct *worker, *never;
static DECLARE_WAIT_QUEUE_HEAD(waitq);
static int ticks;

static int kt_thread_fn(void *data)
{
	pr_info("kt_thread: %s running, kthread %d, data %s\n", current->comm,
		!!(current->flags & PF_KTHREAD), (char *)data);
	while (!kthread_should_stop()) {
		ticks++;
		wake_up(&waitq);
		schedule_timeout_interruptible(msecs_to_jiffies(10));
	}
	pr_info("kt_thread: told to stop after %d ticks\n", ticks);
	return 42;
}

static int kt_never_fn(void *data)
{
	pr_info("kt_thread: never printed\n");
	return 0;
}

static int __init kt_thread_init(void)
{
	long left;

	worker = kthread_run(kt_thread_fn, "hello", "kt_worker/%d", 0);
	if (IS_ERR(worker))
		return PTR_ERR(worker);
	pr_info("kt_thread: created %s, ticks %d\n", worker->comm, ticks);
	left = wait_event_timeout(waitq, ticks >= 5, msecs_to_jiffies(1000));
	pr_info("kt_thread: init saw %d ticks, in time %d\n", ticks, left > 0);
	never = kthread_create(kt_never_fn, NULL, "kt_never");
	if (IS_ERR(never)) {
		kthread_stop(worker);
		return PTR_ERR(never);
	}
	pr_info("kt_thread: never stopped: %d\n", kthread_stop(never));
	return 0;
}

static void __exit kt_thread_exit(void)
{
	pr_info("kt_thread: worker stopped: %d\n", kthread_stop(worker));
}

module_init(kt_thread_init);
module_exit(kt_thread_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("A kthread that runs in virtual time and stops");
