// SPDX-License-Identifier: GPL-2.0-only
/*
 * The allocation tracker behind kmalloc(), vmalloc(), kvmalloc() and kmem
 * caches. Every object is a malloc()ed block of its size class (ksize())
 * plus a red zone, with its bookkeeping kept apart (so a driver's overrun
 * cannot corrupt it). The rules, after SLUB with debugging on:
 * - fresh memory is POISON_INUSE unless zeroed; past the requested size the
 *   red zone (SLUB_RED_ACTIVE) is checked when the object is freed;
 * - a freed object is poisoned (POISON_FREE, POISON_END last) and kept in a
 *   bounded quarantine, so that a second free names both earlier sites and
 *   a write after free is seen when it leaves the quarantine;
 * - a free of an address that was never allocated, or of one inside an
 *   object, is reported as a bad free and otherwise ignored.
 * One mutex guards it all; reports are made after dropping it.
 */
#include <link.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <kshim/lockdep.h>
#include "internal.h"

/* <linux/poison.h> */
#define POISON_INUSE		0x5a
#define POISON_FREE		0x6b
#define POISON_END		0xa5
#define SLUB_RED_ACTIVE		0xcc

/* <linux/gfp_types.h>, <linux/slab.h>: x86_64, SLUB, 4 KiB pages */
#define GFP_ZERO		0x100u
#define GFP_NOWARN		0x2000u
#define GFP_NOFAIL		0x8000u
#define ZERO_SIZE_PTR		((void *)16)
#define PAGE_SIZE		4096UL
#define KMALLOC_MAX_CACHE_SIZE	(1UL << 13)
#define KMALLOC_MAX_SIZE	(1UL << 22)
#define INT_MAX_SIZE		0x7fffffffUL
/* What kshim pretends the machine has, for vmalloc()'s size check. */
#define TOTALRAM_BYTES		(16UL << 30)

#define REDZONE			16
#define QUARANTINE_OBJS		4096
#define QUARANTINE_BYTES	(64UL << 20)
#define HASH_SIZE		4096

enum family { FAM_KMALLOC, FAM_VMALLOC, FAM_KVMALLOC, FAM_ANY };

struct obj {
	unsigned char *mem;		/* what the caller got (malloc()ed) */
	size_t size;			/* requested */
	size_t usable;			/* ksize() */
	size_t checked;			/* the red zone starts here */
	size_t cap;			/* usable + REDZONE bytes behind mem */
	const void *owner;
	const struct kshim_site *site, *free_site;
	const char *what, *free_what;
	enum family fam;
	int freed;
	int reported;			/* as a leak already */
	struct obj *hnext;		/* hash chain */
	struct obj *prev, *next;	/* live list, or quarantine (oldest first) */
};

struct list {
	struct obj *head, *tail;
	size_t n, bytes;
};

static pthread_mutex_t slab_lock = PTHREAD_MUTEX_INITIALIZER;
static struct obj *hash[HASH_SIZE];
static struct list live, quarantine;
static unsigned long total;
static int warned_order, warned_kvmalloc, warned_vmalloc;

/*
 * The object each kmalloc cache would hand out next: the last one freed
 * into it. SLUB with CONFIG_SLAB_FREELIST_HARDENED (Debian's) BUGs when that
 * very object is freed again (mm/slub.c, set_freepointer()).
 */
#define SLUB_NAIVE_DOUBLE_FREE_LINE	419
static struct {
	size_t usable;
	const struct obj *o;
} freelist_heads[32];

static void freelist_push(const struct obj *o)
{
	unsigned int i, free_slot = 0;

	if (o->fam != FAM_KMALLOC || o->owner || o->usable > KMALLOC_MAX_CACHE_SIZE)
		return;
	for (i = 0; i < 32; i++) {
		if (freelist_heads[i].usable == o->usable || !freelist_heads[i].usable) {
			freelist_heads[i].usable = o->usable;
			freelist_heads[i].o = o;
			return;
		}
		free_slot = i;
	}
	freelist_heads[free_slot].o = NULL;
}

