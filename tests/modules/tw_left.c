// SPDX-License-Identifier: GPL-2.0
/*
 * A module with a timer, a work item, a delayed work and a tasklet, armed
 * at init. Its exit cancels them all, unless leave=1: then each is left
 * pending, which the kernel would later run as freed code. fail=1: the
 * same from a failing init. hold=1: the work item, once running, waits
 * for tw_left_release (a kworker thread's test: still running at exit).
 */
#include <linux/module.h>
#include <linux/atomic.h>
#include <linux/interrupt.h>
#include <linux/jiffies.h>
#include <linux/timer.h>
#include <linux/workqueue.h>
#include <asm/processor.h>

static int leave;
module_param(leave, int, 0444);
/* fail=1: init fails with everything armed, its error path forgotten. */
static int fail;
module_param(fail, int, 0444);
static int hold;
module_param(hold, int, 0444);

int tw_left_running;
EXPORT_SYMBOL_GPL(tw_left_running);
int tw_left_release;
EXPORT_SYMBOL_GPL(tw_left_release);

static struct timer_list tw_timer;
static struct work_struct tw_work;
static struct delayed_work tw_dwork;
static struct tasklet_struct tw_tasklet;

static void tw_timer_fn(struct timer_list *t)
{
	pr_info("tw_left: timer fired at +%lu\n", jiffies - INITIAL_JIFFIES);
}

static void tw_work_fn(struct work_struct *work)
{
	int held = hold;	/* read once: the spin outlasts the module */

	/* Release and acquire: the test sees what the work saw, and back. */
	smp_store_release(&tw_left_running, 1);
	while (held && !smp_load_acquire(&tw_left_release)) /* the test's store */
		cpu_relax();
	pr_info("tw_left: work ran\n");
	smp_store_release(&tw_left_running, 0); /* pairs with the test's load */
}

static void tw_dwork_fn(struct work_struct *work)
{
	pr_info("tw_left: delayed work ran\n");
}

static void tw_tasklet_fn(struct tasklet_struct *t)
{
	pr_info("tw_left: tasklet ran\n");
}

static int __init tw_left_init(void)
{
	timer_setup(&tw_timer, tw_timer_fn, 0);
	mod_timer(&tw_timer, jiffies + HZ);
	INIT_WORK(&tw_work, tw_work_fn);
	schedule_work(&tw_work);
	INIT_DELAYED_WORK(&tw_dwork, tw_dwork_fn);
	schedule_delayed_work(&tw_dwork, 2 * HZ);
	tasklet_setup(&tw_tasklet, tw_tasklet_fn);
	tasklet_schedule(&tw_tasklet);
	return fail ? -EIO : 0;
}

static void __exit tw_left_exit(void)
{
	if (leave)
		return;
	del_timer_sync(&tw_timer);
	cancel_work_sync(&tw_work);
	cancel_delayed_work_sync(&tw_dwork);
	tasklet_kill(&tw_tasklet);
}

module_init(tw_left_init);
module_exit(tw_left_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Timers and work left pending at exit");
