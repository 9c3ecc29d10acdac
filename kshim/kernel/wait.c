// SPDX-License-Identifier: GPL-2.0-only
/*
 * Wait queues (<linux/wait.h>) and completions (<linux/completion.h>).
 *
 * The queue is the kernel's: entries under the head's spinlock, each woken
 * through its own function. A task is woken by setting its state back to
 * TASK_RUNNING (wake_up_state(), kernel/sched.c); the sleeping side is
 * host/sched.c's loop.
 */
#include <linux/kernel.h>
#include <linux/limits.h>
#include <linux/sched.h>
#include <linux/spinlock.h>
#include <linux/wait.h>
#include <linux/completion.h>

void __init_waitqueue_head(struct wait_queue_head *wq_head, const char *name)
{
	spin_lock_init(&wq_head->lock);
	INIT_LIST_HEAD(&wq_head->head);
}

/* Under the lock: an exclusive entry goes last, any other first. */
static void queue_entry(struct wait_queue_head *wq_head,
			struct wait_queue_entry *wq_entry)
{
	if (wq_entry->flags & WQ_FLAG_EXCLUSIVE)
		__add_wait_queue_entry_tail(wq_head, wq_entry);
	else
		__add_wait_queue(wq_head, wq_entry);
}

static void add_entry(struct wait_queue_head *wq_head,
		      struct wait_queue_entry *wq_entry)
{
	unsigned long flags;

	spin_lock_irqsave(&wq_head->lock, flags);
	queue_entry(wq_head, wq_entry);
	spin_unlock_irqrestore(&wq_head->lock, flags);
}

void add_wait_queue(struct wait_queue_head *wq_head, struct wait_queue_entry *wq_entry)
{
	wq_entry->flags &= ~WQ_FLAG_EXCLUSIVE;
	add_entry(wq_head, wq_entry);
}

void add_wait_queue_exclusive(struct wait_queue_head *wq_head,
			      struct wait_queue_entry *wq_entry)
{
	wq_entry->flags |= WQ_FLAG_EXCLUSIVE;
	add_entry(wq_head, wq_entry);
}

void remove_wait_queue(struct wait_queue_head *wq_head,
		       struct wait_queue_entry *wq_entry)
{
	unsigned long flags;

	spin_lock_irqsave(&wq_head->lock, flags);
	__remove_wait_queue(wq_head, wq_entry);
	spin_unlock_irqrestore(&wq_head->lock, flags);
}

/*
 * Call each entry's wake function; an exclusive entry that was woken uses
 * up one of @nr_exclusive (0: no limit). A negative result stops the walk.
 */
static void wake_up_common(struct wait_queue_head *wq_head, unsigned int mode,
			   int nr_exclusive, int wake_flags, void *key)
{
	struct wait_queue_entry *curr, *next;
	int ret;

	list_for_each_entry_safe(curr, next, &wq_head->head, entry) {
		unsigned int flags = curr->flags;

		ret = curr->func(curr, mode, wake_flags, key);
		if (ret < 0)
			break;
		if (ret && (flags & WQ_FLAG_EXCLUSIVE) && !--nr_exclusive)
			break;
	}
}

void __wake_up(struct wait_queue_head *wq_head, unsigned int mode, int nr, void *key)
{
	unsigned long flags;

	spin_lock_irqsave(&wq_head->lock, flags);
	wake_up_common(wq_head, mode, nr, 0, key);
	spin_unlock_irqrestore(&wq_head->lock, flags);
}

void __wake_up_locked(struct wait_queue_head *wq_head, unsigned int mode, int nr)
{
	wake_up_common(wq_head, mode, nr, 0, NULL);
}

void __wake_up_locked_key(struct wait_queue_head *wq_head, unsigned int mode, void *key)
{
	wake_up_common(wq_head, mode, 1, 0, key);
}

/* One CPU: a synchronous wake-up is an ordinary one. */
void __wake_up_sync_key(struct wait_queue_head *wq_head, unsigned int mode, void *key)
{
	__wake_up(wq_head, mode, 1, key);
}

void __wake_up_sync(struct wait_queue_head *wq_head, unsigned int mode)
{
	__wake_up(wq_head, mode, 1, NULL);
}

int default_wake_function(struct wait_queue_entry *wq_entry, unsigned int mode,
			  int flags, void *key)
{
	/* An entry without a task (a custom function's) has no one to wake. */
	if (!wq_entry->private)
		return 0;
	return wake_up_state(wq_entry->private, mode);
}

int autoremove_wake_function(struct wait_queue_entry *wq_entry, unsigned int mode,
			     int sync, void *key)
{
	int ret = default_wake_function(wq_entry, mode, sync, key);

	if (ret)
		list_del_init_careful(&wq_entry->entry);
	return ret;
}

int woken_wake_function(struct wait_queue_entry *wq_entry, unsigned int mode,
			int sync, void *key)
{
	/* Fully ordered, pairing with wait_woken()'s clearing. */
	__atomic_or_fetch(&wq_entry->flags, WQ_FLAG_WOKEN, __ATOMIC_SEQ_CST);
	return default_wake_function(wq_entry, mode, sync, key);
}

