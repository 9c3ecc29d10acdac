// SPDX-License-Identifier: GPL-2.0-only
/*
 * Fault injection: counting fallible calls, failing the n-th one, every one
 * at a site, a random share of them, only some APIs; the $KSHIM_FAIL_*
 * variables read at each reset.
 */
#include <linux/gfp.h>
#include <linux/io.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/vmalloc.h>

#include <kshim/cmocka.h>

/* The C library's, declared here: this file uses the kernel's headers. */
int setenv(const char *name, const char *value, int overwrite);
int unsetenv(const char *name);
/* host/internal.h */
const struct kshim_site *kshim_fault_last_failed(const char **what);

static int here_line;

/* One allocation site whose line is known: here_line. */
static void *alloc_here(void)
{
	here_line = __LINE__ + 1;
	return kmalloc(8, GFP_KERNEL | __GFP_NOWARN);
}

static void *alloc_elsewhere(void)
{
	return kmalloc(8, GFP_KERNEL | __GFP_NOWARN);
}

/* Make @n allocations; a bit per call, set when it failed. */
static unsigned long run(int n)
{
	unsigned long mask = 0;
	int i;

	for (i = 0; i < n; i++) {
		void *p = alloc_elsewhere();

		if (!p)
			mask |= 1UL << i;
		kfree(p);
	}
	return mask;
}

static void every_fallible_call_counts(void **state)
{
	void *a = kmalloc(8, GFP_KERNEL), *b = vmalloc(100);
	void *z = kmalloc(0, GFP_KERNEL);

	assert_int_equal(kshim_fallible_calls(), 2);
	assert_int_equal(kshim_failed_calls(), 0);
	assert_ptr_equal(z, ZERO_SIZE_PTR);
	kfree(a);
	vfree(b);
	/* Frees are not fallible. */
	assert_int_equal(kshim_fallible_calls(), 2);
	assert_null(kshim_fault_last_failed(NULL));
}

static void nth_fails_once(void **state)
{
	kshim_fail_nth(3);
	assert_int_equal(run(5), 1UL << 2);
	assert_int_equal(kshim_fallible_calls(), 5);
	assert_int_equal(kshim_failed_calls(), 1);

	/* Counted from when it is armed. */
	kshim_fail_nth(1);
	assert_int_equal(run(3), 1UL << 0);
	kshim_fail_nth(2);
	kshim_fail_nth(0);
	assert_int_equal(run(3), 0);
	assert_int_equal(kshim_failed_calls(), 2);
}

static void last_failed_names_the_call(void **state)
{
	const char *what = NULL;
	const struct kshim_site *site;
	void *p;

	kshim_fail_nth(2);
	p = alloc_here();
	assert_non_null(p);
	assert_null(alloc_here());
	kfree(p);
	site = kshim_fault_last_failed(&what);
	assert_non_null(site);
	assert_string_equal(what, "kmalloc");
	assert_int_equal(site->line, here_line);
	assert_string_equal(site->func, "alloc_here");
	assert_non_null(strstr(site->file, "test_fault.c"));
}

static void site_fails_every_call_there(void **state)
{
	void *p;
	int i;

	p = alloc_here();		/* learn here_line */
	kfree(p);
	kshim_fail_site("test_fault.c", here_line);
	for (i = 0; i < 3; i++) {
		assert_null(alloc_here());
		p = alloc_elsewhere();
		assert_non_null(p);
		kfree(p);
	}
	assert_int_equal(kshim_failed_calls(), 3);

	/* The file matches by whole path components from the end. */
	kshim_fail_site("ault.c", here_line);
	p = alloc_here();
	assert_non_null(p);
	kfree(p);
	kshim_fail_site("tests/test_fault.c", here_line);
	assert_null(alloc_here());
	kshim_fail_site("test_fault.c", here_line + 1000);
	p = alloc_here();
	assert_non_null(p);
	kfree(p);
}

static void random_is_reproducible(void **state)
{
	unsigned long a, b;
	int i, failed = 0;

	kshim_fail_random(50, 1234);
	a = run(60);
	kshim_fail_random(50, 1234);
	b = run(60);
	assert_true(a == b);
	kshim_fail_random(50, 99);
	assert_true(run(60) != a);

	kshim_fail_none();
	kshim_fail_random(25, 7);
	for (i = 0; i < 1000; i++) {
		void *p = alloc_elsewhere();

		failed += !p;
		kfree(p);
	}
	assert_in_range(failed, 180, 320);

	kshim_fail_random(0, 1);
	assert_int_equal(run(20), 0);
	kshim_fail_random(100, 1);
	assert_int_equal(run(20), (1UL << 20) - 1);
}

