// SPDX-License-Identifier: GPL-2.0-only
/*
 * The kernel's printf family, after 6.1's lib/vsprintf.c: the same
 * conversions, the same %p extensions (the ones kshim can honour), the same
 * quirks ("%#x" of 0 is "0x0", "%.0d" of 0 is "0", an unknown conversion
 * WARNs and ends the output) and the same return values.
 *
 * kernel.h binds the kernel's names to kshim_* symbols, so that the C
 * library's printf family is left alone.
 */
#include <linux/bug.h>
#include <linux/ctype.h>
#include <linux/err.h>
#include <linux/errname.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/limits.h>
#include <linux/printk.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/types.h>
#include <kshim/kapi.h>
#include "internal.h"

/* Set by the no_hash_pointers boot option: %p prints the raw address. */
bool no_hash_pointers;
/* 0: %pK hashes as %p does; 1 and 2: %pK prints zeros (kshim has no CAP_SYSLOG). */
int kptr_restrict;

/* Conversion flags, as number() takes them. */
#define SIGN	1	/* signed conversion */
#define LEFT	2	/* '-' */
#define PLUS	4	/* '+' */
#define SPACE	8	/* ' ' */
#define ZEROPAD	16	/* '0' */
#define SMALL	32	/* lower-case hex digits: 'a' ^ 'A' */
#define SPECIAL	64	/* '#': 0x before hex, 0 before octal */

/* What the kernel's bit-fields hold: wider widths are clamped (and warned). */
#define FIELD_WIDTH_MAX	((1 << 23) - 1)
#define PRECISION_MAX	((1 << 15) - 1)

/* Addresses below this are not pointers: "(efault)". x86_64's PAGE_SIZE. */
#define KSHIM_PAGE_SIZE	4096UL

struct spec {
	int flags;
	int base;
	int width;		/* -1: none given */
	int precision;		/* -1: none given */
};

/* Store @c if it fits; count it either way. */
static inline char *put(char *buf, char *end, char c)
{
	if (buf < end)
		*buf = c;
	return buf + 1;
}

static char *put_repeat(char *buf, char *end, char c, int n)
{
	while (n-- > 0)
		buf = put(buf, end, c);
	return buf;
}

static char *number(char *buf, char *end, unsigned long long num,
		    struct spec spec)
{
	char digits[3 * sizeof(num)];
	int width = spec.width;
	int precision = spec.precision;
	int lower = spec.flags & SMALL;
	bool prefix = (spec.flags & SPECIAL) && spec.base != 10;
	bool zero = num == 0;
	char sign = 0;
	int n = 0;

	if (spec.flags & LEFT)
		spec.flags &= ~ZEROPAD;
	if (spec.flags & SIGN) {
		if ((long long)num < 0) {
			sign = '-';
			num = -num;
		} else if (spec.flags & PLUS) {
			sign = '+';
		} else if (spec.flags & SPACE) {
			sign = ' ';
		}
		if (sign)
			width--;
	}
	/* The kernel prints "0x0" for %#x of 0, but "0" (no extra 0) for %#o. */
	if (prefix)
		width -= spec.base == 16 ? 2 : !zero;

	do {
		digits[n++] = hex_asc_upper[num % spec.base] | lower;
		num /= spec.base;
	} while (num);

	/* Unlike C, a zero precision still prints the digit of 0. */
	if (precision < n)
		precision = n;
	width -= precision;
	if (!(spec.flags & (ZEROPAD | LEFT))) {
		buf = put_repeat(buf, end, ' ', width);
		width = 0;
	}
	if (sign)
		buf = put(buf, end, sign);
	if (prefix) {
		if (spec.base == 16 || !zero)
			buf = put(buf, end, '0');
		if (spec.base == 16)
			buf = put(buf, end, 'X' | lower);
	}
	if (!(spec.flags & LEFT)) {
		buf = put_repeat(buf, end, spec.flags & ZEROPAD ? '0' : ' ', width);
		width = 0;
	}
	buf = put_repeat(buf, end, '0', precision - n);
	while (n)
		buf = put(buf, end, digits[--n]);
	return put_repeat(buf, end, ' ', width);
}

/* "0x" and 2 * @size zero-padded hex digits, as %pa prints. */
static char *special_hex_number(char *buf, char *end, unsigned long long num,
				int size)
{
	struct spec spec = {
		.flags = SPECIAL | SMALL | ZEROPAD,
		.base = 16,
		.width = 2 + 2 * size,
		.precision = -1,
	};

	return number(buf, end, num, spec);
}

/* At most @precision characters of @s, padded to the field width. */
static char *string_nocheck(char *buf, char *end, const char *s,
			    struct spec spec)
{
	int len = 0;

