// SPDX-License-Identifier: GPL-2.0
/* Built in: a core and a late initcall, to check ordering by level. */
#include <linux/init.h>
#include <linux/module.h>

static int __init boot_a_core(void)
{
	pr_info("boot_a: core\n");
	return 0;
}
core_initcall(boot_a_core);

static int __init boot_a_late(void)
{
	pr_info("boot_a: late\n");
	return 0;
}
late_initcall(boot_a_late);
MODULE_LICENSE("GPL");
