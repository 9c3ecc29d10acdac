/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The slab allocator: kmalloc() and friends, kmem caches, kvmalloc().
 *
 * Every allocating API is a macro that passes the caller's site, so fault
 * injection, leak and bad-free reports name the driver's line. Each also
 * exists as a real function (for taking its address); a call through one
 * of those is reported at kshim's own line in kernel/slab_common.c.
 */
#ifndef _LINUX_SLAB_H
#define _LINUX_SLAB_H

#include <linux/compiler.h>
#include <linux/gfp.h>
#include <linux/overflow.h>
#include <linux/types.h>
#include <kshim/kapi.h>

/* Cache flags (6.1's values; most change nothing in kshim). */
#define SLAB_CONSISTENCY_CHECKS	((slab_flags_t __force)0x00000100U)
#define SLAB_RED_ZONE		((slab_flags_t __force)0x00000400U)
#define SLAB_POISON		((slab_flags_t __force)0x00000800U)
#define SLAB_KMALLOC		((slab_flags_t __force)0x00001000U)
#define SLAB_HWCACHE_ALIGN	((slab_flags_t __force)0x00002000U)
#define SLAB_CACHE_DMA		((slab_flags_t __force)0x00004000U)
#define SLAB_CACHE_DMA32	((slab_flags_t __force)0x00008000U)
#define SLAB_STORE_USER		((slab_flags_t __force)0x00010000U)
#define SLAB_PANIC		((slab_flags_t __force)0x00040000U)
#define SLAB_TYPESAFE_BY_RCU	((slab_flags_t __force)0x00080000U)
#define SLAB_MEM_SPREAD		((slab_flags_t __force)0x00100000U)
#define SLAB_TRACE		((slab_flags_t __force)0x00200000U)
#define SLAB_DEBUG_OBJECTS	0
#define SLAB_NOLEAKTRACE	((slab_flags_t __force)0x00800000U)
#define SLAB_FAILSLAB		((slab_flags_t __force)0x02000000U)
#define SLAB_ACCOUNT		((slab_flags_t __force)0x04000000U)
#define SLAB_KASAN		0
#define SLAB_NO_USER_FLAGS	((slab_flags_t __force)0x10000000U)
#define SLAB_SKIP_KFENCE	0
#define SLAB_RECLAIM_ACCOUNT	((slab_flags_t __force)0x00020000U)
#define SLAB_TEMPORARY		SLAB_RECLAIM_ACCOUNT

/* kmalloc(0) returns this: not NULL, but faults when dereferenced. */
#define ZERO_SIZE_PTR ((void *)16)
#define ZERO_OR_NULL_PTR(x) ((unsigned long)(x) <= (unsigned long)ZERO_SIZE_PTR)

/* SLUB on x86_64 with 4 KiB pages and MAX_ORDER 11. */
#define ARCH_KMALLOC_MINALIGN	__alignof__(unsigned long long)
#define ARCH_SLAB_MINALIGN	__alignof__(unsigned long long)
#define KMALLOC_MIN_SIZE	8
#define KMALLOC_SHIFT_LOW	3
#define KMALLOC_SHIFT_HIGH	13
#define KMALLOC_SHIFT_MAX	22
#define KMALLOC_MAX_SIZE	(1UL << KMALLOC_SHIFT_MAX)
#define KMALLOC_MAX_CACHE_SIZE	(1UL << KMALLOC_SHIFT_HIGH)
#define KMALLOC_MAX_ORDER	(KMALLOC_SHIFT_MAX - 12)

/* The host calls (host/slab.c) are declared in <kshim/kapi.h>. */

/* ---- kmalloc ---- */

#define __kshim_gfp(flags)	((__force unsigned int)(flags))

void *kmalloc(size_t size, gfp_t flags) __malloc __alloc_size__(1);
void *kzalloc(size_t size, gfp_t flags) __malloc __alloc_size__(1);
void *kmalloc_node(size_t size, gfp_t flags, int node) __malloc __alloc_size__(1);
void *kzalloc_node(size_t size, gfp_t flags, int node) __malloc __alloc_size__(1);
void *kmalloc_array(size_t n, size_t size, gfp_t flags) __malloc;
void *kcalloc(size_t n, size_t size, gfp_t flags) __malloc;
void *krealloc(const void *p, size_t new_size, gfp_t flags) __must_check;
void *krealloc_array(void *p, size_t new_n, size_t new_size, gfp_t flags) __must_check;
void kfree(const void *objp);
void kfree_sensitive(const void *objp);
size_t ksize(const void *objp);

#define kmalloc(size, flags)						\
	kshim_alloc((size), __kshim_gfp(flags), KSHIM_SITE, "kmalloc")
#define kzalloc(size, flags)						\
	kshim_alloc((size), __kshim_gfp((flags) | __GFP_ZERO), KSHIM_SITE, "kzalloc")
#define kmalloc_node(size, flags, node)					\
	kshim_alloc((size), __kshim_gfp(flags), KSHIM_SITE, "kmalloc_node")
