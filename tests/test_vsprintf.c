// SPDX-License-Identifier: GPL-2.0-only
/*
 * The kernel's printf family (kshim/kernel/vsprintf.c) against 6.1's
 * lib/vsprintf.c: conversions, flags, return values, truncation, the %p
 * extensions, kasprintf and sscanf.
 */
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/limits.h>
#include <linux/printk.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/types.h>

#include <kshim/cmocka.h>

static char buf[512];

/* @fmt's output is exactly @expect, and so is the return value's length. */
#define check(expect, fmt, ...) do {					\
	int __n = snprintf(buf, sizeof(buf), fmt, ##__VA_ARGS__);	\
	assert_string_equal(buf, expect);				\
	assert_int_equal(__n, strlen(expect));				\
} while (0)

/* A function for %pS to find in the program's symbol table. */
noinline int vsprintf_test_symbol(int x)
{
	return x * 3 + 1;
}

static const char *volatile fmt_left_zero = "%-05d|";
static const char *volatile fmt_zero_prec = "%08.3d|%08.3d";

static void integers(void **state)
{
	check("0 -1 42", "%d %i %u", 0, -1, 42);
	check("-2147483648 4294967295", "%d %u", INT_MIN, UINT_MAX);
	check("   42|42   |00042", "%5d|%-5d|%05d", 42, 42, 42);
	check("+5  5 -5", "%+d % d %+d", 5, 5, -5);
	check("ff FF 17", "%x %X %o", 255, 255, 15);
	/* number(): '#' puts 0x before hex even for 0, but no extra 0 before octal 0. */
	check("0x0 0xff 0XFF 010 0", "%#x %#x %#X %#o %#o", 0, 255, 255, 8, 0);
	check("0x0000ff|    0xff|0xff    ", "%#08x|%#8x|%-#8x", 255, 255, 255);
	/* A zero precision still prints the digit of 0 (C prints nothing). */
	check("0|007|    -007|-007    ", "%.0d|%.3d|%8.3d|%-8.3d", 0, 7, -7, -7);
	/* A precision does not cancel '0' in the kernel (it does in C). */
	check("00000005|-0000005", fmt_zero_prec, 5, -5);
	/* '-' wins over '0' (a non-literal format: gcc warns about this one). */
	check("42   |", fmt_left_zero, 42);
	check("   -42|-00042", "%6d|%06d", -42, -42);
	check("*7    *|   7*", "*%*d*|%*d*", -5, 7, 4, 7);
	check("00012", "%.*d", 5, 12);
}

static void length_qualifiers(void **state)
{
	check("ff -1 2345 -1", "%hhx %hhd %hx %hd", 0x1ff, 255, 0x12345, 0xffff);
	check("-9223372036854775808 18446744073709551615",
	      "%ld %lu", LONG_MIN, ULONG_MAX);
	check("ffffffffffffffff -1", "%llx %lld", ~0ULL, -1LL);
	check("18446744073709551615 -1 -5", "%zu %zd %td",
	      (size_t)-1, (ssize_t)-1, (ptrdiff_t)-5);
	check("1234567890123", "%llu", 1234567890123ULL);
}

static void chars_and_strings(void **state)
{
	check("A|  A|A  |%", "%c|%3c|%-3c|%%", 'A', 'A', 'A');
	check("abc|ab    |    ab|ab  ", "%.3s|%-6s|%6s|%*s", "abcdef", "ab", "ab",
	      -4, "ab");
	/* A negative precision from '*' is 0 in the kernel. */
	check("[]", "[%.*s]", -1, "abc");
	check("(null)|    (null)|(nu", "%s|%10s|%.3s", (char *)NULL, (char *)NULL,
	      (char *)NULL);
	/* Addresses in the first page, and error pointers, are not read. */
	check("(efault)|(efault)", "%s|%s", (char *)16, (char *)ERR_PTR(-EIO));
}