/* An allocation from the cache takes its head off the freelist. */
static void freelist_pop(size_t usable)
{
	unsigned int i;

	for (i = 0; i < 32 && freelist_heads[i].usable; i++)
		if (freelist_heads[i].usable == usable)
			freelist_heads[i].o = NULL;
}

/* @o leaves the quarantine: no cache hands it out any more. */
static void freelist_forget(const struct obj *o)
{
	unsigned int i;

	for (i = 0; i < 32; i++)
		if (freelist_heads[i].o == o)
			freelist_heads[i].o = NULL;
}

static int freelist_is_head(const struct obj *o)
{
	unsigned int i;

	for (i = 0; i < 32 && freelist_heads[i].usable; i++)
		if (freelist_heads[i].usable == o->usable)
			return freelist_heads[i].o == o;
	return 0;
}

static size_t hash_of(const void *p)
{
	uintptr_t v = (uintptr_t)p;

	return (size_t)((v >> 4) ^ (v >> 16)) & (HASH_SIZE - 1);
}

static struct obj *lookup(const void *p)
{
	struct obj *o;

	for (o = hash[hash_of(p)]; o; o = o->hnext)
		if (o->mem == p)
			return o;
	return NULL;
}

static void hash_del(struct obj *o)
{
	struct obj **pp;

	for (pp = &hash[hash_of(o->mem)]; *pp; pp = &(*pp)->hnext) {
		if (*pp == o) {
			*pp = o->hnext;
			return;
		}
	}
}

static void list_add(struct list *l, struct obj *o)
{
	o->next = NULL;
	o->prev = l->tail;
	if (l->tail)
		l->tail->next = o;
	else
		l->head = o;
	l->tail = o;
	l->n++;
	l->bytes += o->size;
}

static void list_del(struct list *l, struct obj *o)
{
	if (o->prev)
		o->prev->next = o->next;
	else
		l->head = o->next;
	if (o->next)
		o->next->prev = o->prev;
	else
		l->tail = o->prev;
	l->n--;
	l->bytes -= o->size;
}

static enum family alloc_family(const char *what)
{
	while (*what == '_')
		what++;
	if (!strncmp(what, "kv", 2))
		return FAM_KVMALLOC;
	if (what[0] == 'v')
		return FAM_VMALLOC;
	if (what[0] == 'k')
		return FAM_KMALLOC;
	return FAM_ANY;		/* kasprintf, ioremap bookkeeping... */
}

/* Which allocations a free API may free. */
static enum family free_family(const char *what)
{
	while (*what == '_')
		what++;
	if (!strncmp(what, "kv", 2))
		return FAM_ANY;
	if (what[0] == 'v')
		return FAM_VMALLOC;
	if (what[0] == 'k')
		return FAM_KMALLOC;
	return FAM_ANY;
}

/* SLUB's kmalloc size classes; beyond them, whole pages (get_order()). */
static size_t kmalloc_usable(size_t size)
{
	size_t s;

	if (size > KMALLOC_MAX_CACHE_SIZE) {
		for (s = PAGE_SIZE; s < size; s <<= 1)
			;
		return s;
	}
	if (size > 64 && size <= 96)
		return 96;
	if (size > 128 && size <= 192)
		return 192;
	for (s = 8; s < size; s <<= 1)
		;
	return s;
}

static const char *site_str(const struct kshim_site *site, char *buf, size_t len)
{
	return kshim_site_str(site, buf, len);
}

/* "64-byte object (kmalloc) allocated at f.c:12 (probe)" */
static void describe(const struct obj *o, char *buf, size_t len)
{
	char at[256];

	snprintf(buf, len, "%zu-byte object (%s) allocated at %s", o->size,
		 o->what, site_str(o->site, at, sizeof(at)));
}

/* The first byte of @o's red zone that is not intact, or -1. */
/*
 * The first byte of @p[0..@n) that is not @c, or -1. Whole blocks are
 * compared with memcmp() first: this runs on every free and every object
 * that leaves the quarantine.
 */
static const unsigned char red_pattern[256] = { [0 ... 255] = SLUB_RED_ACTIVE };
static const unsigned char free_pattern[256] = { [0 ... 255] = POISON_FREE };

