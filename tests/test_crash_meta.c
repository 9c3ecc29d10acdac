// SPDX-License-Identifier: GPL-2.0-only
/*
 * A runner in which some tests crash without expecting to: not a test of the
 * suite itself, but the subject of test_crash_meta.py, which runs it and
 * checks that each crash failed only its own test, with its report, and
 * that the runner exited with the number of failures, not by a signal.
 */
#include <string.h>

#include <kshim/cmocka.h>

static void passes_first(void **state)
{
	assert_int_equal(kshim_load("crash_zoo", NULL), 0);
	assert_int_equal(kshim_unload("crash_zoo"), 0);
}

/* The driver BUG()s where the test expected init to succeed. */
static void unexpected_bug(void **state)
{
	assert_int_equal(kshim_load("crash_zoo", "crash=bug"), 0);
}

static void passes_between(void **state)
{
	assert_int_equal(kshim_load("crash_zoo", "crash=uaf"), 0);
	assert_int_equal(kshim_unload("crash_zoo"), 0);
}

/* The driver faults, and the test does not even look: the teardown does. */
static void unexpected_null(void **state)
{
	kshim_load("crash_zoo", "crash=null");
}

/*
 * The test's own code faults, outside any module call: cmocka's to catch.
 * A wild address, not NULL: UBSan would stop the run at a NULL load.
 */
static void test_code_faults(void **state)
{
	int *volatile p = (int *)(unsigned long)0x8000;

	assert_int_equal(*p, 0);
}

static void passes_last(void **state)
{
	assert_int_equal(kshim_load("crash_zoo", NULL), 0);
	assert_int_equal(kshim_unload("crash_zoo"), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(passes_first),
		kshim_unit_test(unexpected_bug),
		kshim_unit_test(passes_between),
		kshim_unit_test(unexpected_null),
		kshim_unit_test(test_code_faults),
		kshim_unit_test(passes_last),
	};

	return kshim_run_tests(tests);
}
