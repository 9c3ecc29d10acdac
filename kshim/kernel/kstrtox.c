// SPDX-License-Identifier: GPL-2.0-only
/*
 * kstrto*() and simple_strto*(): strings to integers, as 6.1 parses them.
 * The _parse_integer helpers are global so that vsscanf() can share them.
 */
#include <linux/ctype.h>
#include <linux/errno.h>
#include <linux/kstrtox.h>
#include <linux/limits.h>
#include <linux/types.h>

/* Or-ed into a parse's character count when the value did not fit in 64 bits. */
#define KSTRTOX_OVERFLOW	(1U << 31)

const char *_parse_integer_fixup_radix(const char *s, unsigned int *base);
unsigned int _parse_integer_limit(const char *s, unsigned int base,
				  unsigned long long *p, size_t max_chars);
unsigned int _parse_integer(const char *s, unsigned int base,
			    unsigned long long *p);
unsigned long long simple_strntoull(const char *startp, size_t max_chars,
				    char **endp, unsigned int base);
long long simple_strntoll(const char *cp, size_t max_chars, char **endp,
			  unsigned int base);

/* Settle base 0 from the prefix; skip a "0x" that base 16 allows. */
const char *_parse_integer_fixup_radix(const char *s, unsigned int *base)
{
	if (*base == 0) {
		if (s[0] != '0')
			*base = 10;
		else if (_tolower(s[1]) == 'x' && isxdigit(s[2]))
			*base = 16;
		else
			*base = 8;
	}
	if (*base == 16 && s[0] == '0' && _tolower(s[1]) == 'x')
		s += 2;
	return s;
}

/*
 * Parse at most @max_chars digits of @base (up to 16). Returns how many were
 * used, with KSTRTOX_OVERFLOW set if the value wrapped; *@p gets the value
 * (wrapped) either way.
 */
unsigned int _parse_integer_limit(const char *s, unsigned int base,
				  unsigned long long *p, size_t max_chars)
{
	unsigned long long res = 0;
	unsigned int rv = 0;

	for (; max_chars; max_chars--, s++) {
		unsigned int c = (unsigned char)*s;
		unsigned int lc = c | 0x20;	/* lower case for letters only */
		unsigned int val;

		if (c >= '0' && c <= '9')
			val = c - '0';
		else if (lc >= 'a' && lc <= 'f')
			val = lc - 'a' + 10;
		else
			break;
		if (val >= base)
			break;
		if (res > (ULLONG_MAX - val) / base)
			rv |= KSTRTOX_OVERFLOW;
		res = res * base + val;
		rv++;
	}
	*p = res;
	return rv;
}

unsigned int _parse_integer(const char *s, unsigned int base,
			    unsigned long long *p)
{
	return _parse_integer_limit(s, base, p, INT_MAX);
}

/* The whole of @s (but one newline) must be digits: no sign here. */
static int _kstrtoull(const char *s, unsigned int base, unsigned long long *res)
{
	unsigned long long val;
	unsigned int rv;

	s = _parse_integer_fixup_radix(s, &base);
	rv = _parse_integer(s, base, &val);
	if (rv & KSTRTOX_OVERFLOW)
		return -ERANGE;
	if (rv == 0)
		return -EINVAL;
	s += rv;
	if (*s == '\n')
		s++;
	if (*s)
		return -EINVAL;
	*res = val;
	return 0;
}

int kstrtoull(const char *s, unsigned int base, unsigned long long *res)
{
	if (s[0] == '+')
		s++;
	return _kstrtoull(s, base, res);
}

int kstrtoll(const char *s, unsigned int base, long long *res)
{
	unsigned long long tmp;
	int rv;

	if (s[0] == '-') {
		/* "-+1" is not a number: the sign is taken once. */
		rv = _kstrtoull(s + 1, base, &tmp);
		if (rv < 0)
			return rv;
		/* Down to LLONG_MIN, whose magnitude negates to itself. */
		if ((long long)-tmp > 0)
			return -ERANGE;
		*res = -tmp;
	} else {
		rv = kstrtoull(s, base, &tmp);
		if (rv < 0)
			return rv;
		if ((long long)tmp < 0)
			return -ERANGE;
		*res = tmp;
	}
	return 0;
}

