// SPDX-License-Identifier: GPL-2.0-only
/*
 * libFuzzer target: the kernel's printf family and sscanf (vsprintf.c).
 *
 * Input: a format, a NUL byte, then the bytes the arguments are drawn from.
 *
 * printf: a format taken as it comes would make %s and %p read whatever the
 * argument happens to be, so the format is rewritten first. It is parsed as
 * vsnprintf() parses it; each conversion gets an argument that is safe for
 * it: any integer for %d and friends, for %s and for %p extensions that read
 * memory a pointer into a buffer this target owns (or NULL, a pointer into
 * the first page, an error pointer: the kernel must not dereference those),
 * and widths those extensions read memory by are cut to the buffer's size.
 * %pV (a nested format) becomes %px. Everything else, unsupported
 * conversions included, is passed through unchanged.
 * Every argument is passed as a 64-bit value: x86_64 gives each variadic
 * integer or pointer an 8-byte slot, and va_arg(int) takes its low half.
 *
 * Checked: the return value does not depend on the buffer's size; a smaller
 * buffer holds a NUL-terminated prefix of the output; scnprintf() counts
 * what it stored; kasprintf() gives the same text.
 *
 * sscanf: the format as it comes (cut after MAX_ARGS conversions), the bytes
 * after the NUL as the input; every argument points to a buffer larger than
 * the input, so whatever a conversion stores fits.
 */
#include <linux/ctype.h>
#include <linux/err.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <kshim/kapi.h>
#include <kshim/kshim.h>

#define MAX_INPUT	4096
#define MAX_ARGS	24
/* Memory %s and %p extensions may read: 4096 bytes from any 8-aligned start. */
#define POOL_SIZE	(2 * 4096 + 8)
#define READ_MAX	4096
/* Kept short so that huge widths stay fast enough. */
#define OUT_SIZE	(1 << 16)

static u8 pool[POOL_SIZE] __aligned(8);
static char fmt[8 * MAX_INPUT + 64];
static char out[OUT_SIZE];
static char small[OUT_SIZE];
static u64 args[MAX_ARGS];
static unsigned int nargs;

static char scan_dst[MAX_ARGS][MAX_INPUT + 16] __aligned(8);
static char scan_fmt[MAX_INPUT + 1];
static char scan_str[MAX_INPUT + 1];

/* The argument bytes, read in order; zeros once used up. */
static const u8 *ent;
static size_t ent_len, ent_pos;

static u8 get_u8(void)
{
	return ent_pos < ent_len ? ent[ent_pos++] : 0;
}

static u64 get_u64(void)
{
	u64 v = 0;
	int i;

	for (i = 0; i < 8; i++)
		v = v << 8 | get_u8();
	return v;
}

static void check(bool ok)
{
	if (!ok)
		__builtin_trap();
}

/* A pointer for a conversion that reads memory: mostly a good one. */
static u64 deref_arg(bool aligned)
{
	u8 kind = get_u8();
	u64 off = get_u64() % (POOL_SIZE - READ_MAX - 8);

	switch (kind % 16) {
	case 0:
		return 0;
	case 1:
		return kind;	/* the first page */
	case 2:
		return (u64)ERR_PTR(-(long)(1 + kind % MAX_ERRNO));
	default:
		return (u64)(pool + (aligned ? off & ~7ULL : off));
	}
}

/* A width or precision for a conversion that reads memory by it. */
static int cap(int v)
{
	return clamp(v, -READ_MAX, READ_MAX);
}

/* What a %p extension reads: 0 nothing, 1 a string, 2 memory. */
static int p_reads(const char *ext)
{
	switch (ext[0]) {
	case 'h': case 'b': case 'M': case 'm': case 'I': case 'i': case 'E':
	case 'U': case 'a':
		return 2;
	case 'u': case 'k':
		return ext[1] == 's' ? 1 : 0;
	}
	return 0;
}

