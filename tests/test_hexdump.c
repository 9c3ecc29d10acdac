// SPDX-License-Identifier: GPL-2.0-only
/*
 * Hex helpers and hex dumps (kshim/kernel/hexdump.c) against 6.1's
 * lib/hexdump.c: line layout, groups, the ASCII column, overflow returns,
 * and print_hex_dump()'s log lines.
 */
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/string.h>
#include <linux/types.h>

#include <kshim/cmocka.h>

/* A, B, C, NUL, 0x01, DEL, 0x80, space: only A, B, C and space print. */
static const u8 sample[8] = { 0x41, 0x42, 0x43, 0x00, 0x01, 0x7f, 0x80, 0x20 };

static void hex_digits(void **state)
{
	u8 out[2] = { 0, 0 };
	char hex[8];

	assert_int_equal(hex_to_bin('0'), 0);
	assert_int_equal(hex_to_bin('9'), 9);
	assert_int_equal(hex_to_bin('a'), 10);
	assert_int_equal(hex_to_bin('F'), 15);
	assert_int_equal(hex_to_bin('g'), -1);
	assert_int_equal(hex_to_bin(' '), -1);
	assert_int_equal(hex_to_bin(0xc1), -1);

	assert_int_equal(hex2bin(out, "0aFf", 2), 0);
	assert_int_equal(out[0], 0x0a);
	assert_int_equal(out[1], 0xff);
	assert_int_equal(hex2bin(out, "0g", 1), -EINVAL);
	assert_int_equal(hex2bin(out, "x0", 1), -EINVAL);

	memset(hex, 0, sizeof(hex));
	assert_ptr_equal(bin2hex(hex, "\xde\xad\x01", 3), hex + 6);
	assert_string_equal(hex, "dead01");
	assert_int_equal(hex_asc[10], 'a');
	assert_int_equal(hex_asc_upper[15], 'F');
}

static void one_line_bytes(void **state)
{
	char line[200];
	int n;

	/* 23 hex characters, spaces to the ASCII column 16 * 2 + 16 + 1 = 49. */
	n = hex_dump_to_buffer(sample, 8, 16, 1, line, sizeof(line), true);
	assert_string_equal(line,
		"41 42 43 00 01 7f 80 20                          ABC.... ");
	assert_int_equal(n, 49 + 8);
	n = hex_dump_to_buffer(sample, 8, 16, 1, line, sizeof(line), false);
	assert_string_equal(line, "41 42 43 00 01 7f 80 20");
	assert_int_equal(n, 23);
	/* No more than one row; any row size but 32 is 16. */
	n = hex_dump_to_buffer("0123456789abcdefXYZ", 19, 20, 1, line,
			       sizeof(line), false);
	assert_int_equal(n, 16 * 3 - 1);
	n = hex_dump_to_buffer("0123456789abcdefXYZ", 19, 32, 1, line,
			       sizeof(line), true);
	assert_int_equal(n, 32 * 2 + 32 + 1 + 19);
	assert_string_equal(line + 32 * 2 + 32 + 1, "0123456789abcdefXYZ");
	n = hex_dump_to_buffer(sample, 0, 16, 1, line, sizeof(line), true);
	assert_int_equal(n, 0);
	assert_string_equal(line, "");
}

static void groups(void **state)
{
	char line[200];

	/* Groups are native-endian numbers: x86 is little-endian. */
	assert_int_equal(hex_dump_to_buffer(sample, 8, 16, 2, line, sizeof(line),
					    false), 19);
	assert_string_equal(line, "4241 0043 7f01 2080");
	assert_int_equal(hex_dump_to_buffer(sample, 8, 16, 4, line, sizeof(line),
					    false), 17);
	assert_string_equal(line, "00434241 20807f01");
	assert_int_equal(hex_dump_to_buffer(sample, 8, 16, 8, line, sizeof(line),
					    false), 16);
	assert_string_equal(line, "20807f0100434241");
	/* ASCII column for groups of 4: 16 * 2 + 16 / 4 + 1 = 37. */
	assert_int_equal(hex_dump_to_buffer(sample, 8, 16, 4, line, sizeof(line),
					    true), 37 + 8);
	assert_string_equal(line,
		"00434241 20807f01                    ABC.... ");
	/* A group size that does not divide the length, or is no power of 2: 1. */
	hex_dump_to_buffer(sample, 6, 16, 4, line, sizeof(line), false);
	assert_string_equal(line, "41 42 43 00 01 7f");
	hex_dump_to_buffer(sample, 6, 16, 3, line, sizeof(line), false);
	assert_string_equal(line, "41 42 43 00 01 7f");
}

