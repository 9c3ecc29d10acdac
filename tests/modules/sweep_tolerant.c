// SPDX-License-Identifier: GPL-2.0
/* A cache it can do without: its failure is survived, and nothing leaks. */
#include <linux/module.h>
#include <linux/slab.h>

static void *state, *cache;

static int __init sweep_tolerant_init(void)
{
	state = kzalloc(32, GFP_KERNEL);
	if (!state)
		return -ENOMEM;
	cache = kmalloc(4096, GFP_KERNEL | __GFP_NOWARN);
	if (!cache)
		pr_info("sweep_tolerant: running without a cache\n");
	return 0;
}

static void __exit sweep_tolerant_exit(void)
{
	kfree(cache);
	kfree(state);
}

module_init(sweep_tolerant_init);
module_exit(sweep_tolerant_exit);
MODULE_LICENSE("GPL");
