// SPDX-License-Identifier: GPL-2.0-only
/*
 * Kernel code runs on many CPUs at once: printk, the allocators, the
 * allocation tracking, fault injection and the defect reports are driven
 * from several threads together, and every count must come out exact
 * afterwards (a lost update is a wrong count). Run under ThreadSanitizer by
 * tests/sanitize, this is also the race detector's workload.
 */
#include <linux/bug.h>
#include <linux/kernel.h>
#include <linux/panic.h>
#include <linux/printk.h>
#include <linux/slab.h>
#include <linux/string.h>

#include <kshim/cmocka.h>

/*
 * <pthread.h> cannot be included beside the kernel's headers: the two
 * calls needed, with glibc's x86_64 types spelt in plain C (pthread_t is an
 * unsigned long, the attributes may be NULL).
 */
int pthread_create(unsigned long *thread, const void *attr,
		   void *(*fn)(void *), void *arg);
int pthread_join(unsigned long thread, void **ret);
int sched_yield(void);

#define NTHREADS	8
#define ITERS		400
#define KEEP_EVERY	50	/* every 50th allocation is kept until the end */
#define NKEPT		(ITERS / KEEP_EVERY)

struct worker {
	int id;
	int nulls;			/* calls that returned NULL (or 1) */
	int errors;			/* unexpected results, for the main thread */
	void *kept[NKEPT];
	struct kmem_cache *cache;
};

static int started;

/* Hold every thread until all exist, so that their work overlaps. */
static void start_together(void)
{
	__atomic_add_fetch(&started, 1, __ATOMIC_SEQ_CST);
	while (__atomic_load_n(&started, __ATOMIC_SEQ_CST) < NTHREADS)
		sched_yield();
}

static void run_threads(void *(*fn)(void *), struct worker *w)
{
	unsigned long tid[NTHREADS];
	int i;

	started = 0;
	for (i = 0; i < NTHREADS; i++) {
		w[i].id = i;
		assert_int_equal(pthread_create(&tid[i], NULL, fn, &w[i]), 0);
	}
	for (i = 0; i < NTHREADS; i++)
		assert_int_equal(pthread_join(tid[i], NULL), 0);
	for (i = 0; i < NTHREADS; i++)
		assert_int_equal(w[i].errors, 0);
}

/* kmalloc, kstrdup, krealloc, kfree and printk, ITERS times. */
static void *alloc_and_print(void *arg)
{
	struct worker *w = arg;
	int i;

	start_together();
	for (i = 0; i < ITERS; i++) {
		size_t size = 8 + i % 8;
		char *p = kmalloc(size, GFP_KERNEL);
		char *s = kstrdup("thread", GFP_KERNEL);
		char *q;

		if (!p || !s || strcmp(s, "thread")) {
			w->errors++;
			break;
		}
		memset(p, 'a' + w->id, size);
		/* From the 8..16 size classes to 128: a new object. */
		q = krealloc(p, 100, GFP_KERNEL);
		if (!q || q[size - 1] != 'a' + w->id) {
			w->errors++;
			break;
		}
		pr_info("worker %d: %d\n", w->id, i);
		if (i % KEEP_EVERY == 0)
			w->kept[i / KEEP_EVERY] = q;
		else
			kfree(q);
		kfree(s);
	}
	return NULL;
}

