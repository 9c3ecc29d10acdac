// SPDX-License-Identifier: GPL-2.0-only
/*
 * Interrupt lines: requesting, sharing, threads, disable depth, freeing,
 * the spurious-interrupt detector, and what a handler may not do. Messages
 * and values are those of Linux 6.1's kernel/irq/manage.c and spurious.c.
 */
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/errno.h>
#include <linux/bug.h>
#include <linux/string.h>

#include <kshim/cmocka.h>

#define LINE	9

struct counter {
	int hard, thread;
	int in_irq_hard, in_irq_thread;	/* in_interrupt() as each saw it */
	int irqs_off_hard;
	int irq_seen;
	irqreturn_t hard_ret, thread_ret;
};

static irqreturn_t count_hard(int irq, void *dev_id)
{
	struct counter *c = dev_id;

	c->hard++;
	c->irq_seen = irq;
	c->in_irq_hard = in_interrupt();
	c->irqs_off_hard = irqs_disabled();
	return c->hard_ret;
}

static irqreturn_t count_thread(int irq, void *dev_id)
{
	struct counter *c = dev_id;

	c->thread++;
	c->in_irq_thread = in_interrupt();
	return c->thread_ret;
}

static void handler_runs_in_hard_irq_context(void **state)
{
	struct counter c = { .hard_ret = IRQ_HANDLED };

	assert_int_equal(request_irq(LINE, count_hard, 0, "mydev", &c), 0);
	assert_true(irq_has_action(LINE));
	assert_false(in_interrupt());
	assert_int_equal(kshim_irq_raise(LINE), 1);
	assert_int_equal(c.hard, 1);
	assert_int_equal(c.irq_seen, LINE);
	assert_true(c.in_irq_hard);
	assert_true(c.irqs_off_hard);
	assert_false(in_interrupt());
	assert_false(irqs_disabled());
	/* free_irq() returns the name given to request_irq(). */
	assert_string_equal(free_irq(LINE, &c), "mydev");
	assert_false(irq_has_action(LINE));
	assert_int_equal(kshim_irq_raise(LINE), 0);
	assert_int_equal(c.hard, 1);
}

static void thread_runs_when_woken(void **state)
{
	struct counter c = { .hard_ret = IRQ_WAKE_THREAD, .thread_ret = IRQ_HANDLED };

	assert_int_equal(request_threaded_irq(LINE, count_hard, count_thread,
					      IRQF_ONESHOT, "thr", &c), 0);
	assert_int_equal(kshim_irq_raise(LINE), 1);
	assert_int_equal(c.hard, 1);
	assert_int_equal(c.thread, 1);
	assert_true(c.in_irq_hard);
	assert_false(c.in_irq_thread);
	/* Not woken: the thread does not run. */
	c.hard_ret = IRQ_HANDLED;
	assert_int_equal(kshim_irq_raise(LINE), 1);
	assert_int_equal(c.thread, 1);
	free_irq(LINE, &c);
}

static void thread_only_needs_oneshot(void **state)
{
	struct counter c = { .thread_ret = IRQ_HANDLED };

	/* manage.c: the default primary handler without IRQF_ONESHOT. */
	assert_int_equal(request_threaded_irq(LINE, NULL, count_thread, 0, "t", &c),
			 -EINVAL);
	assert_log_contains(3, "Threaded irq requested with handler=NULL and !ONESHOT for t (irq 9)");
	assert_int_equal(request_threaded_irq(LINE, NULL, count_thread,
					      IRQF_ONESHOT, "t", &c), 0);
	assert_int_equal(kshim_irq_raise(LINE), 1);
	assert_int_equal(c.thread, 1);
	free_irq(LINE, &c);
}

static void wake_thread_without_thread_is_logged_once(void **state)
{
	struct counter c = { .hard_ret = IRQ_WAKE_THREAD };

	assert_int_equal(request_irq(LINE, count_hard, 0, "nothr", &c), 0);
	kshim_irq_raise(LINE);
	kshim_irq_raise(LINE);
	assert_int_equal(kshim_log_matches(4,
		"IRQ 9 device nothr returned IRQ_WAKE_THREAD but no thread function available."), 1);
	free_irq(LINE, &c);
}

