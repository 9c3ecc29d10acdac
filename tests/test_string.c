// SPDX-License-Identifier: GPL-2.0-only
/*
 * linux/string.h and linux/ctype.h: the kernel-only functions, and the
 * kernel's results where the C library's would differ (lib/string.c, 6.1).
 */
#include <linux/ctype.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/string.h>

#include <kshim/cmocka.h>

static void strscpy_fits_and_truncates(void **state)
{
	char buf[8];

	memset(buf, 'x', sizeof(buf));
	assert_int_equal(strscpy(buf, "abc", sizeof(buf)), 3);
	assert_string_equal(buf, "abc");
	/* Exactly full: 7 characters and the NUL fit in 8. */
	assert_int_equal(strscpy(buf, "1234567", sizeof(buf)), 7);
	assert_string_equal(buf, "1234567");
	/* One more does not: -E2BIG, and the copy is cut and terminated. */
	assert_int_equal(strscpy(buf, "12345678", sizeof(buf)), -E2BIG);
	assert_string_equal(buf, "1234567");
	assert_int_equal(strscpy(buf, "", sizeof(buf)), 0);
	assert_string_equal(buf, "");
	/* Size 0 writes nothing. */
	buf[0] = 'q';
	assert_int_equal(strscpy(buf, "abc", 0), -E2BIG);
	assert_int_equal(buf[0], 'q');
	assert_int_equal(strscpy(buf, "abc", 1), -E2BIG);
	assert_string_equal(buf, "");
}

/* A count above INT_MAX is a negative length gone wrong: WARN_ON_ONCE. */
static void strscpy_huge_count_warns(void **state)
{
	char buf[4] = "abc";

	assert_int_equal(strscpy(buf, "z", (size_t)INT_MAX + 1), -E2BIG);
	assert_string_equal(buf, "abc");
	assert_defects(KSHIM_DEFECT_WARN, 1);
}

static void strscpy_pad_zero_fills(void **state)
{
	char buf[8];
	int i;

	memset(buf, 'x', sizeof(buf));
	assert_int_equal(strscpy_pad(buf, "ab", sizeof(buf)), 2);
	assert_string_equal(buf, "ab");
	for (i = 2; i < 8; i++)
		assert_int_equal(buf[i], 0);
	assert_int_equal(strscpy_pad(buf, "123456789", sizeof(buf)), -E2BIG);
	assert_string_equal(buf, "1234567");
}

static void strlcpy_and_strlcat(void **state)
{
	char buf[8];

	/* strlcpy() returns strlen(src) whatever fitted. */
	assert_int_equal(strlcpy(buf, "hello world", sizeof(buf)), 11);
	assert_string_equal(buf, "hello w");
	assert_int_equal(strlcpy(buf, "hi", sizeof(buf)), 2);
	assert_string_equal(buf, "hi");
	buf[0] = 'k';
	assert_int_equal(strlcpy(buf, "abc", 0), 3);
	assert_int_equal(buf[0], 'k');

	/* strlcat() returns the length it tried to make. */
	strscpy(buf, "ab", sizeof(buf));
	assert_int_equal(strlcat(buf, "cd", sizeof(buf)), 4);
	assert_string_equal(buf, "abcd");
	assert_int_equal(strlcat(buf, "efghij", sizeof(buf)), 10);
	assert_string_equal(buf, "abcdefg");
}

/* The kernel's strcmp() family returns -1/0/1, not a byte difference. */
static void strcmp_returns_sign_only(void **state)
{
	/* Through variables, so that GCC cannot fold the calls. */
	const char *volatile a = "apple", *volatile b = "apricot";
	const char *volatile hi = "\xff", *volatile lo = "a";

	assert_int_equal(strcmp(a, b), -1);
	assert_int_equal(strcmp(b, a), 1);
	assert_int_equal(strcmp(a, a), 0);
	/* Bytes compare unsigned: 0xff sorts after 'a'. */
	assert_int_equal(strcmp(hi, lo), 1);
	assert_int_equal(strncmp(a, b, 2), 0);
	assert_int_equal(strncmp(a, b, 3), -1);
	assert_int_equal(strncmp(a, b, 0), 0);
	assert_int_equal(strncmp(lo, hi, 5), -1);
}

static void strcasecmp_folds_latin1(void **state)
{
	const char *volatile x = "HeLLo", *volatile y = "hello";
	const char *volatile u = "\xc9t\xc9", *volatile l = "\xe9t\xe9";

	assert_int_equal(strcasecmp(x, y), 0);
	assert_int_equal(strncasecmp(x, "HELP", 3), 0);
	assert_true(strncasecmp(x, "HELP", 4) < 0);
	/* The kernel's difference of the lowered bytes: 'l' - 'p'. */
	assert_int_equal(strcasecmp("abl", "ABP"), 'l' - 'p');
	assert_int_equal(strncasecmp("abl", "ABP", 3), 'l' - 'p');
	/* Latin-1 capitals fold too (0xc9 E acute -> 0xe9). */
	assert_int_equal(strcasecmp(u, l), 0);
	assert_int_equal(strncasecmp(u, l, 3), 0);
	/* A shorter string: the NUL against the other's byte. */
	assert_int_equal(strncasecmp("ab", "abc", 5), -'c');
}

