// SPDX-License-Identifier: GPL-2.0-only
/*
 * Sleeping and waking in the simulated system, signals, and RCU.
 *
 * kshim is deterministic: nothing runs by itself. A sleeping task makes the
 * rest of the simulated system move instead, one step at a time, and its
 * caller checks whether it was woken (or its condition holds) after each:
 *   1. the test's idle hook (a device raising its interrupt, another
 *      process completing something);
 *   2. pending tasklets, work and RCU callbacks (kshim_run_work(); with a
 *      kworker thread, the sleeper yields to it until it is idle);
 *   3. the clock moves to the next timer, which fires, within the timeout.
 * A round in which none of them did anything is a stall: a timed sleep
 * then ends at its timeout (the clock goes there), an interruptible or
 * killable one gets a signal, an uninterruptible one is the kernel's hung
 * task (reported, and its module call unwinds as a crash). A sleep without
 * timeout that lasts the hung-task timeout of virtual time stalls too.
 *
 * Only the thread that reset the kernel (the test's) steps the system. A
 * sleeper on another host thread only waits, in real time, for a waker on
 * some other thread; a stall there is declared after SPIN_BOUND_NS.
 */
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <kshim/lockdep.h>
#include <kshim/schedapi.h>

#include "internal.h"

#define TICK_NS			(1000000000ULL / 250)	/* HZ 250 */
/* CONFIG_DEFAULT_HUNG_TASK_TIMEOUT (lib/Kconfig.debug) */
#define HUNG_TASK_SECS		120
#define HUNG_TASK_NS		(HUNG_TASK_SECS * 1000000000ULL)
/* A stall waits this long in real time for a waker on another thread. */
#define STALL_GRACE_NS		10000000ULL
#define SPIN_BOUND_NS		2000000000ULL

static kshim_idle_fn idle_hook;
static void *idle_arg;
static pthread_t main_thread;
static int have_main;

/* The current task's signals: a test's, and one a stalled sleep got. */
static __thread int sig_pending, sig_fatal, sig_auto;	/* sig_auto 2: fatal */
static __thread int rcu_depth;
/* Reported since the reset: suspicious RCU lines, refcount WARN kinds. */
static const struct kshim_site *seen[64];
static int nseen;
static unsigned int refcount_warned;	/* kinds warned since the reset */

void kshim_set_idle_hook(kshim_idle_fn fn, void *arg)
{
	idle_hook = fn;
	idle_arg = arg;
}

void kshim_signal_pending(bool pending)
{
	sig_pending = pending;
	sig_auto = 0;
}

void kshim_fatal_signal_pending(bool pending)
{
	sig_fatal = pending;
	sig_auto = 0;
}

int kshim_signal_check(int fatal)
{
	if (fatal)
		return sig_fatal || sig_auto == 2;
	return sig_pending || sig_fatal || sig_auto;
}

static unsigned long long real_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000ULL + ts.tv_nsec;
}

static int on_main_thread(void)
{
	return !have_main || pthread_equal(pthread_self(), main_thread);
}

void kshim_sleep_begin(struct kshim_sleep *sl, int kind, long timeout,
		       const char *what, const struct kshim_site *site)
{
	unsigned long long now = kshim_clock_ns(), ticks;

	memset(sl, 0, sizeof(*sl));
	sl->kind = kind;
	sl->what = what;
	sl->site = site;
	sl->start_ns = now;
	sl->forever = timeout == __LONG_MAX__;
	if (timeout < 0)
		timeout = 0;
	/* schedule_timeout(): the timer fires on tick jiffies + timeout. */
	sl->expire = kshim_jiffies() + (unsigned long)timeout;
	ticks = now / TICK_NS + (unsigned long long)timeout;
	if (sl->forever || ticks >= ~0ULL / TICK_NS)
		sl->deadline_ns = ~0ULL;
	else
		sl->deadline_ns = ticks * TICK_NS;
}

long kshim_sleep_left(const struct kshim_sleep *sl)
{
	long left;

	if (sl->forever)
		return __LONG_MAX__;
	left = (long)(sl->expire - kshim_jiffies());
	return left > 0 ? left : 0;
}

static int interrupted(const struct kshim_sleep *sl)
{
	if (sl->kind == KSHIM_SLEEP_INTERRUPTIBLE)
		return kshim_signal_check(0);
	if (sl->kind == KSHIM_SLEEP_KILLABLE)
		return kshim_signal_check(1);
	return 0;
}

static void advance_to(unsigned long long target)
{
	unsigned long long now = kshim_clock_ns();

	if (target > now)
		kshim_time_advance_ns(target - now);
}

