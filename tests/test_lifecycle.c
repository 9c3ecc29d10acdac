// SPDX-License-Identifier: GPL-2.0-only
/*
 * The module lifecycle rules of Linux 6.1 (kernel/module/main.c): what
 * insmod and rmmod return, which of init and exit run, what is logged.
 */
#include <errno.h>
#include <string.h>

#include <kshim/cmocka.h>

static void load_and_unload(void **state)
{
	assert_false(kshim_module_loaded("lc_ok"));
	assert_int_equal(kshim_load("lc_ok", NULL), 0);
	assert_true(kshim_module_loaded("lc_ok"));
	assert_log_contains(6, "lc_ok: init, self reference taken");
	/* The module's buffer is live while it is loaded. */
	assert_int_equal(kshim_alloc_live(), 1);
	assert_int_equal(kshim_unload("lc_ok"), 0);
	assert_false(kshim_module_loaded("lc_ok"));
	assert_true(kshim_exit_called("lc_ok"));
	assert_log_contains(6, "lc_ok: exit, self reference refused");
	assert_int_equal(kshim_alloc_live(), 0);
}

static void load_twice_is_eexist(void **state)
{
	assert_int_equal(kshim_load("lc_ok", NULL), 0);
	assert_int_equal(kshim_load("lc_ok", NULL), -EEXIST);
	assert_int_equal(kshim_log_matches(6, "lc_ok: init"), 1);
	assert_int_equal(kshim_unload("lc_ok"), 0);
	/* Unloaded, it loads again. */
	assert_int_equal(kshim_load("lc_ok", NULL), 0);
	assert_int_equal(kshim_unload("lc_ok"), 0);
}

static void unload_not_loaded_is_enoent(void **state)
{
	assert_int_equal(kshim_unload("lc_ok"), -ENOENT);
	assert_false(kshim_exit_called("lc_ok"));
}

static void unknown_module_is_enoent(void **state)
{
	assert_int_equal(kshim_load("no_such_module", NULL), -ENOENT);
	assert_int_equal(kshim_unload("no_such_module"), -ENOENT);
}

static void failed_init_never_exits(void **state)
{
	assert_int_equal(kshim_load("lc_fail", NULL), -ENODEV);
	assert_log_contains(3, "lc_fail: init failing with -ENODEV");
	assert_false(kshim_module_loaded("lc_fail"));
	assert_int_equal(kshim_unload("lc_fail"), -ENOENT);
	assert_false(kshim_exit_called("lc_fail"));
	assert_log_lacks(KSHIM_LOG_ANY, "exit called");
}

static void failed_init_returns_its_errno(void **state)
{
	assert_int_equal(kshim_load("lc_fail", "err=-12"), -ENOMEM);
	assert_log_contains(3, "with -ENOMEM");
	assert_int_equal(kshim_load("lc_fail", "err=-517"), -517);
	assert_log_contains(3, "with -EPROBE_DEFER");
	assert_false(kshim_exit_called("lc_fail"));
}

static void positive_init_warns_and_loads(void **state)
{
	assert_int_equal(kshim_load("lc_positive", NULL), 1);
	assert_log_contains(4, "do_init_module: 'lc_positive'->init suspiciously returned 1, it should follow 0/-E convention");
	assert_log_contains(4, "do_init_module: loading module anyway...");
	assert_true(kshim_module_loaded("lc_positive"));
	assert_int_equal(kshim_unload("lc_positive"), 0);
	assert_true(kshim_exit_called("lc_positive"));
}

static void no_exit_cannot_unload(void **state)
{
	assert_int_equal(kshim_load("lc_noexit", NULL), 0);
	assert_int_equal(kshim_unload("lc_noexit"), -EBUSY);
	assert_true(kshim_module_loaded("lc_noexit"));
	/* Nothing else can be done with it: unload_all leaves it too. */
	assert_int_equal(kshim_unload_all(), 0);
	assert_true(kshim_module_loaded("lc_noexit"));
}

