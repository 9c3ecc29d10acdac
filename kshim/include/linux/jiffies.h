/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * jiffies in virtual time (host/time.c): they move only when a test or a
 * delay moves the clock. Values and rounding are 6.1's for HZ 250
 * (include/linux/jiffies.h, kernel/time/time.c).
 */
#ifndef _LINUX_JIFFIES_H
#define _LINUX_JIFFIES_H

#include <linux/kernel.h>
#include <linux/limits.h>
#include <linux/math.h>
#include <linux/minmax.h>
#include <linux/types.h>
#include <linux/time64.h>
#include <kshim/kapi.h>

#define HZ		CONFIG_HZ
#define USER_HZ		100
#define CLOCKS_PER_SEC	USER_HZ
#define TICK_NSEC	((NSEC_PER_SEC + HZ / 2) / HZ)
#define TICK_USEC	((USEC_PER_SEC + HZ / 2) / HZ)

/* Five minutes before a 32-bit wrap, to catch wrap bugs early. */
#define INITIAL_JIFFIES	((unsigned long)(unsigned int)(-300 * HZ))

/* Defined in host/time.c; 64-bit: jiffies and jiffies_64 are one. */
extern unsigned long volatile jiffies;
#define jiffies_64	((u64)jiffies)

static inline u64 get_jiffies_64(void)
{
	return (u64)jiffies;
}

#define time_after(a, b)					\
	(typecheck(unsigned long, a) &&				\
	 typecheck(unsigned long, b) &&				\
	 ((long)((b) - (a)) < 0))
#define time_before(a, b)	time_after(b, a)
#define time_after_eq(a, b)					\
	(typecheck(unsigned long, a) &&				\
	 typecheck(unsigned long, b) &&				\
	 ((long)((a) - (b)) >= 0))
#define time_before_eq(a, b)	time_after_eq(b, a)
#define time_in_range(a, b, c)	(time_after_eq(a, b) && time_before_eq(a, c))
#define time_in_range_open(a, b, c) (time_after_eq(a, b) && time_before(a, c))

#define time_after64(a, b)					\
	(typecheck(__u64, a) &&					\
	 typecheck(__u64, b) &&					\
	 ((__s64)((b) - (a)) < 0))
#define time_before64(a, b)	time_after64(b, a)
#define time_after_eq64(a, b)					\
	(typecheck(__u64, a) &&					\
	 typecheck(__u64, b) &&					\
	 ((__s64)((a) - (b)) >= 0))
#define time_before_eq64(a, b)	time_after_eq64(b, a)
#define time_in_range64(a, b, c) (time_after_eq64(a, b) && time_before_eq64(a, c))

#define time_is_before_jiffies(a)	time_after(jiffies, a)
#define time_is_before_jiffies64(a)	time_after64(get_jiffies_64(), a)
#define time_is_after_jiffies(a)	time_before(jiffies, a)
#define time_is_after_jiffies64(a)	time_before64(get_jiffies_64(), a)
#define time_is_before_eq_jiffies(a)	time_after_eq(jiffies, a)
#define time_is_before_eq_jiffies64(a)	time_after_eq64(get_jiffies_64(), a)
#define time_is_after_eq_jiffies(a)	time_before_eq(jiffies, a)
#define time_is_after_eq_jiffies64(a)	time_before_eq64(get_jiffies_64(), a)

#define MAX_JIFFY_OFFSET	((LONG_MAX >> 1) - 1)

/* HZ 250 divides 1000, 10^6 and 10^9: every conversion is a multiply or a divide. */
static inline unsigned int jiffies_to_msecs(const unsigned long j)
{
	return (MSEC_PER_SEC / HZ) * j;
}

static inline unsigned int jiffies_to_usecs(const unsigned long j)
{
	return (USEC_PER_SEC / HZ) * j;
}

static inline u64 jiffies_to_nsecs(const unsigned long j)
{
	return (u64)jiffies_to_usecs(j) * NSEC_PER_USEC;
}

static inline u64 jiffies64_to_nsecs(u64 j)
{
	return (NSEC_PER_SEC / HZ) * j;
}

static inline u64 jiffies64_to_msecs(u64 j)
{
	return (MSEC_PER_SEC / HZ) * j;
}

/* A negative int, or more than MAX_JIFFY_OFFSET's milliseconds: "forever". */
static inline unsigned long msecs_to_jiffies(const unsigned int m)
{
	if ((int)m < 0)
		return MAX_JIFFY_OFFSET;
	if (m > jiffies_to_msecs(MAX_JIFFY_OFFSET))
		return MAX_JIFFY_OFFSET;
	return (m + (MSEC_PER_SEC / HZ) - 1) / (MSEC_PER_SEC / HZ);
}

static inline unsigned long usecs_to_jiffies(const unsigned int u)
{
	if (u > jiffies_to_usecs(MAX_JIFFY_OFFSET))
		return MAX_JIFFY_OFFSET;
	return (u + (USEC_PER_SEC / HZ) - 1) / (USEC_PER_SEC / HZ);
}

#define secs_to_jiffies(_secs)	(unsigned long)((_secs) * HZ)

static inline u64 nsecs_to_jiffies64(u64 n)
{
	return n / (NSEC_PER_SEC / HZ);
}

static inline unsigned long nsecs_to_jiffies(u64 n)
{
	return (unsigned long)nsecs_to_jiffies64(n);
}

static inline unsigned int jiffies_delta_to_msecs(long delta)
{
	return jiffies_to_msecs(max(0L, delta));
}

/*
 * kernel/time/timer.c round_jiffies_common() on CPU 0: to a whole second
 * (down when less than a quarter past, else up), unless that is not in
 * the future.
 */
static inline unsigned long __kshim_round_jiffies(unsigned long j, bool up)
{
	unsigned long rem = j % HZ;
	unsigned long r = (rem < HZ / 4 && !up) ? j - rem : j - rem + HZ;

	return time_is_after_jiffies(r) ? r : j;
}

static inline unsigned long round_jiffies(unsigned long j)
{
	return __kshim_round_jiffies(j, false);
}

static inline unsigned long round_jiffies_relative(unsigned long j)
{
	unsigned long j0 = jiffies;

	return __kshim_round_jiffies(j + j0, false) - j0;
}

static inline unsigned long round_jiffies_up(unsigned long j)
{
	return __kshim_round_jiffies(j, true);
}

static inline unsigned long round_jiffies_up_relative(unsigned long j)
{
	unsigned long j0 = jiffies;

	return __kshim_round_jiffies(j + j0, true) - j0;
}

#endif /* _LINUX_JIFFIES_H */
