// SPDX-License-Identifier: GPL-2.0-only
/*
 * timer_list and hrtimer over kshim's timer queue (host/time.c). The host
 * keeps the pending state and the order; this side knows the structures
 * and calls the callbacks (kernel/time/timer.c and hrtimer.c semantics).
 */
#include <linux/kernel.h>
#include <linux/bug.h>
#include <linux/export.h>
#include <linux/hardirq.h>
#include <linux/hrtimer.h>
#include <linux/string.h>
#include <linux/timer.h>
#include <linux/jiffies.h>

/* The kernel's variable, which host/time.c keeps current (HZ 250). */
unsigned long volatile jiffies = INITIAL_JIFFIES;
EXPORT_SYMBOL(jiffies);

void kshim_jiffies_set(unsigned long long ns)
{
	__atomic_store_n(&jiffies, INITIAL_JIFFIES +
			 (unsigned long)(ns / (NSEC_PER_SEC / HZ)), __ATOMIC_RELAXED);
}

/*
 * A WARN_ON() of kernel/time/timer.c, reported at its 6.1 file and line
 * and function, as the kernel's report names them.
 */
static bool timer_warn(bool cond, bool *once, const char *func, int line)
{
	if (cond && (!once || !*once)) {
		if (once)
			*once = true;
		kshim_warn(NULL, "kernel/time/timer.c", line, func, 1);
	}
	return cond;
}

/* expire_timers(): a timer without a function is warned about, once. */
static int timer_fire(void *obj)
{
	struct timer_list *timer = obj;
	void (*fn)(struct timer_list *) = timer->function;

	static bool once;

	if (timer_warn(!fn, &once, "expire_timers", 1739))
		return 0;
	fn(timer);
	return 0;
}

void __kshim_timer_setup(struct timer_list *timer,
			 void (*func)(struct timer_list *), unsigned int flags,
			 const struct kshim_site *site, const char *module)
{
	static bool once;

	/* do_init_timer(): only the init flags are the caller's to give. */
	if (timer_warn(flags & ~TIMER_INIT_FLAGS, &once, "do_init_timer", 847))
		flags &= TIMER_INIT_FLAGS;
	timer->entry.next = NULL;
	timer->entry.pprev = NULL;
	timer->function = func;
	timer->flags = flags;
	timer->kshim_site = site;
	timer->kshim_module = module;
}
EXPORT_SYMBOL(__kshim_timer_setup);

static int arm(struct timer_list *timer, unsigned long expires)
{
	timer->expires = expires;
	return kshim_timer_add(timer, 0, expires, timer_fire,
			       (const void *)timer->function, timer->kshim_site,
			       timer->kshim_module);
}

/* 1 when the timer was pending (it is modified), 0 when it was armed anew. */
int mod_timer(struct timer_list *timer, unsigned long expires)
{
	return arm(timer, expires);
}
EXPORT_SYMBOL(mod_timer);

/* Only a pending timer is modified; an inactive one stays so (returns 0). */
int mod_timer_pending(struct timer_list *timer, unsigned long expires)
{
	if (!timer_pending(timer))
		return 0;
	return arm(timer, expires);
}
EXPORT_SYMBOL(mod_timer_pending);

/* A pending timer only moves earlier; an inactive one is armed. */
int timer_reduce(struct timer_list *timer, unsigned long expires)
{
	if (timer_pending(timer) && !time_before(expires, timer->expires))
		return 1;
	return arm(timer, expires);
}
EXPORT_SYMBOL(timer_reduce);

void add_timer(struct timer_list *timer)
{
	static bool once;

	if (timer_warn(timer_pending(timer), &once, "add_timer", 1242))
		return;
	arm(timer, timer->expires);
}
EXPORT_SYMBOL(add_timer);

/* One CPU: every CPU is this one. */
void add_timer_on(struct timer_list *timer, int cpu)
{
	static bool once;

	if (timer_warn(timer_pending(timer), &once, "add_timer_on", 1264))
		return;
	arm(timer, timer->expires);
}
EXPORT_SYMBOL_GPL(add_timer_on);

int del_timer(struct timer_list *timer)
{
	return kshim_timer_del(timer);
}
EXPORT_SYMBOL(del_timer);

