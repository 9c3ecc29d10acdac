// SPDX-License-Identifier: GPL-2.0
/* Exit and no init: loads, and unloads. */
#include <linux/module.h>

static void __exit lc_noinit_exit(void)
{
	pr_info("lc_noinit: exit\n");
}

module_exit(lc_noinit_exit);
MODULE_LICENSE("GPL");
