// SPDX-License-Identifier: GPL-2.0-only
/*
 * Virtual time: jiffies and the ns clock, conversions (6.1's
 * include/linux/jiffies.h at HZ 250), delays, timer_list and hrtimer
 * firing as a test moves time (kernel/time/timer.c, hrtimer.c).
 */
#include <linux/kernel.h>
#include <linux/bug.h>
#include <linux/delay.h>
#include <linux/hardirq.h>
#include <linux/hrtimer.h>
#include <linux/interrupt.h>
#include <linux/irqflags.h>
#include <linux/jiffies.h>
#include <linux/ktime.h>
#include <linux/time.h>
#include <linux/timer.h>
#include <linux/string.h>

#include <kshim/cmocka.h>

static void clock_starts_where_6_1_starts(void **state)
{
	assert_int_equal(HZ, 250);
	/* (unsigned int)(-300 * 250): five minutes before a 32-bit wrap. */
	assert_true(INITIAL_JIFFIES == 4294892296UL);
	assert_true(jiffies == INITIAL_JIFFIES);
	assert_true(get_jiffies_64() == INITIAL_JIFFIES);
	assert_true(ktime_get() == 0);
	assert_true(TICK_NSEC == 4000000);
	kshim_jiffies_advance(3);
	assert_true(jiffies == INITIAL_JIFFIES + 3);
	assert_true(ktime_get_ns() == 12000000);
}

static void conversions(void **state)
{
	assert_int_equal(msecs_to_jiffies(0), 0);
	assert_int_equal(msecs_to_jiffies(1), 1);
	assert_int_equal(msecs_to_jiffies(4), 1);
	assert_int_equal(msecs_to_jiffies(5), 2);
	assert_int_equal(msecs_to_jiffies(1000), 250);
	/* A negative int means "forever" (MAX_JIFFY_OFFSET). */
	assert_true(msecs_to_jiffies(-1) == MAX_JIFFY_OFFSET);
	assert_true(MAX_JIFFY_OFFSET == 0x3ffffffffffffffeL);
	assert_int_equal(usecs_to_jiffies(1), 1);
	assert_int_equal(usecs_to_jiffies(4000), 1);
	assert_int_equal(usecs_to_jiffies(4001), 2);
	assert_int_equal(jiffies_to_msecs(3), 12);
	assert_int_equal(jiffies_to_usecs(1), 4000);
	assert_true(jiffies_to_nsecs(2) == 8000000);
	assert_int_equal(nsecs_to_jiffies(3999999), 0);
	assert_int_equal(nsecs_to_jiffies(4000000), 1);
	assert_int_equal(secs_to_jiffies(2), 500);
	/* Wrap-safe comparisons. */
	assert_true(time_after(5UL, ULONG_MAX - 5));
	assert_true(time_before(ULONG_MAX - 5, 5UL));
	assert_false(time_after(7UL, 7UL));
	assert_true(time_after_eq(7UL, 7UL));
	assert_true(time_before_eq(7UL, 7UL));
	assert_true(time_in_range(5UL, 4UL, 5UL));
	assert_false(time_in_range_open(5UL, 4UL, 5UL));
	assert_true(time_is_after_jiffies(jiffies + 1));
	assert_false(time_is_after_jiffies(jiffies));
	assert_true(time_is_before_eq_jiffies(jiffies));
	assert_true(time_after64((u64)10, (u64)9));
}

static void ktime_helpers(void **state)
{
	ktime_t t = ms_to_ktime(3);
	struct timespec64 ts;

	assert_true(t == 3000000);
	assert_true(ktime_to_ns(ktime_add(t, us_to_ktime(5))) == 3005000);
	assert_true(ktime_to_ms(ktime_sub(t, ns_to_ktime(1))) == 2);
	assert_true(ktime_us_delta(t, 0) == 3000);
	assert_true(ktime_ms_delta(ms_to_ktime(10), t) == 7);
	assert_true(ktime_set(1, 5) == 1000000005);
	assert_true(ktime_after(t, 0) && ktime_before(0, t));
	assert_int_equal(ktime_compare(t, t), 0);
	assert_true(ktime_add_safe(KTIME_MAX, 1) == ktime_set(KTIME_SEC_MAX, 0));
	ts = ns_to_timespec64(-1);
	assert_true(ts.tv_sec == -1 && ts.tv_nsec == 999999999);
	ts = ktime_to_timespec64(ktime_set(2, 7));
	assert_true(ts.tv_sec == 2 && ts.tv_nsec == 7);
	kshim_time_advance_ms(1500);
	assert_true(ktime_get_seconds() == 1);
	assert_true(ktime_get_real_seconds() > 1600000000);
	assert_true(ktime_get_boottime() == ktime_get());
}

