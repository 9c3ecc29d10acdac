// SPDX-License-Identifier: GPL-2.0-only
/*
 * Simulated MMIO: the register blocks a test attaches at physical addresses,
 * and the ioremap() mappings a driver makes of them.
 *
 * A mapping's cookie is a fake kernel virtual address in x86_64's vmalloc
 * area, where ioremap() puts its mappings: never dereferenceable from user
 * space, so a driver that bypasses readl() and friends crashes instead of
 * silently reading host memory. Cookies are handed out in increasing order
 * and never reused until the next reset, so the live mappings stay sorted by
 * address (binary search per access), and a stale cookie can be told apart.
 *
 * One recursive lock covers everything, so that a test's callback may use
 * the MMIO API itself. Defects are reported with the lock dropped.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define IO_PAGE_SIZE	4096UL
/* x86_64's vmalloc area with 4-level paging: VMALLOC_START..VMALLOC_END. */
#define IO_VA_START	0xffffc90000000000UL
#define IO_VA_END	0xffffe8ffffffffffUL

struct kshim_regs {
	unsigned long long phys;
	size_t size;
	unsigned char *mem;		/* little-endian, as x86 sees it */
	kshim_mmio_read_fn rd;		/* NULL: reads come from mem */
	kshim_mmio_write_fn wr;		/* NULL: writes go to mem */
	void *priv;
	struct kshim_regs *next;
};

/* Allocated with kshim_alloc(), so a mapping never unmapped is a leak. */
struct iomap {
	unsigned long start;		/* the cookie ioremap() returned */
	unsigned long size;
	unsigned long long phys;
};

/* A mapping that was unmapped: to explain a later access or iounmap(). */
struct iomap_gone {
	unsigned long start, size;
	const struct kshim_site *unmapped_at;
};

static pthread_mutex_t io_lock = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
static struct kshim_regs *blocks;
static struct iomap **maps;		/* sorted by start */
static size_t nmaps, maps_cap;
static struct iomap_gone *gone;
static size_t ngone, gone_cap;
static unsigned long va_next = IO_VA_START;
static unsigned long long unclaimed = ~0ULL;

static unsigned long long width_mask(unsigned int width)
{
	return width >= 8 ? ~0ULL : (1ULL << (width * 8)) - 1;
}

static unsigned long long load_le(const unsigned char *p, unsigned int width)
{
	unsigned long long v = 0;

	while (width--)
		v = v << 8 | p[width];
	return v;
}

static void store_le(unsigned char *p, unsigned long long v, unsigned int width)
{
	unsigned int i;

	for (i = 0; i < width; i++, v >>= 8)
		p[i] = (unsigned char)v;
}

/* Does [a, a + len) lie within [start, start + size)? Overflow-safe. */
static int within(unsigned long long a, unsigned long long len,
		  unsigned long long start, unsigned long long size)
{
	return a >= start && a - start <= size && len <= size - (a - start);
}

static struct kshim_regs *find_block(unsigned long long phys, unsigned int width)
{
	struct kshim_regs *b;

	for (b = blocks; b; b = b->next)
		if (within(phys, width, b->phys, b->size))
			return b;
	return NULL;
}

static int block_known(const struct kshim_regs *regs)
{
	const struct kshim_regs *b;

	for (b = blocks; b; b = b->next)
		if (b == regs)
			return 1;
	return 0;
}

/* The live mapping holding all of [addr, addr + len), or NULL. */
static struct iomap *find_map(unsigned long addr, unsigned long len)
{
	size_t lo = 0, hi = nmaps;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (maps[mid]->start <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!lo || !within(addr, len, maps[lo - 1]->start, maps[lo - 1]->size))
		return NULL;
	return maps[lo - 1];
}

static const struct iomap_gone *find_gone(unsigned long addr)
{
	size_t i;

	for (i = ngone; i--; )
		if (addr >= gone[i].start && addr - gone[i].start < gone[i].size)
			return &gone[i];
	return NULL;
}

/* What the bus answers to a read of @width bytes at @phys. */
static unsigned long long bus_read(unsigned long long phys, unsigned int width)
{
	struct kshim_regs *b = find_block(phys, width);
	unsigned long off;

	if (!b)
		return unclaimed & width_mask(width);
	off = phys - b->phys;
	if (b->rd)
		return b->rd(b->priv, off, width) & width_mask(width);
	return load_le(b->mem + off, width);
}