static void no_init_loads_and_unloads(void **state)
{
	assert_int_equal(kshim_load("lc_noinit", NULL), 0);
	assert_true(kshim_module_loaded("lc_noinit"));
	assert_int_equal(kshim_unload("lc_noinit"), 0);
	assert_log_contains(6, "lc_noinit: exit");
}

static void bug_in_init_is_reported(void **state)
{
	assert_int_equal(kshim_load("lc_bug", "mode=1"), KSHIM_CRASH);
	assert_log_contains(2, "kernel BUG at tests/modules/lc_bug.c:");
	assert_log_contains(4, "invalid opcode: 0000 [#1] PREEMPT SMP NOPTI");
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_BUG), 1);
	assert_non_null(strstr(kshim_defect_message(0), "kernel BUG at tests/modules/lc_bug.c:"));
	assert_false(kshim_module_loaded("lc_bug"));
	/* As in Linux, the module is stuck "coming": no second try, no rmmod. */
	assert_int_equal(kshim_load("lc_bug", NULL), -EBUSY);
	assert_int_equal(kshim_unload("lc_bug"), -EBUSY);
	assert_false(kshim_exit_called("lc_bug"));
	assert_defects(KSHIM_DEFECT_BUG, 1);
}

static void bug_in_exit_is_reported(void **state)
{
	assert_int_equal(kshim_load("lc_bug", "mode=2"), 0);
	assert_int_equal(kshim_unload("lc_bug"), KSHIM_CRASH);
	assert_log_contains(2, "kernel BUG at tests/modules/lc_bug.c:");
	assert_log_lacks(6, "lc_bug: exit");
	assert_defects(KSHIM_DEFECT_BUG, 1);
}

static void null_dereference_is_an_oops(void **state)
{
	assert_int_equal(kshim_load("lc_bug", "mode=3"), KSHIM_CRASH);
	assert_log_contains(1, "BUG: kernel NULL pointer dereference");
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_SIGNAL), 1);
	assert_non_null(strstr(kshim_defect_message(0), "SIGSEGV"));
	/* Where: the driver's line, from its debug information. */
	assert_non_null(strstr(kshim_defect_message(0),
			       "in module lc_bug at tests/modules/lc_bug.c:17 (lc_bug_init)"));
	assert_log_contains(4, "RIP: 0010:lc_bug_init+0x");
	assert_log_contains(4, "Call Trace:");
	assert_defects(KSHIM_DEFECT_SIGNAL, 1);
}

static void divide_error_is_an_oops(void **state)
{
	assert_int_equal(kshim_load("lc_bug", "mode=4"), KSHIM_CRASH);
	assert_log_contains(4, "divide error: 0000 [#1] PREEMPT SMP NOPTI");
	assert_non_null(strstr(kshim_defect_message(0), "SIGFPE"));
	assert_defects(KSHIM_DEFECT_SIGNAL, 1);
}

static void the_kernel_goes_on_after_a_crash(void **state)
{
	assert_int_equal(kshim_load("lc_bug", "mode=1"), KSHIM_CRASH);
	assert_defects(KSHIM_DEFECT_BUG, 1);
	/* Other modules still load: an oops kills the task, not the kernel. */
	assert_int_equal(kshim_load("lc_ok", NULL), 0);
	assert_int_equal(kshim_unload("lc_ok"), 0);
}

static void panic_is_reported(void **state)
{
	assert_int_equal(kshim_load("lc_panic", NULL), KSHIM_CRASH);
	assert_log_contains(0, "Kernel panic - not syncing: lc_panic: out of options (42)");
	assert_log_contains(0, "---[ end Kernel panic - not syncing: lc_panic: out of options (42) ]---");
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_PANIC), 1);
	/* After a panic nothing runs until the kernel is reset. */
	assert_int_equal(kshim_load("lc_ok", NULL), KSHIM_CRASH);
	assert_defects(KSHIM_DEFECT_PANIC, 1);
}

