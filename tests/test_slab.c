// SPDX-License-Identifier: GPL-2.0-only
/*
 * kmalloc() and friends, kvmalloc(), vmalloc(), kmem caches: 6.1's
 * semantics, and the tracker's reports (leaks, double and bad frees,
 * overruns, writes after free).
 */
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/poison.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/vmalloc.h>

#include <kshim/cmocka.h>

/* "tests/test_slab.c:123": a site of this file, as reports name it. */
static const char *at(int line)
{
	static char buf[4][128];
	static int n;

	n = (n + 1) % 4;
	snprintf(buf[n], sizeof(buf[n]), "%s:%d", __FILE__, line);
	return buf[n];
}

/* Defect @i exists, is of @kind, and its message contains @needle. */
static void assert_defect(size_t i, enum kshim_defect_kind kind,
			  const char *needle)
{
	const char *m = kshim_defect_message(i);

	assert_non_null(m);
	assert_int_equal(kshim_defect_kind_of(i), kind);
	if (!strstr(m, needle))
		fail_msg("defect %zu \"%s\" lacks \"%s\"", i, m, needle);
}

static void gfp_values_are_6_1s(void **state)
{
	/* include/linux/gfp_types.h */
	assert_int_equal(GFP_KERNEL, 0xcc0);
	assert_int_equal(GFP_ATOMIC, 0xa20);
	assert_int_equal(GFP_NOWAIT, 0x800);
	assert_int_equal(GFP_NOIO, 0xc00);
	assert_int_equal(GFP_NOFS, 0xc40);
	assert_int_equal(GFP_USER, 0x100cc0);
	assert_int_equal(GFP_DMA32, 0x4);
	assert_int_equal(__GFP_NOWARN, 0x2000);
	assert_int_equal(__GFP_ZERO, 0x100);
	assert_int_equal(__GFP_NOFAIL, 0x8000);
	assert_int_equal(__GFP_RETRY_MAYFAIL, 0x4000);
	assert_int_equal(GFP_KERNEL_ACCOUNT, 0x400cc0);
	/* include/linux/slab.h, SLUB on x86_64 */
	assert_int_equal(KMALLOC_MAX_SIZE, 4 << 20);
	assert_int_equal(KMALLOC_MAX_CACHE_SIZE, 8192);
	assert_ptr_equal(ZERO_SIZE_PTR, (void *)16);
	assert_int_equal(SLAB_HWCACHE_ALIGN, 0x2000);
	assert_int_equal(SLAB_PANIC, 0x40000);
}

static void kmalloc_tracks_and_poisons(void **state)
{
	unsigned char *p = kmalloc(10, GFP_KERNEL);
	int i;

	assert_non_null(p);
	/* Fresh objects are POISON_INUSE, as with SLUB's poisoning on. */
	for (i = 0; i < 10; i++)
		assert_int_equal(p[i], POISON_INUSE);
	assert_int_equal(kshim_alloc_live(), 1);
	assert_int_equal(kshim_alloc_live_bytes(), 10);
	assert_int_equal(kshim_alloc_total(), 1);
	assert_int_equal(kshim_fallible_calls(), 1);
	kfree(p);
	assert_int_equal(kshim_alloc_live(), 0);
	assert_int_equal(kshim_alloc_live_bytes(), 0);
	assert_int_equal(kshim_alloc_total(), 1);
}

static void kzalloc_and_kcalloc_zero(void **state)
{
	unsigned char *p = kzalloc(100, GFP_KERNEL);
	int *a = kcalloc(10, sizeof(*a), GFP_KERNEL);
	int i;

	assert_non_null(p);
	assert_non_null(a);
	for (i = 0; i < 100; i++)
		assert_int_equal(p[i], 0);
	for (i = 0; i < 10; i++)
		assert_int_equal(a[i], 0);
	assert_int_equal(kshim_alloc_live_bytes(), 100 + 10 * sizeof(int));
	kfree(a);
	kfree(p);
}

static void array_overflow_fails_without_a_call(void **state)
{
	assert_null(kmalloc_array(SIZE_MAX / 2, 3, GFP_KERNEL));
	assert_null(kcalloc(SIZE_MAX, 2, GFP_KERNEL));
	assert_null(kvmalloc_array(SIZE_MAX / 4, 8, GFP_KERNEL));
	assert_null(vmalloc_array(SIZE_MAX / 4, 8));
	assert_int_equal(kshim_fallible_calls(), 0);
	assert_int_equal(kshim_alloc_total(), 0);
}

