// SPDX-License-Identifier: GPL-2.0
/* panic() in init. */
#include <linux/module.h>

static int __init lc_panic_init(void)
{
	panic("lc_panic: out of options (%d)", 42);
	return 0;
}

module_init(lc_panic_init);
MODULE_LICENSE("GPL");