static void bad_requests_fail(void **state)
{
	struct counter c = { 0 };

	assert_int_equal(request_irq(IRQ_NOTCONNECTED, count_hard, 0, "x", &c), -ENOTCONN);
	assert_int_equal(request_irq(KSHIM_NR_IRQS, count_hard, 0, "x", &c), -EINVAL);
	/* A shared line needs a dev_id to tell its handlers apart. */
	assert_int_equal(request_irq(LINE, count_hard, IRQF_SHARED, "x", NULL), -EINVAL);
	assert_int_equal(request_irq(LINE, count_hard,
				     IRQF_SHARED | IRQF_NO_AUTOEN, "x", &c), -EINVAL);
	assert_int_equal(request_threaded_irq(LINE, NULL, NULL, 0, "x", &c), -EINVAL);
	assert_int_equal(kshim_alloc_live(), 0);
}

static void shared_line_runs_every_handler(void **state)
{
	struct counter a = { .hard_ret = IRQ_HANDLED }, b = { .hard_ret = IRQ_NONE };

	assert_int_equal(request_irq(LINE, count_hard, IRQF_SHARED, "a", &a), 0);
	assert_int_equal(request_irq(LINE, count_hard, IRQF_SHARED, "b", &b), 0);
	assert_int_equal(kshim_irq_handlers(LINE), 2);
	assert_int_equal(kshim_irq_raise(LINE), 1);
	assert_int_equal(a.hard, 1);
	assert_int_equal(b.hard, 1);
	b.hard_ret = IRQ_HANDLED;
	assert_int_equal(kshim_irq_raise(LINE), 2);
	/* Freed by dev_id: the other handler stays. */
	assert_string_equal(free_irq(LINE, &a), "a");
	assert_int_equal(kshim_irq_raise(LINE), 1);
	assert_int_equal(a.hard, 2);
	assert_int_equal(b.hard, 3);
	assert_string_equal(free_irq(LINE, &b), "b");
}

static void sharing_mismatch_is_busy(void **state)
{
	struct counter a = { 0 }, b = { 0 };

	assert_int_equal(request_irq(LINE, count_hard, 0, "first", &a), 0);
	assert_int_equal(request_irq(LINE, count_hard, IRQF_SHARED, "second", &b), -EBUSY);
	assert_log_contains(3, "Flags mismatch irq 9. 00000080 (second) vs. 00000000 (first)");
	free_irq(LINE, &a);

	/* Shared both, but one oneshot: still a mismatch. */
	assert_int_equal(request_irq(LINE, count_hard, IRQF_SHARED, "a", &a), 0);
	assert_int_equal(request_threaded_irq(LINE, count_hard, count_thread,
					      IRQF_SHARED | IRQF_ONESHOT, "b", &b),
			 -EBUSY);
	/* IRQF_PROBE_SHARED: the same failure, silently. */
	kshim_log_clear();
	assert_int_equal(request_irq(LINE, count_hard, IRQF_SHARED |
				     IRQF_TRIGGER_RISING | IRQF_PROBE_SHARED, "c", &b),
			 -EBUSY);
	assert_int_equal(kshim_log_count(), 0);
	free_irq(LINE, &a);
	assert_int_equal(kshim_alloc_live(), 0);
}

static void disable_nests_and_keeps_the_raise_pending(void **state)
{
	struct counter c = { .hard_ret = IRQ_HANDLED };

	assert_int_equal(request_irq(LINE, count_hard, 0, "d", &c), 0);
	assert_int_equal(kshim_irq_depth(LINE), 0);
	disable_irq(LINE);
	disable_irq_nosync(LINE);
	assert_int_equal(kshim_irq_depth(LINE), 2);
	assert_int_equal(kshim_irq_raise(LINE), 0);
	assert_int_equal(c.hard, 0);
	assert_true(kshim_irq_pending(LINE));
	enable_irq(LINE);
	assert_int_equal(c.hard, 0);
	/* The last enable resends what came while disabled. */
	enable_irq(LINE);
	assert_int_equal(c.hard, 1);
	assert_false(kshim_irq_pending(LINE));
	assert_int_equal(kshim_irq_raise(LINE), 1);
	free_irq(LINE, &c);
	/* No handler left: shut down, depth 1. */
	assert_int_equal(kshim_irq_depth(LINE), 1);
}