static void zero_size_and_null(void **state)
{
	void *p = kmalloc(0, GFP_KERNEL);

	assert_ptr_equal(p, ZERO_SIZE_PTR);
	assert_true(ZERO_OR_NULL_PTR(p));
	/* kmalloc(0) never reaches the slab: nothing to count or fail. */
	assert_int_equal(kshim_fallible_calls(), 0);
	assert_int_equal(kshim_alloc_live(), 0);
	kfree(p);
	kfree(NULL);
	kvfree(NULL);
	vfree(NULL);
	kfree_sensitive(NULL);
	assert_int_equal(ksize(NULL), 0);
	assert_int_equal(ksize(ZERO_SIZE_PTR), 0);
	assert_ptr_equal(kvmalloc(0, GFP_KERNEL), ZERO_SIZE_PTR);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
}

static void ksize_is_the_size_class(void **state)
{
	static const size_t sizes[][2] = {
		{ 1, 8 }, { 8, 8 }, { 10, 16 }, { 33, 64 }, { 65, 96 },
		{ 96, 96 }, { 97, 128 }, { 129, 192 }, { 193, 256 },
		{ 4000, 4096 }, { 8192, 8192 },
		/* Beyond the kmalloc caches: whole pages, PAGE_SIZE << order. */
		{ 8193, 16384 }, { 20000, 32768 },
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(sizes); i++) {
		char *p = kmalloc(sizes[i][0], GFP_KERNEL);

		assert_non_null(p);
		assert_int_equal(ksize(p), sizes[i][1]);
		kfree(p);
	}
}

static void ksize_makes_the_slack_usable(void **state)
{
	char *p = kmalloc(10, GFP_KERNEL);

	assert_int_equal(ksize(p), 16);
	memset(p, 'a', 16);
	kfree(p);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
}

static void kmalloc_is_aligned(void **state)
{
	void *a = kmalloc(64, GFP_KERNEL), *b = kmalloc(4096, GFP_KERNEL);
	void *c = kmalloc(24, GFP_KERNEL);

	/* Power-of-two sizes are naturally aligned; all at least 8. */
	assert_int_equal((unsigned long)a % 64, 0);
	assert_int_equal((unsigned long)b % 4096, 0);
	assert_int_equal((unsigned long)c % ARCH_KMALLOC_MINALIGN, 0);
	kfree(a);
	kfree(b);
	kfree(c);
}

static void overrun_is_caught_at_free(void **state)
{
	char *p;
	int al, fl;

	p = kmalloc(10, GFP_KERNEL); al = __LINE__;
	p[10] = 'x';
	kfree(p); fl = __LINE__;
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_OVERRUN), 1);
	assert_defect(0, KSHIM_DEFECT_OVERRUN, "10-byte object (kmalloc) allocated at");
	assert_defect(0, KSHIM_DEFECT_OVERRUN, at(al));
	assert_defect(0, KSHIM_DEFECT_OVERRUN, at(fl));
	assert_defect(0, KSHIM_DEFECT_OVERRUN, "written past its end (at offset 10)");
	assert_defects(KSHIM_DEFECT_OVERRUN, 1);
}

static void double_free_names_all_three_sites(void **state)
{
	char *p;
	int al, f1, f2;

	p = kzalloc(24, GFP_KERNEL); al = __LINE__;
	kfree(p); f1 = __LINE__;
	kfree(p); f2 = __LINE__;
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 1);
	assert_defect(0, KSHIM_DEFECT_DOUBLE_FREE, "24-byte object (kzalloc)");
	assert_defect(0, KSHIM_DEFECT_DOUBLE_FREE, at(al));
	assert_defect(0, KSHIM_DEFECT_DOUBLE_FREE, at(f1));
	assert_defect(0, KSHIM_DEFECT_DOUBLE_FREE, at(f2));
	assert_defect(0, KSHIM_DEFECT_DOUBLE_FREE, "freed already");
	assert_defects(KSHIM_DEFECT_DOUBLE_FREE, 1);
}

