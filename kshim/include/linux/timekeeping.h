/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The clocks, in virtual time: CLOCK_MONOTONIC starts at 0 on a fresh
 * kernel (jiffies at INITIAL_JIFFIES) and moves with jiffies
 * (host/time.c). No suspend: boottime is monotonic; the wall clock
 * (realtime, TAI) is the monotonic clock plus a fixed offset.
 */
#ifndef _LINUX_TIMEKEEPING_H
#define _LINUX_TIMEKEEPING_H

#include <linux/types.h>
#include <linux/time64.h>
#include <kshim/kapi.h>

/* 2023-01-01 00:00:00 UTC: a plausible wall clock at boot. */
#define __KSHIM_WALL_OFFSET	(1672531200LL * NSEC_PER_SEC)

static inline ktime_t ktime_get(void)
{
	return (ktime_t)kshim_clock_ns();
}

static inline ktime_t ktime_get_raw(void)
{
	return ktime_get();
}

static inline ktime_t ktime_get_boottime(void)
{
	return ktime_get();
}

static inline ktime_t ktime_get_real(void)
{
	return ktime_get() + __KSHIM_WALL_OFFSET;
}

static inline ktime_t ktime_get_clocktai(void)
{
	return ktime_get_real();
}

static inline ktime_t ktime_get_coarse(void)
{
	return ktime_get();
}

static inline u64 ktime_get_ns(void)
{
	return ktime_get();
}

static inline u64 ktime_get_raw_ns(void)
{
	return ktime_get();
}

static inline u64 ktime_get_boottime_ns(void)
{
	return ktime_get();
}

static inline u64 ktime_get_real_ns(void)
{
	return ktime_get_real();
}

static inline u64 ktime_get_mono_fast_ns(void)
{
	return ktime_get();
}

static inline u64 ktime_get_boot_fast_ns(void)
{
	return ktime_get();
}

static inline time64_t ktime_get_seconds(void)
{
	return ktime_get() / NSEC_PER_SEC;
}

static inline time64_t ktime_get_real_seconds(void)
{
	return ktime_get_real() / NSEC_PER_SEC;
}

static inline time64_t ktime_get_boottime_seconds(void)
{
	return ktime_get_seconds();
}

static inline void ktime_get_ts64(struct timespec64 *ts)
{
	*ts = ns_to_timespec64(ktime_get());
}

static inline void ktime_get_real_ts64(struct timespec64 *ts)
{
	*ts = ns_to_timespec64(ktime_get_real());
}

static inline void ktime_get_boottime_ts64(struct timespec64 *ts)
{
	ktime_get_ts64(ts);
}

static inline void ktime_get_raw_ts64(struct timespec64 *ts)
{
	ktime_get_ts64(ts);
}

#endif /* _LINUX_TIMEKEEPING_H */
