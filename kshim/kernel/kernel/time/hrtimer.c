// SPDX-License-Identifier: GPL-2.0-only
/*
 * hrtimers (kernel/time/hrtimer.c), for modules built against the
 * kernel's own headers, over host/time.c's timer queue, as the old path's
 * kernel/timer.c has them: the host keeps the order and the pending state,
 * this side the kernel's struct hrtimer. A timer fires when virtual time
 * reaches its hard expiry, in softirq context, as on the old path.
 *
 * The inline helpers read timer->base (hrtimer_cb_get_time(),
 * hrtimer_callback_running()): one CPU's clock bases are here, each with
 * its clock. The timer's rbtree node is never used (the host queues it):
 * it keeps hrtimer_init()'s site, for the host's reports.
 */
#include <linux/hrtimer.h>
#include <linux/ktime.h>
#include <linux/timekeeping.h>
#include <linux/sched.h>
#include <linux/sched/debug.h>
#include <linux/export.h>
#include <linux/string.h>
#include <linux/bug.h>
#include "../sched/sched.h"

#define HR_SITE(timer)	(*(const struct kshim_site **)&(timer)->node.node.rb_left)

/* High resolution: 1 ns, as hrtimer_resolution is with hres active. */
unsigned int hrtimer_resolution = 1;
EXPORT_SYMBOL_GPL(hrtimer_resolution);

static ktime_t get_real(void)
{
	return ktime_get_real();
}

static ktime_t get_boottime(void)
{
	return ktime_get_boottime();
}

static ktime_t get_tai(void)
{
	return ktime_get_clocktai();
}

static struct hrtimer_cpu_base hrtimer_bases;

static const struct {
	clockid_t clockid;
	ktime_t (*get_time)(void);
} clocks[HRTIMER_MAX_CLOCK_BASES] = {
	{ CLOCK_MONOTONIC, ktime_get }, { CLOCK_REALTIME, get_real },
	{ CLOCK_BOOTTIME, get_boottime }, { CLOCK_TAI, get_tai },
	{ CLOCK_MONOTONIC, ktime_get }, { CLOCK_REALTIME, get_real },
	{ CLOCK_BOOTTIME, get_boottime }, { CLOCK_TAI, get_tai },
};

/* The clock base of @clock_id (soft: the second half), set up on first use. */
static struct hrtimer_clock_base *clock_base(clockid_t clock_id, bool soft)
{
	struct hrtimer_cpu_base *cpu_base = &hrtimer_bases;
	int i, base = 0;

	if (!cpu_base->hres_active) {
		for (i = 0; i < HRTIMER_MAX_CLOCK_BASES; i++) {
			cpu_base->clock_base[i].cpu_base = cpu_base;
			cpu_base->clock_base[i].index = i;
			cpu_base->clock_base[i].clockid = clocks[i].clockid;
			cpu_base->clock_base[i].get_time = clocks[i].get_time;
		}
		cpu_base->hres_active = 1;
		cpu_base->online = 1;
	}
	switch (clock_id) {
	case CLOCK_REALTIME:
		base = HRTIMER_BASE_REALTIME;
		break;
	case CLOCK_BOOTTIME:
		base = HRTIMER_BASE_BOOTTIME;
		break;
	case CLOCK_TAI:
		base = HRTIMER_BASE_TAI;
		break;
	}
	return &cpu_base->clock_base[base + (soft ? HRTIMER_BASE_MONOTONIC_SOFT : 0)];
}

/* CLOCK_REALTIME and CLOCK_TAI run on the wall clock. */
static bool wall_clock(const struct hrtimer *timer)
{
	return timer->base->clockid == CLOCK_REALTIME ||
	       timer->base->clockid == CLOCK_TAI;
}

static int hrtimer_fire(void *obj);

static void enqueue(struct hrtimer *timer)
{
	ktime_t when = timer->node.expires;

	/* The host's queue runs on the monotonic clock. */
	if (wall_clock(timer))
		when -= ktime_get_real() - ktime_get();
	WRITE_ONCE(timer->state, HRTIMER_STATE_ENQUEUED);
	kshim_timer_add(timer, 1, when < 0 ? 0 : (unsigned long long)when,
			hrtimer_fire, (const void *)timer->function,
			HR_SITE(timer), kshim_module_at(timer->function));
}

