// SPDX-License-Identifier: GPL-2.0-only
/*
 * An hrtimer in virtual time: it fires only once time passes its expiry,
 * restarts itself twice with hrtimer_forward_now(), and is cancelled at
 * exit. Both paths print the same lines.
 */
#include <linux/module.h>
#include <linux/hrtimer.h>
#include <linux/ktime.h>
#include <linux/delay.h>
#include <linux/printk.h>

static struct hrtimer timer;
static int fired;

static enum hrtimer_restart hr_timer_fn(struct hrtimer *t)
{
	fired++;
	pr_info("hr_timer: fired %d\n", fired);
	if (fired < 3) {
		hrtimer_forward_now(t, ms_to_ktime(20));
		return HRTIMER_RESTART;
	}
	return HRTIMER_NORESTART;
}

static int __init hr_timer_init(void)
{
	ktime_t start = ktime_get();

	hrtimer_init(&timer, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	timer.function = hr_timer_fn;
	hrtimer_start(&timer, ms_to_ktime(30), HRTIMER_MODE_REL);
	pr_info("hr_timer: started, queued %d\n", hrtimer_is_queued(&timer));
	mdelay(10);
	pr_info("hr_timer: after 10 ms: fired %d\n", fired);
	mdelay(25);
	pr_info("hr_timer: after 35 ms: fired %d\n", fired);
	mdelay(50);
	pr_info("hr_timer: after 85 ms: fired %d, queued %d, %lld ms passed\n",
		fired, hrtimer_is_queued(&timer),
		ktime_to_ms(ktime_sub(ktime_get(), start)));
	hrtimer_start(&timer, ms_to_ktime(1000), HRTIMER_MODE_REL);
	pr_info("hr_timer: restarted, cancel %d, again %d\n",
		hrtimer_try_to_cancel(&timer), hrtimer_try_to_cancel(&timer));
	return 0;
}

static void __exit hr_timer_exit(void)
{
	hrtimer_cancel(&timer);
	pr_info("hr_timer: exit, fired %d\n", fired);
}

module_init(hr_timer_init);
module_exit(hr_timer_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("An hrtimer that fires in virtual time");
