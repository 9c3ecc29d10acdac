// SPDX-License-Identifier: GPL-2.0-only
/*
 * Crash isolation, case by case: every crash of the crash zoo
 * (tests/modules/crash_zoo.c) fails the module call with KSHIM_CRASH, is
 * reported as 6.1 reports it, and the runner goes on to the next test.
 * The line numbers are those of crash_zoo.c: keep them in step.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <kshim/cmocka.h>

/* How many crash tests got as far as their end: the last test checks. */
static int survived;

/* The index of the first log record containing @text; fails when none. */
static size_t log_index(const char *text)
{
	size_t i;

	for (i = 0; i < kshim_log_count(); i++)
		if (strstr(kshim_log_record(i)->text, text))
			return i;
	kshim_log_dump(STDERR_FILENO);
	fail_msg("no log record contains \"%s\"", text);
	return 0;
}

/*
 * Load crash_zoo with @args: it crashes in init, the one defect is of
 * @kind with report @msg exactly, and the log kept what init said before.
 */
static void crash_in_init(const char *args, enum kshim_defect_kind kind,
			  const char *msg)
{
	char said[64];

	assert_int_equal(kshim_load("crash_zoo", args), KSHIM_CRASH);
	assert_false(kshim_module_loaded("crash_zoo"));
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 1);
	assert_int_equal(kshim_defect_kind_of(0), kind);
	if (msg)
		assert_string_equal(kshim_defect_message(0), msg);
	snprintf(said, sizeof(said), "crash_zoo: %s", args);
	assert_true(log_index(said) < log_index("Comm: insmod"));
	/* As in 6.1, the module is stuck "coming": no rmmod, no second try. */
	assert_int_equal(kshim_unload("crash_zoo"), -EBUSY);
}

/*
 * The module crashed and is stuck, holding its parameter string: 6.1 never
 * frees that memory either, but the teardown's leak check would call it a
 * leak. Start the next test's kernel now.
 */
static void forget_stuck_module(void)
{
	kshim_reset();
	survived++;
}

/* The oops of a fault: its header, the faulting function, the trace. */
static void assert_oops(const char *header, const char *rip)
{
	char pid[64];

	assert_log_contains(4, header);
	snprintf(pid, sizeof(pid), "CPU: 0 PID: %d Comm: insmod", (int)getpid());
	assert_log_contains(4, pid);
	assert_log_contains(4, rip);
	assert_true(log_index("Call Trace:") < log_index(" crash_zoo_init+0x"));
	assert_log_contains(4, "Modules linked in: crash_zoo");
	assert_log_contains(4, "---[ end trace 0000000000000000 ]---");
	assert_true(log_index(header) < log_index("---[ end trace"));
}

static void null_dereference(void **state)
{
	crash_in_init("crash=null", KSHIM_DEFECT_SIGNAL,
		      "Segmentation fault (signal 11, SIGSEGV) in module crash_zoo at tests/modules/crash_zoo.c:39 (crash_now)");
	/* arch/x86/mm/fault.c show_fault_oops(), then die()'s "Oops". */
	assert_log_contains(1, "BUG: kernel NULL pointer dereference, address: 0000000000000000");
	assert_oops("Oops: 0000 [#1] PREEMPT SMP NOPTI", "RIP: 0010:crash_now+0x");
	assert_defects(KSHIM_DEFECT_SIGNAL, 1);
	forget_stuck_module();
}

static void wild_write(void **state)
{
	crash_in_init("crash=wild", KSHIM_DEFECT_SIGNAL,
		      "Segmentation fault (signal 11, SIGSEGV) in module crash_zoo at tests/modules/crash_zoo.c:41 (crash_now)");
	assert_log_contains(1, "BUG: unable to handle page fault for address: 0000000000008000");
	assert_log_lacks(1, "NULL pointer");
	assert_oops("Oops: 0000 [#1] PREEMPT SMP NOPTI", "RIP: 0010:crash_now+0x");
	assert_defects(KSHIM_DEFECT_SIGNAL, 1);
	forget_stuck_module();
}

static void non_canonical_write(void **state)
{
	crash_in_init("crash=poison", KSHIM_DEFECT_SIGNAL,
		      "Segmentation fault (signal 11, SIGSEGV) in module crash_zoo at tests/modules/crash_zoo.c:43 (crash_now)");
	/* LIST_POISON1 is not canonical: a #GP, not a page fault. */
	assert_oops("general protection fault: 0000 [#1] PREEMPT SMP NOPTI",
		    "RIP: 0010:crash_now+0x");
	assert_log_lacks(1, "BUG:");
	assert_defects(KSHIM_DEFECT_SIGNAL, 1);
	forget_stuck_module();
}

