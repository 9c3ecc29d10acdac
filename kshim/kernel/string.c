// SPDX-License-Identifier: GPL-2.0-only
/*
 * The kernel's string functions that the C library lacks or does differently
 * (see linux/string.h for which is which), and the ctype table.
 */
#include <linux/bug.h>
#include <linux/ctype.h>
#include <linux/errno.h>
#include <linux/limits.h>
#include <linux/string.h>
#include <linux/export.h>
#include <linux/types.h>

/* The kernel's character classes for every byte value (lib/ctype.c's facts). */
const unsigned char _ctype[256] = {
	[0 ... 8]	= _C,
	[9 ... 13]	= _C | _S,		/* \t \n \v \f \r */
	[14 ... 31]	= _C,
	[' ']		= _S | _SP,
	['!' ... '/']	= _P,
	['0' ... '9']	= _D,
	[':' ... '@']	= _P,
	['A' ... 'F']	= _U | _X,
	['G' ... 'Z']	= _U,
	['[' ... '`']	= _P,
	['a' ... 'f']	= _L | _X,
	['g' ... 'z']	= _L,
	['{' ... '~']	= _P,
	[127]		= _C,
	/* 128-159: no class at all. */
	[160]		= _S | _SP,		/* no-break space */
	[161 ... 191]	= _P,
	[192 ... 214]	= _U,
	[215]		= _P,			/* multiplication sign */
	[216 ... 222]	= _U,
	[223 ... 246]	= _L,
	[247]		= _P,			/* division sign */
	[248 ... 255]	= _L,
};

int strcmp(const char *cs, const char *ct)
{
	unsigned char c1, c2;

	do {
		c1 = *cs++;
		c2 = *ct++;
		if (c1 != c2)
			return c1 < c2 ? -1 : 1;
	} while (c1);
	return 0;
}

int strncmp(const char *cs, const char *ct, size_t count)
{
	unsigned char c1, c2;

	for (; count; count--) {
		c1 = *cs++;
		c2 = *ct++;
		if (c1 != c2)
			return c1 < c2 ? -1 : 1;
		if (!c1)
			break;
	}
	return 0;
}

int strcasecmp(const char *s1, const char *s2)
{
	int c1, c2;

	do {
		c1 = tolower(*s1++);
		c2 = tolower(*s2++);
	} while (c1 == c2 && c1);
	return c1 - c2;
}

/* The difference of the first bytes that differ even in lower case. */
int strncasecmp(const char *s1, const char *s2, size_t len)
{
	unsigned char c1 = 0, c2 = 0;

	for (; len; len--) {
		c1 = *s1++;
		c2 = *s2++;
		if (!c1 || !c2)
			break;
		if (c1 == c2)
			continue;
		c1 = tolower(c1);
		c2 = tolower(c2);
		if (c1 != c2)
			break;
	}
	return (int)c1 - (int)c2;
}

size_t strlcpy(char *dest, const char *src, size_t size)
{
	size_t ret = strlen(src);

	if (size) {
		size_t len = ret < size ? ret : size - 1;

		memcpy(dest, src, len);
		dest[len] = '\0';
	}
	return ret;
}

ssize_t strscpy(char *dest, const char *src, size_t count)
{
	size_t i;

	/* A size this large is a negative number passed by mistake. */
	if (count == 0 || WARN_ON_ONCE(count > INT_MAX))
		return -E2BIG;
	for (i = 0; i < count; i++) {
		dest[i] = src[i];
		if (!src[i])
			return i;
	}
	dest[count - 1] = '\0';
	return -E2BIG;
}

ssize_t strscpy_pad(char *dest, const char *src, size_t count)
{
	ssize_t written = strscpy(dest, src, count);

	if (written < 0 || written == count - 1)
		return written;
	memset(dest + written + 1, 0, count - written - 1);
	return written;
}

size_t strlcat(char *dest, const char *src, size_t count)
{
	size_t dsize = strlen(dest);
	size_t len = strlen(src);
	size_t res = dsize + len;

	/* @dest must already be a string within its buffer. */
	BUG_ON(dsize >= count);
	dest += dsize;
	count -= dsize;
	if (len >= count)
		len = count - 1;
	memcpy(dest, src, len);
	dest[len] = '\0';
	return res;
}

