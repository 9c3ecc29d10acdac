// SPDX-License-Identifier: GPL-2.0
/* mode=leak: exit forgets a buffer; mode=double: exit frees it twice. */
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/string.h>

static char *mode = "leak";
module_param(mode, charp, 0444);

static void *buf;

static int __init leaky_init(void)
{
	buf = kmalloc(40, GFP_KERNEL);
	return buf ? 0 : -ENOMEM;
}

static void __exit leaky_exit(void)
{
	if (!strcmp(mode, "double")) {
		kfree(buf);
		kfree(buf);
	}
}
module_init(leaky_init);
module_exit(leaky_exit);
MODULE_LICENSE("GPL");