static void return_values_and_truncation(void **state)
{
	char small[8];
	int n;

	memset(small, 'X', sizeof(small));
	n = snprintf(small, 4, "abcdef");
	assert_int_equal(n, 6);
	assert_string_equal(small, "abc");
	assert_int_equal(small[4], 'X');

	assert_int_equal(snprintf(NULL, 0, "hello %d", 12), 8);
	memset(small, 'X', sizeof(small));
	assert_int_equal(snprintf(small, 1, "hello"), 5);
	assert_int_equal(small[0], '\0');
	assert_int_equal(small[1], 'X');
	assert_int_equal(snprintf(small, 4, "%5d", 1), 5);
	assert_string_equal(small, "   ");

	assert_int_equal(scnprintf(small, 5, "hello world"), 4);
	assert_string_equal(small, "hell");
	assert_int_equal(scnprintf(small, 0, "hello"), 0);
	assert_int_equal(scnprintf(small, sizeof(small), "hi"), 2);
	assert_int_equal(sprintf(buf, "%s-%d", "x", 10), 4);
	assert_string_equal(buf, "x-10");
	/* Host code's entry point is the same function. */
	assert_int_equal(kshim_snprintf(buf, sizeof(buf), "%#x", 0), 3);
	assert_string_equal(buf, "0x0");
}

static const char *volatile fmt_n = "ab%nc";
static const char *volatile fmt_j = "x%jdy";

static void unsupported_conversion_stops(void **state)
{
	int dummy = 0;

	/* format_decode(): %n is refused with a WARN, and output stops there. */
	assert_int_equal(snprintf(buf, sizeof(buf), fmt_n, &dummy), 2);
	assert_string_equal(buf, "ab");
	assert_log_contains(KSHIM_LOG_ANY,
			    "Please remove unsupported %n in format string");
	assert_defects(KSHIM_DEFECT_WARN, 1);
	/* 6.1 has no 'j' qualifier; the warning is once per boot. */
	assert_int_equal(snprintf(buf, sizeof(buf), fmt_j, 1LL), 1);
	assert_string_equal(buf, "x");
}

static void plain_pointers(void **state)
{
	void *p = (void *)0xffff888012345678UL;
	void *q = (void *)0xffff888012345680UL;
	char a[32], b[32];

	check("ffff888012345678", "%px", p);
	check("    10", "%6px", (void *)16);
	/* NULL and error pointers are printed as they are, not hashed. */
	check("0000000000000000 fffffffffffffffb", "%p %p", NULL, ERR_PTR(-EIO));

	/* Hashed: 32 bits of hash, zero-padded to 16 digits; stable. */
	snprintf(a, sizeof(a), "%p", p);
	snprintf(b, sizeof(b), "%p", p);
	assert_string_equal(a, b);
	assert_int_equal(strlen(a), 16);
	assert_memory_equal(a, "00000000", 8);
	assert_string_not_equal(a, "ffff888012345678");
	snprintf(b, sizeof(b), "%p", q);
	assert_string_not_equal(a, b);
	/* %pK with kptr_restrict 0 and %pe of a valid pointer: as %p. */
	snprintf(b, sizeof(b), "%pK", p);
	assert_string_equal(a, b);
	snprintf(b, sizeof(b), "%pe", p);
	assert_string_equal(a, b);
	/* An unknown extension is plain %p, and its letters are eaten. */
	snprintf(b, sizeof(b), "%pZz!", p);
	assert_int_equal(strlen(b), 17);
	assert_memory_equal(a, b, 16);
	assert_int_equal(b[16], '!');

	kptr_restrict = 2;
	check("0000000000000000", "%pK", p);
	kptr_restrict = 0;
	no_hash_pointers = true;
	check("ffff888012345678", "%p", p);
	no_hash_pointers = false;
}

