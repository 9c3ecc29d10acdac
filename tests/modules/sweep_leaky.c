// SPDX-License-Identifier: GPL-2.0
/* Forgets to free the first allocation when the second one fails. */
#include <linux/module.h>
#include <linux/slab.h>

static void *a, *b;

static int __init sweep_leaky_init(void)
{
	a = kmalloc(32, GFP_KERNEL);
	if (!a)
		return -ENOMEM;
	b = kmalloc(64, GFP_KERNEL);
	if (!b)
		return -ENOMEM;		/* a leaks */
	return 0;
}

static void __exit sweep_leaky_exit(void)
{
	kfree(b);
	kfree(a);
}

module_init(sweep_leaky_init);
module_exit(sweep_leaky_exit);
MODULE_LICENSE("GPL");
