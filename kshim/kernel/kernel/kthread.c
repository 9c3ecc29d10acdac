// SPDX-License-Identifier: GPL-2.0-only
/*
 * Kernel threads (kernel/kthread.c), for modules built against the
 * kernel's own headers.
 *
 * kshim is deterministic, with one CPU: a kthread is a task of its own
 * (its own host thread and task stack, host/task.c, so `current`, its held
 * locks and its IRQ state are its own), but it runs only when the
 * simulated system is stepped, where work runs: a sleeper's step, a
 * test's kshim_run_work(), kthread_stop() and kthread_park(). Then each
 * runnable kthread (TASK_RUNNING: woken by wake_up_process(), by its
 * sleep's timeout or by kthread_stop()) runs, in creation order, until it
 * sleeps or returns, while the task that stepped waits. A kthread's sleep
 * (schedule(), schedule_timeout(), wait_event()...) hands the CPU back
 * instead of stepping the system itself; its timeout is a timer of the
 * host's queue, so virtual time moves to it as to any timer.
 *
 * As in 6.1, a new kthread sleeps until woken, and one stopped before it
 * ever ran never calls its function (kthread_stop() returns -EINTR).
 */
#include <linux/kthread.h>
#include <linux/sched.h>
#include <linux/completion.h>
#include <linux/err.h>
#include <linux/export.h>
#include <linux/string.h>
#include <linux/printk.h>
#include <linux/thread_info.h>
#include "sched/sched.h"

enum {
	KT_SHOULD_STOP,
	KT_SHOULD_PARK,
	KT_IS_PARKED,
	KT_EXITED,
	KT_RUNNING,		/* on the CPU now */
};

struct kthread {
	unsigned long flags;
	int (*threadfn)(void *);
	void *data;
	void *ht;			/* its host thread */
	struct task_struct *task;
	struct task_struct *waiter;	/* in kthread_stop() or kthread_park() */
	const struct kshim_site *site;
	long result;
	bool used;
};

/* Few kthreads per test: a table, in creation order, which is run order. */
#define MAX_KTHREADS	64
static struct kthread kthreads[MAX_KTHREADS];

static struct kthread *to_kthread(struct task_struct *k)
{
	return (k && (k->flags & PF_KTHREAD)) ? k->worker_private : NULL;
}

static struct kthread *self(void)
{
	return to_kthread(kshim_task());
}

/* On the kthread's host thread, guarded as its module's code. */
static int kthread_main(void *arg)
{
	struct kthread *kt = arg;

	kt->result = -EINTR;
	if (!test_bit(KT_SHOULD_STOP, &kt->flags))
		kt->result = kt->threadfn(kt->data);
	return 0;
}

static void exited(struct kthread *kt)
{
	set_bit(KT_EXITED, &kt->flags);
	__atomic_store_n(&kt->task->__state, TASK_DEAD, __ATOMIC_RELAXED);
	if (kt->waiter)
		wake_up_process(kt->waiter);
}

/* Let @kt run until it sleeps or ends; false when it cannot run. */
static bool run_one(struct kthread *kt)
{
	int crashed;

	if (!kt->used || test_bit(KT_EXITED, &kt->flags) ||
	    test_bit(KT_RUNNING, &kt->flags) ||
	    READ_ONCE(kt->task->__state) != TASK_RUNNING)
		return false;
	set_bit(KT_RUNNING, &kt->flags);
	if (kshim_htask_run(kt->ht, &crashed) && !test_bit(KT_EXITED, &kt->flags)) {
		/* A crash is reported by the guard: the thread is dead. */
		if (crashed)
			kt->result = -EFAULT;
		exited(kt);
	}
	clear_bit(KT_RUNNING, &kt->flags);
	return true;
}

/* The host's step (host/workqueue.c): each runnable kthread once. */
int __kshim_tasks_run(void)
{
	int i, n = 0;

	/* Only a task that is not a kthread steps the system. */
	if (kshim_htask_self())
		return 0;
	for (i = 0; i < MAX_KTHREADS; i++)
		n += run_one(&kthreads[i]);
	return n;
}

/* The host's reset (host/sched.c): the kthreads of the old kernel are gone. */
void __kshim_kthread_reset(void)
{
	int i;

	for (i = 0; i < MAX_KTHREADS; i++) {
		if (kthreads[i].used && test_bit(KT_EXITED, &kthreads[i].flags))
			kshim_htask_free(kthreads[i].ht);
		/* One never ended stays parked on its host thread, never run. */
		memset(&kthreads[i], 0, sizeof(kthreads[i]));
	}
}

