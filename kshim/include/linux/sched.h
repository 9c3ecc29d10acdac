/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Tasks and sleeping, in kshim's simulated system (docs/kernel-api/sched.md).
 *
 * "current" is one task per host thread, named after what runs the module
 * code (insmod, rmmod, kworker/0:1...). A sleep does not block: kshim makes
 * the simulated system move (the test's idle hook, pending work, the next
 * timer) until the task is woken, its timeout passes, or nothing can wake
 * it any more (host/sched.c).
 */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

#include <linux/types.h>
#include <linux/limits.h>
#include <linux/kernel.h>
#include <linux/jiffies.h>
#include <asm/rwonce.h>
#include <kshim/schedapi.h>

/* Task states (include/linux/sched.h of 6.1). */
#define TASK_RUNNING			0x00000000
#define TASK_INTERRUPTIBLE		0x00000001
#define TASK_UNINTERRUPTIBLE		0x00000002
#define __TASK_STOPPED			0x00000004
#define __TASK_TRACED			0x00000008
#define EXIT_DEAD			0x00000010
#define EXIT_ZOMBIE			0x00000020
#define EXIT_TRACE			(EXIT_ZOMBIE | EXIT_DEAD)
#define TASK_PARKED			0x00000040
#define TASK_DEAD			0x00000080
#define TASK_WAKEKILL			0x00000100
#define TASK_WAKING			0x00000200
#define TASK_NOLOAD			0x00000400
#define TASK_NEW			0x00000800
#define TASK_FREEZABLE			0x00002000
#define TASK_STATE_MAX			0x00010000
#define TASK_ANY			(TASK_STATE_MAX - 1)
#define TASK_KILLABLE			(TASK_WAKEKILL | TASK_UNINTERRUPTIBLE)
#define TASK_STOPPED			(TASK_WAKEKILL | __TASK_STOPPED)
#define TASK_TRACED			__TASK_TRACED
#define TASK_IDLE			(TASK_UNINTERRUPTIBLE | TASK_NOLOAD)
#define TASK_NORMAL			(TASK_INTERRUPTIBLE | TASK_UNINTERRUPTIBLE)

#define TASK_COMM_LEN			16
#define MAX_SCHEDULE_TIMEOUT		LONG_MAX

/* PF_ flags a driver may test. */
#define PF_EXITING			0x00000004
#define PF_KTHREAD			0x00200000

struct task_struct {
	unsigned int __state;
	unsigned int flags;
	pid_t pid;
	pid_t tgid;
	char comm[TASK_COMM_LEN];
};

/* This thread's task, its name and PID brought up to date. */
struct task_struct *get_current(void);
#define current get_current()

/* A waker on another thread changes it: atomic accesses only. */
#define task_is_running(task)						\
	(__atomic_load_n(&(task)->__state, __ATOMIC_RELAXED) == TASK_RUNNING)
#define get_current_state()						\
	__atomic_load_n(&current->__state, __ATOMIC_RELAXED)

#define __set_current_state(state_value)				\
	__atomic_store_n(&current->__state, (state_value), __ATOMIC_RELAXED)
/* Ordered against the condition read after it, as smp_store_mb(). */
#define set_current_state(state_value)					\
	__atomic_store_n(&current->__state, (state_value), __ATOMIC_SEQ_CST)

static inline pid_t task_pid_nr(struct task_struct *tsk)
{
	return tsk->pid;
}

static inline pid_t task_tgid_nr(struct task_struct *tsk)
{
	return tsk->tgid;
}

#define task_pid_vnr(tsk)	task_pid_nr(tsk)
#define task_tgid_vnr(tsk)	task_tgid_nr(tsk)

/* KSHIM_SLEEP_* of a sleep in @state. */
static inline int __kshim_sleep_kind(unsigned int state)
{
	if (state & TASK_INTERRUPTIBLE)
		return KSHIM_SLEEP_INTERRUPTIBLE;
	if (state & TASK_WAKEKILL)
		return KSHIM_SLEEP_KILLABLE;
	if (state & TASK_NOLOAD)
		return KSHIM_SLEEP_IDLE;
	return KSHIM_SLEEP_UNINTERRUPTIBLE;
}

/*
 * schedule() and friends are functions, as in the kernel; the macros pass
 * the driver's line, which a hung-task report names.
 */
void schedule(void);
long schedule_timeout(long timeout);
long schedule_timeout_interruptible(long timeout);
long schedule_timeout_killable(long timeout);
long schedule_timeout_uninterruptible(long timeout);
long schedule_timeout_idle(long timeout);
void __kshim_schedule(const struct kshim_site *site);
long __kshim_schedule_timeout(long timeout, const struct kshim_site *site);

#define schedule()		__kshim_schedule(KSHIM_SITE)
#define schedule_timeout(t)	__kshim_schedule_timeout((t), KSHIM_SITE)
#define schedule_timeout_interruptible(t) ({				\
	__set_current_state(TASK_INTERRUPTIBLE);			\
	__kshim_schedule_timeout((t), KSHIM_SITE);			\
})
#define schedule_timeout_killable(t) ({					\
	__set_current_state(TASK_KILLABLE);				\
	__kshim_schedule_timeout((t), KSHIM_SITE);			\
})
#define schedule_timeout_uninterruptible(t) ({				\
	__set_current_state(TASK_UNINTERRUPTIBLE);			\
	__kshim_schedule_timeout((t), KSHIM_SITE);			\
})
#define schedule_timeout_idle(t) ({					\
	__set_current_state(TASK_IDLE);					\
	__kshim_schedule_timeout((t), KSHIM_SITE);			\
})
#define io_schedule()		schedule()
#define io_schedule_timeout(t)	schedule_timeout(t)

/* Wake @p when its state is in @state; 1 when it was woken. */
int wake_up_state(struct task_struct *p, unsigned int state);
int wake_up_process(struct task_struct *p);

/* One CPU, no preemption by others: nothing to give way to. */
int __kshim_cond_resched(const char *file, int line);
#define cond_resched()	__kshim_cond_resched(__FILE__, __LINE__)
void yield(void);

static inline int need_resched(void)
{
	return 0;
}

#include <linux/sched/signal.h>

#endif /* _LINUX_SCHED_H */
