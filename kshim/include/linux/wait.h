/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Wait queues, laid out as the kernel's (a lock and a list of entries, each
 * with a wake function), so that poll_wait() and custom wake functions work
 * as they do there.
 *
 * A wait_event*() does not block: while its condition is false, kshim makes
 * the simulated system move one step at a time (the test's idle hook,
 * pending work, the next timer) and checks the condition after each step,
 * until it holds, the timeout passes, a signal ends an interruptible wait,
 * or nothing can make it true any more: then an interruptible or killable
 * wait gets -ERESTARTSYS and an uninterruptible one is reported as the
 * kernel's hung task (host/sched.c, docs/kernel-api/sched.md).
 */
#ifndef _LINUX_WAIT_H
#define _LINUX_WAIT_H

#include <linux/list.h>
#include <linux/stddef.h>
#include <linux/errno.h>
#include <linux/spinlock.h>
#include <linux/sched.h>

typedef struct wait_queue_entry wait_queue_entry_t;

typedef int (*wait_queue_func_t)(struct wait_queue_entry *wq_entry,
				 unsigned int mode, int flags, void *key);
int default_wake_function(struct wait_queue_entry *wq_entry, unsigned int mode,
			  int flags, void *key);

#define WQ_FLAG_EXCLUSIVE	0x01
#define WQ_FLAG_WOKEN		0x02
#define WQ_FLAG_BOOKMARK	0x04
#define WQ_FLAG_CUSTOM		0x08
#define WQ_FLAG_DONE		0x10
#define WQ_FLAG_PRIORITY	0x20

struct wait_queue_entry {
	unsigned int flags;
	void *private;
	wait_queue_func_t func;
	struct list_head entry;
};

struct wait_queue_head {
	spinlock_t lock;
	struct list_head head;
};
typedef struct wait_queue_head wait_queue_head_t;

#define __WAITQUEUE_INITIALIZER(name, tsk) {				\
	.private	= tsk,						\
	.func		= default_wake_function,			\
	.entry		= { NULL, NULL } }

#define DECLARE_WAITQUEUE(name, tsk)					\
	struct wait_queue_entry name = __WAITQUEUE_INITIALIZER(name, tsk)

#define __WAIT_QUEUE_HEAD_INITIALIZER(name) {				\
	.lock		= __SPIN_LOCK_UNLOCKED(name.lock),		\
	.head		= LIST_HEAD_INIT(name.head) }

#define DECLARE_WAIT_QUEUE_HEAD(name)					\
	struct wait_queue_head name = __WAIT_QUEUE_HEAD_INITIALIZER(name)
#define DECLARE_WAIT_QUEUE_HEAD_ONSTACK(name)	DECLARE_WAIT_QUEUE_HEAD(name)

void __init_waitqueue_head(struct wait_queue_head *wq_head, const char *name);
#define init_waitqueue_head(wq_head)	__init_waitqueue_head((wq_head), #wq_head)

static inline void init_waitqueue_entry(struct wait_queue_entry *wq_entry,
					struct task_struct *p)
{
	wq_entry->flags = 0;
	wq_entry->private = p;
	wq_entry->func = default_wake_function;
}

static inline void init_waitqueue_func_entry(struct wait_queue_entry *wq_entry,
					     wait_queue_func_t func)
{
	wq_entry->flags = 0;
	wq_entry->private = NULL;
	wq_entry->func = func;
}

/* Without the lock: a hint, as in the kernel (pair it with a barrier). */
static inline int waitqueue_active(struct wait_queue_head *wq_head)
{
	return !list_empty_careful(&wq_head->head);
}

static inline bool wq_has_single_sleeper(struct wait_queue_head *wq_head)
{
	return list_is_singular(&wq_head->head);
}

/* The waker's full barrier (smp_mb()) before it looks: a seq_cst load. */
static inline bool wq_has_sleeper(struct wait_queue_head *wq_head)
{
	return !list_is_head(__atomic_load_n(&wq_head->head.next, __ATOMIC_SEQ_CST),
			     &wq_head->head);
}

void add_wait_queue(struct wait_queue_head *wq_head, struct wait_queue_entry *wq_entry);
void add_wait_queue_exclusive(struct wait_queue_head *wq_head,
			      struct wait_queue_entry *wq_entry);
void remove_wait_queue(struct wait_queue_head *wq_head,
		       struct wait_queue_entry *wq_entry);

/* With the queue's lock held. */
static inline void __add_wait_queue(struct wait_queue_head *wq_head,
				    struct wait_queue_entry *wq_entry)
{
	list_add(&wq_entry->entry, &wq_head->head);
}

static inline void __add_wait_queue_entry_tail(struct wait_queue_head *wq_head,
					       struct wait_queue_entry *wq_entry)
{
	list_add_tail(&wq_entry->entry, &wq_head->head);
}

