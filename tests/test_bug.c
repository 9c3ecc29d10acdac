// SPDX-License-Identifier: GPL-2.0-only
/* WARN and BUG as code calls them: return values, once-only, reports. */
#include <linux/bug.h>
#include <linux/build_bug.h>
#include <linux/kernel.h>
#include <linux/string.h>

#include <kshim/cmocka.h>

static void warn_on_returns_its_condition(void **state)
{
	int x = 3;

	assert_false(WARN_ON(x == 4));
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_WARN), 0);
	assert_true(WARN_ON(x == 3));
	assert_defects(KSHIM_DEFECT_WARN, 1);
}

static void warn_reports_the_line(void **state)
{
	int line = __LINE__ + 1;
	bool r = WARN(1, "bad value %d\n", 42);
	char where[64];

	assert_true(r);
	snprintf(where, sizeof(where), " at tests/test_bug.c:%d ", line);
	assert_log_contains(4, "------------[ cut here ]------------");
	assert_log_contains(4, "bad value 42");
	assert_log_contains(4, where);
	assert_log_contains(4, "warn_reports_the_line");
	assert_log_contains(4, "---[ end trace 0000000000000000 ]---");
	assert_non_null(strstr(kshim_defect_message(0), "tests/test_bug.c:"));
	assert_defects(KSHIM_DEFECT_WARN, 1);
}

static void warn_once_fires_once(void **state)
{
	int i, hits = 0;

	for (i = 0; i < 3; i++)
		hits += WARN_ON_ONCE(true);
	/* Each call returns the condition; only the first one reports. */
	assert_int_equal(hits, 3);
	assert_int_equal(kshim_log_matches(4, "WARNING: CPU: 0 PID: "), 1);
	for (i = 0; i < 2; i++)
		WARN_ONCE(i >= 0, "once %d\n", i);
	assert_log_contains(4, "once 0");
	assert_log_lacks(4, "once 1");
	assert_defects(KSHIM_DEFECT_WARN, 2);
}

static void warn_taints(void **state)
{
	WARN_ON(1);
	assert_true(test_taint(TAINT_WARN));
	assert_defects(KSHIM_DEFECT_WARN, 1);
	/* A fresh kernel is untainted. */
	kshim_reset();
	assert_false(test_taint(TAINT_WARN));
}

static void bug_on_false_does_nothing(void **state)
{
	BUG_ON(0);
	BUILD_BUG_ON(sizeof(u32) != 4);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
	assert_int_equal(kshim_log_count(), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(warn_on_returns_its_condition),
		kshim_unit_test(warn_reports_the_line),
		kshim_unit_test(warn_once_fires_once),
		kshim_unit_test(warn_taints),
		kshim_unit_test(bug_on_false_does_nothing),
	};

	return kshim_run_tests(tests);
}
