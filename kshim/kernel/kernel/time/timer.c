// SPDX-License-Identifier: GPL-2.0-only
/*
 * jiffies, timer_list, the sleeps and delays and the clocks
 * (kernel/time/timer.c, time.c, timekeeping.c, arch's delay), for modules
 * built against the kernel's own headers, over host/time.c's virtual clock.
 *
 * This tree's HZ (100 for ARCH=um) is not host/time.c's: jiffies here are
 * the clock's ns at HZ, kept current by kshim_jiffies_set() whenever the
 * clock moves, and a timer_list fires at the start of its tick, in ns.
 * A timer's setup site (init_timer_key()'s caller) is kept in its
 * lockdep_map, which only del_timer_sync()'s lockdep check uses.
 */
#include <linux/timer.h>
#include <linux/jiffies.h>
#include <linux/delay.h>
#include <linux/ktime.h>
#include <linux/timekeeping.h>
#include <linux/export.h>
#include <linux/bug.h>
#include <linux/hardirq.h>
#include "../sched/sched.h"

#define WALL_OFFSET	(1672531200LL * NSEC_PER_SEC)	/* the old path's */

u64 jiffies_64 = INITIAL_JIFFIES;
EXPORT_SYMBOL(jiffies_64);
unsigned long volatile jiffies = INITIAL_JIFFIES;
EXPORT_SYMBOL(jiffies);

/* host/time.c: the clock is now @ns. */
void kshim_jiffies_set(unsigned long long ns)
{
	unsigned long j = INITIAL_JIFFIES + (unsigned long)(ns / KSHIM_TICK_NS);

	__atomic_store_n(&jiffies_64, j, __ATOMIC_RELAXED);
	__atomic_store_n(&jiffies, j, __ATOMIC_RELAXED);
}

unsigned long long kshim_jiffies_ns(unsigned long j)
{
	return (unsigned long long)(j - INITIAL_JIFFIES) * KSHIM_TICK_NS;
}

/* ---- conversions (kernel/time/time.c) ---- */

unsigned int jiffies_to_msecs(const unsigned long j)
{
	return (MSEC_PER_SEC / HZ) * j;
}
EXPORT_SYMBOL(jiffies_to_msecs);

unsigned int jiffies_to_usecs(const unsigned long j)
{
	return (USEC_PER_SEC / HZ) * j;
}
EXPORT_SYMBOL(jiffies_to_usecs);

unsigned long __msecs_to_jiffies(const unsigned int m)
{
	if ((int)m < 0)
		return MAX_JIFFY_OFFSET;
	return DIV_ROUND_UP(m, MSEC_PER_SEC / HZ);
}
EXPORT_SYMBOL(__msecs_to_jiffies);

unsigned long __usecs_to_jiffies(const unsigned int u)
{
	if (u > jiffies_to_usecs(MAX_JIFFY_OFFSET))
		return MAX_JIFFY_OFFSET;
	return DIV_ROUND_UP(u, USEC_PER_SEC / HZ);
}
EXPORT_SYMBOL(__usecs_to_jiffies);

u64 nsecs_to_jiffies64(u64 n)
{
	return div_u64(n, NSEC_PER_SEC / HZ);
}
EXPORT_SYMBOL(nsecs_to_jiffies64);

unsigned long nsecs_to_jiffies(u64 n)
{
	return (unsigned long)nsecs_to_jiffies64(n);
}
EXPORT_SYMBOL_GPL(nsecs_to_jiffies);

u64 jiffies64_to_nsecs(u64 j)
{
	return j * (NSEC_PER_SEC / HZ);
}
EXPORT_SYMBOL(jiffies64_to_nsecs);

u64 jiffies64_to_msecs(const u64 j)
{
	return j * (MSEC_PER_SEC / HZ);
}
EXPORT_SYMBOL(jiffies64_to_msecs);

/* ---- the clocks (kernel/time/timekeeping.c) ---- */

ktime_t ktime_get(void)
{
	return (ktime_t)kshim_clock_ns();
}
EXPORT_SYMBOL_GPL(ktime_get);

ktime_t ktime_get_raw(void)
{
	return (ktime_t)kshim_clock_ns();
}
EXPORT_SYMBOL_GPL(ktime_get_raw);

/* Boot time is monotonic time (nothing suspends); the wall clock the old path's. */
ktime_t ktime_get_with_offset(enum tk_offsets offs)
{
	return ktime_get() + (offs == TK_OFFS_REAL || offs == TK_OFFS_TAI ?
			      WALL_OFFSET : 0);
}
EXPORT_SYMBOL_GPL(ktime_get_with_offset);