#define kzalloc_node(size, flags, node)					\
	kshim_alloc((size), __kshim_gfp((flags) | __GFP_ZERO), KSHIM_SITE, "kzalloc_node")
#define kmalloc_track_caller(size, flags)				\
	kshim_alloc((size), __kshim_gfp(flags), KSHIM_SITE, "kmalloc_track_caller")
#define kmalloc_array(n, size, flags)					\
	kshim_alloc_array((n), (size), __kshim_gfp(flags), KSHIM_SITE, "kmalloc_array")
#define kcalloc(n, size, flags)						\
	kshim_alloc_array((n), (size), __kshim_gfp((flags) | __GFP_ZERO), \
			  KSHIM_SITE, "kcalloc")
#define kmalloc_array_node(n, size, flags, node)			\
	kshim_alloc_array((n), (size), __kshim_gfp(flags), KSHIM_SITE, "kmalloc_array_node")
#define kcalloc_node(n, size, flags, node)				\
	kshim_alloc_array((n), (size), __kshim_gfp((flags) | __GFP_ZERO), \
			  KSHIM_SITE, "kcalloc_node")
#define krealloc(p, new_size, flags)					\
	kshim_realloc((p), (new_size), __kshim_gfp(flags), KSHIM_SITE, "krealloc")
#define krealloc_array(p, new_n, new_size, flags)			\
	kshim_krealloc_array((p), (new_n), (new_size), __kshim_gfp(flags), KSHIM_SITE)
#define kfree(p)		kshim_free((p), KSHIM_SITE, "kfree")
#define kfree_sensitive(p)	kshim_free((p), KSHIM_SITE, "kfree_sensitive")

/* n * size bytes, or NULL when that overflows (no allocation is tried). */
static inline void *kshim_alloc_array(size_t n, size_t size, unsigned int flags,
				      const struct kshim_site *site,
				      const char *what)
{
	size_t bytes;

	if (unlikely(check_mul_overflow(n, size, &bytes)))
		return NULL;
	return kshim_alloc(bytes, flags, site, what);
}

static inline void *kshim_krealloc_array(void *p, size_t new_n, size_t new_size,
					 unsigned int flags,
					 const struct kshim_site *site)
{
	size_t bytes;

	if (unlikely(check_mul_overflow(new_n, new_size, &bytes)))
		return NULL;
	return kshim_realloc(p, bytes, flags, site, "krealloc_array");
}

/* ---- Copies (mm/util.c) ---- */

void *kshim_kmemdup(const void *src, size_t len, gfp_t gfp,
		    const struct kshim_site *site, const char *what);
void *kshim_kmemdup_nul(const char *s, size_t len, gfp_t gfp,
			const struct kshim_site *site);
char *kshim_kstrdup(const char *s, gfp_t gfp, const struct kshim_site *site,
		    const char *what);
char *kshim_kstrndup(const char *s, size_t max, gfp_t gfp,
		     const struct kshim_site *site);
const char *kshim_kstrdup_const(const char *s, gfp_t gfp,
				const struct kshim_site *site);
void kshim_kfree_const(const void *x, const struct kshim_site *site);

void *kmemdup(const void *src, size_t len, gfp_t gfp) __alloc_size__(2);
void *kmemdup_nul(const char *s, size_t len, gfp_t gfp);
char *kstrdup(const char *s, gfp_t gfp) __malloc;
char *kstrndup(const char *s, size_t max, gfp_t gfp);
const char *kstrdup_const(const char *s, gfp_t gfp);
void kfree_const(const void *x);

#define kmemdup(src, len, gfp)		kshim_kmemdup((src), (len), (gfp), KSHIM_SITE, "kmemdup")
#define kmemdup_nul(s, len, gfp)	kshim_kmemdup_nul((s), (len), (gfp), KSHIM_SITE)
#define kstrdup(s, gfp)			kshim_kstrdup((s), (gfp), KSHIM_SITE, "kstrdup")
#define kstrndup(s, max, gfp)		kshim_kstrndup((s), (max), (gfp), KSHIM_SITE)
#define kstrdup_const(s, gfp)		kshim_kstrdup_const((s), (gfp), KSHIM_SITE)
#define kfree_const(x)			kshim_kfree_const((x), KSHIM_SITE)

/* ---- kvmalloc: kmalloc, or vmalloc when that fails; kvfree() frees both ---- */

void *kvmalloc(size_t size, gfp_t flags) __malloc __alloc_size__(1);
void *kvzalloc(size_t size, gfp_t flags) __malloc __alloc_size__(1);
void *kvmalloc_array(size_t n, size_t size, gfp_t flags) __malloc;
void *kvcalloc(size_t n, size_t size, gfp_t flags) __malloc;
void *kvrealloc(const void *p, size_t oldsize, size_t newsize, gfp_t flags);
void kvfree(const void *addr);
void kvfree_sensitive(const void *addr, size_t len);
void *kshim_kvrealloc(const void *p, size_t oldsize, size_t newsize,
		      unsigned int flags, const struct kshim_site *site);

