// SPDX-License-Identifier: GPL-2.0-only
/*
 * The IDA: IDs allocated from 1024-bit bitmaps ("chunks"), kept in an
 * array sorted by chunk index. A chunk exists while it holds an ID, and the
 * array while it holds a chunk, so an empty IDA owns no memory, as in
 * Linux, where the xarray frees what it no longer uses.
 */
#include <linux/idr.h>
#include <linux/bug.h>
#include <linux/errno.h>
#include <linux/limits.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/export.h>

struct kshim_ida_chunk {
	unsigned long index;		/* IDs index * 1024 .. + 1023 */
	unsigned int used;
	unsigned long bits[IDA_BITMAP_LONGS];
};

/* The position of the first chunk whose index is @idx or more. */
static unsigned int chunk_pos(const struct ida *ida, unsigned long idx)
{
	unsigned int lo = 0, hi = ida->nr;

	while (lo < hi) {
		unsigned int mid = lo + (hi - lo) / 2;

		if (ida->chunk[mid]->index < idx)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The first clear bit of @c from @bit, or IDA_BITMAP_BITS. */
static unsigned long next_zero(const struct kshim_ida_chunk *c, unsigned long bit)
{
	for (; bit < IDA_BITMAP_BITS; bit++) {
		unsigned long w = c->bits[bit / BITS_PER_LONG];

		if (w == ~0UL) {
			bit |= BITS_PER_LONG - 1;
			continue;
		}
		if (!(w & (1UL << (bit % BITS_PER_LONG))))
			return bit;
	}
	return IDA_BITMAP_BITS;
}

/* A chunk at @idx, holding @bit, inserted at position @pos. */
static int new_chunk(struct ida *ida, unsigned int pos, unsigned long idx,
		     unsigned long bit, gfp_t gfp, const struct kshim_site *site)
{
	struct kshim_ida_chunk *c;

	if (ida->nr == ida->cap) {
		unsigned int cap = ida->cap ? ida->cap * 2 : 4;
		void *arr = kshim_realloc(ida->chunk, cap * sizeof(*ida->chunk),
					  __kshim_gfp(gfp), site, "ida_alloc");

		if (!arr)
			return -ENOMEM;
		ida->chunk = arr;
		ida->cap = cap;
	}
	c = kshim_alloc(sizeof(*c), __kshim_gfp(gfp | __GFP_ZERO), site,
			"ida_alloc");
	if (!c) {
		if (!ida->nr) {
			kshim_free(ida->chunk, site, "ida_alloc");
			ida->chunk = NULL;
			ida->cap = 0;
		}
		return -ENOMEM;
	}
	c->index = idx;
	c->used = 1;
	__set_bit(bit, c->bits);
	memmove(ida->chunk + pos + 1, ida->chunk + pos,
		(ida->nr - pos) * sizeof(*ida->chunk));
	ida->chunk[pos] = c;
	ida->nr++;
	return idx * IDA_BITMAP_BITS + bit;
}

int kshim_ida_alloc_range(struct ida *ida, unsigned int min, unsigned int max,
			  gfp_t gfp, const struct kshim_site *site)
{
	unsigned long idx = min / IDA_BITMAP_BITS, bit = min % IDA_BITMAP_BITS;
	unsigned int pos;

	if ((int)min < 0)
		return -ENOSPC;
	if ((int)max < 0)
		max = INT_MAX;
	pos = chunk_pos(ida, idx);
	for (;; idx++, bit = 0, pos++) {
		struct kshim_ida_chunk *c = pos < ida->nr ? ida->chunk[pos] : NULL;

		if (idx * IDA_BITMAP_BITS + bit > max)
			return -ENOSPC;
		if (!c || c->index != idx)
			return new_chunk(ida, pos, idx, bit, gfp, site);
		if (c->used == IDA_BITMAP_BITS)
			continue;
		bit = next_zero(c, bit);
		if (bit == IDA_BITMAP_BITS)
			continue;
		if (idx * IDA_BITMAP_BITS + bit > max)
			return -ENOSPC;
		__set_bit(bit, c->bits);
		c->used++;
		return idx * IDA_BITMAP_BITS + bit;
	}
}
EXPORT_SYMBOL(kshim_ida_alloc_range);

static void drop_chunk(struct ida *ida, unsigned int pos,
		       const struct kshim_site *site, const char *what)
{
	kshim_free(ida->chunk[pos], site, what);
	ida->nr--;
	memmove(ida->chunk + pos, ida->chunk + pos + 1,
		(ida->nr - pos) * sizeof(*ida->chunk));
	if (!ida->nr) {
		kshim_free(ida->chunk, site, what);
		ida->chunk = NULL;
		ida->cap = 0;
	}
}

void kshim_ida_free(struct ida *ida, unsigned int id,
		    const struct kshim_site *site)
{
	unsigned long idx = id / IDA_BITMAP_BITS, bit = id % IDA_BITMAP_BITS;
	unsigned int pos;
	struct kshim_ida_chunk *c;

	/* IDs above INT_MAX are never allocated: silently ignored. */
	if ((int)id < 0)
		return;
	pos = chunk_pos(ida, idx);
	c = pos < ida->nr ? ida->chunk[pos] : NULL;
	if (!c || c->index != idx || !test_bit(bit, c->bits)) {
		WARN(1, "ida_free called for id=%d which is not allocated.\n", id);
		return;
	}
	__clear_bit(bit, c->bits);
	if (!--c->used)
		drop_chunk(ida, pos, site, "ida_free");
}
EXPORT_SYMBOL(kshim_ida_free);

void kshim_ida_destroy(struct ida *ida, const struct kshim_site *site)
{
	while (ida->nr)
		drop_chunk(ida, ida->nr - 1, site, "ida_destroy");
}
EXPORT_SYMBOL(kshim_ida_destroy);
