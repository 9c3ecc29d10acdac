// SPDX-License-Identifier: GPL-2.0-only
/*
 * What the kernel-tree path has of hrtimers beyond the old path's:
 * hrtimer_active(), hrtimer_get_remaining(), hrtimer_callback_running()
 * in the callback, and schedule_hrtimeout() sleeping in virtual time.
 */
#include <linux/module.h>
#include <linux/hrtimer.h>
#include <linux/ktime.h>
#include <linux/sched.h>
#include <linux/printk.h>

static struct hrtimer timer;
static int running_in_cb;

static enum hrtimer_restart hr_uml_fn(struct hrtimer *t)
{
	running_in_cb = hrtimer_callback_running(t) && hrtimer_active(t);
	return HRTIMER_NORESTART;
}

static int __init hr_uml_init(void)
{
	ktime_t start = ktime_get(), t = ms_to_ktime(40);
	int ret;

	hrtimer_init(&timer, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	timer.function = hr_uml_fn;
	hrtimer_start(&timer, ms_to_ktime(30), HRTIMER_MODE_REL);
	pr_info("hr_uml: active %d, remaining %lld ms\n", hrtimer_active(&timer),
		ktime_to_ms(hrtimer_get_remaining(&timer)));
	set_current_state(TASK_UNINTERRUPTIBLE);
	ret = schedule_hrtimeout(&t, HRTIMER_MODE_REL);
	pr_info("hr_uml: schedule_hrtimeout %d, %lld ms passed\n", ret,
		ktime_to_ms(ktime_sub(ktime_get(), start)));
	pr_info("hr_uml: callback saw itself running: %d, active now %d\n",
		running_in_cb, hrtimer_active(&timer));
	return 0;
}

static void __exit hr_uml_exit(void)
{
	hrtimer_cancel(&timer);
}

module_init(hr_uml_init);
module_exit(hr_uml_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("hrtimer_active(), remaining time and schedule_hrtimeout()");
