// SPDX-License-Identifier: GPL-2.0-only
/*
 * Parameters of a built-in module come from the boot command line, as
 * "module.param=value" (init/main.c: parse_args("Booting kernel", ...)
 * before any initcall). A bad one is reported and the boot goes on; an
 * unknown "module.param" is dropped without a word (unknown_bootoption()).
 */
#include <errno.h>
#include <string.h>

#include <kshim/cmocka.h>

static const char *rd(const char *param)
{
	static char buf[4096];
	int n = kshim_param_read("paramtest", param, buf, sizeof(buf));

	if (n < 0)
		fail_msg("reading paramtest/%s: %d", param, n);
	return buf;
}

static bool has_record(int level, const char *text)
{
	const struct kshim_log_record *r;
	size_t i;

	for (i = 0; (r = kshim_log_record(i)); i++)
		if (!strcmp(r->text, text) && r->level == level)
			return true;
	return false;
}

static void from_the_command_line(void **state)
{
	assert_int_equal(kshim_boot("paramtest.count=3"), 0);
	assert_true(has_record(6, "paramtest: count=3 label=none secret=42 limit=10 quiet=0 nvalues=0"));
	assert_string_equal(rd("count"), "3\n");
	/* Built in, it cannot be unloaded. */
	assert_int_equal(kshim_unload("paramtest"), -ENOENT);
}

/* Each boot starts from the compiled-in values. */
static void defaults(void **state)
{
	char buf[16];

	/* Not booted yet: no /sys/module/paramtest. */
	assert_int_equal(kshim_param_read("paramtest", "count", buf, sizeof(buf)), -ENOENT);
	assert_int_equal(kshim_boot(NULL), 0);
	assert_true(has_record(6, "paramtest: count=1 label=none secret=42 limit=10 quiet=0 nvalues=0"));
	assert_string_equal(rd("count"), "1\n");
	assert_string_equal(rd("mask"), "0x000010\n");
}

static void many_and_quoted(void **state)
{
	assert_int_equal(kshim_boot("quiet \"paramtest.label=a b\" paramtest.values=1,2 "
				    "paramtest.limit=4 paramtest.secret=7 root=/dev/sda1"), 0);
	assert_true(has_record(6, "paramtest: count=1 label=a b secret=7 limit=4 quiet=0 nvalues=2"));
	assert_string_equal(rd("label"), "a b\n");
	assert_string_equal(rd("values"), "1,2\n");
	/* At boot, a charp points into the command line: nothing allocated. */
	assert_int_equal(kshim_alloc_live(), 0);
}

static void quoted_value(void **state)
{
	assert_int_equal(kshim_boot("paramtest.label=\"x y\""), 0);
	assert_string_equal(rd("label"), "x y\n");
}

static void dash_and_underscore(void **state)
{
	assert_int_equal(kshim_boot("paramtest.under-score=4"), 0);
	assert_string_equal(rd("under_score"), "4\n");
}

static void bad_value_does_not_stop_the_boot(void **state)
{
	assert_int_equal(kshim_boot("paramtest.count=abc paramtest.limit=5"), 0);
	/* The full name, with the "Booting kernel" pass as the prefix. */
	assert_true(has_record(3, "Booting kernel: `abc' invalid for parameter `paramtest.count'"));
	assert_true(has_record(6, "paramtest: count=1 label=none secret=42 limit=5 quiet=0 nvalues=0"));
	assert_int_equal(kshim_initcall_result("paramtest"), 0);
}

static void out_of_range(void **state)
{
	assert_int_equal(kshim_boot("paramtest.small=256"), 0);
	assert_true(has_record(3, "Booting kernel: `256' invalid for parameter `paramtest.small'"));
	assert_string_equal(rd("small"), "7\n");
}

/* A leveled parameter's error names its initcall level's pass. */
static void leveled_parameter(void **state)
{
	assert_int_equal(kshim_boot("paramtest.dlevel=x"), 0);
	assert_true(has_record(3, "device: `x' invalid for parameter `paramtest.dlevel'"));
	kshim_reset();
	assert_int_equal(kshim_boot("paramtest.dlevel=6"), 0);
	assert_string_equal(rd("dlevel"), "6\n");
}

static void unknown_is_silent(void **state)
{
	assert_int_equal(kshim_boot("paramtest.nosuch=1 count=9 nosuch"), 0);
	assert_log_lacks(KSHIM_LOG_ANY, "nosuch");
	assert_log_lacks(KSHIM_LOG_ANY, "unknown parameter");
	/* Without the module's prefix it is not the module's. */
	assert_string_equal(rd("count"), "1\n");
}

static void init_arguments_after_dashes(void **state)
{
	assert_int_equal(kshim_boot("paramtest.count=2 -- paramtest.uval=9"), 0);
	assert_string_equal(rd("count"), "2\n");
	assert_string_equal(rd("uval"), "3\n");
	assert_log_lacks(KSHIM_LOG_ANY, "after `--'");
}

static void sysfs_write_after_boot(void **state)
{
	assert_int_equal(kshim_boot(NULL), 0);
	assert_int_equal(kshim_param_write("paramtest", "count", "8"), 0);
	assert_string_equal(rd("count"), "8\n");
	assert_int_equal(kshim_param_write("paramtest", "count", "x"), -EINVAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(from_the_command_line),
		kshim_unit_test(defaults),
		kshim_unit_test(many_and_quoted),
		kshim_unit_test(quoted_value),
		kshim_unit_test(dash_and_underscore),
		kshim_unit_test(bad_value_does_not_stop_the_boot),
		kshim_unit_test(out_of_range),
		kshim_unit_test(leveled_parameter),
		kshim_unit_test(unknown_is_silent),
		kshim_unit_test(init_arguments_after_dashes),
		kshim_unit_test(sysfs_write_after_boot),
	};

	return kshim_run_tests(tests);
}
