// SPDX-License-Identifier: GPL-2.0-only
/* The kernel log: levels, modules, continuation lines, the console echo. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <kshim/cmocka.h>

static void levels_and_module(void **state)
{
	static const char *const texts[] = {
		"printktest: emerg", "printktest: alert", "printktest: crit",
		"printktest: err", "printktest: warn", "printktest: notice",
		"printktest: info",
	};
	const struct kshim_log_record *r;
	int level;

	assert_int_equal(kshim_load("printktest", NULL), 0);
	for (level = 0; level < 7; level++) {
		r = kshim_log_find(texts[level]);
		assert_non_null(r);
		assert_int_equal(r->level, level);
		assert_string_equal(r->module, "printktest");
	}
	/* printk() without a level: the default message loglevel, 4. */
	r = kshim_log_find("default level");
	assert_non_null(r);
	assert_int_equal(r->level, 4);
	/* A raw printk has no pr_fmt prefix. */
	assert_non_null(kshim_log_find("debug, printed"));
	assert_int_equal(kshim_log_find("debug, printed")->level, 7);
}

static void debug_compiled_out(void **state)
{
	assert_int_equal(kshim_load("printktest", NULL), 0);
	assert_log_lacks(KSHIM_LOG_ANY, "compiled out");
}

static void continuation(void **state)
{
	assert_int_equal(kshim_load("printktest", NULL), 0);
	assert_non_null(kshim_log_find("printktest: parts: one two"));
	assert_int_equal(kshim_log_find("printktest: parts: one two")->level, 6);
	/* Without KERN_CONT, an open record is closed by the next one. */
	assert_non_null(kshim_log_find("printktest: open record"));
	assert_non_null(kshim_log_find("printktest: next record"));
}

static void once(void **state)
{
	assert_int_equal(kshim_load("printktest", NULL), 0);
	assert_int_equal(kshim_log_matches(6, "printktest: once"), 1);
}

static void sequence_numbers(void **state)
{
	const struct kshim_log_record *r;
	size_t i;

	assert_int_equal(kshim_load("printktest", NULL), 0);
	assert_true(kshim_log_count() > 10);
	for (i = 1; (r = kshim_log_record(i)); i++)
		assert_true(r->seq > kshim_log_record(i - 1)->seq);
	kshim_log_clear();
	assert_int_equal(kshim_log_count(), 0);
	assert_null(kshim_log_record(0));
}

/* Run @fn with stderr going to a file; return what was written. */
static char *capture_stderr(void (*fn)(void))
{
	static char buf[16384];
	FILE *f = tmpfile();
	int saved = dup(STDERR_FILENO);
	size_t n;

	assert_non_null(f);
	fflush(stderr);
	dup2(fileno(f), STDERR_FILENO);
	fn();
	fflush(stderr);
	dup2(saved, STDERR_FILENO);
	close(saved);
	rewind(f);
	n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static void load_printktest(void)
{
	assert_int_equal(kshim_load("printktest", NULL), 0);
}

static void console_echo_filters_by_level(void **state)
{
	char *out;

	/* The kernel's default: levels below 7 reach the console. */
	kshim_console_loglevel(7);
	out = capture_stderr(load_printktest);
	assert_non_null(strstr(out, "] printktest: info\n"));
	assert_null(strstr(out, "debug, printed"));
	kshim_unload("printktest");

	kshim_console_loglevel(4);
	out = capture_stderr(load_printktest);
	assert_non_null(strstr(out, "] printktest: err\n"));
	assert_null(strstr(out, "printktest: warn"));
	assert_null(strstr(out, "printktest: info"));
	/* Filtered from the console, still in the log. */
	assert_log_contains(6, "printktest: info");
}

static void multiline_record(void **state)
{
	char *out;

	kshim_console_loglevel(8);
	out = capture_stderr(load_printktest);
	/* One record, two console lines, each with the timestamp. */
	assert_non_null(kshim_log_find("printktest: two\nlines"));
	assert_non_null(strstr(out, "] printktest: two\n["));
	assert_non_null(strstr(out, "] lines\n"));
}

static void dump_format(void **state)
{
	FILE *f = tmpfile();
	char line[256];
	int n = 0;

	assert_int_equal(kshim_load("printktest", NULL), 0);
	kshim_log_dump(fileno(f));
	rewind(f);
	while (fgets(line, sizeof(line), f)) {
		/* dmesg: "[    0.000012] text" */
		assert_int_equal(line[0], '[');
		assert_int_equal(line[13], ']');
		assert_int_equal(line[6], '.');
		n++;
	}
	fclose(f);
	/* Every record, one line each but for the two-line one. */
	assert_int_equal(n, (int)kshim_log_count() + 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		/*
		 * First: a module's static data (the once flag) is not
		 * re-initialised between loads in one test program.
		 */
		kshim_unit_test(once),
		kshim_unit_test(levels_and_module),
		kshim_unit_test(debug_compiled_out),
		kshim_unit_test(continuation),
		kshim_unit_test(sequence_numbers),
		kshim_unit_test(console_echo_filters_by_level),
		kshim_unit_test(multiline_record),
		kshim_unit_test(dump_format),
	};

	return kshim_run_tests(tests);
}
