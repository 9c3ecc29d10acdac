// SPDX-License-Identifier: GPL-2.0
/*
 * mode=leak: exit forgets a buffer. mode=double: exit frees it twice in a
 * row (SLUB's own check BUGs). mode=double_late: frees it again after
 * another object of its size (SLUB cannot tell; kshim can).
 */
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/string.h>

static char *mode = "leak";
module_param(mode, charp, 0444);

static void *buf, *other;

static int __init leaky_init(void)
{
	buf = kmalloc(40, GFP_KERNEL);
	other = kmalloc(40, GFP_KERNEL);
	if (!buf || !other) {
		kfree(buf);
		kfree(other);
		return -ENOMEM;
	}
	return 0;
}

static void __exit leaky_exit(void)
{
	if (!strcmp(mode, "double")) {
		kfree(other);
		kfree(buf);
		kfree(buf);
	} else if (!strcmp(mode, "double_late")) {
		kfree(buf);
		kfree(other);
		kfree(buf);
	} else {
		kfree(other);
	}
}
module_init(leaky_init);
module_exit(leaky_exit);
MODULE_LICENSE("GPL");
