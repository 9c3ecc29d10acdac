/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Between kshim's scheduler code compiled against the kernel headers
 * (<linux/sched.h>, <linux/wait.h>, kernel/sched.c, wait.c, rcu.c) and its
 * host side (host/sched.c). Plain C types only.
 */
#ifndef _KSHIM_SCHEDAPI_H
#define _KSHIM_SCHEDAPI_H

#include <kshim/kapi.h>

/* How a sleep may end early (from its task state). */
#define KSHIM_SLEEP_UNINTERRUPTIBLE	0
#define KSHIM_SLEEP_INTERRUPTIBLE	1	/* any signal */
#define KSHIM_SLEEP_KILLABLE		2	/* a fatal signal */
#define KSHIM_SLEEP_IDLE		3	/* TASK_IDLE: never a hung task */

/* What kshim_sleep_step() says. */
#define KSHIM_SLEEP_AGAIN	1	/* something happened: check again */
#define KSHIM_SLEEP_TIMEOUT	0	/* the timeout has passed */
#define KSHIM_SLEEP_SIGNAL	(-1)	/* a signal is pending */
#define KSHIM_SLEEP_HUNG	(-2)	/* never woken: reported */

/* One sleep, on the sleeper's stack. */
struct kshim_sleep {
	int kind;
	int forever;			/* MAX_SCHEDULE_TIMEOUT */
	unsigned long expire;		/* jiffies, unless forever */
	unsigned long long deadline_ns;
	unsigned long long start_ns;	/* virtual clock */
	unsigned long long stall_ns;	/* real clock, when the stall began */
	const struct kshim_site *site;
	const char *what;		/* "wait_event()"... for the report */
	int phase;
	int progress;
	int steps;
};

/* @timeout in jiffies, LONG_MAX for none (negative: none left). */
void kshim_sleep_begin(struct kshim_sleep *sl, int kind, long timeout,
		       const char *what, const struct kshim_site *site);
/* Make the simulated system move one step; see host/sched.c. */
int kshim_sleep_step(struct kshim_sleep *sl);
/* Jiffies left until the timeout (0 when passed); LONG_MAX without one. */
long kshim_sleep_left(const struct kshim_sleep *sl);

/* Kernel side: current is TASK_RUNNING again (a reset, an unwound sleep). */
void __kshim_task_running(void);

/* signal_pending(current) (@fatal: fatal_signal_pending()). */
int kshim_signal_check(int fatal);

/* RCU (host/sched.c): read-side nesting, callbacks, grace periods. */
void kshim_rcu_read_lock(void);
void kshim_rcu_read_unlock(const struct kshim_site *site);
/*
 * call_rcu(@head, @fn), or (@fn NULL) kfree_rcu() of @obj. The host calls
 * back __kshim_rcu_invoke(@head) at the next grace period.
 */
void kshim_call_rcu(void *head, const void *fn, const void *obj,
		    const struct kshim_site *site);
/* A grace period: run the callbacks queued before it; @all: until none is left. */
int kshim_rcu_grace_period(int all);
/* CONFIG_PROVE_RCU's "suspicious ... usage" @what at @site. */
void kshim_rcu_suspicious(const struct kshim_site *site, const char *what);
/* Kernel side: run @head's callback. */
int __kshim_rcu_invoke(void *head);

/*
 * refcount_t saturated: lib/refcount.c's WARN_ONCE "refcount_t: @msg.",
 * once per @kind (its enum refcount_saturation_type) and boot, at @site.
 */
void kshim_refcount_warn(int kind, const char *msg, const struct kshim_site *site);

/*
 * Tasks (host/task.c). kshim_task_stack(): the calling thread's task stack,
 * its thread_info at the bottom (made if it has none; NULL on the old
 * kernel half). A task of its own (a kthread) runs @fn(@arg) guarded as
 * @module's code, named @comm, on a host thread of its own, but only while
 * another thread runs it: kshim_htask_run() returns when it yields
 * (kshim_htask_yield(), on its own thread) or ends (1; *@crashed when it
 * crashed). *@stack_base is its stack, made before it first runs.
 */
void *kshim_task_stack(void);
void *kshim_htask_new(const char *module, const char *comm,
		      int (*fn)(void *), void *arg, void **stack_base);
int kshim_htask_run(void *t, int *crashed);
void kshim_htask_yield(void);
int kshim_htask_self(void);
void kshim_htask_free(void *t);
/* Kernel side: run the tasks that can run, at a step of the system; how many ran. */
int __kshim_tasks_run(void);
/* Kernel side: a reset forgets every kthread (host/sched.c). */
void __kshim_kthread_reset(void);

/* Host side only. */
/* The earliest pending timer's expiry (ns) in *@key; 0 when none (host/time.c). */
int kshim_time_next(unsigned long long *key);
/* A module's RCU callbacks still queued after its exit (host/sched.c). */
void kshim_rcu_unload(const char *module, const char *when);

#endif /* _KSHIM_SCHEDAPI_H */