/* A "*" argument: mostly small, sometimes any int (and past the limits). */
static int star_arg(void)
{
	u8 kind = get_u8();

	if (kind < 0xf0)
		return (s8)get_u8();
	return (int)get_u64();
}

static bool push(u64 v)
{
	if (nargs == MAX_ARGS)
		return false;
	args[nargs++] = v;
	return true;
}

/*
 * At most 5 digits: past the precision's limit (2^15 - 1), not the width's
 * (2^23 - 1), which "*" reaches; millions of spaces would only be slow.
 */
static const char *digits(const char *s, const char *e, int *val, char **o)
{
	int n = 0;

	*val = 0;
	while (s < e && isdigit(*s)) {
		if (n++ < 5) {
			*val = *val * 10 + *s - '0';
			*(*o)++ = *s;
		}
		s++;
	}
	return s;
}

/*
 * Rewrite @in into fmt[] and fill args[]. A format that needs more than
 * MAX_ARGS arguments is cut before the conversion that needs one too many.
 */
static void sanitise(const char *in, size_t len)
{
	const char *s = in, *e = in + len;
	char *o = fmt;

	nargs = 0;
	while (s < e) {
		char spec[64], *w = spec, *o_spec = o;
		int width = -1, prec = -1, rd;
		bool wstar = false, pstar = false;
		char ext[4] = "";
		char c, q;

		if (*s != '%') {
			*o++ = *s++;
			continue;
		}
		/* Parse as vsnprintf() does; the spec is emitted at the end. */
		*w++ = *s++;
		/* Repeated flags add nothing: at most 8 are kept. */
		while (s < e && *s && strchr("-+ #0", *s)) {
			if (w < spec + 9)
				*w++ = *s;
			s++;
		}
		if (s < e && isdigit(*s)) {
			s = digits(s, e, &width, &w);
		} else if (s < e && *s == '*') {
			*w++ = *s++;
			wstar = true;
		}
		if (s < e && *s == '.') {
			*w++ = *s++;
			if (s < e && isdigit(*s)) {
				s = digits(s, e, &prec, &w);
			} else if (s < e && *s == '*') {
				*w++ = *s++;
				pstar = true;
			}
		}
		q = s < e ? *s : 0;
		if (q == 'h' || q == 'l' || q == 'L' || q == 'z' || q == 't') {
			*w++ = *s++;
			if (q != 'L' && s < e && *s == q && (q == 'h' || q == 'l'))
				*w++ = *s++;
		}
		c = s < e ? *s : 0;
		if (c == 'p') {
			int i = 0;

			s++;
			while (s < e && isalnum(*s)) {
				if (i < 3)
					ext[i++] = *s;
				s++;
			}
			ext[i] = '\0';
		} else if (c) {
			s++;
		}
		rd = c == 's' ? 1 : c == 'p' ? p_reads(ext) : 0;
		/* A width in the format that reads memory: cut to the buffer. */
		if (rd == 2 && width > READ_MAX) {
			w = spec + 1;
			while (w < spec + sizeof(spec) && !isdigit(*w))
				w++;
			w += sprintf(w, "%d", READ_MAX);
		}
		if (c)
			*w++ = c;
		*w = '\0';
		/* Emit the spec and its arguments, in vsnprintf()'s order. */
		o += sprintf(o, "%s", spec);
		if (wstar && !push(rd == 2 ? (u64)cap(star_arg()) : (u64)star_arg()))
			goto full;
		if (pstar && !push((u64)star_arg()))
			goto full;
		switch (c) {
		case 'c': case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
			if (!push(get_u64()))
				goto full;
			break;
		case 's':
			if (!push(deref_arg(false)))
				goto full;
			break;
		case 'p':
			if (ext[0] == 'V') {
				/* A nested format: not fuzzed, printed as %px. */
				*o++ = 'x';
				ext[0] = '\0';
			} else {
				o += sprintf(o, "%s", ext);
			}
			if (!push(rd ? deref_arg(rd == 2) : get_u64()))
				goto full;
			break;
		case '%':
			break;
		default:
			/* Unsupported: the kernel WARNs and stops here. */
			*o = '\0';
			return;
		}
		continue;
full:
		o = o_spec;
		break;
	}
	*o = '\0';
}

