// SPDX-License-Identifier: GPL-2.0-only
/*
 * Work on a real kworker thread (kshim_work_threads()): work runs as soon
 * as it is queued, on another thread, and flush_work(), cancel_work_sync(),
 * flush_workqueue() and kshim_run_work() wait for it as in the kernel. The
 * gates below make each wait observable: a work item that cannot finish
 * until the test lets it, and a second host thread that must still be
 * waiting for it until then.
 */
#include <linux/atomic.h>
#include <linux/bug.h>
#include <linux/kernel.h>
#include <linux/hardirq.h>
#include <linux/jiffies.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/workqueue.h>
#include <asm/processor.h>

#include <kshim/cmocka.h>

/*
 * <pthread.h> and <stdlib.h> cannot be included beside the kernel's
 * headers: the calls needed, with glibc's x86_64 types in plain C.
 */
int pthread_create(unsigned long *thread, const void *attr,
		   void *(*fn)(void *), void *arg);
int pthread_join(unsigned long thread, void **ret);
unsigned long pthread_self(void);
int sched_yield(void);
int setenv(const char *name, const char *value, int overwrite);
int unsetenv(const char *name);

/* A spin that gives up: a broken wait fails the test, never hangs it. */
#define SPINS		50000000L
#define STILL_WAITING	2000		/* yields a waiter must stay blocked */

struct gate {
	struct work_struct work;
	struct delayed_work dwork;
	int gated;			/* wait for release once started */
	int started, release, finished;
	unsigned long tid;		/* the thread it ran on */
	char comm[TASK_COMM_LEN];
	int task;
};

static void gate_run(struct gate *g)
{
	g->tid = pthread_self();
	strscpy(g->comm, current->comm, sizeof(g->comm));
	g->task = in_task();
	smp_store_release(&g->started, 1);
	while (g->gated && !smp_load_acquire(&g->release))
		cpu_relax();
	smp_store_release(&g->finished, READ_ONCE(g->finished) + 1);
}

static void gate_fn(struct work_struct *work)
{
	gate_run(container_of(work, struct gate, work));
}

static void gate_dfn(struct work_struct *work)
{
	gate_run(container_of(to_delayed_work(work), struct gate, dwork));
}

static void gate_init(struct gate *g, int gated)
{
	memset(g, 0, sizeof(*g));
	g->gated = gated;
	INIT_WORK(&g->work, gate_fn);
	INIT_DELAYED_WORK(&g->dwork, gate_dfn);
}

static void spin_until(int *flag)
{
	long i;

	for (i = 0; i < SPINS && !smp_load_acquire(flag); i++)
		sched_yield();
	assert_true(smp_load_acquire(flag));
}

/* A waiter on a second host thread: it runs @op on @g and records the result. */
struct waiter {
	unsigned long tid;
	struct gate *g;
	bool (*op)(struct gate *g);
	int entered, done;
	bool ret;
};

static void *waiter_main(void *arg)
{
	struct waiter *w = arg;

	smp_store_release(&w->entered, 1);
	w->ret = w->op(w->g);
	smp_store_release(&w->done, 1);
	return NULL;
}

/*
 * @g is running, held at its gate: a waiter calls @op, which must not
 * return before the gate opens. Returns what @op returned.
 */
static bool waits_for_the_run(struct gate *g, bool (*op)(struct gate *g))
{
	struct waiter w = { .g = g, .op = op };
	int i;

	spin_until(&g->started);
	assert_int_equal(pthread_create(&w.tid, NULL, waiter_main, &w), 0);
	spin_until(&w.entered);
	for (i = 0; i < STILL_WAITING; i++)
		sched_yield();
	assert_false(READ_ONCE(w.done));
	assert_int_equal(READ_ONCE(g->finished), 0);
	smp_store_release(&g->release, 1);
	assert_int_equal(pthread_join(w.tid, NULL), 0);
	assert_true(w.done);
	assert_int_equal(g->finished, 1);
	return w.ret;
}

