// SPDX-License-Identifier: GPL-2.0-only
/*
 * Sleeping and waking in the simulated system: a wait makes the system move
 * (the idle hook, work, the next timer) until its condition holds, and
 * ends as the kernel's would: remaining jiffies or 0 at a timeout (the
 * clock moved exactly that far), -ERESTARTSYS on a signal, the hung-task
 * report when nothing can wake an uninterruptible sleeper.
 */
#include <linux/completion.h>
#include <linux/interrupt.h>
#include <linux/jiffies.h>
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/delay.h>
#include <linux/sched/signal.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/timer.h>
#include <linux/wait.h>
#include <linux/workqueue.h>

#include <kshim/cmocka.h>

/* <pthread.h> cannot be included beside the kernel's: see test_threads.c. */
int pthread_create(unsigned long *thread, const void *attr,
		   void *(*fn)(void *), void *arg);
int pthread_join(unsigned long thread, void **ret);
int sched_yield(void);

static DECLARE_WAIT_QUEUE_HEAD(wq);
static int cond;
static struct timer_list tmr;
static struct work_struct work;
static int active_in_timer;

static void set_cond(void)
{
	WRITE_ONCE(cond, 1);
	wake_up(&wq);
}

static void timer_wakes(struct timer_list *t)
{
	active_in_timer = waitqueue_active(&wq);
	set_cond();
}

static void work_wakes(struct work_struct *w)
{
	set_cond();
}

static void arm(unsigned long delay)
{
	cond = 0;
	timer_setup(&tmr, timer_wakes, 0);
	mod_timer(&tmr, jiffies + delay);
}

/* Woken by a timer: the clock moves to the timer, no further. */
static void test_timeout_woken_by_timer(void **state)
{
	unsigned long start = jiffies;
	long ret;

	arm(10);
	ret = wait_event_timeout(wq, READ_ONCE(cond), 100);
	assert_int_equal(ret, 90);
	assert_int_equal(jiffies - start, 10);
	assert_true(active_in_timer);
	assert_false(waitqueue_active(&wq));
}

/* Nothing wakes it: 0, and the clock is exactly at the timeout. */
static void test_timeout_expires(void **state)
{
	unsigned long start = jiffies;

	cond = 0;
	assert_int_equal(wait_event_timeout(wq, READ_ONCE(cond), 100), 0);
	assert_int_equal(jiffies - start, 100);
	/* A timer later than the timeout does not fire within the wait. */
	arm(50);
	start = jiffies;
	assert_int_equal(wait_event_timeout(wq, READ_ONCE(cond), 20), 0);
	assert_int_equal(jiffies - start, 20);
	assert_true(timer_pending(&tmr));
	del_timer_sync(&tmr);
}

/* True at once: the whole timeout back, no sleep, no time passes. */
static void test_timeout_true_at_once(void **state)
{
	unsigned long start = jiffies;

	cond = 1;
	assert_int_equal(wait_event_timeout(wq, READ_ONCE(cond), 100), 100);
	/* ___wait_cond_timeout(): a timeout of 0 with the condition true is 1. */
	assert_int_equal(wait_event_timeout(wq, READ_ONCE(cond), 0), 1);
	assert_int_equal(jiffies, start);
}

/* Pending work runs before the clock moves. */
static void test_woken_by_work(void **state)
{
	unsigned long start = jiffies;

	cond = 0;
	INIT_WORK(&work, work_wakes);
	schedule_work(&work);
	wait_event(wq, READ_ONCE(cond));
	assert_int_equal(cond, 1);
	assert_int_equal(jiffies, start);
}

#define LINE	33
static int hook_calls;

static irqreturn_t irq_wakes(int irq, void *dev_id)
{
	set_cond();
	return IRQ_HANDLED;
}

/* The test plays the device: its interrupt, raised while the driver sleeps. */
static bool raise_line(void *arg)
{
	hook_calls++;
	kshim_irq_raise(LINE);
	return true;
}

static void test_idle_hook_raises_irq(void **state)
{
	cond = 0;
	hook_calls = 0;
	assert_int_equal(request_irq(LINE, irq_wakes, 0, "waker", &cond), 0);
	kshim_set_idle_hook(raise_line, NULL);
	assert_int_equal(wait_event_interruptible(wq, READ_ONCE(cond)), 0);
	assert_int_equal(hook_calls, 1);
	kshim_set_idle_hook(NULL, NULL);
	free_irq(LINE, &cond);
}

