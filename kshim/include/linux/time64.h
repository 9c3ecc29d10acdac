/* SPDX-License-Identifier: GPL-2.0-only */
/* Time units and struct timespec64, as 6.1's <linux/time64.h> and <vdso/time64.h>. */
#ifndef _LINUX_TIME64_H
#define _LINUX_TIME64_H

#include <linux/types.h>

#define MSEC_PER_SEC	1000L
#define USEC_PER_MSEC	1000L
#define NSEC_PER_USEC	1000L
#define NSEC_PER_MSEC	1000000L
#define USEC_PER_SEC	1000000L
#define NSEC_PER_SEC	1000000000L
#define PSEC_PER_SEC	1000000000000LL
#define FSEC_PER_SEC	1000000000000000LL

struct timespec64 {
	time64_t	tv_sec;			/* seconds */
	long		tv_nsec;		/* nanoseconds */
};

#define KTIME_MAX		((s64)~((u64)1 << 63))
#define KTIME_MIN		(-KTIME_MAX - 1)
#define KTIME_SEC_MAX		(KTIME_MAX / NSEC_PER_SEC)
#define KTIME_SEC_MIN		(KTIME_MIN / NSEC_PER_SEC)

static inline int timespec64_equal(const struct timespec64 *a,
				   const struct timespec64 *b)
{
	return a->tv_sec == b->tv_sec && a->tv_nsec == b->tv_nsec;
}

static inline s64 timespec64_to_ns(const struct timespec64 *ts)
{
	/* Saturate, as 6.1 does, rather than overflow. */
	if (ts->tv_sec >= KTIME_SEC_MAX)
		return KTIME_MAX;
	if (ts->tv_sec <= KTIME_SEC_MIN)
		return KTIME_MIN;
	return (s64)ts->tv_sec * NSEC_PER_SEC + ts->tv_nsec;
}

/* kernel/time/time.c: the remainder is never negative. */
static inline struct timespec64 ns_to_timespec64(s64 nsec)
{
	struct timespec64 ts = { 0, 0 };
	s64 rem;

	if (!nsec)
		return ts;
	ts.tv_sec = nsec / NSEC_PER_SEC;
	rem = nsec % NSEC_PER_SEC;
	if (rem < 0) {
		ts.tv_sec--;
		rem += NSEC_PER_SEC;
	}
	ts.tv_nsec = rem;
	return ts;
}

#endif /* _LINUX_TIME64_H */