	while ((spec.precision < 0 || len < spec.precision) && s[len])
		len++;
	if (!(spec.flags & LEFT))
		buf = put_repeat(buf, end, ' ', spec.width - len);
	for (int i = 0; i < len; i++)
		buf = put(buf, end, s[i]);
	if (spec.flags & LEFT)
		buf = put_repeat(buf, end, ' ', spec.width - len);
	return buf;
}

/* Messages in place of a value are cut to the width of a pointer. */
static char *error_string(char *buf, char *end, const char *s,
			  struct spec spec)
{
	if (spec.precision == -1)
		spec.precision = 2 * sizeof(void *);
	return string_nocheck(buf, end, s, spec);
}

/* NULL and the first page, and error pointers, are not dereferenced. */
static bool bad_pointer(char **buf, char *end, const void *ptr,
			struct spec spec)
{
	const char *msg = NULL;

	if (!ptr)
		msg = "(null)";
	else if ((unsigned long)ptr < KSHIM_PAGE_SIZE || IS_ERR(ptr))
		msg = "(efault)";
	if (msg)
		*buf = error_string(*buf, end, msg, spec);
	return msg;
}

static char *string(char *buf, char *end, const char *s, struct spec spec)
{
	if (bad_pointer(&buf, end, s, spec))
		return buf;
	return string_nocheck(buf, end, s, spec);
}

/* The address itself: 16 zero-padded hex digits unless a width is given. */
static char *pointer_string(char *buf, char *end, const void *ptr,
			    struct spec spec)
{
	spec.base = 16;
	spec.flags |= SMALL;
	if (spec.width == -1) {
		spec.width = 2 * sizeof(ptr);
		spec.flags |= ZEROPAD;
	}
	return number(buf, end, (unsigned long)ptr, spec);
}

/*
 * 6.1 prints siphash(address, boot-time random key) cut to 32 bits. kshim has
 * no secret to keep, so its hash is a fixed mix of the address (splitmix64's
 * finalizer): stable from run to run, distinct for distinct addresses.
 */
static unsigned long hash_pointer(const void *ptr)
{
	u64 x = (unsigned long)ptr + 0x9e3779b97f4a7c15ULL;

	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
	x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
	x ^= x >> 31;
	return x & 0xffffffff;
}

static char *default_pointer(char *buf, char *end, const void *ptr,
			     struct spec spec)
{
	/* NULL and error pointers are not addresses: printed as they are. */
	if (no_hash_pointers || IS_ERR_OR_NULL(ptr))
		return pointer_string(buf, end, ptr, spec);
	return pointer_string(buf, end, (const void *)hash_pointer(ptr), spec);
}

static char *restricted_pointer(char *buf, char *end, const void *ptr,
				struct spec spec)
{
	if (kptr_restrict == 0)
		return default_pointer(buf, end, ptr, spec);
	return pointer_string(buf, end, NULL, spec);
}

static char *err_ptr(char *buf, char *end, const void *ptr, struct spec spec)
{
	int err = PTR_ERR(ptr);
	const char *name = errname(err);

	if (name)
		return string_nocheck(buf, end, name, spec);
	/* No name for this code: its decimal value. */
	spec.flags |= SIGN;
	spec.base = 10;
	return number(buf, end, err, spec);
}

/* %pS "name+0xoff/0xsize", %ps "name", %pB as %pS for a return address. */
static char *symbol_string(char *buf, char *end, const void *ptr,
			   struct spec spec, const char *fmt)
{
	unsigned long addr = (unsigned long)ptr;
	unsigned long offset, size;
	char name[128];
	char sym[192];
	bool backtrace = *fmt == 'B';

	/* A return address may be just past its function: look up addr - 1. */
	if (kshim_symbolize((const void *)(addr - backtrace), name, sizeof(name),
			    &offset, &size))
		snprintf(sym, sizeof(sym), "0x%lx", addr);
	else if (*fmt == 's')
		snprintf(sym, sizeof(sym), "%s", name);
	else
		snprintf(sym, sizeof(sym), "%s+%#lx/%#lx", name,
			 offset + backtrace, size);
	return string_nocheck(buf, end, sym, spec);
}

/* %*ph: up to 64 bytes; C ':', D '-', N no separator, default ' '. */
static char *hex_string(char *buf, char *end, const u8 *addr, struct spec spec,
			const char *fmt)
{
	char sep = ' ';
	int len = 1;

	if (spec.width == 0)
		return buf;
	if (bad_pointer(&buf, end, addr, spec))
		return buf;
	if (fmt[1] == 'C')
		sep = ':';
	else if (fmt[1] == 'D')
		sep = '-';
	else if (fmt[1] == 'N')
		sep = 0;
	if (spec.width > 0)
		len = spec.width < 64 ? spec.width : 64;
	for (int i = 0; i < len; i++) {
		buf = put(buf, end, hex_asc_hi(addr[i]));
		buf = put(buf, end, hex_asc_lo(addr[i]));
		if (sep && i != len - 1)
			buf = put(buf, end, sep);
	}
	return buf;
}