static inline void __remove_wait_queue(struct wait_queue_head *wq_head,
				       struct wait_queue_entry *wq_entry)
{
	list_del(&wq_entry->entry);
}

void __wake_up(struct wait_queue_head *wq_head, unsigned int mode, int nr, void *key);
void __wake_up_locked_key(struct wait_queue_head *wq_head, unsigned int mode, void *key);
void __wake_up_locked(struct wait_queue_head *wq_head, unsigned int mode, int nr);
void __wake_up_sync_key(struct wait_queue_head *wq_head, unsigned int mode, void *key);
void __wake_up_sync(struct wait_queue_head *wq_head, unsigned int mode);

#define wake_up(x)			__wake_up(x, TASK_NORMAL, 1, NULL)
#define wake_up_nr(x, nr)		__wake_up(x, TASK_NORMAL, nr, NULL)
#define wake_up_all(x)			__wake_up(x, TASK_NORMAL, 0, NULL)
#define wake_up_locked(x)		__wake_up_locked((x), TASK_NORMAL, 1)
#define wake_up_all_locked(x)		__wake_up_locked((x), TASK_NORMAL, 0)
#define wake_up_sync(x)			__wake_up_sync(x, TASK_NORMAL)
#define wake_up_interruptible(x)	__wake_up(x, TASK_INTERRUPTIBLE, 1, NULL)
#define wake_up_interruptible_nr(x, nr)	__wake_up(x, TASK_INTERRUPTIBLE, nr, NULL)
#define wake_up_interruptible_all(x)	__wake_up(x, TASK_INTERRUPTIBLE, 0, NULL)
#define wake_up_interruptible_sync(x)	__wake_up_sync((x), TASK_INTERRUPTIBLE)

/* Poll events as the wake key (include/linux/wait.h of 6.1). */
#define poll_to_key(m)	((void *)(uintptr_t)(unsigned int)(m))
#define key_to_poll(m)	((unsigned int)(uintptr_t)(void *)(m))
#define wake_up_poll(x, m)						\
	__wake_up(x, TASK_NORMAL, 1, poll_to_key(m))
#define wake_up_locked_poll(x, m)					\
	__wake_up_locked_key((x), TASK_NORMAL, poll_to_key(m))
#define wake_up_interruptible_poll(x, m)				\
	__wake_up(x, TASK_INTERRUPTIBLE, 1, poll_to_key(m))
#define wake_up_interruptible_sync_poll(x, m)				\
	__wake_up_sync_key((x), TASK_INTERRUPTIBLE, poll_to_key(m))

/* ---- Waiting by hand ---- */

void init_wait_entry(struct wait_queue_entry *wq_entry, int flags);
void prepare_to_wait(struct wait_queue_head *wq_head,
		     struct wait_queue_entry *wq_entry, int state);
bool prepare_to_wait_exclusive(struct wait_queue_head *wq_head,
			       struct wait_queue_entry *wq_entry, int state);
long prepare_to_wait_event(struct wait_queue_head *wq_head,
			   struct wait_queue_entry *wq_entry, int state);
void finish_wait(struct wait_queue_head *wq_head, struct wait_queue_entry *wq_entry);
int autoremove_wake_function(struct wait_queue_entry *wq_entry, unsigned int mode,
			     int sync, void *key);
int woken_wake_function(struct wait_queue_entry *wq_entry, unsigned int mode,
			int sync, void *key);
long __kshim_wait_woken(struct wait_queue_entry *wq_entry, unsigned int mode,
			long timeout, const struct kshim_site *site);
#define wait_woken(wq_entry, mode, timeout)				\
	__kshim_wait_woken((wq_entry), (mode), (timeout), KSHIM_SITE)

#define DEFINE_WAIT_FUNC(name, function)				\
	struct wait_queue_entry name = {				\
		.private	= current,				\
		.func		= function,				\
		.entry		= LIST_HEAD_INIT((name).entry),		\
	}
#define DEFINE_WAIT(name)	DEFINE_WAIT_FUNC(name, autoremove_wake_function)

/* ---- wait_event() and friends ---- */

/* The result of a wait whose condition became true (host/sched.c's clock). */
static inline long __kshim_wait_done(const struct kshim_sleep *sl)
{
	long left;

	if (sl->forever)
		return 0;
	left = kshim_sleep_left(sl);
	/* ___wait_cond_timeout(): true on the last tick still counts as 1. */
	return left ? left : 1;
}

/*
 * The loop behind every wait_event*(). The entry is on the queue while the
 * condition is false, so waitqueue_active() sees the sleeper; @pre and
 * @post run around each step (wait_event_lock_irq() drops its lock there).
 * The result: __kshim_wait_done()'s when the condition holds, -ERESTARTSYS
 * on a signal, else (timeout) 1 if the condition holds by then, or 0.
 */
