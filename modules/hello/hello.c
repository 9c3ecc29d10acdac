// SPDX-License-Identifier: GPL-2.0
/*
 * hello: the smallest module there is. Init says it initialized and
 * succeeds; exit says goodbye. Tristate: built in or loadable.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/init.h>
#include <linux/module.h>
#include <linux/printk.h>

static int __init hello_init(void)
{
	pr_info("initialized successfully\n");
	return 0;
}

static void __exit hello_exit(void)
{
	pr_info("exiting\n");
}

module_init(hello_init);
module_exit(hello_exit);

MODULE_LICENSE("GPL");
MODULE_AUTHOR("The kshim developers");
MODULE_DESCRIPTION("The minimal module: init succeeds, exit logs");