/* -1 when the callback is running (here: the caller is the callback). */
int try_to_del_timer_sync(struct timer_list *timer)
{
	if (kshim_timer_running(timer))
		return -1;
	return kshim_timer_del(timer);
}
EXPORT_SYMBOL(try_to_del_timer_sync);

/*
 * Nothing runs concurrently in kshim: once deleted, the callback is not
 * running elsewhere. Called from the callback itself, the kernel would
 * spin forever; kshim returns -1's meaning as "not pending".
 */
int del_timer_sync(struct timer_list *timer)
{
	timer_warn(in_hardirq() && !(timer->flags & TIMER_IRQSAFE), NULL,
		   "del_timer_sync", 1564);
	return kshim_timer_del(timer);
}
EXPORT_SYMBOL(del_timer_sync);

/* ---- hrtimers ---- */

/* CLOCK_REALTIME and CLOCK_TAI run on the wall clock. */
static bool wall_clock(const struct hrtimer *timer)
{
	return timer->kshim_clock == CLOCK_REALTIME ||
	       timer->kshim_clock == CLOCK_TAI;
}

ktime_t hrtimer_cb_get_time(struct hrtimer *timer)
{
	return wall_clock(timer) ? ktime_get_real() : ktime_get();
}
EXPORT_SYMBOL_GPL(hrtimer_cb_get_time);

static int hrtimer_fire(void *obj);

static void hr_enqueue(struct hrtimer *timer)
{
	ktime_t when = timer->node.expires;

	/* The queue runs on the monotonic clock. */
	if (wall_clock(timer))
		when -= ktime_get_real() - ktime_get();
	timer->state = HRTIMER_STATE_ENQUEUED;
	kshim_timer_add(timer, 1, when < 0 ? 0 : (unsigned long long)when,
			hrtimer_fire, (const void *)timer->function,
			timer->kshim_site, timer->kshim_module);
}

/* __run_hrtimer(): a restart re-queues unless the callback did already. */
static int hrtimer_fire(void *obj)
{
	struct hrtimer *timer = obj;
	enum hrtimer_restart restart;

	timer->state = HRTIMER_STATE_INACTIVE;
	restart = timer->function(timer);
	if (restart != HRTIMER_NORESTART && !kshim_timer_pending(timer))
		hr_enqueue(timer);
	return 0;
}

void __kshim_hrtimer_init(struct hrtimer *timer, int which_clock,
			  enum hrtimer_mode mode, const struct kshim_site *site,
			  const char *module)
{
	memset(timer, 0, sizeof(*timer));
	/* __hrtimer_init(): relative CLOCK_REALTIME timers use the monotonic one. */
	if (which_clock == CLOCK_REALTIME && (mode & HRTIMER_MODE_REL))
		which_clock = CLOCK_MONOTONIC;
	timer->kshim_clock = which_clock;
	timer->is_rel = !!(mode & HRTIMER_MODE_REL);
	timer->is_soft = !!(mode & HRTIMER_MODE_SOFT);
	timer->is_hard = !!(mode & HRTIMER_MODE_HARD);
	timer->kshim_site = site;
	timer->kshim_module = module;
}
EXPORT_SYMBOL_GPL(__kshim_hrtimer_init);

void hrtimer_start_range_ns(struct hrtimer *timer, ktime_t tim,
			    u64 range_ns, const enum hrtimer_mode mode)
{
	if (mode & HRTIMER_MODE_REL)
		tim = ktime_add_safe(tim, hrtimer_cb_get_time(timer));
	hrtimer_set_expires_range_ns(timer, tim, range_ns);
	hr_enqueue(timer);
}
EXPORT_SYMBOL_GPL(hrtimer_start_range_ns);

/* 1 when it was queued, 0 when not, -1 when its callback is running. */
int hrtimer_try_to_cancel(struct hrtimer *timer)
{
	if (kshim_timer_del(timer)) {
		timer->state = HRTIMER_STATE_INACTIVE;
		return 1;
	}
	return kshim_timer_running(timer) ? -1 : 0;
}
EXPORT_SYMBOL_GPL(hrtimer_try_to_cancel);

int hrtimer_cancel(struct hrtimer *timer)
{
	int ret = kshim_timer_del(timer);

	timer->state = HRTIMER_STATE_INACTIVE;
	return ret;
}
EXPORT_SYMBOL_GPL(hrtimer_cancel);

/*
 * Move the expiry forward by whole @intervals until it is after @now;
 * returns how many (0 when it already was).
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