static int timeout_fire(void *obj)
{
	struct kthread *kt = obj;

	wake_up_process(kt->task);
	return 0;
}

/* kernel/sched/core.c's kshim_sleep() in a kthread: the CPU goes back. */
long kshim_kthread_sleep(struct task_struct *tsk, long timeout,
			 const struct kshim_site *site)
{
	struct kthread *kt = to_kthread(tsk);
	unsigned long expire = jiffies + timeout;
	long left;

	kshim_schedule_check();
	if (timeout != MAX_SCHEDULE_TIMEOUT)
		/* process_timeout(): the start of tick jiffies + timeout. */
		kshim_timer_add(kt, 1, kshim_jiffies_ns(expire), timeout_fire,
				(const void *)kt->threadfn, site,
				kshim_module_at(kt->threadfn));
	while (READ_ONCE(tsk->__state) != TASK_RUNNING)
		kshim_htask_yield();
	kshim_timer_del(kt);
	kshim_task_signals(tsk);
	if (timeout == MAX_SCHEDULE_TIMEOUT)
		return timeout;
	left = (long)(expire - jiffies);
	return left > 0 ? left : 0;
}

struct task_struct *kthread_create_on_node(int (*threadfn)(void *data),
					   void *data, int node,
					   const char namefmt[], ...)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	struct task_struct *task;
	struct kthread *kt = NULL;
	char comm[TASK_COMM_LEN];
	void *base;
	va_list args;
	int i;

	/* Its task_struct and stack are allocations that can fail. */
	if (kshim_fault(site, "kthread_create_on_node"))
		return ERR_PTR(-ENOMEM);
	for (i = 0; i < MAX_KTHREADS && !kt; i++)
		if (!kthreads[i].used)
			kt = &kthreads[i];
	if (!kt) {
		pr_warn("kshim: more than %d kthreads\n", MAX_KTHREADS);
		return ERR_PTR(-EAGAIN);
	}
	va_start(args, namefmt);
	vsnprintf(comm, sizeof(comm), namefmt, args);
	va_end(args);
	memset(kt, 0, sizeof(*kt));
	kt->threadfn = threadfn;
	kt->data = data;
	kt->site = site;
	kt->ht = kshim_htask_new(kshim_module_at(threadfn), comm, kthread_main,
				 kt, &base);
	if (!kt->ht)
		return ERR_PTR(-ENOMEM);
	task = ((struct thread_info *)base)->task;
	task->flags |= PF_KTHREAD | PF_NOFREEZE;
	task->worker_private = kt;
	strscpy(task->comm, comm, sizeof(task->comm));
	/* kthread(): the new thread sleeps until someone wakes it. */
	task->__state = TASK_UNINTERRUPTIBLE;
	kt->task = task;
	kt->used = true;
	return task;
}
EXPORT_SYMBOL(kthread_create_on_node);

struct task_struct *kthread_create_on_cpu(int (*threadfn)(void *data),
					  void *data, unsigned int cpu,
					  const char *namefmt)
{
	/* One CPU; namefmt may hold a %u for it. */
	return kthread_create_on_node(threadfn, data, NUMA_NO_NODE, namefmt,
				      cpu);
}
EXPORT_SYMBOL(kthread_create_on_cpu);

/* One CPU: every CPU is this one. */
void kthread_bind(struct task_struct *p, unsigned int cpu)
{
}
EXPORT_SYMBOL(kthread_bind);

void kthread_bind_mask(struct task_struct *p, const struct cpumask *mask)
{
}

/* The caller sleeps, stepping the system, until @kt's flag @bit is set. */
static void wait_for(struct kthread *kt, int bit, const char *what,
		     const struct kshim_site *site)
{
	struct task_struct *me = kshim_task();

	kt->waiter = me;
	while (!test_bit(bit, &kt->flags) && !test_bit(KT_EXITED, &kt->flags)) {
		__atomic_store_n(&me->__state, TASK_UNINTERRUPTIBLE,
				 __ATOMIC_SEQ_CST);
		if (test_bit(bit, &kt->flags) || test_bit(KT_EXITED, &kt->flags))
			break;
		/* Run it now if it can: the stopper waits for it anyway. */
		if (!run_one(kt))
			kshim_sleep(MAX_SCHEDULE_TIMEOUT, what, site);
	}
	__atomic_store_n(&me->__state, TASK_RUNNING, __ATOMIC_RELAXED);
	kt->waiter = NULL;
}

