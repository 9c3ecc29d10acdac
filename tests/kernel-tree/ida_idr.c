// SPDX-License-Identifier: GPL-2.0-only
/*
 * The IDR on the kernel-tree path (the old path has none): IDs from @start,
 * -ENOSPC past @end, lookups, replace, remove, the walks, the cyclic
 * allocator and its cursor, idr_alloc_u32(), a base, the preload section,
 * and idr_is_empty() (inline: it reads the radix tree's root). leak=1
 * leaves an ID allocated, a leak at its idr_alloc() line.
 */
#include <linux/module.h>
#include <linux/idr.h>
#include <linux/err.h>
#include <linux/printk.h>
#include <linux/spinlock.h>

static bool leak;
module_param(leak, bool, 0444);

static DEFINE_IDR(objs);
static struct idr based;
static DEFINE_SPINLOCK(lock);
static char a = 'a', b = 'b', c = 'c';

static int show(int id, void *p, void *data)
{
	pr_info("idr: each %d=%c\n", id, *(char *)p);
	return id == *(int *)data;
}

static int __init idr_test_init(void)
{
	int x, y, z, id, stop = 12;
	char *p;
	u32 u;

	pr_info("idr: empty %d\n", idr_is_empty(&objs));
	x = idr_alloc(&objs, &a, 10, 20, GFP_KERNEL);
	if (x < 0)
		return x;
	y = idr_alloc(&objs, &b, 10, 20, GFP_KERNEL);
	if (y < 0)
		goto out;
	z = idr_alloc(&objs, &c, 19, 20, GFP_KERNEL);
	if (z < 0)
		goto out;
	pr_info("idr: %d %d %d, empty %d\n", x, y, z, idr_is_empty(&objs));
	pr_info("idr: full: %d\n", idr_alloc(&objs, &a, 19, 20, GFP_KERNEL));
	/* A negative start: WARN_ON_ONCE() and -EINVAL, as in 6.1. */
	pr_info("idr: bad start: %d\n", idr_alloc(&objs, &a, -1, 0, GFP_KERNEL));
	p = idr_find(&objs, 11);
	pr_info("idr: find 11=%c, 12=%p\n", *p, idr_find(&objs, 12));
	p = idr_replace(&objs, &c, 11);
	pr_info("idr: replaced %c, now %c; missing: %ld\n", *p,
		*(char *)idr_find(&objs, 11), PTR_ERR(idr_replace(&objs, &a, 12)));
	pr_info("idr: for_each stopped with %d\n", idr_for_each(&objs, show, &stop));
	stop = 11;
	pr_info("idr: for_each stopped with %d\n", idr_for_each(&objs, show, &stop));
	idr_for_each_entry(&objs, p, id)
		pr_info("idr: entry %d=%c\n", id, *p);
	id = 12;
	p = idr_get_next(&objs, &id);
	pr_info("idr: next from 12: %d=%c\n", id, *p);
	p = idr_remove(&objs, 11);
	pr_info("idr: removed %c\n", *p);
	pr_info("idr: removed again: %p\n", idr_remove(&objs, 11));
	pr_info("idr: then %d\n", idr_alloc(&objs, &b, 10, 0, GFP_KERNEL));
	idr_destroy(&objs);
	pr_info("idr: destroyed, empty %d\n", idr_is_empty(&objs));

	/* The cyclic allocator goes on from its cursor, then wraps round. */
	x = idr_alloc_cyclic(&objs, &a, 1, 4, GFP_KERNEL);
	y = idr_alloc_cyclic(&objs, &b, 1, 4, GFP_KERNEL);
	if (x >= 0)
		idr_remove(&objs, x);
	z = idr_alloc_cyclic(&objs, &c, 1, 4, GFP_KERNEL);
	id = idr_alloc_cyclic(&objs, &c, 1, 4, GFP_KERNEL);
	pr_info("idr: cyclic %d %d %d %d, cursor %u\n", x, y, z, id,
		idr_get_cursor(&objs));
	pr_info("idr: full %d\n", idr_alloc_cyclic(&objs, &c, 1, 4, GFP_KERNEL));
	idr_destroy(&objs);

	idr_init_base(&based, 100);
	u = 5;
	x = idr_alloc_u32(&based, &a, &u, 1000, GFP_KERNEL);
	if (x)
		return x;
	pr_info("idr: base 100: u32 %d -> %u, find %c\n", x, u,
		*(char *)idr_find(&based, 100));
	pr_info("idr: below the base: %d\n",
		idr_alloc(&based, &b, 0, 100, GFP_KERNEL));
	idr_destroy(&based);

	idr_preload(GFP_KERNEL);
	spin_lock(&lock);
	x = idr_alloc(&objs, &a, 0, 0, GFP_NOWAIT);
	spin_unlock(&lock);
	idr_preload_end();
	if (x < 0)
		return x;
	pr_info("idr: preloaded %d\n", x);
	if (!leak)
		idr_destroy(&objs);
	return 0;
out:
	idr_destroy(&objs);
	return -ENOMEM;
}

static void __exit idr_test_exit(void)
{
	pr_info("idr: exit, empty %d\n", idr_is_empty(&objs));
}

module_init(idr_test_init);
module_exit(idr_test_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("IDR checks for kshim's kernel-tree path");
