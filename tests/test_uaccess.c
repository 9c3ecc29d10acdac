// SPDX-License-Identifier: GPL-2.0-only
/*
 * User memory: copy_{to,from}_user() return the bytes NOT copied, get_user()
 * and put_user() 0 or -EFAULT, strncpy_from_user() the length or -EFAULT
 * (include/linux/uaccess.h, lib/strncpy_from_user.c, lib/strnlen_user.c).
 * Memory is user memory only where the test mapped it; every access is a
 * fallible call.
 */
#include <linux/kernel.h>
#include <linux/err.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include <kshim/cmocka.h>

static void test_copy_good(void **state)
{
	char *u = kshim_user_alloc(16);
	char k[16];

	assert_int_equal(copy_to_user(u, "hello, world", 13), 0);
	assert_string_equal(u, "hello, world");
	memset(k, 'x', sizeof(k));
	assert_int_equal(copy_from_user(k, u, 13), 0);
	assert_string_equal(k, "hello, world");
	/* Nothing to copy: nothing to fail either. */
	assert_int_equal(copy_to_user(KSHIM_USER_BAD, k, 0), 0);
}

static void test_copy_bad(void **state)
{
	char k[8], local[8];

	/* The whole count is "not copied"; the kernel buffer is zeroed. */
	memset(k, 'x', sizeof(k));
	assert_int_equal(copy_from_user(k, KSHIM_USER_BAD, 8), 8);
	assert_int_equal(k[0], 0);
	assert_int_equal(k[7], 0);
	assert_int_equal(copy_to_user(KSHIM_USER_BAD, k, 8), 8);
	/* Memory the test did not map is no user memory. */
	assert_int_equal(copy_to_user(local, "abc", 4), 4);
	/* A kernel address fails access_ok(). */
	assert_false(access_ok((void __user *)0xffff888000000000UL, 8));
	assert_true(access_ok(local, sizeof(local)));
	assert_int_equal(copy_to_user((void __user *)0xffff888000000000UL, k, 8), 8);
}

static void test_copy_partial(void **state)
{
	static char buf[32];
	char k[32];

	/* Only the first 10 bytes are mapped: the copy stops at the fault. */
	assert_int_equal(kshim_user_map(buf, 10), 0);
	assert_int_equal(copy_to_user(buf, "0123456789abcdef", 16), 6);
	assert_memory_equal(buf, "0123456789", 10);
	assert_int_equal(buf[10], 0);
	memset(k, 'x', sizeof(k));
	assert_int_equal(copy_from_user(k, buf + 4, 12), 6);
	assert_memory_equal(k, "456789", 6);
	assert_int_equal(k[6], 0);	/* the rest zeroed */
	assert_int_equal(k[11], 0);
	assert_int_equal(k[12], 'x');
	/* Two mappings side by side are one range. */
	assert_int_equal(kshim_user_map(buf + 10, 10), 0);
	assert_int_equal(copy_to_user(buf, "0123456789abcdefghij", 20), 0);
	assert_int_equal(clear_user(buf + 15, 10), 5);
	assert_memory_equal(buf, "0123456789abcde\0\0\0\0\0", 20);
	assert_int_equal(kshim_user_unmap(buf + 10), 0);
	assert_int_equal(kshim_user_unmap(buf + 10), -EINVAL);
	assert_int_equal(copy_to_user(buf + 10, "x", 1), 1);
	/* Overlapping mappings are refused. */
	assert_int_equal(kshim_user_map(buf + 5, 10), -EINVAL);
	assert_int_equal(kshim_user_unmap(buf), 0);
}

static void test_get_put(void **state)
{
	u32 *p = kshim_user_alloc(sizeof(u32) * 2);
	const s8 __user *sp = (const s8 __user *)p;
	u16 h = 7;
	u32 v = 1;
	s8 s = 0;
	u64 q = 5;
	int *ip = NULL;

	assert_int_equal(put_user(0xdeadbeef, p), 0);
	assert_int_equal(get_user(v, p), 0);
	assert_int_equal(v, 0xdeadbeef);
	/* The size is the pointer's: one byte, sign-extended as an s8. */
	assert_int_equal(get_user(s, sp), 0);
	assert_int_equal(s, (s8)0xef);
	assert_int_equal(get_user(h, (u16 __user *)p + 1), 0);
	assert_int_equal(h, 0xdead);
	/* A pointer read from user space. */
	assert_int_equal(put_user((int *)0x12345678UL, (int **)p), 0);
	assert_int_equal(get_user(ip, (int **)p), 0);
	assert_ptr_equal(ip, (int *)0x12345678UL);
	/* On a fault the value is zeroed, and nothing is written. */
	v = 1;
	assert_int_equal(get_user(v, (u32 __user *)KSHIM_USER_BAD), -EFAULT);
	assert_int_equal(v, 0);
	assert_int_equal(put_user(1, (u32 __user *)KSHIM_USER_BAD), -EFAULT);
	/* An access that straddles the end of the mapping faults whole. */
	assert_int_equal(get_user(q, (u64 __user *)(p + 1)), -EFAULT);
	assert_int_equal(q, 0);
	p[1] = 0x11111111;
	assert_int_equal(put_user(0x2222222222222222ULL, (u64 __user *)(p + 1)), -EFAULT);
	assert_int_equal(p[1], 0x11111111);
}

