// SPDX-License-Identifier: GPL-2.0
/* WARN_ON, WARN with a message, WARN_ON_ONCE twice: three warnings, init succeeds. */
#include <linux/module.h>

static int __init lc_warn_init(void)
{
	int i;

	WARN_ON(1);
	WARN(1, "lc_warn: value %d\n", 7);
	for (i = 0; i < 2; i++)
		WARN_ON_ONCE(i < 5);
	return 0;
}

static void __exit lc_warn_exit(void)
{
}

module_init(lc_warn_init);
module_exit(lc_warn_exit);
MODULE_LICENSE("GPL");
