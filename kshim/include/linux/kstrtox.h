/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Strings to integers (6.1's lib/kstrtox.c rules). The whole string must be a
 * number: an optional '+' (or '-' for the signed ones), digits of @base, and
 * at most one trailing newline. Base 0 picks 16 for "0x"/"0X" followed by a
 * hex digit, 8 for a leading '0', else 10; base 16 also takes a "0x" prefix.
 * Returns 0, -ERANGE if the value does not fit the type, -EINVAL otherwise.
 * *@res is only written on success.
 *
 * The _from_user variants are not provided.
 */
#ifndef _LINUX_KSTRTOX_H
#define _LINUX_KSTRTOX_H

#include <linux/compiler.h>
#include <linux/types.h>

int __must_check _kstrtoul(const char *s, unsigned int base, unsigned long *res);
int __must_check _kstrtol(const char *s, unsigned int base, long *res);

int __must_check kstrtoull(const char *s, unsigned int base, unsigned long long *res);
int __must_check kstrtoll(const char *s, unsigned int base, long long *res);

/* long is long long here (x86_64): no conversion needed. */
static inline int __must_check kstrtoul(const char *s, unsigned int base,
					unsigned long *res)
{
	return kstrtoull(s, base, (unsigned long long *)res);
}

static inline int __must_check kstrtol(const char *s, unsigned int base, long *res)
{
	return kstrtoll(s, base, (long long *)res);
}

int __must_check kstrtouint(const char *s, unsigned int base, unsigned int *res);
int __must_check kstrtoint(const char *s, unsigned int base, int *res);

static inline int __must_check kstrtou64(const char *s, unsigned int base, u64 *res)
{
	return kstrtoull(s, base, res);
}

static inline int __must_check kstrtos64(const char *s, unsigned int base, s64 *res)
{
	return kstrtoll(s, base, res);
}

static inline int __must_check kstrtou32(const char *s, unsigned int base, u32 *res)
{
	return kstrtouint(s, base, res);
}

static inline int __must_check kstrtos32(const char *s, unsigned int base, s32 *res)
{
	return kstrtoint(s, base, res);
}

int __must_check kstrtou16(const char *s, unsigned int base, u16 *res);
int __must_check kstrtos16(const char *s, unsigned int base, s16 *res);
int __must_check kstrtou8(const char *s, unsigned int base, u8 *res);
int __must_check kstrtos8(const char *s, unsigned int base, s8 *res);

/*
 * By the first character: y Y t T 1 are true, n N f F 0 false; "on"/"of"
 * (any case) true/false. Anything may follow. -EINVAL otherwise.
 */
int __must_check kstrtobool(const char *s, bool *res);

static inline int strtobool(const char *s, bool *res)
{
	return kstrtobool(s, res);
}

/*
 * The old parsers: as many digits as there are (base prefix as above), no
 * error reporting, overflow wraps; *@endp (if not NULL) is set past them.
 * The signed ones take a leading '-' (but not '+').
 */
extern unsigned long simple_strtoul(const char *cp, char **endp, unsigned int base);
extern long simple_strtol(const char *cp, char **endp, unsigned int base);
extern unsigned long long simple_strtoull(const char *cp, char **endp, unsigned int base);
extern long long simple_strtoll(const char *cp, char **endp, unsigned int base);

#endif /* _LINUX_KSTRTOX_H */