ktime_t ktime_get_coarse_with_offset(enum tk_offsets offs)
{
	return ktime_get_with_offset(offs);
}
EXPORT_SYMBOL_GPL(ktime_get_coarse_with_offset);

u64 ktime_get_mono_fast_ns(void)
{
	return kshim_clock_ns();
}
EXPORT_SYMBOL_GPL(ktime_get_mono_fast_ns);

u64 ktime_get_raw_fast_ns(void)
{
	return kshim_clock_ns();
}
EXPORT_SYMBOL_GPL(ktime_get_raw_fast_ns);

u64 ktime_get_boot_fast_ns(void)
{
	return kshim_clock_ns();
}
EXPORT_SYMBOL_GPL(ktime_get_boot_fast_ns);

u64 ktime_get_real_fast_ns(void)
{
	return kshim_clock_ns() + WALL_OFFSET;
}
EXPORT_SYMBOL_GPL(ktime_get_real_fast_ns);

time64_t ktime_get_seconds(void)
{
	return kshim_clock_ns() / NSEC_PER_SEC;
}
EXPORT_SYMBOL_GPL(ktime_get_seconds);

time64_t ktime_get_real_seconds(void)
{
	return (kshim_clock_ns() + WALL_OFFSET) / NSEC_PER_SEC;
}
EXPORT_SYMBOL_GPL(ktime_get_real_seconds);

static void to_ts(struct timespec64 *ts, u64 ns)
{
	ts->tv_sec = ns / NSEC_PER_SEC;
	ts->tv_nsec = ns % NSEC_PER_SEC;
}

void ktime_get_ts64(struct timespec64 *ts)
{
	to_ts(ts, kshim_clock_ns());
}
EXPORT_SYMBOL_GPL(ktime_get_ts64);

void ktime_get_real_ts64(struct timespec64 *ts)
{
	to_ts(ts, kshim_clock_ns() + WALL_OFFSET);
}
EXPORT_SYMBOL(ktime_get_real_ts64);

/* ---- timer_list ---- */

/* A WARN_ON() of kernel/time/timer.c, at its 6.1 file, line and function. */
static bool timer_warn(bool cond, bool *once, const char *func, int line)
{
	if (cond && (!once || !*once)) {
		if (once)
			*once = true;
		kshim_warn(NULL, "kernel/time/timer.c", line, func, 1);
	}
	return cond;
}

/* timer_pending() reads entry.pprev: set while the host has it queued. */
static void mark(struct timer_list *timer, bool pending)
{
	timer->entry.next = NULL;
	WRITE_ONCE(timer->entry.pprev, pending ? &timer->entry.next : NULL);
}

/* expire_timers(): a timer without a function is warned about, once. */
static int timer_fire(void *obj)
{
	struct timer_list *timer = obj;
	void (*fn)(struct timer_list *) = timer->function;
	static bool once;

	mark(timer, false);
	if (timer_warn(!fn, &once, "expire_timers", 1739))
		return 0;
	fn(timer);
	return 0;
}

static void do_init_timer(struct timer_list *timer,
			  void (*func)(struct timer_list *), unsigned int flags,
			  const char *name, struct lock_class_key *key,
			  const struct kshim_site *site)
{
	static bool once;

	/* Only the init flags are the caller's to give. */
	if (timer_warn(flags & ~TIMER_INIT_FLAGS, &once, "do_init_timer", 847))
		flags &= TIMER_INIT_FLAGS;
	mark(timer, false);
	timer->function = func;
	timer->flags = flags;
	memset(&timer->lockdep_map, 0, sizeof(timer->lockdep_map));
	timer->lockdep_map.name = name;
	timer->lockdep_map.key = key;
	KSHIM_MAP_SITE(&timer->lockdep_map) = site;
}