static void delays(void **state)
{
	unsigned long j = jiffies;

	/* Busy waits move the ns clock by exactly their length. */
	udelay(1000);
	ndelay(500);
	assert_true(ktime_get() == 1000500);
	assert_true(jiffies == j);
	mdelay(3);			/* 4.0005 ms: one tick */
	assert_true(jiffies == j + 1);
	/* msleep(1): msecs_to_jiffies(1) + 1 = 2 ticks, waking on a tick. */
	msleep(1);
	assert_true(jiffies == j + 3);
	assert_true(ktime_get() == 3 * TICK_NSEC);
	msleep(0);
	assert_true(jiffies == j + 4);
	usleep_range(10, 20);		/* on a tick boundary: one tick */
	assert_true(jiffies == j + 5);
	ssleep(1);			/* 250 + 1 */
	assert_true(jiffies == j + 256);
}

struct probe {
	struct timer_list timer;
	int fired;
	unsigned long seen_jiffies[8];
	int softirq, interrupt, task;
	int rearm_every;		/* re-arm from the callback */
	int rearm_max;
	int *log;			/* shared order log */
	int *nlog;
	int id;
};

static void probe_fn(struct timer_list *t)
{
	struct probe *p = from_timer(p, t, timer);

	if (p->fired < 8)
		p->seen_jiffies[p->fired] = jiffies;
	p->fired++;
	p->softirq = in_softirq();
	p->interrupt = in_interrupt();
	p->task = in_task();
	if (p->log)
		p->log[(*p->nlog)++] = p->id;
	if (p->rearm_every && p->fired < p->rearm_max)
		mod_timer(&p->timer, jiffies + p->rearm_every);
}

static void timer_fires_when_time_passes(void **state)
{
	struct probe p = { 0 };
	unsigned long exp = jiffies + 10;

	timer_setup(&p.timer, probe_fn, 0);
	assert_false(timer_pending(&p.timer));
	assert_int_equal(mod_timer(&p.timer, exp), 0);
	assert_true(timer_pending(&p.timer));
	assert_true(p.timer.expires == exp);
	assert_int_equal(kshim_timers_pending(), 1);
	kshim_jiffies_advance(9);
	assert_int_equal(p.fired, 0);
	kshim_jiffies_advance(1);
	assert_int_equal(p.fired, 1);
	assert_true(p.seen_jiffies[0] == exp);
	assert_false(timer_pending(&p.timer));
	/* Softirq context. */
	assert_true(p.softirq && p.interrupt && !p.task);
	assert_false(in_softirq());
	kshim_jiffies_advance(100);
	assert_int_equal(p.fired, 1);
}

static void mod_and_del_return_values(void **state)
{
	struct probe p = { 0 };

	timer_setup(&p.timer, probe_fn, 0);
	assert_int_equal(mod_timer(&p.timer, jiffies + 5), 0);
	/* Pending: modified, 1; the new expiry holds. */
	assert_int_equal(mod_timer(&p.timer, jiffies + 20), 1);
	kshim_jiffies_advance(10);
	assert_int_equal(p.fired, 0);
	assert_int_equal(del_timer(&p.timer), 1);
	assert_int_equal(del_timer(&p.timer), 0);
	assert_int_equal(del_timer_sync(&p.timer), 0);
	kshim_jiffies_advance(50);
	assert_int_equal(p.fired, 0);
	/* mod_timer_pending() leaves an inactive timer alone. */
	assert_int_equal(mod_timer_pending(&p.timer, jiffies + 1), 0);
	assert_false(timer_pending(&p.timer));
	p.timer.expires = jiffies + 2;
	add_timer(&p.timer);
	assert_int_equal(del_timer_sync(&p.timer), 1);
	/* timer_reduce() only moves a pending timer earlier. */
	assert_int_equal(timer_reduce(&p.timer, jiffies + 10), 0);
	assert_int_equal(timer_reduce(&p.timer, jiffies + 20), 1);
	assert_true(p.timer.expires == jiffies + 10);
	assert_int_equal(timer_reduce(&p.timer, jiffies + 3), 1);
	kshim_jiffies_advance(3);
	assert_int_equal(p.fired, 1);
}

