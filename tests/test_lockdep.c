// SPDX-License-Identifier: GPL-2.0-only
/*
 * The lock validator: each check trips on a bug of the lock_bugs module (or
 * of this file, for the primitives), and stays quiet on its clean twin.
 * Headlines are the kernel's: kernel/locking/lockdep.c (print_*_bug(),
 * lockdep_sys_exit(), print_freed_lock_bug()) and kernel/sched/core.c
 * (__might_resched(), __schedule_bug()). Every report names the driver's
 * lines involved, which lock_bugs keeps in lock_bugs_line[].
 */
#include <linux/interrupt.h>
#include <linux/kernel.h>
#include <linux/lockdep.h>
#include <linux/mutex.h>
#include <linux/preempt.h>
#include <linux/rcupdate.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/timer.h>
#include <linux/uaccess.h>

#include <kshim/cmocka.h>

extern int lock_bugs_line[4];

/* "lock_bugs.c:<line>" present in @msg, and not as the start of a longer number. */
static int has_line(const char *msg, const char *file, int line)
{
	char want[64];
	const char *p = msg;
	size_t n;

	snprintf(want, sizeof(want), "%s:%d", file, line);
	n = strlen(want);
	while ((p = strstr(p, want))) {
		if (p[n] < '0' || p[n] > '9')
			return 1;
		p += n;
	}
	return 0;
}

/* The only defect is one LOCKING report: its message, for more checks. */
static const char *one_report(const char *headline)
{
	static char msg[2048];
	const char *m;

	if (kshim_defect_count(KSHIM_DEFECT_ANY) != 1 ||
	    kshim_defect_count(KSHIM_DEFECT_LOCKING) != 1) {
		kshim_log_dump(2);
		fail_msg("expected one locking report, have %zu defects (%zu locking)",
			 kshim_defect_count(KSHIM_DEFECT_ANY),
			 kshim_defect_count(KSHIM_DEFECT_LOCKING));
	}
	m = kshim_defect_message(0);
	if (!strstr(m, headline))
		fail_msg("\"%s\" is not in \"%s\"", headline, m);
	assert_log_contains(KSHIM_LOG_ANY, headline);
	strscpy(msg, m, sizeof(msg));
	kshim_defects_clear();
	return msg;
}

/* A lock_bugs report: the module named and lines @a and @b (-1: none). */
static void assert_module_report(const char *msg, int a, int b)
{
	if (!strstr(msg, "in module lock_bugs"))
		fail_msg("no module in \"%s\"", msg);
	if (a >= 0 && !has_line(msg, "lock_bugs.c", lock_bugs_line[a]))
		fail_msg("line %d not in \"%s\"", lock_bugs_line[a], msg);
	if (b >= 0 && !has_line(msg, "lock_bugs.c", lock_bugs_line[b]))
		fail_msg("line %d not in \"%s\"", lock_bugs_line[b], msg);
}

static void load_ok(const char *args)
{
	assert_int_equal(kshim_load("lock_bugs", args), 0);
}

/* The clean twins: the same work, done right, reports nothing. */
static void clean_twins(void **state)
{
	static const char *const clean[] = {
		"bug=none", "bug=nested", "bug=mutex_then_spin",
		"bug=atomic_alloc_in_spin", "bug=abab", "bug=free_unlocked",
		"bug=work_ok",
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(clean); i++) {
		load_ok(clean[i]);
		kshim_run_work();
		assert_int_equal(kshim_unload("lock_bugs"), 0);
		if (kshim_defect_count(KSHIM_DEFECT_ANY))
			fail_msg("%s: %s", clean[i], kshim_defect_message(0));
	}
	assert_log_lacks(KSHIM_LOG_ANY, "WARNING:");
	assert_log_lacks(KSHIM_LOG_ANY, "BUG:");
}

static void bad_unlock_balance(void **state)
{
	const char *msg;

	load_ok("bug=unlock_twice");
	msg = one_report("WARNING: bad unlock balance detected!");
	assert_non_null(strstr(msg, "is trying to release lock (lock_a) at"));
	assert_non_null(strstr(msg, "but there are no more locks to release!"));
	/* The bad unlock, and the one before it. */
	assert_module_report(msg, 1, 0);
	assert_log_contains(4, "is trying to release lock (lock_a) at:");
	assert_log_contains(4, "but there are no more locks to release!");
	assert_int_equal(kshim_unload("lock_bugs"), 0);

	load_ok("bug=unlock_unheld");
	msg = one_report("WARNING: bad unlock balance detected!");
	assert_non_null(strstr(msg, "(lb_mutex)"));
	assert_module_report(msg, 0, -1);
	assert_int_equal(kshim_unload("lock_bugs"), 0);
}

