// SPDX-License-Identifier: GPL-2.0-only
/*
 * A module that reads a kernel variable kshim does not provide (the
 * initial network namespace): it must not load, and the error names it.
 */
#include <linux/module.h>
#include <linux/printk.h>
#include <net/net_namespace.h>

static int __init undata_init(void)
{
	pr_info("undata: init_net at %p\n", &init_net);
	return 0;
}

module_init(undata_init);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Needs a data symbol kshim does not provide");
