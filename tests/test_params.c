// SPDX-License-Identifier: GPL-2.0-only
/*
 * Module parameters of a loadable module, by 6.1's rules: kernel/params.c
 * (parse_args(), the param_ops_*), lib/cmdline.c (next_arg(): quoting),
 * lib/kstrtox.c (numbers, kstrtobool()) and kernel/module/main.c
 * (load_module(): a bad parameter fails the load, an unknown one is warned
 * about). Every message below is the kernel's text.
 */
#include <errno.h>
#include <string.h>

#include <kshim/cmocka.h>

/* The sysfs text of paramtest's (or paramstr's) parameter @param. */
static const char *rd(const char *module, const char *param)
{
	static char buf[8192];
	int n = kshim_param_read(module, param, buf, sizeof(buf));

	if (n < 0)
		fail_msg("reading %s/%s: %d", module, param, n);
	return buf;
}

#define assert_param(param, text) \
	assert_string_equal(rd("paramtest", param), text)
#define assert_str_param(param, text) \
	assert_string_equal(rd("paramstr", param), text)

static void assert_record(int level, const char *text)
{
	const struct kshim_log_record *r = kshim_log_find(text);

	if (!r) {
		kshim_log_dump(2);
		fail_msg("no log record \"%s\"", text);
	}
	assert_int_equal(r->level, level);
}

static void defaults(void **state)
{
	assert_int_equal(kshim_load("paramtest", NULL), 0);
	assert_record(6, "paramtest: count=1 label=none secret=42 limit=10 quiet=0 nvalues=0");
	assert_param("count", "1\n");
	assert_param("small", "7\n");
	assert_param("sval", "-2\n");
	assert_param("usval", "2\n");
	assert_param("uval", "3\n");
	assert_param("lval", "-4\n");
	assert_param("ulval", "5\n");
	assert_param("ullval", "6\n");
	/* "%#08x": the 0x counts in the width. */
	assert_param("mask", "0x000010\n");
	assert_param("label", "none\n");
	assert_param("verbose", "N\n");
	/* invbool reads back inverted: false reads "Y". */
	assert_param("quiet", "Y\n");
	assert_param("locked", "N\n");
	assert_param("legacy", "0\n");
	/* No element given: an empty file, not even a newline. */
	assert_param("values", "");
	/* Without a count, every element is shown; a NULL charp as "(null)". */
	assert_param("names", "(null),(null),(null)\n");
	assert_param("limit", "10\n");
	assert_param("devname", "dev0\n");
	assert_param("level", "2\n");
	/* Nothing allocated for compiled-in values. */
	assert_int_equal(kshim_alloc_live(), 0);
}

static void every_type_set(void **state)
{
	assert_int_equal(kshim_load("paramtest",
		"count=-3 small=255 sval=-32768 usval=65535 uval=4294967295 "
		"lval=-9223372036854775808 ulval=18446744073709551615 "
		"ullval=18446744073709551615 mask=0xabc label=xyz verbose "
		"quiet=0 locked=y legacy=1 values=1,-2,3 names=a,b limit=7 "
		"devname=eth1 level=5 secret=99"), 0);
	assert_record(6, "paramtest: count=-3 label=xyz secret=99 limit=7 quiet=1 nvalues=3");
	assert_param("count", "-3\n");
	assert_param("small", "255\n");
	assert_param("sval", "-32768\n");
	assert_param("usval", "65535\n");
	assert_param("uval", "4294967295\n");
	assert_param("lval", "-9223372036854775808\n");
	assert_param("ulval", "18446744073709551615\n");
	assert_param("ullval", "18446744073709551615\n");
	assert_param("mask", "0x000abc\n");
	assert_param("label", "xyz\n");
	assert_param("verbose", "Y\n");
	assert_param("quiet", "N\n");
	assert_param("locked", "Y\n");
	assert_param("legacy", "1\n");
	assert_param("values", "1,-2,3\n");
	assert_param("names", "a,b,(null)\n");
	assert_param("limit", "7\n");
	assert_param("devname", "eth1\n");
	assert_param("level", "5\n");
	assert_log_lacks(KSHIM_LOG_ANY, "unknown parameter");
}