static long first_not(const unsigned char *p, size_t n,
		      const unsigned char *pattern, size_t plen)
{
	size_t i = 0, chunk;

	while (i < n) {
		chunk = n - i < plen ? n - i : plen;
		if (memcmp(p + i, pattern, chunk))
			break;
		i += chunk;
	}
	for (; i < n; i++)
		if (p[i] != pattern[0])
			return (long)i;
	return -1;
}

static long redzone_bad(const struct obj *o)
{
	long bad = first_not(o->mem + o->checked, o->cap - o->checked, red_pattern,
			     sizeof(red_pattern));

	return bad < 0 ? -1 : (long)o->checked + bad;
}

/* The first byte of freed @o that is not poison any more, or -1. */
static long poison_bad(const struct obj *o)
{
	long bad;

	if (!o->usable)
		return -1;
	bad = first_not(o->mem, o->usable - 1, free_pattern, sizeof(free_pattern));
	if (bad >= 0)
		return bad;
	return o->mem[o->usable - 1] == POISON_END ? -1 : (long)(o->usable - 1);
}

static void obj_release(struct obj *o)
{
	free(o->mem);
	free(o);
}

/*
 * Drop the oldest quarantined objects over the bounds. A write after free
 * found then is reported into @report (one, the first).
 */
static void quarantine_trim(char *report, size_t len)
{
	char desc[512], at[256];
	struct obj *o;
	long bad;

	while (quarantine.n > QUARANTINE_OBJS ||
	       (quarantine.bytes > QUARANTINE_BYTES && quarantine.n > 1)) {
		o = quarantine.head;
		list_del(&quarantine, o);
		hash_del(o);
		bad = poison_bad(o);
		if (bad >= 0 && !report[0]) {
			describe(o, desc, sizeof(desc));
			snprintf(report, len,
				 "use after free: %s, freed at %s (%s), was written at offset %ld after it was freed",
				 desc, site_str(o->free_site, at, sizeof(at)),
				 o->free_what, bad);
		}
		freelist_forget(o);
		obj_release(o);
	}
}

/* Report a WARN_ON_ONCE() of the kernel's own code, once per reset. */
static void warn_once(int *warned, const char *file, int line, const char *func)
{
	int first;

	pthread_mutex_lock(&slab_lock);
	first = !*warned;
	*warned = 1;
	pthread_mutex_unlock(&slab_lock);
	if (first)
		kshim_warn(NULL, file, line, func, 1);
}

/*
 * lib/fault-inject.c fail_dump(), with failslab's and fail_page_alloc's
 * defaults (verbose 2: the stack too). Not for __GFP_NOWARN.
 */
static void fail_dump(const char *name)
{
	kshim_klog(5, "FAULT_INJECTION: forcing a failure.");
	kshim_klog(5, "name %s, interval 1, probability 0, space 0, times 1", name);
	dump_stack();
}

/* Size checks made before anything can fail: NULL (*ret) or go on (0). */
static int size_refused(size_t size, unsigned int flags, enum family fam,
			void **ret)
{
	*ret = NULL;
	if (!size) {
		if (fam != FAM_VMALLOC) {
			*ret = ZERO_SIZE_PTR;
			return 1;
		}
		/* mm/vmalloc.c __vmalloc_node_range() */
		warn_once(&warned_vmalloc, "mm/vmalloc.c", 3227,
			  "__vmalloc_node_range");
		return 1;
	}
	if (fam == FAM_KMALLOC && size > KMALLOC_MAX_SIZE) {
		/* An order the page allocator refuses: WARN_ON_ONCE_GFP(). */
		if (!(flags & GFP_NOWARN))
			warn_once(&warned_order, "mm/page_alloc.c", 5634,
				  "__alloc_pages");
		return 1;
	}
	if (fam == FAM_KVMALLOC && size > INT_MAX_SIZE) {
		/* mm/util.c kvmalloc_node(): "Don't even allow crazy sizes" */
		if (!(flags & GFP_NOWARN))
			warn_once(&warned_kvmalloc, "mm/util.c", 596,
				  "kvmalloc_node");
		return 1;
	}
	if (fam == FAM_VMALLOC && size > TOTALRAM_BYTES) {
		if (!(flags & GFP_NOWARN))
			kshim_klog(4, "%s: vmalloc error: size %zu, exceeds total pages, mode:%#x",
				   kshim_current_comm(), size, flags);
		return 1;
	}
	return 0;
}