static void freed_memory_is_poisoned(void **state)
{
	unsigned char *p = kmalloc(8, GFP_KERNEL);
	unsigned char *q = p;

	kfree(p);
	/* The quarantine keeps the memory: reading it shows SLUB's poison. */
	assert_int_equal(q[0], POISON_FREE);
	assert_int_equal(q[6], POISON_FREE);
	assert_int_equal(q[7], POISON_END);
}

static void write_after_free_is_caught(void **state)
{
	unsigned char *p, *q;
	int al;

	p = kmalloc(32, GFP_KERNEL); al = __LINE__;
	q = p;
	kfree(p);
	q[5] = 1;
	assert_int_equal(kshim_leak_check(), 0);
	assert_defect(0, KSHIM_DEFECT_OVERRUN, "use after free");
	assert_defect(0, KSHIM_DEFECT_OVERRUN, at(al));
	assert_defect(0, KSHIM_DEFECT_OVERRUN, "offset 5");
	assert_defects(KSHIM_DEFECT_OVERRUN, 1);
}

static void bad_frees(void **state)
{
	int local;
	char *p;
	int al, fl;

	kfree(&local); fl = __LINE__;
	assert_defect(0, KSHIM_DEFECT_BAD_FREE, "never allocated");
	assert_defect(0, KSHIM_DEFECT_BAD_FREE, at(fl));
	assert_defects(KSHIM_DEFECT_BAD_FREE, 1);

	p = kmalloc(8, GFP_KERNEL); al = __LINE__;
	kfree(p + 3);
	assert_defect(0, KSHIM_DEFECT_BAD_FREE, "interior pointer, offset 3 into 8-byte object (kmalloc)");
	assert_defect(0, KSHIM_DEFECT_BAD_FREE, at(al));
	assert_defects(KSHIM_DEFECT_BAD_FREE, 1);
	/* The object is untouched and still live. */
	assert_int_equal(kshim_alloc_live(), 1);
	kfree(p);
}

static void leak_check_reports_each_object_once(void **state)
{
	char *a, *b;
	int la, lb;

	a = kmalloc(32, GFP_KERNEL); la = __LINE__;
	b = kstrdup("leaked", GFP_KERNEL); lb = __LINE__;
	assert_non_null(a);
	assert_non_null(b);
	assert_int_equal(kshim_leak_check(), 2);
	assert_defect(0, KSHIM_DEFECT_LEAK, "32 bytes (kmalloc) allocated at");
	assert_defect(0, KSHIM_DEFECT_LEAK, at(la));
	assert_defect(0, KSHIM_DEFECT_LEAK, "leak_check_reports_each_object_once");
	assert_defect(1, KSHIM_DEFECT_LEAK, "7 bytes (kstrdup) allocated at");
	assert_defect(1, KSHIM_DEFECT_LEAK, at(lb));
	/* Reported once: a second check finds nothing new. */
	assert_int_equal(kshim_leak_check(), 0);
	assert_defects(KSHIM_DEFECT_LEAK, 2);
	kfree(a);
	kfree(b);
}

static void krealloc_semantics(void **state)
{
	char *p = kmalloc(10, GFP_KERNEL), *q;

	strcpy(p, "abcdefghi");
	/* Fits in ksize(): the same object. */
	q = krealloc(p, 14, GFP_KERNEL);
	assert_ptr_equal(q, p);
	assert_int_equal(kshim_alloc_live_bytes(), 14);
	assert_int_equal(kshim_fallible_calls(), 1);
	/* Grows: a new object with the old contents; the old one is freed. */
	q = krealloc(p, 100, GFP_KERNEL);
	assert_non_null(q);
	assert_ptr_not_equal(q, p);
	assert_string_equal(q, "abcdefghi");
	assert_int_equal(kshim_alloc_live(), 1);
	assert_int_equal(kshim_alloc_live_bytes(), 100);
	/* A failed krealloc() leaves the object alone. */
	kshim_fail_nth(1);
	p = krealloc(q, 1000, GFP_KERNEL | __GFP_NOWARN);
	assert_null(p);
	assert_string_equal(q, "abcdefghi");
	assert_int_equal(kshim_alloc_live(), 1);
	/* Size 0 frees and returns ZERO_SIZE_PTR. */
	assert_ptr_equal(krealloc(q, 0, GFP_KERNEL), ZERO_SIZE_PTR);
	assert_int_equal(kshim_alloc_live(), 0);
	/* NULL: a plain allocation. */
	p = krealloc(NULL, 8, GFP_KERNEL);
	assert_non_null(p);
	p = krealloc_array(p, 4, 8, GFP_KERNEL);
	assert_non_null(p);
	assert_int_equal(kshim_alloc_live_bytes(), 32);
	assert_null(krealloc_array(p, SIZE_MAX, 2, GFP_KERNEL));
	kfree(p);
}