/* Outside module calls too, for a test's own unlock. */
static void bad_unlock_direct(void **state)
{
	DEFINE_SPINLOCK(mine);
	const char *msg;
	int line;

	spin_unlock(&mine); line = __LINE__;
	msg = one_report("WARNING: bad unlock balance detected!");
	assert_true(has_line(msg, "test_lockdep.c", line));
	assert_null(strstr(msg, "in module"));
	assert_false(spin_is_locked(&mine));
}

static void held_on_return(void **state)
{
	const char *msg;

	load_ok("bug=held");
	msg = one_report("WARNING: lock held when returning to user space!");
	assert_non_null(strstr(msg, "is leaving the kernel with locks still held!"));
	assert_non_null(strstr(msg, "(lock_a)"));
	assert_module_report(msg, 0, -1);
	assert_log_contains(4, "insmod/");
	/* It is still held when the module goes: its memory goes with it. */
	assert_int_equal(kshim_unload("lock_bugs"), 0);
	msg = one_report("WARNING: held lock freed!");
	assert_non_null(strstr(msg, "still held after its exit"));
	assert_module_report(msg, 0, -1);
}

static void held_after_exit(void **state)
{
	const char *msg;

	load_ok("bug=exit_held");
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
	assert_int_equal(kshim_unload("lock_bugs"), 0);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_LOCKING), 2);
	msg = kshim_defect_message(0);
	assert_non_null(strstr(msg, "WARNING: lock held when returning to user space!"));
	assert_module_report(msg, 0, -1);
	msg = kshim_defect_message(1);
	assert_non_null(strstr(msg, "WARNING: held lock freed!"));
	kshim_defects_clear();
}

/* A work item is no return to user space: the workqueue's own check. */
static void work_leaks_lock(void **state)
{
	const char *msg;

	load_ok("bug=work_leak");
	assert_int_equal(kshim_run_work(), 1);
	msg = one_report("BUG: workqueue leaked lock or atomic: kworker/0:1/0x00000001/");
	assert_non_null(strstr(msg, "lock (lock_c) taken at"));
	assert_module_report(msg, 0, -1);
	assert_int_equal(kshim_unload("lock_bugs"), 0);
	one_report("WARNING: held lock freed!");
}

/* The same lock twice: the task would spin forever; the call unwinds. */
static void recursive_deadlock(void **state)
{
	const char *msg;

	assert_int_equal(kshim_load("lock_bugs", "bug=recursive"), KSHIM_CRASH);
	msg = one_report("WARNING: possible recursive locking detected");
	assert_non_null(strstr(msg, "is trying to acquire lock (lock_a) at"));
	assert_non_null(strstr(msg, "but task is already holding lock (lock_a) taken at"));
	/* The second spin_lock() never returned: the line after the first. */
	assert_true(has_line(msg, "lock_bugs.c", lock_bugs_line[0] + 1));
	assert_module_report(msg, 0, -1);
	assert_log_contains(4, "but task is already holding lock:");
	/* The crashed call's locks are not left held. */
	assert_int_equal(preempt_count(), 0);
}

/* Two locks of one class (one init site): lockdep's recursion report. */
static void recursive_class(void **state)
{
	const char *msg;

	load_ok("bug=same_class");
	msg = one_report("WARNING: possible recursive locking detected");
	assert_non_null(strstr(msg, "(&o->lock)"));
	assert_module_report(msg, 1, 0);
	assert_int_equal(kshim_unload("lock_bugs"), 0);
}

/* Outside a module call, the recursion is reported and the lock counted twice. */
static void recursive_direct(void **state)
{
	spinlock_t s;

	spin_lock_init(&s);
	spin_lock(&s);
	spin_lock(&s);
	one_report("WARNING: possible recursive locking detected");
	spin_unlock(&s);
	assert_true(spin_is_locked(&s));
	spin_unlock(&s);
	assert_false(spin_is_locked(&s));
	assert_int_equal(preempt_count(), 0);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
}

static void sleep_under_spinlock(void **state)
{
	const char *msg;

	load_ok("bug=mutex_in_spin");
	msg = one_report("BUG: sleeping function called from invalid context at kernel/locking/mutex.c:580");
	assert_non_null(strstr(msg, "lock (lock_a) held"));
	assert_module_report(msg, 1, 0);
	assert_log_contains(3, "in_atomic(): 1, irqs_disabled(): 0, non_block: 0, pid: ");
	assert_log_contains(3, "preempt_count: 1, expected: 0");
	assert_int_equal(kshim_unload("lock_bugs"), 0);
}

