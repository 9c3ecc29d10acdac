// SPDX-License-Identifier: GPL-2.0-only
/*
 * kobjects' sysfs files on the kernel-tree path, read and written through
 * the harness by path as user space would: 6.1's samples/kobject/
 * kobject-example.c (built from the kernel tree's source, unchanged) and
 * tests/kernel-tree/ko_files.c, both from $KSHIM_MODULES.
 */
#include <errno.h>
#include <string.h>

#include <kshim/cmocka.h>

static void test_kobject_example(void **state)
{
	char buf[64];

	assert_int_equal(kshim_load("kobject_example", NULL), 0);
	assert_true(kshim_sysfs_exists("/sys/kernel/kobject_example"));
	assert_int_equal(kshim_sysfs_read("/sys/kernel/kobject_example/foo",
					  buf, sizeof(buf)), 2);
	assert_string_equal(buf, "0\n");
	/* foo_store(): sscanf()'s number, the whole write taken */
	assert_int_equal(kshim_sysfs_write("/sys/kernel/kobject_example/foo",
					   "42\n"), 3);
	assert_int_equal(kshim_sysfs_read("/sys/kernel/kobject_example/foo",
					  buf, sizeof(buf)), 3);
	assert_string_equal(buf, "42\n");
	/* baz and bar share b_show() and b_store(), which tell them apart */
	assert_int_equal(kshim_sysfs_write("/sys/kernel/kobject_example/baz",
					   "7"), 1);
	assert_int_equal(kshim_sysfs_write("/sys/kernel/kobject_example/bar",
					   "-3"), 2);
	assert_int_equal(kshim_sysfs_read("/sys/kernel/kobject_example/baz",
					  buf, sizeof(buf)), 2);
	assert_string_equal(buf, "7\n");
	assert_int_equal(kshim_sysfs_read("/sys/kernel/kobject_example/bar",
					  buf, sizeof(buf)), 3);
	assert_string_equal(buf, "-3\n");
	/* kstrtoint()'s error is the write's */
	assert_int_equal(kshim_sysfs_write("/sys/kernel/kobject_example/foo",
					   "x"), -EINVAL);
	assert_int_equal(kshim_sysfs_read("/sys/kernel/kobject_example/none",
					  buf, sizeof(buf)), -ENOENT);
	assert_int_equal(kshim_unload("kobject_example"), 0);
	assert_false(kshim_sysfs_exists("/sys/kernel/kobject_example"));
	assert_int_equal(kshim_sysfs_read("/sys/kernel/kobject_example/foo",
					  buf, sizeof(buf)), -ENOENT);
	assert_int_equal(kshim_alloc_live(), 0);
}

static void test_modes_groups_visibility(void **state)
{
	char buf[64];

	assert_int_equal(kshim_load("ko_files", NULL), 0);
	assert_int_equal(kshim_sysfs_read("/sys/kernel/ko_files/value", buf,
					  sizeof(buf)), 2);
	assert_string_equal(buf, "3\n");
	assert_int_equal(kshim_sysfs_write("/sys/kernel/ko_files/value", "11"), 2);
	assert_int_equal(kshim_sysfs_read("/sys/kernel/ko_files/where", buf,
					  sizeof(buf)), 15);
	assert_string_equal(buf, "ko_files/where\n");
	/* A read-only file is not opened for writing, nor a write-only one read */
	assert_int_equal(kshim_sysfs_write("/sys/kernel/ko_files/where", "1"),
			 -EACCES);
	assert_int_equal(kshim_sysfs_read("/sys/kernel/ko_files/wo", buf,
					  sizeof(buf)), -EACCES);
	assert_int_equal(kshim_sysfs_write("/sys/kernel/ko_files/wo", "5"), 1);
	/* is_visible() said 0: no file; the named group is a directory */
	assert_int_equal(kshim_sysfs_read("/sys/kernel/ko_files/hidden", buf,
					  sizeof(buf)), -ENOENT);
	assert_int_equal(kshim_sysfs_read("/sys/kernel/ko_files/sub/hidden", buf,
					  sizeof(buf)), 16);
	assert_string_equal(buf, "ko_files/hidden\n");
	/* Cut to the buffer, as a short read() is */
	assert_int_equal(kshim_sysfs_read("/sys/kernel/ko_files/sub/where", buf,
					  4), 15);
	assert_string_equal(buf, "ko_");
	/* The firmware kobject was deleted in init; its last put is at exit. */
	assert_false(kshim_sysfs_exists("/sys/firmware/ko_fw7"));
	assert_true(kshim_sysfs_exists("/sys/firmware"));
	assert_int_equal(kshim_unload("ko_files"), 0);
	assert_true(kshim_log_contains(6, "ko_files: exit, value 5"));
	assert_false(kshim_sysfs_exists("/sys/kernel/ko_files"));
	assert_int_equal(kshim_alloc_live(), 0);
}

/* A fresh kernel between tests: nothing of the last test's is in sysfs. */
static void test_reset_forgets(void **state)
{
	char buf[8];

	assert_true(kshim_sysfs_exists("/sys/kernel"));
	assert_true(kshim_sysfs_exists("/sys/kernel/mm"));
	assert_false(kshim_sysfs_exists("/sys/kernel/ko_files"));
	assert_int_equal(kshim_load("ko_files", NULL), 0);
	assert_int_equal(kshim_sysfs_read("/sys/kernel/ko_files/value", buf,
					  sizeof(buf)), 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(test_kobject_example),
		kshim_unit_test(test_modes_groups_visibility),
		kshim_unit_test(test_reset_forgets),
		kshim_unit_test(test_reset_forgets),
	};

	return kshim_run_tests(tests);
}
