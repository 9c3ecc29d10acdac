// SPDX-License-Identifier: GPL-2.0
/* No MODULE_LICENSE: 6.1 taints the kernel at load. */
#include <linux/module.h>

static int __init lc_nolicense_init(void)
{
	return 0;
}

static void __exit lc_nolicense_exit(void)
{
}

module_init(lc_nolicense_init);
module_exit(lc_nolicense_exit);
