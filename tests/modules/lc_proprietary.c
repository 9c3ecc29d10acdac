// SPDX-License-Identifier: GPL-2.0
/* A proprietary license: 6.1 taints the kernel at load. */
#include <linux/module.h>

static int __init lc_proprietary_init(void)
{
	return 0;
}

static void __exit lc_proprietary_exit(void)
{
}

module_init(lc_proprietary_init);
module_exit(lc_proprietary_exit);
MODULE_LICENSE("Proprietary");
