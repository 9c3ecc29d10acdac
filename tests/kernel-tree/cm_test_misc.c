// SPDX-License-Identifier: GPL-2.0-only
/*
 * Classes and misc devices on both paths: the cm_misc module's nodes made
 * in its class (device_create(), device_create_with_groups()) and its two
 * misc devices, opened and used through the harness as a process would.
 * The same source runs against the old path (module linked in, or
 * $KSHIM_MODULES) and the new one ($KSHIM_MODULES: built with kshim-uml).
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>

#include <kshim/cmocka.h>

static void load(const char *args)
{
	assert_int_equal(kshim_load("cm_misc", args), 0);
	assert_true(kshim_log_contains(6, "class cm_class, cm0 and cm1 at 254:0, misc minors 127 and 200"));
}

static void read_expect(const char *path, const char *want)
{
	char buf[64] = { 0 };
	int fd = kshim_open(path, O_RDONLY);

	assert_true(fd >= 0);
	assert_int_equal(kshim_read(fd, buf, sizeof(buf) - 1), strlen(want));
	assert_string_equal(buf, want);
	assert_int_equal(kshim_close(fd), 0);
}

static void test_class_nodes(void **state)
{
	char buf[32];

	load(NULL);
	read_expect("/dev/cm0", "cm0 zero\n");
	read_expect("/dev/cm1", "cm1 one\n");
	read_expect("char:254:1", "cm1 one\n");
	assert_true(kshim_device_exists("cm0"));
	assert_int_equal(kshim_attr_read("cm1", "label", buf, sizeof(buf)), 4);
	assert_string_equal(buf, "one\n");
	/* device_create() without groups: no file. */
	assert_int_equal(kshim_attr_read("cm0", "label", buf, sizeof(buf)), -ENOENT);
	assert_int_equal(kshim_unload("cm_misc"), 0);
	assert_false(kshim_device_exists("cm0"));
	assert_int_equal(kshim_open("/dev/cm0", O_RDONLY), -ENOENT);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
}

static void test_misc_open(void **state)
{
	char buf[64] = { 0 };
	int fd;

	load(NULL);
	read_expect("/dev/cm_misc", "cm_misc 127 \n");
	fd = kshim_open("/dev/cm_misc", O_RDWR);
	assert_true(fd >= 0);
	/* The open file holds the misc device's module. */
	assert_int_equal(kshim_module_refcnt("cm_misc"), 1);
	assert_int_equal(kshim_unload("cm_misc"), -EWOULDBLOCK);
	assert_int_equal(kshim_write(fd, "hi", 2), 2);
	assert_int_equal(kshim_close(fd), 0);
	assert_int_equal(kshim_module_refcnt("cm_misc"), 0);
	/* By its nodename, by its number. */
	read_expect("/dev/cm/fixed", "cm_fixed 200 hi\n");
	read_expect("char:10:127", "cm_misc 127 hi\n");
	/* A minor no misc device has. */
	assert_int_equal(kshim_open("char:10:99", O_RDONLY), -ENODEV);
	fd = kshim_open("/dev/cm_misc", O_RDONLY);
	assert_true(fd >= 0);
	assert_int_equal(kshim_read(fd, buf, 3), 3);
	assert_memory_equal(buf, "cm_", 3);
	assert_int_equal(kshim_close(fd), 0);
	assert_int_equal(kshim_unload("cm_misc"), 0);
	assert_int_equal(kshim_open("/dev/cm_misc", O_RDONLY), -ENOENT);
	assert_int_equal(kshim_open("char:10:127", O_RDONLY), -ENODEV);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
}

static void test_taken(void **state)
{
	assert_int_equal(kshim_load("cm_misc", "dup=1"), 0);
	assert_true(kshim_log_contains(6, "same misc name: -17"));
	assert_true(kshim_log_contains(6, "same misc minor: -16"));
	assert_true(kshim_log_contains(6, "same class name: -17"));
	assert_true(kshim_log_contains(3, "kobject_add_internal failed for cm_class with -EEXIST"));
	/* The refused ones left nothing: the minors are as before. */
	read_expect("/dev/cm_misc", "cm_misc 127 \n");
	assert_int_equal(kshim_unload("cm_misc"), 0);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
}

static void test_left_registered(void **state)
{
	load("leave=1");
	assert_int_equal(kshim_unload("cm_misc"), 0);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_MISUSE), 3);
	assert_non_null(strstr(kshim_defect_message(0),
			       "misc device 'cm_misc' (10:127) registered at tests/kernel-tree/cm_misc.c:"));
	assert_non_null(strstr(kshim_defect_message(1),
			       "device 'cm0' (254:0) registered at tests/kernel-tree/cm_misc.c:"));
	assert_non_null(strstr(kshim_defect_message(2),
			       "class 'cm_class' registered at tests/kernel-tree/cm_misc.c:"));
	/* Each was forgotten: the next load finds the names and minor free. */
	assert_int_equal(kshim_open("/dev/cm_misc", O_RDONLY), -ENOENT);
	kshim_defects_clear();
	load(NULL);
	assert_int_equal(kshim_unload("cm_misc"), 0);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
}

static void test_closed_at_reset(void **state)
{
	load(NULL);
	assert_true(kshim_open("/dev/cm_misc", O_RDONLY) >= 0);
	assert_true(kshim_open("/dev/cm1", O_RDONLY) >= 0);
	kshim_reset();
	assert_int_equal(kshim_open_files(), 0);
	assert_int_equal(kshim_open("/dev/cm_misc", O_RDONLY), -ENOENT);
	load(NULL);
	assert_int_equal(kshim_unload("cm_misc"), 0);
}

static void test_init_sweep(void **state)
{
	struct kshim_sweep *sw = kshim_sweep("cm_misc", NULL);
	size_t i;

	assert_non_null(sw);
	assert_int_equal(sw->nsteps, 12);
	assert_int_equal(sw->failures, 0);
	for (i = 1; i < sw->nsteps; i++)
		assert_string_equal(sw->steps[i].file, "tests/kernel-tree/cm_misc.c");
	kshim_sweep_free(sw);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(test_class_nodes),
		kshim_unit_test(test_misc_open),
		kshim_unit_test(test_taken),
		kshim_unit_test(test_left_registered),
		kshim_unit_test(test_closed_at_reset),
		kshim_unit_test(test_init_sweep),
	};

	return kshim_run_tests(tests);
}
