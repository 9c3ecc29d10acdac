// SPDX-License-Identifier: GPL-2.0-only
/*
 * lockdep's entry points that modules call inline (kernel/locking/
 * lockdep.c): lock_acquire() and lock_release() from rcu_read_lock() and
 * might_lock(), the IRQ-state tracking of local_irq_save(), and the
 * suspicious-RCU report. kshim's locks validate themselves (host/lockdep.c,
 * at their own calls); here the RCU maps become host/sched.c's read-side
 * nesting and anything else is not tracked.
 */
#include <linux/lockdep.h>
#include <linux/rcupdate.h>
#include <linux/debug_locks.h>
#include <linux/export.h>
#include "../sched/sched.h"

static bool rcu_map(const struct lockdep_map *lock)
{
	return lock == &rcu_lock_map || lock == &rcu_bh_lock_map ||
	       lock == &rcu_sched_lock_map;
}

void lock_acquire(struct lockdep_map *lock, unsigned int subclass,
		  int trylock, int read, int check,
		  struct lockdep_map *nest_lock, unsigned long ip)
{
	if (rcu_map(lock))
		kshim_rcu_read_lock();
}
EXPORT_SYMBOL_GPL(lock_acquire);

void lock_release(struct lockdep_map *lock, unsigned long ip)
{
	if (rcu_map(lock))
		kshim_rcu_read_unlock(KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(lock_release);

/* Once per line, as on the old path (host/sched.c). */
void lockdep_rcu_suspicious(const char *file, const int line, const char *s)
{
	kshim_rcu_suspicious(KSHIM_CALLER_SITE, s);
}
EXPORT_SYMBOL_GPL(lockdep_rcu_suspicious);

/* The IRQ state is the host's (host/irq.c): nothing to track besides. */
void lockdep_hardirqs_on_prepare(void)
{
}
EXPORT_SYMBOL_GPL(lockdep_hardirqs_on_prepare);

void lockdep_hardirqs_on(unsigned long ip)
{
}
EXPORT_SYMBOL_GPL(lockdep_hardirqs_on);

void lockdep_hardirqs_off(unsigned long ip)
{
}
EXPORT_SYMBOL_GPL(lockdep_hardirqs_off);
