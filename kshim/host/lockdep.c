// SPDX-License-Identifier: GPL-2.0-only
/* Lock validation in the spirit of lockdep: held locks, classes, order. */
#include "internal.h"

void kshim_lockdep_unload(const char *module, const char *when)
{
}

void kshim_lockdep_reset(void)
{
}

void kshim_might_sleep(const char *file, int line)
{
}

void kshim_schedule_check(void)
{
}

int kshim_preempt_count(void)
{
	return 0;
}
