// SPDX-License-Identifier: GPL-2.0-only
/*
 * Built-in code: the initcalls run at boot by level, in link order; a
 * failing one does not stop the boot (init/main.c, do_initcalls()).
 */
#include <errno.h>
#include <string.h>

#include <kshim/cmocka.h>

/* The index of the first log record containing @text, or -1. */
static long position(const char *text)
{
	const struct kshim_log_record *r;
	size_t i;

	for (i = 0; (r = kshim_log_record(i)); i++)
		if (strstr(r->text, text))
			return (long)i;
	return -1;
}

static void initcalls_run_by_level(void **state)
{
	long core, subsys, device, late;

	assert_int_equal(kshim_boot(NULL), 1);
	core = position("boot_a: core");
	subsys = position("boot_fail: subsys");
	device = position("boot_b: device");
	late = position("boot_a: late");
	assert_true(core >= 0 && subsys > core && device > subsys && late > device);
}

static void a_failing_initcall_does_not_stop_the_boot(void **state)
{
	assert_int_equal(kshim_boot(NULL), 1);
	assert_int_equal(kshim_initcall_result("boot_fail"), -ENODEV);
	assert_int_equal(kshim_initcall_result("boot_b"), 0);
	/* Without initcall_debug, 6.1 says nothing of the failure. */
	assert_log_lacks(KSHIM_LOG_ANY, "returned -19");
}

static void initcall_debug_logs_every_call(void **state)
{
	assert_int_equal(kshim_boot("initcall_debug"), 1);
	assert_log_contains(7, "calling  boot_fail_init+");
	assert_log_contains(7, "initcall boot_fail_init+");
	assert_log_contains(7, " returned -19 after ");
	assert_log_contains(7, "initcall boot_b_init+");
}

static void parameters_come_from_the_command_line(void **state)
{
	assert_int_equal(kshim_boot("quiet boot_b.level=3"), 1);
	assert_log_contains(6, "boot_b: device, level=3");
}

static void default_parameters_without_a_command_line(void **state)
{
	assert_int_equal(kshim_boot(""), 1);
	assert_log_contains(6, "boot_b: device, level=1");
}

static void builtin_modules_cannot_be_loaded_or_removed(void **state)
{
	assert_int_equal(kshim_boot(NULL), 1);
	assert_int_equal(kshim_load("boot_b", NULL), -ENOENT);
	assert_int_equal(kshim_unload("boot_b"), -ENOENT);
	assert_log_lacks(KSHIM_LOG_ANY, "boot_b: exit");
}

static void one_boot_per_kernel(void **state)
{
	assert_int_equal(kshim_boot(NULL), 1);
	assert_int_equal(kshim_boot(NULL), -EBUSY);
	assert_int_equal(kshim_log_matches(6, "boot_a: core"), 1);
}

static void no_initcall_result_before_boot(void **state)
{
	assert_int_equal(kshim_initcall_result("boot_b"), -ENOENT);
	assert_int_equal(kshim_initcall_result("nosuch"), -ENOENT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(initcalls_run_by_level),
		kshim_unit_test(a_failing_initcall_does_not_stop_the_boot),
		kshim_unit_test(initcall_debug_logs_every_call),
		kshim_unit_test(parameters_come_from_the_command_line),
		kshim_unit_test(default_parameters_without_a_command_line),
		kshim_unit_test(builtin_modules_cannot_be_loaded_or_removed),
		kshim_unit_test(one_boot_per_kernel),
		kshim_unit_test(no_initcall_result_before_boot),
	};

	return kshim_run_tests(tests);
}
