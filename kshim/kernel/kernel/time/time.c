// SPDX-License-Identifier: GPL-2.0-only
/*
 * The time conversions of kernel/time/time.c and timekeeping.c that are
 * out of line, beside those in kernel/time/timer.c, and loops_per_jiffy:
 * kshim's __delay() takes one loop for one nanosecond of virtual time.
 */
#include <linux/ktime.h>
#include <linux/time.h>
#include <linux/time32.h>
#include <linux/time64.h>
#include <linux/timekeeping.h>
#include <linux/jiffies.h>
#include <linux/math64.h>
#include <linux/delay.h>
#include <linux/export.h>
#include "../sched/sched.h"

/* __delay(loops_per_jiffy) lasts one jiffy: one loop, one ns. */
unsigned long loops_per_jiffy = NSEC_PER_SEC / HZ;
EXPORT_SYMBOL(loops_per_jiffy);

void set_normalized_timespec64(struct timespec64 *ts, time64_t sec, s64 nsec)
{
	while (nsec >= NSEC_PER_SEC) {
		nsec -= NSEC_PER_SEC;
		++sec;
	}
	while (nsec < 0) {
		nsec += NSEC_PER_SEC;
		--sec;
	}
	ts->tv_sec = sec;
	ts->tv_nsec = nsec;
}
EXPORT_SYMBOL(set_normalized_timespec64);

/* The remainder is never negative: -1 ns is -1 s + 999999999 ns. */
struct timespec64 ns_to_timespec64(s64 nsec)
{
	struct timespec64 ts = { 0, 0 };
	s32 rem;

	if (likely(nsec > 0)) {
		ts.tv_sec = div_u64_rem(nsec, NSEC_PER_SEC, &rem);
		ts.tv_nsec = rem;
	} else if (nsec < 0) {
		ts.tv_sec = -div_u64_rem(-nsec - 1, NSEC_PER_SEC, &rem) - 1;
		ts.tv_nsec = NSEC_PER_SEC - rem - 1;
	}
	return ts;
}
EXPORT_SYMBOL(ns_to_timespec64);

struct __kernel_old_timeval ns_to_kernel_old_timeval(s64 nsec)
{
	struct timespec64 ts = ns_to_timespec64(nsec);
	struct __kernel_old_timeval tv;

	tv.tv_sec = ts.tv_sec;
	tv.tv_usec = (suseconds_t)ts.tv_nsec / 1000;
	return tv;
}
EXPORT_SYMBOL(ns_to_kernel_old_timeval);

/* Gauss' algorithm: seconds since the epoch of a Gregorian date and time. */
time64_t mktime64(const unsigned int year0, const unsigned int mon0,
		  const unsigned int day, const unsigned int hour,
		  const unsigned int min, const unsigned int sec)
{
	unsigned int mon = mon0, year = year0;

	/* 1..12 -> 11,12,1..10: February last, for its leap day. */
	if (0 >= (int)(mon -= 2)) {
		mon += 12;
		year -= 1;
	}
	return ((((time64_t)(year / 4 - year / 100 + year / 400 +
			     367 * mon / 12 + day) +
		  year * 365 - 719499) * 24 + hour) * 60 + min) * 60 + sec;
}
EXPORT_SYMBOL(mktime64);

unsigned long timespec64_to_jiffies(const struct timespec64 *value)
{
	u64 ns = (u64)value->tv_sec * NSEC_PER_SEC + value->tv_nsec;

	if (value->tv_sec >= MAX_SEC_IN_JIFFIES)
		return MAX_JIFFY_OFFSET;
	return DIV_ROUND_UP_ULL(ns, NSEC_PER_SEC / HZ);
}
EXPORT_SYMBOL(timespec64_to_jiffies);

void jiffies_to_timespec64(const unsigned long jiffies,
			   struct timespec64 *value)
{
	u32 rem;

	value->tv_sec = div_u64_rem((u64)jiffies * (NSEC_PER_SEC / HZ),
				    NSEC_PER_SEC, &rem);
	value->tv_nsec = rem;
}
EXPORT_SYMBOL(jiffies_to_timespec64);

/* USER_HZ is HZ on this tree's x86 UML: clock_t ticks are jiffies. */
clock_t jiffies_to_clock_t(unsigned long x)
{
	return x / (HZ / USER_HZ);
}
EXPORT_SYMBOL(jiffies_to_clock_t);

unsigned long clock_t_to_jiffies(unsigned long x)
{
	return x * (HZ / USER_HZ);
}
EXPORT_SYMBOL(clock_t_to_jiffies);

u64 jiffies_64_to_clock_t(u64 x)
{
	return div_u64(x, HZ / USER_HZ);
}
EXPORT_SYMBOL(jiffies_64_to_clock_t);

/* The coarse clocks are the tick's: the clock at the last jiffy. */
void ktime_get_coarse_ts64(struct timespec64 *ts)
{
	*ts = ns_to_timespec64(kshim_jiffies_ns(jiffies));
}
EXPORT_SYMBOL(ktime_get_coarse_ts64);

void ktime_get_coarse_real_ts64(struct timespec64 *ts)
{
	*ts = ns_to_timespec64(kshim_jiffies_ns(jiffies) +
			       ktime_get_real() - ktime_get());
}
EXPORT_SYMBOL(ktime_get_coarse_real_ts64);

void ktime_get_raw_ts64(struct timespec64 *ts)
{
	*ts = ns_to_timespec64(ktime_get_raw());
}
EXPORT_SYMBOL(ktime_get_raw_ts64);

/* Booted at the wall clock's offset: nothing suspends. */
void getboottime64(struct timespec64 *ts)
{
	*ts = ns_to_timespec64(ktime_get_real() - ktime_get());
}
EXPORT_SYMBOL_GPL(getboottime64);

ktime_t ktime_mono_to_any(ktime_t tmono, enum tk_offsets offs)
{
	return tmono + ktime_get_with_offset(offs) - ktime_get();
}
EXPORT_SYMBOL_GPL(ktime_mono_to_any);

u32 ktime_get_resolution_ns(void)
{
	return 1;
}
EXPORT_SYMBOL_GPL(ktime_get_resolution_ns);