#define kvmalloc(size, flags)						\
	kshim_alloc((size), __kshim_gfp(flags), KSHIM_SITE, "kvmalloc")
#define kvzalloc(size, flags)						\
	kshim_alloc((size), __kshim_gfp((flags) | __GFP_ZERO), KSHIM_SITE, "kvzalloc")
#define kvmalloc_node(size, flags, node)				\
	kshim_alloc((size), __kshim_gfp(flags), KSHIM_SITE, "kvmalloc_node")
#define kvzalloc_node(size, flags, node)				\
	kshim_alloc((size), __kshim_gfp((flags) | __GFP_ZERO), KSHIM_SITE, "kvzalloc_node")
#define kvmalloc_array(n, size, flags)					\
	kshim_alloc_array((n), (size), __kshim_gfp(flags), KSHIM_SITE, "kvmalloc_array")
#define kvcalloc(n, size, flags)					\
	kshim_alloc_array((n), (size), __kshim_gfp((flags) | __GFP_ZERO), \
			  KSHIM_SITE, "kvcalloc")
#define kvrealloc(p, oldsize, newsize, flags)				\
	kshim_kvrealloc((p), (oldsize), (newsize), __kshim_gfp(flags), KSHIM_SITE)
#define kvfree(p)		kshim_free((p), KSHIM_SITE, "kvfree")
#define kvfree_sensitive(p, len)					\
	kshim_free(((void)(len), (p)), KSHIM_SITE, "kvfree_sensitive")

/* ---- kmem caches ---- */

struct kmem_cache;

struct kmem_cache *kshim_kmem_cache_create(const char *name, unsigned int size,
					   unsigned int align, slab_flags_t flags,
					   unsigned int useroffset,
					   unsigned int usersize,
					   void (*ctor)(void *),
					   const struct kshim_site *site);
void *kshim_kmem_cache_alloc(struct kmem_cache *s, gfp_t flags,
			     const struct kshim_site *site, const char *what);
void kshim_kmem_cache_free(struct kmem_cache *s, void *objp,
			   const struct kshim_site *site);
void kshim_kmem_cache_destroy(struct kmem_cache *s,
			      const struct kshim_site *site);

struct kmem_cache *kmem_cache_create(const char *name, unsigned int size,
				     unsigned int align, slab_flags_t flags,
				     void (*ctor)(void *));
struct kmem_cache *kmem_cache_create_usercopy(const char *name,
					      unsigned int size,
					      unsigned int align,
					      slab_flags_t flags,
					      unsigned int useroffset,
					      unsigned int usersize,
					      void (*ctor)(void *));
void *kmem_cache_alloc(struct kmem_cache *s, gfp_t flags) __malloc;
void *kmem_cache_zalloc(struct kmem_cache *s, gfp_t flags) __malloc;
void kmem_cache_free(struct kmem_cache *s, void *objp);
void kmem_cache_destroy(struct kmem_cache *s);
unsigned int kmem_cache_size(struct kmem_cache *s);

#define kmem_cache_create(name, size, align, flags, ctor)		\
	kshim_kmem_cache_create((name), (size), (align), (flags), 0, 0,	\
				(ctor), KSHIM_SITE)
#define kmem_cache_create_usercopy(name, size, align, flags, useroffset, \
				   usersize, ctor)			\
	kshim_kmem_cache_create((name), (size), (align), (flags),	\
				(useroffset), (usersize), (ctor), KSHIM_SITE)
#define kmem_cache_alloc(s, flags)					\
	kshim_kmem_cache_alloc((s), (flags), KSHIM_SITE, "kmem_cache_alloc")
#define kmem_cache_zalloc(s, flags)					\
	kshim_kmem_cache_alloc((s), (flags) | __GFP_ZERO, KSHIM_SITE,	\
			       "kmem_cache_zalloc")
#define kmem_cache_alloc_node(s, flags, node)				\
	kshim_kmem_cache_alloc((s), (flags), KSHIM_SITE, "kmem_cache_alloc_node")
#define kmem_cache_free(s, objp)	kshim_kmem_cache_free((s), (objp), KSHIM_SITE)
#define kmem_cache_destroy(s)		kshim_kmem_cache_destroy((s), KSHIM_SITE)

/* A cache named after, and sized and aligned for, struct @__struct. */
#define KMEM_CACHE(__struct, __flags)					\
	kmem_cache_create(#__struct, sizeof(struct __struct),		\
			  __alignof__(struct __struct), (__flags), NULL)
#define KMEM_CACHE_USERCOPY(__struct, __flags, __field)			\
	kmem_cache_create_usercopy(#__struct, sizeof(struct __struct),	\
			__alignof__(struct __struct), (__flags),	\
			offsetof(struct __struct, __field),		\
			sizeof_field(struct __struct, __field), NULL)

#endif /* _LINUX_SLAB_H */