static void overflow(void **state)
{
	char line[16];

	/* Too short: as much as fits, and the length the line would need. */
	memset(line, 'X', sizeof(line));
	assert_int_equal(hex_dump_to_buffer(sample, 8, 16, 1, line, 10, false), 23);
	assert_string_equal(line, "41 42 43 ");
	assert_int_equal(hex_dump_to_buffer(sample, 8, 16, 1, line, 10, true), 57);
	assert_int_equal(hex_dump_to_buffer(sample, 8, 16, 4, line, 10, false), 17);
	/* The failed snprintf() still wrote what fitted: a blank. */
	assert_string_equal(line, "00434241 ");
	/* Zero length buffer: nothing written. */
	memset(line, 'X', sizeof(line));
	assert_int_equal(hex_dump_to_buffer(sample, 8, 16, 1, line, 0, false), 23);
	assert_int_equal(line[0], 'X');
}

static void print_hex_dump_lines(void **state)
{
	u8 data[20];
	const struct kshim_log_record *r;
	char expect[128];
	int i;

	for (i = 0; i < 20; i++)
		data[i] = i + 0x3e;
	print_hex_dump(KERN_INFO, "pfx: ", DUMP_PREFIX_OFFSET, 16, 1, data, 20, true);
	r = kshim_log_find("pfx: 00000000: 3e 3f 40 41 42 43 44 45 46 47 48 49 4a 4b 4c 4d"
		 "  >?@ABCDEFGHIJKLM");
	assert_non_null(r);
	assert_int_equal(r->level, 6);
	r = kshim_log_find("pfx: 00000010: 4e 4f 50 51"
		 "                                      NOPQ");
	assert_non_null(r);
	assert_int_equal(kshim_log_count(), 2);

	kshim_log_clear();
	print_hex_dump(KERN_ERR, "", DUMP_PREFIX_NONE, 32, 4, data, 20, false);
	r = kshim_log_find("41403f3e 45444342 49484746 4d4c4b4a 51504f4e");
	assert_non_null(r);
	assert_int_equal(r->level, 3);

	/* The address prefix is %p: hashed, as the kernel prints it. */
	kshim_log_clear();
	print_hex_dump(KERN_WARNING, "a ", DUMP_PREFIX_ADDRESS, 16, 1, data, 4, false);
	snprintf(expect, sizeof(expect), "a %p: 3e 3f 40 41", data);
	assert_non_null(kshim_log_find(expect));

	/* print_hex_dump_bytes(): KERN_DEBUG, 16 a row, bytes, ASCII. */
	kshim_log_clear();
	print_hex_dump_bytes("b:", DUMP_PREFIX_NONE, data, 2);
	r = kshim_log_find("b:3e 3f" "                                            >?");
	assert_non_null(r);
	assert_int_equal(r->level, 7);

	/* Nothing to dump: no line. */
	kshim_log_clear();
	print_hex_dump(KERN_INFO, "x", DUMP_PREFIX_NONE, 16, 1, data, 0, true);
	assert_int_equal(kshim_log_count(), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(hex_digits),
		kshim_unit_test(one_line_bytes),
		kshim_unit_test(groups),
		kshim_unit_test(overflow),
		kshim_unit_test(print_hex_dump_lines),
	};

	return kshim_run_tests(tests);
}