static void *alloc_common(size_t size, size_t align, unsigned int flags,
			  const void *owner, const struct kshim_site *site,
			  const char *what, int fallible)
{
	enum family fam = alloc_family(what);
	struct obj *o;
	size_t usable;
	void *mem;

	site = kshim_site_for(site);
	if (fallible)
		kshim_might_alloc(flags, site);	/* GFP_KERNEL in atomic context */
	if (size_refused(size, flags, fam, &mem))
		return mem;

	if (fallible && !(flags & GFP_NOFAIL) && kshim_fault(site, what)) {
		if (!(flags & GFP_NOWARN))
			fail_dump(fam == FAM_VMALLOC || size > KMALLOC_MAX_CACHE_SIZE ?
				  "fail_page_alloc" : "failslab");
		return NULL;
	}

	usable = size;
	if (!owner && (fam == FAM_KMALLOC || fam == FAM_KVMALLOC) &&
	    size <= KMALLOC_MAX_SIZE)
		usable = kmalloc_usable(size);
	/* kmalloc: power-of-two sizes naturally aligned; vmalloc: pages. */
	if (fam == FAM_VMALLOC || usable >= PAGE_SIZE)
		align = align > PAGE_SIZE ? align : PAGE_SIZE;
	else if (!owner && !(usable & (usable - 1)) && usable > align)
		align = usable;
	if (align < 16)
		align = 16;

	o = calloc(1, sizeof(*o));
	if (!o || posix_memalign(&mem, align, usable + REDZONE)) {
		free(o);
		fprintf(stderr, "kshim: %s(%zu) at %s:%d: the host is out of memory\n",
			what, size, site ? site->file : "?", site ? site->line : 0);
		return NULL;
	}
	o->mem = mem;
	o->size = size;
	o->usable = usable;
	o->checked = size;
	o->cap = usable + REDZONE;
	o->owner = owner;
	o->site = site;
	o->what = what;
	o->fam = fam;
	memset(o->mem, flags & GFP_ZERO ? 0 : POISON_INUSE, size);
	memset(o->mem + size, SLUB_RED_ACTIVE, o->cap - size);

	pthread_mutex_lock(&slab_lock);
	if (fam == FAM_KMALLOC && !owner)
		freelist_pop(usable);
	o->hnext = hash[hash_of(mem)];
	hash[hash_of(mem)] = o;
	list_add(&live, o);
	total++;
	pthread_mutex_unlock(&slab_lock);
	return mem;
}

void *kshim_alloc_ex(size_t size, size_t align, unsigned int flags,
		     const void *owner, const struct kshim_site *site,
		     const char *what)
{
	return alloc_common(size, align, flags, owner, site, what, 1);
}

void *kshim_alloc(size_t size, unsigned int flags, const struct kshim_site *site,
		  const char *what)
{
	return alloc_common(size, 0, flags, NULL, site, what, 1);
}

/* Whose bookkeeping is being made: a device, while devres maps or requests for it. */
static const void *bookkeeping_owner;

void kshim_alloc_hold(const void *owner)
{
	bookkeeping_owner = owner;
}

void *kshim_alloc_tracked(size_t size, const struct kshim_site *site,
			  const char *what)
{
	return alloc_common(size, 0, 0, bookkeeping_owner, site, what, 0);
}

/*
 * Why @p is not a live object, into @buf, for @op at @site: a double free,
 * a pointer into an object, or one never allocated. Called locked.
 */