static bool bit_at(const unsigned long *map, int bit)
{
	return map[bit / BITS_PER_LONG] >> (bit % BITS_PER_LONG) & 1;
}

/*
 * %*pb: the first @width bits as comma-separated 32-bit hex chunks, most
 * significant first; the top chunk has only the digits its bits need.
 */
static char *bitmap_string(char *buf, char *end, const unsigned long *map,
			   struct spec spec)
{
	struct spec hex = { .flags = SMALL | ZEROPAD, .base = 16, .precision = -1 };
	int nbits = spec.width > 0 ? spec.width : 0;
	int chunk = nbits % 32 ? nbits % 32 : 32;
	int i;

	if (bad_pointer(&buf, end, map, spec))
		return buf;
	for (i = (nbits + 31) / 32 * 32 - 32; i >= 0; i -= 32) {
		u32 val = (map[i / BITS_PER_LONG] >> (i % BITS_PER_LONG)) &
			  (u32)((1ULL << chunk) - 1);

		if (i != (nbits + 31) / 32 * 32 - 32)
			buf = put(buf, end, ',');
		hex.width = (chunk + 3) / 4;
		buf = number(buf, end, val, hex);
		chunk = 32;
	}
	return buf;
}

/* %*pbl: the set bits among the first @width as ranges, "0,4-7,32". */
static char *bitmap_list_string(char *buf, char *end, const unsigned long *map,
				struct spec spec)
{
	struct spec dec = { .base = 10, .width = -1, .precision = -1 };
	int nbits = spec.width > 0 ? spec.width : 0;
	bool first = true;
	int lo, hi;

	if (bad_pointer(&buf, end, map, spec))
		return buf;
	for (lo = 0; lo < nbits; lo = hi) {
		if (!bit_at(map, lo)) {
			hi = lo + 1;
			continue;
		}
		for (hi = lo + 1; hi < nbits && bit_at(map, hi); hi++)
			;
		if (!first)
			buf = put(buf, end, ',');
		first = false;
		buf = number(buf, end, lo, dec);
		if (hi - 1 > lo) {
			buf = put(buf, end, '-');
			buf = number(buf, end, hi - 1, dec);
		}
	}
	return buf;
}

/* %pM 00:01:02:03:04:05, %pm 000102030405; F: '-', R: bytes reversed. */
static char *mac_address_string(char *buf, char *end, const u8 *addr,
				struct spec spec, const char *fmt)
{
	char mac[sizeof("xx:xx:xx:xx:xx:xx")];
	char *p = mac;
	char sep = fmt[1] == 'F' ? '-' : ':';
	bool reversed = fmt[1] == 'R';

	if (bad_pointer(&buf, end, addr, spec))
		return buf;
	for (int i = 0; i < 6; i++) {
		p = hex_byte_pack(p, addr[reversed ? 5 - i : i]);
		if (fmt[0] == 'M' && i != 5)
			*p++ = sep;
	}
	*p = '\0';
	return string_nocheck(buf, end, mac, spec);
}

static char *put_dec_u8(char *p, u8 v, bool three_digits)
{
	if (three_digits || v >= 100)
		*p++ = '0' + v / 100;
	if (three_digits || v >= 10)
		*p++ = '0' + v / 10 % 10;
	*p++ = '0' + v % 10;
	return p;
}

/*
 * Dotted quad at @p, NUL-terminated; returns the end. fmt[0] 'i': three
 * digits each. fmt[2] 'h' (host order; x86 is little-endian) and 'l': the
 * bytes in reverse; 'n', 'b' or nothing: in order.
 */
static char *ip4_string(char *p, const u8 *addr, const char *fmt)
{
	bool reversed = fmt[2] == 'h' || fmt[2] == 'l';

	for (int i = 0; i < 4; i++) {
		p = put_dec_u8(p, addr[reversed ? 3 - i : i], fmt[0] == 'i');
		if (i < 3)
			*p++ = '.';
	}
	*p = '\0';
	return p;
}

