// SPDX-License-Identifier: GPL-2.0-only
/*
 * kfifo: byte, typed and record fifos, with lib/kfifo.c's rules: sizes are
 * powers of two (kfifo_alloc() rounds up, kfifo_init() rounds down, under
 * 2 is -EINVAL), in and out wrap around, and user copies count whole
 * elements.
 */
#include <linux/kernel.h>
#include <linux/kfifo.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include <kshim/cmocka.h>

static DEFINE_KFIFO(static_fifo, int, 8);

static void test_byte_fifo(void **state)
{
	struct kfifo fifo;
	unsigned char c;
	char buf[16];

	assert_int_equal(kfifo_alloc(&fifo, 10, GFP_KERNEL), 0);
	assert_int_equal(kfifo_size(&fifo), 16);	/* rounded up */
	assert_int_equal(kfifo_esize(&fifo), 1);
	assert_int_equal(kfifo_recsize(&fifo), 0);
	assert_true(kfifo_is_empty(&fifo));
	assert_int_equal(kfifo_in(&fifo, "hello", 5), 5);
	assert_int_equal(kfifo_len(&fifo), 5);
	assert_int_equal(kfifo_avail(&fifo), 11);
	assert_int_equal(kfifo_put(&fifo, 'X'), 1);
	assert_int_equal(kfifo_peek(&fifo, &c), 1);
	assert_int_equal(c, 'h');
	assert_int_equal(kfifo_get(&fifo, &c), 1);
	assert_int_equal(c, 'h');
	kfifo_skip(&fifo);
	assert_int_equal(kfifo_out_peek(&fifo, buf, 16), 4);
	assert_memory_equal(buf, "lloX", 4);
	assert_int_equal(kfifo_out(&fifo, buf, 2), 2);
	assert_memory_equal(buf, "ll", 2);
	/* Only what fits goes in. */
	assert_int_equal(kfifo_in(&fifo, "0123456789abcdefghij", 20), 14);
	assert_true(kfifo_is_full(&fifo));
	assert_int_equal(kfifo_put(&fifo, 'Y'), 0);
	assert_int_equal(kfifo_out(&fifo, buf, 16), 16);
	assert_memory_equal(buf, "oX0123456789abcd", 16);
	assert_int_equal(kfifo_get(&fifo, &c), 0);
	kfifo_free(&fifo);
	assert_null(fifo.kfifo.data);
}

static void test_wrap(void **state)
{
	DECLARE_KFIFO(f, char, 8);
	char out[8];
	int i;

	INIT_KFIFO(f);
	assert_int_equal(kfifo_size(&f), 8);
	/* Walk in and out around the ring many times, crossing the end. */
	for (i = 0; i < 50; i++) {
		char in[5] = { i, i + 1, i + 2, i + 3, i + 4 };

		assert_int_equal(kfifo_in(&f, in, 5), 5);
		assert_int_equal(kfifo_out(&f, out, 5), 5);
		assert_memory_equal(in, out, 5);
	}
	assert_int_equal(f.kfifo.in, 250);
	kfifo_reset(&f);
	assert_int_equal(kfifo_len(&f), 0);
	assert_int_equal(f.kfifo.in, 0);
}

struct sample {
	u16 id;
	u32 value;
};

static void test_typed(void **state)
{
	DECLARE_KFIFO_PTR(f, struct sample);
	struct sample s = { 1, 100 }, t[4];
	int v, i;

	assert_int_equal(kfifo_alloc(&f, 4, GFP_KERNEL), 0);
	assert_int_equal(kfifo_esize(&f), sizeof(struct sample));
	assert_int_equal(kfifo_put(&f, s), 1);
	s.id = 2;
	assert_int_equal(kfifo_in(&f, &s, 1), 1);
	assert_int_equal(kfifo_len(&f), 2);	/* elements, not bytes */
	assert_int_equal(kfifo_peek_len(&f), 2 * sizeof(struct sample));
	assert_int_equal(kfifo_out(&f, t, 4), 2);
	assert_int_equal(t[0].id, 1);
	assert_int_equal(t[1].id, 2);
	assert_int_equal(t[1].value, 100);
	kfifo_free(&f);

	/* DEFINE_KFIFO: usable as it is. */
	assert_int_equal(kfifo_size(&static_fifo), 8);
	for (i = 0; kfifo_put(&static_fifo, i * 10); i++)
		;
	assert_int_equal(i, 8);
	assert_int_equal(kfifo_get(&static_fifo, &v), 1);
	assert_int_equal(v, 0);
	kfifo_reset(&static_fifo);
}

