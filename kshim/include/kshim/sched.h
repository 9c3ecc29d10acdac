/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The harness of sleeping and waking (docs/kernel-api/sched.md). Plain C
 * types only.
 *
 * A sleeping driver (wait_event(), wait_for_completion(), schedule()...)
 * makes the simulated system move in its place: the idle hook below, then
 * pending work, then the clock to the next timer, until it is woken. When
 * nothing moves, an interruptible sleep gets a signal (-ERESTARTSYS), an
 * uninterruptible one is the kernel's hung task: a locking defect
 * "INFO: task <comm>:<pid> blocked for more than 120 seconds.", and the
 * module call crashes (KSHIM_CRASH).
 */
#ifndef _KSHIM_SCHED_H
#define _KSHIM_SCHED_H

#include <stdbool.h>
#ifdef __KERNEL__
#include <linux/types.h>	/* size_t: -nostdinc has no <stddef.h> */
#else
#include <stddef.h>
#endif

/*
 * Called first whenever a sleeping driver needs the world to move: the test
 * plays the hardware or another process there (kshim_irq_raise(), a
 * register write, complete()...). Return true when it did something, false
 * when it has nothing more to do: a sleep stalls only when the hook, work
 * and timers all had nothing to do. NULL removes it; kshim_reset() too.
 */
typedef bool (*kshim_idle_fn)(void *arg);
void kshim_set_idle_hook(kshim_idle_fn fn, void *arg);

/*
 * A signal for the current task (the calling thread's): signal_pending()
 * is then true, interruptible sleeps end with -ERESTARTSYS. A fatal one
 * (SIGKILL) ends killable sleeps too. Both stay until cleared here or by
 * kshim_reset().
 */
void kshim_signal_pending(bool pending);
void kshim_fatal_signal_pending(bool pending);

/* call_rcu() callbacks and kfree_rcu() objects waiting for a grace period. */
size_t kshim_rcu_pending(void);

#endif /* _KSHIM_SCHED_H */