static void unbalanced_enable_warns(void **state)
{
	struct counter c = { .hard_ret = IRQ_HANDLED };

	assert_int_equal(request_irq(LINE, count_hard, 0, "u", &c), 0);
	enable_irq(LINE);
	assert_log_contains(4, "Unbalanced enable for IRQ 9");
	assert_log_contains(4, "kernel/irq/manage.c");
	assert_defects(KSHIM_DEFECT_WARN, 1);
	assert_int_equal(kshim_irq_depth(LINE), 0);
	free_irq(LINE, &c);
}

static void no_autoen_starts_disabled(void **state)
{
	struct counter c = { .hard_ret = IRQ_HANDLED };

	assert_int_equal(request_irq(LINE, count_hard, IRQF_NO_AUTOEN, "n", &c), 0);
	assert_int_equal(kshim_irq_depth(LINE), 1);
	assert_int_equal(kshim_irq_raise(LINE), 0);
	enable_irq(LINE);
	assert_int_equal(c.hard, 1);
	free_irq(LINE, &c);
}

static void free_twice_warns(void **state)
{
	struct counter c = { 0 };

	assert_int_equal(request_irq(LINE, count_hard, 0, "f", &c), 0);
	assert_non_null(free_irq(LINE, &c));
	assert_null(free_irq(LINE, &c));
	assert_log_contains(4, "Trying to free already-free IRQ 9");
	assert_defects(KSHIM_DEFECT_WARN, 1);
}

static void unfreed_irq_is_a_leak(void **state)
{
	struct counter c = { 0 };

	assert_int_equal(request_irq(LINE, count_hard, 0, "leaky", &c), 0);
	assert_int_equal(kshim_leak_check(), 1);
	assert_true(strstr(kshim_defect_message(0), "request_irq") != NULL);
	assert_defects(KSHIM_DEFECT_LEAK, 1);
	free_irq(LINE, &c);
}

static void request_irq_is_fallible(void **state)
{
	struct counter c = { 0 };

	kshim_fail_only("request_irq");
	kshim_fail_nth(1);
	assert_int_equal(request_irq(LINE, count_hard, 0, "x", &c), -ENOMEM);
	assert_false(irq_has_action(LINE));
	assert_int_equal(kshim_failed_calls(), 1);
	assert_int_equal(request_irq(LINE, count_hard, 0, "x", &c), 0);
	free_irq(LINE, &c);
}

static void unhandled_storm_is_disabled(void **state)
{
	struct counter c = { .hard_ret = IRQ_NONE };
	int i;

	assert_int_equal(request_irq(LINE, count_hard, 0, "storm", &c), 0);
	/* spurious.c: judged every 100,000 interrupts, > 99,900 unhandled. */
	for (i = 0; i < 99999; i++)
		kshim_irq_raise(LINE);
	assert_log_lacks(KSHIM_LOG_ANY, "nobody cared");
	kshim_irq_raise(LINE);
	assert_log_contains(3, "irq 9: nobody cared (try booting with the \"irqpoll\" option)");
	assert_log_contains(3, "handlers:");
	assert_log_contains(3, "count_hard");
	assert_log_contains(0, "Disabling IRQ #9");
	assert_int_equal(kshim_irq_depth(LINE), 1);
	assert_int_equal(kshim_irq_raise(LINE), 0);
	assert_int_equal(c.hard, 100000);
	free_irq(LINE, &c);
}

static void mostly_handled_line_is_not_disabled(void **state)
{
	struct counter c = { .hard_ret = IRQ_NONE };
	int i;

	assert_int_equal(request_irq(LINE, count_hard, 0, "ok", &c), 0);
	for (i = 0; i < 100000; i++) {
		/* 200 handled ones: 99,800 unhandled is not > 99,900. */
		c.hard_ret = i % 500 ? IRQ_NONE : IRQ_HANDLED;
		kshim_irq_raise(LINE);
	}
	assert_log_lacks(KSHIM_LOG_ANY, "nobody cared");
	assert_int_equal(kshim_irq_depth(LINE), 0);
	free_irq(LINE, &c);
}

static irqreturn_t bogus(int irq, void *dev_id)
{
	return (irqreturn_t)7;
}

static void bogus_return_is_reported(void **state)
{
	int dev;

	assert_int_equal(request_irq(LINE, bogus, 0, "bogus", &dev), 0);
	kshim_irq_raise(LINE);
	assert_log_contains(3, "irq event 9: bogus return value 7");
	free_irq(LINE, &dev);
}

