// SPDX-License-Identifier: GPL-2.0-only
/*
 * Work items, delayed work, workqueues and tasklets: they run when the
 * test says so (kshim_run_work()) or the driver flushes them, with 6.1's
 * return values (kernel/workqueue.c, kernel/softirq.c); and nothing a
 * module armed may outlive its exit.
 */
#include <linux/kernel.h>
#include <linux/delay.h>
#include <linux/hardirq.h>
#include <linux/interrupt.h>
#include <linux/jiffies.h>
#include <linux/string.h>
#include <linux/workqueue.h>

#include <kshim/cmocka.h>

struct wprobe {
	struct work_struct work;
	struct delayed_work dwork;
	int ran;
	int task;
	int requeue;			/* queue itself again when run */
	struct work_struct *chain;	/* queue this one when run */
	int *log, *nlog, id;
};

static void wprobe_fn(struct work_struct *work)
{
	struct wprobe *p = container_of(work, struct wprobe, work);

	p->ran++;
	p->task = in_task();
	if (p->log)
		p->log[(*p->nlog)++] = p->id;
	if (p->requeue)
		schedule_work(work);
	if (p->chain)
		schedule_work(p->chain);
}

static void dprobe_fn(struct work_struct *work)
{
	struct wprobe *p = container_of(to_delayed_work(work), struct wprobe, dwork);

	p->ran++;
}

static void work_runs_when_told(void **state)
{
	struct wprobe p = { 0 };

	INIT_WORK(&p.work, wprobe_fn);
	assert_false(work_pending(&p.work));
	assert_true(schedule_work(&p.work));
	/* Pending already: false, still queued once. */
	assert_false(schedule_work(&p.work));
	assert_false(queue_work(system_wq, &p.work));
	assert_true(work_pending(&p.work));
	assert_int_equal(kshim_work_pending_count(), 1);
	assert_int_equal(p.ran, 0);
	assert_int_equal(kshim_run_work(), 1);
	assert_int_equal(p.ran, 1);
	assert_true(p.task);
	assert_false(work_pending(&p.work));
	assert_int_equal(kshim_run_work(), 0);
}

static void work_runs_in_queue_order(void **state)
{
	struct wprobe p[3];
	int log[4], nlog = 0, i;

	memset(p, 0, sizeof(p));
	for (i = 0; i < 3; i++) {
		p[i].id = i;
		p[i].log = log;
		p[i].nlog = &nlog;
		INIT_WORK(&p[i].work, wprobe_fn);
	}
	schedule_work(&p[2].work);
	schedule_work(&p[0].work);
	schedule_work(&p[1].work);
	assert_int_equal(kshim_run_work(), 3);
	assert_int_equal(log[0], 2);
	assert_int_equal(log[1], 0);
	assert_int_equal(log[2], 1);
}

static void requeue_and_chain(void **state)
{
	struct wprobe a = { .requeue = 1 }, b = { 0 }, c = { 0 };

	INIT_WORK(&a.work, wprobe_fn);
	INIT_WORK(&b.work, wprobe_fn);
	INIT_WORK(&c.work, wprobe_fn);
	b.chain = &c.work;
	schedule_work(&a.work);
	schedule_work(&b.work);
	/* a once (it waits for the next call), b, and c that b queued. */
	assert_int_equal(kshim_run_work(), 3);
	assert_int_equal(a.ran, 1);
	assert_int_equal(c.ran, 1);
	assert_true(work_pending(&a.work));
	assert_int_equal(kshim_run_work(), 1);
	assert_int_equal(a.ran, 2);
	a.requeue = 0;
	assert_true(cancel_work_sync(&a.work));
	assert_false(cancel_work_sync(&a.work));
	assert_false(cancel_work(&a.work));
	assert_int_equal(kshim_run_work(), 0);
}