/* A write nobody claims is dropped, as on a real bus. */
static void bus_write(unsigned long long phys, unsigned long long val,
		      unsigned int width)
{
	struct kshim_regs *b = find_block(phys, width);
	unsigned long off;

	if (!b)
		return;
	off = phys - b->phys;
	val &= width_mask(width);
	if (b->wr)
		b->wr(b->priv, off, width, val);
	else
		store_le(b->mem + off, val, width);
}

/*
 * Report an access to [addr, addr + len) that no live mapping holds. Called
 * with io_lock held; drops it.
 */
static void bad_access(const char *what, unsigned long addr, unsigned long len,
		       const struct kshim_site *site)
{
	const struct iomap_gone *g = find_gone(addr);
	char at[256], un[256];

	if (g) {
		kshim_site_str(g->unmapped_at, un, sizeof(un));
		pthread_mutex_unlock(&io_lock);
		kshim_defect(KSHIM_DEFECT_MISUSE,
			     "%s of %lu byte(s) at 0x%lx after iounmap() (unmapped at %s), at %s",
			     what, len, addr, un, kshim_site_str(site, at, sizeof(at)));
		return;
	}
	pthread_mutex_unlock(&io_lock);
	kshim_defect(KSHIM_DEFECT_MISUSE,
		     "%s of %lu byte(s) at 0x%lx outside any ioremap() mapping, at %s",
		     what, len, addr, kshim_site_str(site, at, sizeof(at)));
}

/* The physical address behind [addr, addr + len), or report and return 0. */
static int translate(const char *what, unsigned long addr, unsigned long len,
		     const struct kshim_site *site, unsigned long long *phys)
{
	struct iomap *m;

	pthread_mutex_lock(&io_lock);
	m = find_map(addr, len ? len : 1);
	if (!m) {
		bad_access(what, addr, len, site);
		return 0;
	}
	*phys = m->phys + (addr - m->start);
	return 1;
}

static int grow(void **arr, size_t *cap, size_t elem)
{
	size_t ncap = *cap ? *cap * 2 : 16;
	void *n = realloc(*arr, ncap * elem);

	if (!n)
		return 0;
	*arr = n;
	*cap = ncap;
	return 1;
}

/* The live mapping whose first page holds @addr, as x86's iounmap() finds it. */
static size_t find_map_page(unsigned long addr)
{
	unsigned long page = addr & ~(IO_PAGE_SIZE - 1);
	size_t lo = 0, hi = nmaps;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		unsigned long base = maps[mid]->start & ~(IO_PAGE_SIZE - 1);

		if (base == page)
			return mid;
		if (base < page)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (size_t)-1;
}

void *kshim_ioremap(unsigned long long phys, unsigned long size,
		    const struct kshim_site *site)
{
	unsigned long offset = phys & (IO_PAGE_SIZE - 1);
	unsigned long span, start;
	struct iomap *m;

	if (kshim_fault(site, "ioremap"))
		return NULL;
	/* arch/x86/mm/ioremap.c: no zero size, no wraparound; silently NULL. */
	if (!size || phys + size - 1 < phys)
		return NULL;

	/* Whole pages, as the kernel maps them, and a guard page after. */
	span = (offset + size + IO_PAGE_SIZE - 1) & ~(IO_PAGE_SIZE - 1);
	if (span < size || span > IO_VA_END - IO_VA_START)
		return NULL;

	m = kshim_alloc_tracked(sizeof(*m), site, "ioremap");
	if (!m)
		return NULL;

	pthread_mutex_lock(&io_lock);
	if (span > IO_VA_END - va_next ||
	    (nmaps == maps_cap && !grow((void **)&maps, &maps_cap, sizeof(*maps)))) {
		/* The vmalloc area is full: get_vm_area() fails. */
		pthread_mutex_unlock(&io_lock);
		kshim_free(m, site, "ioremap");
		return NULL;
	}
	start = va_next + offset;
	va_next += span;
	va_next += IO_VA_END - va_next >= IO_PAGE_SIZE ? IO_PAGE_SIZE : 0;
	m->start = start;
	m->size = size;
	m->phys = phys;
	maps[nmaps++] = m;
	pthread_mutex_unlock(&io_lock);
	return (void *)start;
}

