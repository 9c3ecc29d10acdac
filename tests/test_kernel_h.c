// SPDX-License-Identifier: GPL-2.0-only
/*
 * The helpers drivers get from linux/kernel.h and the headers it includes
 * (minmax.h, math.h, bits.h, kconfig.h, container_of.h, array_size.h).
 */
#include <linux/kernel.h>

#include <kshim/cmocka.h>

/* Options as Kbuild's autoconf.h would define them. */
#define CONFIG_KSHIM_TEST_Y 1
#define CONFIG_KSHIM_TEST_M_MODULE 1

static void array_size_and_container_of(void **state)
{
	struct outer {
		char tag;
		int a[7];
		long inner;
	} o;
	long *ip = &o.inner;
	u16 small[3];

	assert_int_equal(ARRAY_SIZE(o.a), 7);
	assert_int_equal(ARRAY_SIZE(small), 3);
	assert_ptr_equal(container_of(ip, struct outer, inner), &o);
	assert_ptr_equal(container_of(&o.a[0], struct outer, a[0]), &o);
}

static void min_max_clamp(void **state)
{
	int a = -3, b = 7;
	unsigned int u = 5;
	u8 byte = 200;

	assert_int_equal(min(a, b), -3);
	assert_int_equal(max(a, b), 7);
	assert_int_equal(min3(4, 2, 9), 2);
	assert_int_equal(max3(4, 2, 9), 9);
	assert_int_equal(min_not_zero(0u, u), 5);
	assert_int_equal(min_not_zero(3u, u), 3);
	/* min_t() casts both first: (u8)300 is 44. */
	assert_int_equal(min_t(u8, 300, 50), 44);
	/* Compared as int, -1 is below 1; as unsigned it would win. */
	assert_int_equal(max_t(int, -1, u), 5);
	assert_int_equal(max_t(unsigned int, -1, u), UINT_MAX);
	assert_int_equal(clamp(b, 0, 5), 5);
	assert_int_equal(clamp(a, 0, 5), 0);
	assert_int_equal(clamp(3, 0, 5), 3);
	assert_int_equal(clamp_t(int, 300, 0, 255), 255);
	/* clamp_val() takes the limits in the value's type. */
	assert_int_equal(clamp_val(byte, 10, 100), 100);
	assert_int_equal(abs(-5), 5);
	assert_true(abs(-5L) == 5L);
	assert_true(abs((s64)-1 << 40) == (s64)1 << 40);
	assert_int_equal(abs_diff(3u, 10u), 7);
	assert_int_equal(abs_diff(10, 3), 7);
}

static void rounding(void **state)
{
	assert_int_equal(DIV_ROUND_UP(7, 2), 4);
	assert_int_equal(DIV_ROUND_UP(8, 2), 4);
	assert_true(DIV_ROUND_UP_ULL(0x100000001ULL, 2) == 0x80000001ULL);
	/* round_up/round_down: power-of-two steps only (a mask). */
	assert_int_equal(round_up(5, 4), 8);
	assert_int_equal(round_up(8, 4), 8);
	assert_int_equal(round_down(7, 4), 4);
	/* roundup/rounddown: any step. */
	assert_int_equal(roundup(7, 3), 9);
	assert_int_equal(rounddown(7, 3), 6);
	assert_int_equal(DIV_ROUND_CLOSEST(7, 2), 4);
	assert_int_equal(DIV_ROUND_CLOSEST(5, 3), 2);
	assert_int_equal(DIV_ROUND_CLOSEST(-7, 2), -4);
	assert_int_equal(mult_frac(10, 3, 4), 7);
	assert_int_equal(ALIGN(5, 8), 8);
	assert_int_equal(ALIGN_DOWN(13, 8), 8);
	assert_true(IS_ALIGNED(16, 8));
	assert_false(IS_ALIGNED(12, 8));
}

static void bits(void **state)
{
	assert_true(BIT(0) == 1UL);
	assert_true(BIT(63) == 0x8000000000000000UL);
	assert_true(BIT_ULL(40) == 0x10000000000ULL);
	assert_true(GENMASK(7, 4) == 0xf0UL);
	assert_true(GENMASK(63, 0) == ~0UL);
	assert_true(GENMASK(0, 0) == 1UL);
	assert_true(GENMASK_ULL(39, 21) == 0x000000ffffe00000ULL);
	assert_int_equal(BITS_PER_LONG, 64);
	assert_int_equal(BIT_WORD(65), 1);
	assert_true(BIT_MASK(65) == 2UL);
	assert_int_equal(sizeof(BIT(0)), sizeof(unsigned long));
}

static void config_tests(void **state)
{
	assert_int_equal(IS_ENABLED(CONFIG_64BIT), 1);
	assert_int_equal(IS_ENABLED(CONFIG_KSHIM_TEST_UNSET), 0);
	assert_int_equal(IS_BUILTIN(CONFIG_KSHIM_TEST_Y), 1);
	assert_int_equal(IS_MODULE(CONFIG_KSHIM_TEST_Y), 0);
	assert_int_equal(IS_ENABLED(CONFIG_KSHIM_TEST_M), 1);
	assert_int_equal(IS_MODULE(CONFIG_KSHIM_TEST_M), 1);
	assert_int_equal(IS_BUILTIN(CONFIG_KSHIM_TEST_M), 0);
	/* This file is not built as a module: a module option is unreachable. */
	assert_int_equal(IS_REACHABLE(CONFIG_KSHIM_TEST_M), 0);
	assert_int_equal(IS_REACHABLE(CONFIG_KSHIM_TEST_Y), 1);
	/* Usable in #if too. */
#if IS_ENABLED(CONFIG_KSHIM_TEST_UNSET)
	fail();
#endif
}

static void swap_and_halves(void **state)
{
	int x = 1, y = 2;
	u64 big = 0x123456789abcdef0ULL;

	swap(x, y);
	assert_int_equal(x, 2);
	assert_int_equal(y, 1);
	assert_int_equal(upper_32_bits(big), 0x12345678);
	assert_int_equal(lower_32_bits(big), 0x9abcdef0);
	/* Safe on 32-bit values: no shift by 32. */
	assert_int_equal(upper_32_bits(0xffffffffU), 0);
	assert_int_equal(upper_16_bits(0x12345678), 0x1234);
	assert_int_equal(lower_16_bits(0x12345678), 0x5678);
	assert_int_equal(sizeof(upper_32_bits(big)), 4);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(array_size_and_container_of),
		kshim_unit_test(min_max_clamp),
		kshim_unit_test(rounding),
		kshim_unit_test(bits),
		kshim_unit_test(config_tests),
		kshim_unit_test(swap_and_halves),
	};

	return kshim_run_tests(tests);
}