/* __run_hrtimer(): a restart re-queues unless the callback did already. */
static int hrtimer_fire(void *obj)
{
	struct hrtimer *timer = obj;
	struct hrtimer_clock_base *base = timer->base;
	struct hrtimer *was_running = base->running;
	enum hrtimer_restart restart;

	WRITE_ONCE(timer->state, HRTIMER_STATE_INACTIVE);
	base->running = timer;
	restart = timer->function(timer);
	base->running = was_running;
	if (restart != HRTIMER_NORESTART && !kshim_timer_pending(timer))
		enqueue(timer);
	return 0;
}

static void do_init(struct hrtimer *timer, clockid_t clock_id,
		    enum hrtimer_mode mode, const struct kshim_site *site)
{
	memset(timer, 0, sizeof(*timer));
	/* __hrtimer_init(): relative CLOCK_REALTIME timers use the monotonic one. */
	if (clock_id == CLOCK_REALTIME && (mode & HRTIMER_MODE_REL))
		clock_id = CLOCK_MONOTONIC;
	timer->base = clock_base(clock_id, mode & HRTIMER_MODE_SOFT);
	timer->is_rel = !!(mode & HRTIMER_MODE_REL);
	timer->is_soft = !!(mode & HRTIMER_MODE_SOFT);
	timer->is_hard = !!(mode & HRTIMER_MODE_HARD);
	HR_SITE(timer) = site;
}

