// SPDX-License-Identifier: GPL-2.0-only
/*
 * Hex conversions and hex dumps, after 6.1's lib/hexdump.c: the same line
 * layout, the same return values, the same log lines.
 */
#include <linux/ctype.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/string.h>
#include <linux/types.h>

const char hex_asc[] = "0123456789abcdef";
const char hex_asc_upper[] = "0123456789ABCDEF";

/* The value of hex digit @ch (either case), or -1. */
int hex_to_bin(unsigned char ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	ch = _tolower(ch);
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	return -1;
}

/* @count bytes from 2 * @count hex digits; -EINVAL at the first non-digit. */
int hex2bin(u8 *dst, const char *src, size_t count)
{
	while (count--) {
		int hi = hex_to_bin(*src++);
		int lo;

		if (hi < 0)
			return -EINVAL;
		lo = hex_to_bin(*src++);
		if (lo < 0)
			return -EINVAL;
		*dst++ = hi << 4 | lo;
	}
	return 0;
}

/* Lower-case hex of @count bytes, not NUL-terminated; returns the end. */
char *bin2hex(char *dst, const void *src, size_t count)
{
	const u8 *p = src;

	while (count--)
		dst = hex_byte_pack(dst, *p++);
	return dst;
}

/* One group of @size bytes as a native-endian number: x86 is little-endian. */
static u64 load_group(const u8 *p, int size)
{
	u64 v = 0;

	while (size--)
		v = v << 8 | p[size];
	return v;
}

/*
 * One line of hex (and ASCII) dump of at most @rowsize bytes into @linebuf.
 * Returns the line's length; when @linebuflen is too short, the length it
 * would have had (which counts the full ASCII column).
 */
int hex_dump_to_buffer(const void *buf, size_t len, int rowsize, int groupsize,
		       char *linebuf, size_t linebuflen, bool ascii)
{
	const u8 *ptr = buf;
	size_t lx = 0;
	int ngroups, ascii_column, j;

	if (rowsize != 16 && rowsize != 32)
		rowsize = 16;
	if (len > rowsize)
		len = rowsize;
	/* Groups of 1, 2, 4 or 8 bytes that divide the line evenly. */
	if (groupsize < 1 || groupsize > 8 || (groupsize & (groupsize - 1)))
		groupsize = 1;
	if (len % groupsize)
		groupsize = 1;
	ngroups = len / groupsize;
	ascii_column = rowsize * 2 + rowsize / groupsize + 1;

	if (!linebuflen)
		goto overflow;
	if (!len)
		goto done;

	if (groupsize > 1) {
		for (j = 0; j < ngroups; j++) {
			int n = snprintf(linebuf + lx, linebuflen - lx, "%s%0*llx",
					 j ? " " : "", 2 * groupsize,
					 load_group(ptr + j * groupsize, groupsize));

			if (n >= linebuflen - lx)
				goto overflow;
			lx += n;
		}
	} else {
		for (j = 0; j < len; j++) {
			/* Each character needs room for itself and the NUL. */
			if (linebuflen < lx + 2)
				goto truncated;
			linebuf[lx++] = hex_asc_hi(ptr[j]);
			if (linebuflen < lx + 2)
				goto truncated;
			linebuf[lx++] = hex_asc_lo(ptr[j]);
			if (linebuflen < lx + 2)
				goto truncated;
			linebuf[lx++] = ' ';
		}
		/* No blank after the last byte. */
		lx--;
	}
	if (!ascii)
		goto done;

	while (lx < ascii_column) {
		if (linebuflen < lx + 2)
			goto truncated;
		linebuf[lx++] = ' ';
	}
	for (j = 0; j < len; j++) {
		if (linebuflen < lx + 2)
			goto truncated;
		linebuf[lx++] = isascii(ptr[j]) && isprint(ptr[j]) ? ptr[j] : '.';
	}
done:
	linebuf[lx] = '\0';
	return lx;
truncated:
	linebuf[lx] = '\0';
overflow:
	return ascii ? ascii_column + len : (groupsize * 2 + 1) * ngroups - 1;
}

/*
 * Dump @len bytes to the log, @rowsize bytes a line, each line a printk at
 * @level: "<prefix_str><address or offset: >hex  ascii".
 */
void print_hex_dump(const char *level, const char *prefix_str, int prefix_type,
		    int rowsize, int groupsize, const void *buf, size_t len,
		    bool ascii)
{
	const u8 *ptr = buf;
	char linebuf[32 * 3 + 2 + 32 + 1];
	size_t i;

	if (rowsize != 16 && rowsize != 32)
		rowsize = 16;
	for (i = 0; i < len; i += rowsize) {
		size_t linelen = min_t(size_t, len - i, rowsize);

		hex_dump_to_buffer(ptr + i, linelen, rowsize, groupsize,
				   linebuf, sizeof(linebuf), ascii);
		switch (prefix_type) {
		case DUMP_PREFIX_ADDRESS:
			printk("%s%s%p: %s\n", level, prefix_str, ptr + i, linebuf);
			break;
		case DUMP_PREFIX_OFFSET:
			printk("%s%s%.8x: %s\n", level, prefix_str, (int)i, linebuf);
			break;
		default:
			printk("%s%s%s\n", level, prefix_str, linebuf);
			break;
		}
	}
}
