// SPDX-License-Identifier: GPL-2.0-only
/*
 * Tasks and sleeping (kernel/sched/core.c, kernel/time/timer.c's
 * schedule_timeout()), for modules built against the kernel's own headers.
 * One task_struct per host thread, at the bottom of its task stack (host/
 * task.c); a sleep makes the simulated system move through host/sched.c's
 * steps until someone wakes the task (its state back to TASK_RUNNING) or
 * its timeout passes. A kthread's sleep hands the CPU back instead.
 */
#include <linux/sched.h>
#include <linux/sched/debug.h>
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/string.h>
#include <linux/printk.h>
#include <linux/signal.h>
#include "sched.h"

/* A host thread with no task stack (none could be made): its task. */
static __thread struct task_struct kshim_current;

/*
 * The task of the calling host thread: the one at the bottom of its task
 * stack, which is `current` in module code and in what module code calls.
 * Host code outside any module call (a reset, a timer firing) is not on
 * that stack, so `current` is not usable there, but this is: the same task.
 */
struct task_struct *kshim_task(void)
{
	struct thread_info *ti = kshim_task_stack();
	struct task_struct *tsk = ti ? ti->task : &kshim_current;
	const char *comm;

	/* A kthread keeps its name; else what runs it changes (insmod, rmmod). */
	if (!(tsk->flags & PF_KTHREAD)) {
		comm = kshim_current_comm();
		if (strncmp(tsk->comm, comm, TASK_COMM_LEN - 1))
			strscpy(tsk->comm, comm, TASK_COMM_LEN);
		tsk->pid = kshim_current_pid();
		tsk->tgid = tsk->pid;
	}
	return tsk;
}

/* The host's hook: an unwound or reset task is running again. */
void __kshim_task_running(void)
{
	void *lo, *hi;

	__atomic_store_n(&kshim_current.__state, TASK_RUNNING, __ATOMIC_RELAXED);
	if (kshim_task_stack_range(&lo, &hi))
		__atomic_store_n(&((struct thread_info *)lo)->task->__state,
				 TASK_RUNNING, __ATOMIC_RELAXED);
}

/*
 * signal_pending() and fatal_signal_pending() are inline: they read the
 * task's TIF_SIGPENDING and SIGKILL. kshim's signals are the host's
 * (host/sched.c): the task gets them where a sleep ends.
 */
void kshim_task_signals(struct task_struct *tsk)
{
	unsigned long kill = 1UL << (SIGKILL - 1);

	if (kshim_signal_check(0))
		set_ti_thread_flag(task_thread_info(tsk), TIF_SIGPENDING);
	else
		clear_ti_thread_flag(task_thread_info(tsk), TIF_SIGPENDING);
	if (kshim_signal_check(1))
		tsk->pending.signal.sig[0] |= kill;
	else
		tsk->pending.signal.sig[0] &= ~kill;
}

static int sleep_kind(unsigned int state)
{
	if (state & TASK_INTERRUPTIBLE)
		return KSHIM_SLEEP_INTERRUPTIBLE;
	if (state & TASK_WAKEKILL)
		return KSHIM_SLEEP_KILLABLE;
	if (state & TASK_NOLOAD)
		return KSHIM_SLEEP_IDLE;
	return KSHIM_SLEEP_UNINTERRUPTIBLE;
}

int wake_up_state(struct task_struct *p, unsigned int state)
{
	unsigned int old = __atomic_load_n(&p->__state, __ATOMIC_ACQUIRE);

	do {
		if (!(old & state))
			return 0;
	} while (!__atomic_compare_exchange_n(&p->__state, &old, TASK_RUNNING,
					      false, __ATOMIC_SEQ_CST,
					      __ATOMIC_ACQUIRE));
	return 1;
}

int wake_up_process(struct task_struct *p)
{
	return wake_up_state(p, TASK_NORMAL);
}
EXPORT_SYMBOL(wake_up_process);

int default_wake_function(wait_queue_entry_t *curr, unsigned int mode,
			  int wake_flags, void *key)
{
	/* An entry without a task (a custom function's) has no one to wake. */
	if (!curr->private)
		return 0;
	return wake_up_state(curr->private, mode);
}
EXPORT_SYMBOL(default_wake_function);