/* kernel/hung_task.c check_hung_task(): the report; then the call unwinds. */
static int hung(struct kshim_sleep *sl)
{
	const char *module = kshim_current_module();
	char where[256];

	advance_to(sl->start_ns + HUNG_TASK_NS);
	kshim_klog(3, "INFO: task %s:%d blocked for more than %ld seconds.",
		   kshim_current_comm(), kshim_current_pid(),
		   (long)HUNG_TASK_SECS);
	kshim_klog(3, "\"echo 0 > /proc/sys/kernel/hung_task_timeout_secs\" disables this message.");
	kshim_defect(KSHIM_DEFECT_LOCKING,
		     "INFO: task %s:%d blocked for more than %ld seconds.\n"
		     "%s at %s%s%s sleeps uninterruptibly and nothing can wake it",
		     kshim_current_comm(), kshim_current_pid(),
		     (long)HUNG_TASK_SECS, sl->what,
		     kshim_site_str(sl->site, where, sizeof(where)),
		     module ? " in module " : "", module ? module : "");
	if (kshim_guarded()) {
		/* The sleeper's frames are gone: its task runs (the caller's). */
		__kshim_task_running();
		kshim_guard_unwind();
	}
	return KSHIM_SLEEP_HUNG;
}

/* Nothing can end the sleep: how it ends. */
static int stalled(struct kshim_sleep *sl)
{
	if (sl->deadline_ns != ~0ULL) {
		advance_to(sl->deadline_ns);
		return KSHIM_SLEEP_TIMEOUT;
	}
	if (sl->kind == KSHIM_SLEEP_INTERRUPTIBLE || sl->kind == KSHIM_SLEEP_KILLABLE) {
		/* As if the process got a signal (SIGKILL for a killable one). */
		sig_auto = sl->kind == KSHIM_SLEEP_KILLABLE ? 2 : 1;
		return KSHIM_SLEEP_SIGNAL;
	}
	return hung(sl);
}

/* A stall, after a short real-time grace for a waker on another thread. */
static int stall(struct kshim_sleep *sl, unsigned long long bound)
{
	unsigned long long now = real_ns();

	if (!sl->stall_ns)
		sl->stall_ns = now;
	if (now - sl->stall_ns < bound) {
		sched_yield();
		return KSHIM_SLEEP_AGAIN;
	}
	return stalled(sl);
}

int kshim_sleep_step(struct kshim_sleep *sl)
{
	unsigned long long now, limit, key;
	size_t before;

	if (!sl->steps++) {
		/* schedule(): "scheduling while atomic" (host/lockdep.c). */
		kshim_schedule_check();
		sig_auto = 0;
	}
	if (interrupted(sl))
		return KSHIM_SLEEP_SIGNAL;
	now = kshim_clock_ns();
	if (now >= sl->deadline_ns)
		return KSHIM_SLEEP_TIMEOUT;
	if (!on_main_thread())
		return stall(sl, SPIN_BOUND_NS);
	if (sl->stall_ns)
		return stall(sl, STALL_GRACE_NS);
	/* Without a timeout, the hung-task detector's period at most. */
	limit = sl->forever ? sl->start_ns + HUNG_TASK_NS : sl->deadline_ns;
	if (sl->forever && now >= limit)
		return stall(sl, STALL_GRACE_NS);

	if (sl->phase == 0) {
		sl->phase = 1;
		if (idle_hook) {
			if (idle_hook(idle_arg))
				sl->progress = 1;
			return KSHIM_SLEEP_AGAIN;
		}
	}
	if (sl->phase == 1) {
		/* The kworker thread's work comes first: time stands meanwhile. */
		if (kshim_kworker_busy()) {
			sched_yield();
			return KSHIM_SLEEP_AGAIN;
		}
		sl->phase = 2;
		if (kshim_run_work_nowait() > 0) {
			sl->progress = 1;
			return KSHIM_SLEEP_AGAIN;
		}
	}
	sl->phase = 0;
	before = kshim_timers_pending();
	if (kshim_time_next(&key) && key <= limit)
		advance_to(key);
	/* A timer that cannot fire here (interrupts off) is no progress. */
	if (kshim_clock_ns() != now || kshim_timers_pending() != before)
		sl->progress = 1;
	if (sl->progress) {
		sl->progress = 0;
		return KSHIM_SLEEP_AGAIN;
	}
	return stall(sl, STALL_GRACE_NS);
}

/* ---- RCU ---- */

struct rcb {
	void *head;
	const void *fn;			/* NULL: kfree_rcu() of obj */
	const void *obj;
	const struct kshim_site *site;
	char module[64];
	struct rcb *next;
};

static pthread_mutex_t rcu_lock = PTHREAD_MUTEX_INITIALIZER;
static struct rcb *rcbs, **rcb_tail = &rcbs;

int kshim_rcu_read_depth(void)
{
	return rcu_depth;
}

void kshim_rcu_read_lock(void)
{
	rcu_depth++;
}

void kshim_rcu_read_unlock(const struct kshim_site *site)
{
	char where[256];

	if (rcu_depth > 0) {
		rcu_depth--;
		return;
	}
	kshim_defect(KSHIM_DEFECT_MISUSE,
		     "rcu_read_unlock() without rcu_read_lock() at %s",
		     kshim_site_str(site, where, sizeof(where)));
}

