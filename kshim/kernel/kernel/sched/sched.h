/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the scheduling, locking and time files of the kernel half share.
 *
 * Module code runs on its host thread's task stack (host/task.c), where
 * `current` is the task at the stack's bottom. Code here may also run from
 * host code off that stack (a reset, a timer firing), where the stack
 * pointer says nothing: so it uses kshim_task(), the same task found from
 * the host thread. The preempt count is the host's (kshim_preempt_count()).
 */
#ifndef _KSHIM_KERNEL_SCHED_H
#define _KSHIM_KERNEL_SCHED_H

#include <linux/sched.h>
#include <linux/jiffies.h>
#include <linux/lockdep.h>
#include <kshim/kapi.h>
#include <kshim/lockdep.h>
#include <kshim/schedapi.h>
#include "../../internal.h"

/* The task_struct of the calling host thread (one per simulated task). */
struct task_struct *kshim_task(void);

/* Sleep in the state kshim_task() is in, until woken or @timeout passes. */
long kshim_sleep(long timeout, const char *what, const struct kshim_site *site);

/* A kthread's sleep (kernel/kthread.c): the CPU back to who ran it. */
long kshim_kthread_sleep(struct task_struct *tsk, long timeout,
			 const struct kshim_site *site);

/* The host's signals, as @tsk's TIF_SIGPENDING and SIGKILL. */
void kshim_task_signals(struct task_struct *tsk);

/* The host's: the calling thread's task stack, if any (host/task.c). */
int kshim_task_stack_range(void **lo, void **hi);

/* What a sleep is called in reports: the wait_event*() it is in, if any. */
const char *kshim_wait_event_name(bool timeout);

/* host/time.c ticks at kshim's HZ; this tree's jiffies tick at HZ. */
#define KSHIM_TICK_NS	(NSEC_PER_SEC / HZ)

/* The clock (ns) at which jiffies reaches @j, as the wheel would fire it. */
unsigned long long kshim_jiffies_ns(unsigned long j);

/* A timer_list or a work's lockdep_map keeps its setup's site here. */
#define KSHIM_MAP_SITE(map)	(*(const struct kshim_site **)&(map)->class_cache[0])

/* Locks: the kshim_lock lives in the lock's lockdep_map (kernel/locking). */
static inline struct kshim_lock *kshim_map_lock(struct lockdep_map *map)
{
	BUILD_BUG_ON(sizeof(struct kshim_lock) > sizeof(struct lockdep_map));
	return (struct kshim_lock *)map;
}

/*
 * A statically initialised lock (DEFINE_MUTEX...) has the kernel's map: a
 * name, no key. Make it kshim's on first use, if @valid says the lock was
 * initialised at all (an uninitialised one is the host's report).
 */
void kshim_lock_static(struct lockdep_map *map, int kind, bool valid);

#endif /* _KSHIM_KERNEL_SCHED_H */