void hrtimer_init(struct hrtimer *timer, clockid_t clock_id,
		  enum hrtimer_mode mode)
{
	do_init(timer, clock_id, mode, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(hrtimer_init);

void hrtimer_start_range_ns(struct hrtimer *timer, ktime_t tim,
			    u64 delta_ns, const enum hrtimer_mode mode)
{
	if (mode & HRTIMER_MODE_REL)
		tim = ktime_add_safe(tim, timer->base->get_time());
	hrtimer_set_expires_range_ns(timer, tim, delta_ns);
	enqueue(timer);
}
EXPORT_SYMBOL_GPL(hrtimer_start_range_ns);

/* 1 when it was queued, 0 when not, -1 when its callback is running. */
int hrtimer_try_to_cancel(struct hrtimer *timer)
{
	if (kshim_timer_del(timer)) {
		WRITE_ONCE(timer->state, HRTIMER_STATE_INACTIVE);
		return 1;
	}
	return hrtimer_callback_running(timer) ? -1 : 0;
}
EXPORT_SYMBOL_GPL(hrtimer_try_to_cancel);

/* Nothing runs beside a callback in kshim: once dequeued, it is not running. */
int hrtimer_cancel(struct hrtimer *timer)
{
	int ret = kshim_timer_del(timer);

	WRITE_ONCE(timer->state, HRTIMER_STATE_INACTIVE);
	return ret;
}
EXPORT_SYMBOL_GPL(hrtimer_cancel);

/* Queued, or its callback running. */
bool hrtimer_active(const struct hrtimer *timer)
{
	return kshim_timer_pending(timer) || timer->base->running == timer;
}
EXPORT_SYMBOL_GPL(hrtimer_active);

ktime_t __hrtimer_get_remaining(const struct hrtimer *timer, bool adjust)
{
	return ktime_sub(hrtimer_get_expires(timer), timer->base->get_time());
}
EXPORT_SYMBOL_GPL(__hrtimer_get_remaining);

/*
 * Move the expiry forward by whole @intervals until it is after @now;
 * returns how many (0 when it already was). Not on a queued timer.
 */
u64 hrtimer_forward(struct hrtimer *timer, ktime_t now, ktime_t interval)
{
	ktime_t delta = ktime_sub(now, hrtimer_get_expires(timer));
	u64 orun;

	if (delta < 0)
		return 0;
	if (WARN_ON(kshim_timer_pending(timer)))
		return 0;
	if (interval < hrtimer_resolution)
		interval = hrtimer_resolution;
	orun = (u64)delta / (u64)interval + 1;
	hrtimer_add_expires_ns(timer, orun * (u64)interval);
	return orun;
}
EXPORT_SYMBOL_GPL(hrtimer_forward);

/* ---- sleeping on an hrtimer ---- */

static enum hrtimer_restart hrtimer_wakeup(struct hrtimer *timer)
{
	struct hrtimer_sleeper *t = container_of(timer, struct hrtimer_sleeper,
						 timer);
	struct task_struct *task = t->task;

	t->task = NULL;
	if (task)
		wake_up_process(task);
	return HRTIMER_NORESTART;
}

static void init_sleeper(struct hrtimer_sleeper *sl, clockid_t clock_id,
			 enum hrtimer_mode mode, const struct kshim_site *site)
{
	do_init(&sl->timer, clock_id, mode, site);
	sl->timer.function = hrtimer_wakeup;
	sl->task = kshim_task();
}

void hrtimer_init_sleeper(struct hrtimer_sleeper *sl, clockid_t clock_id,
			  enum hrtimer_mode mode)
{
	init_sleeper(sl, clock_id, mode, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(hrtimer_init_sleeper);

void hrtimer_sleeper_start_expires(struct hrtimer_sleeper *sl,
				   enum hrtimer_mode mode)
{
	hrtimer_start_expires(&sl->timer, mode);
}
EXPORT_SYMBOL_GPL(hrtimer_sleeper_start_expires);

/* 0 when the time passed, -EINTR when woken before. */
static int hrtimeout(ktime_t *expires, u64 delta, const enum hrtimer_mode mode,
		     clockid_t clock_id, const struct kshim_site *site)
{
	struct task_struct *tsk = kshim_task();
	struct hrtimer_sleeper t;

	if (expires && *expires == 0 && (mode & HRTIMER_MODE_REL)) {
		__atomic_store_n(&tsk->__state, TASK_RUNNING, __ATOMIC_RELAXED);
		return 0;
	}
	if (!expires) {
		kshim_sleep(MAX_SCHEDULE_TIMEOUT, "schedule_hrtimeout()", site);
		return -EINTR;
	}
	init_sleeper(&t, clock_id, mode, site);
	hrtimer_set_expires_range_ns(&t.timer, *expires, delta);
	hrtimer_start_expires(&t.timer, mode);
	if (t.task)
		kshim_sleep(MAX_SCHEDULE_TIMEOUT, "schedule_hrtimeout()", site);
	hrtimer_cancel(&t.timer);
	__atomic_store_n(&tsk->__state, TASK_RUNNING, __ATOMIC_RELAXED);
	return !t.task ? 0 : -EINTR;
}

int __sched schedule_hrtimeout_range_clock(ktime_t *expires, u64 delta,
					   const enum hrtimer_mode mode,
					   clockid_t clock_id)
{
	return hrtimeout(expires, delta, mode, clock_id, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(schedule_hrtimeout_range_clock);

int __sched schedule_hrtimeout_range(ktime_t *expires, u64 delta,
				     const enum hrtimer_mode mode)
{
	return hrtimeout(expires, delta, mode, CLOCK_MONOTONIC,
			 KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(schedule_hrtimeout_range);

int __sched schedule_hrtimeout(ktime_t *expires, const enum hrtimer_mode mode)
{
	return hrtimeout(expires, 0, mode, CLOCK_MONOTONIC, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(schedule_hrtimeout);

/* ---- ktime (kernel/time/hrtimer.c) ---- */

ktime_t ktime_add_safe(const ktime_t lhs, const ktime_t rhs)
{
	ktime_t res = ktime_add_unsafe(lhs, rhs);

	/* Saturate, as the kernel does, on overflow. */
	if (res < 0 || res < lhs || res < rhs)
		res = ktime_set(KTIME_SEC_MAX, 0);
	return res;
}
EXPORT_SYMBOL_GPL(ktime_add_safe);
