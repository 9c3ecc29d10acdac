// SPDX-License-Identifier: GPL-2.0-only
/*
 * Wait queues (kernel/sched/wait.c), for modules built against the
 * kernel's own headers. The queue is the kernel's: entries under the
 * head's spinlock, each woken through its own function; wait_event() is
 * the kernel's inline loop around prepare_to_wait_event() and schedule()
 * (kernel/sched/core.c here), which steps the simulated system.
 */
#include <linux/wait.h>
#include <linux/sched/signal.h>
#include <linux/spinlock.h>
#include <linux/export.h>
#include "sched.h"

/* One class for every queue's lock, as the old path has it. */
static struct lock_class_key waitqueue_lock_key;

void __init_waitqueue_head(struct wait_queue_head *wq_head, const char *name,
			   struct lock_class_key *key)
{
	__raw_spin_lock_init(&wq_head->lock.rlock, "&wq_head->lock",
			     &waitqueue_lock_key, LD_WAIT_CONFIG);
	INIT_LIST_HEAD(&wq_head->head);
}
EXPORT_SYMBOL(__init_waitqueue_head);

/* Under the lock: an exclusive entry goes last, any other first. */
static void queue_entry(struct wait_queue_head *wq_head,
			struct wait_queue_entry *wq_entry)
{
	if (wq_entry->flags & WQ_FLAG_EXCLUSIVE)
		list_add_tail(&wq_entry->entry, &wq_head->head);
	else
		list_add(&wq_entry->entry, &wq_head->head);
}

static void add_entry(struct wait_queue_head *wq_head,
		      struct wait_queue_entry *wq_entry)
{
	unsigned long flags;

	spin_lock_irqsave(&wq_head->lock, flags);
	queue_entry(wq_head, wq_entry);
	spin_unlock_irqrestore(&wq_head->lock, flags);
}

void add_wait_queue(struct wait_queue_head *wq_head,
		    struct wait_queue_entry *wq_entry)
{
	wq_entry->flags &= ~WQ_FLAG_EXCLUSIVE;
	add_entry(wq_head, wq_entry);
}
EXPORT_SYMBOL(add_wait_queue);

void add_wait_queue_exclusive(struct wait_queue_head *wq_head,
			      struct wait_queue_entry *wq_entry)
{
	wq_entry->flags |= WQ_FLAG_EXCLUSIVE;
	add_entry(wq_head, wq_entry);
}
EXPORT_SYMBOL(add_wait_queue_exclusive);

void remove_wait_queue(struct wait_queue_head *wq_head,
		       struct wait_queue_entry *wq_entry)
{
	unsigned long flags;

	spin_lock_irqsave(&wq_head->lock, flags);
	list_del(&wq_entry->entry);
	spin_unlock_irqrestore(&wq_head->lock, flags);
}
EXPORT_SYMBOL(remove_wait_queue);

/*
 * Call each entry's wake function; an exclusive entry that was woken uses
 * up one of @nr_exclusive (0: no limit). A negative result stops the walk.
 * Returns what is left of @nr_exclusive.
 */
static int wake_up_common(struct wait_queue_head *wq_head, unsigned int mode,
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
	return nr_exclusive;
}

/* How many exclusive waiters it woke. */
int __wake_up(struct wait_queue_head *wq_head, unsigned int mode,
	      int nr_exclusive, void *key)
{
	unsigned long flags;
	int left;

	spin_lock_irqsave(&wq_head->lock, flags);
	left = wake_up_common(wq_head, mode, nr_exclusive, 0, key);
	spin_unlock_irqrestore(&wq_head->lock, flags);
	return nr_exclusive - left;
}
EXPORT_SYMBOL(__wake_up);

void __wake_up_locked(struct wait_queue_head *wq_head, unsigned int mode, int nr)
{
	wake_up_common(wq_head, mode, nr, 0, NULL);
}
EXPORT_SYMBOL_GPL(__wake_up_locked);

void __wake_up_locked_key(struct wait_queue_head *wq_head, unsigned int mode,
			  void *key)
{
	wake_up_common(wq_head, mode, 1, 0, key);
}
EXPORT_SYMBOL_GPL(__wake_up_locked_key);

/* One CPU: a synchronous wake-up is an ordinary one. */
void __wake_up_sync_key(struct wait_queue_head *wq_head, unsigned int mode,
			void *key)
{
	__wake_up(wq_head, mode, 1, key);
}
EXPORT_SYMBOL_GPL(__wake_up_sync_key);

void __wake_up_sync(struct wait_queue_head *wq_head, unsigned int mode)
{
	__wake_up(wq_head, mode, 1, NULL);
}
EXPORT_SYMBOL_GPL(__wake_up_sync);

int autoremove_wake_function(struct wait_queue_entry *wq_entry,
			     unsigned int mode, int sync, void *key)
{
	int ret = default_wake_function(wq_entry, mode, sync, key);

	if (ret)
		list_del_init_careful(&wq_entry->entry);
	return ret;
}
EXPORT_SYMBOL(autoremove_wake_function);

int woken_wake_function(struct wait_queue_entry *wq_entry, unsigned int mode,
			int sync, void *key)
{
	/* Fully ordered, pairing with wait_woken()'s clearing. */
	__atomic_or_fetch(&wq_entry->flags, WQ_FLAG_WOKEN, __ATOMIC_SEQ_CST);
	return default_wake_function(wq_entry, mode, sync, key);
}
EXPORT_SYMBOL(woken_wake_function);

