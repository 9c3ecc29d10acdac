// SPDX-License-Identifier: GPL-2.0-only
/*
 * RCU's read side under lockdep (kernel/rcu/update.c). rcu_read_lock() is
 * inline: preempt_disable() (nothing here: no PREEMPT_COUNT) and
 * lock_acquire() of rcu_lock_map, which kernel/locking/lockdep.c turns
 * into host/sched.c's read-side nesting, the depth that might_sleep() and
 * the old path's checks read. rcu_dereference_check() asks the functions
 * below, and reports through lockdep_rcu_suspicious().
 */
#include <linux/rcupdate.h>
#include <linux/lockdep.h>
#include <linux/export.h>
#include "../sched/sched.h"

/* Their address is all that matters: lock_acquire() knows them. */
struct lockdep_map rcu_lock_map = { .name = "rcu_read_lock" };
EXPORT_SYMBOL_GPL(rcu_lock_map);
struct lockdep_map rcu_bh_lock_map = { .name = "rcu_read_lock_bh" };
EXPORT_SYMBOL_GPL(rcu_bh_lock_map);
struct lockdep_map rcu_sched_lock_map = { .name = "rcu_read_lock_sched" };
EXPORT_SYMBOL_GPL(rcu_sched_lock_map);
struct lockdep_map rcu_callback_map = { .name = "rcu_callback" };
EXPORT_SYMBOL_GPL(rcu_callback_map);

/* The old path always checks. */
int debug_lockdep_rcu_enabled(void)
{
	return 1;
}
EXPORT_SYMBOL_GPL(debug_lockdep_rcu_enabled);

int rcu_read_lock_held(void)
{
	return kshim_rcu_read_depth() > 0;
}
EXPORT_SYMBOL_GPL(rcu_read_lock_held);

/* Preemption or interrupts off, or in an interrupt: a sched section too. */
int rcu_read_lock_any_held(void)
{
	return kshim_rcu_read_depth() > 0 || kshim_preempt_count() ||
	       kshim_irqs_disabled();
}
EXPORT_SYMBOL_GPL(rcu_read_lock_any_held);

int rcu_read_lock_bh_held(void)
{
	return rcu_read_lock_any_held();
}
EXPORT_SYMBOL_GPL(rcu_read_lock_bh_held);

int rcu_read_lock_sched_held(void)
{
	return rcu_read_lock_any_held();
}
EXPORT_SYMBOL(rcu_read_lock_sched_held);