static void divide_by_zero(void **state)
{
	crash_in_init("crash=div0", KSHIM_DEFECT_SIGNAL,
		      "Floating point exception (signal 8, SIGFPE) in module crash_zoo at tests/modules/crash_zoo.c:45 (crash_now)");
	assert_oops("divide error: 0000 [#1] PREEMPT SMP NOPTI", "RIP: 0010:crash_now+0x");
	assert_defects(KSHIM_DEFECT_SIGNAL, 1);
	forget_stuck_module();
}

static void stack_overflow(void **state)
{
	const char *msg;

	crash_in_init("crash=stack", KSHIM_DEFECT_SIGNAL, NULL);
	msg = kshim_defect_message(0);
	/* The fault is in recurse()'s prologue or its frame: either line. */
	assert_non_null(strstr(msg, "Segmentation fault (signal 11, SIGSEGV): stack overflow in module crash_zoo at tests/modules/crash_zoo.c:"));
	assert_non_null(strstr(msg, " (recurse)"));
	/* arch/x86/kernel/traps.c handle_stack_overflow(): KERN_EMERG, then die(). */
	assert_log_contains(0, "BUG: TASK stack guard page was hit at ");
	assert_log_contains(0, " (stack is ");
	assert_log_contains(4, "stack guard page: 0000 [#1] PREEMPT SMP NOPTI");
	assert_log_contains(4, "RIP: 0010:recurse+0x");
	assert_true(kshim_log_matches(4, " recurse+0x") > 10);
	assert_defects(KSHIM_DEFECT_SIGNAL, 1);
	forget_stuck_module();
}

static void invalid_opcode(void **state)
{
	crash_in_init("crash=ud2", KSHIM_DEFECT_SIGNAL,
		      "Illegal instruction (signal 4, SIGILL) in module crash_zoo at tests/modules/crash_zoo.c:49 (crash_now)");
	assert_oops("invalid opcode: 0000 [#1] PREEMPT SMP NOPTI", "RIP: 0010:crash_now+0x");
	assert_defects(KSHIM_DEFECT_SIGNAL, 1);
	forget_stuck_module();
}

static void bug_call(void **state)
{
	crash_in_init("crash=bug", KSHIM_DEFECT_BUG,
		      "kernel BUG at tests/modules/crash_zoo.c:51! in module crash_zoo");
	/* lib/bug.c report_bug(): cut here, then pr_crit; die() after. */
	assert_true(log_index("------------[ cut here ]------------") <
		    log_index("kernel BUG at"));
	assert_log_contains(2, "kernel BUG at tests/modules/crash_zoo.c:51!");
	assert_oops("invalid opcode: 0000 [#1] PREEMPT SMP NOPTI", "RIP: 0010:crash_now+0x");
	assert_defects(KSHIM_DEFECT_BUG, 1);
	forget_stuck_module();
}

static void bug_on(void **state)
{
	crash_in_init("crash=bug_on", KSHIM_DEFECT_BUG,
		      "kernel BUG at tests/modules/crash_zoo.c:53! in module crash_zoo");
	assert_log_contains(2, "kernel BUG at tests/modules/crash_zoo.c:53!");
	assert_oops("invalid opcode: 0000 [#1] PREEMPT SMP NOPTI", "RIP: 0010:crash_now+0x");
	assert_defects(KSHIM_DEFECT_BUG, 1);
	forget_stuck_module();
}

static void panic_call(void **state)
{
	assert_int_equal(kshim_load("crash_zoo", "crash=panic"), KSHIM_CRASH);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 1);
	assert_int_equal(kshim_defect_kind_of(0), KSHIM_DEFECT_PANIC);
	assert_string_equal(kshim_defect_message(0),
			    "Kernel panic - not syncing: crash_zoo: out of luck in module crash_zoo at tests/modules/crash_zoo.c:55 (crash_now)");
	/* kernel/panic.c: the message, dump_stack(), the end marker. */
	assert_true(log_index("crash_zoo: crash=panic") <
		    log_index("Kernel panic - not syncing: crash_zoo: out of luck"));
	assert_log_contains(0, "Kernel panic - not syncing: crash_zoo: out of luck");
	assert_true(log_index("Call Trace:") < log_index(" crash_now+0x"));
	assert_true(log_index(" crash_now+0x") < log_index("---[ end Kernel panic"));
	assert_log_contains(0, "---[ end Kernel panic - not syncing: crash_zoo: out of luck ]---");
	/* Nothing runs after a panic until the kernel is reset. */
	assert_int_equal(kshim_load("crash_zoo", NULL), KSHIM_CRASH);
	assert_defects(KSHIM_DEFECT_PANIC, 1);
	forget_stuck_module();
}

