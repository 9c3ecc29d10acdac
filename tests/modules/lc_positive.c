// SPDX-License-Identifier: GPL-2.0
/* Init returns a positive value: warned about, loaded anyway. */
#include <linux/module.h>

static int __init lc_positive_init(void)
{
	return 1;
}

static void __exit lc_positive_exit(void)
{
	pr_info("lc_positive: exit\n");
}

module_init(lc_positive_init);
module_exit(lc_positive_exit);
MODULE_LICENSE("GPL");
