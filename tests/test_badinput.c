// SPDX-License-Identifier: GPL-2.0-only
/*
 * Bad input to the harness: each answered by an error that says what is
 * wrong, never a crash.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <kshim/cmocka.h>

static void no_module_name(void **state)
{
	assert_int_equal(kshim_load(NULL, NULL), -EINVAL);
	assert_int_equal(kshim_load("", NULL), -EINVAL);
	assert_int_equal(kshim_unload(NULL), -EINVAL);
	assert_non_null(strstr(kshim_defect_message(0), "kshim_load(NULL): no module name given (EINVAL)"));
	assert_non_null(strstr(kshim_defect_message(1), "kshim_load(\"\"): no module name given"));
	assert_defects(KSHIM_DEFECT_MISUSE, 3);
	assert_null(kshim_modinfo(NULL, "license", 0));
	assert_null(kshim_modinfo("hello", NULL, 0));
}

static void no_such_module(void **state)
{
	assert_int_equal(kshim_load("no_such_module", NULL), -ENOENT);
	assert_int_equal(kshim_unload("no_such_module"), -ENOENT);
	assert_false(kshim_module_loaded("no_such_module"));
	assert_int_equal(kshim_module_refcnt("no_such_module"), -ENOENT);
}

static void bad_parameter_strings(void **state)
{
	char buf[64];

	/* An unterminated quote: the rest is the value, as in the kernel. */
	assert_int_equal(kshim_load("paramstr", "greeting=\"abc"), 0);
	assert_int_equal(kshim_param_read("paramstr", "greeting", buf, sizeof(buf)), 4);
	assert_string_equal(buf, "abc\n");
	assert_int_equal(kshim_unload("paramstr"), 0);
	/* A name alone for a non-bool, an empty name, stray '=' and spaces. */
	assert_int_equal(kshim_load("paramtest", "count"), -EINVAL);
	assert_log_contains(3, "paramtest: `' invalid for parameter `count'");
	assert_int_equal(kshim_load("paramtest", "   =5  "), 0);
	assert_int_equal(kshim_unload("paramtest"), 0);
	assert_int_equal(kshim_param_read(NULL, "x", buf, sizeof(buf)), -EINVAL);
	assert_defects(KSHIM_DEFECT_MISUSE, 1);
	assert_int_equal(kshim_param_read("paramstr", NULL, buf, sizeof(buf)), -EINVAL);
}

static void very_long_parameter_string(void **state)
{
	size_t n = 1 << 20;
	char *args = malloc(n + 16);

	assert_non_null(args);
	/* A megabyte of one unknown parameter's value: logged, ignored. */
	memcpy(args, "junk=", 5);
	memset(args + 5, 'x', n);
	args[n + 5] = '\0';
	assert_int_equal(kshim_load("paramstr", args), 0);
	assert_log_contains(4, "paramstr: unknown parameter 'junk' ignored");
	assert_int_equal(kshim_unload("paramstr"), 0);
	free(args);
}

static void parameter_of_a_module_not_loaded(void **state)
{
	char buf[16];

	/* No module, no /sys/module/<name>/parameters. */
	assert_int_equal(kshim_param_read("paramstr", "greeting", buf, sizeof(buf)), -ENOENT);
	assert_int_equal(kshim_param_write("paramstr", "greeting", "x"), -ENOENT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(no_module_name),
		kshim_unit_test(no_such_module),
		kshim_unit_test(bad_parameter_strings),
		kshim_unit_test(very_long_parameter_string),
		kshim_unit_test(parameter_of_a_module_not_loaded),
	};

	return kshim_run_tests(tests);
}