static void krealloc_of_freed_is_reported(void **state)
{
	char *p = kmalloc(8, GFP_KERNEL);

	kfree(p);
	assert_null(krealloc(p, 64, GFP_KERNEL));
	assert_defect(0, KSHIM_DEFECT_DOUBLE_FREE, "krealloc(");
	assert_defects(KSHIM_DEFECT_DOUBLE_FREE, 1);
}

static void too_large_warns_once(void **state)
{
	void *p;

	assert_null(kmalloc(KMALLOC_MAX_SIZE + 1, GFP_KERNEL | __GFP_NOWARN));
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
	/* Not an injectable call: refused before the page allocator. */
	assert_int_equal(kshim_fallible_calls(), 0);

	assert_null(kmalloc(KMALLOC_MAX_SIZE + 1, GFP_KERNEL));
	assert_log_contains(4, "------------[ cut here ]------------");
	assert_log_contains(4, "at mm/page_alloc.c:5634 __alloc_pages");
	assert_null(kmalloc(KMALLOC_MAX_SIZE * 2, GFP_KERNEL));
	assert_defects(KSHIM_DEFECT_WARN, 1);

	p = kmalloc(KMALLOC_MAX_SIZE, GFP_KERNEL);
	assert_non_null(p);
	kfree(p);

	/* mm/util.c kvmalloc_node(): more than INT_MAX never works. */
	assert_null(kvmalloc(1UL << 31, GFP_KERNEL));
	assert_log_contains(4, "at mm/util.c:596 kvmalloc_node");
	assert_defects(KSHIM_DEFECT_WARN, 1);
}

static void copies(void **state)
{
	static const char lit[] = "a literal";
	char buf[16] = "on the stack";
	const char *c;
	char *s;
	void *m;

	s = kstrdup("hello", GFP_KERNEL);
	assert_string_equal(s, "hello");
	assert_int_equal(kshim_alloc_live_bytes(), 6);
	kfree(s);
	assert_null(kstrdup(NULL, GFP_KERNEL));

	s = kstrndup("hello world", 5, GFP_KERNEL);
	assert_string_equal(s, "hello");
	kfree(s);

	s = kmemdup_nul("abcdef", 3, GFP_KERNEL);
	assert_string_equal(s, "abc");
	kfree(s);

	m = kmemdup(buf, sizeof(buf), GFP_KERNEL);
	assert_memory_equal(m, buf, sizeof(buf));
	kfree(m);

	/* kstrdup_const(): read-only data is not copied, nor freed. */
	c = kstrdup_const(lit, GFP_KERNEL);
	assert_ptr_equal(c, lit);
	assert_int_equal(kshim_alloc_live(), 0);
	kfree_const(c);
	c = kstrdup_const(buf, GFP_KERNEL);
	assert_ptr_not_equal(c, buf);
	assert_string_equal(c, "on the stack");
	assert_int_equal(kshim_alloc_live(), 1);
	kfree_const(c);
	assert_int_equal(kshim_alloc_live(), 0);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
}

static void kfree_sensitive_frees(void **state)
{
	char *p = kmalloc(32, GFP_KERNEL);

	strcpy(p, "secret");
	kfree_sensitive(p);
	assert_int_equal(kshim_alloc_live(), 0);
}

