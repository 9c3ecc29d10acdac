// SPDX-License-Identifier: GPL-2.0-only
/*
 * User memory for modules built against the kernel's own headers: the
 * out-of-line copies UML's <asm/uaccess.h> declares (arch/um/kernel/skas/
 * uaccess.c in the kernel). copy_from_user(), get_user() and friends are
 * inline in the driver: they check access_ok() against task_size, then call
 * these, which ask host/uspace.c how much of the range user space mapped
 * (and fault injection, at the driver's line: the call is inlined there).
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <kshim/kapi.h>
#include <kshim/usapi.h>
#include "../../../../internal.h"

/* How many of the @n bytes at @p user space can give, or take. */
static unsigned long mapped(const void __user *p, unsigned long n,
			    const struct kshim_site *site, const char *what)
{
	return kshim_user_access((const void __force *)p, n, site, what);
}

unsigned long raw_copy_from_user(void *to, const void __user *from,
				 unsigned long n)
{
	unsigned long ok = mapped(from, n, KSHIM_CALLER_SITE, "copy_from_user");

	memcpy(to, (const void __force *)from, ok);
	return n - ok;
}
EXPORT_SYMBOL(raw_copy_from_user);

unsigned long raw_copy_to_user(void __user *to, const void *from,
			       unsigned long n)
{
	unsigned long ok = mapped(to, n, KSHIM_CALLER_SITE, "copy_to_user");

	memcpy((void __force *)to, from, ok);
	return n - ok;
}
EXPORT_SYMBOL(raw_copy_to_user);

unsigned long __clear_user(void __user *mem, unsigned long len)
{
	unsigned long ok = mapped(mem, len, KSHIM_CALLER_SITE, "clear_user");

	memset((void __force *)mem, 0, ok);
	return len - ok;
}
EXPORT_SYMBOL(__clear_user);

/*
 * lib/strncpy_from_user.c: the length of the string copied (without its
 * NUL), @count when no NUL came within @count bytes, -EFAULT on a fault.
 */
long strncpy_from_user(char *dst, const char __user *src, long count)
{
	const char *s = (const char __force *)src;
	unsigned long ok;
	long i;

	might_fault();
	if (count <= 0)
		return 0;
	if (!access_ok(src, 1))
		return -EFAULT;
	ok = mapped(src, count, KSHIM_CALLER_SITE, "strncpy_from_user");
	for (i = 0; i < (long)ok; i++) {
		dst[i] = s[i];
		if (!s[i])
			return i;
	}
	return i == count ? count : -EFAULT;
}
EXPORT_SYMBOL(strncpy_from_user);

/*
 * lib/strnlen_user.c: the size of the string with its NUL; more than @n
 * when it is longer; 0 on a fault.
 */
long strnlen_user(const char __user *str, long n)
{
	const char *s = (const char __force *)str;
	unsigned long ok;
	long i;

	might_fault();
	if (n <= 0 || !access_ok(str, 1))
		return 0;
	ok = mapped(str, n, KSHIM_CALLER_SITE, "strnlen_user");
	for (i = 0; i < (long)ok; i++)
		if (!s[i])
			return i + 1;
	return i == n ? n + 1 : 0;
}
EXPORT_SYMBOL(strnlen_user);
