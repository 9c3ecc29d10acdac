/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * ID allocation: the IDA of include/linux/idr.h (kernel/idr.c). Linux keeps
 * an IDA in an xarray of 1024-bit bitmaps; kshim keeps the same bitmaps in
 * a sorted array, allocated at the caller's site. The IDR (pointer maps) is
 * not provided yet.
 */
#ifndef _LINUX_IDR_H
#define _LINUX_IDR_H

#include <linux/types.h>
#include <linux/bitops.h>
#include <linux/gfp.h>
#include <kshim/kapi.h>

#define IDA_CHUNK_SIZE		128	/* 128 bytes per chunk */
#define IDA_BITMAP_LONGS	(IDA_CHUNK_SIZE / sizeof(long))
#define IDA_BITMAP_BITS		(IDA_BITMAP_LONGS * sizeof(long) * 8)

struct ida_bitmap {
	unsigned long		bitmap[IDA_BITMAP_LONGS];
};

struct kshim_ida_chunk;

/* Not locked: the simulated kernel runs module code on one thread. */
struct ida {
	struct kshim_ida_chunk **chunk;	/* sorted by index */
	unsigned int nr, cap;
};

#define IDA_INIT(name)		{ .chunk = NULL, .nr = 0, .cap = 0 }
#define DEFINE_IDA(name)	struct ida name = IDA_INIT(name)

int kshim_ida_alloc_range(struct ida *ida, unsigned int min, unsigned int max,
			  gfp_t gfp, const struct kshim_site *site);
void kshim_ida_free(struct ida *ida, unsigned int id,
		    const struct kshim_site *site);
void kshim_ida_destroy(struct ida *ida, const struct kshim_site *site);

/*
 * The lowest free ID in [@min, @max] (a @max above INT_MAX means INT_MAX),
 * -ENOSPC when none is, -ENOMEM when a bitmap cannot be allocated
 * (fallible: "ida_alloc", at the caller's site).
 */
#define ida_alloc_range(ida, min, max, gfp)				\
	kshim_ida_alloc_range(ida, min, max, gfp, KSHIM_SITE)
#define ida_alloc(ida, gfp)		ida_alloc_range(ida, 0, ~0, gfp)
#define ida_alloc_min(ida, min, gfp)	ida_alloc_range(ida, min, ~0, gfp)
#define ida_alloc_max(ida, max, gfp)	ida_alloc_range(ida, 0, max, gfp)
/* WARNs when @id is not allocated, as 6.1 does. */
#define ida_free(ida, id)		kshim_ida_free(ida, id, KSHIM_SITE)
#define ida_destroy(ida)		kshim_ida_destroy(ida, KSHIM_SITE)

static inline void ida_init(struct ida *ida)
{
	ida->chunk = NULL;
	ida->nr = 0;
	ida->cap = 0;
}

/* Deprecated in 6.1; @end is exclusive, 0 for no limit. */
#define ida_simple_get(ida, start, end, gfp)				\
	ida_alloc_range(ida, start, (end) - 1, gfp)
#define ida_simple_remove(ida, id)	ida_free(ida, id)

static inline bool ida_is_empty(const struct ida *ida)
{
	return ida->nr == 0;
}

#endif /* _LINUX_IDR_H */