static enum kshim_defect_kind not_live(const void *p, const char *op,
				       const struct kshim_site *site,
				       char *buf, size_t len)
{
	char desc[512], at[256], fat[256];
	const struct obj *o = lookup(p);
	const struct list *l;

	site_str(site, at, sizeof(at));
	if (o && o->freed) {
		describe(o, desc, sizeof(desc));
		snprintf(buf, len, "%s(%p) at %s: %s, freed already at %s (%s)",
			 op, p, at, desc, site_str(o->free_site, fat, sizeof(fat)),
			 o->free_what);
		return KSHIM_DEFECT_DOUBLE_FREE;
	}
	for (l = &live; l; l = l == &live ? &quarantine : NULL) {
		for (o = l->head; o; o = o->next) {
			const unsigned char *c = p;

			if (c <= o->mem || c >= o->mem + o->usable)
				continue;
			describe(o, desc, sizeof(desc));
			snprintf(buf, len,
				 "%s(%p) at %s: an interior pointer, offset %ld into %s%s",
				 op, p, at, (long)(c - o->mem), desc,
				 o->freed ? " (freed already)" : "");
			return KSHIM_DEFECT_BAD_FREE;
		}
	}
	snprintf(buf, len, "%s(%p) at %s: a pointer that was never allocated",
		 op, p, at);
	return KSHIM_DEFECT_BAD_FREE;
}

/* Report the red zone of @o if written over; called locked, reports into @buf. */
static int check_redzone(const struct obj *o, const char *op,
			 const struct kshim_site *site, char *buf, size_t len)
{
	char desc[512], at[256];
	long bad = redzone_bad(o);

	if (bad < 0)
		return 0;
	describe(o, desc, sizeof(desc));
	snprintf(buf, len, "%s, written past its end (at offset %ld), found by %s at %s",
		 desc, bad, op, site_str(site, at, sizeof(at)));
	return 1;
}

void kshim_free(const void *p, const struct kshim_site *site, const char *what)
{
	/* Filled only when there is something to report: not cleared whole. */
	char report[1024], overrun[1024], uaf[1024], misuse[1024];
	enum kshim_defect_kind kind = KSHIM_DEFECT_BAD_FREE;
	enum family ff = free_family(what);
	struct obj *o;

	if (!p || p == ZERO_SIZE_PTR)
		return;
	report[0] = overrun[0] = uaf[0] = misuse[0] = '\0';
	kshim_lockdep_freed(p, site);	/* "held lock freed" */

	pthread_mutex_lock(&slab_lock);
	o = lookup(p);
	if (!o || o->freed) {
		int slub_bug = o && freelist_is_head(o);

		kind = not_live(p, what, site, report, sizeof(report));
		pthread_mutex_unlock(&slab_lock);
		kshim_defect(kind, "%s", report);
		/* In module code, the kernel's own check stops the call. */
		if (slub_bug && kshim_guarded())
			kshim_bug("mm/slub.c", SLUB_NAIVE_DOUBLE_FREE_LINE);
		return;
	}
	if (ff != FAM_ANY && o->fam != FAM_ANY && o->fam != ff &&
	    !(ff == FAM_VMALLOC && o->fam == FAM_KVMALLOC) &&
	    !(ff == FAM_KMALLOC && o->fam == FAM_KVMALLOC && o->size <= KMALLOC_MAX_SIZE)) {
		char desc[512], at[256];

		describe(o, desc, sizeof(desc));
		snprintf(misuse, sizeof(misuse), "%s(%p) at %s: %s, which %s() cannot free",
			 what, p, site_str(site, at, sizeof(at)), desc, what);
	}
	check_redzone(o, what, site, overrun, sizeof(overrun));
	list_del(&live, o);
	o->freed = 1;
	o->free_site = site;
	o->free_what = what;
	if (o->usable) {
		memset(o->mem, POISON_FREE, o->usable - 1);
		o->mem[o->usable - 1] = POISON_END;
	}
	list_add(&quarantine, o);
	freelist_push(o);
	quarantine_trim(uaf, sizeof(uaf));
	pthread_mutex_unlock(&slab_lock);

	if (misuse[0])
		kshim_defect(KSHIM_DEFECT_MISUSE, "%s", misuse);
	if (overrun[0])
		kshim_defect(KSHIM_DEFECT_OVERRUN, "%s", overrun);
	if (uaf[0])
		kshim_defect(KSHIM_DEFECT_OVERRUN, "%s", uaf);
}