static void only_filters_what_counts(void **state)
{
	void *p, *v;

	kshim_fail_only("vmalloc");
	kshim_fail_nth(1);
	p = kmalloc(16, GFP_KERNEL);
	assert_non_null(p);
	assert_int_equal(kshim_fallible_calls(), 0);
	assert_null(vmalloc(100));
	assert_int_equal(kshim_fallible_calls(), 1);
	kfree(p);

	/* A comma-separated list. */
	kshim_fail_only("kzalloc,vmalloc");
	kshim_fail_random(100, 1);
	p = kmalloc(16, GFP_KERNEL);
	assert_non_null(p);
	assert_null(kzalloc(16, GFP_KERNEL));
	assert_null(vmalloc(16));
	kfree(p);

	/* NULL: every call again. */
	kshim_fail_only(NULL);
	assert_null(kmalloc(16, GFP_KERNEL));
	kshim_fail_none();
	v = vmalloc(16);
	assert_non_null(v);
	vfree(v);
}

static void none_disarms_all(void **state)
{
	kshim_fail_nth(1);
	kshim_fail_site("test_fault.c", here_line);
	kshim_fail_random(100, 3);
	kshim_fail_none();
	assert_int_equal(run(10), 0);
	assert_int_equal(kshim_failed_calls(), 0);
}

static void reset_zeroes_the_counts(void **state)
{
	kshim_fail_nth(1);
	run(3);
	assert_int_equal(kshim_fallible_calls(), 3);
	kshim_reset();
	assert_int_equal(kshim_fallible_calls(), 0);
	assert_int_equal(kshim_failed_calls(), 0);
	assert_null(kshim_fault_last_failed(NULL));
	assert_int_equal(run(3), 0);
}

static void ioremap_is_one_fallible_call(void **state)
{
	struct kshim_regs *regs = kshim_mmio_attach(0xfe000000ULL, 0x100);
	void __iomem *io;

	io = ioremap(0xfe000000ULL, 0x100);
	assert_non_null(io);
	assert_int_equal(kshim_fallible_calls(), 1);
	iounmap(io);
	kshim_fail_nth(1);
	assert_null(ioremap(0xfe000000ULL, 0x100));
	assert_int_equal(kshim_alloc_live(), 0);
	kshim_mmio_detach(regs);
}

static void env_nth(void **state)
{
	setenv("KSHIM_FAIL_NTH", "2", 1);
	kshim_reset();
	unsetenv("KSHIM_FAIL_NTH");
	assert_int_equal(run(4), 1UL << 1);
	/* Read again at every reset: now unset. */
	kshim_reset();
	assert_int_equal(run(4), 0);
}

static void env_site(void **state)
{
	char val[256];
	void *p = alloc_here();

	kfree(p);
	snprintf(val, sizeof(val), "test_fault.c:%d", here_line);
	setenv("KSHIM_FAIL_SITE", val, 1);
	kshim_reset();
	unsetenv("KSHIM_FAIL_SITE");
	assert_null(alloc_here());
	assert_null(alloc_here());
	assert_int_equal(run(3), 0);
}

static void env_random_and_only(void **state)
{
	void *p;

	setenv("KSHIM_FAIL_RANDOM", "100:5", 1);
	setenv("KSHIM_FAIL_ONLY", "vmalloc", 1);
	kshim_reset();
	unsetenv("KSHIM_FAIL_RANDOM");
	unsetenv("KSHIM_FAIL_ONLY");
	p = kmalloc(16, GFP_KERNEL);
	assert_non_null(p);
	kfree(p);
	assert_null(vmalloc(16));
	assert_int_equal(kshim_fallible_calls(), 1);

	setenv("KSHIM_FAIL_RANDOM", "100", 1);
	kshim_reset();
	unsetenv("KSHIM_FAIL_RANDOM");
	assert_int_equal(run(5), 0x1f);
}

static void env_garbage_is_ignored(void **state)
{
	setenv("KSHIM_FAIL_NTH", "two", 1);
	setenv("KSHIM_FAIL_RANDOM", "150", 1);
	setenv("KSHIM_FAIL_SITE", "no-line-here", 1);
	kshim_reset();
	unsetenv("KSHIM_FAIL_NTH");
	unsetenv("KSHIM_FAIL_RANDOM");
	unsetenv("KSHIM_FAIL_SITE");
	assert_int_equal(run(5), 0);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(every_fallible_call_counts),
		kshim_unit_test(nth_fails_once),
		kshim_unit_test(last_failed_names_the_call),
		kshim_unit_test(site_fails_every_call_there),
		kshim_unit_test(random_is_reproducible),
		kshim_unit_test(only_filters_what_counts),
		kshim_unit_test(none_disarms_all),
		kshim_unit_test(reset_zeroes_the_counts),
		kshim_unit_test(ioremap_is_one_fallible_call),
		kshim_unit_test(env_nth),
		kshim_unit_test(env_site),
		kshim_unit_test(env_random_and_only),
		kshim_unit_test(env_garbage_is_ignored),
	};

	return kshim_run_tests(tests);
}