void init_timer_key(struct timer_list *timer,
		    void (*func)(struct timer_list *), unsigned int flags,
		    const char *name, struct lock_class_key *key)
{
	do_init_timer(timer, func, flags, name, key, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(init_timer_key);

static int arm(struct timer_list *timer, unsigned long expires)
{
	unsigned long long now = kshim_clock_ns(), when;
	unsigned long now_j = INITIAL_JIFFIES + (unsigned long)(now / KSHIM_TICK_NS);
	long delta = (long)(expires - now_j);
	int was;

	timer->expires = expires;
	/* An expiry not after now fires on the next tick. */
	if (delta <= 0)
		delta = 1;
	if ((unsigned long)delta >= MAX_JIFFY_OFFSET)
		when = ~0ULL;
	else
		when = (now / KSHIM_TICK_NS + delta) * KSHIM_TICK_NS;
	mark(timer, true);
	was = kshim_timer_add(timer, 2, when, timer_fire,
			      (const void *)timer->function,
			      KSHIM_MAP_SITE(&timer->lockdep_map),
			      kshim_module_at(timer->function));
	return was;
}

int mod_timer(struct timer_list *timer, unsigned long expires)
{
	return arm(timer, expires);
}
EXPORT_SYMBOL(mod_timer);

int mod_timer_pending(struct timer_list *timer, unsigned long expires)
{
	if (!kshim_timer_pending(timer))
		return 0;
	return arm(timer, expires);
}
EXPORT_SYMBOL(mod_timer_pending);

/* A pending timer only moves earlier; an inactive one is armed. */
int timer_reduce(struct timer_list *timer, unsigned long expires)
{
	if (kshim_timer_pending(timer) && !time_before(expires, timer->expires))
		return 1;
	return arm(timer, expires);
}
EXPORT_SYMBOL(timer_reduce);

void add_timer(struct timer_list *timer)
{
	static bool once;

	if (timer_warn(kshim_timer_pending(timer), &once, "add_timer", 1242))
		return;
	arm(timer, timer->expires);
}
EXPORT_SYMBOL(add_timer);

/* One CPU: every CPU is this one. */
void add_timer_on(struct timer_list *timer, int cpu)
{
	static bool once;

	if (timer_warn(kshim_timer_pending(timer), &once, "add_timer_on", 1264))
		return;
	arm(timer, timer->expires);
}
EXPORT_SYMBOL_GPL(add_timer_on);

int timer_delete(struct timer_list *timer)
{
	int was = kshim_timer_del(timer);

	mark(timer, false);
	return was;
}
EXPORT_SYMBOL(timer_delete);

int timer_shutdown(struct timer_list *timer)
{
	int was = timer_delete(timer);

	timer->function = NULL;
	return was;
}
EXPORT_SYMBOL_GPL(timer_shutdown);

/* -1 when the callback is running (here: the caller is the callback). */
int try_to_del_timer_sync(struct timer_list *timer)
{
	if (kshim_timer_running(timer))
		return -1;
	return timer_delete(timer);
}
EXPORT_SYMBOL(try_to_del_timer_sync);

/* Nothing runs concurrently with a timer in kshim: deleted is not running. */
int timer_delete_sync(struct timer_list *timer)
{
	timer_warn(kshim_in_hardirq() && !(timer->flags & TIMER_IRQSAFE), NULL,
		   "del_timer_sync", 1564);
	return timer_delete(timer);
}
EXPORT_SYMBOL(timer_delete_sync);

int timer_shutdown_sync(struct timer_list *timer)
{
	int was = timer_delete_sync(timer);

	timer->function = NULL;
	return was;
}
EXPORT_SYMBOL_GPL(timer_shutdown_sync);

/* ---- sleeps and delays (host/delay.c moves the clock) ---- */

/* The sleep to the start of tick @ticks from now, as a timer would end it. */
static void sleep_ticks(unsigned long ticks)
{
	unsigned long long now = kshim_clock_ns();

	kshim_delay_ns((now / KSHIM_TICK_NS + ticks) * KSHIM_TICK_NS - now, 1);
}

void msleep(unsigned int msecs)
{
	sleep_ticks(__msecs_to_jiffies(msecs) + 1);
}
EXPORT_SYMBOL(msleep);

/* No signal ever interrupts it: 0 milliseconds left. */
unsigned long msleep_interruptible(unsigned int msecs)
{
	msleep(msecs);
	return 0;
}
EXPORT_SYMBOL(msleep_interruptible);

void usleep_range_state(unsigned long min, unsigned long max,
				unsigned int state)
{
	kshim_delay_ns(min * 1000ULL, 1);
}
EXPORT_SYMBOL(usleep_range_state);

void __udelay(unsigned long usecs)
{
	kshim_delay_ns(usecs * 1000ULL, 0);
}
EXPORT_SYMBOL(__udelay);

void __ndelay(unsigned long nsecs)
{
	kshim_delay_ns(nsecs, 0);
}
EXPORT_SYMBOL(__ndelay);

/*
 * udelay(n) and ndelay(n) of a constant: n * 0x10c7 or n * 5, 2^-32 s
 * units (asm-generic/delay.h). Undone exactly where it divides.
 */
void __const_udelay(unsigned long xloops)
{
	if (!(xloops % 0x10c7))
		kshim_delay_ns(xloops / 0x10c7 * 1000ULL, 0);
	else if (!(xloops % 5))
		kshim_delay_ns(xloops / 5, 0);
	else
		kshim_delay_ns(xloops * NSEC_PER_SEC >> 32, 0);
}
EXPORT_SYMBOL(__const_udelay);

void __delay(unsigned long loops)
{
	kshim_delay_ns(loops, 0);
}
EXPORT_SYMBOL(__delay);
