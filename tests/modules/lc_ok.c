// SPDX-License-Identifier: GPL-2.0
/* A module that loads and unloads cleanly, with an allocation held while loaded. */
#include <linux/module.h>
#include <linux/slab.h>

static void *buf;

static int __init lc_ok_init(void)
{
	buf = kmalloc(64, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	pr_info("lc_ok: init\n");
	return 0;
}

static void __exit lc_ok_exit(void)
{
	kfree(buf);
	pr_info("lc_ok: exit\n");
}

module_init(lc_ok_init);
module_exit(lc_ok_exit);
MODULE_LICENSE("GPL");
MODULE_AUTHOR("The kshim developers");
MODULE_DESCRIPTION("Lifecycle test: loads and unloads");
