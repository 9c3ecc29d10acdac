// SPDX-License-Identifier: GPL-2.0-only
/*
 * Work items and tasklets: queued here, run when a test calls
 * kshim_run_work() (or a driver flushes them), each inside a guard, work
 * in process context as a kworker, tasklets in softirq context.
 *
 * With kshim_work_threads(true), work items run instead on a kworker
 * thread as soon as they are queued, concurrently with the test; the
 * *_sync() and flush calls then wait for it, as in the kernel. Tasklets
 * (softirqs) and RCU callbacks still run in the caller's thread.
 *
 * The pending state lives here, not in the driver's structures: a fresh
 * kernel forgets it without touching memory the slab reset freed.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include <kshim/schedapi.h>

enum { QUEUED, DELAYED, TASKLET };

struct wrec {
	void *obj;
	void *wq;
	void *timer;			/* a delayed work's, while DELAYED */
	int state;
	unsigned long long seq;
	const void *fn;
	const struct kshim_site *site;
	char module[64];
	struct wrec *next;
};

static pthread_mutex_t work_lock = PTHREAD_MUTEX_INITIALIZER;
static struct wrec *works;		/* queue order */
static unsigned long long work_seq;
static __thread const void *running_work;

/*
 * The kworker thread, all under work_lock. work_cond is signalled when work
 * is queued and when the kworker finishes an item or stops.
 */
static pthread_cond_t work_cond = PTHREAD_COND_INITIALIZER;
static pthread_t kworker;
static int threaded;			/* the kworker runs the queued work */
static int stopping;
static struct wrec kw;			/* what it runs: obj NULL when idle */
static unsigned long kw_done;		/* items it has finished */
static unsigned long kw_told;		/* kw_done at the last kshim_run_work() */

static int on_kworker(void)
{
	return threaded && pthread_equal(pthread_self(), kworker);
}

/* Under work_lock: @obj is running on the kworker, for another thread. */
static int kworker_runs(const void *obj)
{
	return threaded && kw.obj && kw.obj == obj && !on_kworker();
}

static struct wrec *find(const void *obj, struct wrec ***where)
{
	struct wrec **pp;

	for (pp = &works; *pp; pp = &(*pp)->next) {
		if ((*pp)->obj == obj) {
			if (where)
				*where = pp;
			return *pp;
		}
	}
	return NULL;
}

static void append(struct wrec *w)
{
	struct wrec **pp;

	for (pp = &works; *pp; pp = &(*pp)->next)
		;
	w->next = NULL;
	w->seq = ++work_seq;
	*pp = w;
	if (threaded)
		pthread_cond_broadcast(&work_cond);
}

static int add(void *wq, void *obj, void *timer, int state, const void *fn,
	       const struct kshim_site *site, const char *module)
{
	struct wrec *w;

	pthread_mutex_lock(&work_lock);
	if (find(obj, NULL)) {
		pthread_mutex_unlock(&work_lock);
		return 0;
	}
	w = calloc(1, sizeof(*w));
	if (!w)
		abort();
	w->obj = obj;
	w->wq = wq;
	w->timer = timer;
	w->state = state;
	w->fn = fn;
	w->site = site;
	if (!module)
		module = kshim_current_module();
	snprintf(w->module, sizeof(w->module), "%s", module ? module : "");
	append(w);
	pthread_mutex_unlock(&work_lock);
	return 1;
}

int kshim_work_queue(void *wq, void *work, void *timer, const void *fn,
		     const struct kshim_site *site, const char *module)
{
	return add(wq, work, timer, timer ? DELAYED : QUEUED, fn, site, module);
}

int kshim_tasklet_schedule(void *t, const void *fn,
			   const struct kshim_site *site, const char *module)
{
	return add(NULL, t, NULL, TASKLET, fn, site, module);
}

/* A delayed work's timer fired: it joins the queue's tail. */
void kshim_work_due(void *work)
{
	struct wrec **pp, *w;

	pthread_mutex_lock(&work_lock);
	w = find(work, &pp);
	if (w && w->state == DELAYED) {
		*pp = w->next;
		w->state = QUEUED;
		append(w);
	}
	pthread_mutex_unlock(&work_lock);
}

static struct wrec *take(const void *obj)
{
	struct wrec **pp, *w;

	pthread_mutex_lock(&work_lock);
	w = find(obj, &pp);
	if (w)
		*pp = w->next;
	pthread_mutex_unlock(&work_lock);
	return w;
}

int kshim_work_cancel(void *work)
{
	struct wrec *w = take(work);

	free(w);
	return w != NULL;
}

/*
 * cancel_work_sync(): off the queue, and not running when it returns (an
 * item that queued itself again while we waited is taken off too).
 */