static void add_timer_twice_warns(void **state)
{
	struct probe p = { 0 };

	timer_setup(&p.timer, probe_fn, 0);
	p.timer.expires = jiffies + 1;
	add_timer(&p.timer);
	add_timer(&p.timer);		/* kernel/time/timer.c: WARN_ON_ONCE */
	assert_true(kshim_log_contains(4, "at kernel/time/timer.c:1242 add_timer"));
	assert_defects(KSHIM_DEFECT_WARN, 1);
	kshim_jiffies_advance(1);
	assert_int_equal(p.fired, 1);
}

static irqreturn_t del_in_irq(int irq, void *dev_id)
{
	del_timer_sync(dev_id);
	return IRQ_HANDLED;
}

static void del_timer_sync_in_hardirq_warns(void **state)
{
	struct probe p = { 0 };

	timer_setup(&p.timer, probe_fn, 0);
	assert_int_equal(request_irq(7, del_in_irq, 0, "tt", &p.timer), 0);
	assert_int_equal(kshim_irq_raise(7), 1);
	assert_true(kshim_log_contains(4, "at kernel/time/timer.c:1564 del_timer_sync"));
	assert_defects(KSHIM_DEFECT_WARN, 1);
	/* TIMER_IRQSAFE: allowed. */
	timer_setup(&p.timer, probe_fn, TIMER_IRQSAFE);
	assert_int_equal(kshim_irq_raise(7), 1);
	assert_defects(KSHIM_DEFECT_WARN, 0);
	free_irq(7, &p.timer);
}

static void timers_fire_in_expiry_order(void **state)
{
	struct probe p[4] = { { .id = 0 } };
	int log[8], nlog = 0, i;
	static const int after[4] = { 30, 10, 20, 10 };

	for (i = 0; i < 4; i++) {
		p[i].id = i;
		p[i].log = log;
		p[i].nlog = &nlog;
		timer_setup(&p[i].timer, probe_fn, 0);
		mod_timer(&p[i].timer, jiffies + after[i]);
	}
	kshim_jiffies_advance(100);
	assert_int_equal(nlog, 4);
	/*
	 * 10, 10, 20, 30. Equal expiries: newest first, as the wheel's
	 * buckets (hlist_add_head(), then head->first) run them.
	 */
	assert_int_equal(log[0], 3);
	assert_int_equal(log[1], 1);
	assert_int_equal(log[2], 2);
	assert_int_equal(log[3], 0);
	for (i = 0; i < 4; i++)
		assert_true(p[i].seen_jiffies[0] == INITIAL_JIFFIES + after[i]);
}

static void past_expiry_fires_on_next_tick(void **state)
{
	struct probe p = { 0 };
	unsigned long j = jiffies;

	timer_setup(&p.timer, probe_fn, 0);
	mod_timer(&p.timer, j - 5);
	kshim_jiffies_advance(0);
	assert_int_equal(p.fired, 0);
	kshim_jiffies_advance(1);
	assert_int_equal(p.fired, 1);
	assert_true(p.seen_jiffies[0] == j + 1);
}

static void far_expiry_never_wraps_early(void **state)
{
	struct probe p = { 0 };

	timer_setup(&p.timer, probe_fn, 0);
	mod_timer(&p.timer, jiffies + MAX_JIFFY_OFFSET);
	kshim_jiffies_advance(ULONG_MAX / 4000000000UL);
	assert_int_equal(p.fired, 0);
	assert_true(timer_pending(&p.timer));
	del_timer(&p.timer);
}

static struct probe *slow_other;
static void slow_fn(struct timer_list *t)
{
	struct probe *p = from_timer(p, t, timer);

	p->log[(*p->nlog)++] = p->id;
	/* Time moves in softirq context, but no timer nests in this one. */
	mdelay(20);
	p->log[(*p->nlog)++] = p->id + 10;
	p->fired++;
}