/* RFC 5952 form: the longest run (two or more) of zero words as "::". */
static void ip6_compressed_string(char *p, const u8 *addr)
{
	u16 words[8];
	int run = 1, at = -1, range = 8;
	bool colon = false;
	bool v4;
	int i, j;

	for (i = 0; i < 8; i++)
		words[i] = addr[2 * i] << 8 | addr[2 * i + 1];
	/* v4-mapped (::ffff:a.b.c.d) and ISATAP end with a dotted quad. */
	v4 = (!words[0] && !words[1] && !words[2] && !words[3] && !words[4] &&
	      words[5] == 0xffff) ||
	     ((addr[8] | 0x02) == 0x02 && !addr[9] && addr[10] == 0x5e &&
	      addr[11] == 0xfe);
	if (v4)
		range = 6;
	for (i = 0; i < range; i++) {
		for (j = i; j < range && !words[j]; j++)
			;
		if (j - i > run) {
			run = j - i;
			at = i;
		}
	}
	for (i = 0; i < range; i++) {
		if (i == at) {
			if (colon || i == 0)
				*p++ = ':';
			*p++ = ':';
			colon = false;
			i += run - 1;
			continue;
		}
		if (colon)
			*p++ = ':';
		/* Hex without leading zeros. */
		for (j = 12; j > 0 && !(words[i] >> j); j -= 4)
			;
		for (; j >= 0; j -= 4)
			*p++ = hex_asc[(words[i] >> j) & 0xf];
		colon = true;
	}
	if (v4) {
		if (colon)
			*p++ = ':';
		p = ip4_string(p, addr + 12, "I4");
	}
	*p = '\0';
}

static char *ip_addr_string(char *buf, char *end, const u8 *addr,
			    struct spec spec, const char *fmt)
{
	char ip[sizeof("xxxx:xxxx:xxxx:xxxx:xxxx:xxxx:255.255.255.255")];
	char *p = ip;

	if (bad_pointer(&buf, end, addr, spec))
		return buf;
	switch (fmt[1]) {
	case '4':
		ip4_string(ip, addr, fmt);
		break;
	case '6':
		if (fmt[0] == 'I' && fmt[2] == 'c') {
			ip6_compressed_string(ip, addr);
			break;
		}
		for (int i = 0; i < 16; i += 2) {
			p = hex_byte_pack(p, addr[i]);
			p = hex_byte_pack(p, addr[i + 1]);
			if (fmt[0] == 'I' && i != 14)
				*p++ = ':';
		}
		*p = '\0';
		break;
	default:
		/* Includes %pIS (struct sockaddr), which kshim does not do. */
		return error_string(buf, end, fmt[0] == 'i' ? "(%pi?)" : "(%pI?)",
				    spec);
	}
	return string_nocheck(buf, end, ip, spec);
}

/* %pE's classes, as string_escape_mem() (lib/string_helpers.c) names them. */
#define ESC_SPACE	0x01	/* \n \r \t \v \f */
#define ESC_SPECIAL	0x02	/* \\ \a \e \" */
#define ESC_NULL	0x04	/* \0 */
#define ESC_OCTAL	0x08	/* \ooo */
#define ESC_NP		0x10	/* printable characters pass */
#define ESC_HEX		0x20	/* \xhh */

/* The escape for @c of a class in @flags, or 0 when none applies. */
static char escape_letter(u8 c, int flags)
{
	/* Pairs: the escape letter, then the character it stands for. */
	static const char space[] = "n\nr\rt\tv\vf\f";
	static const char special[] = "\\\\a\ae\e\"\"";
	int i;

	for (i = 0; (flags & ESC_SPACE) && space[i]; i += 2)
		if ((u8)space[i + 1] == c)
			return space[i];
	for (i = 0; (flags & ESC_SPECIAL) && special[i]; i += 2)
		if ((u8)special[i + 1] == c)
			return special[i];
	if ((flags & ESC_NULL) && !c)
		return '0';
	return 0;
}

/* %*pE[achnops]: @width bytes (1 without a width), escaped. */
static char *escaped_string(char *buf, char *end, const u8 *addr,
			    struct spec spec, const char *fmt)
{
	int flags = 0;
	int len, i;

	if (spec.width == 0)
		return buf;
	if (bad_pointer(&buf, end, addr, spec))
		return buf;
	for (fmt++; *fmt; fmt++) {
		const char *f = strchr("scnopah", *fmt);
		static const int bits[] = {
			ESC_SPACE, ESC_SPECIAL, ESC_NULL, ESC_OCTAL, ESC_NP,
			ESC_SPACE | ESC_OCTAL | ESC_SPECIAL | ESC_NULL, ESC_HEX,
		};

		if (!f)
			break;
		flags |= bits[f - "scnopah"];
	}
	if (!flags)
		flags = ESC_SPACE | ESC_OCTAL | ESC_SPECIAL | ESC_NULL | ESC_NP;
	len = spec.width < 0 ? 1 : spec.width;

