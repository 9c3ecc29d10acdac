/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What kshim's kernel-side files share beyond the kernel's headers: the
 * site-taking forms of the allocating calls, which the exported functions
 * call with their caller's site. Built against kshim's old headers, these
 * are declared there.
 */
#ifndef _KSHIM_KERNEL_INTERNAL_H
#define _KSHIM_KERNEL_INTERNAL_H

#ifdef KSHIM_UML
#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/overflow.h>
#include <kshim/kapi.h>

char *kshim_kvasprintf(const struct kshim_site *site, gfp_t gfp,
		       const char *fmt, va_list args);
const char *kshim_kvasprintf_const(const struct kshim_site *site, gfp_t gfp,
				   const char *fmt, va_list args);
const char *kshim_kstrdup_const(const char *s, gfp_t gfp,
				const struct kshim_site *site);

/* gfp_t as the host takes it; kmalloc_array() at @site, NULL on overflow. */
#define __kshim_gfp(flags)	((__force unsigned int)(flags))
static inline void *kshim_alloc_array(size_t n, size_t size, unsigned int flags,
				      const struct kshim_site *site, const char *what)
{
	size_t bytes;

	if (unlikely(check_mul_overflow(n, size, &bytes)))
		return NULL;
	return kshim_alloc(bytes, flags, site, what);
}

/* The site of the call that called the function this is used in. */
#define KSHIM_CALLER_SITE	kshim_site_at(__builtin_return_address(0))
#endif

#endif /* _KSHIM_KERNEL_INTERNAL_H */