/* Base 0: "0x" is hex, a leading 0 octal (kstrtoint(val, 0, ...)). */
static void number_bases(void **state)
{
	assert_int_equal(kshim_load("paramtest", "count=0x10 uval=010 mask=0x12345678 limit=+5"), 0);
	assert_param("count", "16\n");
	assert_param("uval", "8\n");
	assert_param("mask", "0x12345678\n");
	assert_param("limit", "5\n");
}

static void bad_value_fails_the_load(void **state)
{
	const struct kshim_log_record *r;

	assert_int_equal(kshim_load("paramtest", "count=abc"), -EINVAL);
	assert_record(3, "paramtest: `abc' invalid for parameter `count'");
	/* Printed by the kernel's parse_args(), not by the module. */
	r = kshim_log_find("paramtest: `abc' invalid for parameter `count'");
	assert_null(r->module);
	assert_false(kshim_module_loaded("paramtest"));
	/* Init never ran. */
	assert_log_lacks(KSHIM_LOG_ANY, "paramtest: count=");
	assert_int_equal(kshim_param_read("paramtest", "count", (char[8]){0}, 8), -ENOENT);
}

/* kstrtox's -ERANGE is what insmod gets, with parse_args()' "invalid" text. */
static void overflow_is_erange(void **state)
{
	assert_int_equal(kshim_load("paramtest", "count=2147483648"), -ERANGE);
	assert_record(3, "paramtest: `2147483648' invalid for parameter `count'");
	assert_int_equal(kshim_load("paramtest", "small=256"), -ERANGE);
	assert_record(3, "paramtest: `256' invalid for parameter `small'");
	assert_int_equal(kshim_load("paramtest", "sval=-32769"), -ERANGE);
	assert_int_equal(kshim_load("paramtest", "ullval=18446744073709551616"), -ERANGE);
	/* No sign for the unsigned types: that is -EINVAL. */
	assert_int_equal(kshim_load("paramtest", "uval=-1"), -EINVAL);
	assert_record(3, "paramtest: `-1' invalid for parameter `uval'");
	assert_false(kshim_module_loaded("paramtest"));
}

/* parse_args() goes on after an error; the last one is the result. */
static void parsing_goes_on_after_an_error(void **state)
{
	assert_int_equal(kshim_load("paramtest", "count=abc small=300 label=x"), -ERANGE);
	assert_record(3, "paramtest: `abc' invalid for parameter `count'");
	assert_record(3, "paramtest: `300' invalid for parameter `small'");
	/* label was set (allocated), and freed with the failed load. */
	assert_int_equal(kshim_alloc_live(), 0);
}

static void unknown_parameter_is_ignored(void **state)
{
	assert_int_equal(kshim_load("paramtest", "nosuch=1 count=2"), 0);
	assert_record(4, "paramtest: unknown parameter 'nosuch' ignored");
	assert_param("count", "2\n");
	/* The name of a renamed parameter is the only one. */
	assert_int_equal(kshim_unload("paramtest"), 0);
	assert_int_equal(kshim_load("paramtest", "internal_limit=3"), 0);
	assert_record(4, "paramtest: unknown parameter 'internal_limit' ignored");
	assert_param("limit", "10\n");
}

/*
 * 6.1 with dynamic debug: "dyndbg" and "async_probe" are the loader's own,
 * and the dyndbg check cuts an unknown name at its dot before it is printed.
 */
static void loader_parameters(void **state)
{
	assert_int_equal(kshim_load("paramtest", "dyndbg=+p async_probe paramtest.dyndbg"), 0);
	assert_log_lacks(KSHIM_LOG_ANY, "unknown parameter");
	assert_int_equal(kshim_unload("paramtest"), 0);
	assert_int_equal(kshim_load("paramtest", "foo.bar=1"), 0);
	assert_record(4, "paramtest: unknown parameter 'foo' ignored");
}

static void no_value_for_non_bool(void **state)
{
	assert_int_equal(kshim_load("paramtest", "count"), -EINVAL);
	assert_record(3, "paramtest: `' invalid for parameter `count'");
	/* invbool takes no bare name either. */
	assert_int_equal(kshim_load("paramtest", "quiet"), -EINVAL);
	assert_record(3, "paramtest: `' invalid for parameter `quiet'");
	/* "name=" is an empty value, not none: an empty string is no number. */
	assert_int_equal(kshim_load("paramtest", "count="), -EINVAL);
	assert_int_equal(kshim_log_matches(3, "paramtest: `' invalid for parameter `count'"), 2);
}

