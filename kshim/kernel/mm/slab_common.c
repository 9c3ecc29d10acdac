// SPDX-License-Identifier: GPL-2.0-only
/*
 * The slab allocators' exported functions (mm/slab_common.c, mm/slub.c,
 * mm/util.c), for modules built against the kernel's own headers. The
 * tracking, poison and red zones are host/slab.c's; every allocation is
 * the caller's, at its return address.
 *
 * kmalloc() of a constant size is inline: it picks a cache from
 * kmalloc_caches[][] and calls kmalloc_trace(). kshim's caches are named
 * and sized as 6.1's, and only the size the driver asked for counts.
 */
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <kshim/kapi.h>
#include "../internal.h"

/*
 * What the inline kmalloc() reads: a cache per type and size index. Drivers
 * never look inside one (struct kmem_cache is mm/'s own), so one stands for
 * all.
 */
static long kshim_kmalloc_cache[16];
struct kmem_cache *
kmalloc_caches[NR_KMALLOC_TYPES][KMALLOC_SHIFT_HIGH + 1] __ro_after_init = {
	[0 ... NR_KMALLOC_TYPES - 1] = {
		[0 ... KMALLOC_SHIFT_HIGH] = (struct kmem_cache *)kshim_kmalloc_cache
	}
};
EXPORT_SYMBOL(kmalloc_caches);

static void *alloc_at(size_t size, gfp_t flags, const struct kshim_site *site,
		      const char *what)
{
	/* kzalloc() is kmalloc() with __GFP_ZERO inline: named as written. */
	if ((flags & __GFP_ZERO) && !strcmp(what, "kmalloc"))
		what = "kzalloc";
	return kshim_alloc(size, (__force unsigned int)flags, site, what);
}

void *__kmalloc(size_t size, gfp_t flags)
{
	return alloc_at(size, flags, KSHIM_CALLER_SITE, "kmalloc");
}
EXPORT_SYMBOL(__kmalloc);

void *__kmalloc_node(size_t size, gfp_t flags, int node)
{
	return alloc_at(size, flags, KSHIM_CALLER_SITE, "kmalloc");
}
EXPORT_SYMBOL(__kmalloc_node);

void *kmalloc_trace(struct kmem_cache *s, gfp_t flags, size_t size)
{
	return alloc_at(size, flags, KSHIM_CALLER_SITE, "kmalloc");
}
EXPORT_SYMBOL(kmalloc_trace);

void *kmalloc_node_trace(struct kmem_cache *s, gfp_t flags, int node,
			 size_t size)
{
	return alloc_at(size, flags, KSHIM_CALLER_SITE, "kmalloc");
}
EXPORT_SYMBOL(kmalloc_node_trace);

void *kmalloc_large(size_t size, gfp_t flags)
{
	return alloc_at(size, flags, KSHIM_CALLER_SITE, "kmalloc");
}
EXPORT_SYMBOL(kmalloc_large);

void *kmalloc_large_node(size_t size, gfp_t flags, int node)
{
	return alloc_at(size, flags, KSHIM_CALLER_SITE, "kmalloc");
}
EXPORT_SYMBOL(kmalloc_large_node);

void kfree(const void *p)
{
	kshim_free(p, KSHIM_CALLER_SITE, "kfree");
}
EXPORT_SYMBOL(kfree);

size_t ksize(const void *p)
{
	return kshim_ksize(p);
}
EXPORT_SYMBOL(ksize);

void *krealloc(const void *p, size_t new_size, gfp_t flags)
{
	return kshim_realloc(p, new_size, (__force unsigned int)flags,
			     KSHIM_CALLER_SITE, "krealloc");
}
EXPORT_SYMBOL(krealloc);

static void *memdup_at(const void *src, size_t len, gfp_t gfp,
		       const struct kshim_site *site, const char *what)
{
	void *p = alloc_at(len, gfp, site, what);

	if (p && len)
		memcpy(p, src, len);
	return p;
}

void *kmemdup(const void *src, size_t len, gfp_t gfp)
{
	return memdup_at(src, len, gfp, KSHIM_CALLER_SITE, "kmemdup");
}
EXPORT_SYMBOL(kmemdup);

static char *memdup_nul_at(const char *s, size_t len, gfp_t gfp,
			   const struct kshim_site *site, const char *what)
{
	char *buf;

	if (!s)
		return NULL;
	buf = alloc_at(len + 1, gfp, site, what);
	if (buf) {
		memcpy(buf, s, len);
		buf[len] = '\0';
	}
	return buf;
}

char *kmemdup_nul(const char *s, size_t len, gfp_t gfp)
{
	return memdup_nul_at(s, len, gfp, KSHIM_CALLER_SITE, "kmemdup_nul");
}
EXPORT_SYMBOL(kmemdup_nul);

char *kstrdup(const char *s, gfp_t gfp)
{
	if (!s)
		return NULL;
	return memdup_at(s, strlen(s) + 1, gfp, KSHIM_CALLER_SITE, "kstrdup");
}
EXPORT_SYMBOL(kstrdup);

char *kstrndup(const char *s, size_t max, gfp_t gfp)
{
	if (!s)
		return NULL;
	return memdup_nul_at(s, strnlen(s, max), gfp, KSHIM_CALLER_SITE,
			     "kstrndup");
}
EXPORT_SYMBOL(kstrndup);

/* kstrdup_const(): a string in read-only data is kept, not copied. */
const char *kshim_kstrdup_const(const char *s, gfp_t gfp,
				const struct kshim_site *site)
{
	if (kshim_is_rodata(s))
		return s;
	if (!s)
		return NULL;
	return memdup_at(s, strlen(s) + 1, gfp, site, "kstrdup_const");
}

const char *kstrdup_const(const char *s, gfp_t gfp)
{
	return kshim_kstrdup_const(s, gfp, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(kstrdup_const);

void kfree_const(const void *x)
{
	if (!kshim_is_rodata(x))
		kshim_free(x, KSHIM_CALLER_SITE, "kfree_const");
}
EXPORT_SYMBOL(kfree_const);