static void gfp_kernel_under_spinlock(void **state)
{
	const char *msg;

	load_ok("bug=alloc_in_spin");
	/* include/linux/sched/mm.h might_alloc(), as slab_pre_alloc_hook() calls it. */
	msg = one_report("BUG: sleeping function called from invalid context at include/linux/sched/mm.h:274");
	assert_module_report(msg, 1, 0);
	assert_log_contains(3, "in_atomic(): 1, irqs_disabled(): 1, non_block: 0, pid: ");
	assert_int_equal(kshim_unload("lock_bugs"), 0);
}

/* A user access may fault, and a fault sleeps: not under a spinlock (might_fault()). */
static void user_access_under_spinlock(void **state)
{
	DEFINE_SPINLOCK(lock);
	char *ubuf = kshim_user_alloc(8);
	char kbuf[8] = "tick";
	const char *msg;
	u32 v = 0;

	spin_lock(&lock);
	assert_int_equal(copy_to_user(ubuf, kbuf, sizeof(kbuf)), 0);
	spin_unlock(&lock);
	msg = one_report("BUG: sleeping function called from invalid context at lib/usercopy.c:36");
	assert_non_null(strstr(msg, "tests/test_lockdep.c:"));
	assert_log_contains(3, "in_atomic(): 1, irqs_disabled(): 0, non_block: 0, pid: ");

	spin_lock(&lock);
	assert_int_equal(get_user(v, (u32 __user *)ubuf), 0);
	spin_unlock(&lock);
	one_report("BUG: sleeping function called from invalid context at tests/test_lockdep.c:");

	/* Page faults off: the access cannot sleep, nothing to report. */
	spin_lock(&lock);
	pagefault_disable();
	assert_true(pagefault_disabled());
	assert_int_equal(copy_from_user_nofault(kbuf, ubuf, sizeof(kbuf)), 0);
	assert_int_equal(copy_from_user(kbuf, ubuf, sizeof(kbuf)), 0);
	pagefault_enable();
	spin_unlock(&lock);
	assert_false(pagefault_disabled());
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
	/* Outside atomic context, quiet as well. */
	assert_int_equal(strncpy_from_user(kbuf, ubuf, sizeof(kbuf)), 4);
	assert_string_equal(kbuf, "tick");
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
}

static void sleep_irqs_off(void **state)
{
	char head[128];
	const char *msg;

	load_ok("bug=sleep_irqs_off");
	/* might_sleep() in the driver: its own line heads the report. */
	snprintf(head, sizeof(head),
		 "BUG: sleeping function called from invalid context at tests/modules/lock_bugs.c:%d",
		 lock_bugs_line[0]);
	msg = one_report(head);
	assert_non_null(strstr(msg, "IRQs disabled"));
	assert_log_contains(3, "in_atomic(): 0, irqs_disabled(): 1, non_block: 0, pid: ");
	assert_int_equal(kshim_unload("lock_bugs"), 0);
}

static void sleep_preempt_bh_off(void **state)
{
	const char *msg;

	load_ok("bug=sleep_preempt_off");
	msg = one_report("BUG: sleeping function called from invalid context at kernel/locking/mutex.c:580");
	assert_non_null(strstr(msg, "preemption disabled at"));
	assert_module_report(msg, 1, 0);
	assert_int_equal(kshim_unload("lock_bugs"), 0);

	load_ok("bug=sleep_bh_off");
	msg = one_report("BUG: sleeping function called from invalid context at kernel/locking/mutex.c:580");
	assert_non_null(strstr(msg, "bottom halves disabled at"));
	assert_module_report(msg, 1, 0);
	assert_log_contains(3, "preempt_count: 200, expected: 0");
	assert_int_equal(kshim_unload("lock_bugs"), 0);
}

static struct mutex timer_mutex;
static struct timer_list timer;

static void timer_fn(struct timer_list *t)
{
	mutex_lock(&timer_mutex);
	mutex_unlock(&timer_mutex);
}

static void sleep_in_softirq(void **state)
{
	const char *msg;

	mutex_init(&timer_mutex);
	timer_setup(&timer, timer_fn, 0);
	mod_timer(&timer, jiffies + 1);
	kshim_time_advance_ms(20);
	msg = one_report("BUG: sleeping function called from invalid context at kernel/locking/mutex.c:580");
	assert_non_null(strstr(msg, "in softirq context"));
}