static void vmalloc_family(void **state)
{
	unsigned char *v = vmalloc(10000), *z = vzalloc(5000);
	int *c = vcalloc(100, sizeof(int));
	void *kv = kvmalloc(100000, GFP_KERNEL), *kz = kvzalloc(64, GFP_KERNEL);
	int i;

	assert_non_null(v);
	assert_non_null(z);
	assert_non_null(c);
	assert_non_null(kv);
	assert_non_null(kz);
	assert_int_equal((unsigned long)v % 4096, 0);
	for (i = 0; i < 5000; i++)
		assert_int_equal(z[i], 0);
	for (i = 0; i < 100; i++)
		assert_int_equal(c[i], 0);
	assert_int_equal(kshim_alloc_live(), 5);
	vfree(v);
	vfree(z);
	kvfree(c);		/* kvfree() frees vmalloc() memory too */
	kvfree(kv);
	kvfree(kz);
	assert_int_equal(kshim_alloc_live(), 0);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
}

static void vmalloc_zero_warns(void **state)
{
	/* mm/vmalloc.c __vmalloc_node_range(): WARN_ON_ONCE(!size) */
	assert_null(vmalloc(0));
	assert_log_contains(4, "at mm/vmalloc.c:3227 __vmalloc_node_range");
	assert_defects(KSHIM_DEFECT_WARN, 1);
}

static void wrong_free_function(void **state)
{
	void *v = vmalloc(100), *k = kmalloc(100, GFP_KERNEL);

	kfree(v);
	assert_defect(0, KSHIM_DEFECT_MISUSE, "(vmalloc)");
	assert_defect(0, KSHIM_DEFECT_MISUSE, "which kfree() cannot free");
	assert_defects(KSHIM_DEFECT_MISUSE, 1);
	vfree(k);
	assert_defect(0, KSHIM_DEFECT_MISUSE, "which vfree() cannot free");
	assert_defects(KSHIM_DEFECT_MISUSE, 1);
	assert_int_equal(kshim_alloc_live(), 0);
}

struct thing {
	long a;
	int b;
	char c[40];
};

static int ctor_calls;

static void thing_ctor(void *p)
{
	struct thing *t = p;

	t->b = 42;
	ctor_calls++;
}

static void kmem_cache_lifecycle(void **state)
{
	struct kmem_cache *c = KMEM_CACHE(thing, SLAB_HWCACHE_ALIGN);
	struct kmem_cache *d = kmem_cache_create("thing_ctor", sizeof(struct thing),
						 0, 0, thing_ctor);
	struct thing *t, *u, *w;

	assert_non_null(c);
	assert_non_null(d);
	assert_int_equal(kmem_cache_size(c), sizeof(struct thing));
	/* A cache is itself an allocation. */
	assert_int_equal(kshim_alloc_live(), 2);

	t = kmem_cache_alloc(c, GFP_KERNEL);
	u = kmem_cache_zalloc(c, GFP_KERNEL);
	assert_non_null(t);
	assert_non_null(u);
	assert_int_equal(u->a, 0);
	assert_int_equal(u->b, 0);
	/* SLAB_HWCACHE_ALIGN: 56 bytes align to the 64-byte cache line. */
	assert_int_equal((unsigned long)t % 64, 0);
	assert_int_equal((unsigned long)u % 64, 0);

	ctor_calls = 0;
	w = kmem_cache_alloc(d, GFP_KERNEL);
	assert_int_equal(w->b, 42);
	assert_int_equal(ctor_calls, 1);
	kmem_cache_free(d, w);

	kmem_cache_free(c, t);
	kmem_cache_free(c, u);
	kmem_cache_destroy(c);
	kmem_cache_destroy(d);
	kmem_cache_destroy(NULL);
	assert_int_equal(kshim_alloc_live(), 0);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
}

static void kmem_cache_destroy_with_objects_warns(void **state)
{
	struct kmem_cache *c = kmem_cache_create("busy_cache", 32, 0, 0, NULL);
	void *obj = kmem_cache_alloc(c, GFP_KERNEL);

	assert_non_null(obj);
	kmem_cache_destroy(c);
	assert_log_contains(4, "kmem_cache_destroy busy_cache: Slab cache still has objects when called from kmem_cache_destroy_with_objects_warns+");
	assert_log_contains(4, "at mm/slab_common.c:493 kmem_cache_destroy");
	assert_defects(KSHIM_DEFECT_WARN, 1);
	/* As in the kernel, the cache stays, and so do its objects. */
	assert_int_equal(kshim_alloc_live(), 2);
	assert_int_equal(kshim_leak_check(), 2);
	assert_defect(0, KSHIM_DEFECT_LEAK, "(kmem_cache_create)");
	assert_defect(1, KSHIM_DEFECT_LEAK, "32 bytes (kmem_cache_alloc)");
	assert_defects(KSHIM_DEFECT_LEAK, 2);
}