static void delayed_work_waits_for_time(void **state)
{
	struct wprobe p = { 0 };

	INIT_DELAYED_WORK(&p.dwork, dprobe_fn);
	assert_true(schedule_delayed_work(&p.dwork, 10));
	assert_false(schedule_delayed_work(&p.dwork, 1));
	assert_true(delayed_work_pending(&p.dwork));
	assert_int_equal(kshim_work_pending_count(), 0);
	assert_int_equal(kshim_run_work(), 0);
	kshim_jiffies_advance(9);
	assert_int_equal(kshim_run_work(), 0);
	kshim_jiffies_advance(1);
	assert_true(delayed_work_pending(&p.dwork));
	assert_int_equal(kshim_run_work(), 1);
	assert_int_equal(p.ran, 1);
	assert_false(delayed_work_pending(&p.dwork));
	/* A delay of 0 queues at once. */
	assert_true(queue_delayed_work(system_wq, &p.dwork, 0));
	assert_int_equal(kshim_run_work(), 1);
	assert_int_equal(p.ran, 2);
}

static void mod_and_cancel_delayed_work(void **state)
{
	struct wprobe p = { 0 };

	INIT_DELAYED_WORK(&p.dwork, dprobe_fn);
	/* Not pending: false, queued anew. */
	assert_false(mod_delayed_work(system_wq, &p.dwork, 5));
	/* Pending: true, the delay replaced. */
	assert_true(mod_delayed_work(system_wq, &p.dwork, 20));
	kshim_jiffies_advance(10);
	assert_int_equal(kshim_run_work(), 0);
	kshim_jiffies_advance(10);
	assert_int_equal(kshim_run_work(), 1);

	schedule_delayed_work(&p.dwork, 5);
	assert_true(cancel_delayed_work(&p.dwork));
	assert_false(cancel_delayed_work(&p.dwork));
	kshim_jiffies_advance(10);
	assert_int_equal(kshim_run_work(), 0);
	/* Due but not run yet: cancelled off the queue. */
	schedule_delayed_work(&p.dwork, 1);
	kshim_jiffies_advance(1);
	assert_true(cancel_delayed_work_sync(&p.dwork));
	assert_false(cancel_delayed_work_sync(&p.dwork));
	assert_int_equal(kshim_run_work(), 0);
	assert_int_equal(p.ran, 1);
	assert_int_equal(kshim_timers_pending(), 0);
}

static void flushes_run_work_now(void **state)
{
	struct wprobe p = { 0 };

	INIT_WORK(&p.work, wprobe_fn);
	INIT_DELAYED_WORK(&p.dwork, dprobe_fn);
	assert_false(flush_work(&p.work));
	schedule_work(&p.work);
	assert_true(flush_work(&p.work));
	assert_int_equal(p.ran, 1);
	assert_false(work_pending(&p.work));
	/* flush_delayed_work() cuts the delay short. */
	schedule_delayed_work(&p.dwork, 100);
	assert_true(flush_delayed_work(&p.dwork));
	assert_int_equal(p.ran, 2);
	assert_int_equal(kshim_timers_pending(), 0);
	assert_false(flush_delayed_work(&p.dwork));
}

static void own_workqueues(void **state)
{
	struct workqueue_struct *wq;
	struct wprobe a = { 0 }, b = { 0 };

	wq = alloc_workqueue("tw-%s-%d", WQ_MEM_RECLAIM, 0, "x", 3);
	assert_non_null(wq);
	INIT_WORK(&a.work, wprobe_fn);
	INIT_WORK(&b.work, wprobe_fn);
	assert_true(queue_work(wq, &a.work));
	schedule_work(&b.work);
	/* Only what was queued on wq. */
	flush_workqueue(wq);
	assert_int_equal(a.ran, 1);
	assert_int_equal(b.ran, 0);
	queue_work(wq, &a.work);
	destroy_workqueue(wq);		/* drains it */
	assert_int_equal(a.ran, 2);
	assert_int_equal(kshim_run_work(), 1);

	wq = create_singlethread_workqueue("tw-single");
	assert_non_null(wq);
	queue_work(wq, &a.work);
	assert_int_equal(kshim_run_work(), 1);
	destroy_workqueue(wq);
	assert_int_equal(kshim_alloc_live(), 0);
}

