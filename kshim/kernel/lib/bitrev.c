// SPDX-License-Identifier: GPL-2.0-only
/*
 * lib/bitrev.c's table: each byte with its bits reversed. Generated here
 * at compile time, two bits at a time: the top two bits of an index
 * become the bottom two of its entry, and so on inwards.
 */
#include <linux/bitrev.h>
#include <linux/export.h>
#include <linux/types.h>

#define R2(n)	(n), (n) + 2 * 64, (n) + 1 * 64, (n) + 3 * 64
#define R4(n)	R2(n), R2((n) + 2 * 16), R2((n) + 1 * 16), R2((n) + 3 * 16)
#define R6(n)	R4(n), R4((n) + 2 * 4), R4((n) + 1 * 4), R4((n) + 3 * 4)

const u8 byte_rev_table[256] = { R6(0), R6(2), R6(1), R6(3) };
EXPORT_SYMBOL_GPL(byte_rev_table);
