/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The kernel's string and memory functions (6.1's lib/string.c API).
 *
 * The program also links the C library, which defines most of these names.
 * Where the C library's function behaves as the kernel's (memcpy, strlen,
 * strchr...), the kernel name is declared here and the C library provides
 * it: a kernel-side definition under the same name would replace it for the
 * whole program. Where the results differ, the kernel name is bound to a
 * kshim symbol with an asm label (strcmp and strncmp return -1/0/1 in the
 * kernel; strcasecmp and strncasecmp fold Latin-1 letters too). The
 * kernel-only functions (strscpy, strlcpy, memchr_inv...) are kshim's, in
 * kernel/string.c.
 *
 * kstrdup(), kmemdup() and friends allocate, so they live with the slab API
 * (linux/slab.h, included at the end: 6.1 declares them here).
 */
#ifndef _LINUX_STRING_H
#define _LINUX_STRING_H

#include <linux/array_size.h>
#include <linux/compiler.h>
#include <linux/types.h>
#include <linux/stddef.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/overflow.h>
#include <linux/stdarg.h>

/* ---- Provided by the C library: same behaviour as the kernel's ---- */

extern void *memcpy(void *dest, const void *src, size_t count);
extern void *memmove(void *dest, const void *src, size_t count);
extern void *memset(void *s, int c, size_t count);
extern int memcmp(const void *cs, const void *ct, size_t count);
extern int bcmp(const void *cs, const void *ct, size_t count);
extern void *memchr(const void *s, int c, size_t n);
extern size_t strlen(const char *s);
extern size_t strnlen(const char *s, size_t count);
extern char *strcpy(char *dest, const char *src);
extern char *strncpy(char *dest, const char *src, size_t count);
extern char *strcat(char *dest, const char *src);
extern char *strncat(char *dest, const char *src, size_t count);
extern char *strchr(const char *s, int c);
extern char *strrchr(const char *s, int c);
extern char *strchrnul(const char *s, int c);
extern char *strstr(const char *s1, const char *s2);
extern char *strpbrk(const char *cs, const char *ct);
extern char *strsep(char **s, const char *ct);
extern size_t strspn(const char *s, const char *accept);
extern size_t strcspn(const char *s, const char *reject);

/* ---- The kernel's own, where the C library's differ ---- */

/* -1, 0 or 1 as the first differing bytes compare (as unsigned char). */
extern int strcmp(const char *cs, const char *ct) __asm__("kshim_strcmp");
extern int strncmp(const char *cs, const char *ct, size_t count)
	__asm__("kshim_strncmp");
/* Case folding by the kernel's ctype table, which includes Latin-1. */
extern int strcasecmp(const char *s1, const char *s2) __asm__("kshim_strcasecmp");
extern int strncasecmp(const char *s1, const char *s2, size_t len)
	__asm__("kshim_strncasecmp");

/* ---- Kernel-only, in kernel/string.c ---- */

/*
 * Copy at most @size - 1 bytes and always terminate (when @size > 0).
 * strlcpy() returns strlen(@src); strscpy() returns the bytes copied, or
 * -E2BIG if @src did not fit (@dest then holds the truncated string).
 */
size_t strlcpy(char *dest, const char *src, size_t size);
ssize_t strscpy(char *dest, const char *src, size_t count);
/* strscpy(), then the rest of @dest zeroed. */
ssize_t strscpy_pad(char *dest, const char *src, size_t count);
/* Append @src to the string in a buffer of @count bytes; returns the length tried. */
extern size_t strlcat(char *dest, const char *src, size_t count);

/* strchr() and strchrnul() within the first @count bytes. */
extern char *strnchr(const char *s, size_t count, int c);
extern char *strnchrnul(const char *s, size_t count, int c);
/* strstr() within the first @len bytes of @s1. */
extern char *strnstr(const char *s1, const char *s2, size_t len);

/* Past leading white space. */
extern char * __must_check skip_spaces(const char *str);
/* Trailing white space cut off in place, leading skipped: returns the start. */
extern char *strim(char *s);

static inline __must_check char *strstrip(char *str)
{
	return strim(str);
}

/* The first byte that is not @c, or NULL if all @n are. */
void *memchr_inv(const void *s, int c, size_t n);
/* The first byte that is @c, or the end of the area (never NULL). */
extern void *memscan(void *addr, int c, size_t size);
/* Every @old replaced by @new; returns the end of the string. */
char *strreplace(char *s, char old, char new);