#define __kshim_wait_event(wq_head, condition, state, exclusive, timeout, \
			   what, pre, post)				\
({									\
	struct wait_queue_entry __kw_entry;				\
	struct kshim_sleep __kw_sleep;					\
	long __kw_ret;							\
	int __kw_step;							\
									\
	init_wait_entry(&__kw_entry, (exclusive) ? WQ_FLAG_EXCLUSIVE : 0); \
	kshim_sleep_begin(&__kw_sleep, __kshim_sleep_kind(state),	\
			  (timeout), what, KSHIM_SITE);			\
	for (;;) {							\
		prepare_to_wait_event(&(wq_head), &__kw_entry, (state)); \
		if (condition) {					\
			__kw_ret = __kshim_wait_done(&__kw_sleep);	\
			break;						\
		}							\
		pre;							\
		__kw_step = kshim_sleep_step(&__kw_sleep);		\
		post;							\
		if (__kw_step == KSHIM_SLEEP_AGAIN)			\
			continue;					\
		if (__kw_step == KSHIM_SLEEP_SIGNAL)			\
			__kw_ret = -ERESTARTSYS;			\
		else							\
			__kw_ret = (condition) ? 1 : 0;			\
		break;							\
	}								\
	finish_wait(&(wq_head), &__kw_entry);				\
	__kw_ret;							\
})

#define __kshim_wait_simple(wq_head, condition, state, timeout, what)	\
	__kshim_wait_event(wq_head, condition, state, 0, timeout, what, , )

#define wait_event(wq_head, condition) do {				\
	might_sleep();							\
	if (!(condition))						\
		(void)__kshim_wait_simple(wq_head, condition,		\
			TASK_UNINTERRUPTIBLE, MAX_SCHEDULE_TIMEOUT,	\
			"wait_event()");				\
} while (0)

#define wait_event_idle(wq_head, condition) do {			\
	might_sleep();							\
	if (!(condition))						\
		(void)__kshim_wait_simple(wq_head, condition, TASK_IDLE, \
			MAX_SCHEDULE_TIMEOUT, "wait_event_idle()");	\
} while (0)

#define wait_event_timeout(wq_head, condition, timeout) ({		\
	might_sleep();							\
	__kshim_wait_simple(wq_head, condition, TASK_UNINTERRUPTIBLE,	\
			    (timeout), "wait_event_timeout()");		\
})

#define wait_event_interruptible(wq_head, condition) ({		\
	might_sleep();							\
	(int)__kshim_wait_simple(wq_head, condition, TASK_INTERRUPTIBLE, \
		MAX_SCHEDULE_TIMEOUT, "wait_event_interruptible()");	\
})

#define wait_event_interruptible_timeout(wq_head, condition, timeout) ({ \
	might_sleep();							\
	__kshim_wait_simple(wq_head, condition, TASK_INTERRUPTIBLE,	\
		(timeout), "wait_event_interruptible_timeout()");	\
})

#define wait_event_interruptible_exclusive(wq_head, condition) ({	\
	might_sleep();							\
	(int)__kshim_wait_event(wq_head, condition, TASK_INTERRUPTIBLE, 1, \
		MAX_SCHEDULE_TIMEOUT,					\
		"wait_event_interruptible_exclusive()", , );		\
})

#define wait_event_killable(wq_head, condition) ({			\
	might_sleep();							\
	(int)__kshim_wait_simple(wq_head, condition, TASK_KILLABLE,	\
		MAX_SCHEDULE_TIMEOUT, "wait_event_killable()");		\
})

#define wait_event_killable_timeout(wq_head, condition, timeout) ({	\
	might_sleep();							\
	__kshim_wait_simple(wq_head, condition, TASK_KILLABLE,		\
		(timeout), "wait_event_killable_timeout()");		\
})

/* Called, and returns, with @lock held; it is dropped while sleeping. */
#define wait_event_lock_irq(wq_head, condition, lock) do {		\
	if (!(condition))						\
		(void)__kshim_wait_event(wq_head, condition,		\
			TASK_UNINTERRUPTIBLE, 0, MAX_SCHEDULE_TIMEOUT,	\
			"wait_event_lock_irq()",			\
			spin_unlock_irq(&(lock)), spin_lock_irq(&(lock))); \
} while (0)

#define wait_event_interruptible_lock_irq(wq_head, condition, lock) ({	\
	(int)__kshim_wait_event(wq_head, condition, TASK_INTERRUPTIBLE, 0, \
		MAX_SCHEDULE_TIMEOUT,					\
		"wait_event_interruptible_lock_irq()",			\
		spin_unlock_irq(&(lock)), spin_lock_irq(&(lock)));	\
})

#endif /* _LINUX_WAIT_H */
