// SPDX-License-Identifier: GPL-2.0-only
/*
 * linux/kstrtox.h: kstrto*() and simple_strto*() as 6.1's lib/kstrtox.c and
 * lib/vsprintf.c parse.
 */
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/kstrtox.h>
#include <linux/limits.h>

#include <kshim/cmocka.h>

/* kstrtoull(@s, @base) must give @want. */
static void ull_ok(const char *s, unsigned int base, unsigned long long want)
{
	unsigned long long v = 0xdead;

	assert_int_equal(kstrtoull(s, base, &v), 0);
	assert_true(v == want);
}

/* kstrtoull(@s, @base) must fail with @err and leave the result alone. */
static void ull_err(const char *s, unsigned int base, int err)
{
	unsigned long long v = 0xdead;

	assert_int_equal(kstrtoull(s, base, &v), err);
	assert_true(v == 0xdead);
}

static void kstrtoull_bases(void **state)
{
	ull_ok("0", 10, 0);
	ull_ok("42", 10, 42);
	ull_ok("+42", 10, 42);
	ull_ok("42\n", 10, 42);
	ull_ok("ff", 16, 255);
	ull_ok("0xff", 16, 255);
	ull_ok("0XFf", 16, 255);
	ull_ok("777", 8, 511);
	ull_ok("101", 2, 5);
	/* Base 0: the prefix decides. */
	ull_ok("0x1A", 0, 26);
	ull_ok("017", 0, 15);
	ull_ok("0", 0, 0);
	ull_ok("19", 0, 19);
	/* "0x" without a hex digit after it is octal 0 followed by junk. */
	ull_err("0x", 0, -EINVAL);
	ull_err("0xg", 0, -EINVAL);
	/* With base 16, "0x" alone has no digits. */
	ull_err("0x", 16, -EINVAL);
	ull_ok("18446744073709551615", 10, ULLONG_MAX);
	ull_ok("0xffffffffffffffff", 0, ULLONG_MAX);
	ull_ok("01777777777777777777777", 0, ULLONG_MAX);
}

static void kstrtoull_rejects(void **state)
{
	ull_err("", 10, -EINVAL);
	ull_err("\n", 10, -EINVAL);
	ull_err("-1", 10, -EINVAL);
	ull_err("++1", 10, -EINVAL);
	ull_err(" 1", 10, -EINVAL);
	ull_err("1 ", 10, -EINVAL);
	ull_err("1\n\n", 10, -EINVAL);
	ull_err("12a", 10, -EINVAL);
	ull_err("8", 8, -EINVAL);
	ull_err("2", 2, -EINVAL);
	ull_err("0x10", 10, -EINVAL);
	/* Overflow wins over junk: the digits are all read first. */
	ull_err("18446744073709551616", 10, -ERANGE);
	ull_err("0x10000000000000000", 0, -ERANGE);
	ull_err("99999999999999999999x", 10, -ERANGE);
}

static void kstrtoll_signs(void **state)
{
	long long v = 7;

	assert_int_equal(kstrtoll("-42", 10, &v), 0);
	assert_true(v == -42);
	assert_int_equal(kstrtoll("+42", 10, &v), 0);
	assert_true(v == 42);
	assert_int_equal(kstrtoll("-0", 10, &v), 0);
	assert_true(v == 0);
	assert_int_equal(kstrtoll("-0x10", 0, &v), 0);
	assert_true(v == -16);
	assert_int_equal(kstrtoll("9223372036854775807", 10, &v), 0);
	assert_true(v == LLONG_MAX);
	assert_int_equal(kstrtoll("-9223372036854775808", 10, &v), 0);
	assert_true(v == LLONG_MIN);
	v = 7;
	assert_int_equal(kstrtoll("9223372036854775808", 10, &v), -ERANGE);
	assert_int_equal(kstrtoll("-9223372036854775809", 10, &v), -ERANGE);
	assert_int_equal(kstrtoll("-18446744073709551616", 10, &v), -ERANGE);
	/* One sign only: "-+1" and "+-1" are junk. */
	assert_int_equal(kstrtoll("-+1", 10, &v), -EINVAL);
	assert_int_equal(kstrtoll("+-1", 10, &v), -EINVAL);
	assert_int_equal(kstrtoll("-", 10, &v), -EINVAL);
	assert_int_equal(kstrtoll("--1", 10, &v), -EINVAL);
	assert_true(v == 7);
}

static void kstrtol_and_ul(void **state)
{
	unsigned long ul = 0;
	long l = 0;
	u64 u64v = 0;
	s64 s64v = 0;

	assert_int_equal(kstrtoul("4096\n", 0, &ul), 0);
	assert_true(ul == 4096);
	assert_int_equal(kstrtoul("-1", 0, &ul), -EINVAL);
	assert_int_equal(kstrtol("-4096", 0, &l), 0);
	assert_true(l == -4096);
	assert_int_equal(kstrtou64("0x100000000", 16, &u64v), 0);
	assert_true(u64v == 0x100000000ULL);
	assert_int_equal(kstrtos64("-0x100000000", 16, &s64v), 0);
	assert_true(s64v == -0x100000000LL);
}