	for (i = 0; i < len; i++) {
		u8 c = addr[i];
		char letter;

		if ((flags & ESC_NP) && isprint(c)) {
			buf = put(buf, end, c);
		} else if ((letter = escape_letter(c, flags))) {
			buf = put(buf, end, '\\');
			buf = put(buf, end, letter);
		} else if (flags & ESC_OCTAL) {
			buf = put(buf, end, '\\');
			buf = put(buf, end, '0' + (c >> 6));
			buf = put(buf, end, '0' + ((c >> 3) & 7));
			buf = put(buf, end, '0' + (c & 7));
		} else if (flags & ESC_HEX) {
			buf = put(buf, end, '\\');
			buf = put(buf, end, 'x');
			buf = put(buf, end, hex_asc_hi(c));
			buf = put(buf, end, hex_asc_lo(c));
		} else {
			buf = put(buf, end, c);
		}
	}
	return buf;
}

/* %pU[bBlL]: b/B big-endian (UUID) order, l/L little-endian (GUID). */
static char *uuid_string(char *buf, char *end, const u8 *addr,
			 struct spec spec, const char *fmt)
{
	static const u8 guid_order[16] = {
		3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15
	};
	char uuid[sizeof("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")];
	bool guid = fmt[1] == 'l' || fmt[1] == 'L';
	bool upper = fmt[1] == 'B' || fmt[1] == 'L';
	char *p = uuid;

	if (bad_pointer(&buf, end, addr, spec))
		return buf;
	for (int i = 0; i < 16; i++) {
		u8 byte = addr[guid ? guid_order[i] : i];

		p = upper ? hex_byte_pack_upper(p, byte) : hex_byte_pack(p, byte);
		if (i == 3 || i == 5 || i == 7 || i == 9)
			*p++ = '-';
	}
	*p = '\0';
	return string_nocheck(buf, end, uuid, spec);
}

/* %pV: another format and its arguments, printed in place. */
static char *va_format(char *buf, char *end, const struct va_format *vaf,
		       struct spec spec)
{
	va_list va;

	if (bad_pointer(&buf, end, vaf, spec))
		return buf;
	va_copy(va, *vaf->va);
	buf += vsnprintf(buf, end > buf ? end - buf : 0, vaf->fmt, va);
	va_end(va);
	return buf;
}

/* %pa[p] phys_addr_t, %pad dma_addr_t: both 64-bit here. */
static char *address_val(char *buf, char *end, const void *addr,
			 struct spec spec, const char *fmt)
{
	if (bad_pointer(&buf, end, addr, spec))
		return buf;
	if (fmt[1] == 'd')
		return special_hex_number(buf, end, *(const dma_addr_t *)addr,
					  sizeof(dma_addr_t));
	return special_hex_number(buf, end, *(const phys_addr_t *)addr,
				  sizeof(phys_addr_t));
}

/*
 * %p and its extensions; @fmt points after the 'p'. Extensions kshim does
 * not implement print as plain %p (hashed), as unknown ones do in 6.1.
 */
static char *pointer(const char *fmt, char *buf, char *end, void *ptr,
		     struct spec spec)
{
	switch (*fmt) {
	case 'S':
	case 's':
	case 'B':
		return symbol_string(buf, end, ptr, spec, fmt);
	case 'h':
		return hex_string(buf, end, ptr, spec, fmt);
	case 'b':
		if (fmt[1] == 'l')
			return bitmap_list_string(buf, end, ptr, spec);
		return bitmap_string(buf, end, ptr, spec);
	case 'M':
	case 'm':
		return mac_address_string(buf, end, ptr, spec, fmt);
	case 'I':
	case 'i':
		return ip_addr_string(buf, end, ptr, spec, fmt);
	case 'E':
		return escaped_string(buf, end, ptr, spec, fmt);
	case 'U':
		return uuid_string(buf, end, ptr, spec, fmt);
	case 'V':
		return va_format(buf, end, ptr, spec);
	case 'K':
		return restricted_pointer(buf, end, ptr, spec);
	case 'a':
		return address_val(buf, end, ptr, spec, fmt);
	case 'x':
		return pointer_string(buf, end, ptr, spec);
	case 'e':
		/* Not an error pointer: plain %p. */
		if (!IS_ERR(ptr))
			return default_pointer(buf, end, ptr, spec);
		return err_ptr(buf, end, ptr, spec);
	case 'u':
	case 'k':
		if (fmt[1] == 's')
			return string(buf, end, ptr, spec);
		return error_string(buf, end, "(einval)", spec);
	default:
		return default_pointer(buf, end, ptr, spec);
	}
}

static int skip_atoi(const char **s)
{
	int i = 0;

	while (isdigit(**s))
		i = i * 10 + *((*s)++) - '0';
	return i;
}

