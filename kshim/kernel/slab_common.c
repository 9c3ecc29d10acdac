// SPDX-License-Identifier: GPL-2.0-only
/*
 * The kernel side of kshim's allocators: what mm/slab_common.c and
 * mm/util.c do on top of kmalloc() (copies, kmem caches), and the real
 * functions behind the allocation macros, for drivers that take their
 * address. A call through one of those is reported at this file's line.
 *
 * The tracking itself is host/slab.c's (kshim_alloc() and friends).
 */
#include <linux/bug.h>
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/vmalloc.h>

/* ---- mm/util.c: copies ---- */

void *kshim_kmemdup(const void *src, size_t len, gfp_t gfp,
		    const struct kshim_site *site, const char *what)
{
	void *p = kshim_alloc(len, __kshim_gfp(gfp), site, what);

	if (p && len)
		memcpy(p, src, len);
	return p;
}

void *kshim_kmemdup_nul(const char *s, size_t len, gfp_t gfp,
			const struct kshim_site *site)
{
	char *buf;

	if (!s)
		return NULL;
	buf = kshim_alloc(len + 1, __kshim_gfp(gfp), site, "kmemdup_nul");
	if (buf) {
		memcpy(buf, s, len);
		buf[len] = '\0';
	}
	return buf;
}

char *kshim_kstrdup(const char *s, gfp_t gfp, const struct kshim_site *site,
		    const char *what)
{
	if (!s)
		return NULL;
	return kshim_kmemdup(s, strlen(s) + 1, gfp, site, what);
}

char *kshim_kstrndup(const char *s, size_t max, gfp_t gfp,
		     const struct kshim_site *site)
{
	if (!s)
		return NULL;
	return kshim_kmemdup_nul(s, strnlen(s, max), gfp, site);
}

/* A string in read-only data lives for ever: no copy is needed. */
const char *kshim_kstrdup_const(const char *s, gfp_t gfp,
				const struct kshim_site *site)
{
	if (kshim_is_rodata(s))
		return s;
	return kshim_kstrdup(s, gfp, site, "kstrdup_const");
}

void kshim_kfree_const(const void *x, const struct kshim_site *site)
{
	if (!kshim_is_rodata(x))
		kshim_free(x, site, "kfree_const");
}

/* mm/util.c kvrealloc(): 6.1's takes the old size from the caller. */
void *kshim_kvrealloc(const void *p, size_t oldsize, size_t newsize,
		      unsigned int flags, const struct kshim_site *site)
{
	void *newp;

	if (oldsize >= newsize)
		return (void *)p;
	newp = kshim_alloc(newsize, flags, site, "kvrealloc");
	if (!newp)
		return NULL;
	if (p)
		memcpy(newp, p, oldsize);
	kshim_free(p, site, "kvfree");
	return newp;
}

/* ---- kmem caches ---- */

struct kmem_cache {
	const char *name;
	unsigned int size;
	unsigned int align;
	unsigned int useroffset;
	unsigned int usersize;
	slab_flags_t flags;
	void (*ctor)(void *);
	char name_buf[];
};

/* mm/slab_common.c calculate_alignment(), with 64-byte cache lines. */
static unsigned int cache_align(slab_flags_t flags, unsigned int align,
				unsigned int size)
{
	if (flags & SLAB_HWCACHE_ALIGN) {
		unsigned int ralign = 64;

		while (size <= ralign / 2)
			ralign /= 2;
		align = max(align, ralign);
	}
	align = max_t(unsigned int, align, ARCH_SLAB_MINALIGN);
	return ALIGN(align, sizeof(void *));
}

