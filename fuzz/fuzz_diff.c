// SPDX-License-Identifier: GPL-2.0-only
/*
 * libFuzzer target: kshim's vsnprintf() against the C library's snprintf().
 *
 * Host side: the C library's headers and kapi.h, never a kernel header. The
 * input is a recipe: literal text and standard conversions (d i u x X o c s,
 * flags - + space # 0, a width and a precision as digits or '*', length
 * hh h l ll z t on the integer ones) with their arguments. Both formatters
 * must give the same text and the same return value, for the whole buffer
 * and for a cut one.
 *
 * Where 6.1's lib/vsprintf.c departs from ISO C on purpose (number(),
 * format_decode(); see docs/kernel-api/printk-formats.md), the conversion is
 * dropped from the recipe instead; is_kernel_difference() lists exactly
 * those cases. %n, %f, %p and the other conversions C and the kernel do not
 * share are never generated, nor widths and precisions past the kernel's
 * limits (2^23 - 1 and 2^15 - 1), where the kernel clamps them.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <kshim/kapi.h>

#define MAX_ARGS	24
#define OUT_SIZE	8192

struct conv {
	char c;			/* d i u x X o c s */
	bool left, plus, space, alt, zero;
	int width;		/* -1: none */
	bool wstar;
	int prec_kind;		/* 0 none, 1 ".", 2 ".digits", 3 ".*" */
	int prec;
	const char *len;	/* "", "hh", "h", "l", "ll", "z", "t" */
	uint64_t val;
	const char *str;
};

static const uint8_t *in;
static size_t in_len, in_pos;

static uint8_t get_u8(void)
{
	return in_pos < in_len ? in[in_pos++] : 0;
}

static uint64_t get_u64(void)
{
	uint64_t v = 0;

	for (int i = 0; i < 8; i++)
		v = v << 8 | get_u8();
	return v;
}

/* The value the conversion sees: the argument cut to its length. */
static uint64_t cut_value(const struct conv *cv, bool is_signed)
{
	uint64_t v = cv->val;

	if (!strcmp(cv->len, "hh"))
		return is_signed ? (uint64_t)(int64_t)(signed char)v : (unsigned char)v;
	if (!strcmp(cv->len, "h"))
		return is_signed ? (uint64_t)(int64_t)(short)v : (unsigned short)v;
	if (!*cv->len)
		return is_signed ? (uint64_t)(int64_t)(int)v : (unsigned int)v;
	return v;
}

/*
 * The intentional differences of 6.1's printf from ISO C. @kprec and @cprec
 * are the precision as the kernel and as C take it (-1: none): a "." alone
 * is none for the kernel (format_decode() wants a digit) and 0 for C; a
 * negative "*" precision is 0 for the kernel and none for C.
 */
static bool is_kernel_difference(const struct conv *cv, int kprec, int cprec,
				 bool left, int width)
{
	bool is_int = !strchr("cs", cv->c);
	bool is_signed = cv->c == 'd' || cv->c == 'i';
	uint64_t v = is_int ? cut_value(cv, is_signed) : 0;

	/* FUZZ_DIFF_ALL=1: keep them too, to see each one reported. */
	if (getenv("FUZZ_DIFF_ALL"))
		return false;

	if (cv->c == 's') {
		/* The kernel and C cut the string at different lengths. */
		size_t len = strlen(cv->str);
		size_t klen = kprec < 0 || (size_t)kprec > len ? len : (size_t)kprec;
		size_t clen = cprec < 0 || (size_t)cprec > len ? len : (size_t)cprec;

		return klen != clen;
	}
	if (!is_int)
		return false;
	/* %#x of 0: number() prints the "0x" whatever the value ("0x0"). */
	if (cv->alt && (cv->c == 'x' || cv->c == 'X') && !v)
		return true;
	/* A zero precision: number() still prints the digit of 0 ("%.0d"). */
	if (cprec == 0 && !v && !(cv->alt && cv->c == 'o'))
		return true;
	/* '0' and a precision: C drops the '0' flag, the kernel pads with 0s. */
	if (cv->zero && !left && cprec >= 0 && width > 0)
		return true;
	/* %#o: the kernel puts its '0' before the precision's zeros; C counts it in. */
	if (cv->alt && cv->c == 'o' && v) {
		int digits = 0;

		for (uint64_t x = v; x; x >>= 3)
			digits++;
		if (cprec > digits)
			return true;
	}
	return false;
}

static char fmt[16 * 4096];
static uint64_t args[MAX_ARGS];
static unsigned int nargs;
/* The strings %s prints, NUL-terminated slices of the input: one each. */
#define MAX_STRINGS	256
static char strings[MAX_STRINGS][64];

