// SPDX-License-Identifier: GPL-2.0
/* Crashes on demand: mode=1 BUG() in init, 2 BUG_ON() in exit, 3 NULL dereference, 4 divide by zero. */
#include <linux/module.h>

static int mode;
module_param(mode, int, 0444);

static int __init lc_bug_init(void)
{
	volatile int zero = 0;
	int *volatile null = NULL;

	pr_info("lc_bug: init, mode %d\n", mode);
	if (mode == 1)
		BUG();
	if (mode == 3)
		return *null;
	if (mode == 4)
		return mode / zero;	/* not 1 / x: gcc turns that into a compare */
	return 0;
}

static void __exit lc_bug_exit(void)
{
	BUG_ON(mode == 2);
	pr_info("lc_bug: exit\n");
}

module_init(lc_bug_init);
module_exit(lc_bug_exit);
MODULE_LICENSE("GPL");