static void set_width(struct spec *spec, int width)
{
	if (WARN_ONCE(width > FIELD_WIDTH_MAX || width < -FIELD_WIDTH_MAX,
		      "field width %d too large", width))
		width = clamp(width, -FIELD_WIDTH_MAX, FIELD_WIDTH_MAX);
	spec->width = width;
}

static void set_precision(struct spec *spec, int precision)
{
	if (WARN_ONCE(precision > PRECISION_MAX || precision < -PRECISION_MAX,
		      "precision %d too large", precision))
		precision = clamp(precision, -PRECISION_MAX, PRECISION_MAX);
	spec->precision = precision;
}

/* Length qualifiers; 'H' is hh, 'L' is ll (or L). */
static char parse_qualifier(const char **fmt)
{
	char q = **fmt;

	if (q != 'h' && _tolower(q) != 'l' && q != 'z' && q != 't')
		return 0;
	(*fmt)++;
	if (q == 'L') {
		q = 'L';
	} else if (q == **fmt && (q == 'h' || q == 'l')) {
		(*fmt)++;
		q = q == 'h' ? 'H' : 'L';
	}
	return q;
}

/* The integer argument for a conversion, extended as its type says. */
static unsigned long long int_arg(va_list *ap, char q, bool is_signed)
{
	switch (q) {
	case 'L':
		return va_arg(*ap, long long);
	case 'l':
		return is_signed ? va_arg(*ap, long) : va_arg(*ap, unsigned long);
	case 'z':
		return is_signed ? va_arg(*ap, ssize_t) : va_arg(*ap, size_t);
	case 't':
		return va_arg(*ap, ptrdiff_t);
	case 'H':
		return is_signed ? (signed char)va_arg(*ap, int) :
				   (unsigned char)va_arg(*ap, int);
	case 'h':
		return is_signed ? (short)va_arg(*ap, int) :
				   (unsigned short)va_arg(*ap, int);
	default:
		/* Not a ?: here: that would convert the int to unsigned int. */
		if (is_signed)
			return va_arg(*ap, int);
		return va_arg(*ap, unsigned int);
	}
}

/*
 * Returns the length the whole output has (the terminating NUL not
 * counted), even when @size cut it; the buffer is NUL-terminated whenever
 * @size is not 0.
 */
int vsnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	char *str = buf;
	char *end;
	va_list ap;

	if (WARN_ON_ONCE(size > INT_MAX))
		return 0;
	end = buf + size;
	/* A buffer at the very top of memory: clamp its end. */
	if (end < buf)
		end = (char *)-1;

	va_copy(ap, args);
	while (*fmt) {
		struct spec spec = { .base = 10, .width = -1, .precision = -1 };
		char q;

		if (*fmt != '%') {
			str = put(str, end, *fmt++);
			continue;
		}
		for (;;) {
			switch (*++fmt) {
			case '-':
				spec.flags |= LEFT;
				continue;
			case '+':
				spec.flags |= PLUS;
				continue;
			case ' ':
				spec.flags |= SPACE;
				continue;
			case '#':
				spec.flags |= SPECIAL;
				continue;
			case '0':
				spec.flags |= ZEROPAD;
				continue;
			}
			break;
		}
		if (isdigit(*fmt)) {
			set_width(&spec, skip_atoi(&fmt));
		} else if (*fmt == '*') {
			fmt++;
			set_width(&spec, va_arg(ap, int));
			if (spec.width < 0) {
				spec.width = -spec.width;
				spec.flags |= LEFT;
			}
		}
		if (*fmt == '.') {
			fmt++;
			if (isdigit(*fmt)) {
				set_precision(&spec, skip_atoi(&fmt));
			} else if (*fmt == '*') {
				fmt++;
				set_precision(&spec, va_arg(ap, int));
				if (spec.precision < 0)
					spec.precision = 0;
			}
		}
		q = parse_qualifier(&fmt);

		switch (*fmt) {
		case 'c':
			fmt++;
			if (!(spec.flags & LEFT))
				str = put_repeat(str, end, ' ', spec.width - 1);
			str = put(str, end, (unsigned char)va_arg(ap, int));
			if (spec.flags & LEFT)
				str = put_repeat(str, end, ' ', spec.width - 1);
			continue;
		case 's':
			fmt++;
			str = string(str, end, va_arg(ap, char *), spec);
			continue;
		case 'p':
			fmt++;
			str = pointer(fmt, str, end, va_arg(ap, void *), spec);
			/* The extension's letters are part of the conversion. */
			while (isalnum(*fmt))
				fmt++;
			continue;
		case '%':
			fmt++;
			str = put(str, end, '%');
			continue;
		case 'o':
			spec.base = 8;
			break;
		case 'x':
			spec.flags |= SMALL;
			fallthrough;
		case 'X':
			spec.base = 16;
			break;
		case 'd':
		case 'i':
			spec.flags |= SIGN;
			break;
		case 'u':
			break;
		default:
			/* %n among them: 6.1 refuses it, and stops here. */
			WARN_ONCE(1, "Please remove unsupported %%%c in format string\n",
				  *fmt);
			goto out;
		}
		fmt++;
		str = number(str, end, int_arg(&ap, q, spec.flags & SIGN), spec);
	}