static char *emit(char *o, struct conv *cv, int warg, int parg)
{
	bool left = cv->left || (cv->wstar && warg < 0);
	int width = cv->wstar ? abs(warg) : cv->width;
	int kprec = -1, cprec = -1;

	switch (cv->prec_kind) {
	case 1:
		cprec = 0;
		break;
	case 2:
		kprec = cprec = cv->prec;
		break;
	case 3:
		kprec = parg < 0 ? 0 : parg;
		cprec = parg < 0 ? -1 : parg;
		break;
	}
	if (is_kernel_difference(cv, kprec, cprec, left, width))
		return o;
	if (nargs + cv->wstar + (cv->prec_kind == 3) + 1 > MAX_ARGS)
		return o;
	*o++ = '%';
	if (cv->left)
		*o++ = '-';
	if (cv->plus)
		*o++ = '+';
	if (cv->space)
		*o++ = ' ';
	if (cv->alt)
		*o++ = '#';
	if (cv->zero)
		*o++ = '0';
	if (cv->wstar) {
		*o++ = '*';
		args[nargs++] = (uint64_t)(int64_t)warg;
	} else if (cv->width >= 0) {
		o += sprintf(o, "%d", cv->width);
	}
	if (cv->prec_kind == 1) {
		*o++ = '.';
	} else if (cv->prec_kind == 2) {
		o += sprintf(o, ".%d", cv->prec);
	} else if (cv->prec_kind == 3) {
		o += sprintf(o, ".*");
		args[nargs++] = (uint64_t)(int64_t)parg;
	}
	o += sprintf(o, "%s%c", cv->len, cv->c);
	args[nargs++] = cv->c == 's' ? (uint64_t)(uintptr_t)cv->str : cv->val;
	return o;
}

/* Read the recipe into fmt[] and args[]. */
static void build(void)
{
	static const char *const lens[] = { "", "hh", "h", "l", "ll", "z", "t" };
	unsigned int nstr = 0;
	char *o = fmt;

	nargs = 0;
	while (in_pos < in_len && nargs < MAX_ARGS && nstr < MAX_STRINGS) {
		uint8_t b = get_u8();
		struct conv cv = { 0 };
		int warg = 0, parg = 0;
		uint8_t f;

		if (b < 0x40) {
			/* Literal text: '%' doubled, no NUL. */
			for (int n = 1 + b % 8; n > 0 && in_pos < in_len; n--) {
				char c = get_u8();

				if (c == '%')
					*o++ = '%';
				if (c)
					*o++ = c;
			}
			continue;
		}
		if (b < 0x48) {
			o += sprintf(o, "%%%%");
			continue;
		}
		cv.c = "diuxXocs"[b % 8];
		f = get_u8();
		cv.left = f & 1;
		cv.plus = f & 2;
		cv.space = f & 4;
		cv.alt = f & 8;
		cv.zero = f & 16;
		cv.width = -1;
		switch (f >> 5 & 3) {
		case 1:
			cv.width = get_u8() + (get_u8() & 1) * 256;
			break;
		case 2:
			cv.wstar = true;
			warg = (int8_t)get_u8() * 2;
			break;
		}
		cv.prec_kind = get_u8() % 4;
		if (cv.prec_kind == 2)
			cv.prec = get_u8() + (get_u8() & 1) * 256;
		else if (cv.prec_kind == 3)
			parg = (int8_t)get_u8() * 2;
		cv.len = strchr("cs", cv.c) ? "" : lens[get_u8() % 7];
		if (cv.c == 's') {
			char *s = strings[nstr++];
			int n = get_u8() % 64;

			for (int i = 0; i < n; i++)
				s[i] = get_u8() ?: '.';
			s[n] = '\0';
			cv.str = s;
		} else {
			cv.val = get_u64();
		}
		o = emit(o, &cv, warg, parg);
	}
	*o = '\0';
}

#define ARGS8(i) args[i], args[i + 1], args[i + 2], args[i + 3], \
	args[i + 4], args[i + 5], args[i + 6], args[i + 7]
#define ALL_ARGS ARGS8(0), ARGS8(8), ARGS8(16)

static char kbuf[OUT_SIZE], cbuf[OUT_SIZE];

static void compare(size_t size)
{
	int kn, cn;

	memset(kbuf, 0x55, sizeof(kbuf));
	memset(cbuf, 0x55, sizeof(cbuf));
	kn = kshim_snprintf(kbuf, size, fmt, ALL_ARGS);
	cn = snprintf(cbuf, size, fmt, ALL_ARGS);
	if (kn == cn && (!size || !memcmp(kbuf, cbuf, (size_t)kn < size ? (size_t)kn + 1 : size)))
		return;
	fprintf(stderr, "format \"%s\", size %zu:\n kshim %d \"%.*s\"\n libc  %d \"%.*s\"\n",
		fmt, size, kn, (int)(kn < (int)size ? kn : (int)size), kbuf,
		cn, (int)(cn < (int)size ? cn : (int)size), cbuf);
	abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t cut;

	if (!size)
		return 0;
	in = data + 1;
	in_len = size - 1;
	in_pos = 0;
	cut = data[0];
	build();
	compare(sizeof(kbuf));
	/* And cut short: the same prefix, the same return value. */
	compare(cut % 64);
	return 0;
}
