// SPDX-License-Identifier: GPL-2.0
/* Built in: a subsys initcall that fails; the boot goes on. */
#include <linux/init.h>
#include <linux/module.h>

static int __init boot_fail_init(void)
{
	pr_info("boot_fail: subsys\n");
	return -ENODEV;
}
subsys_initcall(boot_fail_init);
MODULE_LICENSE("GPL");