static void counts_are_exact_after_concurrent_calls(void **state)
{
	static struct worker w[NTHREADS];
	int next[NTHREADS] = { 0 };
	const struct kshim_log_record *r;
	size_t i;
	int t, k;

	/* Keep the console quiet: 3200 lines are stored, not echoed. */
	kshim_console_loglevel(0);
	memset(w, 0, sizeof(w));
	run_threads(alloc_and_print, w);

	/* kmalloc, kstrdup, krealloc's new object: three calls an iteration. */
	assert_int_equal(kshim_fallible_calls(), NTHREADS * ITERS * 3);
	assert_int_equal(kshim_alloc_total(), NTHREADS * ITERS * 3);
	assert_int_equal(kshim_failed_calls(), 0);
	assert_int_equal(kshim_alloc_live(), NTHREADS * NKEPT);
	assert_int_equal(kshim_alloc_live_bytes(), NTHREADS * NKEPT * 100);

	/* One record per printk, numbered in order, each thread's in its order. */
	assert_int_equal(kshim_log_count(), NTHREADS * ITERS);
	for (i = 0; (r = kshim_log_record(i)); i++) {
		assert_int_equal(r->seq, i);
		assert_int_equal(r->level, LOGLEVEL_INFO);
		assert_int_equal(sscanf(r->text, "worker %d: %d", &t, &k), 2);
		assert_in_range(t, 0, NTHREADS - 1);
		assert_int_equal(k, next[t]);
		next[t]++;
	}
	for (t = 0; t < NTHREADS; t++)
		assert_int_equal(next[t], ITERS);

	for (t = 0; t < NTHREADS; t++)
		for (k = 0; k < NKEPT; k++)
			kfree(w[t].kept[k]);
	assert_int_equal(kshim_alloc_live(), 0);
}

/* ITERS kmalloc() calls, fault injection armed: count the failures. */
static void *alloc_under_faults(void *arg)
{
	struct worker *w = arg;
	int i;

	start_together();
	for (i = 0; i < ITERS; i++) {
		void *p = kmalloc(32, GFP_KERNEL | __GFP_NOWARN);

		if (!p)
			w->nulls++;
		kfree(p);
	}
	return NULL;
}

static int total_nulls(const struct worker *w)
{
	int i, n = 0;

	for (i = 0; i < NTHREADS; i++)
		n += w[i].nulls;
	return n;
}

static void random_faults_are_counted_exactly(void **state)
{
	static struct worker w[NTHREADS];
	int i, expect = 0;

	/*
	 * One draw of the seeded generator per call, whichever thread makes
	 * it: as many calls fail as in a single thread.
	 */
	kshim_fail_random(25, 1234);
	for (i = 0; i < NTHREADS * ITERS; i++) {
		void *p = kmalloc(32, GFP_KERNEL | __GFP_NOWARN);

		expect += !p;
		kfree(p);
	}
	assert_in_range(expect, 1, NTHREADS * ITERS - 1);
	kshim_reset();

	kshim_fail_random(25, 1234);
	memset(w, 0, sizeof(w));
	run_threads(alloc_under_faults, w);
	assert_int_equal(total_nulls(w), expect);
	assert_int_equal(kshim_failed_calls(), expect);
	assert_int_equal(kshim_fallible_calls(), NTHREADS * ITERS);
	assert_int_equal(kshim_alloc_total(), NTHREADS * ITERS - expect);
	assert_int_equal(kshim_alloc_live(), 0);
}

static void nth_fault_fails_exactly_one_call(void **state)
{
	static struct worker w[NTHREADS];

	kshim_fail_nth(NTHREADS * ITERS / 2);
	memset(w, 0, sizeof(w));
	run_threads(alloc_under_faults, w);
	assert_int_equal(total_nulls(w), 1);
	assert_int_equal(kshim_failed_calls(), 1);
	assert_int_equal(kshim_fallible_calls(), NTHREADS * ITERS);
}

/* A failure without __GFP_NOWARN: fail_dump()'s three records, whole. */
static void *alloc_warn_under_faults(void *arg)
{
	struct worker *w = arg;
	int i;

	start_together();
	for (i = 0; i < ITERS / 8; i++) {
		void *p = kmalloc(32, GFP_KERNEL);

		if (!p)
			w->nulls++;
		kfree(p);
	}
	return NULL;
}

static void fault_reports_are_logged_whole(void **state)
{
	static struct worker w[NTHREADS];
	int n;

	kshim_fail_random(50, 99);
	memset(w, 0, sizeof(w));
	run_threads(alloc_warn_under_faults, w);
	n = total_nulls(w);
	assert_int_equal(kshim_failed_calls(), n);
	assert_int_equal(kshim_log_count(), 3 * n);
	assert_int_equal(kshim_log_matches(5, "FAULT_INJECTION: forcing a failure."), n);
	assert_int_equal(kshim_log_matches(5, "name failslab, interval 1"), n);
}