int kshim_work_cancel_sync(void *work)
{
	struct wrec **pp, *w;
	int was = 0;

	pthread_mutex_lock(&work_lock);
	for (;;) {
		w = find(work, &pp);
		if (w) {
			*pp = w->next;
			free(w);
			was = 1;
		}
		if (!kworker_runs(work))
			break;
		pthread_cond_wait(&work_cond, &work_lock);
	}
	pthread_mutex_unlock(&work_lock);
	return was;
}

/* cancel_delayed_work_sync(), once its timer is gone: wait for the run. */
void kshim_work_sync(const void *work)
{
	pthread_mutex_lock(&work_lock);
	while (kworker_runs(work))
		pthread_cond_wait(&work_cond, &work_lock);
	pthread_mutex_unlock(&work_lock);
}

int kshim_work_pending(const void *work)
{
	int ret;

	pthread_mutex_lock(&work_lock);
	ret = find(work, NULL) != NULL;
	pthread_mutex_unlock(&work_lock);
	return ret;
}

int kshim_tasklet_pending(const void *t)
{
	return kshim_work_pending(t);
}

int kshim_work_running(const void *work)
{
	int ret;

	if (running_work == work)
		return 1;
	pthread_mutex_lock(&work_lock);
	ret = kworker_runs(work);
	pthread_mutex_unlock(&work_lock);
	return ret;
}

/*
 * Run one taken record: a work item as a kworker would (process context),
 * a tasklet in softirq context. Returns 1 when it ran; a disabled tasklet
 * goes back on the queue.
 */
static int run(struct wrec *w)
{
	const char *saved_comm = kshim_current_comm();
	const void *saved_running = running_work;
	const char *module = w->module[0] ? w->module : NULL;
	int ret = 0;

	running_work = w->obj;
	if (w->state == TASKLET) {
		kshim_softirq_enter();
		if (kshim_call_guarded(module, kshim_tasklet_call, w->obj, &ret))
			ret = 0;
		kshim_softirq_exit();
	} else {
		kshim_set_comm("kworker/0:1");
		kshim_call_guarded(module, kshim_work_call, w->obj, &ret);
		kshim_set_comm(strcmp(saved_comm, "kshim") ? saved_comm : NULL);
	}
	running_work = saved_running;
	if (ret == 1) {
		pthread_mutex_lock(&work_lock);
		append(w);
		pthread_mutex_unlock(&work_lock);
		return 0;
	}
	free(w);
	return 1;
}

/*
 * Take the first runnable record (of @wq when not NULL; tasklets first when
 * @tasklets) queued before @before and not yet run in this pass.
 */
static struct wrec *next_runnable(void *wq, int tasklets,
				  unsigned long long before,
				  const void **ran, size_t nran)
{
	struct wrec **pp, *w;
	size_t i;

	pthread_mutex_lock(&work_lock);
	for (pp = &works; (w = *pp); pp = &w->next) {
		if (w->state == DELAYED || w->seq >= before)
			continue;
		if (wq && w->wq != wq)
			continue;
		if ((w->state == TASKLET) != tasklets)
			continue;
		/* The kworker's, unless the kworker itself flushes. */
		if (w->state == QUEUED && threaded && !on_kworker())
			continue;
		for (i = 0; i < nran && ran[i] != w->obj; i++)
			;
		if (i < nran)
			continue;
		*pp = w->next;
		break;
	}
	pthread_mutex_unlock(&work_lock);
	return w;
}

/* Run what is runnable, each object once; returns how many ran. */
static int run_pass(void *wq, unsigned long long before)
{
	const void **ran = NULL;
	size_t nran = 0, cap = 0;
	struct wrec *w;
	int n = 0, tasklets;

	for (tasklets = wq ? 0 : 1; tasklets >= 0; tasklets--) {
		while ((w = next_runnable(wq, tasklets, before, ran, nran))) {
			if (nran == cap) {
				cap = cap ? 2 * cap : 16;
				ran = realloc(ran, cap * sizeof(*ran));
				if (!ran)
					abort();
			}
			ran[nran++] = w->obj;
			n += run(w);
		}
	}
	free(ran);
	return n;
}

/* Under work_lock: queued work (of @wq, or any) before @before, or running. */
static int kworker_has(const void *wq, unsigned long long before)
{
	struct wrec *w;

	if (!threaded || on_kworker())
		return 0;
	if (kw.obj && (!wq || kw.wq == wq) && kw.seq < before)
		return 1;
	for (w = works; w; w = w->next)
		if (w->state == QUEUED && (!wq || w->wq == wq) && w->seq < before)
			return 1;
	return 0;
}

/*
 * Wait for the kworker to finish what was queued (of @wq, or any) before
 * the call; with @drain, until nothing is left, at most 1000 items (work
 * that queues itself forever).
 */