static void error_pointers(void **state)
{
	check("-ENODEV -EPROBE_DEFER", "%pe %pe", ERR_PTR(-ENODEV),
	      ERR_PTR(-EPROBE_DEFER));
	/* No name: the decimal code (err_ptr()). */
	check("-4000", "%pe", ERR_PTR(-4000));
	check("  -EIO|-EIO  ", "%6pe|%-6pe", ERR_PTR(-EIO), ERR_PTR(-EIO));
	check("0000000000000000", "%pe", NULL);
}

static void hex_strings(void **state)
{
	static const u8 bytes[] = { 0x00, 0x01, 0xab, 0xff };
	u8 big[100];

	check("00 01 ab ff", "%*ph", 4, bytes);
	check("00:01:ab:ff", "%*phC", 4, bytes);
	check("00-01-ab-ff", "%*phD", 4, bytes);
	check("0001abff", "%*phN", 4, bytes);
	/* No width: one byte. Width 0: nothing. */
	check("00|", "%ph|", bytes);
	check("[]", "[%*ph]", 0, bytes);
	check("(null)", "%*ph", 4, NULL);
	/* At most 64 bytes. */
	memset(big, 0x11, sizeof(big));
	assert_int_equal(snprintf(buf, sizeof(buf), "%*ph", 100, big), 64 * 3 - 1);
}

static void escaped_strings(void **state)
{
	/* Default: printable characters pass, others as \n, \e, \0 or \ooo. */
	check("a\\n\\001\"\\e\\0", "%*pE", 6, "a\n\x01\"\e");
	check("\\x61\\x62\\x0a", "%*pEh", 3, "ab\n");
	check("\\0a", "%*pEn", 2, "\0a");
	check("\\t\\101", "%*pEso", 2, "\tA");
	check("\\a\\\\", "%*pEc", 2, "\a\\");
	/* Only printable ones pass: the others are copied as they are. */
	check("\x01", "%*pEp", 1, "\x01");
	check("x|", "%pE|", "xyz");
	check("[]", "[%*pE]", 0, "xyz");
	check("(null)", "%*pE", 3, NULL);
}

static void bitmaps(void **state)
{
	static const unsigned long map[2] = { 0x8000000f000000f1UL, 0x3 };

	/* bitmap_string(): 32-bit chunks, the top one as wide as its bits. */
	check("3,8000000f,000000f1", "%*pb", 66, map);
	check("f1", "%*pb", 8, map);
	check("000000f1", "%*pb", 32, map);
	check("0,4-7,32-35,63-65", "%*pbl", 66, map);
	check("0,4-7", "%*pbl", 8, map);
	check("[]", "[%*pbl]", 0, map);
	/* check_pointer() pads its message to the width: here the bit count. */
	check("  (null)", "%*pb", 8, NULL);
}

static void mac_and_ip(void **state)
{
	static const u8 mac[6] = { 0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e };
	static const u8 ip4[4] = { 192, 168, 1, 10 };
	static const u8 ip4_rev[4] = { 10, 1, 168, 192 };
	static const u8 ip6[16] = { 0x20, 0x01, 0x0d, 0xb8, [15] = 1 };
	static const u8 mapped[16] = { [10] = 0xff, 0xff, 192, 168, 1, 10 };
	static const u8 zero[16], one_zero[16] = { 0, 1, 0, 0, 0, 1, 0, 1,
		0, 1, 0, 1, 0, 1, 0, 1 };
	static const u8 lead[16] = { 0, 1 };

	check("00:1a:2b:3c:4d:5e", "%pM", mac);
	check("5e:4d:3c:2b:1a:00", "%pMR", mac);
	check("00-1a-2b-3c-4d-5e", "%pMF", mac);
	check("001a2b3c4d5e 5e4d3c2b1a00", "%pm %pmR", mac, mac);
	check("        001a2b3c4d5e", "%20pm", mac);
	check("(null)", "%pM", NULL);

	check("192.168.1.10", "%pI4", ip4);
	check("192.168.001.010", "%pi4", ip4);
	check("192.168.1.10 192.168.1.10", "%pI4h %pI4l", ip4_rev, ip4_rev);
	check("192.168.1.10", "%pI4n", ip4);
	check("(efault)", "%pI4", (void *)16);
	check("(%pI?)", "%pI", ip4);

	check("2001:0db8:0000:0000:0000:0000:0000:0001", "%pI6", ip6);
	check("20010db8000000000000000000000001", "%pi6", ip6);
	check("2001:db8::1", "%pI6c", ip6);
	check("::ffff:192.168.1.10", "%pI6c", mapped);
	check("::", "%pI6c", zero);
	/* A single zero word is not compressed. */
	check("1:0:1:1:1:1:1:1", "%pI6c", one_zero);
	check("1::", "%pI6c", lead);
}

