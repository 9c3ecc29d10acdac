// SPDX-License-Identifier: GPL-2.0-only
/* A module of two files (mf-objs := mf_main.o mf_helper.o): this one's init. */
#include <linux/module.h>
#include <linux/printk.h>

int mf_helper(int x);

static int __init mf_init(void)
{
	pr_info("mf: helper says %d\n", mf_helper(20));
	return 0;
}

static void __exit mf_exit(void)
{
}

module_init(mf_init);
module_exit(mf_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("A module of two files");
