// SPDX-License-Identifier: GPL-2.0-only
/*
 * printk as a driver calls it: pr_fmt defined before the includes, DEBUG
 * turning pr_debug on, the levels, rate limiting, no_printk, hex dumps.
 */
#define DEBUG
#define pr_fmt(fmt) "tp: " fmt

#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/string.h>

#include <kshim/cmocka.h>

static const struct kshim_log_record *last(void)
{
	return kshim_log_record(kshim_log_count() - 1);
}

static void pr_fmt_prefixes_every_pr_call(void **state)
{
	pr_info("hello %d\n", 1);
	assert_string_equal(last()->text, "tp: hello 1");
	assert_int_equal(last()->level, 6);
	/* printk() itself takes no pr_fmt. */
	printk(KERN_NOTICE "raw\n");
	assert_string_equal(last()->text, "raw");
	assert_int_equal(last()->level, 5);
}

static void every_level(void **state)
{
	pr_emerg("0\n");
	pr_alert("1\n");
	pr_crit("2\n");
	pr_err("3\n");
	pr_warn("4\n");
	pr_notice("5\n");
	pr_info("6\n");
	pr_debug("7\n");
	assert_int_equal(kshim_log_count(), 8);
	for (int i = 0; i < 8; i++) {
		char text[16];

		snprintf(text, sizeof(text), "tp: %d", i);
		assert_string_equal(kshim_log_record(i)->text, text);
		assert_int_equal(kshim_log_record(i)->level, i);
	}
}

static void debug_is_on_with_DEBUG(void **state)
{
	pr_debug("visible\n");
	pr_devel("also\n");
	assert_log_contains(7, "tp: visible");
	assert_log_contains(7, "tp: also");
}

static void no_printk_prints_nothing(void **state)
{
	/* no_printk still checks its arguments, and returns 0. */
	assert_int_equal(no_printk("%d\n", 5), 0);
	assert_int_equal(kshim_log_count(), 0);
}

static void printk_returns_the_length(void **state)
{
	/*
	 * kernel/printk/printk.c, vprintk_store(): the stored text's length,
	 * without the level prefix and the trailing newline.
	 */
	assert_int_equal(printk(KERN_INFO "12345\n"), 5);
	assert_int_equal(printk("%s", "abc"), 3);
}

static void continuation_lines(void **state)
{
	pr_info("a");
	pr_cont("b");
	pr_cont("c\n");
	assert_int_equal(kshim_log_count(), 1);
	assert_string_equal(last()->text, "tp: abc");
	assert_int_equal(last()->level, 6);
}

/* One call site: one rate limit state. */
static void flood(int i)
{
	pr_warn_ratelimited("flood %d\n", i);
}

static void ratelimited_after_a_burst_of_ten(void **state)
{
	int i;

	for (i = 0; i < 15; i++)
		flood(i);
	/* lib/ratelimit.c: DEFAULT_RATELIMIT_BURST 10 per 5 s. */
	assert_int_equal(kshim_log_matches(4, "tp: flood"), 10);
	assert_log_lacks(4, "tp: flood 10");
	/* Still within the interval: suppressed. */
	kshim_jiffies_advance(5 * 250 - 1);
	flood(15);
	assert_log_lacks(4, "tp: flood 15");
	/* Past it, the next message reports what was dropped, by function. */
	kshim_jiffies_advance(2);
	flood(99);
	assert_log_contains(4, "flood: 6 callbacks suppressed");
	assert_log_contains(4, "tp: flood 99");
}

static void print_once(void **state)
{
	int i;

	for (i = 0; i < 3; i++)
		pr_info_once("only once\n");
	assert_int_equal(kshim_log_matches(6, "tp: only once"), 1);
}

static void hex_dump_bytes(void **state)
{
	static const u8 buf[20] = { 0x00, 0x01, 0x41, 0x42, [16] = 0xff };

	print_hex_dump(KERN_INFO, "dev: ", DUMP_PREFIX_OFFSET, 16, 1, buf,
		       sizeof(buf), true);
	assert_int_equal(kshim_log_count(), 2);
	assert_string_equal(kshim_log_record(0)->text,
			    "dev: 00000000: 00 01 41 42 00 00 00 00 00 00 00 00 00 00 00 00  ..AB............");
	assert_string_equal(kshim_log_record(1)->text,
			    "dev: 00000010: ff 00 00 00                                      ....");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(pr_fmt_prefixes_every_pr_call),
		kshim_unit_test(every_level),
		kshim_unit_test(debug_is_on_with_DEBUG),
		kshim_unit_test(no_printk_prints_nothing),
		kshim_unit_test(printk_returns_the_length),
		kshim_unit_test(continuation_lines),
		kshim_unit_test(ratelimited_after_a_burst_of_ten),
		kshim_unit_test(print_once),
		kshim_unit_test(hex_dump_bytes),
	};

	return kshim_run_tests(tests);
}
