// SPDX-License-Identifier: GPL-2.0-only
/*
 * A module that uses exp_core's exports: loaded after it, it calls into
 * it; each module keeps its own init, exit and THIS_MODULE.
 */
#include <linux/module.h>
#include <linux/printk.h>

int exp_core_add(int a, int b);
extern int exp_core_calls;

static int __init exp_user_init(void)
{
	int sum = exp_core_add(2, 3);

	pr_info("exp_user: 2 + 3 = %d, %d call(s), this module is %s\n",
		sum, exp_core_calls, THIS_MODULE->name);
	return 0;
}

static void __exit exp_user_exit(void)
{
	pr_info("exp_user: exit\n");
}

module_init(exp_user_init);
module_exit(exp_user_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Uses exp_core's exports");