static void infinite_loop(void **state)
{
	const char *msg;
	char text[128];

#ifdef __SANITIZE_THREAD__
	/* TSan holds a signal back until its next interceptor: a bare spin never gets it. */
	survived++;
	skip();
#endif
	kshim_set_watchdog(1);
	crash_in_init("crash=loop", KSHIM_DEFECT_BUG, NULL);
	kshim_set_watchdog(10);
	/* kernel/watchdog.c watchdog_timer_fn(): pr_emerg, pr_fmt "watchdog: ". */
	snprintf(text, sizeof(text), "watchdog: BUG: soft lockup - CPU#0 stuck for 1s! [insmod:%d]",
		 (int)getpid());
	assert_log_contains(0, text);
	assert_log_contains(4, "Modules linked in: crash_zoo");
	assert_log_contains(4, "RIP: 0010:crash_now+0x");
	assert_true(log_index("Call Trace:") < log_index(" crash_zoo_init+0x"));
	msg = kshim_defect_message(0);
	snprintf(text, sizeof(text), "soft lockup - CPU#0 stuck for 1s! [insmod:%d] in module crash_zoo at tests/modules/crash_zoo.c:",
		 (int)getpid());
	assert_non_null(strstr(msg, text));
	/* The loop is two lines: either may be running when the watchdog bites. */
	assert_true(strstr(msg, ".c:57 (crash_now)") || strstr(msg, ".c:58 (crash_now)"));
	assert_defects(KSHIM_DEFECT_BUG, 1);
	forget_stuck_module();
}

/* Time outside module calls does not count: the watchdog restarts each call. */
static void watchdog_times_calls_only(void **state)
{
	struct timespec t = { 1, 300000000 };

	kshim_set_watchdog(1);
	assert_int_equal(kshim_load("crash_zoo", NULL), 0);
	nanosleep(&t, NULL);
	assert_int_equal(kshim_unload("crash_zoo"), 0);
	kshim_set_watchdog(10);
	assert_log_lacks(KSHIM_LOG_ANY, "soft lockup");
	assert_log_contains(6, "crash_zoo: exit");
	survived++;
}

static void use_after_free_reads_poison(void **state)
{
	/* Freed memory stays mapped in the quarantine: no fault, POISON_FREE. */
	assert_int_equal(kshim_load("crash_zoo", "crash=uaf"), 0);
	assert_log_contains(6, "crash_zoo: read 6b6b6b6b after free");
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
	assert_int_equal(kshim_unload("crash_zoo"), 0);
	survived++;
}

static void crash_in_exit(void **state)
{
	char rmmod[64];

	assert_int_equal(kshim_load("crash_zoo", "crash=null in_exit=1"), 0);
	assert_int_equal(kshim_unload("crash_zoo"), KSHIM_CRASH);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 1);
	assert_string_equal(kshim_defect_message(0),
			    "Segmentation fault (signal 11, SIGSEGV) in module crash_zoo at tests/modules/crash_zoo.c:39 (crash_now)");
	snprintf(rmmod, sizeof(rmmod), "CPU: 0 PID: %d Comm: rmmod", (int)getpid());
	assert_log_contains(4, rmmod);
	assert_true(log_index("Call Trace:") < log_index(" crash_zoo_exit+0x"));
	assert_log_lacks(6, "crash_zoo: exit");
	/* Stuck "going": it cannot be removed again. */
	assert_int_equal(kshim_unload("crash_zoo"), -EBUSY);
	assert_defects(KSHIM_DEFECT_SIGNAL, 1);
	forget_stuck_module();
}

/* Every crash test above ran to its end, in this one process. */
static void the_runner_survived(void **state)
{
	assert_int_equal(survived, 14);
	assert_int_equal(kshim_load("crash_zoo", NULL), 0);
	assert_int_equal(kshim_unload("crash_zoo"), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(null_dereference),
		kshim_unit_test(wild_write),
		kshim_unit_test(non_canonical_write),
		kshim_unit_test(divide_by_zero),
		kshim_unit_test(stack_overflow),
		kshim_unit_test(invalid_opcode),
		kshim_unit_test(bug_call),
		kshim_unit_test(bug_on),
		kshim_unit_test(panic_call),
		kshim_unit_test(infinite_loop),
		kshim_unit_test(watchdog_times_calls_only),
		kshim_unit_test(use_after_free_reads_poison),
		kshim_unit_test(crash_in_exit),
		/* Again, after all the others: the harness is not worn down. */
		kshim_unit_test(null_dereference),
		kshim_unit_test(the_runner_survived),
	};

	return kshim_run_tests(tests);
}
