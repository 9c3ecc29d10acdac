// SPDX-License-Identifier: GPL-2.0-only
/*
 * Atomics, refcount_t and kref: exact values (include/linux/atomic and
 * Documentation/atomic_t.txt), exact counts from several threads at once,
 * and refcount_t's saturation with lib/refcount.c's WARN texts.
 */
#include <linux/atomic.h>
#include <linux/bitops.h>
#include <linux/kernel.h>
#include <linux/kref.h>
#include <linux/limits.h>
#include <linux/refcount.h>
#include <linux/spinlock.h>
#include <linux/string.h>

#include <kshim/cmocka.h>

/* <pthread.h> cannot be included beside the kernel's: see test_threads.c. */
int pthread_create(unsigned long *thread, const void *attr,
		   void *(*fn)(void *), void *arg);
int pthread_join(unsigned long thread, void **ret);

static void test_atomic_ops(void **state)
{
	atomic_t a = ATOMIC_INIT(5);
	int old;

	assert_int_equal(atomic_read(&a), 5);
	atomic_add(3, &a);
	atomic_sub(1, &a);
	atomic_inc(&a);
	atomic_dec(&a);
	assert_int_equal(atomic_read(&a), 7);
	assert_int_equal(atomic_add_return(3, &a), 10);
	assert_int_equal(atomic_fetch_add(2, &a), 10);
	assert_int_equal(atomic_fetch_sub(2, &a), 12);
	assert_int_equal(atomic_inc_return(&a), 11);
	assert_int_equal(atomic_dec_return_relaxed(&a), 10);
	assert_int_equal(atomic_fetch_or(0x100, &a), 10);
	assert_int_equal(atomic_fetch_andnot(0x100, &a), 0x10a);
	assert_int_equal(atomic_fetch_xor(1, &a), 10);
	atomic_and(0xf, &a);
	assert_int_equal(atomic_read(&a), 11);

	atomic_set(&a, 2);
	assert_false(atomic_dec_and_test(&a));
	assert_true(atomic_dec_and_test(&a));
	assert_true(atomic_inc_and_test(&(atomic_t)ATOMIC_INIT(-1)));
	assert_true(atomic_sub_and_test(4, &(atomic_t)ATOMIC_INIT(4)));
	assert_true(atomic_add_negative(-1, &a));

	/* cmpxchg returns what it found; try_cmpxchg updates the expectation. */
	atomic_set(&a, 7);
	assert_int_equal(atomic_cmpxchg(&a, 6, 1), 7);
	assert_int_equal(atomic_cmpxchg(&a, 7, 1), 7);
	assert_int_equal(atomic_read(&a), 1);
	old = 5;
	assert_false(atomic_try_cmpxchg(&a, &old, 9));
	assert_int_equal(old, 1);
	assert_true(atomic_try_cmpxchg(&a, &old, 9));
	assert_int_equal(atomic_xchg(&a, 0), 9);

	/* The conditional ones. */
	assert_false(atomic_inc_not_zero(&a));
	assert_int_equal(atomic_read(&a), 0);
	assert_int_equal(atomic_dec_if_positive(&a), -1);
	assert_int_equal(atomic_read(&a), 0);
	atomic_set(&a, 1);
	assert_int_equal(atomic_dec_if_positive(&a), 0);
	assert_int_equal(atomic_read(&a), 0);
	assert_false(atomic_add_unless(&a, 5, 0));
	atomic_set(&a, 3);
	assert_true(atomic_add_unless(&a, 5, 0));
	assert_int_equal(atomic_fetch_add_unless(&a, 1, 8), 8);
	assert_int_equal(atomic_read(&a), 8);
	assert_false(atomic_dec_unless_positive(&a));
	assert_true(atomic_inc_unless_negative(&a));
	assert_int_equal(atomic_read(&a), 9);
}

