/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Signals of "current": a test sends them with kshim_signal_pending() and
 * kshim_fatal_signal_pending(); an interruptible sleep that nothing can
 * end any more gets one too (docs/kernel-api/sched.md).
 */
#ifndef _LINUX_SCHED_SIGNAL_H
#define _LINUX_SCHED_SIGNAL_H

#include <linux/sched.h>

/* Other tasks than current never have a signal pending here. */
static inline int signal_pending(struct task_struct *p)
{
	return p == current && kshim_signal_check(0);
}

static inline int __fatal_signal_pending(struct task_struct *p)
{
	return p == current && kshim_signal_check(1);
}

static inline int fatal_signal_pending(struct task_struct *p)
{
	return signal_pending(p) && __fatal_signal_pending(p);
}

static inline int signal_pending_state(unsigned int state, struct task_struct *p)
{
	if (!(state & (TASK_INTERRUPTIBLE | TASK_WAKEKILL)))
		return 0;
	if (!signal_pending(p))
		return 0;
	return (state & TASK_INTERRUPTIBLE) || __fatal_signal_pending(p);
}

#endif /* _LINUX_SCHED_SIGNAL_H */
