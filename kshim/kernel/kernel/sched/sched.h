/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the scheduling, locking and time files of the kernel half share.
 *
 * Module code does not run on a THREAD_SIZE-aligned task stack yet, so
 * `current` (the stack pointer masked) is not usable here: the task of the
 * calling host thread is kshim_task(), and the preempt count is the host's.
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
