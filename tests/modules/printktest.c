// SPDX-License-Identifier: GPL-2.0
/* Prints at every level and in every way a driver prints, for the log tests. */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/module.h>
#include <linux/printk.h>

static int __init printktest_init(void)
{
	int i;

	pr_emerg("emerg\n");
	pr_alert("alert\n");
	pr_crit("crit\n");
	pr_err("err\n");
	pr_warn("warn\n");
	pr_notice("notice\n");
	pr_info("info\n");
	pr_debug("debug, compiled out\n");
	printk(KERN_DEBUG "debug, printed\n");
	printk("default level\n");
	pr_info("parts:");
	pr_cont(" one");
	pr_cont(" two\n");
	pr_info("open record");
	pr_info("next record\n");
	for (i = 0; i < 3; i++)
		pr_info_once("once\n");
	pr_info("two\nlines\n");
	return 0;
}

static void __exit printktest_exit(void)
{
}

module_init(printktest_init);
module_exit(printktest_exit);
MODULE_LICENSE("GPL");