static void libc_backed_functions(void **state)
{
	char buf[16] = "a,b,,c";
	char *p = buf, *tok;

	assert_int_equal(strlen("kshim"), 5);
	assert_int_equal(strnlen("kshim", 3), 3);
	assert_string_equal(strchr("abcabc", 'c'), "cabc");
	assert_string_equal(strrchr("abcabc", 'b'), "bc");
	assert_string_equal(strchrnul("abc", 'z'), "");
	assert_string_equal(strstr("haystack", "st"), "stack");
	assert_string_equal(strpbrk("hello", "lo"), "llo");
	assert_int_equal(strspn("aabbc", "ab"), 4);
	assert_int_equal(strcspn("hello", "l"), 2);
	tok = strsep(&p, ",");
	assert_string_equal(tok, "a");
	tok = strsep(&p, ",");
	assert_string_equal(tok, "b");
	tok = strsep(&p, ",");
	assert_string_equal(tok, "");
	tok = strsep(&p, ",");
	assert_string_equal(tok, "c");
	assert_null(p);
	assert_int_equal(memcmp("ab", "ac", 2) < 0, 1);
}

static void bounded_searches(void **state)
{
	const char *s = "hello";

	assert_ptr_equal(strnchr(s, 5, 'o'), s + 4);
	assert_null(strnchr(s, 4, 'o'));
	/* The terminator can be found, within the count. */
	assert_ptr_equal(strnchr(s, 10, '\0'), s + 5);
	assert_null(strnchr(s, 10, 'z'));
	assert_ptr_equal(strnchrnul(s, 10, 'l'), s + 2);
	assert_ptr_equal(strnchrnul(s, 2, 'o'), s + 2);
	assert_ptr_equal(strnchrnul(s, 10, 'z'), s + 5);

	assert_ptr_equal(strnstr(s, "llo", 5), s + 2);
	assert_null(strnstr(s, "llo", 4));
	assert_ptr_equal(strnstr(s, "", 0), s);
}

static void spaces(void **state)
{
	char buf[32];
	char *p;

	assert_string_equal(skip_spaces(" \t\n\v\f\rx y"), "x y");
	assert_string_equal(skip_spaces(""), "");
	strscpy(buf, "  padded \n\t ", sizeof(buf));
	p = strim(buf);
	assert_string_equal(p, "padded");
	assert_ptr_equal(p, buf + 2);
	strscpy(buf, "   ", sizeof(buf));
	assert_string_equal(strstrip(buf), "");
	strscpy(buf, "", sizeof(buf));
	assert_ptr_equal(strim(buf), buf);
	/* 0xa0, the Latin-1 no-break space, is a space to the kernel. */
	assert_string_equal(skip_spaces("\xa0z"), "z");
}

static void memory_scans(void **state)
{
	u8 buf[16];

	memset(buf, 0x5a, sizeof(buf));
	assert_null(memchr_inv(buf, 0x5a, sizeof(buf)));
	/* Only the low byte of @c counts. */
	assert_null(memchr_inv(buf, 0x15a, sizeof(buf)));
	buf[11] = 0;
	assert_ptr_equal(memchr_inv(buf, 0x5a, sizeof(buf)), buf + 11);
	assert_null(memchr_inv(buf, 0x5a, 11));
	assert_false(mem_is_zero(buf, sizeof(buf)));
	assert_true(mem_is_zero(buf + 11, 1));

	/* memscan() returns the end, not NULL, when @c is absent. */
	assert_ptr_equal(memscan(buf, 0, sizeof(buf)), buf + 11);
	assert_ptr_equal(memscan(buf, 7, sizeof(buf)), buf + 16);
	assert_int_equal(memweight("\x01\x03\xff", 3), 1 + 2 + 8);
}

static void memset_widths(void **state)
{
	u16 a[3];
	u32 b[3];
	u64 c[3];
	unsigned long d[2];
	void *e[2];

	memset16(a, 0xbeef, 2);
	a[2] = 0;
	assert_int_equal(a[1], 0xbeef);
	assert_int_equal(a[2], 0);
	memset32(b, 0xdeadbeef, 3);
	assert_int_equal(b[2], 0xdeadbeef);
	memset64(c, 0x0123456789abcdefULL, 3);
	assert_true(c[0] == 0x0123456789abcdefULL && c[2] == c[0]);
	memset_l(d, ~0UL, 2);
	assert_true(d[1] == ~0UL);
	memset_p(e, d, 2);
	assert_ptr_equal(e[1], d);
}

static void copy_and_pad(void **state)
{
	char buf[6];

	memcpy_and_pad(buf, sizeof(buf), "abc", 3, '.');
	assert_memory_equal(buf, "abc...", 6);
	memcpy_and_pad(buf, 2, "xyz", 3, '.');
	assert_memory_equal(buf, "xyc...", 6);
}