static void test_alloc_rules(void **state)
{
	struct kfifo f;
	static char buffer[100];
	DECLARE_KFIFO(fixed, int, 4);

	/* lib/kfifo.c: under 2 after rounding is -EINVAL. */
	assert_int_equal(kfifo_alloc(&f, 1, GFP_KERNEL), -EINVAL);
	assert_int_equal(kfifo_alloc(&f, 0, GFP_KERNEL), -EINVAL);
	assert_int_equal(kfifo_alloc(&f, 2, GFP_KERNEL), 0);
	assert_int_equal(kfifo_size(&f), 2);
	kfifo_free(&f);
	assert_int_equal(kfifo_alloc(&f, 4097, GFP_KERNEL), 0);
	assert_int_equal(kfifo_size(&f), 8192);
	kfifo_free(&f);
	/* kfifo_init() keeps to the buffer: rounded down. */
	assert_int_equal(kfifo_init(&f, buffer, 100), 0);
	assert_int_equal(kfifo_size(&f), 64);
	assert_int_equal(kfifo_init(&f, buffer, 1), -EINVAL);
	/* A fifo with its own buffer cannot be allocated. */
	INIT_KFIFO(fixed);
	assert_int_equal(kfifo_alloc(&fixed, 8, GFP_KERNEL), -EINVAL);
	/* The allocation is fallible. */
	kshim_fail_nth(1);
	assert_int_equal(kfifo_alloc(&f, 8, GFP_KERNEL), -ENOMEM);
	assert_int_equal(f.kfifo.mask, 0);
}

static void test_records(void **state)
{
	STRUCT_KFIFO_REC_1(32) r;
	struct kfifo_rec_ptr_2 r2;
	char buf[32];

	INIT_KFIFO(r);
	assert_int_equal(kfifo_recsize(&r), 1);
	assert_int_equal(kfifo_in(&r, "abc", 3), 3);
	assert_int_equal(kfifo_in(&r, "defgh", 5), 5);
	assert_int_equal(kfifo_len(&r), 10);		/* two headers */
	assert_int_equal(kfifo_peek_len(&r), 3);
	assert_int_equal(kfifo_avail(&r), 21);
	/* A short read cuts the record; the rest is dropped. */
	assert_int_equal(kfifo_out(&r, buf, 2), 2);
	assert_memory_equal(buf, "ab", 2);
	assert_int_equal(kfifo_peek_len(&r), 5);
	kfifo_skip(&r);
	assert_true(kfifo_is_empty(&r));
	/* A record that does not fit whole is not put in. */
	assert_int_equal(kfifo_in(&r, "0123456789012345678901234567890", 31), 31);
	assert_int_equal(kfifo_in(&r, "x", 1), 0);

	assert_int_equal(kfifo_alloc(&r2, 512, GFP_KERNEL), 0);
	memset(buf, 'z', sizeof(buf));
	assert_int_equal(kfifo_in(&r2, buf, 300 > 32 ? 32 : 300), 32);
	assert_int_equal(kfifo_peek_len(&r2), 32);
	assert_int_equal(kfifo_len(&r2), 34);
	kfifo_free(&r2);
}

static void test_user(void **state)
{
	DECLARE_KFIFO(f, char, 16);
	DECLARE_KFIFO(w, u32, 4);
	char *u = kshim_user_alloc(32);
	static char partial[8];
	unsigned int copied;

	INIT_KFIFO(f);
	memcpy(u, "user data", 9);
	assert_int_equal(kfifo_from_user(&f, u, 9, &copied), 0);
	assert_int_equal(copied, 9);
	assert_int_equal(kfifo_len(&f), 9);
	assert_int_equal(kfifo_to_user(&f, u + 16, 32, &copied), 0);
	assert_int_equal(copied, 9);
	assert_memory_equal(u + 16, "user data", 9);
	/* A fault: -EFAULT, nothing taken. */
	assert_int_equal(kfifo_from_user(&f, KSHIM_USER_BAD, 4, &copied), -EFAULT);
	assert_int_equal(copied, 0);
	assert_int_equal(kfifo_len(&f), 0);
	/* Part of the source mapped: what was copied is in the fifo. */
	assert_int_equal(kshim_user_map(partial, 5), 0);
	memcpy(partial, "ABCDE", 5);
	assert_int_equal(kfifo_from_user(&f, partial, 8, &copied), -EFAULT);
	assert_int_equal(copied, 5);
	assert_int_equal(kfifo_len(&f), 5);
	assert_int_equal(kfifo_to_user(&f, KSHIM_USER_BAD, 8, &copied), -EFAULT);
	assert_int_equal(kfifo_len(&f), 5);

	/* Typed: lengths in bytes, whole elements only. */
	INIT_KFIFO(w);
	assert_int_equal(kfifo_from_user(&w, u, 10, &copied), 0);
	assert_int_equal(copied, 8);
	assert_int_equal(kfifo_len(&w), 2);
	assert_int_equal(kfifo_from_user(&w, partial + 2, 8, &copied), -EFAULT);
	/* 3 bytes mapped: no element whole. */
	assert_int_equal(copied, 0);
	assert_int_equal(kfifo_len(&w), 2);
}

static void test_spinlocked(void **state)
{
	DEFINE_SPINLOCK(lock);
	DECLARE_KFIFO(f, int, 4);
	int in[2] = { 5, 6 }, out[2];

	INIT_KFIFO(f);
	assert_int_equal(kfifo_in_spinlocked(&f, in, 2, &lock), 2);
	assert_int_equal(kfifo_out_spinlocked(&f, out, 2, &lock), 2);
	assert_int_equal(out[1], 6);
	assert_true(kfifo_is_empty_spinlocked(&f, &lock));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(test_byte_fifo),
		kshim_unit_test(test_wrap),
		kshim_unit_test(test_typed),
		kshim_unit_test(test_alloc_rules),
		kshim_unit_test(test_records),
		kshim_unit_test(test_user),
		kshim_unit_test(test_spinlocked),
	};

	return kshim_run_tests(tests);
}