static void max_active_clamped(void **state)
{
	struct workqueue_struct *wq = alloc_workqueue("big", 0, 1000);

	assert_non_null(wq);
	/* kernel/workqueue.c wq_clamp_max_active() */
	assert_true(kshim_log_contains(4, "workqueue: max_active 1000 requested for big is out of range, clamping between 1 and 512"));
	destroy_workqueue(wq);
}

static void alloc_workqueue_is_fallible(void **state)
{
	kshim_fail_only("alloc_workqueue");
	kshim_fail_nth(1);
	assert_null(alloc_workqueue("tw", 0, 0));
	assert_int_equal(kshim_failed_calls(), 1);
	assert_int_equal(kshim_alloc_live(), 0);
}

static void leaked_workqueue_is_a_leak(void **state)
{
	struct workqueue_struct *wq = alloc_workqueue("tw", 0, 0);

	assert_non_null(wq);
	assert_int_equal(kshim_leak_check(), 1);
	assert_true(strstr(kshim_defect_message(0), "alloc_workqueue") != NULL);
	assert_defects(KSHIM_DEFECT_LEAK, 1);
}

static void destroy_with_delayed_work_pending(void **state)
{
	struct workqueue_struct *wq = alloc_workqueue("tw", 0, 0);
	struct wprobe p = { 0 };

	INIT_DELAYED_WORK(&p.dwork, dprobe_fn);
	queue_delayed_work(wq, &p.dwork, 10);
	destroy_workqueue(wq);
	assert_true(strstr(kshim_defect_message(0), "destroy_workqueue(): work dprobe_fn") != NULL);
	assert_defects(KSHIM_DEFECT_MISUSE, 1);
	kshim_jiffies_advance(20);
	assert_int_equal(kshim_run_work(), 0);
}

/* ---- Tasklets ---- */

struct tprobe {
	struct tasklet_struct t;
	int ran;
	int softirq;
	unsigned long data;
};

static void tprobe_fn(struct tasklet_struct *t)
{
	struct tprobe *p = from_tasklet(p, t, t);

	p->ran++;
	p->softirq = in_softirq();
}

static struct tprobe *old_style;
static void old_fn(unsigned long data)
{
	old_style->ran++;
	old_style->data = data;
}

static void tasklets(void **state)
{
	struct tprobe p = { 0 }, q = { 0 };

	tasklet_setup(&p.t, tprobe_fn);
	tasklet_schedule(&p.t);
	tasklet_schedule(&p.t);		/* once while scheduled */
	assert_int_equal(kshim_work_pending_count(), 1);
	assert_int_equal(kshim_run_work(), 1);
	assert_int_equal(p.ran, 1);
	assert_true(p.softirq);

	old_style = &q;
	tasklet_init(&q.t, old_fn, 42);
	tasklet_schedule(&q.t);
	assert_int_equal(kshim_run_work(), 1);
	assert_int_equal(q.ran, 1);
	assert_true(q.data == 42);

	/* A disabled tasklet stays scheduled until enabled. */
	tasklet_disable(&p.t);
	tasklet_schedule(&p.t);
	assert_int_equal(kshim_run_work(), 0);
	assert_int_equal(p.ran, 1);
	tasklet_enable(&p.t);
	assert_int_equal(kshim_run_work(), 1);
	assert_int_equal(p.ran, 2);

	/* tasklet_kill() waits for a scheduled tasklet: it runs. */
	tasklet_schedule(&p.t);
	tasklet_kill(&p.t);
	assert_int_equal(p.ran, 3);
	assert_int_equal(kshim_run_work(), 0);
}

