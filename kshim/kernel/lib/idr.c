// SPDX-License-Identifier: GPL-2.0-only
/*
 * The IDA and the IDR (lib/idr.c) on the kernel's own struct ida and
 * struct idr. Both embed an xarray, whose nodes are the kernel's business
 * and not the drivers': here its head points at kshim's own storage
 * instead, and is NULL exactly when nothing is allocated, so the inline
 * ida_is_empty() and idr_is_empty() that read it tell the truth.
 *
 * The IDA is kernel/idr.c's of the old path: IDs in 1024-bit chunks, in an
 * array sorted by chunk index; a chunk lives while it holds an ID, the
 * array while it holds a chunk. The IDR is an array of entries sorted by
 * ID, each entry allocated at its idr_alloc() caller's line, so that the
 * call fails there (-ENOMEM) under fault injection and an IDR never
 * destroyed is that line's leak.
 */
#include <linux/idr.h>
#include <linux/bug.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/limits.h>
#include <linux/local_lock.h>
#include <linux/radix-tree.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "../internal.h"

/* Host memory (host/device.c): the IDR's index is kshim's, never a driver's. */
void *kshim_host_zalloc(size_t size);
void kshim_host_free(void *p);

/* ---- The IDA ---- */

struct kshim_ida_chunk {
	unsigned long index;		/* IDs index * 1024 .. + 1023 */
	unsigned int used;
	unsigned long bits[IDA_BITMAP_LONGS];
};

/*
 * ida->xa.xa_head, while the IDA holds an ID: the chunks, sorted by index,
 * the rest of the array NULL. The array is the old path's, byte for byte,
 * so that a leak report is too: its size is its capacity.
 */
struct kshim_ida {
	struct kshim_ida_chunk *chunk[1];
};

static struct kshim_ida *ida_store(const struct ida *ida)
{
	return (struct kshim_ida *)ida->xa.xa_head;
}

static unsigned int ida_cap(const struct kshim_ida *s)
{
	return s ? kshim_alloc_size(s) / sizeof(s->chunk[0]) : 0;
}

