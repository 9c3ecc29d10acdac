// SPDX-License-Identifier: GPL-2.0-only
/*
 * Library helpers: random numbers, the IDA, glob_match, log2, byte order,
 * delays in virtual time, memcat_p.
 */
#include <linux/random.h>
#include <linux/prandom.h>
#include <linux/idr.h>
#include <linux/glob.h>
#include <linux/log2.h>
#include <linux/delay.h>
#include <linux/interrupt.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/errno.h>

#include <kshim/cmocka.h>

static void random_repeats_after_reset(void **state)
{
	u64 a = get_random_u64(), b = get_random_u64();

	assert_true(a != b);
	kshim_reset();
	assert_true(get_random_u64() == a);
	assert_true(get_random_u64() == b);
}

static void random_below_stays_below(void **state)
{
	unsigned int seen[7] = { 0 };
	int i;

	for (i = 0; i < 7000; i++) {
		u32 v = get_random_u32_below(7);

		assert_true(v < 7);
		seen[v]++;
	}
	/* Uniform enough that every value shows up often. */
	for (i = 0; i < 7; i++)
		assert_true(seen[i] > 800);
	assert_int_equal(get_random_u32_below(1), 0);
	assert_int_equal(get_random_u32_below(0), 0);
	assert_true(prandom_u32_max(3) < 3);
	for (i = 0; i < 100; i++) {
		u32 v = get_random_u32_inclusive(10, 12);

		assert_true(v >= 10 && v <= 12);
		assert_true(get_random_u32_above(U32_MAX - 2) > U32_MAX - 2);
	}
}

/* lib/random32.c's Tausworthe generator, seeded as prandom_seed_state() seeds it. */
static void prandom_state_is_the_kernels(void **state)
{
	struct rnd_state rs;
	u8 buf[6];
	/* Computed from 6.1's lib/random32.c and include/linux/prandom.h for seed 42. */
	static const u8 want[6] = { 0x03, 0xb1, 0xfe, 0xb5, 0xd0, 0x53 };

	prandom_seed_state(&rs, 42);
	assert_int_equal(prandom_u32_state(&rs), 0xb5feb103);
	assert_int_equal(prandom_u32_state(&rs), 0x2f5d53d0);
	assert_int_equal(prandom_u32_state(&rs), 0x2b0a8459);
	prandom_seed_state(&rs, 42);
	prandom_bytes_state(&rs, buf, sizeof(buf));
	assert_memory_equal(buf, want, sizeof(want));
}

static void ida_allocates_lowest_free(void **state)
{
	DEFINE_IDA(ida);

	assert_true(ida_is_empty(&ida));
	assert_int_equal(ida_alloc(&ida, GFP_KERNEL), 0);
	assert_int_equal(ida_alloc(&ida, GFP_KERNEL), 1);
	assert_int_equal(ida_alloc(&ida, GFP_KERNEL), 2);
	ida_free(&ida, 1);
	assert_int_equal(ida_alloc(&ida, GFP_KERNEL), 1);
	assert_int_equal(ida_alloc_min(&ida, 5000, GFP_KERNEL), 5000);
	assert_int_equal(ida_alloc_range(&ida, 5000, 5001, GFP_KERNEL), 5001);
	assert_int_equal(ida_alloc_range(&ida, 5000, 5001, GFP_KERNEL), -ENOSPC);
	assert_int_equal(ida_alloc_max(&ida, 2, GFP_KERNEL), -ENOSPC);
	assert_int_equal(ida_alloc_min(&ida, 0x80000000U, GFP_KERNEL), -ENOSPC);
	assert_int_equal(ida_alloc_min(&ida, INT_MAX, GFP_KERNEL), INT_MAX);
	assert_int_equal(ida_alloc_min(&ida, INT_MAX, GFP_KERNEL), -ENOSPC);
	/* ida_simple_get()'s end is exclusive. */
	assert_int_equal(ida_simple_get(&ida, 3, 4, GFP_KERNEL), 3);
	assert_int_equal(ida_simple_get(&ida, 3, 4, GFP_KERNEL), -ENOSPC);
	assert_false(ida_is_empty(&ida));
	ida_destroy(&ida);
	assert_true(ida_is_empty(&ida));
	assert_int_equal(kshim_alloc_live(), 0);
}

static void ida_free_of_unallocated_warns(void **state)
{
	DEFINE_IDA(ida);

	assert_int_equal(ida_alloc(&ida, GFP_KERNEL), 0);
	ida_free(&ida, 7);
	assert_log_contains(4, "ida_free called for id=7 which is not allocated.");
	assert_defects(KSHIM_DEFECT_WARN, 1);
	/* Above INT_MAX: ignored without a word. */
	ida_free(&ida, 0x80000000U);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
	ida_free(&ida, 0);
	/* Emptied by ida_free: nothing left allocated. */
	assert_int_equal(kshim_alloc_live(), 0);
}

static void ida_left_full_leaks_and_fails_cleanly(void **state)
{
	DEFINE_IDA(ida);

	kshim_fail_only("ida_alloc");
	kshim_fail_nth(1);
	assert_int_equal(ida_alloc(&ida, GFP_KERNEL), -ENOMEM);
	assert_true(ida_is_empty(&ida));
	assert_int_equal(kshim_alloc_live(), 0);
	kshim_fail_none();
	assert_int_equal(ida_alloc(&ida, GFP_KERNEL), 0);
	assert_true(kshim_leak_check() >= 1);
	assert_true(strstr(kshim_defect_message(0), "ida_alloc") != NULL);
	kshim_defects_clear();
	ida_destroy(&ida);
}