static void no_nesting_in_callbacks_or_irqs_off(void **state)
{
	struct probe a = { .id = 1 }, b = { .id = 2 };
	int log[8], nlog = 0;
	unsigned long flags, j = jiffies;

	a.log = b.log = log;
	a.nlog = b.nlog = &nlog;
	slow_other = &b;
	timer_setup(&a.timer, slow_fn, 0);
	timer_setup(&b.timer, probe_fn, 0);
	mod_timer(&a.timer, j + 1);
	mod_timer(&b.timer, j + 2);
	kshim_jiffies_advance(1);
	assert_int_equal(nlog, 3);
	assert_int_equal(log[0], 1);
	assert_int_equal(log[1], 11);
	assert_int_equal(log[2], 2);
	/* b ran late, after a's delay: jiffies had moved on. */
	assert_true(b.seen_jiffies[0] == j + 6);

	/* With interrupts off, a delay moves time but fires nothing. */
	mod_timer(&b.timer, jiffies + 1);
	local_irq_save(flags);
	mdelay(8);
	assert_int_equal(b.fired, 1);
	local_irq_restore(flags);
	kshim_jiffies_advance(0);
	assert_int_equal(b.fired, 2);
}

static void sleepy_fn(struct timer_list *t)
{
	msleep(1);
}

static void sleeping_in_a_timer_is_reported(void **state)
{
	struct timer_list t;

	timer_setup(&t, sleepy_fn, 0);
	mod_timer(&t, jiffies + 1);
	kshim_jiffies_advance(1);
	/* kernel/sched/core.c __might_resched() */
	assert_true(kshim_log_contains(3, "BUG: sleeping function called from invalid context"));
	assert_true(kshim_log_contains(3, "in_atomic(): 1, irqs_disabled(): 0"));
	assert_true(strstr(kshim_defect_message(0), "softirq context") != NULL);
	assert_defects(KSHIM_DEFECT_MISUSE, 1);
}

static void timer_rearmed_from_its_callback(void **state)
{
	struct probe p = { .rearm_every = 5, .rearm_max = 4 };
	unsigned long j = jiffies;
	int i;

	timer_setup(&p.timer, probe_fn, 0);
	mod_timer(&p.timer, j + 5);
	kshim_jiffies_advance(100);
	assert_int_equal(p.fired, 4);
	for (i = 0; i < 4; i++)
		assert_true(p.seen_jiffies[i] == j + 5 * (i + 1));
	assert_true(jiffies == j + 100);
}

static int static_fired;
static void static_fn(struct timer_list *t)
{
	static_fired++;
}
static DEFINE_TIMER(static_timer, static_fn);

static void define_timer_and_sleep(void **state)
{
	mod_timer(&static_timer, jiffies + 3);
	/* A sleep in process context lets due timers run. */
	msleep(20);
	assert_int_equal(static_fired, 1);
	assert_int_equal(kshim_timers_pending(), 0);
	assert_true(static_timer.kshim_site != NULL);
	static_fired = 0;
}

static void bug_fn(struct timer_list *t)
{
	BUG();
}

static void crashing_callback_is_contained(void **state)
{
	struct timer_list t;
	struct probe p = { 0 };

	timer_setup(&t, bug_fn, 0);
	timer_setup(&p.timer, probe_fn, 0);
	mod_timer(&t, jiffies + 1);
	mod_timer(&p.timer, jiffies + 2);
	kshim_jiffies_advance(2);
	assert_defects(KSHIM_DEFECT_BUG, 1);
	assert_int_equal(p.fired, 1);
}

/* ---- hrtimers ---- */

struct hprobe {
	struct hrtimer hr;
	int fired;
	ktime_t seen[8];
	int restart_ms;
	int max;
	int cancel_ret;
	u64 forwarded;
};

static enum hrtimer_restart hprobe_fn(struct hrtimer *hr)
{
	struct hprobe *p = container_of(hr, struct hprobe, hr);

	if (p->fired < 8)
		p->seen[p->fired] = ktime_get();
	p->fired++;
	p->cancel_ret = hrtimer_try_to_cancel(hr);
	if (p->restart_ms && p->fired < p->max) {
		p->forwarded = hrtimer_forward_now(hr, ms_to_ktime(p->restart_ms));
		return HRTIMER_RESTART;
	}
	return HRTIMER_NORESTART;
}

