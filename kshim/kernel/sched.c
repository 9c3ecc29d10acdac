// SPDX-License-Identifier: GPL-2.0-only
/*
 * Tasks (<linux/sched.h>): one task_struct per host thread, and sleeping
 * in the simulated system through host/sched.c's steps.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>

static __thread struct task_struct kshim_task;

struct task_struct *get_current(void)
{
	struct task_struct *tsk = &kshim_task;
	const char *comm = kshim_current_comm();

	/* What runs module code changes (insmod, rmmod, a kworker). */
	if (strncmp(tsk->comm, comm, TASK_COMM_LEN - 1))
		strscpy(tsk->comm, comm, TASK_COMM_LEN);
	tsk->pid = kshim_current_pid();
	tsk->tgid = tsk->pid;
	return tsk;
}

void __kshim_task_running(void)
{
	__atomic_store_n(&kshim_task.__state, TASK_RUNNING, __ATOMIC_RELAXED);
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

/* Step the simulated system until someone wakes @tsk, or nothing can. */
static void sleep_until_woken(struct task_struct *tsk, struct kshim_sleep *sl)
{
	while (__atomic_load_n(&tsk->__state, __ATOMIC_ACQUIRE) != TASK_RUNNING)
		if (kshim_sleep_step(sl) != KSHIM_SLEEP_AGAIN)
			break;
	__set_current_state(TASK_RUNNING);
}

void __kshim_schedule(const struct kshim_site *site)
{
	struct task_struct *tsk = current;
	unsigned int state = get_current_state();
	struct kshim_sleep sl;

	if (state == TASK_RUNNING) {
		kshim_schedule_check();
		return;
	}
	kshim_sleep_begin(&sl, __kshim_sleep_kind(state), MAX_SCHEDULE_TIMEOUT,
			  "schedule()", site);
	sleep_until_woken(tsk, &sl);
}

long __kshim_schedule_timeout(long timeout, const struct kshim_site *site)
{
	struct task_struct *tsk = current;
	unsigned int state;
	struct kshim_sleep sl;

	if (timeout == MAX_SCHEDULE_TIMEOUT) {
		__kshim_schedule(site);
		return timeout;
	}
	if (timeout < 0) {
		/* kernel/time/timer.c's complaint. */
		printk(KERN_ERR "schedule_timeout: wrong timeout value %lx\n",
		       timeout);
		dump_stack();
		__set_current_state(TASK_RUNNING);
		return 0;
	}
	state = get_current_state();
	kshim_sleep_begin(&sl, __kshim_sleep_kind(state), timeout,
			  "schedule_timeout()", site);
	if (state == TASK_RUNNING) {
		/* Nothing to sleep for: the timer had no time to fire. */
		kshim_schedule_check();
		return timeout;
	}
	sleep_until_woken(tsk, &sl);
	return kshim_sleep_left(&sl);
}

/* The functions behind the macros, for a driver that takes their address. */
#undef schedule
#undef schedule_timeout
#undef schedule_timeout_interruptible
#undef schedule_timeout_killable
#undef schedule_timeout_uninterruptible
#undef schedule_timeout_idle

void schedule(void)
{
	__kshim_schedule(NULL);
}

long schedule_timeout(long timeout)
{
	return __kshim_schedule_timeout(timeout, NULL);
}

long schedule_timeout_interruptible(long timeout)
{
	__set_current_state(TASK_INTERRUPTIBLE);
	return __kshim_schedule_timeout(timeout, NULL);
}

long schedule_timeout_killable(long timeout)
{
	__set_current_state(TASK_KILLABLE);
	return __kshim_schedule_timeout(timeout, NULL);
}

long schedule_timeout_uninterruptible(long timeout)
{
	__set_current_state(TASK_UNINTERRUPTIBLE);
	return __kshim_schedule_timeout(timeout, NULL);
}

long schedule_timeout_idle(long timeout)
{
	__set_current_state(TASK_IDLE);
	return __kshim_schedule_timeout(timeout, NULL);
}

int __kshim_cond_resched(const char *file, int line)
{
	/* __might_resched(): the same check as might_sleep(). */
	kshim_might_sleep(file, line);
	return 0;
}

void yield(void)
{
	kshim_schedule_check();
}