static void test_atomic64_long(void **state)
{
	atomic64_t b = ATOMIC64_INIT(1LL << 40);
	atomic_long_t c = ATOMIC_LONG_INIT(-3);
	s64 o64 = 0;
	long x = 5, y;

	assert_true(atomic64_add_return(1, &b) == (1LL << 40) + 1);
	assert_true(atomic64_cmpxchg(&b, 0, 1) == (1LL << 40) + 1);
	assert_false(atomic64_try_cmpxchg(&b, &o64, 1));
	assert_true(o64 == (1LL << 40) + 1);
	assert_int_equal(atomic_long_inc_return(&c), -2);
	assert_true(atomic_long_add_negative(1, &c));
	assert_int_equal(atomic_long_xchg(&c, LONG_MAX), -1);
	assert_true(atomic_long_read(&c) == LONG_MAX);

	/* The plain-variable forms of <asm/cmpxchg.h>. */
	assert_int_equal(cmpxchg(&x, 5, 6), 5);
	assert_int_equal(x, 6);
	assert_int_equal(xchg(&x, 1), 6);
	y = 2;
	assert_false(try_cmpxchg(&x, &y, 3));
	assert_int_equal(y, 1);
}

/* ---- From four threads at once: no update lost ---- */

#define NTHREADS	4
#define ITERS		100000
#define NBITS		256

static atomic_t counter;
static atomic64_t counter64;
static atomic_long_t down;
static refcount_t refs;
static unsigned long bitmap[NBITS / BITS_PER_LONG];
static atomic_t bit_winners;
static int started;

static void *hammer(void *arg)
{
	int i;

	__atomic_add_fetch(&started, 1, __ATOMIC_SEQ_CST);
	while (__atomic_load_n(&started, __ATOMIC_SEQ_CST) < NTHREADS)
		;
	for (i = 0; i < ITERS; i++) {
		atomic_inc(&counter);
		atomic64_add(3, &counter64);
		atomic_long_dec(&down);
		refcount_inc(&refs);
		if (i < NBITS && !test_and_set_bit(i, bitmap))
			atomic_inc(&bit_winners);
	}
	for (i = 0; i < ITERS; i++)
		refcount_dec(&refs);
	return NULL;
}

static void test_atomic_threads(void **state)
{
	unsigned long tid[NTHREADS];
	int i;

	atomic_set(&counter, 0);
	atomic64_set(&counter64, 0);
	atomic_long_set(&down, 0);
	refcount_set(&refs, 1);
	atomic_set(&bit_winners, 0);
	memset(bitmap, 0, sizeof(bitmap));
	started = 0;
	for (i = 0; i < NTHREADS; i++)
		assert_int_equal(pthread_create(&tid[i], NULL, hammer, NULL), 0);
	for (i = 0; i < NTHREADS; i++)
		assert_int_equal(pthread_join(tid[i], NULL), 0);
	assert_int_equal(atomic_read(&counter), NTHREADS * ITERS);
	assert_true(atomic64_read(&counter64) == 3LL * NTHREADS * ITERS);
	assert_true(atomic_long_read(&down) == -(long)NTHREADS * ITERS);
	assert_int_equal(refcount_read(&refs), 1);
	/* Each bit was set by exactly one thread. */
	assert_int_equal(atomic_read(&bit_winners), NBITS);
	for (i = 0; i < NBITS; i++)
		assert_true(test_bit(i, bitmap));
}

/* ---- refcount_t ---- */

static void test_refcount_ok(void **state)
{
	refcount_t r = REFCOUNT_INIT(1);
	int old;

	refcount_inc(&r);
	refcount_add(2, &r);
	assert_int_equal(refcount_read(&r), 4);
	__refcount_inc(&r, &old);
	assert_int_equal(old, 4);
	assert_true(refcount_inc_not_zero(&r));
	assert_false(refcount_sub_and_test(4, &r));
	refcount_dec(&r);
	assert_false(refcount_dec_not_one(&r));
	assert_true(refcount_dec_and_test(&r));
	assert_int_equal(refcount_read(&r), 0);
	/* From 0, inc_not_zero fails quietly. */
	assert_false(refcount_inc_not_zero(&r));
	refcount_set(&r, 1);
	assert_true(refcount_dec_if_one(&r));
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_WARN), 0);
}

/* Each saturation WARNs with lib/refcount.c's text, at this file's line. */
static void expect_warn(const char *text, int line)
{
	char where[64];

	snprintf(where, sizeof(where), "WARNING at tests/test_atomic.c:%d ", line);
	assert_log_contains(4, text);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_WARN), 1);
	assert_non_null(strstr(kshim_defect_message(0), where));
	assert_defects(KSHIM_DEFECT_WARN, 1);
}

