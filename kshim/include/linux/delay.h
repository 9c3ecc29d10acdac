/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Delays in virtual time (host/delay.c): they return at once, the clock
 * moved by the time they take, timers due on the way fired (from process
 * context). A busy wait (ndelay, udelay, mdelay) moves it by exactly its
 * length; a sleep to a tick at least its length later, msleep() one tick
 * more. Sleeping in a hard IRQ handler or softirq context is reported.
 */
#ifndef _LINUX_DELAY_H
#define _LINUX_DELAY_H

#include <linux/math.h>
#include <linux/types.h>
#include <kshim/kapi.h>

#define MAX_UDELAY_MS	5

static inline void ndelay(unsigned long nsecs)
{
	kshim_delay_ns(nsecs, 0);
}

static inline void udelay(unsigned long usecs)
{
	kshim_delay_ns(usecs * 1000ULL, 0);
}

static inline void mdelay(unsigned long msecs)
{
	kshim_delay_ns(msecs * 1000000ULL, 0);
}

/* At least @msecs: msecs_to_jiffies(@msecs) + 1 ticks, as kernel/time/timer.c. */
static inline void msleep(unsigned int msecs)
{
	kshim_delay_ns(msecs * 1000000ULL, 2);
}

/* No signal ever interrupts it: 0 milliseconds left. */
static inline unsigned long msleep_interruptible(unsigned int msecs)
{
	msleep(msecs);
	return 0;
}

static inline void ssleep(unsigned int seconds)
{
	msleep(seconds * 1000);
}

static inline void usleep_range(unsigned long min, unsigned long max)
{
	kshim_delay_ns(min * 1000ULL, 1);
}

static inline void usleep_range_state(unsigned long min, unsigned long max,
				      unsigned int state)
{
	usleep_range(min, max);
}

static inline void fsleep(unsigned long usecs)
{
	if (usecs <= 10)
		udelay(usecs);
	else if (usecs <= 20000)
		usleep_range(usecs, 2 * usecs);
	else
		msleep(DIV_ROUND_UP(usecs, 1000));
}

#endif /* _LINUX_DELAY_H */
