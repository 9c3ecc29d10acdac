// SPDX-License-Identifier: GPL-2.0-only
/*
 * Virtual time. jiffies start where 6.1 starts them (five minutes before
 * wrapping, to catch wrap bugs early) and move only when a test says so.
 */
#include "internal.h"

#define KSHIM_HZ		250
#define INITIAL_JIFFIES		((unsigned long)(unsigned int)(-300 * KSHIM_HZ))

static unsigned long jiffies_now = INITIAL_JIFFIES;

unsigned long kshim_jiffies(void)
{
	return __atomic_load_n(&jiffies_now, __ATOMIC_RELAXED);
}

void kshim_time_advance(unsigned long ticks)
{
	__atomic_add_fetch(&jiffies_now, ticks, __ATOMIC_RELAXED);
}

void kshim_jiffies_advance(unsigned long ticks)
{
	kshim_time_advance(ticks);
}

void kshim_time_reset(void)
{
	__atomic_store_n(&jiffies_now, INITIAL_JIFFIES, __ATOMIC_RELAXED);
}
