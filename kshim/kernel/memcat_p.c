// SPDX-License-Identifier: GPL-2.0-only
/* memcat_p(): concatenate two NULL-terminated pointer arrays (lib/memcat_p.c). */
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/export.h>
#include <kshim/kapi.h>
#include "internal.h"

void **__kshim_memcat_p(void **a, void **b, const struct kshim_site *site)
{
	size_t na = 0, nb = 0;
	void **new;

	while (a[na])
		na++;
	while (b[nb])
		nb++;
	/* The kernel's kmalloc_array(), failing at the caller's site. */
	new = kshim_alloc_array(na + nb + 1, sizeof(void *),
				__kshim_gfp(GFP_KERNEL), site, "kmalloc_array");
	if (!new)
		return NULL;
	memcpy(new, a, na * sizeof(void *));
	memcpy(new + na, b, (nb + 1) * sizeof(void *));
	return new;
}
EXPORT_SYMBOL_GPL(__kshim_memcat_p);

#ifdef KSHIM_UML
/* The kernel's export: memcat_p() is a macro over it, in the driver. */
void **__memcat_p(void **a, void **b)
{
	return __kshim_memcat_p(a, b, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(__memcat_p);
#endif
