// SPDX-License-Identifier: GPL-2.0-only
/*
 * kshim for cmocka: a fresh simulated kernel for every test, and a test
 * failure for every defect the kernel saw that the test did not clear.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <errno.h>

#include <stdlib.h>
#include <kshim/cmocka.h>

/* BUG() or panic() in driver code a test called directly: fail the test. */
static void fail_test(const char *report)
{
	fail_msg("%s", report);
}

/* The modules built against the kernel tree that the test loads by name. */
static void open_modules(void)
{
	const char *env = getenv("KSHIM_MODULES");
	char *list, *path, *save = NULL;

	if (!env || !*env)
		return;
	list = strdup(env);
	for (path = strtok_r(list, ":", &save); path; path = strtok_r(NULL, ":", &save))
		if (kshim_module_open(path))
			exit(1);	/* the reason is said; no test could pass */
	free(list);
}

void kshim_cmocka_init(void)
{
	kshim_set_fatal_hook(fail_test);
	open_modules();
}

int kshim_test_setup(void **state)
{
	kshim_reset();
	return 0;
}

/*
 * Unload what the test left loaded (running exit, as rmmod would), check
 * for leaks when nothing is loaded any more, and fail on any defect.
 */
int kshim_test_teardown(void **state)
{
	size_t i, n;

	kshim_unload_all();
	/* Still loaded, or stuck in a crashed init: its memory is not a leak. */
	for (i = 0; kshim_module_name((unsigned int)i); i++)
		if (kshim_module_refcnt(kshim_module_name((unsigned int)i)) != -ENOENT)
			break;
	if (!kshim_module_name((unsigned int)i))
		kshim_leak_check();

	n = kshim_defect_count(KSHIM_DEFECT_ANY);
	if (n) {
		print_error("kshim: the simulated kernel saw %zu defect%s:\n", n,
			    n == 1 ? "" : "s");
		for (i = 0; i < n; i++)
			print_error("  %s: %s\n",
				    kshim_defect_kind_name(kshim_defect_kind_of(i)),
				    kshim_defect_message(i));
	}
	kshim_reset();
	return n ? -1 : 0;
}

void _kshim_assert_log(int level, const char *text, bool present,
		       const char *file, int line)
{
	if (kshim_log_contains(level, text) == present)
		return;
	print_error("kernel log (%zu records):\n", kshim_log_count());
	kshim_log_dump(STDERR_FILENO);
	if (level == KSHIM_LOG_ANY)
		print_error("%s log record contains \"%s\"\n",
			    present ? "no" : "a", text);
	else
		print_error("%s log record at level %d contains \"%s\"\n",
			    present ? "no" : "a", level, text);
	_fail(file, line);
}

void _kshim_assert_defects(enum kshim_defect_kind kind, size_t n,
			   const char *file, int line)
{
	size_t got = kshim_defect_count(kind), i;

	if (got == n) {
		kshim_defects_clear();
		return;
	}
	print_error("expected %zu defect%s of kind %s, the kernel saw %zu:\n", n,
		    n == 1 ? "" : "s", kshim_defect_kind_name(kind), got);
	for (i = 0; kshim_defect_message(i); i++)
		print_error("  %s: %s\n", kshim_defect_kind_name(kshim_defect_kind_of(i)),
			    kshim_defect_message(i));
	_fail(file, line);
}

void _kshim_assert_sweep_clean(const char *module, const char *args,
			       const char *file, int line)
{
	struct kshim_sweep *sw = kshim_sweep(module, args);
	size_t failures;

	if (!sw) {
		print_error("kshim_sweep(%s) ran out of memory\n", module);
		_fail(file, line);
	}
	failures = sw->failures;
	if (failures)
		kshim_sweep_print(sw, STDERR_FILENO);
	kshim_sweep_free(sw);
	if (failures) {
		print_error("%zu failure path%s of %s not clean\n", failures,
			    failures == 1 ? " is" : "s are", module);
		_fail(file, line);
	}
}