static void glob_matches_as_the_kernel(void **state)
{
	/* Cases from 6.1's lib/globtest.c. */
	assert_true(glob_match("a*c", "abc"));
	assert_true(glob_match("a?c", "abc"));
	assert_false(glob_match("a?c", "ac"));
	assert_true(glob_match("[!a]", "b"));
	assert_false(glob_match("[!a]", "a"));
	assert_true(glob_match("[]]", "]"));
	assert_true(glob_match("[a-c]", "b"));
	assert_false(glob_match("[a-c]", "d"));
	assert_true(glob_match("[a-]", "-"));
	assert_true(glob_match("[", "["));
	assert_true(glob_match("[a", "[a"));
	assert_true(glob_match("\\*", "*"));
	assert_false(glob_match("\\*", "a"));
	assert_true(glob_match("*ab*cd*", "abcd"));
	assert_true(glob_match("*aaaaa", "aaaaaaaaaa"));
	assert_false(glob_match("*c", "abcd"));
	assert_true(glob_match("", ""));
	assert_false(glob_match("", "a"));
	assert_true(glob_match_len("ab", "abc", 2));
	assert_false(glob_match_len("abc", "abc", 2));
}

static void log2_and_powers(void **state)
{
	int arr[ilog2(64)];
	unsigned long v = 1000;

	assert_int_equal(ARRAY_SIZE(arr), 6);
	assert_true(is_power_of_2(4096));
	assert_false(is_power_of_2(0));
	assert_false(is_power_of_2(12));
	assert_int_equal(ilog2(v), 9);
	assert_int_equal(ilog2(1UL << 40), 40);
	assert_int_equal(roundup_pow_of_two(v), 1024);
	assert_int_equal(rounddown_pow_of_two(v), 512);
	assert_int_equal(roundup_pow_of_two(1000), 1024);
	assert_int_equal(order_base_2(v), 10);
	assert_int_equal(order_base_2(1), 0);
	assert_int_equal(bits_per(v), 10);
	assert_int_equal(bits_per(1024UL), 11);
}

static void byte_order_of_x86(void **state)
{
	__le16 l = cpu_to_le16(0x1234);
	__be32 b = cpu_to_be32(0x11223344);
	u8 *p = (u8 *)&b;

	assert_int_equal(*(u8 *)&l, 0x34);
	assert_int_equal(p[0], 0x11);
	assert_int_equal(be32_to_cpu(b), 0x11223344);
	assert_true(be64_to_cpu(cpu_to_be64(0x0102030405060708ULL)) ==
		    0x0102030405060708ULL);
	assert_int_equal(swab16(0xabcd), 0xcdab);
	assert_int_equal(swahw32(0x11223344), 0x33441122);
	assert_int_equal(swahb32(0x11223344), 0x22114433);
	le16_add_cpu(&l, 1);
	assert_int_equal(le16_to_cpu(l), 0x1235);
}

static void delays_move_virtual_time(void **state)
{
	unsigned long j = kshim_jiffies();

	udelay(10);
	ndelay(450);
	assert_int_equal(kshim_jiffies() - j, 0);
	mdelay(8);			/* 2 ticks at HZ 250 */
	assert_int_equal(kshim_jiffies() - j, 2);
	msleep(10);			/* msecs_to_jiffies(10) + 1 = 3 + 1 */
	assert_int_equal(kshim_jiffies() - j, 6);
	usleep_range(100, 200);		/* rounded up to a tick */
	assert_int_equal(kshim_jiffies() - j, 7);
	ssleep(1);
	assert_int_equal(kshim_jiffies() - j, 7 + 251);
}

static irqreturn_t sleepy(int irq, void *dev_id)
{
	msleep(1);
	return IRQ_HANDLED;
}

static void sleeping_in_irq_is_misuse(void **state)
{
	int dev;

	assert_int_equal(request_irq(3, sleepy, 0, "sleepy", &dev), 0);
	kshim_irq_raise(3);
	assert_log_contains(3, "BUG: sleeping function called from invalid context");
	assert_defects(KSHIM_DEFECT_MISUSE, 1);
	free_irq(3, &dev);
}

static void memcat_p_concatenates(void **state)
{
	int x = 1, y = 2, z = 3;
	int *a[] = { &x, &y, NULL }, *b[] = { &z, NULL };
	int **c = memcat_p(a, b);

	assert_non_null(c);
	assert_ptr_equal(c[0], &x);
	assert_ptr_equal(c[1], &y);
	assert_ptr_equal(c[2], &z);
	assert_null(c[3]);
	assert_int_equal(kshim_alloc_size(c), 4 * sizeof(void *));
	kfree(c);
	kshim_fail_nth(1);
	assert_null(memcat_p(a, b));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(random_repeats_after_reset),
		kshim_unit_test(random_below_stays_below),
		kshim_unit_test(prandom_state_is_the_kernels),
		kshim_unit_test(ida_allocates_lowest_free),
		kshim_unit_test(ida_free_of_unallocated_warns),
		kshim_unit_test(ida_left_full_leaks_and_fails_cleanly),
		kshim_unit_test(glob_matches_as_the_kernel),
		kshim_unit_test(log2_and_powers),
		kshim_unit_test(byte_order_of_x86),
		kshim_unit_test(delays_move_virtual_time),
		kshim_unit_test(sleeping_in_irq_is_misuse),
		kshim_unit_test(memcat_p_concatenates),
	};

	return kshim_run_tests(tests);
}