/* How many chunks: the first NULL slot, found by halves. */
static unsigned int ida_nr(const struct kshim_ida *s)
{
	unsigned int lo = 0, hi = ida_cap(s);

	while (lo < hi) {
		unsigned int mid = lo + (hi - lo) / 2;

		if (s->chunk[mid])
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The position of the first chunk whose index is @idx or more. */
static unsigned int chunk_pos(const struct kshim_ida *s, unsigned long idx)
{
	unsigned int lo = 0, hi = ida_nr(s);

	while (lo < hi) {
		unsigned int mid = lo + (hi - lo) / 2;

		if (s->chunk[mid]->index < idx)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The first clear bit of @c from @bit, or IDA_BITMAP_BITS. */
static unsigned long next_zero(const struct kshim_ida_chunk *c,
			       unsigned long bit)
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
	struct kshim_ida *s = ida_store(ida);
	unsigned int nr = ida_nr(s), cap = ida_cap(s);
	struct kshim_ida_chunk *c;

	/* Two allocations, as on the old path: the array, then the chunk. */
	if (nr + 1 > cap) {
		unsigned int more = cap ? cap * 2 : 4;

		s = kshim_realloc(s, more * sizeof(s->chunk[0]),
				  __kshim_gfp(gfp), site, "ida_alloc");
		if (!s)
			return -ENOMEM;
		memset(s->chunk + cap, 0, (more - cap) * sizeof(s->chunk[0]));
		ida->xa.xa_head = s;
	}
	c = kshim_alloc(sizeof(*c), __kshim_gfp(gfp | __GFP_ZERO), site,
			"ida_alloc");
	if (!c) {
		if (!nr) {
			kshim_free(s, site, "ida_alloc");
			ida->xa.xa_head = NULL;
		}
		return -ENOMEM;
	}
	c->index = idx;
	c->used = 1;
	__set_bit(bit, c->bits);
	memmove(s->chunk + pos + 1, s->chunk + pos,
		(nr - pos) * sizeof(s->chunk[0]));
	s->chunk[pos] = c;
	return idx * IDA_BITMAP_BITS + bit;
}

static int ida_alloc_at(struct ida *ida, unsigned int min, unsigned int max,
			gfp_t gfp, const struct kshim_site *site)
{
	unsigned long idx = min / IDA_BITMAP_BITS, bit = min % IDA_BITMAP_BITS;
	struct kshim_ida *s = ida_store(ida);
	unsigned int pos, nr = ida_nr(s);

	if ((int)min < 0)
		return -ENOSPC;
	if ((int)max < 0)
		max = INT_MAX;
	pos = chunk_pos(s, idx);
	for (;; idx++, bit = 0, pos++) {
		struct kshim_ida_chunk *c = pos < nr ? s->chunk[pos] : NULL;

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

int ida_alloc_range(struct ida *ida, unsigned int min, unsigned int max,
		    gfp_t gfp)
{
	return ida_alloc_at(ida, min, max, gfp, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(ida_alloc_range);

static void drop_chunk(struct ida *ida, unsigned int pos,
		       const struct kshim_site *site, const char *what)
{
	struct kshim_ida *s = ida_store(ida);
	unsigned int nr = ida_nr(s);

	kshim_free(s->chunk[pos], site, what);
	memmove(s->chunk + pos, s->chunk + pos + 1,
		(nr - pos - 1) * sizeof(s->chunk[0]));
	s->chunk[nr - 1] = NULL;
	if (nr == 1) {
		kshim_free(s, site, what);
		ida->xa.xa_head = NULL;
	}
}

void ida_free(struct ida *ida, unsigned int id)
{
	unsigned long idx = id / IDA_BITMAP_BITS, bit = id % IDA_BITMAP_BITS;
	struct kshim_ida *s = ida_store(ida);
	struct kshim_ida_chunk *c;
	unsigned int pos;

	/* IDs above INT_MAX are never allocated: silently ignored. */
	if ((int)id < 0)
		return;
	pos = chunk_pos(s, idx);
	c = pos < ida_nr(s) ? s->chunk[pos] : NULL;
	if (!c || c->index != idx || !test_bit(bit, c->bits)) {
		WARN(1, "ida_free called for id=%d which is not allocated.\n", id);
		return;
	}
	__clear_bit(bit, c->bits);
	if (!--c->used)
		drop_chunk(ida, pos, KSHIM_CALLER_SITE, "ida_free");
}
EXPORT_SYMBOL(ida_free);

void ida_destroy(struct ida *ida)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;

	while (ida->xa.xa_head)
		drop_chunk(ida, ida_nr(ida_store(ida)) - 1, site, "ida_destroy");
}
EXPORT_SYMBOL(ida_destroy);

/* ---- The IDR ---- */

struct kshim_idr_entry {
	unsigned long index;		/* the ID less idr_base */
	void *ptr;
};

/* What idr->idr_rt.xa_head points at while the IDR holds an ID. */
struct kshim_idr {
	unsigned int nr, cap;
	struct kshim_idr_entry **entry;	/* sorted by index */
};

static struct kshim_idr *idr_store(const struct idr *idr)
{
	return (struct kshim_idr *)idr->idr_rt.xa_head;
}

/* The position of the first entry whose index is @index or more. */
static unsigned int entry_pos(const struct kshim_idr *s, unsigned long index)
{
	unsigned int lo = 0, hi = s ? s->nr : 0;

	while (lo < hi) {
		unsigned int mid = lo + (hi - lo) / 2;

		if (s->entry[mid]->index < index)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static struct kshim_idr_entry *idr_lookup(const struct idr *idr,
					  unsigned long index)
{
	struct kshim_idr *s = idr_store(idr);
	unsigned int pos = entry_pos(s, index);

	if (s && pos < s->nr && s->entry[pos]->index == index)
		return s->entry[pos];
	return NULL;
}

/* The lowest free index from @index to @max, or -ENOSPC. */
static long idr_free_index(const struct idr *idr, unsigned long index,
			   unsigned long max, unsigned int *posp)
{
	struct kshim_idr *s = idr_store(idr);
	unsigned int pos = entry_pos(s, index);

	for (; s && pos < s->nr && s->entry[pos]->index == index; pos++)
		index++;
	if (index > max)
		return -ENOSPC;
	*posp = pos;
	return index;
}

static int idr_insert(struct idr *idr, unsigned int pos, unsigned long index,
		      void *ptr, gfp_t gfp, const struct kshim_site *site,
		      const char *what)
{
	struct kshim_idr *s = idr_store(idr);
	struct kshim_idr_entry *e, **arr;

	e = kshim_alloc(sizeof(*e), __kshim_gfp(gfp), site, what);
	if (!e)
		return -ENOMEM;
	e->index = index;
	e->ptr = ptr;
	if (!s) {
		s = kshim_host_zalloc(sizeof(*s));
		idr->idr_rt.xa_head = s;
	}
	if (s->nr == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 8;
		arr = kshim_host_zalloc(s->cap * sizeof(*arr));
		if (s->nr)
			memcpy(arr, s->entry, s->nr * sizeof(*arr));
		kshim_host_free(s->entry);
		s->entry = arr;
	}
	memmove(s->entry + pos + 1, s->entry + pos,
		(s->nr - pos) * sizeof(*s->entry));
	s->entry[pos] = e;
	s->nr++;
	return 0;
}

static void idr_drop(struct idr *idr, unsigned int pos,
		     const struct kshim_site *site, const char *what)
{
	struct kshim_idr *s = idr_store(idr);

	kshim_free(s->entry[pos], site, what);
	s->nr--;
	memmove(s->entry + pos, s->entry + pos + 1,
		(s->nr - pos) * sizeof(*s->entry));
	if (!s->nr) {
		kshim_host_free(s->entry);
		kshim_host_free(s);
		idr->idr_rt.xa_head = NULL;
	}
}

static int idr_alloc_at(struct idr *idr, void *ptr, u32 *nextid,
			unsigned long max, gfp_t gfp,
			const struct kshim_site *site, const char *what)
{
	unsigned int base = idr->idr_base, pos;
	unsigned long id = *nextid;
	long index;
	int ret;

	/* A zeroed struct idr, never idr_init()ed: the kernel marks it now. */
	if (WARN_ON_ONCE(!(idr->idr_rt.xa_flags & ROOT_IS_IDR)))
		idr->idr_rt.xa_flags |= IDR_RT_MARKER;
	if (max < base)
		return -ENOSPC;
	id = id < base ? 0 : id - base;
	index = idr_free_index(idr, id, max - base, &pos);
	if (index < 0)
		return index;
	ret = idr_insert(idr, pos, index, ptr, gfp, site, what);
	if (ret)
		return ret;
	*nextid = index + base;
	return 0;
}

int idr_alloc_u32(struct idr *idr, void *ptr, u32 *nextid, unsigned long max,
		  gfp_t gfp)
{
	return idr_alloc_at(idr, ptr, nextid, max, gfp, KSHIM_CALLER_SITE,
			    "idr_alloc_u32");
}
EXPORT_SYMBOL_GPL(idr_alloc_u32);

int idr_alloc(struct idr *idr, void *ptr, int start, int end, gfp_t gfp)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	u32 id = start;
	int ret;

	if (WARN_ON_ONCE(start < 0))
		return -EINVAL;
	ret = idr_alloc_at(idr, ptr, &id, end > 0 ? end - 1 : INT_MAX, gfp,
			   site, "idr_alloc");
	return ret ? ret : id;
}
EXPORT_SYMBOL_GPL(idr_alloc);

int idr_alloc_cyclic(struct idr *idr, void *ptr, int start, int end, gfp_t gfp)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	int err, max = end > 0 ? end - 1 : INT_MAX;
	u32 id = idr->idr_next;

	if ((int)id < start)
		id = start;
	err = idr_alloc_at(idr, ptr, &id, max, gfp, site, "idr_alloc_cyclic");
	/* Past the end: wrap round to @start once. */
	if (err == -ENOSPC && id > start) {
		id = start;
		err = idr_alloc_at(idr, ptr, &id, max, gfp, site,
				   "idr_alloc_cyclic");
	}
	if (err)
		return err;
	idr->idr_next = id + 1;
	return id;
}
EXPORT_SYMBOL(idr_alloc_cyclic);

void *idr_remove(struct idr *idr, unsigned long id)
{
	struct kshim_idr *s = idr_store(idr);
	unsigned long index = id - idr->idr_base;
	unsigned int pos = entry_pos(s, index);
	void *ptr;

	if (!s || pos >= s->nr || s->entry[pos]->index != index)
		return NULL;
	ptr = s->entry[pos]->ptr;
	idr_drop(idr, pos, KSHIM_CALLER_SITE, "idr_remove");
	return ptr;
}
EXPORT_SYMBOL_GPL(idr_remove);

void *idr_find(const struct idr *idr, unsigned long id)
{
	struct kshim_idr_entry *e = idr_lookup(idr, id - idr->idr_base);

	return e ? e->ptr : NULL;
}
EXPORT_SYMBOL_GPL(idr_find);

int idr_for_each(const struct idr *idr,
		 int (*fn)(int id, void *p, void *data), void *data)
{
	unsigned long index = 0;
	int ret;

	/* By index, not position: @fn may remove its own entry. */
	for (;;) {
		struct kshim_idr *s = idr_store(idr);
		unsigned int pos = entry_pos(s, index);
		struct kshim_idr_entry *e;
		unsigned long id;

		if (!s || pos >= s->nr)
			return 0;
		e = s->entry[pos];
		id = e->index + idr->idr_base;
		if (WARN_ON_ONCE(id > INT_MAX))
			return 0;
		index = e->index + 1;
		/* The xarray skips NULL entries: so does its walk. */
		if (!e->ptr)
			continue;
		ret = fn(id, e->ptr, data);
		if (ret)
			return ret;
	}
}
EXPORT_SYMBOL(idr_for_each);

void *idr_get_next_ul(struct idr *idr, unsigned long *nextid)
{
	unsigned long base = idr->idr_base, id = *nextid;
	struct kshim_idr *s = idr_store(idr);
	unsigned int pos;

	id = id < base ? 0 : id - base;
	for (pos = entry_pos(s, id); s && pos < s->nr; pos++) {
		if (s->entry[pos]->ptr) {
			*nextid = s->entry[pos]->index + base;
			return s->entry[pos]->ptr;
		}
	}
	return NULL;
}
EXPORT_SYMBOL(idr_get_next_ul);

void *idr_get_next(struct idr *idr, int *nextid)
{
	unsigned long id = *nextid;
	void *entry = idr_get_next_ul(idr, &id);

	if (WARN_ON_ONCE(id > INT_MAX))
		return NULL;
	*nextid = id;
	return entry;
}
EXPORT_SYMBOL(idr_get_next);

void *idr_replace(struct idr *idr, void *ptr, unsigned long id)
{
	struct kshim_idr_entry *e = idr_lookup(idr, id - idr->idr_base);
	void *old;

	if (!e)
		return ERR_PTR(-ENOENT);
	old = e->ptr;
	e->ptr = ptr;
	return old;
}
EXPORT_SYMBOL(idr_replace);

void idr_destroy(struct idr *idr)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;

	while (idr->idr_rt.xa_head)
		idr_drop(idr, idr_store(idr)->nr - 1, site, "idr_destroy");
	/* The kernel's empty tree has its free tag again. */
	idr->idr_rt.xa_flags |= IDR_RT_MARKER;
}
EXPORT_SYMBOL(idr_destroy);