void init_wait_entry(struct wait_queue_entry *wq_entry, int flags)
{
	wq_entry->flags = flags;
	wq_entry->private = kshim_task();
	wq_entry->func = autoremove_wake_function;
	INIT_LIST_HEAD(&wq_entry->entry);
}
EXPORT_SYMBOL(init_wait_entry);

static void set_state(unsigned int state)
{
	__atomic_store_n(&kshim_task()->__state, state, __ATOMIC_SEQ_CST);
}

/* Queue the entry unless it is; true when the queue was empty before. */
static bool do_prepare_to_wait(struct wait_queue_head *wq_head,
			       struct wait_queue_entry *wq_entry, int state)
{
	unsigned long flags;
	bool was_empty = false;

	/* The loop around it may check signal_pending(current) next. */
	kshim_task_signals(kshim_task());
	spin_lock_irqsave(&wq_head->lock, flags);
	if (list_empty(&wq_entry->entry)) {
		was_empty = list_empty(&wq_head->head);
		queue_entry(wq_head, wq_entry);
	}
	set_state(state);
	spin_unlock_irqrestore(&wq_head->lock, flags);
	return was_empty;
}

void prepare_to_wait(struct wait_queue_head *wq_head,
		     struct wait_queue_entry *wq_entry, int state)
{
	wq_entry->flags &= ~WQ_FLAG_EXCLUSIVE;
	do_prepare_to_wait(wq_head, wq_entry, state);
}
EXPORT_SYMBOL(prepare_to_wait);

bool prepare_to_wait_exclusive(struct wait_queue_head *wq_head,
			       struct wait_queue_entry *wq_entry, int state)
{
	wq_entry->flags |= WQ_FLAG_EXCLUSIVE;
	return do_prepare_to_wait(wq_head, wq_entry, state);
}
EXPORT_SYMBOL(prepare_to_wait_exclusive);

/* signal_pending_state(), without `current`: the host's signals. */
static bool kshim_signal_state(unsigned int state)
{
	if (state & TASK_INTERRUPTIBLE)
		return kshim_signal_check(0);
	if (state & TASK_WAKEKILL)
		return kshim_signal_check(1);
	return false;
}

/*
 * The task sleeping in a wait_event*() loop: its schedule() is reported
 * as the wait (the old path's names), until finish_wait().
 */
static __thread int in_wait_event;

const char *kshim_wait_event_name(bool timeout)
{
	unsigned int state = READ_ONCE(kshim_task()->__state);

	if (!in_wait_event)
		return timeout ? "schedule_timeout()" : "schedule()";
	if ((state & TASK_NOLOAD) && !(state & TASK_INTERRUPTIBLE))
		return timeout ? "wait_event_idle_timeout()" : "wait_event_idle()";
	if (state & TASK_INTERRUPTIBLE)
		return timeout ? "wait_event_interruptible_timeout()" :
				 "wait_event_interruptible()";
	if (state & TASK_WAKEKILL)
		return timeout ? "wait_event_killable_timeout()" :
				 "wait_event_killable()";
	return timeout ? "wait_event_timeout()" : "wait_event()";
}

/* -ERESTARTSYS, off the queue, when a signal ends a wait in @state. */
long prepare_to_wait_event(struct wait_queue_head *wq_head,
			   struct wait_queue_entry *wq_entry, int state)
{
	unsigned long flags;
	long ret = 0;

	in_wait_event = 1;
	spin_lock_irqsave(&wq_head->lock, flags);
	if (kshim_signal_state(state)) {
		list_del_init(&wq_entry->entry);
		in_wait_event = 0;
		ret = -ERESTARTSYS;
	} else {
		if (list_empty(&wq_entry->entry))
			queue_entry(wq_head, wq_entry);
		set_state(state);
	}
	spin_unlock_irqrestore(&wq_head->lock, flags);
	return ret;
}
EXPORT_SYMBOL(prepare_to_wait_event);

void finish_wait(struct wait_queue_head *wq_head,
		 struct wait_queue_entry *wq_entry)
{
	unsigned long flags;

	in_wait_event = 0;
	set_state(TASK_RUNNING);
	if (!list_empty_careful(&wq_entry->entry)) {
		spin_lock_irqsave(&wq_head->lock, flags);
		list_del_init(&wq_entry->entry);
		spin_unlock_irqrestore(&wq_head->lock, flags);
	}
}
EXPORT_SYMBOL(finish_wait);

long wait_woken(struct wait_queue_entry *wq_entry, unsigned int mode,
		long timeout)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;

	set_state(mode);
	if (!(__atomic_load_n(&wq_entry->flags, __ATOMIC_SEQ_CST) & WQ_FLAG_WOKEN))
		timeout = kshim_sleep(timeout, "wait_woken()", site);
	set_state(TASK_RUNNING);
	/* The next wake-up must be seen by the next wait_woken(). */
	__atomic_and_fetch(&wq_entry->flags, ~WQ_FLAG_WOKEN, __ATOMIC_SEQ_CST);
	return timeout;
}
EXPORT_SYMBOL(wait_woken);