static void dash_and_underscore(void **state)
{
	assert_int_equal(kshim_load("paramtest", "under-score=5"), 0);
	assert_param("under_score", "5\n");
	assert_param("under-score", "5\n");
	assert_log_lacks(KSHIM_LOG_ANY, "unknown parameter");
}

static void load_bool(const char *val, const char *expect)
{
	char args[64];

	kshim_log_clear();
	strcpy(args, "verbose=");
	strcat(args, val);
	assert_int_equal(kshim_load("paramtest", args), 0);
	assert_param("verbose", expect);
	assert_int_equal(kshim_unload("paramtest"), 0);
}

/* kstrtobool(): by the first letter, and "on"/"of". */
static void bool_values(void **state)
{
	static const char *const yes[] = { "y", "Y", "1", "t", "T", "on", "ON", "yes", "true" };
	static const char *const no[] = { "n", "N", "0", "f", "F", "off", "OF", "no", "false" };
	size_t i;

	for (i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		load_bool(yes[i], "Y\n");
	for (i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		load_bool(no[i], "N\n");
	/* A bare name sets it. */
	assert_int_equal(kshim_load("paramtest", "verbose"), 0);
	assert_param("verbose", "Y\n");
	assert_int_equal(kshim_unload("paramtest"), 0);
	assert_int_equal(kshim_load("paramtest", "verbose=maybe"), -EINVAL);
	assert_record(3, "paramtest: `maybe' invalid for parameter `verbose'");
	assert_int_equal(kshim_load("paramtest", "verbose=o"), -EINVAL);
	assert_int_equal(kshim_load("paramtest", "verbose="), -EINVAL);
	assert_record(3, "paramtest: `' invalid for parameter `verbose'");
}

static void bint_and_invbool(void **state)
{
	assert_int_equal(kshim_load("paramtest", "legacy quiet=y"), 0);
	assert_param("legacy", "1\n");
	/* The variable is inverted; the file shows what was written. */
	assert_record(6, "paramtest: count=1 label=none secret=42 limit=10 quiet=0 nvalues=0");
	assert_param("quiet", "Y\n");
	assert_int_equal(kshim_unload("paramtest"), 0);
	/* bint is a bool stored in an int: 5 is no bool. */
	assert_int_equal(kshim_load("paramtest", "legacy=5"), -EINVAL);
	assert_record(3, "paramtest: `5' invalid for parameter `legacy'");
}

static void bool_enable_only(void **state)
{
	assert_int_equal(kshim_load("paramtest", NULL), 0);
	/* Clearing what is clear is fine. */
	assert_int_equal(kshim_param_write("paramtest", "locked", "0"), 0);
	assert_param("locked", "N\n");
	assert_int_equal(kshim_param_write("paramtest", "locked", "1"), 0);
	assert_param("locked", "Y\n");
	/* Once set, it stays set. */
	assert_int_equal(kshim_param_write("paramtest", "locked", "0"), -EROFS);
	assert_param("locked", "Y\n");
	assert_int_equal(kshim_unload("paramtest"), 0);
	assert_int_equal(kshim_load("paramtest", "locked=1 locked=0"), -EROFS);
	assert_record(3, "paramtest: `0' invalid for parameter `locked'");
}

static void arrays(void **state)
{
	assert_int_equal(kshim_load("paramtest", "values=4,3,2,1"), 0);
	assert_param("values", "4,3,2,1\n");
	assert_record(6, "paramtest: count=1 label=none secret=42 limit=10 quiet=0 nvalues=4");
	/* A write sets the count anew. */
	assert_int_equal(kshim_param_write("paramtest", "values", "9"), 0);
	assert_param("values", "9\n");
	assert_int_equal(kshim_param_write("paramtest", "values", "1,2\n"), 0);
	assert_param("values", "1,2\n");
}

static void array_too_many(void **state)
{
	assert_int_equal(kshim_load("paramtest", "values=1,2,3,4,5"), -EINVAL);
	assert_record(3, "values: can only take 4 arguments");
	/* The commas were cut: parse_args() shows the first element only. */
	assert_record(3, "paramtest: `1' invalid for parameter `values'");
}

static void array_bad_element(void **state)
{
	assert_int_equal(kshim_load("paramtest", "values=1,x,3"), -EINVAL);
	assert_record(3, "paramtest: `1' invalid for parameter `values'");
	/* An empty element is no number either. */
	assert_int_equal(kshim_load("paramtest", "values=1,,3"), -EINVAL);
	assert_int_equal(kshim_load("paramtest", "values=2,"), -EINVAL);
	assert_false(kshim_module_loaded("paramtest"));
}

static void charp_array_allocates_each(void **state)
{
	assert_int_equal(kshim_load("paramtest", "names=one,two,three"), 0);
	assert_param("names", "one,two,three\n");
	assert_int_equal(kshim_alloc_live(), 3);
	assert_int_equal(kshim_unload("paramtest"), 0);
	assert_int_equal(kshim_alloc_live(), 0);
	assert_int_equal(kshim_load("paramtest", "names=a,b,c,d"), -EINVAL);
	assert_record(3, "names: can only take 3 arguments");
	assert_int_equal(kshim_alloc_live(), 0);
}

static void string_buffer(void **state)
{
	/* 8 bytes: 7 characters and the NUL. */
	assert_int_equal(kshim_load("paramtest", "devname=abcdefg"), 0);
	assert_param("devname", "abcdefg\n");
	assert_int_equal(kshim_param_write("paramtest", "devname", "abcdefgh"), -ENOSPC);
	assert_record(3, "devname: string doesn't fit in 7 chars.");
	assert_param("devname", "abcdefg\n");
	assert_int_equal(kshim_unload("paramtest"), 0);
	assert_int_equal(kshim_load("paramtest", "devname=abcdefgh"), -ENOSPC);
	assert_record(3, "paramtest: `abcdefgh' too large for parameter `devname'");
	/* Nothing is allocated for a string buffer. */
	assert_int_equal(kshim_alloc_total(), 0);
}

static void charp_too_long(void **state)
{
	static char args[1100];

	strcpy(args, "label=");
	memset(args + 6, 'x', 1025);
	assert_int_equal(kshim_load("paramtest", args), -ENOSPC);
	assert_record(3, "label: string parameter too long");
	/* (parse_args()' own line quotes all 1025 characters: not checked.) */
	/* 1024 characters fit. */
	args[6 + 1024] = '\0';
	assert_int_equal(kshim_load("paramtest", args), 0);
	assert_int_equal(strlen(rd("paramtest", "label")), 1025);
}

static void charp_is_allocated_and_freed(void **state)
{
	assert_int_equal(kshim_load("paramtest", "label=abc"), 0);
	assert_int_equal(kshim_alloc_live(), 1);
	assert_int_equal(kshim_unload("paramtest"), 0);
	assert_int_equal(kshim_alloc_live(), 0);
	/* Set twice: the first copy is freed. */
	assert_int_equal(kshim_load("paramtest", "label=a label=b"), 0);
	assert_param("label", "b\n");
	assert_int_equal(kshim_alloc_live(), 1);
	/* A write replaces it too, newline included, as sysfs hands it. */
	assert_int_equal(kshim_param_write("paramtest", "label", "c\n"), 0);
	assert_param("label", "c\n\n");
	assert_int_equal(kshim_alloc_live(), 1);
	assert_int_equal(kshim_unload("paramtest"), 0);
	assert_int_equal(kshim_alloc_live(), 0);
}

static void charp_allocation_can_fail(void **state)
{
	kshim_fail_nth(1);
	assert_int_equal(kshim_load("paramtest", "label=abc"), -ENOMEM);
	assert_record(3, "paramtest: `abc' invalid for parameter `label'");
	assert_int_equal(kshim_alloc_live(), 0);
}

/* A module loaded again starts from its compiled-in values. */
static void reload_starts_fresh(void **state)
{
	assert_int_equal(kshim_load("paramtest", "count=5 label=x values=1,2 devname=z"), 0);
	assert_int_equal(kshim_param_write("paramtest", "mask", "0x1"), 0);
	assert_int_equal(kshim_unload("paramtest"), 0);
	assert_record(6, "paramtest: exit count=5");
	assert_int_equal(kshim_load("paramtest", NULL), 0);
	assert_param("count", "1\n");
	assert_param("label", "none\n");
	assert_param("values", "");
	assert_param("devname", "dev0\n");
	assert_param("mask", "0x000010\n");
}

static void after_dashes(void **state)
{
	assert_int_equal(kshim_load("paramtest", "count=2 -- label=x count=3"), 0);
	assert_record(4, "paramtest: parameters 'label=x count=3' after `--' ignored");
	assert_param("count", "2\n");
	assert_param("label", "none\n");
	assert_int_equal(kshim_unload("paramtest"), 0);
	/* An error before "--" wins: no warning then. */
	kshim_log_clear();
	assert_int_equal(kshim_load("paramtest", "count=x -- y"), -EINVAL);
	assert_log_lacks(KSHIM_LOG_ANY, "after `--'");
}

/* For a module, levels do not matter. */
static void leveled_parameter(void **state)
{
	assert_int_equal(kshim_load("paramtest", "dlevel=x"), -EINVAL);
	assert_record(3, "paramtest: `x' invalid for parameter `dlevel'");
	assert_int_equal(kshim_load("paramtest", "dlevel=3"), 0);
	assert_param("dlevel", "3\n");
}

static void whitespace(void **state)
{
	assert_int_equal(kshim_load("paramtest", "  count=4\tuval=9\n  limit=2  "), 0);
	assert_param("count", "4\n");
	assert_param("uval", "9\n");
	assert_param("limit", "2\n");
}

static void own_ops(void **state)
{
	assert_int_equal(kshim_load("paramtest", "level=9"), -EINVAL);
	assert_record(3, "paramtest: `9' invalid for parameter `level'");
	assert_int_equal(kshim_load("paramtest", "level=4"), 0);
	assert_param("level", "4\n");
	assert_int_equal(kshim_param_write("paramtest", "level", "0"), -EINVAL);
	assert_param("level", "4\n");
}

static void unsafe_parameter(void **state)
{
	assert_int_equal(kshim_load("paramtest", "danger=1"), 0);
	assert_record(5, "Setting dangerous option danger - tainting kernel");
	kshim_log_clear();
	/* Through sysfs too. */
	assert_int_equal(kshim_param_write("paramtest", "danger", "2"), 0);
	assert_record(5, "Setting dangerous option danger - tainting kernel");
	assert_param("danger", "2\n");
}

static void sysfs_files(void **state)
{
	char buf[16];

	/* No module loaded: no directory. */
	assert_int_equal(kshim_param_read("paramtest", "count", buf, sizeof(buf)), -ENOENT);
	assert_int_equal(kshim_load("paramtest", NULL), 0);
	assert_int_equal(kshim_param_write("paramtest", "count", "7"), 0);
	assert_param("count", "7\n");
	assert_int_equal(kshim_param_write("paramtest", "count", "abc"), -EINVAL);
	assert_param("count", "7\n");
	assert_int_equal(kshim_param_write("paramtest", "nosuch", "1"), -ENOENT);
	/* Read-only. */
	assert_int_equal(kshim_param_write("paramtest", "small", "1"), -EACCES);
	/* The read is the text's length. */
	assert_int_equal(kshim_param_read("paramtest", "count", buf, sizeof(buf)), 2);
	assert_int_equal(kshim_unload("paramtest"), 0);
	assert_int_equal(kshim_param_read("paramtest", "count", buf, sizeof(buf)), -ENOENT);
	assert_int_equal(kshim_param_write("paramtest", "count", "1"), -ENOENT);
}

static void modinfo(void **state)
{
	const char *v;
	unsigned int i;
	int desc = 0, type = 0, arr = 0, str = 0;

	for (i = 0; (v = kshim_modinfo("paramtest", "parm", i)); i++)
		desc += !strcmp(v, "count:How many") + !strcmp(v, "label:A name");
	for (i = 0; (v = kshim_modinfo("paramtest", "parmtype", i)); i++) {
		type += !strcmp(v, "count:int") + !strcmp(v, "verbose:bool");
		arr += !strcmp(v, "values:array of int");
		str += !strcmp(v, "devname:string");
	}
	assert_int_equal(desc, 2);
	assert_int_equal(type, 2);
	assert_int_equal(arr, 1);
	assert_int_equal(str, 1);
}

/* ---- paramstr: quoting (lib/cmdline.c next_arg()) ---- */

static void str_defaults(void **state)
{
	assert_int_equal(kshim_load("paramstr", NULL), 0);
	assert_record(6, "paramstr: greeting=[hello] tag=[abc]");
	assert_str_param("greeting", "hello\n");
	assert_str_param("empty", "(null)\n");
	assert_str_param("tag", "abc\n");
}

static void quoted_value(void **state)
{
	assert_int_equal(kshim_load("paramstr", "greeting=\"hello world\" tag=\"a b c\""), 0);
	assert_record(6, "paramstr: greeting=[hello world] tag=[a b c]");
	assert_str_param("greeting", "hello world\n");
}

static void quoted_word(void **state)
{
	assert_int_equal(kshim_load("paramstr", "\"greeting=hi there\" tag=x"), 0);
	assert_record(6, "paramstr: greeting=[hi there] tag=[x]");
}

static void quote_inside(void **state)
{
	/* Only an opening quote of the value goes; "=" in it is fine. */
	assert_int_equal(kshim_load("paramstr", "greeting=\"a=b\" tag=x\"y\""), 0);
	assert_record(6, "paramstr: greeting=[a=b] tag=[x\"y\"]");
}

static void unclosed_quote(void **state)
{
	/* The quote runs to the end: the rest is the value. */
	assert_int_equal(kshim_load("paramstr", "greeting=\"abc tag=zz"), 0);
	assert_record(6, "paramstr: greeting=[abc tag=zz] tag=[abc]");
	assert_log_lacks(KSHIM_LOG_ANY, "unknown parameter");
}

static void empty_value(void **state)
{
	assert_int_equal(kshim_load("paramstr", "greeting= empty=\"\""), 0);
	assert_str_param("greeting", "\n");
	assert_str_param("empty", "\n");
	assert_int_equal(kshim_alloc_live(), 2);
}

static void charp_without_value(void **state)
{
	assert_int_equal(kshim_load("paramstr", "greeting"), -EINVAL);
	assert_record(3, "paramstr: `' invalid for parameter `greeting'");
}

static void string_too_long_quoted(void **state)
{
	assert_int_equal(kshim_load("paramstr", "tag=\"a b c d e\""), -ENOSPC);
	assert_record(3, "tag: string doesn't fit in 7 chars.");
	assert_record(3, "paramstr: `a b c d e' too large for parameter `tag'");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(defaults),
		kshim_unit_test(every_type_set),
		kshim_unit_test(number_bases),
		kshim_unit_test(bad_value_fails_the_load),
		kshim_unit_test(overflow_is_erange),
		kshim_unit_test(parsing_goes_on_after_an_error),
		kshim_unit_test(unknown_parameter_is_ignored),
		kshim_unit_test(loader_parameters),
		kshim_unit_test(no_value_for_non_bool),
		kshim_unit_test(dash_and_underscore),
		kshim_unit_test(bool_values),
		kshim_unit_test(bint_and_invbool),
		kshim_unit_test(bool_enable_only),
		kshim_unit_test(arrays),
		kshim_unit_test(array_too_many),
		kshim_unit_test(array_bad_element),
		kshim_unit_test(charp_array_allocates_each),
		kshim_unit_test(string_buffer),
		kshim_unit_test(charp_too_long),
		kshim_unit_test(charp_is_allocated_and_freed),
		kshim_unit_test(charp_allocation_can_fail),
		kshim_unit_test(reload_starts_fresh),
		kshim_unit_test(after_dashes),
		kshim_unit_test(leveled_parameter),
		kshim_unit_test(whitespace),
		kshim_unit_test(own_ops),
		kshim_unit_test(unsafe_parameter),
		kshim_unit_test(sysfs_files),
		kshim_unit_test(modinfo),
		kshim_unit_test(str_defaults),
		kshim_unit_test(quoted_value),
		kshim_unit_test(quoted_word),
		kshim_unit_test(quote_inside),
		kshim_unit_test(unclosed_quote),
		kshim_unit_test(empty_value),
		kshim_unit_test(charp_without_value),
		kshim_unit_test(string_too_long_quoted),
	};

	return kshim_run_tests(tests);
}