int _kstrtoul(const char *s, unsigned int base, unsigned long *res)
{
	return kstrtoull(s, base, (unsigned long long *)res);
}

int _kstrtol(const char *s, unsigned int base, long *res)
{
	return kstrtoll(s, base, (long long *)res);
}

/* Parse as the widest type, then check that the value fits type @T. */
#define KSTRTO_NARROW(name, T, wide_fn, wide_T)				\
int name(const char *s, unsigned int base, T *res)			\
{									\
	wide_T tmp;							\
	int rv = wide_fn(s, base, &tmp);				\
									\
	if (rv < 0)							\
		return rv;						\
	if (tmp != (T)tmp)						\
		return -ERANGE;						\
	*res = tmp;							\
	return 0;							\
}

KSTRTO_NARROW(kstrtouint, unsigned int, kstrtoull, unsigned long long)
KSTRTO_NARROW(kstrtoint, int, kstrtoll, long long)
KSTRTO_NARROW(kstrtou16, u16, kstrtoull, unsigned long long)
KSTRTO_NARROW(kstrtos16, s16, kstrtoll, long long)
KSTRTO_NARROW(kstrtou8, u8, kstrtoull, unsigned long long)
KSTRTO_NARROW(kstrtos8, s8, kstrtoll, long long)

int kstrtobool(const char *s, bool *res)
{
	if (!s)
		return -EINVAL;
	switch (s[0]) {
	case 'y': case 'Y': case 't': case 'T': case '1':
		*res = true;
		return 0;
	case 'n': case 'N': case 'f': case 'F': case '0':
		*res = false;
		return 0;
	case 'o': case 'O':
		/* Only the second letter counts: "on", "of(f)". */
		if (s[1] == 'n' || s[1] == 'N') {
			*res = true;
			return 0;
		}
		if (s[1] == 'f' || s[1] == 'F') {
			*res = false;
			return 0;
		}
		break;
	default:
		break;
	}
	return -EINVAL;
}

/*
 * The digits among the first @max_chars characters of @startp. When the
 * prefix alone fills the field, nothing is converted and *@endp is the end
 * of the field.
 */
unsigned long long simple_strntoull(const char *startp, size_t max_chars,
				    char **endp, unsigned int base)
{
	const char *cp = _parse_integer_fixup_radix(startp, &base);
	size_t prefix = cp - startp;
	unsigned long long result = 0;

	if (prefix < max_chars)
		cp += _parse_integer_limit(cp, base, &result, max_chars - prefix) &
		      ~KSTRTOX_OVERFLOW;
	else
		cp = startp + max_chars;
	if (endp)
		*endp = (char *)cp;
	return result;
}

long long simple_strntoll(const char *cp, size_t max_chars, char **endp,
			  unsigned int base)
{
	/* The '-' counts against the field width. */
	if (*cp == '-' && max_chars > 0)
		return -simple_strntoull(cp + 1, max_chars - 1, endp, base);
	return simple_strntoull(cp, max_chars, endp, base);
}

unsigned long long simple_strtoull(const char *cp, char **endp, unsigned int base)
{
	return simple_strntoull(cp, INT_MAX, endp, base);
}

unsigned long simple_strtoul(const char *cp, char **endp, unsigned int base)
{
	return simple_strtoull(cp, endp, base);
}

long simple_strtol(const char *cp, char **endp, unsigned int base)
{
	if (*cp == '-')
		return -simple_strtoul(cp + 1, endp, base);
	return simple_strtoul(cp, endp, base);
}

long long simple_strtoll(const char *cp, char **endp, unsigned int base)
{
	return simple_strntoll(cp, INT_MAX, endp, base);
}
