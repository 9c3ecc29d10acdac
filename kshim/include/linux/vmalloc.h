/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * vmalloc(): virtually contiguous memory. In kshim it is tracked like
 * kmalloc() memory (leaks, bad and double frees, overruns) but must be
 * freed with vfree() or kvfree(). Like the macros in <linux/slab.h>, each
 * passes the caller's site; each is also a real function.
 */
#ifndef _LINUX_VMALLOC_H
#define _LINUX_VMALLOC_H

#include <linux/gfp.h>
#include <linux/slab.h>
#include <linux/types.h>
#include <kshim/kapi.h>

void *vmalloc(unsigned long size) __alloc_size__(1);
void *vzalloc(unsigned long size) __alloc_size__(1);
void *vmalloc_node(unsigned long size, int node) __alloc_size__(1);
void *vzalloc_node(unsigned long size, int node) __alloc_size__(1);
void *__vmalloc(unsigned long size, gfp_t gfp_mask) __alloc_size__(1);
void *vmalloc_array(size_t n, size_t size);
void *__vmalloc_array(size_t n, size_t size, gfp_t flags);
void *vcalloc(size_t n, size_t size);
void *__vcalloc(size_t n, size_t size, gfp_t flags);
void vfree(const void *addr);

#define vmalloc(size)							\
	kshim_alloc((size), __kshim_gfp(GFP_KERNEL), KSHIM_SITE, "vmalloc")
#define vzalloc(size)							\
	kshim_alloc((size), __kshim_gfp(GFP_KERNEL | __GFP_ZERO), KSHIM_SITE, "vzalloc")
#define vmalloc_node(size, node)					\
	kshim_alloc((size), __kshim_gfp(GFP_KERNEL), KSHIM_SITE, "vmalloc_node")
#define vzalloc_node(size, node)					\
	kshim_alloc((size), __kshim_gfp(GFP_KERNEL | __GFP_ZERO), KSHIM_SITE, \
		    "vzalloc_node")
#define __vmalloc(size, gfp_mask)					\
	kshim_alloc((size), __kshim_gfp(gfp_mask), KSHIM_SITE, "__vmalloc")
#define vmalloc_array(n, size)						\
	kshim_alloc_array((n), (size), __kshim_gfp(GFP_KERNEL), KSHIM_SITE, \
			  "vmalloc_array")
#define __vmalloc_array(n, size, flags)					\
	kshim_alloc_array((n), (size), __kshim_gfp(flags), KSHIM_SITE,	\
			  "__vmalloc_array")
#define vcalloc(n, size)						\
	kshim_alloc_array((n), (size), __kshim_gfp(GFP_KERNEL | __GFP_ZERO), \
			  KSHIM_SITE, "vcalloc")
#define __vcalloc(n, size, flags)					\
	kshim_alloc_array((n), (size), __kshim_gfp((flags) | __GFP_ZERO), \
			  KSHIM_SITE, "__vcalloc")
#define vfree(addr)		kshim_free((addr), KSHIM_SITE, "vfree")

#endif /* _LINUX_VMALLOC_H */