out:
	va_end(ap);
	if (size) {
		if (str < end)
			*str = '\0';
		else
			end[-1] = '\0';
	}
	return str - buf;
}

int vscnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	int n;

	if (!size)
		return 0;
	n = vsnprintf(buf, size, fmt, args);
	return (size_t)n < size ? n : (int)size - 1;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(buf, size, fmt, args);
	va_end(args);
	return n;
}

int scnprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vscnprintf(buf, size, fmt, args);
	va_end(args);
	return n;
}

int vsprintf(char *buf, const char *fmt, va_list args)
{
	return vsnprintf(buf, INT_MAX, fmt, args);
}

int sprintf(char *buf, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(buf, INT_MAX, fmt, args);
	va_end(args);
	return n;
}

/*
 * @num in decimal, right-aligned in @width spaces; 0 when it does not fit
 * in @size. Not NUL-terminated.
 */
int num_to_str(char *buf, int size, unsigned long long num, unsigned int width)
{
	char digits[3 * sizeof(num)];
	int len = 0, pad = 0, i;

	do {
		digits[len++] = '0' + num % 10;
		num /= 10;
	} while (num);
	if (len > size || (int)width > size)
		return 0;
	if ((int)width > len)
		pad = width - len;
	for (i = 0; i < pad; i++)
		buf[i] = ' ';
	for (i = 0; i < len; i++)
		buf[pad + i] = digits[len - 1 - i];
	return pad + len;
}

char *kshim_kvasprintf(const struct kshim_site *site, gfp_t gfp,
		       const char *fmt, va_list args)
{
	unsigned int len, second;
	va_list aq;
	char *p;

	va_copy(aq, args);
	len = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	p = kshim_alloc(len + 1, gfp, site, "kasprintf");
	if (!p)
		return NULL;
	second = vsnprintf(p, len + 1, fmt, args);
	WARN(len != second,
	     "different return values (%u and %u) from vsnprintf(\"%s\", ...)",
	     len, second, fmt);
	return p;
}

char *kshim_kasprintf(const struct kshim_site *site, gfp_t gfp,
		      const char *fmt, ...)
{
	va_list args;
	char *p;

	va_start(args, fmt);
	p = kshim_kvasprintf(site, gfp, fmt, args);
	va_end(args);
	return p;
}

/*
 * A format without conversions, or "%s", is kept as it is when it is
 * constant (kstrdup_const()); free the result with kfree_const().
 */
const char *kshim_kvasprintf_const(const struct kshim_site *site, gfp_t gfp,
				   const char *fmt, va_list args)
{
	if (!strchr(fmt, '%'))
		return kshim_kstrdup_const(fmt, gfp, site);
	if (!strcmp(fmt, "%s"))
		return kshim_kstrdup_const(va_arg(args, const char *), gfp, site);
	return kshim_kvasprintf(site, gfp, fmt, args);
}

/* ---- sscanf ---- */

static const char *skip_white(const char *s)
{
	while (isspace(*s))
		s++;
	return s;
}

/*
 * At most @max characters of @s as an unsigned number in @base (0: by its
 * prefix, as the C language says); "0x" is skipped in base 16. Overflow
 * wraps, as simple_strtoull()'s does.
 */
static unsigned long long strntoull(const char *s, int max, const char **next,
				    unsigned int base)
{
	const char *start = s;
	unsigned long long v = 0;

	if (base == 0) {
		if (s[0] == '0' && _tolower(s[1]) == 'x' && isxdigit(s[2]))
			base = 16;
		else if (s[0] == '0')
			base = 8;
		else
			base = 10;
	}
	if (base == 16 && s[0] == '0' && _tolower(s[1]) == 'x')
		s += 2;
	if (s - start >= max) {
		/* Too narrow for the prefix and a digit: skipped, no value. */
		*next = start + max;
		return 0;
	}
	while (s - start < max && isxdigit(*s)) {
		unsigned int d = isdigit(*s) ? *s - '0' : _tolower(*s) - 'a' + 10;

		if (d >= base)
			break;
		v = v * base + d;
		s++;
	}
	*next = s;
	return v;
}