static void kmem_cache_free_wrong_cache_warns(void **state)
{
	struct kmem_cache *a = kmem_cache_create("cache_a", 16, 0, 0, NULL);
	struct kmem_cache *b = kmem_cache_create("cache_b", 16, 0, 0, NULL);
	void *obj = kmem_cache_alloc(a, GFP_KERNEL);

	kmem_cache_free(b, obj);
	assert_log_contains(4, "cache_from_obj: Wrong slab cache. cache_b but object is from cache_a");
	assert_defects(KSHIM_DEFECT_WARN, 1);
	assert_int_equal(kshim_alloc_owned(a), 0);
	kmem_cache_destroy(a);
	kmem_cache_destroy(b);
}

static void kmem_cache_create_failure(void **state)
{
	kshim_fail_nth(1);
	assert_null(kmem_cache_create("doomed", 64, 0, 0, NULL));
	assert_log_contains(4, "kmem_cache_create_usercopy(doomed) failed with error -12");
	assert_int_equal(kshim_alloc_live(), 0);
}

static void injected_failure_is_logged(void **state)
{
	kshim_fail_nth(1);
	assert_null(kmalloc(64, GFP_KERNEL));
	/* lib/fault-inject.c fail_dump(), at KERN_NOTICE */
	assert_log_contains(5, "FAULT_INJECTION: forcing a failure.");
	assert_log_contains(5, "name failslab, interval 1, probability 0, space 0, times 1");
	assert_int_equal(kshim_failed_calls(), 1);

	kshim_log_clear();
	kshim_fail_nth(1);
	assert_null(vmalloc(64));
	assert_log_contains(5, "name fail_page_alloc,");

	/* __GFP_NOWARN: the failure is silent. */
	kshim_log_clear();
	kshim_fail_nth(1);
	assert_null(kzalloc(64, GFP_KERNEL | __GFP_NOWARN));
	assert_log_lacks(KSHIM_LOG_ANY, "FAULT_INJECTION");
	assert_int_equal(kshim_alloc_live(), 0);
}

static void nofail_is_never_failed(void **state)
{
	void *p;

	kshim_fail_nth(1);
	p = kmalloc(64, GFP_KERNEL | __GFP_NOFAIL);
	assert_non_null(p);
	assert_int_equal(kshim_fallible_calls(), 0);
	assert_int_equal(kshim_failed_calls(), 0);
	kfree(p);
}

static void function_pointers_work(void **state)
{
	void *(*alloc)(size_t, gfp_t) = kmalloc;
	void (*release)(const void *) = kfree;
	char *(*dup)(const char *, gfp_t) = kstrdup;
	void *p = alloc(20, GFP_KERNEL);
	char *s = dup("x", GFP_KERNEL);

	assert_non_null(p);
	assert_string_equal(s, "x");
	assert_int_equal(kshim_alloc_live(), 2);
	release(p);
	release(s);
	assert_int_equal(kshim_alloc_live(), 0);
}

/* ---- From module code: tests/modules/slabtest.c ---- */

static void module_allocations_are_clean(void **state)
{
	assert_int_equal(kshim_load("slabtest", NULL), 0);
	/* A cache, an object, a string, a vmalloc()ed buffer and a table. */
	assert_int_equal(kshim_alloc_live(), 5);
	assert_int_equal(kshim_unload("slabtest"), 0);
	assert_int_equal(kshim_alloc_live(), 0);
	assert_int_equal(kshim_leak_check(), 0);
}

static void module_failure_paths_are_clean(void **state)
{
	/* Each of init's five allocations failed in turn. */
	assert_sweep_clean("slabtest", NULL);
}

static void module_leak(void **state)
{
	assert_int_equal(kshim_load("slabtest", "mode=leak"), 0);
	assert_int_equal(kshim_unload("slabtest"), 0);
	assert_int_equal(kshim_leak_check(), 1);
	assert_defect(0, KSHIM_DEFECT_LEAK, "32 bytes (kmalloc) allocated at tests/modules/slabtest.c:");
	assert_defect(0, KSHIM_DEFECT_LEAK, "(slabtest_init)");
	assert_defects(KSHIM_DEFECT_LEAK, 1);
}