/* A hook with nothing to do does not keep the sleeper busy forever. */
static bool idle_nothing(void *arg)
{
	hook_calls++;
	return false;
}

static void test_interruptible_nothing_wakes(void **state)
{
	unsigned long start = jiffies;

	cond = 0;
	hook_calls = 0;
	kshim_set_idle_hook(idle_nothing, NULL);
	assert_int_equal(wait_event_interruptible(wq, READ_ONCE(cond)), -ERESTARTSYS);
	assert_int_equal(hook_calls, 1);
	/* As if the process got a signal: it is pending now. */
	assert_true(signal_pending(current));
	assert_false(fatal_signal_pending(current));
	assert_int_equal(jiffies, start);
	/* Killable: as if it got SIGKILL. */
	assert_int_equal(wait_event_killable(wq, READ_ONCE(cond)), -ERESTARTSYS);
	assert_true(fatal_signal_pending(current));
	/* A timed interruptible wait times out instead. */
	assert_int_equal(wait_event_interruptible_timeout(wq, READ_ONCE(cond), 7), 0);
	assert_int_equal(jiffies - start, 7);
}

/* A signal the test sends: interruptible waits end at once, others go on. */
static void test_signal_from_test(void **state)
{
	unsigned long start = jiffies;

	arm(10);
	kshim_signal_pending(true);
	assert_true(signal_pending(current));
	assert_int_equal(wait_event_interruptible(wq, READ_ONCE(cond)), -ERESTARTSYS);
	assert_int_equal(wait_event_interruptible_timeout(wq, READ_ONCE(cond), 50),
			 -ERESTARTSYS);
	assert_int_equal(jiffies, start);
	/* Not fatal: a killable wait sleeps until the timer. */
	assert_int_equal(wait_event_killable(wq, READ_ONCE(cond)), 0);
	assert_int_equal(jiffies - start, 10);
	/* The condition wins over a signal. */
	assert_int_equal(wait_event_interruptible(wq, READ_ONCE(cond)), 0);
	kshim_signal_pending(false);
	assert_false(signal_pending(current));

	arm(10);
	kshim_fatal_signal_pending(true);
	assert_true(fatal_signal_pending(current));
	assert_int_equal(wait_event_killable(wq, READ_ONCE(cond)), -ERESTARTSYS);
	kshim_fatal_signal_pending(false);
	del_timer_sync(&tmr);
}

/* schedule_timeout(): the jiffies left, and the state back to running. */
static void test_schedule_timeout(void **state)
{
	unsigned long start = jiffies;

	assert_int_equal(schedule_timeout_uninterruptible(5), 0);
	assert_int_equal(jiffies - start, 5);
	assert_int_equal(current->__state, TASK_RUNNING);
	/* Running: it does not sleep at all. */
	assert_int_equal(schedule_timeout(5), 5);
	assert_int_equal(jiffies - start, 5);
	/* A pending signal: an interruptible sleep does not start. */
	kshim_signal_pending(true);
	assert_int_equal(schedule_timeout_interruptible(8), 8);
	assert_int_equal(schedule_timeout_killable(8), 0);
	assert_int_equal(jiffies - start, 13);
	kshim_signal_pending(false);
	/* kernel/time/timer.c: a negative timeout is complained about. */
	assert_int_equal(schedule_timeout(-1), 0);
	assert_log_contains(3, "schedule_timeout: wrong timeout value ffffffffffffffff");
}

/* The open-coded loop: prepare_to_wait(), schedule(), finish_wait(). */
static void test_prepare_schedule_finish(void **state)
{
	unsigned long start = jiffies;
	DEFINE_WAIT(wait);
	int loops = 0;

	arm(3);
	for (;;) {
		prepare_to_wait(&wq, &wait, TASK_INTERRUPTIBLE);
		if (READ_ONCE(cond))
			break;
		if (signal_pending(current))
			break;
		schedule();
		loops++;
	}
	finish_wait(&wq, &wait);
	assert_int_equal(loops, 1);
	assert_int_equal(cond, 1);
	assert_int_equal(jiffies - start, 3);
	assert_false(waitqueue_active(&wq));
	assert_int_equal(current->__state, TASK_RUNNING);
}