extern void *memset16(uint16_t *s, uint16_t v, size_t count);
extern void *memset32(uint32_t *s, uint32_t v, size_t count);
extern void *memset64(uint64_t *s, uint64_t v, size_t count);

static inline void *memset_l(unsigned long *p, unsigned long v, size_t n)
{
	return memset64((uint64_t *)p, v, n);
}

static inline void *memset_p(void **p, void *v, size_t n)
{
	return memset64((uint64_t *)p, (uintptr_t)v, n);
}

/* The number of set bits in the area. */
size_t memweight(const void *ptr, size_t bytes);

/* Copy @count bytes of @src, then fill @dest up to @dest_len with @pad. */
void memcpy_and_pad(void *dest, size_t dest_len, const void *src, size_t count,
		    int pad);

static inline void memcpy_flushcache(void *dst, const void *src, size_t cnt)
{
	memcpy(dst, src, cnt);
}

#define unsafe_memcpy(dst, src, bytes, justification)	memcpy(dst, src, bytes)

static inline bool mem_is_zero(const void *s, size_t n)
{
	return !memchr_inv(s, 0, n);
}

/* Strings equal, except that either may end in one newline (sysfs input). */
extern bool sysfs_streq(const char *s1, const char *s2);
/*
 * The index of @string in the first @n entries of @array (stopping at a NULL
 * entry), or -EINVAL. The sysfs_ variant compares with sysfs_streq().
 */
int match_string(const char * const *array, size_t n, const char *string);
int __sysfs_match_string(const char * const *array, size_t n, const char *s);
#define sysfs_match_string(_a, _s) __sysfs_match_string(_a, ARRAY_SIZE(_a), _s)

static inline bool strstarts(const char *str, const char *prefix)
{
	return strncmp(str, prefix, strlen(prefix)) == 0;
}

/* strlen(@prefix) if @str starts with it, else 0. */
static __always_inline size_t str_has_prefix(const char *str, const char *prefix)
{
	size_t len = strlen(prefix);

	return strncmp(str, prefix, len) == 0 ? len : 0;
}

/* memset() to zero that the compiler may not drop as a dead store. */
static inline void memzero_explicit(void *s, size_t count)
{
	memset(s, 0, count);
	barrier_data(s);
}

/* The part of @path after the last '/'. */
static inline const char *kbasename(const char *path)
{
	const char *tail = strrchr(path, '/');

	return tail ? tail + 1 : path;
}

/* Fill the bytes of *@obj after (or from) @member with @v. */
#define memset_after(obj, v, member)					\
({									\
	u8 *__msa_ptr = (u8 *)(obj);					\
	typeof(v) __msa_val = (v);					\
	memset(__msa_ptr + offsetofend(typeof(*(obj)), member), __msa_val, \
	       sizeof(*(obj)) - offsetofend(typeof(*(obj)), member));	\
})

#define memset_startat(obj, v, member)					\
({									\
	u8 *__mss_ptr = (u8 *)(obj);					\
	typeof(v) __mss_val = (v);					\
	memset(__mss_ptr + offsetof(typeof(*(obj)), member), __mss_val,	\
	       sizeof(*(obj)) - offsetof(typeof(*(obj)), member));	\
})

/*
 * A new NULL-terminated array of @a's pointers then @b's (kmalloc'ed at the
 * caller's site: free it with kfree()), or NULL. lib/memcat_p.c.
 */
struct kshim_site;
void **__kshim_memcat_p(void **a, void **b, const struct kshim_site *site);
#define memcat_p(a, b) ({						\
	BUILD_BUG_ON_MSG(!__same_type(*(a), *(b)),			\
			 "type mismatch in memcat_p()");		\
	(typeof(*a) *)__kshim_memcat_p((void **)(a), (void **)(b),	\
				       KSHIM_SITE);			\
})

/* memdup_user() and friends (mm/util.c), declared here as in 6.1. */
void *kshim_memdup_user(const void __user *src, size_t len,
			const struct kshim_site *site);
void *kshim_memdup_user_nul(const void __user *src, size_t len,
			    const struct kshim_site *site);
char *kshim_strndup_user(const char __user *s, long n,
			 const struct kshim_site *site);
#define memdup_user(src, len)	kshim_memdup_user((src), (len), KSHIM_SITE)
#define memdup_user_nul(src, len) kshim_memdup_user_nul((src), (len), KSHIM_SITE)
#define strndup_user(s, n)	kshim_strndup_user((s), (n), KSHIM_SITE)

/* Last, so that slab.h may include this header back. */
#include <linux/slab.h>

#endif /* _LINUX_STRING_H */