void kshim_iounmap(const volatile void *addr, const struct kshim_site *site)
{
	unsigned long a = (unsigned long)addr;
	const struct iomap_gone *g;
	char at[256], un[256];
	struct iomap *m;
	size_t i;

	/* x86 ignores addresses below high_memory, NULL among them. */
	if (!addr)
		return;

	pthread_mutex_lock(&io_lock);
	i = find_map_page(a);
	if (i != (size_t)-1) {
		m = maps[i];
		memmove(&maps[i], &maps[i + 1], (nmaps - i - 1) * sizeof(*maps));
		nmaps--;
		if (ngone < gone_cap ||
		    grow((void **)&gone, &gone_cap, sizeof(*gone)))
			gone[ngone++] = (struct iomap_gone){
				m->start, m->size, site
			};
		pthread_mutex_unlock(&io_lock);
		kshim_free(m, site, "iounmap");
		return;
	}

	g = find_gone(a);
	if (g)
		kshim_site_str(g->unmapped_at, un, sizeof(un));
	pthread_mutex_unlock(&io_lock);

	/* What x86's iounmap() prints (then a stack dump) for a vmalloc address. */
	if (a >= IO_VA_START)
		kshim_klog(3, "iounmap: bad address %p",
			   (void *)(a & ~(IO_PAGE_SIZE - 1)));
	if (g)
		kshim_defect(KSHIM_DEFECT_MISUSE,
			     "iounmap(0x%lx) of a mapping unmapped already at %s, at %s",
			     a, un, kshim_site_str(site, at, sizeof(at)));
	else
		kshim_defect(KSHIM_DEFECT_MISUSE,
			     "iounmap(0x%lx) of an address ioremap() did not return, at %s",
			     a, kshim_site_str(site, at, sizeof(at)));
}

/* "readl", "writesw"...: what a report calls an access. */
static const char *op_name(int write, int rep, unsigned int width)
{
	static const char *const names[2][2][4] = {
		{ { "readb", "readw", "readl", "readq" },
		  { "readsb", "readsw", "readsl", "readsq" } },
		{ { "writeb", "writew", "writel", "writeq" },
		  { "writesb", "writesw", "writesl", "writesq" } },
	};

	return names[write][rep][width >= 8 ? 3 : width >= 4 ? 2 : width - 1];
}

unsigned long long kshim_io_read(const volatile void *addr, unsigned int width,
				 const struct kshim_site *site)
{
	unsigned long long phys, v;

	if (!translate(op_name(0, 0, width), (unsigned long)addr, width, site,
		       &phys))
		return width_mask(width);
	v = bus_read(phys, width);
	pthread_mutex_unlock(&io_lock);
	return v;
}

void kshim_io_write(volatile void *addr, unsigned long long val,
		    unsigned int width, const struct kshim_site *site)
{
	unsigned long long phys;

	if (!translate(op_name(1, 0, width), (unsigned long)addr, width, site,
		       &phys))
		return;
	bus_write(phys, val, width);
	pthread_mutex_unlock(&io_lock);
}

/* @count accesses to one register (a FIFO), as ioread32_rep() and readsl(). */
void kshim_io_read_rep(const volatile void *addr, void *buf,
		       unsigned long count, unsigned int width,
		       const struct kshim_site *site)
{
	unsigned char *p = buf;
	unsigned long long phys;
	unsigned long i;

	if (!count)
		return;
	if (!translate(op_name(0, 1, width), (unsigned long)addr, width, site,
		       &phys)) {
		memset(buf, 0xff, count * width);
		return;
	}
	for (i = 0; i < count; i++, p += width)
		store_le(p, bus_read(phys, width), width);
	pthread_mutex_unlock(&io_lock);
}