/* A non-preemptible RCU read side is atomic: rcu_read_lock() disables preemption. */
static void sleep_in_rcu(void **state)
{
	const char *msg;

	rcu_read_lock();
	assert_int_equal(preempt_count(), 1);
	might_sleep();
	rcu_read_unlock();
	msg = one_report("BUG: sleeping function called from invalid context at tests/test_lockdep.c:");
	assert_non_null(strstr(msg, "in an RCU read-side critical section"));
	assert_int_equal(preempt_count(), 0);
	might_sleep();
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
}

/* Reported once per call site, as the kernel's once-a-second limit has it. */
static void sleep_reported_once(void **state)
{
	DEFINE_SPINLOCK(s);
	int i;

	for (i = 0; i < 3; i++) {
		spin_lock(&s);
		might_sleep();
		spin_unlock(&s);
	}
	one_report("BUG: sleeping function called from invalid context");
}

static DEFINE_SPINLOCK(irq_lock);
static int irq_sleeps;

static irqreturn_t irq_fn(int irq, void *dev)
{
	if (irq_sleeps)
		might_sleep();
	spin_lock(&irq_lock);
	spin_unlock(&irq_lock);
	return IRQ_HANDLED;
}

static void sleep_in_hardirq(void **state)
{
	const char *msg;
	int dev;

	irq_sleeps = 1;
	assert_int_equal(request_irq(17, irq_fn, 0, "lockdep-test", &dev), 0);
	assert_int_equal(kshim_irq_raise(17), 1);
	msg = one_report("BUG: sleeping function called from invalid context at tests/test_lockdep.c:");
	assert_non_null(strstr(msg, "in a hard IRQ handler"));
	free_irq(17, &dev);
	irq_sleeps = 0;
}

/* Bonus: a lock taken in a hard IRQ handler and with IRQs on elsewhere. */
static void irq_inconsistent(void **state)
{
	unsigned long flags;
	const char *msg;
	int dev, line;

	assert_int_equal(request_irq(18, irq_fn, 0, "lockdep-test", &dev), 0);
	assert_int_equal(kshim_irq_raise(18), 1);
	/* The clean twin: with IRQs off, as the handler's own CPU would need. */
	spin_lock_irqsave(&irq_lock, flags);
	spin_unlock_irqrestore(&irq_lock, flags);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
	spin_lock(&irq_lock); line = __LINE__;
	spin_unlock(&irq_lock);
	msg = one_report("WARNING: inconsistent lock state");
	assert_non_null(strstr(msg, "inconsistent {IN-HARDIRQ-W} -> {HARDIRQ-ON-W} usage"));
	assert_true(has_line(msg, "test_lockdep.c", line));
	assert_log_contains(4, "inconsistent {IN-HARDIRQ-W} -> {HARDIRQ-ON-W} usage.");
	free_irq(18, &dev);
}

static DEFINE_SPINLOCK(tmr_lock);

static void tmr_lock_fn(struct timer_list *t)
{
	spin_lock(&tmr_lock);
	spin_unlock(&tmr_lock);
}

/* A lock a timer takes, taken elsewhere with softirqs on: lockdep's classic. */
static void softirq_inconsistent(void **state)
{
	const char *msg;
	int line;

	timer_setup(&timer, tmr_lock_fn, 0);
	mod_timer(&timer, jiffies + 1);
	kshim_time_advance_ms(20);
	/* The clean twin: with bottom halves off. */
	spin_lock_bh(&tmr_lock);
	spin_unlock_bh(&tmr_lock);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
	spin_lock(&tmr_lock); line = __LINE__;
	spin_unlock(&tmr_lock);
	msg = one_report("WARNING: inconsistent lock state");
	assert_non_null(strstr(msg, "inconsistent {IN-SOFTIRQ-W} -> {SOFTIRQ-ON-W} usage of lock (tmr_lock)"));
	assert_true(has_line(msg, "test_lockdep.c", line));
	/* The timer's own spin_lock() is the other site. */
	assert_non_null(strstr(msg, "{IN-SOFTIRQ-W} at tests/test_lockdep.c:"));
	assert_log_contains(4, "inconsistent {IN-SOFTIRQ-W} -> {SOFTIRQ-ON-W} usage.");
}

static void circular_dependency(void **state)
{
	const char *msg;

	load_ok("bug=abba");
	msg = one_report("WARNING: possible circular locking dependency detected");
	/* Taking lock_a (line 3) holding lock_b (line 2); the other order: 0, 1. */
	assert_non_null(strstr(msg, "is trying to acquire lock (lock_a) at"));
	assert_non_null(strstr(msg, "but task is already holding lock (lock_b) taken at"));
	assert_module_report(msg, 3, 2);
	assert_module_report(msg, 0, 1);
	assert_log_contains(4, "which lock already depends on the new lock.");
	assert_int_equal(kshim_unload("lock_bugs"), 0);
}

