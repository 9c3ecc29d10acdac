/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Completions: a count of done events and a wait queue. kshim waits on a
 * wait_queue_head (the kernel uses a simple wait queue); the waits are
 * <linux/wait.h>'s, with their model of sleeping (docs/kernel-api/sched.md).
 */
#ifndef _LINUX_COMPLETION_H
#define _LINUX_COMPLETION_H

#include <linux/wait.h>

struct completion {
	unsigned int done;		/* UINT_MAX: complete_all() */
	struct wait_queue_head wait;
};

#define COMPLETION_INITIALIZER(work)					\
	{ 0, __WAIT_QUEUE_HEAD_INITIALIZER((work).wait) }
#define COMPLETION_INITIALIZER_ONSTACK(work)				\
	(*({ init_completion(&work); &work; }))

#define DECLARE_COMPLETION(work)					\
	struct completion work = COMPLETION_INITIALIZER(work)
#define DECLARE_COMPLETION_ONSTACK(work)				\
	struct completion work = COMPLETION_INITIALIZER_ONSTACK(work)
#define DECLARE_COMPLETION_ONSTACK_MAP(work, map)			\
	DECLARE_COMPLETION_ONSTACK(work)

#define init_completion(x)	__kshim_init_completion((x), #x)
void __kshim_init_completion(struct completion *x, const char *name);

static inline void reinit_completion(struct completion *x)
{
	__atomic_store_n(&x->done, 0, __ATOMIC_RELAXED);
}

void complete(struct completion *x);
void complete_all(struct completion *x);
/* Take one done event if there is one (never sleeps). */
bool try_wait_for_completion(struct completion *x);
bool completion_done(struct completion *x);

/* The waits: wait_event*() on the completion's queue. */
#define __kshim_wait_completion(x, state, timeout, what) ({		\
	struct completion *__kc = (x);					\
	might_sleep();							\
	__kshim_wait_event(__kc->wait, try_wait_for_completion(__kc),	\
			   (state), 1, (timeout), what, , );		\
})

#define wait_for_completion(x)						\
	((void)__kshim_wait_completion((x), TASK_UNINTERRUPTIBLE,	\
		MAX_SCHEDULE_TIMEOUT, "wait_for_completion()"))
#define wait_for_completion_io(x)	wait_for_completion(x)
#define wait_for_completion_timeout(x, timeout)				\
	((unsigned long)__kshim_wait_completion((x), TASK_UNINTERRUPTIBLE, \
		(long)(timeout), "wait_for_completion_timeout()"))
#define wait_for_completion_io_timeout(x, timeout)			\
	wait_for_completion_timeout(x, timeout)
#define wait_for_completion_interruptible(x)				\
	((int)__kshim_wait_completion((x), TASK_INTERRUPTIBLE,		\
		MAX_SCHEDULE_TIMEOUT, "wait_for_completion_interruptible()"))
#define wait_for_completion_interruptible_timeout(x, timeout)		\
	__kshim_wait_completion((x), TASK_INTERRUPTIBLE, (long)(timeout), \
		"wait_for_completion_interruptible_timeout()")
#define wait_for_completion_killable(x)					\
	((int)__kshim_wait_completion((x), TASK_KILLABLE,		\
		MAX_SCHEDULE_TIMEOUT, "wait_for_completion_killable()"))
#define wait_for_completion_killable_timeout(x, timeout)		\
	__kshim_wait_completion((x), TASK_KILLABLE, (long)(timeout),	\
		"wait_for_completion_killable_timeout()")

#endif /* _LINUX_COMPLETION_H */