static void test_strings(void **state)
{
	char *u = kshim_user_alloc(8);
	static char tail[4];
	char k[16];

	memcpy(u, "abc\0", 4);
	memset(k, 'x', sizeof(k));
	assert_int_equal(strncpy_from_user(k, u, sizeof(k)), 3);
	assert_string_equal(k, "abc");
	/* No NUL within count: count, and no NUL written. */
	assert_int_equal(strncpy_from_user(k, u, 2), 2);
	assert_int_equal(strncpy_from_user(k, u, 0), 0);
	assert_int_equal(strncpy_from_user(k, KSHIM_USER_BAD, 4), -EFAULT);
	/* The mapping ends before the NUL does. */
	memcpy(tail, "wxyz", 4);
	assert_int_equal(kshim_user_map(tail, 4), 0);
	assert_int_equal(strncpy_from_user(k, tail, 4), 4);
	assert_int_equal(strncpy_from_user(k, tail, 8), -EFAULT);
	/* strnlen_user(): the size with the NUL; > n when too long; 0 on a fault. */
	assert_int_equal(strnlen_user(u, 8), 4);
	assert_int_equal(strnlen_user(u, 2), 3);
	assert_int_equal(strnlen_user(tail, 8), 0);
	assert_int_equal(strnlen_user(KSHIM_USER_BAD, 8), 0);
}

static void test_memdup(void **state)
{
	char *u = kshim_user_alloc(8);
	char *p;

	memcpy(u, "hi there", 8);
	p = memdup_user_nul(u, 8);
	assert_false(IS_ERR(p));
	assert_string_equal(p, "hi there");
	kfree(p);
	p = memdup_user(KSHIM_USER_BAD, 8);
	assert_int_equal(PTR_ERR(p), -EFAULT);
	memcpy(u, "abc\0", 4);
	p = strndup_user(u, 8);
	assert_string_equal(p, "abc");
	kfree(p);
	assert_int_equal(PTR_ERR(strndup_user(u, 2)), -EINVAL);
}

/* Each user access is a fallible call: a failed one is a fault. */
static void test_fault_injection(void **state)
{
	char *u = kshim_user_alloc(8);
	char k[8];
	u32 v = 3;

	kshim_fail_only("copy_to_user");
	kshim_fail_nth(1);
	assert_int_equal(copy_to_user(u, "abcdefg", 8), 8);
	assert_int_equal(copy_to_user(u, "abcdefg", 8), 0);
	kshim_fail_only("copy_from_user");
	kshim_fail_nth(1);
	memset(k, 'x', sizeof(k));
	assert_int_equal(copy_from_user(k, u, 8), 8);
	assert_int_equal(k[0], 0);
	kshim_fail_only("get_user");
	kshim_fail_nth(1);
	assert_int_equal(get_user(v, (u32 __user *)u), -EFAULT);
	assert_int_equal(v, 0);
	kshim_fail_only("put_user");
	kshim_fail_nth(1);
	assert_int_equal(put_user(v, (u32 __user *)u), -EFAULT);
	kshim_fail_only("strncpy_from_user");
	kshim_fail_nth(1);
	assert_int_equal(strncpy_from_user(k, u, 8), -EFAULT);
	kshim_fail_only(NULL);
	kshim_fail_none();
	assert_true(kshim_failed_calls() == 5);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(test_copy_good),
		kshim_unit_test(test_copy_bad),
		kshim_unit_test(test_copy_partial),
		kshim_unit_test(test_get_put),
		kshim_unit_test(test_strings),
		kshim_unit_test(test_memdup),
		kshim_unit_test(test_fault_injection),
	};

	return kshim_run_tests(tests);
}
