/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * User memory. A user pointer is valid where the harness says user space
 * has memory (kshim/uspace.h: the buffer of a read() or write(), memory a
 * test mapped); anything else faults, as an unmapped address does. Every
 * access is a fallible call for fault injection: a failed one behaves as a
 * fault at the start of the user range.
 */
#ifndef _LINUX_UACCESS_H
#define _LINUX_UACCESS_H

#include <linux/types.h>
#include <linux/errno.h>
#include <linux/compiler.h>
#include <linux/string.h>
#include <kshim/kapi.h>

/* x86_64's TASK_SIZE_MAX with 4-level page tables: (1 << 47) - PAGE_SIZE. */
#define TASK_SIZE_MAX	((1UL << 47) - 4096)

/* Only the range check, as x86's: it says nothing about what is mapped. */
static inline bool kshim_access_ok(const void __user *addr, unsigned long size)
{
	unsigned long a = (unsigned long)addr;

	return size <= TASK_SIZE_MAX && a <= TASK_SIZE_MAX - size;
}

#define access_ok(addr, size)	kshim_access_ok((const void __user *)(addr), (size))

/* kernel/fs.c: each returns the bytes NOT copied, as the kernel's. */
unsigned long kshim_copy_from_user(void *to, const void __user *from,
				   unsigned long n,
				   const struct kshim_site *site);
unsigned long kshim_copy_to_user(void __user *to, const void *from,
				 unsigned long n,
				 const struct kshim_site *site);
unsigned long kshim_clear_user(void __user *to, unsigned long n,
			       const struct kshim_site *site);
/* 0 or -EFAULT; get reads @size bytes into @val (zeroed on a fault). */
int kshim_get_user(void *val, const void __user *ptr, unsigned long size,
		   const struct kshim_site *site);
int kshim_put_user(const void *val, void __user *ptr, unsigned long size,
		   const struct kshim_site *site);
long kshim_strncpy_from_user(char *dst, const char __user *src, long count,
			     const struct kshim_site *site);
long kshim_strnlen_user(const char __user *str, long n,
			const struct kshim_site *site);

#define copy_from_user(to, from, n)					\
	kshim_copy_from_user((to), (from), (n), KSHIM_SITE)
#define copy_to_user(to, from, n)					\
	kshim_copy_to_user((to), (from), (n), KSHIM_SITE)
#define __copy_from_user(to, from, n)	copy_from_user(to, from, n)
#define __copy_to_user(to, from, n)	copy_to_user(to, from, n)
#define raw_copy_from_user(to, from, n)	copy_from_user(to, from, n)
#define raw_copy_to_user(to, from, n)	copy_to_user(to, from, n)
#define clear_user(to, n)	kshim_clear_user((to), (n), KSHIM_SITE)
#define __clear_user(to, n)	clear_user(to, n)
#define strncpy_from_user(dst, src, count)				\
	kshim_strncpy_from_user((dst), (src), (count), KSHIM_SITE)
#define strnlen_user(str, n)	kshim_strnlen_user((str), (n), KSHIM_SITE)

/*
 * get_user(): the value is read into the low bytes of a u64 (x86 is little
 * endian) and converted to the pointed-to type, 0 on a fault.
 */
#define get_user(x, ptr)						\
({									\
	u64 __gu_val = 0;						\
	int __gu_err = kshim_get_user(&__gu_val, (ptr), sizeof(*(ptr)),	\
				      KSHIM_SITE);			\
	(x) = (__force __typeof__(*(ptr)))(__kshim_gu_cast(*(ptr)))__gu_val; \
	__gu_err;							\
})
/* An integer type of the pointer's size, to convert the value through. */
#define __kshim_gu_cast(v)						\
	__typeof__(__builtin_choose_expr(sizeof(v) == 1, (u8)0,		\
		   __builtin_choose_expr(sizeof(v) == 2, (u16)0,	\
		   __builtin_choose_expr(sizeof(v) == 4, (u32)0, (u64)0))))

#define put_user(x, ptr)						\
({									\
	__typeof__(*(ptr)) __pu_val = (x);				\
	kshim_put_user(&__pu_val, (ptr), sizeof(*(ptr)), KSHIM_SITE);	\
})

#define __get_user(x, ptr)	get_user(x, ptr)
#define __put_user(x, ptr)	put_user(x, ptr)

/* Page faults off: a user access cannot sleep, might_fault() is quiet. */
static inline void pagefault_disable(void)
{
	kshim_pagefault_add(1);
	barrier();
}

static inline void pagefault_enable(void)
{
	barrier();
	kshim_pagefault_add(-1);
}

static inline bool pagefault_disabled(void)
{
	return kshim_pagefault_disabled();
}

#define user_access_begin(ptr, len)	access_ok(ptr, len)
#define user_access_end()		do { } while (0)

static inline long copy_from_user_nofault(void *dst, const void __user *src,
					  size_t size)
{
	long ret;

	pagefault_disable();
	ret = copy_from_user(dst, src, size) ? -EFAULT : 0;
	pagefault_enable();
	return ret;
}

#endif /* _LINUX_UACCESS_H */