static void narrow_types(void **state)
{
	unsigned int ui;
	int i;
	u16 u16v;
	s16 s16v;
	u8 u8v = 9;
	s8 s8v = 9;
	u32 u32v;
	s32 s32v;

	assert_int_equal(kstrtouint("4294967295", 10, &ui), 0);
	assert_true(ui == UINT_MAX);
	assert_int_equal(kstrtouint("4294967296", 10, &ui), -ERANGE);
	assert_int_equal(kstrtoint("2147483647", 10, &i), 0);
	assert_int_equal(i, INT_MAX);
	assert_int_equal(kstrtoint("-2147483648", 10, &i), 0);
	assert_int_equal(i, INT_MIN);
	assert_int_equal(kstrtoint("2147483648", 10, &i), -ERANGE);
	assert_int_equal(kstrtoint("-2147483649", 10, &i), -ERANGE);
	assert_int_equal(kstrtou16("65535", 10, &u16v), 0);
	assert_int_equal(u16v, 65535);
	assert_int_equal(kstrtou16("65536", 10, &u16v), -ERANGE);
	assert_int_equal(kstrtos16("-32768", 10, &s16v), 0);
	assert_int_equal(s16v, -32768);
	assert_int_equal(kstrtos16("32768", 10, &s16v), -ERANGE);
	assert_int_equal(kstrtou8("0xff", 0, &u8v), 0);
	assert_int_equal(u8v, 255);
	assert_int_equal(kstrtou8("256", 10, &u8v), -ERANGE);
	assert_int_equal(u8v, 255);
	assert_int_equal(kstrtou8("-1", 10, &u8v), -EINVAL);
	assert_int_equal(kstrtos8("-128", 10, &s8v), 0);
	assert_int_equal(s8v, -128);
	assert_int_equal(kstrtos8("128", 10, &s8v), -ERANGE);
	assert_int_equal(kstrtos8("-129", 10, &s8v), -ERANGE);
	assert_int_equal(s8v, -128);
	assert_int_equal(kstrtou32("0x10", 0, &u32v), 0);
	assert_int_equal(u32v, 16);
	assert_int_equal(kstrtos32("-010", 0, &s32v), 0);
	assert_int_equal(s32v, -8);
}

static void kstrtobool_words(void **state)
{
	static const char *const yes[] = { "y", "Y", "1", "t", "T", "on", "ON",
					   "yes", "true", "1\n", "Yikes" };
	static const char *const no[] = { "n", "N", "0", "f", "F", "off", "OF",
					  "no", "false", "0junk" };
	static const char *const bad[] = { "", "o", "ox", "2", "x", " y", "\n" };
	bool v;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(yes); i++) {
		v = false;
		assert_int_equal(kstrtobool(yes[i], &v), 0);
		assert_true(v);
	}
	for (i = 0; i < ARRAY_SIZE(no); i++) {
		v = true;
		assert_int_equal(kstrtobool(no[i], &v), 0);
		assert_false(v);
	}
	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		v = true;
		assert_int_equal(kstrtobool(bad[i], &v), -EINVAL);
		assert_true(v);
	}
	assert_int_equal(kstrtobool(NULL, &v), -EINVAL);
	assert_int_equal(strtobool("on", &v), 0);
	assert_true(v);
}

static void simple_strto(void **state)
{
	const char *s;
	char *end;

	s = "123abc";
	assert_int_equal(simple_strtoul(s, &end, 10), 123);
	assert_ptr_equal(end, s + 3);
	s = "0x1fz";
	assert_int_equal(simple_strtoul(s, &end, 0), 31);
	assert_ptr_equal(end, s + 4);
	s = "0x1f";
	assert_int_equal(simple_strtoul(s, &end, 16), 31);
	assert_ptr_equal(end, s + 4);
	s = "0755";
	assert_int_equal(simple_strtoul(s, &end, 0), 0755);
	assert_ptr_equal(end, s + 4);
	/* No digits: nothing consumed, 0. */
	s = "zz";
	assert_int_equal(simple_strtoul(s, &end, 10), 0);
	assert_ptr_equal(end, s);
	/* No white space skipping and no '+'. */
	assert_int_equal(simple_strtoul(" 5", NULL, 10), 0);
	assert_int_equal(simple_strtol("+5", NULL, 10), 0);
	s = "-42!";
	assert_int_equal(simple_strtol(s, &end, 10), -42);
	assert_ptr_equal(end, s + 3);
	assert_true(simple_strtoll("-0x10", NULL, 0) == -16);
	assert_true(simple_strtoull("18446744073709551615", NULL, 10) == ULLONG_MAX);
	/* Overflow wraps, silently. */
	assert_true(simple_strtoull("18446744073709551616", NULL, 10) == 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(kstrtoull_bases),
		kshim_unit_test(kstrtoull_rejects),
		kshim_unit_test(kstrtoll_signs),
		kshim_unit_test(kstrtol_and_ul),
		kshim_unit_test(narrow_types),
		kshim_unit_test(kstrtobool_words),
		kshim_unit_test(simple_strto),
	};

	return kshim_run_tests(tests);
}