static void kworker_wait(const void *wq, int drain)
{
	unsigned long long before;
	unsigned long start;

	pthread_mutex_lock(&work_lock);
	before = drain ? ~0ULL : work_seq + 1;
	start = kw_done;
	while (kworker_has(wq, before) && kw_done - start < 1000)
		pthread_cond_wait(&work_cond, &work_lock);
	pthread_mutex_unlock(&work_lock);
}

/* Items the kworker finished since the last call: whenever they ran. */
static int kworker_told(void)
{
	unsigned long n;

	pthread_mutex_lock(&work_lock);
	n = kw_done - kw_told;
	kw_told = kw_done;
	pthread_mutex_unlock(&work_lock);
	return (int)n;
}

/*
 * Kernel side (kernel/kernel/kthread.c): woken kthreads run where work
 * does, at a step of the system. Without that kernel half there are none.
 */
__attribute__((weak)) int __kshim_tasks_run(void)
{
	return 0;
}

int kshim_run_work(void)
{
	int n = run_pass(NULL, ~0ULL) + __kshim_tasks_run();

	kworker_wait(NULL, 0);
	n += kworker_told();
	/* An RCU grace period passes too: the callbacks queued before it run. */
	return n + kshim_rcu_grace_period(0);
}

/*
 * A sleeper's step (host/sched.c): as kshim_run_work(), but it never waits
 * for the kworker, which may need a lock the sleeper holds.
 */
int kshim_run_work_nowait(void)
{
	return run_pass(NULL, ~0ULL) + __kshim_tasks_run() +
	       kshim_rcu_grace_period(0);
}

/* The kworker has work queued or running (for another thread). */
int kshim_kworker_busy(void)
{
	int busy;

	pthread_mutex_lock(&work_lock);
	busy = kworker_has(NULL, ~0ULL);
	pthread_mutex_unlock(&work_lock);
	return busy;
}

size_t kshim_work_pending_count(void)
{
	struct wrec *w;
	size_t n = 0;

	pthread_mutex_lock(&work_lock);
	for (w = works; w; w = w->next)
		n += w->state != DELAYED;
	pthread_mutex_unlock(&work_lock);
	return n;
}

/* flush_work(): a queued item runs now; true when it was queued or running. */
int kshim_work_flush(void *work)
{
	struct wrec **pp, *w;
	int waited = 0;

	if (running_work == work)
		return 1;
	pthread_mutex_lock(&work_lock);
	for (;;) {
		w = find(work, &pp);
		if (w && w->state != QUEUED)
			w = NULL;
		/* The kworker runs it (unless it is the one flushing). */
		if (!threaded || on_kworker() || !(w || kw.obj == work))
			break;
		waited = 1;
		pthread_cond_wait(&work_cond, &work_lock);
	}
	if (w)
		*pp = w->next;
	pthread_mutex_unlock(&work_lock);
	if (!w)
		return waited;
	run(w);
	return 1;
}

/*
 * flush_workqueue(): what was queued on @wq before the call runs.
 * drain_workqueue() (@drain): until nothing is left, work queued by the
 * work included.
 */
void kshim_wq_flush(void *wq, int drain)
{
	unsigned long long before;
	int rounds = 0;

	/* What is left (the kworker stopped meanwhile) runs here. */
	kworker_wait(wq, drain);
	do {
		pthread_mutex_lock(&work_lock);
		before = work_seq + 1;
		pthread_mutex_unlock(&work_lock);
	} while (run_pass(wq, before) && drain && ++rounds < 1000);
}

/* destroy_workqueue() after the drain: delayed work still aimed at @wq. */
void kshim_wq_destroyed(void *wq)
{
	struct wrec **pp, *w;
	char site[256];

	pthread_mutex_lock(&work_lock);
	for (pp = &works; (w = *pp);) {
		if (w->wq != wq) {
			pp = &w->next;
			continue;
		}
		*pp = w->next;
		pthread_mutex_unlock(&work_lock);
		if (w->state == DELAYED)
			kshim_timer_del(w->timer);
		kshim_defect(KSHIM_DEFECT_MISUSE,
			     "destroy_workqueue(): work %ps set up at %s still pending on it",
			     w->fn, kshim_site_str(w->site, site, sizeof(site)));
		free(w);
		pthread_mutex_lock(&work_lock);
	}
	pthread_mutex_unlock(&work_lock);
}

/* tasklet_kill(): a scheduled tasklet runs first (the kernel waits for it). */
void kshim_tasklet_kill(void *t)
{
	struct wrec *w = take(t);
	char site[256];

	if (!w)
		return;
	if (!run(w)) {
		/* Disabled: the kernel would wait for it forever. */
		w = take(t);
		kshim_defect(KSHIM_DEFECT_MISUSE,
			     "tasklet_kill(): tasklet %ps set up at %s is disabled and scheduled: it would never finish",
			     w ? w->fn : NULL,
			     kshim_site_str(w ? w->site : NULL, site, sizeof(site)));
		free(w);
	}
}

