// SPDX-License-Identifier: GPL-2.0
/* Built in: module_init becomes a device initcall; a parameter from the command line. */
#include <linux/module.h>

static int level = 1;
module_param(level, int, 0444);

static int __init boot_b_init(void)
{
	pr_info("boot_b: device, level=%d\n", level);
	return 0;
}

static void __exit boot_b_exit(void)
{
	pr_info("boot_b: exit\n");
}

module_init(boot_b_init);
module_exit(boot_b_exit);
MODULE_LICENSE("GPL");
