// SPDX-License-Identifier: GPL-2.0-only
/* hello, built in: its init is a device initcall run at boot; no exit. */
#include <errno.h>

#include <kshim/cmocka.h>

static void boot_runs_init(void **state)
{
	assert_int_equal(kshim_boot(NULL), 0);
	assert_int_equal(kshim_initcall_result("hello"), 0);
	assert_log_contains(6, "hello: initialized successfully");
}

static void builtin_is_not_loadable(void **state)
{
	assert_int_equal(kshim_boot(NULL), 0);
	assert_int_equal(kshim_load("hello", NULL), -ENOENT);
	assert_int_equal(kshim_unload("hello"), -ENOENT);
	/* Built-in exit code is discarded: it never runs. */
	assert_log_lacks(KSHIM_LOG_ANY, "hello: exiting");
}

static void initcall_debug(void **state)
{
	assert_int_equal(kshim_boot("initcall_debug"), 0);
	assert_log_contains(7, "calling  hello_init+");
	assert_log_contains(7, "initcall hello_init+");
	assert_log_contains(7, " returned 0 after ");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(boot_runs_init),
		kshim_unit_test(builtin_is_not_loadable),
		kshim_unit_test(initcall_debug),
	};

	return kshim_run_tests(tests);
}
