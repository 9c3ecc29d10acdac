// SPDX-License-Identifier: GPL-2.0-only
/*
 * Virtual time and the timers that run on it.
 *
 * One clock, in nanoseconds since boot, moves only when a test or a delay
 * moves it; jiffies are derived from it (HZ 250) and start where 6.1
 * starts them, five minutes before a 32-bit wrap. Timers (timer_list and
 * hrtimer alike) wait on one sorted list and fire, in softirq context and
 * each inside a guard, when the clock passes them: a timer_list on the
 * tick it expires (the earliest tick the kernel allows), an hrtimer at its
 * nanosecond. Expiry order; equal timer_list expiries fire newest first,
 * as the timer wheel's hlist buckets do (kernel/time/timer.c), equal
 * hrtimers oldest first, as the timerqueue does.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include <kshim/schedapi.h>

#define KSHIM_HZ		250
#define TICK_NS			(1000000000ULL / KSHIM_HZ)
#define INITIAL_JIFFIES		((unsigned long)(unsigned int)(-300 * KSHIM_HZ))

/*
 * The clock in ticks of kshim's HZ. The kernel's variable (jiffies) is the
 * kernel half's, at its tree's HZ: kshim_jiffies_set() keeps it current.
 */
static volatile unsigned long tick_jiffies = INITIAL_JIFFIES;

struct trec {
	void *obj;
	int (*fire)(void *obj);
	const void *fn;			/* the driver's callback, for reports */
	unsigned long long key;		/* when it fires, ns since boot */
	long long order;		/* ties */
	const struct kshim_site *site;
	char module[64];
	struct trec *next;
};

static pthread_mutex_t time_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned long long now_ns;
static struct trec *timers;		/* sorted by (key, order) */
static long long timer_seq;
static __thread int softirq_depth;
static __thread const void *running_timer;

static void set_now(unsigned long long ns)
{
	now_ns = ns;
	__atomic_store_n(&tick_jiffies, INITIAL_JIFFIES + (unsigned long)(ns / TICK_NS),
			 __ATOMIC_RELAXED);
	kshim_jiffies_set(ns);
}

unsigned long kshim_jiffies(void)
{
	return __atomic_load_n(&tick_jiffies, __ATOMIC_RELAXED);
}

unsigned long long kshim_clock_ns(void)
{
	unsigned long long ns;

	pthread_mutex_lock(&time_lock);
	ns = now_ns;
	pthread_mutex_unlock(&time_lock);
	return ns;
}

int kshim_in_softirq(void)
{
	return softirq_depth;
}

void kshim_softirq_enter(void)
{
	softirq_depth++;
}

void kshim_softirq_exit(void)
{
	softirq_depth--;
}

/* ---- Timers ---- */

/* Unlink @obj's record; returns it (the caller frees it) or NULL. */
static struct trec *unlink_timer(const void *obj)
{
	struct trec **pp, *t;

	for (pp = &timers; *pp; pp = &(*pp)->next) {
		if ((*pp)->obj == obj) {
			t = *pp;
			*pp = t->next;
			return t;
		}
	}
	return NULL;
}

int kshim_timer_add(void *obj, int hr, unsigned long long when,
		    int (*fire)(void *obj), const void *fn,
		    const struct kshim_site *site, const char *module)
{
	unsigned long long delta;
	struct trec *t, **pp;
	unsigned long now_j;
	int was;

	pthread_mutex_lock(&time_lock);
	t = unlink_timer(obj);
	was = t != NULL;
	if (!t)
		t = calloc(1, sizeof(*t));
	if (!t) {
		pthread_mutex_unlock(&time_lock);
		abort();
	}
	t->obj = obj;
	t->fire = fire;
	t->fn = fn;
	t->site = site;
	if (!module)
		module = kshim_current_module();
	snprintf(t->module, sizeof(t->module), "%s", module ? module : "");
	if (hr) {
		t->key = when > now_ns ? when : now_ns;
		/* 2: a timer_list of another HZ, in ns: newest first on a tie. */
		t->order = hr == 2 ? -++timer_seq : ++timer_seq;
	} else {
		/* An expiry not after now fires on the next tick. */
		now_j = tick_jiffies;
		if ((long)((unsigned long)when - now_j) <= 0)
			when = now_j + 1;
		delta = (unsigned long)when - now_j;
		/* MAX_JIFFY_OFFSET and the like: never, rather than overflow. */
		if (delta >= ~0ULL / TICK_NS - now_ns / TICK_NS)
			t->key = ~0ULL;
		else
			t->key = (now_ns / TICK_NS + delta) * TICK_NS;
		t->order = -++timer_seq;
	}
	for (pp = &timers; *pp; pp = &(*pp)->next)
		if ((*pp)->key > t->key ||
		    ((*pp)->key == t->key && (*pp)->order > t->order))
			break;
	t->next = *pp;
	*pp = t;
	pthread_mutex_unlock(&time_lock);
	return was;
}

