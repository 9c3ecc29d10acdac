// SPDX-License-Identifier: GPL-2.0
/* Init and no exit: 6.1 refuses to unload it (-EBUSY). */
#include <linux/module.h>

static int __init lc_noexit_init(void)
{
	pr_info("lc_noexit: init\n");
	return 0;
}

module_init(lc_noexit_init);
MODULE_LICENSE("GPL");