static void test_refcount_addition_on_zero(void **state)
{
	refcount_t r = REFCOUNT_INIT(0);

	refcount_inc(&r); expect_warn("refcount_t: addition on 0; use-after-free.", __LINE__);
	assert_int_equal(refcount_read(&r), (unsigned int)REFCOUNT_SATURATED);
}

static void test_refcount_underflow(void **state)
{
	refcount_t r = REFCOUNT_INIT(0);

	assert_false(refcount_dec_and_test(&r)); expect_warn("refcount_t: underflow; use-after-free.", __LINE__);
	assert_int_equal(refcount_read(&r), (unsigned int)REFCOUNT_SATURATED);
	/* Saturated stays saturated; WARN_ONCE: no second underflow report. */
	assert_false(refcount_dec_and_test(&r));
	assert_int_equal(refcount_read(&r), (unsigned int)REFCOUNT_SATURATED);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_WARN), 0);
	/* An increment of a saturated count is the overflow kind, once. */
	refcount_inc(&r); expect_warn("refcount_t: saturated; leaking memory.", __LINE__);
	refcount_inc(&r);
	assert_int_equal(refcount_read(&r), (unsigned int)REFCOUNT_SATURATED);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_WARN), 0);
}

static void test_refcount_saturated(void **state)
{
	refcount_t r = REFCOUNT_INIT(INT_MAX);

	refcount_inc(&r); expect_warn("refcount_t: saturated; leaking memory.", __LINE__);
	assert_int_equal(refcount_read(&r), (unsigned int)REFCOUNT_SATURATED);
	refcount_set(&r, INT_MAX);
	assert_true(refcount_inc_not_zero(&r)); expect_warn("refcount_t: saturated; leaking memory.", __LINE__);
}

static void test_refcount_decrement_hit_zero(void **state)
{
	refcount_t r = REFCOUNT_INIT(1);

	refcount_dec(&r); expect_warn("refcount_t: decrement hit 0; leaking memory.", __LINE__);
	assert_int_equal(refcount_read(&r), (unsigned int)REFCOUNT_SATURATED);
}

static void test_refcount_dec_and_lock(void **state)
{
	refcount_t r = REFCOUNT_INIT(2);
	DEFINE_SPINLOCK(lock);

	assert_false(refcount_dec_and_lock(&r, &lock));
	assert_false(spin_is_locked(&lock));
	/* The last reference: returns with the lock held. */
	assert_true(refcount_dec_and_lock(&r, &lock));
	assert_true(spin_is_locked(&lock));
	spin_unlock(&lock);
}

/* ---- kref ---- */

struct thing {
	struct kref ref;
	int released;
};

static void thing_release(struct kref *ref)
{
	container_of(ref, struct thing, ref)->released++;
}

static void test_kref(void **state)
{
	struct thing t = { .released = 0 };

	kref_init(&t.ref);
	assert_int_equal(kref_read(&t.ref), 1);
	kref_get(&t.ref);
	assert_true(kref_get_unless_zero(&t.ref));
	assert_int_equal(kref_put(&t.ref, thing_release), 0);
	assert_int_equal(kref_put(&t.ref, thing_release), 0);
	assert_int_equal(t.released, 0);
	assert_int_equal(kref_put(&t.ref, thing_release), 1);
	assert_int_equal(t.released, 1);
	assert_false(kref_get_unless_zero(&t.ref));
	/* A put too many: an underflow WARN, and no second release. */
	assert_int_equal(kref_put(&t.ref, thing_release), 0);
	assert_int_equal(t.released, 1);
	assert_defects(KSHIM_DEFECT_WARN, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(test_atomic_ops),
		kshim_unit_test(test_atomic64_long),
		kshim_unit_test(test_atomic_threads),
		kshim_unit_test(test_refcount_ok),
		kshim_unit_test(test_refcount_addition_on_zero),
		kshim_unit_test(test_refcount_underflow),
		kshim_unit_test(test_refcount_saturated),
		kshim_unit_test(test_refcount_decrement_hit_zero),
		kshim_unit_test(test_refcount_dec_and_lock),
		kshim_unit_test(test_kref),
	};

	return kshim_run_tests(tests);
}