int kshim_timer_del(void *obj)
{
	struct trec *t;

	pthread_mutex_lock(&time_lock);
	t = unlink_timer(obj);
	pthread_mutex_unlock(&time_lock);
	free(t);
	return t != NULL;
}

int kshim_timer_pending(const void *obj)
{
	struct trec *t;
	int found = 0;

	pthread_mutex_lock(&time_lock);
	for (t = timers; t && !found; t = t->next)
		found = t->obj == obj;
	pthread_mutex_unlock(&time_lock);
	return found;
}

/* The expiry of pending hrtimer @obj in ns, or 0. */
unsigned long long kshim_timer_key(const void *obj)
{
	unsigned long long key = 0;
	struct trec *t;

	pthread_mutex_lock(&time_lock);
	for (t = timers; t; t = t->next)
		if (t->obj == obj)
			key = t->key;
	pthread_mutex_unlock(&time_lock);
	return key;
}

int kshim_timer_running(const void *obj)
{
	return running_timer == obj;
}

size_t kshim_timers_pending(void)
{
	struct trec *t;
	size_t n = 0;

	pthread_mutex_lock(&time_lock);
	for (t = timers; t; t = t->next)
		n++;
	pthread_mutex_unlock(&time_lock);
	return n;
}

static int call_fire(void *arg)
{
	struct trec *t = arg;

	return t->fire(t->obj);
}

/* Timers run from process context only: not in an IRQ, not in a timer. */
static int can_fire(void)
{
	return !kshim_in_hardirq() && !softirq_depth && !kshim_irqs_disabled();
}

/*
 * Move the clock to @target (ns), firing each timer due on the way at its
 * own time. A timer that a callback arms for a time already passed fires
 * in the same run; the clock never goes back.
 */
static void advance_to(unsigned long long target)
{
	const void *saved_running;
	struct trec *t;
	int ret;

	for (;;) {
		pthread_mutex_lock(&time_lock);
		if (now_ns > target)
			target = now_ns;
		t = timers;
		if (!t || t->key > target || !can_fire()) {
			set_now(target);
			pthread_mutex_unlock(&time_lock);
			return;
		}
		timers = t->next;
		if (t->key > now_ns)
			set_now(t->key);
		pthread_mutex_unlock(&time_lock);

		saved_running = running_timer;
		running_timer = t->obj;
		softirq_depth++;
		kshim_call_guarded(t->module[0] ? t->module : NULL, call_fire, t,
				   &ret);
		softirq_depth--;
		running_timer = saved_running;
		free(t);
	}
}

void kshim_time_advance_ns(unsigned long long ns)
{
	advance_to(kshim_clock_ns() + ns);
}

/* Sleep until tick @ticks from now begins (schedule_timeout()). */
void kshim_time_sleep_ticks(unsigned long ticks)
{
	unsigned long long now = kshim_clock_ns();

	advance_to((now / TICK_NS + ticks) * TICK_NS);
}

/* Sleep at least @ns, waking on a tick. */
void kshim_time_sleep_ns(unsigned long long ns)
{
	unsigned long long end = kshim_clock_ns() + ns;

	advance_to((end + TICK_NS - 1) / TICK_NS * TICK_NS);
}

void kshim_time_advance(unsigned long ticks)
{
	kshim_time_advance_ns((unsigned long long)ticks * TICK_NS);
}

void kshim_jiffies_advance(unsigned long ticks)
{
	kshim_time_advance(ticks);
}

void kshim_time_advance_ms(unsigned long ms)
{
	kshim_time_advance_ns(ms * 1000000ULL);
}

/* A module's timers must not outlive it: report and forget them. */
void kshim_timer_unload(const char *module, const char *when)
{
	struct trec **pp, *t;
	char site[256];

	pthread_mutex_lock(&time_lock);
	for (pp = &timers; *pp;) {
		t = *pp;
		if (strcmp(t->module, module)) {
			pp = &t->next;
			continue;
		}
		*pp = t->next;
		pthread_mutex_unlock(&time_lock);
		kshim_defect(KSHIM_DEFECT_MISUSE,
			     "timer %ps set up at %s still pending after module %s %s: it would call freed code",
			     t->fn, kshim_site_str(t->site, site, sizeof(site)),
			     module, when);
		free(t);
		pthread_mutex_lock(&time_lock);
	}
	pthread_mutex_unlock(&time_lock);
}

void kshim_time_reset(void)
{
	struct trec *t;

	pthread_mutex_lock(&time_lock);
	while ((t = timers)) {
		timers = t->next;
		free(t);
	}
	timer_seq = 0;
	set_now(0);
	pthread_mutex_unlock(&time_lock);
	kshim_work_reset();
}

/* For a sleep: when the next timer fires, so that the clock can go there. */
int kshim_time_next(unsigned long long *key)
{
	int found;

	pthread_mutex_lock(&time_lock);
	found = timers != NULL;
	if (found)
		*key = timers->key;
	pthread_mutex_unlock(&time_lock);
	return found;
}