static irqreturn_t bug_handler(int irq, void *dev_id)
{
	BUG();
	return IRQ_HANDLED;
}

static void bug_in_handler_is_caught(void **state)
{
	int dev;

	assert_int_equal(request_irq(LINE, bug_handler, 0, "bug", &dev), 0);
	assert_int_equal(kshim_irq_raise(LINE), 0);
	assert_defects(KSHIM_DEFECT_BUG, 1);
	/* Back in process context after the unwind. */
	assert_false(in_interrupt());
	free_irq(LINE, &dev);
}

static irqreturn_t disabling_handler(int irq, void *dev_id)
{
	disable_irq(irq);
	return IRQ_HANDLED;
}

static void disable_irq_in_own_handler_is_misuse(void **state)
{
	int dev;

	assert_int_equal(request_irq(LINE, disabling_handler, 0, "dis", &dev), 0);
	kshim_irq_raise(LINE);
	assert_defects(KSHIM_DEFECT_MISUSE, 1);
	enable_irq(LINE);
	free_irq(LINE, &dev);
}

static irqreturn_t freeing_handler(int irq, void *dev_id)
{
	free_irq(irq, dev_id);
	return IRQ_HANDLED;
}

static void free_irq_in_irq_context_warns(void **state)
{
	int dev;

	assert_int_equal(request_irq(LINE, freeing_handler, 0, "fr", &dev), 0);
	kshim_irq_raise(LINE);
	assert_log_contains(4, "Trying to free IRQ 9 from IRQ context!");
	/* The WARN, then the deadlock the kernel would have, not freeing. */
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_WARN), 1);
	assert_defects(KSHIM_DEFECT_MISUSE, 1);
	assert_true(irq_has_action(LINE));
	free_irq(LINE, &dev);
}

static void wake_depth_nests(void **state)
{
	assert_int_equal(enable_irq_wake(LINE), 0);
	assert_int_equal(enable_irq_wake(LINE), 0);
	assert_int_equal(kshim_irq_wake_depth(LINE), 2);
	assert_int_equal(disable_irq_wake(LINE), 0);
	assert_int_equal(disable_irq_wake(LINE), 0);
	assert_int_equal(disable_irq_wake(LINE), 0);
	assert_log_contains(4, "Unbalanced IRQ 9 wake disable");
	assert_defects(KSHIM_DEFECT_WARN, 1);
	assert_int_equal(irq_set_irq_wake(KSHIM_NR_IRQS, 1), -EINVAL);
}

static void local_irq_flags_nest(void **state)
{
	unsigned long f1, f2;

	assert_false(irqs_disabled());
	local_irq_save(f1);
	assert_true(irqs_disabled());
	local_irq_save(f2);
	local_irq_restore(f2);
	assert_true(irqs_disabled());
	local_irq_restore(f1);
	assert_false(irqs_disabled());
	assert_true(in_task());
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(handler_runs_in_hard_irq_context),
		kshim_unit_test(thread_runs_when_woken),
		kshim_unit_test(thread_only_needs_oneshot),
		kshim_unit_test(wake_thread_without_thread_is_logged_once),
		kshim_unit_test(bad_requests_fail),
		kshim_unit_test(shared_line_runs_every_handler),
		kshim_unit_test(sharing_mismatch_is_busy),
		kshim_unit_test(disable_nests_and_keeps_the_raise_pending),
		kshim_unit_test(unbalanced_enable_warns),
		kshim_unit_test(no_autoen_starts_disabled),
		kshim_unit_test(free_twice_warns),
		kshim_unit_test(unfreed_irq_is_a_leak),
		kshim_unit_test(request_irq_is_fallible),
		kshim_unit_test(unhandled_storm_is_disabled),
		kshim_unit_test(mostly_handled_line_is_not_disabled),
		kshim_unit_test(bogus_return_is_reported),
		kshim_unit_test(bug_in_handler_is_caught),
		kshim_unit_test(disable_irq_in_own_handler_is_misuse),
		kshim_unit_test(free_irq_in_irq_context_warns),
		kshim_unit_test(wake_depth_nests),
		kshim_unit_test(local_irq_flags_nest),
	};

	return kshim_run_tests(tests);
}