static void uuids(void **state)
{
	static const u8 u[16] = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07,
		0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f };

	check("00010203-0405-0607-0809-0a0b0c0d0e0f", "%pUb", u);
	check("00010203-0405-0607-0809-0a0b0c0d0e0f", "%pU", u);
	check("00010203-0405-0607-0809-0A0B0C0D0E0F", "%pUB", u);
	check("03020100-0504-0706-0809-0a0b0c0d0e0f", "%pUl", u);
	check("03020100-0504-0706-0809-0A0B0C0D0E0F", "%pUL", u);
	check("(efault)", "%pU", ERR_PTR(-ENOMEM));
}

static void symbols(void **state)
{
	const char *fn = (const char *)vsprintf_test_symbol;

	check("vsprintf_test_symbol", "%ps", fn);
	snprintf(buf, sizeof(buf), "%pS", fn + 4);
	assert_memory_equal(buf, "vsprintf_test_symbol+0x4/0x", 27);
	snprintf(buf, sizeof(buf), "%pS", fn);
	assert_memory_equal(buf, "vsprintf_test_symbol+0x0/0x", 27);
	/* %pB: a return address, looked up one byte back. */
	snprintf(buf, sizeof(buf), "%pB", fn + 1);
	assert_memory_equal(buf, "vsprintf_test_symbol+0x1/0x", 27);
	/* No symbol there: kallsyms' "0x%lx". */
	check("0x1234 0x0", "%pS %ps", (void *)0x1234, NULL);
	assert_int_equal(vsprintf_test_symbol(1), 4);
}

static int nested(char *out, size_t size, const char *fmt, ...)
{
	struct va_format vaf;
	va_list args;
	int n;

	va_start(args, fmt);
	vaf.fmt = fmt;
	vaf.va = &args;
	n = snprintf(out, size, "<%pV>", &vaf);
	va_end(args);
	return n;
}

static void va_format_and_addresses(void **state)
{
	phys_addr_t phys = 0x12345678;
	dma_addr_t dma = 0xfedcba9876543210ULL;
	char small[8];

	assert_int_equal(nested(buf, sizeof(buf), "%s=%d", "x", 5), 5);
	assert_string_equal(buf, "<x=5>");
	/* Truncation inside %pV still counts everything. */
	assert_int_equal(nested(small, 4, "%s", "abcdef"), 8);
	assert_string_equal(small, "<ab");
	check("(null)", "%pV", NULL);

	check("0x0000000012345678 0x0000000012345678", "%pa %pap", &phys, &phys);
	check("0xfedcba9876543210", "%pad", &dma);
	check("hello (einval)", "%pks %pkx", "hello", "hello");
}

static const char *const_copy(const char *fmt, ...)
{
	const char *p;
	va_list args;

	va_start(args, fmt);
	p = kvasprintf_const(GFP_KERNEL, fmt, args);
	va_end(args);
	return p;
}

