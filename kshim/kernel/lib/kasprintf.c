// SPDX-License-Identifier: GPL-2.0-only
/*
 * kasprintf() and friends (lib/kasprintf.c), for modules built against the
 * kernel's own headers: the allocation is the caller's, at its return
 * address, for fault injection, the sweep and leak reports.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <kshim/kapi.h>
#include "../internal.h"

char *kvasprintf(gfp_t gfp, const char *fmt, va_list ap)
{
	return kshim_kvasprintf(kshim_site_at(__builtin_return_address(0)), gfp,
				fmt, ap);
}
EXPORT_SYMBOL(kvasprintf);

const char *kvasprintf_const(gfp_t gfp, const char *fmt, va_list ap)
{
	return kshim_kvasprintf_const(kshim_site_at(__builtin_return_address(0)),
				      gfp, fmt, ap);
}
EXPORT_SYMBOL(kvasprintf_const);

char *kasprintf(gfp_t gfp, const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = kshim_kvasprintf(kshim_site_at(__builtin_return_address(0)), gfp,
			     fmt, ap);
	va_end(ap);
	return p;
}
EXPORT_SYMBOL(kasprintf);