static void replace_and_prefix(void **state)
{
	char buf[16] = "a/b/c";
	char *end;

	end = strreplace(buf, '/', '!');
	assert_string_equal(buf, "a!b!c");
	/* strreplace() returns the end of the string. */
	assert_ptr_equal(end, buf + 5);

	assert_int_equal(str_has_prefix("module_param", "module"), 6);
	assert_int_equal(str_has_prefix("module", "module_param"), 0);
	assert_int_equal(str_has_prefix("x", ""), 0);
	assert_true(strstarts("foobar", "foo"));
	assert_false(strstarts("fo", "foo"));
	assert_string_equal(kbasename("drivers/misc/hwid.c"), "hwid.c");
	assert_string_equal(kbasename("plain"), "plain");
}

static void sysfs_matching(void **state)
{
	static const char * const modes[] = { "off", "on", "auto" };
	static const char * const short_list[] = { "a", NULL, "c" };

	assert_true(sysfs_streq("on", "on"));
	assert_true(sysfs_streq("on\n", "on"));
	assert_true(sysfs_streq("on", "on\n"));
	assert_false(sysfs_streq("on\n\n", "on"));
	assert_false(sysfs_streq("on ", "on"));
	assert_false(sysfs_streq("o", "on"));
	assert_true(sysfs_streq("", "\n"));

	assert_int_equal(match_string(modes, ARRAY_SIZE(modes), "auto"), 2);
	assert_int_equal(match_string(modes, ARRAY_SIZE(modes), "auto\n"), -EINVAL);
	assert_int_equal(match_string(modes, 2, "auto"), -EINVAL);
	/* A NULL entry ends the search. */
	assert_int_equal(match_string(short_list, 3, "c"), -EINVAL);
	assert_int_equal(sysfs_match_string(modes, "auto\n"), 2);
	assert_int_equal(sysfs_match_string(modes, "on"), 1);
	assert_int_equal(sysfs_match_string(modes, "of"), -EINVAL);
}

static void memzero(void **state)
{
	char secret[8] = "hunter2";

	memzero_explicit(secret, sizeof(secret));
	assert_true(mem_is_zero(secret, sizeof(secret)));
}

struct hdr {
	int a;
	int b;
	int c;
};

static void memset_members(void **state)
{
	struct hdr h = { 1, 2, 3 };

	memset_after(&h, 0, a);
	assert_true(h.a == 1 && h.b == 0 && h.c == 0);
	h.b = 5;
	h.c = 6;
	memset_startat(&h, 0, c);
	assert_true(h.a == 1 && h.b == 5 && h.c == 0);
}

/* The kernel's ctype table (lib/ctype.c), Latin-1 included. */
static void ctype_classes(void **state)
{
	assert_true(isspace(' ') && isspace('\t') && isspace('\v'));
	assert_false(isspace('\0'));
	assert_true(isspace(0xa0));
	assert_true(isupper(0xc0) && !isupper(0xd7) && isupper(0xde));
	assert_true(islower(0xdf) && !islower(0xf7) && islower(0xff));
	assert_true(ispunct(0xa1) && ispunct(0xbf));
	assert_false(isalpha(0x80) || ispunct(0x9f) || iscntrl(0x9f));
	assert_true(iscntrl(0x7f) && !isprint(0x7f));
	assert_true(isprint(' ') && !isgraph(' '));
	assert_true(isxdigit('F') && isxdigit('a') && !isxdigit('g'));
	/* Signed chars index the table by their byte value. */
	assert_true(isupper((char)0xc9));
	assert_int_equal(tolower(0xc9), 0xe9);
	assert_int_equal(toupper(0xe9), 0xc9);
	assert_int_equal(tolower('Q'), 'q');
	assert_int_equal(toupper('1'), '1');
	assert_int_equal(_tolower('A'), 'a');
	assert_true(isdigit('7') && !isdigit(0x37 + 256));
	assert_true(isodigit('7') && !isodigit('8'));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(strscpy_fits_and_truncates),
		kshim_unit_test(strscpy_huge_count_warns),
		kshim_unit_test(strscpy_pad_zero_fills),
		kshim_unit_test(strlcpy_and_strlcat),
		kshim_unit_test(strcmp_returns_sign_only),
		kshim_unit_test(strcasecmp_folds_latin1),
		kshim_unit_test(libc_backed_functions),
		kshim_unit_test(bounded_searches),
		kshim_unit_test(spaces),
		kshim_unit_test(memory_scans),
		kshim_unit_test(memset_widths),
		kshim_unit_test(copy_and_pad),
		kshim_unit_test(replace_and_prefix),
		kshim_unit_test(sysfs_matching),
		kshim_unit_test(memzero),
		kshim_unit_test(memset_members),
		kshim_unit_test(ctype_classes),
	};

	return kshim_run_tests(tests);
}