/* mm/slab_common.c krealloc(): in place while it fits ksize(). */
void *kshim_realloc(const void *p, size_t size, unsigned int flags,
		    const struct kshim_site *site, const char *what)
{
	char report[1024] = "";
	enum kshim_defect_kind kind;
	size_t keep;
	struct obj *o;
	void *n;

	if (!size) {
		kshim_free(p, site, what);
		return ZERO_SIZE_PTR;
	}
	if (!p || p == ZERO_SIZE_PTR)
		return kshim_alloc(size, flags, site, what);

	pthread_mutex_lock(&slab_lock);
	o = lookup(p);
	if (!o || o->freed) {
		kind = not_live(p, what, site, report, sizeof(report));
		pthread_mutex_unlock(&slab_lock);
		kshim_defect(kind, "%s", report);
		return NULL;
	}
	if (check_redzone(o, what, site, report, sizeof(report))) {
		/* Report once, then lay the red zone anew. */
		memset(o->mem + o->checked, SLUB_RED_ACTIVE, o->cap - o->checked);
	}
	if (o->usable >= size && !o->owner) {
		if (size > o->checked)
			memset(o->mem + o->checked, flags & GFP_ZERO ? 0 : POISON_INUSE,
			       size - o->checked);
		memset(o->mem + size, SLUB_RED_ACTIVE, o->cap - size);
		live.bytes += size;
		live.bytes -= o->size;
		o->size = size;
		o->checked = size;
		pthread_mutex_unlock(&slab_lock);
		if (report[0])
			kshim_defect(KSHIM_DEFECT_OVERRUN, "%s", report);
		return (void *)p;
	}
	pthread_mutex_unlock(&slab_lock);
	if (report[0])
		kshim_defect(KSHIM_DEFECT_OVERRUN, "%s", report);

	n = kshim_alloc(size, flags, site, what);
	if (!n)
		return NULL;	/* @p is left alone */
	pthread_mutex_lock(&slab_lock);
	o = lookup(p);
	keep = o && !o->freed ? o->checked : 0;
	if (keep > size)
		keep = size;
	memcpy(n, p, keep);
	pthread_mutex_unlock(&slab_lock);
	kshim_free(p, site, what);
	return n;
}

size_t kshim_alloc_size(const void *p)
{
	const struct obj *o;
	size_t n = 0;

	pthread_mutex_lock(&slab_lock);
	o = lookup(p);
	if (o && !o->freed)
		n = o->size;
	pthread_mutex_unlock(&slab_lock);
	return n;
}

/* ksize(): the whole size class is the caller's from now on. */
size_t kshim_ksize(const void *p)
{
	struct obj *o;
	size_t n = 0;
	int state = 0;		/* 0 live, 1 freed, 2 unknown */

	if (!p || p == ZERO_SIZE_PTR)
		return 0;
	pthread_mutex_lock(&slab_lock);
	o = lookup(p);
	if (o && !o->freed) {
		n = o->usable;
		o->checked = o->usable;
	} else {
		state = o ? 1 : 2;
	}
	pthread_mutex_unlock(&slab_lock);
	if (state)
		kshim_defect(KSHIM_DEFECT_MISUSE, "ksize(0x%lx) of %s", (unsigned long)p,
			     state == 1 ? "a freed object" :
			     "an address that is not an allocated object");
	return n;
}

const void *kshim_alloc_owner(const void *p)
{
	const struct obj *o;
	const void *owner = NULL;

	pthread_mutex_lock(&slab_lock);
	o = lookup(p);
	if (o && !o->freed)
		owner = o->owner;
	pthread_mutex_unlock(&slab_lock);
	return owner;
}

size_t kshim_alloc_owned(const void *owner)
{
	const struct obj *o;
	size_t n = 0;

	pthread_mutex_lock(&slab_lock);
	for (o = live.head; o; o = o->next)
		if (o->owner == owner)
			n++;
	pthread_mutex_unlock(&slab_lock);
	return n;
}

struct rodata_query {
	uintptr_t addr;
	int found;
};

