// SPDX-License-Identifier: GPL-2.0-only
/*
 * A module that exports a function and a variable to other modules
 * (EXPORT_SYMBOL_GPL), as a library module of a driver family does.
 */
#include <linux/export.h>
#include <linux/module.h>
#include <linux/printk.h>

int exp_core_calls;
EXPORT_SYMBOL_GPL(exp_core_calls);

int exp_core_add(int a, int b)
{
	exp_core_calls++;
	return a + b;
}
EXPORT_SYMBOL_GPL(exp_core_add);

static int __init exp_core_init(void)
{
	pr_info("exp_core: ready\n");
	return 0;
}

static void __exit exp_core_exit(void)
{
	pr_info("exp_core: %d calls\n", exp_core_calls);
}

module_init(exp_core_init);
module_exit(exp_core_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Exports a function and a variable");
