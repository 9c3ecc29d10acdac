// SPDX-License-Identifier: GPL-2.0-only
/*
 * User memory copied into the kernel (mm/util.c: memdup_user() and
 * friends), for modules built against the kernel's own headers, and the
 * user copies the kernel half's own APIs make at their caller's site. The
 * allocation and the copy are both the caller's call, at its return
 * address, as on the old path.
 */
#include <linux/kernel.h>
#include <linux/err.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <kshim/kapi.h>
#include <kshim/lockdep.h>
#include <kshim/usapi.h>
#include "../fs/internal.h"

/* How many of the @n bytes at @p user space gives (none if !access_ok()). */
static unsigned long user_ok(const void __user *p, unsigned long n,
			     const struct kshim_site *site, const char *what)
{
	if (!access_ok(p, n))
		return 0;
	return kshim_user_access((const void __force *)p, n, site, what);
}

/* lib/usercopy.c's _copy_from_user() and _copy_to_user(), at @site. */
unsigned long kshim_copy_from_user_at(void *to, const void __user *from,
				      unsigned long n,
				      const struct kshim_site *site)
{
	unsigned long ok;

	kshim_might_fault("lib/usercopy.c", 14, site);
	ok = user_ok(from, n, site, "copy_from_user");
	memcpy(to, (const void __force *)from, ok);
	/* What could not be read is zeroed, as _copy_from_user() does. */
	memset(to + ok, 0, n - ok);
	return n - ok;
}

unsigned long kshim_copy_to_user_at(void __user *to, const void *from,
				    unsigned long n,
				    const struct kshim_site *site)
{
	unsigned long ok;

	kshim_might_fault("lib/usercopy.c", 36, site);
	ok = user_ok(to, n, site, "copy_to_user");
	memcpy((void __force *)to, from, ok);
	return n - ok;
}

/* @len bytes from @src in a new buffer of @size. */
static void *memdup(const void __user *src, size_t len, size_t size,
		    gfp_t gfp, const struct kshim_site *site)
{
	void *p = kshim_alloc(size, (__force unsigned int)gfp, site, "kmalloc");

	if (!p)
		return ERR_PTR(-ENOMEM);
	if (kshim_copy_from_user_at(p, src, len, site)) {
		kshim_free(p, site, "kfree");
		return ERR_PTR(-EFAULT);
	}
	return p;
}

void *memdup_user(const void __user *src, size_t len)
{
	return memdup(src, len, len, GFP_USER | __GFP_NOWARN,
		      KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(memdup_user);

/* kvmalloc(): one allocator here, so kvfree() and kfree() both free it. */
void *vmemdup_user(const void __user *src, size_t len)
{
	return memdup(src, len, len, GFP_USER, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(vmemdup_user);

void *memdup_user_nul(const void __user *src, size_t len)
{
	char *p = memdup(src, len, len + 1, GFP_KERNEL, KSHIM_CALLER_SITE);

	if (!IS_ERR(p))
		p[len] = '\0';
	return p;
}
EXPORT_SYMBOL(memdup_user_nul);

/* The size of the string with its NUL, as strnlen_user(), at @site. */
static long strnlen_user_at(const char __user *str, long n,
			    const struct kshim_site *site)
{
	const char *s = (const char __force *)str;
	unsigned long ok;
	long i;

	if (n <= 0 || !access_ok(str, 1))
		return 0;
	ok = kshim_user_access(s, n, site, "strnlen_user");
	for (i = 0; i < (long)ok; i++)
		if (!s[i])
			return i + 1;
	return i == n ? n + 1 : 0;
}

char *strndup_user(const char __user *s, long n)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	long length = strnlen_user_at(s, n, site);
	char *p;

	if (!length)
		return ERR_PTR(-EFAULT);
	if (length > n)
		return ERR_PTR(-EINVAL);
	p = memdup(s, length, length, GFP_USER | __GFP_NOWARN, site);
	if (IS_ERR(p))
		return p;
	p[length - 1] = '\0';
	return p;
}
EXPORT_SYMBOL(strndup_user);

/* mm/maccess.c: check_copy_size() found a copy larger than its object. */
void __copy_overflow(int size, unsigned long count)
{
	WARN(1, "Buffer overflow detected (%d < %lu)!\n", size, count);
}
EXPORT_SYMBOL(__copy_overflow);
