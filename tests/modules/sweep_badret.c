// SPDX-License-Identifier: GPL-2.0
/* Returns a positive value when its allocation fails: not an errno. */
#include <linux/module.h>
#include <linux/slab.h>

static void *p;

static int __init sweep_badret_init(void)
{
	p = kmalloc(16, GFP_KERNEL);
	if (!p)
		return ENOMEM;		/* the sign is missing */
	return 0;
}

static void __exit sweep_badret_exit(void)
{
	kfree(p);
}

module_init(sweep_badret_init);
module_exit(sweep_badret_exit);
MODULE_LICENSE("GPL");