void kshim_io_write_rep(volatile void *addr, const void *buf,
			unsigned long count, unsigned int width,
			const struct kshim_site *site)
{
	const unsigned char *p = buf;
	unsigned long long phys;
	unsigned long i;

	if (!count)
		return;
	if (!translate(op_name(1, 1, width), (unsigned long)addr, width, site,
		       &phys))
		return;
	for (i = 0; i < count; i++, p += width)
		bus_write(phys, load_le(p, width), width);
	pthread_mutex_unlock(&io_lock);
}

/*
 * The width of the next access when x86's memcpy_fromio() or memcpy_toio()
 * has @n bytes left at I/O address @io (arch/x86/lib/iomem.c): a byte, then
 * a word, to align the I/O side; dwords ("rep movsl"); a word and a byte
 * for what is left.
 */
static unsigned int x86_width(unsigned long long io, size_t n)
{
	if (io & 1)
		return 1;
	if (n > 1 && (io & 2))
		return 2;
	if (n >= 4)
		return 4;
	return n >= 2 ? 2 : 1;
}

enum io_op { IO_FROM, IO_TO, IO_SET };

/*
 * Move @n bytes between I/O address @addr and @ram (or set them to @c), in
 * accesses of @width bytes (0: as x86's memcpy_*io() does).
 */
static void io_block(enum io_op op, const char *what, unsigned long addr,
		     unsigned char *ram, size_t n, unsigned int width, int c,
		     const struct kshim_site *site)
{
	unsigned long long phys, v;
	unsigned int w;

	if (!n)
		return;
	if (!translate(what, addr, n, site, &phys)) {
		if (op == IO_FROM)
			memset(ram, 0xff, n);
		return;
	}
	while (n) {
		w = width ? width : x86_width(phys, n);
		if (op == IO_FROM) {
			store_le(ram, bus_read(phys, w), w);
		} else {
			v = op == IO_TO ? load_le(ram, w) :
				(unsigned char)c * 0x0101010101010101ULL;
			bus_write(phys, v, w);
		}
		if (ram)
			ram += w;
		phys += w;
		n -= w;
	}
	pthread_mutex_unlock(&io_lock);
}

void kshim_io_copy_from(void *dst, const volatile void *src, size_t n,
			unsigned int width, const struct kshim_site *site)
{
	io_block(IO_FROM, width ? "__ioread32_copy" : "memcpy_fromio",
		 (unsigned long)src, dst, n, width, 0, site);
}

void kshim_io_copy_to(volatile void *dst, const void *src, size_t n,
		      unsigned int width, const struct kshim_site *site)
{
	const char *what = "memcpy_toio";

	if (width)
		what = width == 8 ? "__iowrite64_copy" : "__iowrite32_copy";
	io_block(IO_TO, what, (unsigned long)dst, (unsigned char *)src, n,
		 width, 0, site);
}

/* x86's memset_io() is a plain memset(): cut it as memcpy_toio() would be. */
void kshim_io_set(volatile void *dst, int c, size_t n,
		  const struct kshim_site *site)
{
	io_block(IO_SET, "memset_io", (unsigned long)dst, NULL, n, 0, c, site);
}

/* ---- The harness side ---- */

static void regs_misuse(const char *fn, const struct kshim_regs *regs)
{
	kshim_defect(KSHIM_DEFECT_MISUSE,
		     "%s(0x%lx): not an attached register block (detached, or reset since?)",
		     fn, (unsigned long)regs);
}

struct kshim_regs *kshim_mmio_attach(unsigned long long phys, size_t size)
{
	struct kshim_regs *r, *b;

	if (!size || phys + size - 1 < phys) {
		kshim_defect(KSHIM_DEFECT_MISUSE,
			     "kshim_mmio_attach(0x%llx, %zu): empty or wrapping block",
			     phys, size);
		return NULL;
	}
	r = calloc(1, sizeof(*r));
	if (r)
		r->mem = calloc(1, size);
	if (!r || !r->mem) {
		free(r);
		fprintf(stderr, "kshim: kshim_mmio_attach: out of memory\n");
		abort();
	}
	r->phys = phys;
	r->size = size;

