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
#include <kshim/kapi.h>

char *kshim_kvasprintf(const struct kshim_site *site, gfp_t gfp,
		       const char *fmt, va_list args);
const char *kshim_kvasprintf_const(const struct kshim_site *site, gfp_t gfp,
				   const char *fmt, va_list args);
const char *kshim_kstrdup_const(const char *s, gfp_t gfp,
				const struct kshim_site *site);

/* The site of the call that called the function this is used in. */
#define KSHIM_CALLER_SITE	kshim_site_at(__builtin_return_address(0))
#endif

#endif /* _KSHIM_KERNEL_INTERNAL_H */