struct kmem_cache *kshim_kmem_cache_create(const char *name, unsigned int size,
					   unsigned int align, slab_flags_t flags,
					   unsigned int useroffset,
					   unsigned int usersize,
					   void (*ctor)(void *),
					   const struct kshim_site *site)
{
	struct kmem_cache *s;
	size_t len = strlen(name) + 1;

	if (!usersize)
		useroffset = 0;
	if (usersize > size || size - usersize < useroffset)
		usersize = useroffset = 0;

	s = kshim_alloc(sizeof(*s) + len, __kshim_gfp(GFP_KERNEL), site,
			"kmem_cache_create");
	if (!s) {
		/* mm/slab_common.c kmem_cache_create_usercopy() */
		if (flags & SLAB_PANIC)
			panic("%s: Failed to create slab '%s'. Error %d\n",
			      "kmem_cache_create_usercopy", name, -ENOMEM);
		pr_warn("%s(%s) failed with error %d\n",
			"kmem_cache_create_usercopy", name, -ENOMEM);
		dump_stack();
		return NULL;
	}
	memcpy(s->name_buf, name, len);
	s->name = s->name_buf;
	s->size = size;
	s->align = cache_align(flags, align, size);
	s->useroffset = useroffset;
	s->usersize = usersize;
	s->flags = flags;
	s->ctor = ctor;
	return s;
}

void *kshim_kmem_cache_alloc(struct kmem_cache *s, gfp_t flags,
			     const struct kshim_site *site, const char *what)
{
	void *obj = kshim_alloc_ex(s->size, s->align, __kshim_gfp(flags), s,
				   site, what);

	/* The constructor runs first; __GFP_ZERO then clears the object. */
	if (obj && s->ctor) {
		s->ctor(obj);
		if (flags & __GFP_ZERO)
			memset(obj, 0, s->size);
	}
	return obj;
}

static const char *owner_name(const void *owner)
{
	return owner ? ((const struct kmem_cache *)owner)->name : "a kmalloc cache";
}

void kshim_kmem_cache_free(struct kmem_cache *s, void *objp,
			   const struct kshim_site *site)
{
	const void *owner;

	if (!objp)
		return;
	owner = kshim_alloc_owner(objp);
	/* mm/slab.h cache_from_obj(), as with CONFIG_SLAB_FREELIST_HARDENED */
	if (owner != s && kshim_alloc_size(objp)) {
		printk(KERN_WARNING CUT_HERE);
		printk(KERN_WARNING "%s: Wrong slab cache. %s but object is from %s\n",
		       "cache_from_obj", s->name, owner_name(owner));
		kshim_warn(NULL, "mm/slab.h", 665, "cache_from_obj", 0);
	}
	kshim_free(objp, site, "kmem_cache_free");
}

void kshim_kmem_cache_destroy(struct kmem_cache *s,
			      const struct kshim_site *site)
{
	if (!s)
		return;
	if (kshim_alloc_owned(s)) {
		/* mm/slab_common.c kmem_cache_destroy(): the cache stays. */
		printk(KERN_WARNING CUT_HERE);
		printk(KERN_WARNING "%s %s: Slab cache still has objects when called from %pS\n",
		       "kmem_cache_destroy", s->name, __builtin_return_address(0));
		kshim_warn(NULL, "mm/slab_common.c", 493, "kmem_cache_destroy", 0);
		return;
	}
	kshim_free(s, site, "kmem_cache_destroy");
}

unsigned int kmem_cache_size(struct kmem_cache *s)
{
	return s->size;
}

/* ---- The real functions behind the macros ---- */

void *(kmalloc)(size_t size, gfp_t flags)
{
	return kmalloc(size, flags);
}

void *(kzalloc)(size_t size, gfp_t flags)
{
	return kzalloc(size, flags);
}

void *(kmalloc_node)(size_t size, gfp_t flags, int node)
{
	return kmalloc_node(size, flags, node);
}

void *(kzalloc_node)(size_t size, gfp_t flags, int node)
{
	return kzalloc_node(size, flags, node);
}

void *(kmalloc_array)(size_t n, size_t size, gfp_t flags)
{
	return kmalloc_array(n, size, flags);
}

void *(kcalloc)(size_t n, size_t size, gfp_t flags)
{
	return kcalloc(n, size, flags);
}

void *(krealloc)(const void *p, size_t new_size, gfp_t flags)
{
	return krealloc(p, new_size, flags);
}

void *(krealloc_array)(void *p, size_t new_n, size_t new_size, gfp_t flags)
{
	return krealloc_array(p, new_n, new_size, flags);
}