int kthread_stop(struct task_struct *k)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	struct kthread *kt = to_kthread(k);
	long ret;

	if (WARN_ON(!kt))
		return -EINVAL;
	kshim_might_sleep("kernel/kthread.c", 703);
	set_bit(KT_SHOULD_STOP, &kt->flags);
	clear_bit(KT_SHOULD_PARK, &kt->flags);
	wake_up_state(k, TASK_NORMAL | TASK_PARKED);
	wait_for(kt, KT_EXITED, "kthread_stop()", site);
	ret = kt->result;
	kshim_htask_free(kt->ht);
	memset(kt, 0, sizeof(*kt));
	return ret;
}
EXPORT_SYMBOL(kthread_stop);

bool kthread_should_stop(void)
{
	struct kthread *kt = self();

	return kt && test_bit(KT_SHOULD_STOP, &kt->flags);
}
EXPORT_SYMBOL(kthread_should_stop);

bool kthread_freezable_should_stop(bool *was_frozen)
{
	/* No freezer: never frozen. */
	if (was_frozen)
		*was_frozen = false;
	return kthread_should_stop();
}
EXPORT_SYMBOL_GPL(kthread_freezable_should_stop);

bool __kthread_should_park(struct task_struct *k)
{
	struct kthread *kt = to_kthread(k);

	return kt && test_bit(KT_SHOULD_PARK, &kt->flags);
}
EXPORT_SYMBOL_GPL(__kthread_should_park);

bool kthread_should_park(void)
{
	return __kthread_should_park(kshim_task());
}
EXPORT_SYMBOL_GPL(kthread_should_park);

void kthread_parkme(void)
{
	struct kthread *kt = self();
	struct task_struct *me;

	if (!kt)
		return;
	me = kt->task;
	while (test_bit(KT_SHOULD_PARK, &kt->flags)) {
		__atomic_store_n(&me->__state, TASK_PARKED, __ATOMIC_SEQ_CST);
		if (!test_and_set_bit(KT_IS_PARKED, &kt->flags) && kt->waiter)
			wake_up_process(kt->waiter);
		kshim_kthread_sleep(me, MAX_SCHEDULE_TIMEOUT, NULL);
	}
	clear_bit(KT_IS_PARKED, &kt->flags);
	__atomic_store_n(&me->__state, TASK_RUNNING, __ATOMIC_RELAXED);
}
EXPORT_SYMBOL_GPL(kthread_parkme);

/* 0 once it is parked; -ENOSYS when it has exited. */
int kthread_park(struct task_struct *k)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	struct kthread *kt = to_kthread(k);

	if (WARN_ON(!kt) || WARN_ON(test_bit(KT_EXITED, &kt->flags)))
		return -ENOSYS;
	if (WARN_ON_ONCE(test_bit(KT_SHOULD_PARK, &kt->flags)))
		return -EBUSY;
	set_bit(KT_SHOULD_PARK, &kt->flags);
	if (k != kshim_task()) {
		wake_up_process(k);
		wait_for(kt, KT_IS_PARKED, "kthread_park()", site);
	}
	return test_bit(KT_EXITED, &kt->flags) ? -ENOSYS : 0;
}
EXPORT_SYMBOL_GPL(kthread_park);

void kthread_unpark(struct task_struct *k)
{
	struct kthread *kt = to_kthread(k);

	if (!kt)
		return;
	clear_bit(KT_SHOULD_PARK, &kt->flags);
	wake_up_state(k, TASK_PARKED);
}
EXPORT_SYMBOL_GPL(kthread_unpark);

void *kthread_data(struct task_struct *task)
{
	return to_kthread(task)->data;
}
EXPORT_SYMBOL_GPL(kthread_data);

void *kthread_func(struct task_struct *task)
{
	struct kthread *kt = to_kthread(task);

	return kt ? kt->threadfn : NULL;
}
EXPORT_SYMBOL_GPL(kthread_func);

/* do_exit(): the thread ends here; it is never run again. */
void __noreturn kthread_exit(long result)
{
	struct kthread *kt = self();

	if (kt) {
		kt->result = result;
		exited(kt);
	}
	for (;;)
		kshim_htask_yield();
}
EXPORT_SYMBOL(kthread_exit);

void __noreturn kthread_complete_and_exit(struct completion *comp, long code)
{
	if (comp)
		complete(comp);
	kthread_exit(code);
}
EXPORT_SYMBOL(kthread_complete_and_exit);