/* ---- Module unload ---- */

static void module_cleans_up(void **state)
{
	assert_int_equal(kshim_load("tw_left", NULL), 0);
	assert_int_equal(kshim_run_work(), 2);	/* the tasklet, the work */
	assert_true(kshim_log_contains(6, "tw_left: tasklet ran"));
	assert_true(kshim_log_contains(6, "tw_left: work ran"));
	kshim_jiffies_advance(HZ);
	assert_true(kshim_log_contains(6, "tw_left: timer fired at +250"));
	kshim_jiffies_advance(HZ);
	assert_int_equal(kshim_run_work(), 1);
	assert_true(kshim_log_contains(6, "tw_left: delayed work ran"));
	assert_int_equal(kshim_unload("tw_left"), 0);

	/* Everything pending at exit, cancelled by it. */
	assert_int_equal(kshim_load("tw_left", NULL), 0);
	assert_int_equal(kshim_unload("tw_left"), 0);
	assert_int_equal(kshim_timers_pending(), 0);
	assert_int_equal(kshim_work_pending_count(), 0);
}

static void module_leaves_work_pending(void **state)
{
	size_t i, n;
	int seen = 0;

	assert_int_equal(kshim_load("tw_left", "leave=1"), 0);
	assert_int_equal(kshim_unload("tw_left"), 0);
	n = kshim_defect_count(KSHIM_DEFECT_MISUSE);
	assert_int_equal(n, 4);
	for (i = 0; i < n; i++) {
		const char *m = kshim_defect_message(i);

		assert_true(strstr(m, "after module tw_left exit") != NULL);
		assert_true(strstr(m, "tests/modules/tw_left.c:") != NULL);
		seen |= strstr(m, "work tw_work_fn set up at") ? 1 : 0;
		seen |= strstr(m, "delayed work tw_dwork_fn set up at") ? 2 : 0;
		seen |= strstr(m, "tasklet tw_tasklet_fn set up at") ? 4 : 0;
		seen |= strstr(m, "timer tw_timer_fn set up at") ? 8 : 0;
	}
	assert_int_equal(seen, 15);
	assert_defects(KSHIM_DEFECT_MISUSE, 4);
	/* Forgotten: nothing calls the unloaded module's code. */
	assert_int_equal(kshim_timers_pending(), 0);
	assert_int_equal(kshim_work_pending_count(), 0);
	kshim_jiffies_advance(10 * HZ);
	assert_int_equal(kshim_run_work(), 0);
}

static void failed_init_leaves_work_pending(void **state)
{
	size_t i;

	assert_int_equal(kshim_load("tw_left", "fail=1"), -EIO);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_MISUSE), 4);
	for (i = 0; i < 4; i++)
		assert_true(strstr(kshim_defect_message(i),
				   "after module tw_left failed init: it would call freed code"));
	assert_defects(KSHIM_DEFECT_MISUSE, 4);
	assert_int_equal(kshim_timers_pending(), 0);
	assert_int_equal(kshim_work_pending_count(), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(work_runs_when_told),
		kshim_unit_test(work_runs_in_queue_order),
		kshim_unit_test(requeue_and_chain),
		kshim_unit_test(delayed_work_waits_for_time),
		kshim_unit_test(mod_and_cancel_delayed_work),
		kshim_unit_test(flushes_run_work_now),
		kshim_unit_test(own_workqueues),
		kshim_unit_test(max_active_clamped),
		kshim_unit_test(alloc_workqueue_is_fallible),
		kshim_unit_test(leaked_workqueue_is_a_leak),
		kshim_unit_test(destroy_with_delayed_work_pending),
		kshim_unit_test(tasklets),
		kshim_unit_test(module_cleans_up),
		kshim_unit_test(module_leaves_work_pending),
		kshim_unit_test(failed_init_leaves_work_pending),
	};

	return kshim_run_tests(tests);
}