#define ARGS10(i) args[i], args[i + 1], args[i + 2], args[i + 3], args[i + 4], \
	args[i + 5], args[i + 6], args[i + 7], args[i + 8], args[i + 9]
#define ALL_ARGS ARGS10(0), ARGS10(10), args[20], args[21], args[22], args[23]

static void fuzz_printf(void)
{
	int n, n0, m;
	size_t size;
	char *p;

	n = snprintf(out, sizeof(out), fmt, ALL_ARGS);
	check(n >= 0);
	n0 = snprintf(NULL, 0, fmt, ALL_ARGS);
	check(n0 == n);
	/* A smaller buffer: the same length, a NUL-terminated prefix. */
	size = 1 + get_u64() % min_t(size_t, (size_t)n + 1, sizeof(small));
	m = snprintf(small, size, fmt, ALL_ARGS);
	check(m == n);
	m = min_t(size_t, n, size - 1);
	check(!memcmp(small, out, m) && small[m] == '\0');
	check(scnprintf(small, size, fmt, ALL_ARGS) == m);
	if (n < (int)sizeof(out)) {
		p = kasprintf(GFP_KERNEL, fmt, ALL_ARGS);
		check(p && !memcmp(p, out, n + 1));
		kfree(p);
	}
}

static void fuzz_sscanf(const u8 *f, size_t flen, const u8 *str, size_t slen)
{
	unsigned int pct = 0;
	size_t i;
	int n;

	/* Each conversion that stores starts with a '%': MAX_ARGS of them. */
	for (i = 0; i < flen; i++) {
		if (f[i] == '%' && ++pct > MAX_ARGS)
			break;
		scan_fmt[i] = f[i];
	}
	scan_fmt[i] = '\0';
	memcpy(scan_str, str, slen);
	scan_str[slen] = '\0';
	n = sscanf(scan_str, scan_fmt,
		   scan_dst[0], scan_dst[1], scan_dst[2], scan_dst[3],
		   scan_dst[4], scan_dst[5], scan_dst[6], scan_dst[7],
		   scan_dst[8], scan_dst[9], scan_dst[10], scan_dst[11],
		   scan_dst[12], scan_dst[13], scan_dst[14], scan_dst[15],
		   scan_dst[16], scan_dst[17], scan_dst[18], scan_dst[19],
		   scan_dst[20], scan_dst[21], scan_dst[22], scan_dst[23]);
	check(n >= 0 && n <= MAX_ARGS);
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const u8 *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	kshim_reset();
	kshim_console_loglevel(0);
	return 0;
}

int LLVMFuzzerTestOneInput(const u8 *data, size_t size)
{
	const u8 *nul;
	size_t flen, i;

	if (size > MAX_INPUT)
		size = MAX_INPUT;
	nul = memchr(data, '\0', size);
	flen = nul ? (size_t)(nul - data) : size;
	ent = nul ? nul + 1 : data + size;
	ent_len = size - flen - (nul != NULL);
	ent_pos = 0;

	/* The memory strings and pointers lead to: the argument bytes, repeated. */
	for (i = 0; i < POOL_SIZE - 1; i++)
		pool[i] = ent_len ? ent[i % ent_len] : 'a' + i % 26;
	pool[POOL_SIZE - 1] = '\0';

	sanitise((const char *)data, flen);
	fuzz_printf();
	fuzz_sscanf(data, flen, ent, strnlen((const char *)ent, ent_len));

	check(kshim_alloc_live() == 0);
	kshim_log_clear();
	kshim_defects_clear();
	return 0;
}