static void work_runs_on_a_kworker_thread(void **state)
{
	struct gate g;

	assert_false(kshim_work_threaded());
	kshim_work_threads(true);
	assert_true(kshim_work_threaded());
	gate_init(&g, 0);
	assert_true(schedule_work(&g.work));
	/* Nobody runs it but the kworker. */
	spin_until(&g.finished);
	/* Counted, though it ran before the call. */
	assert_int_equal(kshim_run_work(), 1);
	assert_int_equal(g.finished, 1);
	assert_true(g.tid != pthread_self());
	assert_string_equal(g.comm, "kworker/0:1");
	assert_true(g.task);
	assert_false(flush_work(&g.work));	/* idle: no wait */
	assert_int_equal(kshim_work_pending_count(), 0);

	/* Off: work waits for the test again. */
	kshim_work_threads(false);
	assert_false(kshim_work_threaded());
	assert_true(schedule_work(&g.work));
	assert_int_equal(kshim_work_pending_count(), 1);
	assert_int_equal(kshim_run_work(), 1);
	assert_int_equal(g.finished, 2);
	assert_true(g.tid == pthread_self());
}

static bool do_flush_work(struct gate *g)
{
	return flush_work(&g->work);
}

static bool do_cancel_work_sync(struct gate *g)
{
	return cancel_work_sync(&g->work);
}

static bool do_cancel_delayed_work_sync(struct gate *g)
{
	return cancel_delayed_work_sync(&g->dwork);
}

static bool do_run_work(struct gate *g)
{
	return kshim_run_work() == 1;
}

static void flush_work_waits_for_the_run(void **state)
{
	struct gate g;

	kshim_work_threads(true);
	gate_init(&g, 1);
	schedule_work(&g.work);
	/* It was running: flush_work() had to wait. */
	assert_true(waits_for_the_run(&g, do_flush_work));
}

static void cancel_work_sync_waits_for_the_run(void **state)
{
	struct gate g;

	kshim_work_threads(true);
	gate_init(&g, 1);
	schedule_work(&g.work);
	spin_until(&g.started);
	assert_int_equal(work_busy(&g.work), WORK_BUSY_RUNNING);
	assert_false(cancel_work(&g.work));	/* running, not pending */
	/* Running, not pending: false, once it has finished. */
	assert_false(waits_for_the_run(&g, do_cancel_work_sync));
	assert_int_equal(work_busy(&g.work), 0);
}

static void cancel_delayed_work_sync_waits_for_the_run(void **state)
{
	struct gate g;

	kshim_work_threads(true);
	gate_init(&g, 1);
	assert_true(schedule_delayed_work(&g.dwork, HZ));
	/* On its timer: the kworker has nothing yet. */
	assert_int_equal(kshim_run_work(), 0);
	assert_int_equal(READ_ONCE(g.started), 0);
	kshim_jiffies_advance(HZ);
	assert_false(waits_for_the_run(&g, do_cancel_delayed_work_sync));

	/* Pending on its timer: cancelled at once, true, never run. */
	assert_true(schedule_delayed_work(&g.dwork, HZ));
	assert_true(cancel_delayed_work_sync(&g.dwork));
	kshim_jiffies_advance(2 * HZ);
	/* The first run only. */
	assert_int_equal(kshim_run_work(), 1);
	assert_int_equal(g.finished, 1);
}

static void run_work_and_flush_workqueue_wait(void **state)
{
	struct workqueue_struct *wq;
	struct gate g[4];
	int i;

	kshim_work_threads(true);
	gate_init(&g[0], 1);
	schedule_work(&g[0].work);
	assert_true(waits_for_the_run(&g[0], do_run_work));

	wq = alloc_workqueue("kw_test", 0, 0);
	assert_non_null(wq);
	for (i = 1; i < 4; i++) {
		gate_init(&g[i], 0);
		assert_true(queue_work(wq, &g[i].work));
	}
	flush_workqueue(wq);
	for (i = 1; i < 4; i++)
		assert_int_equal(g[i].finished, 1);
	destroy_workqueue(wq);
}

static void bug_fn(struct work_struct *work)
{
	BUG();
}

static void null_fn(struct work_struct *work)
{
	*(volatile int *)16 = 1;	/* not NULL itself: UBSan lets it fault */
}