static void kasprintf_allocates(void **state)
{
	const char *cp;
	char *p;

	p = kasprintf(GFP_KERNEL, "dev-%d:%s", 3, "x");
	assert_non_null(p);
	assert_string_equal(p, "dev-3:x");
	assert_int_equal(kshim_alloc_size(p), 8);
	kfree(p);

	/* kvasprintf_const(): a constant without conversions is not copied. */
	cp = const_copy("no conversions");
	assert_string_equal(cp, "no conversions");
	assert_int_equal(kshim_alloc_live(), 0);
	kfree_const(cp);
	cp = const_copy("%s", "constant");
	assert_string_equal(cp, "constant");
	assert_int_equal(kshim_alloc_live(), 0);
	kfree_const(cp);
	cp = const_copy("%d-%s", 7, "x");
	assert_string_equal(cp, "7-x");
	assert_int_equal(kshim_alloc_live(), 1);
	kfree_const(cp);

	kshim_fail_only("kasprintf");
	kshim_fail_nth(1);
	assert_null(kasprintf(GFP_KERNEL, "%d", 1));
	assert_int_equal(kshim_failed_calls(), 1);
}

static void sscanf_conversions(void **state)
{
	unsigned long long ull = 0;
	unsigned long ul = 0;
	unsigned char uc = 0;
	unsigned int x = 0;
	int a = 0, b = 0, c = 0, n = -1;
	char s[16] = "", ch = 0;

	assert_int_equal(sscanf("12 -34 0x1f abc xyz", "%d %d %x %s %c",
				&a, &b, &x, s, &ch), 5);
	assert_int_equal(a, 12);
	assert_int_equal(b, -34);
	assert_int_equal(x, 0x1f);
	assert_string_equal(s, "abc");
	assert_int_equal(ch, 'x');

	assert_int_equal(sscanf("0x10 010 10", "%i %i %i", &a, &b, &c), 3);
	assert_int_equal(a, 16);
	assert_int_equal(b, 8);
	assert_int_equal(c, 10);

	assert_int_equal(sscanf("1ff", "%hhx", &uc), 1);
	assert_int_equal(uc, 0xff);
	assert_int_equal(sscanf("ffffffffffffffff 4294967296", "%llx %lu", &ull, &ul), 2);
	assert_true(ull == ~0ULL);
	assert_true(ul == 4294967296UL);

	/* Widths split digits; %n counts what was read and is not counted. */
	assert_int_equal(sscanf("12345", "%2d%3d", &a, &b), 2);
	assert_int_equal(a, 12);
	assert_int_equal(b, 345);
	assert_int_equal(sscanf("abc 12", "abc %d%n", &a, &n), 1);
	assert_int_equal(n, 6);
	assert_int_equal(sscanf("abcdef", "%3s", s), 1);
	assert_string_equal(s, "abc");
	assert_int_equal(sscanf("1 2", "%*d %d", &a), 1);
	assert_int_equal(a, 2);
	assert_int_equal(sscanf("abcabd", "%5[abc]", s), 1);
	assert_string_equal(s, "abcab");

	/* Mismatches and short input stop the scan. */
	assert_int_equal(sscanf("a1", "b%d", &a), 0);
	assert_int_equal(sscanf("5", "%d %d", &a, &b), 1);
	assert_int_equal(sscanf("x", "%d", &a), 0);
	assert_int_equal(sscanf("9", "%o", &x), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(integers),
		kshim_unit_test(length_qualifiers),
		kshim_unit_test(chars_and_strings),
		kshim_unit_test(return_values_and_truncation),
		kshim_unit_test(unsupported_conversion_stops),
		kshim_unit_test(plain_pointers),
		kshim_unit_test(error_pointers),
		kshim_unit_test(hex_strings),
		kshim_unit_test(escaped_strings),
		kshim_unit_test(bitmaps),
		kshim_unit_test(mac_and_ip),
		kshim_unit_test(uuids),
		kshim_unit_test(symbols),
		kshim_unit_test(va_format_and_addresses),
		kshim_unit_test(kasprintf_allocates),
		kshim_unit_test(sscanf_conversions),
	};

	return kshim_run_tests(tests);
}