static int rodata_segment(struct dl_phdr_info *info, size_t sz, void *data)
{
	struct rodata_query *q = data;
	int i;

	for (i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		uintptr_t start = info->dlpi_addr + ph->p_vaddr;

		if (ph->p_type != PT_LOAD || ph->p_flags != PF_R)
			continue;
		if (q->addr >= start && q->addr < start + ph->p_memsz) {
			q->found = 1;
			return 1;
		}
	}
	return 0;
}

/* In a read-only, non-executable segment of the program or a library? */
int kshim_is_rodata(const void *p)
{
	struct rodata_query q = { (uintptr_t)p, 0 };

	if (!p)
		return 0;
	dl_iterate_phdr(rodata_segment, &q);
	return q.found;
}

size_t kshim_alloc_live(void)
{
	size_t n;

	pthread_mutex_lock(&slab_lock);
	n = live.n;
	pthread_mutex_unlock(&slab_lock);
	return n;
}

size_t kshim_alloc_live_bytes(void)
{
	size_t n;

	pthread_mutex_lock(&slab_lock);
	n = live.bytes;
	pthread_mutex_unlock(&slab_lock);
	return n;
}

unsigned long kshim_alloc_total(void)
{
	unsigned long n;

	pthread_mutex_lock(&slab_lock);
	n = total;
	pthread_mutex_unlock(&slab_lock);
	return n;
}

struct report {
	enum kshim_defect_kind kind;
	char *msg;
};

static void add_report(struct report **r, size_t *n, enum kshim_defect_kind kind,
		       const char *msg)
{
	struct report *nr = realloc(*r, (*n + 1) * sizeof(**r));

	if (!nr)
		return;
	*r = nr;
	nr[*n].kind = kind;
	nr[*n].msg = strdup(msg);
	if (nr[*n].msg)
		(*n)++;
}

/*
 * Report every live object not reported yet as a leak (and the overruns
 * and writes after free still unseen). Returns the number of leaks.
 */
size_t kshim_leak_check(void)
{
	struct report *r = NULL;
	size_t nr = 0, leaks = 0, i;
	char buf[1024], desc[512], at[256];
	struct obj *o;
	long bad;

	pthread_mutex_lock(&slab_lock);
	for (o = live.head; o; o = o->next) {
		/* A live device's devm memory is no leak while the device is. */
		if (o->reported || (o->owner && kshim_device_live(o->owner)))
			continue;
		o->reported = 1;
		snprintf(buf, sizeof(buf), "%zu bytes (%s) allocated at %s, never freed",
			 o->size, o->what, site_str(o->site, at, sizeof(at)));
		add_report(&r, &nr, KSHIM_DEFECT_LEAK, buf);
		leaks++;
		if (check_redzone(o, "the leak check", NULL, buf, sizeof(buf)))
			add_report(&r, &nr, KSHIM_DEFECT_OVERRUN, buf);
	}
	for (o = quarantine.head; o; o = o->next) {
		if (o->reported)
			continue;
		bad = poison_bad(o);
		if (bad < 0)
			continue;
		o->reported = 1;
		describe(o, desc, sizeof(desc));
		snprintf(buf, sizeof(buf),
			 "use after free: %s, freed at %s (%s), was written at offset %ld after it was freed",
			 desc, site_str(o->free_site, at, sizeof(at)), o->free_what, bad);
		add_report(&r, &nr, KSHIM_DEFECT_OVERRUN, buf);
	}
	pthread_mutex_unlock(&slab_lock);

	for (i = 0; i < nr; i++) {
		kshim_defect(r[i].kind, "%s", r[i].msg);
		free(r[i].msg);
	}
	free(r);
	return leaks;
}

/* Forget every object, live or quarantined: the simulated kernel is new. */
void kshim_slab_reset(void)
{
	struct obj *o;

	pthread_mutex_lock(&slab_lock);
	while ((o = live.head)) {
		list_del(&live, o);
		obj_release(o);
	}
	while ((o = quarantine.head)) {
		list_del(&quarantine, o);
		obj_release(o);
	}
	memset(hash, 0, sizeof(hash));
	memset(freelist_heads, 0, sizeof(freelist_heads));
	total = 0;
	warned_order = warned_kvmalloc = warned_vmalloc = 0;
	pthread_mutex_unlock(&slab_lock);
}