static void hrtimer_one_shot(void **state)
{
	struct hprobe p = { 0 };

	hrtimer_init(&p.hr, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	p.hr.function = hprobe_fn;
	hrtimer_start(&p.hr, us_to_ktime(1500), HRTIMER_MODE_REL);
	assert_true(hrtimer_is_queued(&p.hr));
	assert_true(hrtimer_active(&p.hr));
	assert_true(hrtimer_get_expires(&p.hr) == 1500000);
	kshim_time_advance_ms(1);
	assert_int_equal(p.fired, 0);
	kshim_time_advance_ms(1);
	assert_int_equal(p.fired, 1);
	/* It fired at its nanosecond, not on a tick. */
	assert_true(p.seen[0] == 1500000);
	/* From its own callback: -1, the callback is running. */
	assert_int_equal(p.cancel_ret, -1);
	assert_false(hrtimer_active(&p.hr));
	assert_int_equal(hrtimer_cancel(&p.hr), 0);
	hrtimer_start(&p.hr, ms_to_ktime(5), HRTIMER_MODE_REL);
	assert_int_equal(hrtimer_cancel(&p.hr), 1);
	assert_int_equal(hrtimer_try_to_cancel(&p.hr), 0);
	kshim_time_advance_ms(10);
	assert_int_equal(p.fired, 1);
}

static void hrtimer_periodic(void **state)
{
	struct hprobe p = { .restart_ms = 2, .max = 3 };

	hrtimer_init(&p.hr, CLOCK_MONOTONIC, HRTIMER_MODE_ABS);
	p.hr.function = hprobe_fn;
	hrtimer_start(&p.hr, ms_to_ktime(1), HRTIMER_MODE_ABS);
	kshim_time_advance_ms(20);
	assert_int_equal(p.fired, 3);
	assert_true(p.seen[0] == ms_to_ktime(1));
	assert_true(p.seen[1] == ms_to_ktime(3));
	assert_true(p.seen[2] == ms_to_ktime(5));
	assert_true(p.forwarded == 1);
	assert_false(hrtimer_active(&p.hr));
}

static void hrtimer_forward_counts_overruns(void **state)
{
	struct hrtimer hr;

	hrtimer_init(&hr, CLOCK_MONOTONIC, HRTIMER_MODE_ABS);
	hrtimer_set_expires(&hr, ms_to_ktime(1));
	/* Not yet expired: nothing to forward. */
	assert_true(hrtimer_forward(&hr, 0, ms_to_ktime(1)) == 0);
	/* 10 ms late, 3 ms period: expiries 4, 7, 10, 13 -> 4 overruns. */
	assert_true(hrtimer_forward(&hr, ms_to_ktime(11), ms_to_ktime(3)) == 4);
	assert_true(hrtimer_get_expires(&hr) == ms_to_ktime(13));
}

static void hrtimers_and_timers_share_the_clock(void **state)
{
	struct hprobe h = { 0 };
	struct probe p = { 0 };

	timer_setup(&p.timer, probe_fn, 0);
	mod_timer(&p.timer, jiffies + 1);	/* 4 ms */
	hrtimer_init(&h.hr, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	h.hr.function = hprobe_fn;
	hrtimer_start(&h.hr, ms_to_ktime(3), HRTIMER_MODE_REL);
	kshim_time_advance_ms(3);
	assert_int_equal(h.fired, 1);
	assert_int_equal(p.fired, 0);
	kshim_time_advance_ms(1);
	assert_int_equal(p.fired, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(clock_starts_where_6_1_starts),
		kshim_unit_test(conversions),
		kshim_unit_test(ktime_helpers),
		kshim_unit_test(delays),
		kshim_unit_test(timer_fires_when_time_passes),
		kshim_unit_test(mod_and_del_return_values),
		kshim_unit_test(add_timer_twice_warns),
		kshim_unit_test(del_timer_sync_in_hardirq_warns),
		kshim_unit_test(timers_fire_in_expiry_order),
		kshim_unit_test(past_expiry_fires_on_next_tick),
		kshim_unit_test(far_expiry_never_wraps_early),
		kshim_unit_test(no_nesting_in_callbacks_or_irqs_off),
		kshim_unit_test(sleeping_in_a_timer_is_reported),
		kshim_unit_test(timer_rearmed_from_its_callback),
		kshim_unit_test(define_timer_and_sleep),
		kshim_unit_test(crashing_callback_is_contained),
		kshim_unit_test(hrtimer_one_shot),
		kshim_unit_test(hrtimer_periodic),
		kshim_unit_test(hrtimer_forward_counts_overruns),
		kshim_unit_test(hrtimers_and_timers_share_the_clock),
	};

	return kshim_run_tests(tests);
}