static void warnings_are_logged_and_counted(void **state)
{
	assert_int_equal(kshim_load("lc_warn", NULL), 0);
	/* WARN_ON, WARN, and WARN_ON_ONCE once though its condition held twice. */
	assert_int_equal(kshim_log_matches(4, "WARNING: CPU: 0 PID: "), 3);
	assert_int_equal(kshim_log_matches(4, " at tests/modules/lc_warn.c:"), 3);
	assert_log_contains(4, "lc_warn: value 7");
	assert_int_equal(kshim_log_matches(4, "------------[ cut here ]------------"), 3);
	assert_log_contains(4, "Modules linked in: lc_warn");
	assert_int_equal(kshim_unload("lc_warn"), 0);
	assert_defects(KSHIM_DEFECT_WARN, 3);
}

static void license_taints(void **state)
{
	assert_int_equal(kshim_load("lc_proprietary", NULL), 0);
	assert_log_contains(4, "lc_proprietary: module license 'Proprietary' taints kernel.");
	assert_log_contains(4, "Disabling lock debugging due to kernel taint");
	/* The kernel is tainted already: no second notice. */
	assert_int_equal(kshim_load("lc_nolicense", NULL), 0);
	assert_log_lacks(4, "lc_nolicense: module license");
	assert_int_equal(kshim_unload_all(), 2);
}

static void no_license_is_unspecified(void **state)
{
	assert_int_equal(kshim_load("lc_nolicense", NULL), 0);
	assert_log_contains(4, "lc_nolicense: module license 'unspecified' taints kernel.");
	assert_int_equal(kshim_unload("lc_nolicense"), 0);
}

static void gpl_does_not_taint(void **state)
{
	assert_int_equal(kshim_load("lc_ok", NULL), 0);
	assert_log_lacks(KSHIM_LOG_ANY, "taints kernel");
	assert_int_equal(kshim_unload("lc_ok"), 0);
}

static void leak_after_unload_is_found(void **state)
{
	assert_int_equal(kshim_load("slabtest", "mode=leak"), 0);
	assert_int_equal(kshim_unload("slabtest"), 0);
	assert_int_equal(kshim_leak_check(), 1);
	assert_non_null(strstr(kshim_defect_message(0), "tests/modules/slabtest.c:"));
	assert_defects(KSHIM_DEFECT_LEAK, 1);
}

static void modinfo_is_kept(void **state)
{
	assert_string_equal(kshim_modinfo("lc_ok", "license", 0), "GPL");
	assert_string_equal(kshim_modinfo("lc_proprietary", "license", 0), "Proprietary");
	assert_null(kshim_modinfo("lc_nolicense", "license", 0));
	assert_null(kshim_modinfo("lc_ok", "license", 1));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(load_and_unload),
		kshim_unit_test(load_twice_is_eexist),
		kshim_unit_test(unload_not_loaded_is_enoent),
		kshim_unit_test(unknown_module_is_enoent),
		kshim_unit_test(failed_init_never_exits),
		kshim_unit_test(failed_init_returns_its_errno),
		kshim_unit_test(positive_init_warns_and_loads),
		kshim_unit_test(no_exit_cannot_unload),
		kshim_unit_test(no_init_loads_and_unloads),
		kshim_unit_test(bug_in_init_is_reported),
		kshim_unit_test(bug_in_exit_is_reported),
		kshim_unit_test(null_dereference_is_an_oops),
		kshim_unit_test(divide_error_is_an_oops),
		kshim_unit_test(the_kernel_goes_on_after_a_crash),
		kshim_unit_test(panic_is_reported),
		kshim_unit_test(warnings_are_logged_and_counted),
		kshim_unit_test(license_taints),
		kshim_unit_test(no_license_is_unspecified),
		kshim_unit_test(gpl_does_not_taint),
		kshim_unit_test(leak_after_unload_is_found),
		kshim_unit_test(modinfo_is_kept),
	};

	return kshim_run_tests(tests);
}
