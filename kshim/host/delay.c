// SPDX-License-Identifier: GPL-2.0-only
/*
 * <linux/delay.h> in virtual time: a delay costs nothing real, it moves
 * jiffies. A busy wait's part of a tick is lost (jiffies only move on
 * ticks); a sleep ends on a tick at least its length later.
 */
#include "internal.h"

#define KSHIM_HZ	250
#define NS_PER_TICK	(1000000000ULL / KSHIM_HZ)

void kshim_delay_ns(unsigned long long ns, int sleep)
{
	unsigned long long ticks;

	if (sleep && kshim_in_hardirq()) {
		/* kernel/sched/core.c: __might_resched()'s report. */
		kshim_klog(3, "BUG: sleeping function called from invalid context");
		kshim_klog(3, "in_atomic(): 1, irqs_disabled(): 1, non_block: 0, pid: %d, name: %s",
			   kshim_current_pid(), kshim_current_comm());
		dump_stack();
		kshim_defect(KSHIM_DEFECT_MISUSE,
			     "a sleeping delay in a hard IRQ handler%s%s",
			     kshim_current_module() ? " of module " : "",
			     kshim_current_module() ? kshim_current_module() : "");
	}
	if (!sleep) {
		ticks = ns / NS_PER_TICK;
	} else {
		ticks = (ns + NS_PER_TICK - 1) / NS_PER_TICK;
		/* msleep(): schedule_timeout(msecs_to_jiffies(m) + 1). */
		if (sleep == 2)
			ticks++;
	}
	if (ticks)
		kshim_time_advance((unsigned long)ticks);
}