void init_wait_entry(struct wait_queue_entry *wq_entry, int flags)
{
	wq_entry->flags = flags;
	wq_entry->private = current;
	wq_entry->func = autoremove_wake_function;
	INIT_LIST_HEAD(&wq_entry->entry);
}

/*
 * Queue the entry unless it is queued, then set the task's state: true
 * when the queue was empty before (the caller is the first waiter).
 */
static bool do_prepare_to_wait(struct wait_queue_head *wq_head,
			       struct wait_queue_entry *wq_entry, int state)
{
	unsigned long flags;
	bool was_empty = false;

	spin_lock_irqsave(&wq_head->lock, flags);
	if (list_empty(&wq_entry->entry)) {
		was_empty = list_empty(&wq_head->head);
		queue_entry(wq_head, wq_entry);
	}
	set_current_state(state);
	spin_unlock_irqrestore(&wq_head->lock, flags);
	return was_empty;
}

void prepare_to_wait(struct wait_queue_head *wq_head,
		     struct wait_queue_entry *wq_entry, int state)
{
	wq_entry->flags &= ~WQ_FLAG_EXCLUSIVE;
	do_prepare_to_wait(wq_head, wq_entry, state);
}

bool prepare_to_wait_exclusive(struct wait_queue_head *wq_head,
			       struct wait_queue_entry *wq_entry, int state)
{
	wq_entry->flags |= WQ_FLAG_EXCLUSIVE;
	return do_prepare_to_wait(wq_head, wq_entry, state);
}

/* -ERESTARTSYS, off the queue, when a signal ends a wait in @state. */
long prepare_to_wait_event(struct wait_queue_head *wq_head,
			   struct wait_queue_entry *wq_entry, int state)
{
	unsigned long flags;
	long ret = 0;

	spin_lock_irqsave(&wq_head->lock, flags);
	if (signal_pending_state(state, current)) {
		list_del_init(&wq_entry->entry);
		ret = -ERESTARTSYS;
	} else {
		if (list_empty(&wq_entry->entry))
			queue_entry(wq_head, wq_entry);
		set_current_state(state);
	}
	spin_unlock_irqrestore(&wq_head->lock, flags);
	return ret;
}

void finish_wait(struct wait_queue_head *wq_head, struct wait_queue_entry *wq_entry)
{
	unsigned long flags;

	__set_current_state(TASK_RUNNING);
	if (!list_empty_careful(&wq_entry->entry)) {
		spin_lock_irqsave(&wq_head->lock, flags);
		list_del_init(&wq_entry->entry);
		spin_unlock_irqrestore(&wq_head->lock, flags);
	}
}

long __kshim_wait_woken(struct wait_queue_entry *wq_entry, unsigned int mode,
			long timeout, const struct kshim_site *site)
{
	set_current_state(mode);
	if (!(__atomic_load_n(&wq_entry->flags, __ATOMIC_SEQ_CST) & WQ_FLAG_WOKEN))
		timeout = __kshim_schedule_timeout(timeout, site);
	__set_current_state(TASK_RUNNING);
	/* The next wake-up must be seen by the next wait_woken(). */
	__atomic_and_fetch(&wq_entry->flags, ~WQ_FLAG_WOKEN, __ATOMIC_SEQ_CST);
	return timeout;
}

/* ---- Completions ---- */

void __kshim_init_completion(struct completion *x, const char *name)
{
	x->done = 0;
	__init_waitqueue_head(&x->wait, name);
}

void complete(struct completion *x)
{
	unsigned long flags;

	spin_lock_irqsave(&x->wait.lock, flags);
	/* Atomic stores: try_wait_for_completion() looks without the lock. */
	if (x->done != UINT_MAX)
		__atomic_store_n(&x->done, x->done + 1, __ATOMIC_RELAXED);
	wake_up_common(&x->wait, TASK_NORMAL, 1, 0, NULL);
	spin_unlock_irqrestore(&x->wait.lock, flags);
}

void complete_all(struct completion *x)
{
	unsigned long flags;

	spin_lock_irqsave(&x->wait.lock, flags);
	__atomic_store_n(&x->done, UINT_MAX, __ATOMIC_RELAXED);
	wake_up_common(&x->wait, TASK_NORMAL, 0, 0, NULL);
	spin_unlock_irqrestore(&x->wait.lock, flags);
}

bool try_wait_for_completion(struct completion *x)
{
	unsigned long flags;
	bool ret = true;

	/* Lockless first, as the kernel does: nothing to take. */
	if (!__atomic_load_n(&x->done, __ATOMIC_RELAXED))
		return false;
	spin_lock_irqsave(&x->wait.lock, flags);
	if (!x->done)
		ret = false;
	else if (x->done != UINT_MAX)
		__atomic_store_n(&x->done, x->done - 1, __ATOMIC_RELAXED);
	spin_unlock_irqrestore(&x->wait.lock, flags);
	return ret;
}

bool completion_done(struct completion *x)
{
	unsigned long flags;

	if (!__atomic_load_n(&x->done, __ATOMIC_RELAXED))
		return false;
	/* complete() may still be inside its lock: wait for it to leave. */
	spin_lock_irqsave(&x->wait.lock, flags);
	spin_unlock_irqrestore(&x->wait.lock, flags);
	return true;
}
