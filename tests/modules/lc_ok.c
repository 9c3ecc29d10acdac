// SPDX-License-Identifier: GPL-2.0
/*
 * A module that loads and unloads cleanly, with an allocation held while
 * loaded. It asks for a reference to itself in init and in exit: the
 * first is had (a coming module is live), the second not (a going one is not).
 */
#include <linux/module.h>
#include <linux/slab.h>

static void *buf;

static const char *self_ref(void)
{
	if (!try_module_get(THIS_MODULE))
		return "refused";
	module_put(THIS_MODULE);
	return "taken";
}

static int __init lc_ok_init(void)
{
	buf = kmalloc(64, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	pr_info("lc_ok: init, self reference %s\n", self_ref());
	return 0;
}

static void __exit lc_ok_exit(void)
{
	kfree(buf);
	pr_info("lc_ok: exit, self reference %s\n", self_ref());
}

module_init(lc_ok_init);
module_exit(lc_ok_exit);
MODULE_LICENSE("GPL");
MODULE_AUTHOR("The kshim developers");
MODULE_DESCRIPTION("Lifecycle test: loads and unloads");