#ifdef KSHIM_UML
/*
 * UML's flags say -Dstrrchr=kernel_strrchr (the C library has one too):
 * this is kernel_strrchr, which kbasename() calls.
 */
char *strrchr(const char *s, int c)
{
	const char *last = NULL;

	do {
		if (*s == (char)c)
			last = s;
	} while (*s++);
	return (char *)last;
}
EXPORT_SYMBOL(strrchr);
#endif

char *strnchr(const char *s, size_t count, int c)
{
	for (; count; count--, s++) {
		if (*s == (char)c)
			return (char *)s;
		if (!*s)
			break;
	}
	return NULL;
}

char *strnchrnul(const char *s, size_t count, int c)
{
	while (count-- && *s && *s != (char)c)
		s++;
	return (char *)s;
}

char *strnstr(const char *s1, const char *s2, size_t len)
{
	size_t l2 = strlen(s2);

	if (!l2)
		return (char *)s1;
	for (; len >= l2; len--, s1++)
		if (!memcmp(s1, s2, l2))
			return (char *)s1;
	return NULL;
}

char *skip_spaces(const char *str)
{
	while (isspace(*str))
		str++;
	return (char *)str;
}

char *strim(char *s)
{
	size_t size = strlen(s);
	char *end;

	if (!size)
		return s;
	end = s + size;
	while (end > s && isspace(end[-1]))
		end--;
	*end = '\0';
	return skip_spaces(s);
}

void *memchr_inv(const void *s, int c, size_t n)
{
	const u8 *p = s;

	for (; n; n--, p++)
		if (*p != (u8)c)
			return (void *)p;
	return NULL;
}

void *memscan(void *addr, int c, size_t size)
{
	unsigned char *p = addr;

	for (; size; size--, p++)
		if (*p == (unsigned char)c)
			break;
	return p;
}

char *strreplace(char *s, char old, char new)
{
	for (; *s; s++)
		if (*s == old)
			*s = new;
	return s;
}

/* x86's <asm/string_64.h> has them inline (__HAVE_ARCH_MEMSET16). */
#ifndef __HAVE_ARCH_MEMSET16
void *memset16(uint16_t *s, uint16_t v, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++)
		s[i] = v;
	return s;
}

void *memset32(uint32_t *s, uint32_t v, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++)
		s[i] = v;
	return s;
}

void *memset64(uint64_t *s, uint64_t v, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++)
		s[i] = v;
	return s;
}

#endif

size_t memweight(const void *ptr, size_t bytes)
{
	const u8 *p = ptr;
	size_t ret = 0;

	while (bytes--)
		ret += __builtin_popcount(*p++);
	return ret;
}

void memcpy_and_pad(void *dest, size_t dest_len, const void *src, size_t count,
		    int pad)
{
	if (dest_len > count) {
		memcpy(dest, src, count);
		memset(dest + count, pad, dest_len - count);
	} else {
		memcpy(dest, src, dest_len);
	}
}

bool sysfs_streq(const char *s1, const char *s2)
{
	while (*s1 && *s1 == *s2) {
		s1++;
		s2++;
	}
	if (*s1 == *s2)
		return true;
	/* One ends in a lone newline where the other ends. */
	if (!*s1 && *s2 == '\n' && !s2[1])
		return true;
	return *s1 == '\n' && !s1[1] && !*s2;
}

int match_string(const char * const *array, size_t n, const char *string)
{
	size_t i;

	/* A NULL entry ends the array early. */
	for (i = 0; i < n && array[i]; i++)
		if (!strcmp(array[i], string))
			return i;
	return -EINVAL;
}

int __sysfs_match_string(const char * const *array, size_t n, const char *str)
{
	size_t i;

	for (i = 0; i < n && array[i]; i++)
		if (sysfs_streq(array[i], str))
			return i;
	return -EINVAL;
}