static long long strntoll(const char *s, int max, const char **next,
			  unsigned int base)
{
	if (*s == '-' && max > 0)
		return -strntoull(s + 1, max - 1, next, base);
	return strntoull(s, max, next, base);
}

/* A %[...] set: returns false when the format is not one 6.1 accepts. */
static bool scan_set(const char **fmt, bool set[256])
{
	bool negate = **fmt == '^';
	int len = 0;
	int i;

	if (negate)
		(*fmt)++;
	for (i = 0; i < 256; i++)
		set[i] = false;
	for (; **fmt && **fmt != ']'; (*fmt)++, len++)
		set[(u8)**fmt] = true;
	if (!**fmt || !len)
		return false;
	(*fmt)++;
	if (negate) {
		for (i = 1; i < 256; i++)
			set[i] = !set[i];
		set[0] = false;
	}
	return true;
}

/* Returns the number of conversions assigned. */
int vsscanf(const char *buf, const char *fmt, va_list args)
{
	const char *str = buf;
	const char *next;
	int num = 0;
	va_list ap;

	va_copy(ap, args);
	while (*fmt) {
		unsigned int base = 10;
		bool is_signed = false;
		unsigned long long val;
		int width = -1;
		char q;

		/* White space in the format matches any amount, even none. */
		if (isspace(*fmt)) {
			fmt = skip_white(fmt);
			str = skip_white(str);
		}
		if (*fmt != '%' && *fmt) {
			if (*fmt++ != *str++)
				break;
			continue;
		}
		if (!*fmt)
			break;
		fmt++;

		/* %*...: skip one word of input. */
		if (*fmt == '*') {
			if (!*str)
				break;
			while (!isspace(*fmt) && *fmt != '%' && *fmt) {
				if (*fmt == '[')
					goto out;
				fmt++;
			}
			while (!isspace(*str) && *str)
				str++;
			continue;
		}
		if (isdigit(*fmt)) {
			width = skip_atoi(&fmt);
			if (width <= 0 || width > SHRT_MAX)
				break;
		}
		q = *fmt == 't' ? 0 : parse_qualifier(&fmt);
		if (!*fmt)
			break;
		if (*fmt == 'n') {
			fmt++;
			*va_arg(ap, int *) = str - buf;
			continue;
		}
		if (!*str)
			break;

		switch (*fmt++) {
		case 'c': {
			char *s = va_arg(ap, char *);

			if (width == -1)
				width = 1;
			do {
				*s++ = *str++;
			} while (--width > 0 && *str);
			num++;
			continue;
		}
		case 's': {
			char *s = va_arg(ap, char *);

			if (width == -1)
				width = SHRT_MAX;
			str = skip_white(str);
			while (*str && !isspace(*str) && width--)
				*s++ = *str++;
			*s = '\0';
			num++;
			continue;
		}
		case '[': {
			char *s = va_arg(ap, char *);
			bool set[256];

			if (width == -1 || !scan_set(&fmt, set) || !set[(u8)*str])
				goto out;
			while (set[(u8)*str] && width--)
				*s++ = *str++;
			*s = '\0';
			num++;
			continue;
		}
		case 'o':
			base = 8;
			break;
		case 'x':
		case 'X':
			base = 16;
			break;
		case 'i':
			base = 0;
			fallthrough;
		case 'd':
			is_signed = true;
			break;
		case 'u':
			break;
		case '%':
			if (*str++ != '%')
				goto out;
			continue;
		default:
			goto out;
		}

		str = skip_white(str);
		next = str;
		if (is_signed && *next == '-') {
			if (width == 1)
				break;
			next++;
		}
		if (!*next || (base == 16 && !isxdigit(*next)) ||
		    (base != 16 && !isdigit(*next)) ||
		    (base == 8 && *next > '7'))
			break;
		if (width < 0)
			width = INT_MAX;
		if (is_signed)
			val = strntoll(str, width, &next, base);
		else
			val = strntoull(str, width, &next, base);

		switch (q) {
		case 'H':
			*va_arg(ap, unsigned char *) = val;
			break;
		case 'h':
			*va_arg(ap, unsigned short *) = val;
			break;
		case 'l':
			*va_arg(ap, unsigned long *) = val;
			break;
		case 'L':
			*va_arg(ap, unsigned long long *) = val;
			break;
		case 'z':
			*va_arg(ap, size_t *) = val;
			break;
		default:
			*va_arg(ap, unsigned int *) = val;
			break;
		}
		num++;
		str = next;
	}
out:
	va_end(ap);
	return num;
}

int sscanf(const char *buf, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsscanf(buf, fmt, args);
	va_end(args);
	return n;
}