/* One shared cache; a double free and a leak in each thread. */
static void *defects_in_threads(void *arg)
{
	struct worker *w = arg;
	void *objs[16];
	char *p;
	int i, j;

	start_together();
	for (i = 0; i < ITERS / 16; i++) {
		for (j = 0; j < 16; j++) {
			objs[j] = kmem_cache_alloc(w->cache, GFP_KERNEL);
			if (!objs[j])
				w->errors++;
		}
		for (j = 0; j < 16; j++)
			kmem_cache_free(w->cache, objs[j]);
	}
	p = kmalloc(24, GFP_KERNEL);
	kfree(p);
	kfree(p);
	w->kept[0] = kmalloc(40, GFP_KERNEL);
	return NULL;
}

static void defects_are_counted_exactly(void **state)
{
	static struct worker w[NTHREADS];
	struct kmem_cache *cache;
	int i;

	cache = kmem_cache_create("threads", 72, 0, 0, NULL);
	assert_non_null(cache);
	memset(w, 0, sizeof(w));
	for (i = 0; i < NTHREADS; i++)
		w[i].cache = cache;
	run_threads(defects_in_threads, w);

	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), NTHREADS);
	assert_defects(KSHIM_DEFECT_DOUBLE_FREE, NTHREADS);
	/* The cache itself and one leak per thread. */
	assert_int_equal(kshim_alloc_live(), 1 + NTHREADS);
	/* Even threads free their leak; odd threads' are still there. */
	for (i = 0; i < NTHREADS; i += 2)
		kfree(w[i].kept[0]);
	kmem_cache_destroy(cache);
	assert_int_equal(kshim_leak_check(), NTHREADS / 2);
	assert_defects(KSHIM_DEFECT_LEAK, NTHREADS / 2);
}

/* WARN_ON() from every thread: each one reported and counted. */
static void *warn_in_threads(void *arg)
{
	int i;

	start_together();
	for (i = 0; i < 5; i++)
		WARN_ON(arg);
	return NULL;
}

static void warnings_are_counted_exactly(void **state)
{
	static struct worker w[NTHREADS];

	memset(w, 0, sizeof(w));
	run_threads(warn_in_threads, w);
	assert_int_equal(kshim_log_matches(4, "WARNING: CPU: 0 PID: "), NTHREADS * 5);
	assert_int_equal(kshim_log_matches(4, "---[ end trace "), NTHREADS * 5);
	/* A WARN taints, but leaves lock debugging on (LOCKDEP_STILL_OK). */
	assert_true(test_taint(TAINT_WARN));
	assert_int_equal(kshim_log_matches(KSHIM_LOG_ANY, "Disabling lock debugging"), 0);
	assert_defects(KSHIM_DEFECT_WARN, NTHREADS * 5);
}

/* printk_ratelimit() shared by every thread: the burst, and no more. */
static void *ratelimit_in_threads(void *arg)
{
	struct worker *w = arg;
	int i;

	start_together();
	for (i = 0; i < ITERS / 4; i++)
		w->nulls += printk_ratelimit();
	return NULL;
}

static void ratelimit_lets_the_burst_through(void **state)
{
	static struct worker w[NTHREADS];

	/* Past any earlier interval: its state is static, as the kernel's. */
	kshim_jiffies_advance(DEFAULT_RATELIMIT_INTERVAL + 1);
	memset(w, 0, sizeof(w));
	run_threads(ratelimit_in_threads, w);
	assert_int_equal(total_nulls(w), DEFAULT_RATELIMIT_BURST);

	/* The next interval's first call reports the suppressed ones. */
	kshim_jiffies_advance(DEFAULT_RATELIMIT_INTERVAL + 1);
	assert_true(printk_ratelimit());
	assert_log_contains(4, "printk_ratelimit: ");
	assert_log_contains(4, " callbacks suppressed");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(counts_are_exact_after_concurrent_calls),
		kshim_unit_test(random_faults_are_counted_exactly),
		kshim_unit_test(nth_fault_fails_exactly_one_call),
		kshim_unit_test(fault_reports_are_logged_whole),
		kshim_unit_test(defects_are_counted_exactly),
		kshim_unit_test(warnings_are_counted_exactly),
		kshim_unit_test(ratelimit_lets_the_burst_through),
	};

	return kshim_run_tests(tests);
}