/* Host ticks (kshim's HZ) until this tree's tick @timeout from now. */
static long host_ticks(long timeout, unsigned long long now)
{
	unsigned long long host_tick = NSEC_PER_SEC / 250, end;

	if (timeout > LONG_MAX / 4)
		return LONG_MAX - 1;
	end = (now / KSHIM_TICK_NS + timeout) * KSHIM_TICK_NS;
	return (end - now / host_tick * host_tick + host_tick - 1) / host_tick;
}

long kshim_sleep(long timeout, const char *what, const struct kshim_site *site)
{
	struct task_struct *tsk = kshim_task();
	unsigned int state = READ_ONCE(tsk->__state);
	unsigned long expire = jiffies + timeout;
	struct kshim_sleep sl;
	long left;

	if (state == TASK_RUNNING) {
		/* Nothing to sleep for: the timer had no time to fire. */
		kshim_schedule_check();
		return timeout;
	}
	/* A kthread gives the CPU back instead (kernel/kthread.c). */
	if (tsk->flags & PF_KTHREAD)
		return kshim_kthread_sleep(tsk, timeout, site);
	kshim_sleep_begin(&sl, sleep_kind(state),
			  timeout == MAX_SCHEDULE_TIMEOUT ? timeout :
			  host_ticks(timeout, kshim_clock_ns()), what, site);
	while (__atomic_load_n(&tsk->__state, __ATOMIC_ACQUIRE) != TASK_RUNNING)
		if (kshim_sleep_step(&sl) != KSHIM_SLEEP_AGAIN)
			break;
	__atomic_store_n(&tsk->__state, TASK_RUNNING, __ATOMIC_RELAXED);
	kshim_task_signals(tsk);
	if (timeout == MAX_SCHEDULE_TIMEOUT)
		return timeout;
	left = (long)(expire - jiffies);
	return left > 0 ? left : 0;
}

asmlinkage __visible void __sched schedule(void)
{
	kshim_sleep(MAX_SCHEDULE_TIMEOUT, kshim_wait_event_name(false),
		    KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(schedule);

static long timeout_at(long timeout, const struct kshim_site *site)
{
	if (timeout < 0 && timeout != MAX_SCHEDULE_TIMEOUT) {
		/* kernel/time/timer.c's complaint. */
		printk(KERN_ERR "schedule_timeout: wrong timeout value %lx\n",
		       timeout);
		dump_stack();
		__atomic_store_n(&kshim_task()->__state, TASK_RUNNING,
				 __ATOMIC_RELAXED);
		return 0;
	}
	return kshim_sleep(timeout,
			   kshim_wait_event_name(timeout != MAX_SCHEDULE_TIMEOUT),
			   site);
}

signed long __sched schedule_timeout(signed long timeout)
{
	return timeout_at(timeout, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(schedule_timeout);

static long timeout_in(unsigned int state, long timeout,
		       const struct kshim_site *site)
{
	__atomic_store_n(&kshim_task()->__state, state, __ATOMIC_RELAXED);
	return timeout_at(timeout, site);
}

signed long __sched schedule_timeout_interruptible(signed long timeout)
{
	return timeout_in(TASK_INTERRUPTIBLE, timeout, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(schedule_timeout_interruptible);

signed long __sched schedule_timeout_killable(signed long timeout)
{
	return timeout_in(TASK_KILLABLE, timeout, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(schedule_timeout_killable);

signed long __sched schedule_timeout_uninterruptible(signed long timeout)
{
	return timeout_in(TASK_UNINTERRUPTIBLE, timeout, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(schedule_timeout_uninterruptible);

signed long __sched schedule_timeout_idle(signed long timeout)
{
	return timeout_in(TASK_IDLE, timeout, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(schedule_timeout_idle);

/* One CPU and no preemption to give way to: nothing to run instead. */
int __sched __cond_resched(void)
{
	return 0;
}
EXPORT_SYMBOL(__cond_resched);

void __sched yield(void)
{
	kshim_schedule_check();
}
EXPORT_SYMBOL(yield);