	pthread_mutex_lock(&io_lock);
	for (b = blocks; b; b = b->next) {
		if (phys <= b->phys + b->size - 1 && b->phys <= phys + size - 1) {
			pthread_mutex_unlock(&io_lock);
			kshim_defect(KSHIM_DEFECT_MISUSE,
				     "kshim_mmio_attach(0x%llx, %zu): overlaps the block at 0x%llx (%zu bytes)",
				     phys, size, b->phys, b->size);
			free(r->mem);
			free(r);
			return NULL;
		}
	}
	r->next = blocks;
	blocks = r;
	pthread_mutex_unlock(&io_lock);
	return r;
}

struct kshim_regs *kshim_mmio_find(unsigned long long phys, size_t size)
{
	struct kshim_regs *b;

	if (!size || phys + size - 1 < phys)
		return NULL;
	pthread_mutex_lock(&io_lock);
	for (b = blocks; b; b = b->next)
		if (phys <= b->phys + b->size - 1 && b->phys <= phys + size - 1)
			break;
	pthread_mutex_unlock(&io_lock);
	return b;
}

void kshim_mmio_set_ops(struct kshim_regs *regs, kshim_mmio_read_fn rd,
			kshim_mmio_write_fn wr, void *priv)
{
	pthread_mutex_lock(&io_lock);
	if (!block_known(regs)) {
		pthread_mutex_unlock(&io_lock);
		regs_misuse("kshim_mmio_set_ops", regs);
		return;
	}
	regs->rd = rd;
	regs->wr = wr;
	regs->priv = priv;
	pthread_mutex_unlock(&io_lock);
}

/* Is [off, off + width) a valid access to @regs? Reports if not. */
static int regs_access_ok(const char *fn, const struct kshim_regs *regs,
			  unsigned long off, unsigned int width)
{
	if (!block_known(regs)) {
		pthread_mutex_unlock(&io_lock);
		regs_misuse(fn, regs);
		return 0;
	}
	if ((width != 1 && width != 2 && width != 4 && width != 8) ||
	    !within(off, width, 0, regs->size)) {
		size_t size = regs->size;

		pthread_mutex_unlock(&io_lock);
		kshim_defect(KSHIM_DEFECT_MISUSE,
			     "%s: offset 0x%lx width %u outside the %zu-byte block",
			     fn, off, width, size);
		return 0;
	}
	return 1;
}

void kshim_mmio_poke(struct kshim_regs *regs, unsigned long off,
		     unsigned int width, unsigned long long val)
{
	pthread_mutex_lock(&io_lock);
	if (!regs_access_ok("kshim_mmio_poke", regs, off, width))
		return;
	store_le(regs->mem + off, val, width);
	pthread_mutex_unlock(&io_lock);
}

unsigned long long kshim_mmio_peek(struct kshim_regs *regs, unsigned long off,
				   unsigned int width)
{
	unsigned long long v;

	pthread_mutex_lock(&io_lock);
	if (!regs_access_ok("kshim_mmio_peek", regs, off, width))
		return ~0ULL;
	v = load_le(regs->mem + off, width);
	pthread_mutex_unlock(&io_lock);
	return v;
}

void kshim_mmio_detach(struct kshim_regs *regs)
{
	struct kshim_regs **pp;

	if (!regs)
		return;
	pthread_mutex_lock(&io_lock);
	for (pp = &blocks; *pp; pp = &(*pp)->next) {
		if (*pp == regs) {
			*pp = regs->next;
			pthread_mutex_unlock(&io_lock);
			free(regs->mem);
			free(regs);
			return;
		}
	}
	pthread_mutex_unlock(&io_lock);
	regs_misuse("kshim_mmio_detach", regs);
}

void kshim_mmio_unclaimed_value(unsigned long long val)
{
	pthread_mutex_lock(&io_lock);
	unclaimed = val;
	pthread_mutex_unlock(&io_lock);
}

/*
 * Forget every mapping and block. The mappings' bookkeeping belongs to the
 * allocation tracker, which reports and frees what is left on its own reset.
 */
void kshim_io_reset(void)
{
	struct kshim_regs *b;

	pthread_mutex_lock(&io_lock);
	while (blocks) {
		b = blocks;
		blocks = b->next;
		free(b->mem);
		free(b);
	}
	nmaps = 0;
	ngone = 0;
	va_next = IO_VA_START;
	unclaimed = ~0ULL;
	pthread_mutex_unlock(&io_lock);
}