/* Caught on the kworker, reported as in the test's thread; the kworker goes on. */
static void crashes_on_the_kworker_are_caught(void **state)
{
	struct work_struct bug_work, null_work;
	struct gate g;

	kshim_work_threads(true);
	INIT_WORK(&bug_work, bug_fn);
	INIT_WORK(&null_work, null_fn);
	schedule_work(&bug_work);
	assert_int_equal(kshim_run_work(), 1);
	assert_log_contains(2, "kernel BUG at tests/test_kworker.c:");
	assert_defects(KSHIM_DEFECT_BUG, 1);
	schedule_work(&null_work);
	assert_int_equal(kshim_run_work(), 1);
	assert_log_contains(1, "BUG: kernel NULL pointer dereference, address: 0000000000000010");
	assert_defects(KSHIM_DEFECT_SIGNAL, 1);

	gate_init(&g, 0);
	schedule_work(&g.work);
	assert_int_equal(kshim_run_work(), 1);
	assert_int_equal(g.finished, 1);
	assert_string_equal(g.comm, "kworker/0:1");
}

static int never;

static void spin_fn(struct work_struct *work)
{
	while (!READ_ONCE(never))
		cpu_relax();
}

/* A work item that never returns: the kworker's watchdog stops it, the rest goes on. */
static void hang_on_the_kworker_is_a_soft_lockup(void **state)
{
	struct work_struct spin_work;
	struct gate g;

#ifdef __SANITIZE_THREAD__
	/* TSan holds a signal back until its next interceptor: a bare spin never gets it. */
	skip();
#endif
	kshim_set_watchdog(1);
	kshim_work_threads(true);
	INIT_WORK(&spin_work, spin_fn);
	schedule_work(&spin_work);
	assert_int_equal(kshim_run_work(), 1);
	kshim_set_watchdog(10);
	/* 1 s of real time, or more on a loaded machine (valgrind): not the count. */
	assert_log_contains(0, "watchdog: BUG: soft lockup - CPU#0 stuck for ");
	assert_log_contains(0, "s! [kworker/0:1:");
	assert_true(strstr(kshim_defect_message(0), "(spin_fn)") != NULL);
	assert_defects(KSHIM_DEFECT_BUG, 1);

	gate_init(&g, 0);
	schedule_work(&g.work);
	assert_int_equal(kshim_run_work(), 1);
	assert_int_equal(g.finished, 1);
}

/* tests/modules/tw_left.c, hold=1: its work waits for this. */
extern int tw_left_running, tw_left_release;

static void work_still_running_after_exit(void **state)
{
	size_t i;
	int running = 0;

	kshim_work_threads(true);
	WRITE_ONCE(tw_left_release, 0);
	assert_int_equal(kshim_load("tw_left", "leave=1 hold=1"), 0);
	spin_until(&tw_left_running);
	assert_int_equal(kshim_unload("tw_left"), 0);
	/* The work, as running; its delayed work, tasklet and timer, as pending. */
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_MISUSE), 4);
	for (i = 0; i < 4; i++)
		running += strstr(kshim_defect_message(i),
				  "work tw_work_fn set up at tests/modules/tw_left.c:") &&
			   strstr(kshim_defect_message(i),
				  "still running after module tw_left exit: it runs freed code");
	assert_int_equal(running, 1);
	smp_store_release(&tw_left_release, 1);
	assert_int_equal(kshim_run_work(), 1);
	assert_false(READ_ONCE(tw_left_running));
	assert_defects(KSHIM_DEFECT_MISUSE, 4);
}

static void reset_follows_the_environment(void **state)
{
	kshim_work_threads(true);
	kshim_reset();
	assert_false(kshim_work_threaded());
	assert_int_equal(setenv("KSHIM_WORK_THREADS", "1", 1), 0);
	kshim_reset();
	assert_true(kshim_work_threaded());
	assert_int_equal(setenv("KSHIM_WORK_THREADS", "0", 1), 0);
	kshim_reset();
	assert_false(kshim_work_threaded());
	assert_int_equal(unsetenv("KSHIM_WORK_THREADS"), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(work_runs_on_a_kworker_thread),
		kshim_unit_test(flush_work_waits_for_the_run),
		kshim_unit_test(cancel_work_sync_waits_for_the_run),
		kshim_unit_test(cancel_delayed_work_sync_waits_for_the_run),
		kshim_unit_test(run_work_and_flush_workqueue_wait),
		kshim_unit_test(crashes_on_the_kworker_are_caught),
		kshim_unit_test(hang_on_the_kworker_is_a_soft_lockup),
		kshim_unit_test(work_still_running_after_exit),
		kshim_unit_test(reset_follows_the_environment),
	};

	/* The test decides, whatever the environment says. */
	unsetenv("KSHIM_WORK_THREADS");
	return kshim_run_tests(tests);
}