void (kfree)(const void *objp)
{
	kfree(objp);
}

void (kfree_sensitive)(const void *objp)
{
	kfree_sensitive(objp);
}

size_t ksize(const void *objp)
{
	return kshim_ksize(objp);
}

void *(kmemdup)(const void *src, size_t len, gfp_t gfp)
{
	return kmemdup(src, len, gfp);
}

void *(kmemdup_nul)(const char *s, size_t len, gfp_t gfp)
{
	return kmemdup_nul(s, len, gfp);
}

char *(kstrdup)(const char *s, gfp_t gfp)
{
	return kstrdup(s, gfp);
}

char *(kstrndup)(const char *s, size_t max, gfp_t gfp)
{
	return kstrndup(s, max, gfp);
}

const char *(kstrdup_const)(const char *s, gfp_t gfp)
{
	return kstrdup_const(s, gfp);
}

void (kfree_const)(const void *x)
{
	kfree_const(x);
}

void *(kvmalloc)(size_t size, gfp_t flags)
{
	return kvmalloc(size, flags);
}

void *(kvzalloc)(size_t size, gfp_t flags)
{
	return kvzalloc(size, flags);
}

void *(kvmalloc_array)(size_t n, size_t size, gfp_t flags)
{
	return kvmalloc_array(n, size, flags);
}

void *(kvcalloc)(size_t n, size_t size, gfp_t flags)
{
	return kvcalloc(n, size, flags);
}

void *(kvrealloc)(const void *p, size_t oldsize, size_t newsize, gfp_t flags)
{
	return kvrealloc(p, oldsize, newsize, flags);
}

void (kvfree)(const void *addr)
{
	kvfree(addr);
}

void (kvfree_sensitive)(const void *addr, size_t len)
{
	kvfree_sensitive(addr, len);
}

void *(vmalloc)(unsigned long size)
{
	return vmalloc(size);
}

void *(vzalloc)(unsigned long size)
{
	return vzalloc(size);
}

void *(vmalloc_node)(unsigned long size, int node)
{
	return vmalloc_node(size, node);
}

void *(vzalloc_node)(unsigned long size, int node)
{
	return vzalloc_node(size, node);
}

void *(__vmalloc)(unsigned long size, gfp_t gfp_mask)
{
	return __vmalloc(size, gfp_mask);
}

void *(vmalloc_array)(size_t n, size_t size)
{
	return vmalloc_array(n, size);
}

void *(__vmalloc_array)(size_t n, size_t size, gfp_t flags)
{
	return __vmalloc_array(n, size, flags);
}

void *(vcalloc)(size_t n, size_t size)
{
	return vcalloc(n, size);
}

void *(__vcalloc)(size_t n, size_t size, gfp_t flags)
{
	return __vcalloc(n, size, flags);
}

void (vfree)(const void *addr)
{
	vfree(addr);
}

struct kmem_cache *(kmem_cache_create)(const char *name, unsigned int size,
				       unsigned int align, slab_flags_t flags,
				       void (*ctor)(void *))
{
	return kmem_cache_create(name, size, align, flags, ctor);
}

struct kmem_cache *(kmem_cache_create_usercopy)(const char *name,
						unsigned int size,
						unsigned int align,
						slab_flags_t flags,
						unsigned int useroffset,
						unsigned int usersize,
						void (*ctor)(void *))
{
	return kmem_cache_create_usercopy(name, size, align, flags, useroffset,
					  usersize, ctor);
}

void *(kmem_cache_alloc)(struct kmem_cache *s, gfp_t flags)
{
	return kmem_cache_alloc(s, flags);
}

void *(kmem_cache_zalloc)(struct kmem_cache *s, gfp_t flags)
{
	return kmem_cache_zalloc(s, flags);
}

void (kmem_cache_free)(struct kmem_cache *s, void *objp)
{
	kmem_cache_free(s, objp);
}

void (kmem_cache_destroy)(struct kmem_cache *s)
{
	kmem_cache_destroy(s);
}