static void module_double_free(void **state)
{
	/*
	 * kfree() twice in a row: SLUB's naive double-free check
	 * (CONFIG_SLAB_FREELIST_HARDENED, mm/slub.c:419) BUGs, and the
	 * module's init crashes, as on Debian's kernel.
	 */
	assert_int_equal(kshim_load("slabtest", "mode=double"), KSHIM_CRASH);
	assert_defect(0, KSHIM_DEFECT_DOUBLE_FREE, "16-byte object (kmalloc) allocated at tests/modules/slabtest.c:");
	assert_log_contains(2, "kernel BUG at mm/slub.c:419!");
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_BUG), 1);
	assert_defects(KSHIM_DEFECT_DOUBLE_FREE, 1);
	assert_int_equal(kshim_module_refcnt("slabtest"), 1);
}

static void module_overrun(void **state)
{
	assert_int_equal(kshim_load("slabtest", "mode=overrun"), 0);
	assert_defect(0, KSHIM_DEFECT_OVERRUN, "written past its end (at offset 16)");
	assert_defects(KSHIM_DEFECT_OVERRUN, 1);
	assert_int_equal(kshim_unload("slabtest"), 0);
}

static void module_bad_free(void **state)
{
	assert_int_equal(kshim_load("slabtest", "mode=badfree"), 0);
	assert_defect(0, KSHIM_DEFECT_BAD_FREE, "an interior pointer, offset 4 into 16-byte object");
	assert_defects(KSHIM_DEFECT_BAD_FREE, 1);
	assert_int_equal(kshim_unload("slabtest"), 0);
}

static void module_cache_destroyed_busy(void **state)
{
	assert_int_equal(kshim_load("slabtest", "mode=cache"), 0);
	assert_int_equal(kshim_unload("slabtest"), 0);
	assert_log_contains(4, "kmem_cache_destroy slabtest_obj: Slab cache still has objects when called from slabtest_exit+");
	assert_defects(KSHIM_DEFECT_WARN, 1);
	/* The cache and its object. */
	assert_int_equal(kshim_leak_check(), 2);
	assert_defects(KSHIM_DEFECT_LEAK, 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(gfp_values_are_6_1s),
		kshim_unit_test(kmalloc_tracks_and_poisons),
		kshim_unit_test(kzalloc_and_kcalloc_zero),
		kshim_unit_test(array_overflow_fails_without_a_call),
		kshim_unit_test(zero_size_and_null),
		kshim_unit_test(ksize_is_the_size_class),
		kshim_unit_test(ksize_makes_the_slack_usable),
		kshim_unit_test(kmalloc_is_aligned),
		kshim_unit_test(overrun_is_caught_at_free),
		kshim_unit_test(double_free_names_all_three_sites),
		kshim_unit_test(freed_memory_is_poisoned),
		kshim_unit_test(write_after_free_is_caught),
		kshim_unit_test(bad_frees),
		kshim_unit_test(leak_check_reports_each_object_once),
		kshim_unit_test(krealloc_semantics),
		kshim_unit_test(krealloc_of_freed_is_reported),
		kshim_unit_test(too_large_warns_once),
		kshim_unit_test(copies),
		kshim_unit_test(kfree_sensitive_frees),
		kshim_unit_test(vmalloc_family),
		kshim_unit_test(vmalloc_zero_warns),
		kshim_unit_test(wrong_free_function),
		kshim_unit_test(kmem_cache_lifecycle),
		kshim_unit_test(kmem_cache_destroy_with_objects_warns),
		kshim_unit_test(kmem_cache_free_wrong_cache_warns),
		kshim_unit_test(kmem_cache_create_failure),
		kshim_unit_test(injected_failure_is_logged),
		kshim_unit_test(nofail_is_never_failed),
		kshim_unit_test(function_pointers_work),
		kshim_unit_test(module_allocations_are_clean),
		kshim_unit_test(module_failure_paths_are_clean),
		kshim_unit_test(module_leak),
		kshim_unit_test(module_double_free),
		kshim_unit_test(module_overrun),
		kshim_unit_test(module_bad_free),
		kshim_unit_test(module_cache_destroyed_busy),
	};

	return kshim_run_tests(tests);
}
