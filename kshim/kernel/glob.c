// SPDX-License-Identifier: GPL-2.0-only
/*
 * glob_match(): the semantics of Linux 6.1's lib/glob.c. One level of
 * backtracking suffices: on a mismatch, the last '*' takes one more
 * character of the string. A '[' without its ']' is a literal '['; a
 * class may start with ']' and is negated by a leading '!' (not '^').
 */
#include <linux/glob.h>
#include <linux/export.h>

/*
 * Match the class that follows a '[' at *@pp against @c: 1 or 0, and *@pp
 * moves past its ']'; -1 when the class is not closed.
 */
static int match_class(const char **pp, unsigned char c)
{
	const char *p = *pp;
	bool negated = *p == '!', hit = false;
	unsigned char lo, hi;

	p += negated;
	lo = *p++;
	do {
		if (!lo)
			return -1;
		hi = lo;
		if (p[0] == '-' && p[1] != ']') {
			hi = p[1];
			if (!hi)
				return -1;
			p += 2;
		}
		if (lo <= c && c <= hi)
			hit = true;
		lo = *p++;
	} while (lo != ']');
	*pp = p;
	return hit != negated;
}

static bool __pure match(const char *pat, const char *str, const char *end)
{
	const char *star_pat = NULL, *star_str = NULL;

	for (;;) {
		unsigned char c = (end && str >= end) ? '\0' : *str;
		unsigned char d = *pat++;
		int ok = -1;

		str++;
		if (d == '?') {
			ok = c != '\0';
		} else if (d == '*') {
			if (*pat == '\0')
				return true;
			/* Match nothing first; backtracking takes more. */
			star_pat = pat;
			star_str = --str;
			continue;
		} else if (d == '[') {
			ok = match_class(&pat, c);
		} else if (d == '\\') {
			d = *pat++;
		}
		if (ok < 0) {
			/* A literal character (or an unclosed '['). */
			if (c == d && d == '\0')
				return true;
			ok = c == d;
		}
		if (ok)
			continue;
		if (c == '\0' || !star_pat)
			return false;
		pat = star_pat;
		str = ++star_str;
	}
}

bool __pure glob_match(char const *pat, char const *str)
{
	return match(pat, str, NULL);
}
EXPORT_SYMBOL(glob_match);

bool __pure glob_match_len(char const *pat, char const *str, size_t len)
{
	return match(pat, str, str + len);
}
EXPORT_SYMBOL(glob_match_len);