static unsigned int woken_key;

static int key_wake(struct wait_queue_entry *e, unsigned int mode, int sync, void *key)
{
	woken_key = key_to_poll(key);
	return 0;
}

/* wake_up_poll() hands the events to each entry's wake function. */
static void test_wake_up_poll_key(void **state)
{
	struct wait_queue_entry e;

	init_waitqueue_func_entry(&e, key_wake);
	add_wait_queue(&wq, &e);
	assert_true(waitqueue_active(&wq));
	wake_up_interruptible_poll(&wq, 0x41);
	assert_int_equal(woken_key, 0x41);
	remove_wait_queue(&wq, &e);
	assert_false(waitqueue_active(&wq));
}

static DECLARE_COMPLETION(done);

static void work_completes(struct work_struct *w)
{
	complete(&done);
}

static void timer_completes(struct timer_list *t)
{
	complete(&done);
}

static void test_completion(void **state)
{
	unsigned long start = jiffies;

	reinit_completion(&done);
	assert_false(completion_done(&done));
	assert_false(try_wait_for_completion(&done));
	complete(&done);
	complete(&done);
	assert_true(completion_done(&done));
	wait_for_completion(&done);
	assert_true(try_wait_for_completion(&done));
	assert_false(try_wait_for_completion(&done));
	/* complete_all(): done for every waiter from then on. */
	complete_all(&done);
	wait_for_completion(&done);
	wait_for_completion(&done);
	assert_true(completion_done(&done));
	reinit_completion(&done);
	assert_false(completion_done(&done));

	/* By work: no time passes. */
	INIT_WORK(&work, work_completes);
	schedule_work(&work);
	wait_for_completion(&done);
	assert_int_equal(jiffies, start);

	/* By a timer: the jiffies left. */
	timer_setup(&tmr, timer_completes, 0);
	mod_timer(&tmr, jiffies + 30);
	assert_int_equal(wait_for_completion_timeout(&done, 100), 70);
	assert_int_equal(jiffies - start, 30);
	/* Nobody: 0 at the timeout; interruptible: -ERESTARTSYS. */
	assert_int_equal(wait_for_completion_timeout(&done, 100), 0);
	assert_int_equal(jiffies - start, 130);
	assert_int_equal(wait_for_completion_interruptible(&done), -ERESTARTSYS);
	assert_int_equal(wait_for_completion_killable_timeout(&done, 4), 0);
	assert_int_equal(jiffies - start, 134);
	kshim_signal_pending(false);
}

static void test_completion_onstack(void **state)
{
	DECLARE_COMPLETION_ONSTACK(local);

	assert_false(completion_done(&local));
	complete(&local);
	assert_int_equal(wait_for_completion_interruptible(&local), 0);
}

/* msleep() ends in schedule(): not with a spinlock held. */
static void test_sleep_while_atomic(void **state)
{
	DEFINE_SPINLOCK(lock);

	spin_lock(&lock);
	msleep(1);
	spin_unlock(&lock);
	/* kernel/sched/core.c __schedule_bug() */
	assert_log_contains(3, "BUG: scheduling while atomic: kshim/");
	assert_defects(KSHIM_DEFECT_LOCKING, 1);
	/* A wait that sleeps, the same; wait_event*() checks might_sleep() first. */
	cond = 0;
	spin_lock(&lock);
	assert_int_equal(wait_event_timeout(wq, READ_ONCE(cond), 2), 0);
	spin_unlock(&lock);
	assert_log_contains(3, "BUG: sleeping function called from invalid context");
	assert_true(kshim_defect_count(KSHIM_DEFECT_LOCKING) >= 1);
	kshim_defects_clear();
}

/* The lock is dropped while the system moves, and held again after. */
static void test_wait_event_lock_irq(void **state)
{
	unsigned long start = jiffies;
	DEFINE_SPINLOCK(lock);

	arm(4);
	spin_lock_irq(&lock);
	wait_event_lock_irq(wq, READ_ONCE(cond), lock);
	assert_true(spin_is_locked(&lock));
	assert_true(irqs_disabled());
	spin_unlock_irq(&lock);
	assert_int_equal(jiffies - start, 4);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
}

#define NWAITERS	4
static int waiting;

