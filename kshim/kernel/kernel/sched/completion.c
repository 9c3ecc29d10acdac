// SPDX-License-Identifier: GPL-2.0-only
/*
 * Completions (kernel/sched/completion.c) and the simple wait queue they
 * are built on (kernel/sched/swait.c), for modules built against the
 * kernel's own headers. init_completion() is inline: done = 0 and
 * __init_swait_queue_head().
 */
#include <linux/completion.h>
#include <linux/swait.h>
#include <linux/sched/signal.h>
#include <linux/spinlock.h>
#include <linux/export.h>
#include <linux/limits.h>
#include "sched.h"

/* The old path's class and name for every completion's lock. */
static struct lock_class_key waitqueue_lock_key;

void __init_swait_queue_head(struct swait_queue_head *q, const char *name,
			     struct lock_class_key *key)
{
	__raw_spin_lock_init(&q->lock, "&wq_head->lock", &waitqueue_lock_key,
			     LD_WAIT_CONFIG);
	INIT_LIST_HEAD(&q->task_list);
}
EXPORT_SYMBOL(__init_swait_queue_head);

/* Under the lock: wake the first waiter (@all: every one). */
static void wake_waiters(struct swait_queue_head *q, bool all)
{
	struct swait_queue *curr, *next;

	list_for_each_entry_safe(curr, next, &q->task_list, task_list) {
		wake_up_process(curr->task);
		list_del_init(&curr->task_list);
		if (!all)
			break;
	}
}

void complete(struct completion *x)
{
	unsigned long flags;

	raw_spin_lock_irqsave(&x->wait.lock, flags);
	/* Atomic stores: try_wait_for_completion() looks without the lock. */
	if (x->done != UINT_MAX)
		__atomic_store_n(&x->done, x->done + 1, __ATOMIC_RELAXED);
	wake_waiters(&x->wait, false);
	raw_spin_unlock_irqrestore(&x->wait.lock, flags);
}
EXPORT_SYMBOL(complete);

void complete_all(struct completion *x)
{
	unsigned long flags;

	raw_spin_lock_irqsave(&x->wait.lock, flags);
	__atomic_store_n(&x->done, UINT_MAX, __ATOMIC_RELAXED);
	wake_waiters(&x->wait, true);
	raw_spin_unlock_irqrestore(&x->wait.lock, flags);
}
EXPORT_SYMBOL(complete_all);

static bool pending_signal(unsigned int state)
{
	if (state & TASK_INTERRUPTIBLE)
		return kshim_signal_check(0);
	if (state & TASK_WAKEKILL)
		return kshim_signal_check(1);
	return false;
}

/*
 * do_wait_for_common(): the timeout left (at least 1) when done,
 * 0 when it ran out, -ERESTARTSYS on a signal.
 */
static long wait_common(struct completion *x, long timeout, unsigned int state,
			const char *what, const struct kshim_site *site)
{
	struct swait_queue wait;
	unsigned long flags;

	kshim_might_sleep("kernel/sched/completion.c", 129);
	raw_spin_lock_irqsave(&x->wait.lock, flags);
	if (!x->done) {
		wait.task = kshim_task();
		INIT_LIST_HEAD(&wait.task_list);
		do {
			if (pending_signal(state)) {
				timeout = -ERESTARTSYS;
				break;
			}
			if (list_empty(&wait.task_list))
				list_add_tail(&wait.task_list, &x->wait.task_list);
			__atomic_store_n(&wait.task->__state, state,
					 __ATOMIC_SEQ_CST);
			raw_spin_unlock_irqrestore(&x->wait.lock, flags);
			timeout = kshim_sleep(timeout, what, site);
			raw_spin_lock_irqsave(&x->wait.lock, flags);
		} while (!x->done && timeout);
		list_del_init(&wait.task_list);
		if (!x->done) {
			raw_spin_unlock_irqrestore(&x->wait.lock, flags);
			return timeout;
		}
	}
	if (x->done != UINT_MAX)
		__atomic_store_n(&x->done, x->done - 1, __ATOMIC_RELAXED);
	raw_spin_unlock_irqrestore(&x->wait.lock, flags);
	return timeout ?: 1;
}

#define WAIT_FN(type, name, state, timeout_arg, timeout, ret)		\
type name(struct completion *x timeout_arg)				\
{									\
	long r = wait_common(x, timeout, state, #name "()",		\
			     KSHIM_CALLER_SITE);			\
									\
	return ret;							\
}									\
EXPORT_SYMBOL(name)

#define NO_ARG
#define TIMEOUT_ARG	, unsigned long timeout

void wait_for_completion(struct completion *x)
{
	wait_common(x, MAX_SCHEDULE_TIMEOUT, TASK_UNINTERRUPTIBLE,
		    "wait_for_completion()", KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(wait_for_completion);

void wait_for_completion_io(struct completion *x)
{
	wait_common(x, MAX_SCHEDULE_TIMEOUT, TASK_UNINTERRUPTIBLE,
		    "wait_for_completion()", KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(wait_for_completion_io);

WAIT_FN(unsigned long, wait_for_completion_timeout, TASK_UNINTERRUPTIBLE,
	TIMEOUT_ARG, (long)timeout, r);
WAIT_FN(unsigned long, wait_for_completion_io_timeout, TASK_UNINTERRUPTIBLE,
	TIMEOUT_ARG, (long)timeout, r);
WAIT_FN(int, wait_for_completion_interruptible, TASK_INTERRUPTIBLE, NO_ARG,
	MAX_SCHEDULE_TIMEOUT, r == -ERESTARTSYS ? r : 0);
WAIT_FN(long, wait_for_completion_interruptible_timeout, TASK_INTERRUPTIBLE,
	TIMEOUT_ARG, (long)timeout, r);
WAIT_FN(int, wait_for_completion_killable, TASK_KILLABLE, NO_ARG,
	MAX_SCHEDULE_TIMEOUT, r == -ERESTARTSYS ? r : 0);
WAIT_FN(long, wait_for_completion_killable_timeout, TASK_KILLABLE,
	TIMEOUT_ARG, (long)timeout, r);

bool try_wait_for_completion(struct completion *x)
{
	unsigned long flags;
	bool ret = true;

	/* Lockless first, as the kernel does: nothing to take. */
	if (!__atomic_load_n(&x->done, __ATOMIC_RELAXED))
		return false;
	raw_spin_lock_irqsave(&x->wait.lock, flags);
	if (!x->done)
		ret = false;
	else if (x->done != UINT_MAX)
		__atomic_store_n(&x->done, x->done - 1, __ATOMIC_RELAXED);
	raw_spin_unlock_irqrestore(&x->wait.lock, flags);
	return ret;
}
EXPORT_SYMBOL(try_wait_for_completion);

bool completion_done(struct completion *x)
{
	unsigned long flags;

	if (!__atomic_load_n(&x->done, __ATOMIC_RELAXED))
		return false;
	/* complete() may still be inside its lock: wait for it to leave. */
	raw_spin_lock_irqsave(&x->wait.lock, flags);
	raw_spin_unlock_irqrestore(&x->wait.lock, flags);
	return true;
}
EXPORT_SYMBOL(completion_done);
