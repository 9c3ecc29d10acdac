// SPDX-License-Identifier: GPL-2.0-only
/*
 * The IDA on both paths: IDs from the lowest free one, ranges and their
 * -ENOSPC, reuse after a free, ida_is_empty() (inline: it reads the
 * xarray), a bad free's WARN, and ida_destroy(). leak=1 keeps two IDs, so
 * the leak report names the ida_alloc() line.
 */
#include <linux/module.h>
#include <linux/idr.h>
#include <linux/printk.h>

static bool leak;
module_param(leak, bool, 0444);

static DEFINE_IDA(ids);
static struct ida kept;

static int __init ids_init(void)
{
	int a, b, c, d, e;

	pr_info("ida_ids: empty %d\n", ida_is_empty(&ids));
	a = ida_alloc(&ids, GFP_KERNEL);
	b = ida_alloc(&ids, GFP_KERNEL);
	if (a < 0 || b < 0)
		goto fail;
	pr_info("ida_ids: %d %d, empty %d\n", a, b, ida_is_empty(&ids));
	ida_free(&ids, a);
	c = ida_alloc(&ids, GFP_KERNEL);
	if (c < 0)
		goto fail;
	pr_info("ida_ids: after freeing %d: %d\n", a, c);
	d = ida_alloc_range(&ids, 1000, 1001, GFP_KERNEL);
	e = ida_alloc_range(&ids, 1000, 1001, GFP_KERNEL);
	if (d < 0 || e < 0)
		goto fail;
	pr_info("ida_ids: range: %d %d, then %d\n", d, e,
		ida_alloc_range(&ids, 1000, 1001, GFP_KERNEL));
	pr_info("ida_ids: min 5000: %d, max 1: %d, bad min: %d\n",
		ida_alloc_min(&ids, 5000, GFP_KERNEL),
		ida_alloc_max(&ids, 1, GFP_KERNEL),
		ida_alloc_range(&ids, 0x80000000u, ~0u, GFP_KERNEL));
	ida_free(&ids, 7);	/* never allocated: the kernel WARNs */
	ida_destroy(&ids);
	pr_info("ida_ids: destroyed, empty %d\n", ida_is_empty(&ids));

	ida_init(&kept);
	a = ida_alloc_min(&kept, 2048, GFP_KERNEL);
	if (a < 0)
		return a;
	b = ida_alloc(&kept, GFP_KERNEL);
	if (b < 0) {
		ida_free(&kept, a);
		return b;
	}
	pr_info("ida_ids: kept %d and %d\n", a, b);
	if (!leak)
		ida_destroy(&kept);
	return 0;
fail:
	ida_destroy(&ids);
	return -ENOMEM;
}

static void __exit ids_exit(void)
{
	pr_info("ida_ids: exit, empty %d\n", ida_is_empty(&kept));
}

module_init(ids_init);
module_exit(ids_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("IDA checks for kshim's kernel-tree path");
