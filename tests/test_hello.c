// SPDX-License-Identifier: GPL-2.0-only
/* hello, loadable: init logs and succeeds, exit logs, nothing leaks. */
#include <kshim/cmocka.h>

static void init_succeeds_and_logs(void **state)
{
	assert_int_equal(kshim_load("hello", NULL), 0);
	assert_true(kshim_module_loaded("hello"));
	assert_log_contains(6, "hello: initialized successfully");
	assert_int_equal(kshim_log_count(), 1);
}

static void exit_logs(void **state)
{
	assert_int_equal(kshim_load("hello", NULL), 0);
	assert_int_equal(kshim_unload("hello"), 0);
	assert_true(kshim_exit_called("hello"));
	assert_log_contains(6, "hello: exiting");
	assert_int_equal(kshim_alloc_live(), 0);
}

static void unknown_parameter_is_ignored(void **state)
{
	/* hello has no parameters: 6.1 logs the unknown one and loads anyway. */
	assert_int_equal(kshim_load("hello", "count=3"), 0);
	assert_log_contains(4, "hello: unknown parameter 'count' ignored");
	assert_log_contains(6, "hello: initialized successfully");
}

static void sweep_has_nothing_to_fail(void **state)
{
	struct kshim_sweep *sw = kshim_sweep("hello", NULL);

	assert_non_null(sw);
	assert_int_equal(sw->nsteps, 1);
	assert_int_equal(sw->steps[0].outcome, KSHIM_SWEEP_BASELINE);
	assert_int_equal(sw->steps[0].ret, 0);
	kshim_sweep_free(sw);
}

static void modinfo(void **state)
{
	assert_string_equal(kshim_modinfo("hello", "license", 0), "GPL");
	assert_string_equal(kshim_modinfo("hello", "description", 0),
			    "The minimal module: init succeeds, exit logs");
	assert_non_null(kshim_modinfo("hello", "author", 0));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(init_succeeds_and_logs),
		kshim_unit_test(exit_logs),
		kshim_unit_test(unknown_parameter_is_ignored),
		kshim_unit_test(sweep_has_nothing_to_fail),
		kshim_unit_test(modinfo),
	};

	return kshim_run_tests(tests);
}