static void circular_three(void **state)
{
	const char *msg;

	load_ok("bug=abca");
	msg = one_report("WARNING: possible circular locking dependency detected");
	assert_non_null(strstr(msg, "is trying to acquire lock (lock_a) at"));
	assert_non_null(strstr(msg, "already holding lock (lock_c)"));
	assert_module_report(msg, 3, 2);
	assert_module_report(msg, 0, 1);
	assert_int_equal(kshim_unload("lock_bugs"), 0);
}

/* The graph is the simulated kernel's: a fresh one knows no order. */
static void reset_forgets(void **state)
{
	DEFINE_SPINLOCK(x);
	DEFINE_SPINLOCK(y);

	spin_lock(&x);
	spin_lock(&y);
	spin_unlock(&y);
	spin_unlock(&x);
	kshim_reset();
	spin_lock(&y);
	spin_lock(&x);
	spin_unlock(&x);
	spin_unlock(&y);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
	/* Without the reset, that is the inversion. */
	spin_lock(&x);
	spin_lock(&y);
	spin_unlock(&y);
	spin_unlock(&x);
	one_report("WARNING: possible circular locking dependency detected");
}

static void held_lock_freed(void **state)
{
	const char *msg;

	load_ok("bug=free_held");
	msg = one_report("WARNING: held lock freed!");
	assert_non_null(strstr(msg, "(&o->lock)"));
	assert_module_report(msg, 0, 1);
	assert_log_contains(4, "with a lock still held there!");
	assert_int_equal(kshim_unload("lock_bugs"), 0);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
}

static void scheduling_while_atomic(void **state)
{
	char head[128];
	DEFINE_SPINLOCK(s);
	const char *msg;

	kshim_schedule_check();
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
	spin_lock(&s);
	kshim_schedule_check();
	spin_unlock(&s);
	/* The count with __schedule()'s own preempt_disable(). */
	snprintf(head, sizeof(head), "BUG: scheduling while atomic: %s/%d/0x00000002",
		 kshim_current_comm(), kshim_current_pid());
	msg = one_report(head);
	assert_non_null(strstr(msg, "lock (s) held"));
}

static void asserts(void **state)
{
	struct mutex m;
	int line;

	mutex_init(&m);
	mutex_lock(&m);
	lockdep_assert_held(&m);
	mutex_unlock(&m);
	lockdep_assert_not_held(&m);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
	lockdep_assert_held(&m); line = __LINE__;
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_WARN), 1);
	assert_true(has_line(kshim_defect_message(0), "test_lockdep.c", line));
	kshim_defects_clear();

	lockdep_assert_irqs_enabled();
	lockdep_assert_preemption_enabled();
	local_irq_disable();
	lockdep_assert_irqs_disabled();
	lockdep_assert_preemption_disabled();
	local_irq_enable();
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
	lockdep_assert_irqs_disabled(); line = __LINE__;
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_WARN), 1);
	assert_true(has_line(kshim_defect_message(0), "test_lockdep.c", line));
	kshim_defects_clear();

	cant_sleep(); line = __LINE__;
	one_report("BUG: assuming atomic context at tests/test_lockdep.c:");
	preempt_disable();
	cant_sleep();
	preempt_enable();
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(clean_twins),
		kshim_unit_test(bad_unlock_balance),
		kshim_unit_test(bad_unlock_direct),
		kshim_unit_test(held_on_return),
		kshim_unit_test(held_after_exit),
		kshim_unit_test(work_leaks_lock),
		kshim_unit_test(recursive_deadlock),
		kshim_unit_test(recursive_class),
		kshim_unit_test(recursive_direct),
		kshim_unit_test(sleep_under_spinlock),
		kshim_unit_test(gfp_kernel_under_spinlock),
		kshim_unit_test(user_access_under_spinlock),
		kshim_unit_test(sleep_irqs_off),
		kshim_unit_test(sleep_preempt_bh_off),
		kshim_unit_test(sleep_in_softirq),
		kshim_unit_test(sleep_in_hardirq),
		kshim_unit_test(sleep_in_rcu),
		kshim_unit_test(sleep_reported_once),
		kshim_unit_test(irq_inconsistent),
		kshim_unit_test(softirq_inconsistent),
		kshim_unit_test(circular_dependency),
		kshim_unit_test(circular_three),
		kshim_unit_test(reset_forgets),
		kshim_unit_test(held_lock_freed),
		kshim_unit_test(scheduling_while_atomic),
		kshim_unit_test(asserts),
	};

	return kshim_run_tests(tests);
}