void kshim_call_rcu(void *head, const void *fn, const void *obj,
		    const struct kshim_site *site)
{
	const char *module = kshim_current_module();
	struct rcb *r = calloc(1, sizeof(*r));

	if (!r)
		abort();
	r->head = head;
	r->fn = fn;
	r->obj = obj;
	r->site = site;
	snprintf(r->module, sizeof(r->module), "%s", module ? module : "");
	pthread_mutex_lock(&rcu_lock);
	*rcb_tail = r;
	rcb_tail = &r->next;
	pthread_mutex_unlock(&rcu_lock);
}

/* Take the whole queue: what a grace period starting now covers. */
static struct rcb *take_all(void)
{
	struct rcb *list;

	pthread_mutex_lock(&rcu_lock);
	list = rcbs;
	rcbs = NULL;
	rcb_tail = &rcbs;
	pthread_mutex_unlock(&rcu_lock);
	return list;
}

/* Callbacks run in softirq context (RCU_SOFTIRQ), each guarded. */
static void invoke(struct rcb *r)
{
	int ret;

	if (!r->fn) {
		kshim_free(r->obj, r->site, "kfree_rcu");
		return;
	}
	kshim_softirq_enter();
	kshim_call_guarded(r->module[0] ? r->module : NULL, __kshim_rcu_invoke,
			   r->head, &ret);
	kshim_softirq_exit();
}

int kshim_rcu_grace_period(int all)
{
	struct rcb *list, *r;
	int n = 0, rounds = 0;

	do {
		list = take_all();
		if (!list)
			break;
		while ((r = list)) {
			list = r->next;
			invoke(r);
			free(r);
			n++;
		}
	} while (all && ++rounds < 1000);
	return n;
}

size_t kshim_rcu_pending(void)
{
	struct rcb *r;
	size_t n = 0;

	pthread_mutex_lock(&rcu_lock);
	for (r = rcbs; r; r = r->next)
		n++;
	pthread_mutex_unlock(&rcu_lock);
	return n;
}

/*
 * A module's callbacks must have run before its code goes (rcu_barrier()
 * in its exit). A kfree_rcu() is no module code: its grace period passes.
 */
void kshim_rcu_unload(const char *module, const char *when)
{
	struct rcb *list = take_all(), *r, **keep = &list;
	char where[256];

	while ((r = *keep)) {
		if (strcmp(r->module, module)) {
			keep = &r->next;
			continue;
		}
		*keep = r->next;
		if (r->fn)
			kshim_defect(KSHIM_DEFECT_MISUSE,
				     "call_rcu() callback %ps queued at %s still pending after module %s %s: it would call freed code",
				     r->fn, kshim_site_str(r->site, where, sizeof(where)),
				     module, when);
		else
			invoke(r);
		free(r);
	}
	/* The others go back, ahead of anything queued meanwhile. */
	pthread_mutex_lock(&rcu_lock);
	if (list) {
		for (r = list; r->next; r = r->next)
			;
		r->next = rcbs;
		if (!rcbs)
			rcb_tail = &r->next;
		rcbs = list;
	}
	pthread_mutex_unlock(&rcu_lock);
}

/* Kernel side (kernel/kernel/kthread.c): forget the old kernel's kthreads. */
__attribute__((weak)) void __kshim_kthread_reset(void)
{
}

void kshim_sched_reset(void)
{
	struct rcb *r;

	main_thread = pthread_self();
	have_main = 1;
	idle_hook = NULL;
	idle_arg = NULL;
	sig_pending = sig_fatal = sig_auto = 0;
	rcu_depth = 0;
	nseen = 0;
	__kshim_task_running();
	__kshim_kthread_reset();
	refcount_warned = 0;
	/* Forgotten, not run: the memory they would touch is gone. */
	while ((r = take_all())) {
		while (r) {
			struct rcb *next = r->next;

			free(r);
			r = next;
		}
	}
}


/* kernel/locking/lockdep.c lockdep_rcu_suspicious(), once per line. */
void kshim_rcu_suspicious(const struct kshim_site *site, const char *what)
{
	char where[256];
	int i, found = 0;

	pthread_mutex_lock(&rcu_lock);
	for (i = 0; i < nseen && !found; i++)
		found = seen[i] == site;
	if (!found && nseen < 64)
		seen[nseen++] = site;
	pthread_mutex_unlock(&rcu_lock);
	if (found)
		return;
	kshim_klog(4, "=============================");
	kshim_klog(4, "WARNING: suspicious RCU usage");
	kshim_klog(4, "-----------------------------");
	kshim_klog(4, "%s:%d %s!", site->file, site->line, what);
	kshim_defect(KSHIM_DEFECT_LOCKING,
		     "WARNING: suspicious RCU usage: %s! at %s",
		     what, kshim_site_str(site, where, sizeof(where)));
}

void kshim_refcount_warn(int kind, const char *msg, const struct kshim_site *site)
{
	unsigned int bit = kind >= 0 && kind < 31 ? 1u << kind : 1u << 31;

	if (__atomic_fetch_or(&refcount_warned, bit, __ATOMIC_RELAXED) & bit)
		return;
	kshim_klog(4, "------------[ cut here ]------------");
	kshim_klog(4, "refcount_t: %s.", msg);
	kshim_warn(kshim_current_module(), site->file, site->line, site->func, 0);
}