void kshim_deferred_unload(const char *module, const char *when)
{
	struct wrec **pp, *w;
	char site[256];

	pthread_mutex_lock(&work_lock);
	/* Not waited for: it may wait for the test itself. */
	if (kworker_runs(kw.obj) && !strcmp(kw.module, module)) {
		const void *fn = kw.fn;

		kshim_site_str(kw.site, site, sizeof(site));
		pthread_mutex_unlock(&work_lock);
		kshim_defect(KSHIM_DEFECT_MISUSE,
			     "work %ps set up at %s still running after module %s %s: it runs freed code",
			     fn, site, module, when);
		pthread_mutex_lock(&work_lock);
	}
	for (pp = &works; (w = *pp);) {
		if (strcmp(w->module, module)) {
			pp = &w->next;
			continue;
		}
		*pp = w->next;
		pthread_mutex_unlock(&work_lock);
		/* A delayed work is reported once, as work, not as its timer. */
		if (w->state == DELAYED)
			kshim_timer_del(w->timer);
		kshim_defect(KSHIM_DEFECT_MISUSE,
			     "%s %ps set up at %s still %s after module %s %s: it would call freed code",
			     w->state == TASKLET ? "tasklet" : w->state == DELAYED ?
			     "delayed work" : "work", w->fn,
			     kshim_site_str(w->site, site, sizeof(site)),
			     w->state == TASKLET ? "scheduled" : "pending", module,
			     when);
		free(w);
		pthread_mutex_lock(&work_lock);
	}
	pthread_mutex_unlock(&work_lock);
	kshim_timer_unload(module, when);
	kshim_rcu_unload(module, when);
}

void kshim_work_reset(void)
{
	struct wrec *w;

	pthread_mutex_lock(&work_lock);
	while ((w = works)) {
		works = w->next;
		free(w);
	}
	work_seq = 0;
	pthread_mutex_unlock(&work_lock);
}

/* ---- The kworker thread ---- */

static void *kworker_main(void *arg)
{
	struct wrec **pp, *w;

	pthread_mutex_lock(&work_lock);
	while (!stopping) {
		for (pp = &works; (w = *pp); pp = &w->next)
			if (w->state == QUEUED)
				break;
		if (!w) {
			pthread_cond_wait(&work_cond, &work_lock);
			continue;
		}
		*pp = w->next;
		kw = *w;
		pthread_mutex_unlock(&work_lock);
		run(w);
		pthread_mutex_lock(&work_lock);
		kw.obj = NULL;
		kw_done++;
		pthread_cond_broadcast(&work_cond);
	}
	pthread_mutex_unlock(&work_lock);
	return NULL;
}

/* The kworker finishes its item and ends; what is queued stays queued. */
static void kworker_stop(void)
{
	pthread_t t;

	pthread_mutex_lock(&work_lock);
	if (!threaded || on_kworker()) {
		pthread_mutex_unlock(&work_lock);
		return;
	}
	stopping = 1;
	t = kworker;
	pthread_cond_broadcast(&work_cond);
	pthread_mutex_unlock(&work_lock);
	pthread_join(t, NULL);
	pthread_mutex_lock(&work_lock);
	threaded = 0;
	stopping = 0;
	kw_told = kw_done;
	/* Waiters for the kworker run what is left themselves. */
	pthread_cond_broadcast(&work_cond);
	pthread_mutex_unlock(&work_lock);
}

void kshim_work_threads(bool on)
{
	int err = 0;

	if (!on) {
		kworker_stop();
		return;
	}
	pthread_mutex_lock(&work_lock);
	if (!threaded) {
		err = pthread_create(&kworker, NULL, kworker_main, NULL);
		threaded = !err;
		kw_told = kw_done;
	}
	pthread_mutex_unlock(&work_lock);
	if (err)
		fprintf(stderr, "kshim: no kworker thread: %s; work runs when the test runs it\n",
			strerror(err));
}

bool kshim_work_threaded(void)
{
	int ret;

	pthread_mutex_lock(&work_lock);
	ret = threaded;
	pthread_mutex_unlock(&work_lock);
	return ret;
}

/* A reset stops the kworker first; KSHIM_WORK_THREADS=1 starts one anew. */
void kshim_work_threads_reset(int start)
{
	const char *env = getenv("KSHIM_WORK_THREADS");

	if (!start)
		kworker_stop();
	else if (env && !strcmp(env, "1"))
		kshim_work_threads(true);
}
