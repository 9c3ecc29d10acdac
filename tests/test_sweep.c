// SPDX-License-Identifier: GPL-2.0-only
/*
 * The init-failure sweep: every fallible call in init failed in turn, and
 * each failure path judged (errno returned, nothing leaked, exit not run).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <kshim/cmocka.h>

static void good_module_sweeps_clean(void **state)
{
	struct kshim_sweep *sw = kshim_sweep("sweep_good", NULL);
	static const char *const calls[] = { "kzalloc", "kstrdup", "kcalloc" };
	size_t i;

	assert_non_null(sw);
	/* The baseline and one step per fallible call. */
	assert_int_equal(sw->nsteps, 4);
	assert_int_equal(sw->failures, 0);
	assert_int_equal(sw->steps[0].outcome, KSHIM_SWEEP_BASELINE);
	assert_int_equal(sw->steps[0].ret, 0);
	for (i = 1; i < sw->nsteps; i++) {
		const struct kshim_sweep_step *st = &sw->steps[i];

		assert_int_equal(st->n, i);
		assert_int_equal(st->outcome, KSHIM_SWEEP_OK);
		assert_int_equal(st->ret, -ENOMEM);
		assert_string_equal(st->call, calls[i - 1]);
		assert_string_equal(st->func, "sweep_good_init");
		assert_string_equal(st->file, "tests/modules/sweep_good.c");
		assert_true(st->line > 0);
	}
	kshim_sweep_free(sw);
	/* The sweep leaves a fresh kernel behind. */
	assert_int_equal(kshim_alloc_live(), 0);
	assert_false(kshim_module_loaded("sweep_good"));
}

static void leak_on_a_failure_path_is_named(void **state)
{
	struct kshim_sweep *sw = kshim_sweep("sweep_leaky", NULL);

	assert_non_null(sw);
	assert_int_equal(sw->nsteps, 3);
	assert_int_equal(sw->failures, 1);
	assert_int_equal(sw->steps[1].outcome, KSHIM_SWEEP_OK);
	assert_int_equal(sw->steps[2].outcome, KSHIM_SWEEP_LEAK);
	assert_int_equal(sw->steps[2].ret, -ENOMEM);
	/* The leaked object is the first allocation: 32 bytes, at its line. */
	assert_non_null(sw->steps[2].detail);
	assert_non_null(strstr(sw->steps[2].detail, "32"));
	assert_non_null(strstr(sw->steps[2].detail, "tests/modules/sweep_leaky.c:"));
	assert_non_null(strstr(sw->steps[2].detail, "sweep_leaky_init"));
	kshim_sweep_free(sw);
}

static void positive_errno_is_a_bad_return(void **state)
{
	struct kshim_sweep *sw = kshim_sweep("sweep_badret", NULL);

	assert_non_null(sw);
	assert_int_equal(sw->nsteps, 2);
	assert_int_equal(sw->failures, 1);
	assert_int_equal(sw->steps[1].outcome, KSHIM_SWEEP_BAD_RETURN);
	assert_int_equal(sw->steps[1].ret, ENOMEM);
	kshim_sweep_free(sw);
}

static void survived_failure_is_tolerated(void **state)
{
	struct kshim_sweep *sw = kshim_sweep("sweep_tolerant", NULL);

	assert_non_null(sw);
	assert_int_equal(sw->nsteps, 3);
	assert_int_equal(sw->failures, 0);
	assert_int_equal(sw->steps[1].outcome, KSHIM_SWEEP_OK);
	assert_int_equal(sw->steps[2].outcome, KSHIM_SWEEP_TOLERATED);
	assert_int_equal(sw->steps[2].ret, 0);
	kshim_sweep_free(sw);
}

static void failing_init_still_sweeps(void **state)
{
	/* lc_fail's baseline fails by design; its kzalloc path returns -ENOMEM. */
	struct kshim_sweep *sw = kshim_sweep("lc_fail", NULL);

	assert_non_null(sw);
	assert_int_equal(sw->nsteps, 2);
	assert_int_equal(sw->steps[0].ret, -ENODEV);
	assert_int_equal(sw->steps[1].ret, -ENOMEM);
	assert_int_equal(sw->failures, 0);
	kshim_sweep_free(sw);
}

static void crash_in_init_is_a_crash(void **state)
{
	struct kshim_sweep *sw = kshim_sweep("lc_bug", "mode=1");

	assert_non_null(sw);
	assert_int_equal(sw->nsteps, 1);
	assert_int_equal(sw->steps[0].outcome, KSHIM_SWEEP_CRASH);
	assert_non_null(strstr(sw->steps[0].detail, "kernel BUG at tests/modules/lc_bug.c:"));
	assert_int_equal(sw->failures, 1);
	kshim_sweep_free(sw);
}

/* The printed table names every step's call site and outcome. */
static void table_is_printed(void **state)
{
	struct kshim_sweep *sw = kshim_sweep("sweep_leaky", NULL);
	char buf[4096];
	int fds[2];
	ssize_t n;

	assert_int_equal(pipe(fds), 0);
	kshim_sweep_print(sw, fds[1]);
	close(fds[1]);
	n = read(fds[0], buf, sizeof(buf) - 1);
	close(fds[0]);
	assert_true(n > 0);
	buf[n] = '\0';
	assert_non_null(strstr(buf, "sweep of sweep_leaky: 2 fallible calls in init"));
	assert_non_null(strstr(buf, "tests/modules/sweep_leaky.c:"));
	assert_non_null(strstr(buf, "-ENOMEM"));
	assert_non_null(strstr(buf, "LEAK"));
	assert_non_null(strstr(buf, "sweep_leaky: 1 of 2 failure paths are not clean"));
	kshim_sweep_free(sw);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(good_module_sweeps_clean),
		kshim_unit_test(leak_on_a_failure_path_is_named),
		kshim_unit_test(positive_errno_is_a_bad_return),
		kshim_unit_test(survived_failure_is_tolerated),
		kshim_unit_test(failing_init_still_sweeps),
		kshim_unit_test(crash_in_init_is_a_crash),
		kshim_unit_test(table_is_printed),
	};

	return kshim_run_tests(tests);
}