static void *thread_waits(void *arg)
{
	__atomic_add_fetch(&waiting, 1, __ATOMIC_SEQ_CST);
	wait_for_completion(&done);
	__atomic_store_n((int *)arg, 1, __ATOMIC_SEQ_CST);
	return NULL;
}

/* Sleepers on other threads wait for a waker on this one. */
static void test_thread_waiters(void **state)
{
	unsigned long tid[NWAITERS];
	int woke[NWAITERS] = { 0 };
	int i;

	reinit_completion(&done);
	waiting = 0;
	for (i = 0; i < NWAITERS; i++)
		assert_int_equal(pthread_create(&tid[i], NULL, thread_waits, &woke[i]), 0);
	while (__atomic_load_n(&waiting, __ATOMIC_SEQ_CST) < NWAITERS)
		sched_yield();
	for (i = 0; i < NWAITERS; i++)
		assert_int_equal(__atomic_load_n(&woke[i], __ATOMIC_SEQ_CST), 0);
	complete_all(&done);
	for (i = 0; i < NWAITERS; i++) {
		assert_int_equal(pthread_join(tid[i], NULL), 0);
		assert_int_equal(woke[i], 1);
	}
}

/* The module's wait never ends: hung task, and insmod crashes. */
static void test_hung_task_in_module(void **state)
{
	unsigned long start = jiffies;
	const char *msg;

	assert_int_equal(kshim_load("sched_bugs", "mode=1"), KSHIM_CRASH);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_LOCKING), 1);
	msg = kshim_defect_message(0);
	/* kernel/hung_task.c's text, with CONFIG_DEFAULT_HUNG_TASK_TIMEOUT 120. */
	assert_non_null(strstr(msg, "INFO: task insmod:"));
	assert_non_null(strstr(msg, " blocked for more than 120 seconds."));
	assert_non_null(strstr(msg, "tests/modules/sched_bugs.c:"));
	assert_non_null(strstr(msg, "(sb_hang)"));
	assert_non_null(strstr(msg, "in module sched_bugs"));
	assert_log_contains(3, "blocked for more than 120 seconds.");
	assert_int_equal(jiffies - start, 120 * HZ);
	assert_defects(KSHIM_DEFECT_LOCKING, 1);
}

/* Outside a module call: reported, and the wait returns. */
static void test_hung_task_outside_module(void **state)
{
	cond = 0;
	wait_event(wq, READ_ONCE(cond));
	assert_defects(KSHIM_DEFECT_LOCKING, 1);
}

static void test_module_waits(void **state)
{
	unsigned long start = jiffies;

	assert_int_equal(kshim_load("sched_bugs", "mode=2"), 0);
	assert_log_contains(6, "sched_bugs: woken after 100 ms");
	assert_int_equal(jiffies - start, msecs_to_jiffies(100));
	assert_int_equal(kshim_unload("sched_bugs"), 0);

	assert_int_equal(kshim_load("sched_bugs", "mode=3"), 0);
	assert_log_contains(6, "sched_bugs: work completed");
	assert_int_equal(kshim_unload("sched_bugs"), 0);

	start = jiffies;
	assert_int_equal(kshim_load("sched_bugs", "mode=4"), -ETIMEDOUT);
	assert_int_equal(jiffies - start, HZ);

	assert_int_equal(kshim_load("sched_bugs", "mode=5"), -ERESTARTSYS);
	assert_log_contains(6, "sched_bugs: interruptible wait: -512");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(test_timeout_woken_by_timer),
		kshim_unit_test(test_timeout_expires),
		kshim_unit_test(test_timeout_true_at_once),
		kshim_unit_test(test_woken_by_work),
		kshim_unit_test(test_idle_hook_raises_irq),
		kshim_unit_test(test_interruptible_nothing_wakes),
		kshim_unit_test(test_signal_from_test),
		kshim_unit_test(test_schedule_timeout),
		kshim_unit_test(test_prepare_schedule_finish),
		kshim_unit_test(test_wake_up_poll_key),
		kshim_unit_test(test_completion),
		kshim_unit_test(test_completion_onstack),
		kshim_unit_test(test_thread_waiters),
		kshim_unit_test(test_sleep_while_atomic),
		kshim_unit_test(test_wait_event_lock_irq),
		kshim_unit_test(test_hung_task_in_module),
		kshim_unit_test(test_hung_task_outside_module),
		kshim_unit_test(test_module_waits),
	};

	return kshim_run_tests(tests);
}
