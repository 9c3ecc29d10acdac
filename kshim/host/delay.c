// SPDX-License-Identifier: GPL-2.0-only
/*
 * <linux/delay.h> in virtual time: a delay costs nothing real, it moves
 * the clock (host/time.c), and timers due on the way fire (from process
 * context). A busy wait moves it by exactly its length; a sleep ends on a
 * tick at least its length later; msleep() sleeps msecs_to_jiffies() + 1
 * ticks, as kernel/time/timer.c's schedule_timeout() does.
 */
#include "internal.h"

#define KSHIM_HZ	250
#define NS_PER_TICK	(1000000000ULL / KSHIM_HZ)

void kshim_delay_ns(unsigned long long ns, int sleep)
{
	if (sleep && (kshim_in_hardirq() || kshim_in_softirq())) {
		/* kernel/sched/core.c: __might_resched()'s report. */
		kshim_klog(3, "BUG: sleeping function called from invalid context");
		kshim_klog(3, "in_atomic(): 1, irqs_disabled(): %d, non_block: 0, pid: %d, name: %s",
			   kshim_irqs_disabled() ? 1 : 0, kshim_current_pid(),
			   kshim_current_comm());
		dump_stack();
		kshim_defect(KSHIM_DEFECT_MISUSE,
			     "a sleeping delay in %s%s%s",
			     kshim_in_hardirq() ? "a hard IRQ handler" :
			     "softirq context (a timer or tasklet)",
			     kshim_current_module() ? " of module " : "",
			     kshim_current_module() ? kshim_current_module() : "");
	} else if (sleep) {
		/*
		 * msleep() and friends end in schedule(): with a spinlock held,
		 * preemption or interrupts off, or in an RCU reader, that is
		 * "scheduling while atomic" (host/lockdep.c).
		 */
		kshim_schedule_check();
	}
	if (!sleep)
		kshim_time_advance_ns(ns);
	else if (sleep == 2)
		/* msecs_to_jiffies() rounds up: (m + 3) / 4 at HZ 250. */
		kshim_time_sleep_ticks((unsigned long)((ns + NS_PER_TICK - 1) /
						       NS_PER_TICK) + 1);
	else
		kshim_time_sleep_ns(ns);
}
