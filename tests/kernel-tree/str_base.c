// SPDX-License-Identifier: GPL-2.0-only
/* kbasename(), which is UML's kernel_strrchr(): the file name of a path. */
#include <linux/module.h>
#include <linux/printk.h>
#include <linux/string.h>

static int __init str_base_init(void)
{
	pr_info("str_base: %s %s\n", kbasename("drivers/hwmon/lm73.c"), kbasename("plain"));
	return 0;
}

static void __exit str_base_exit(void)
{
}

module_init(str_base_init);
module_exit(str_base_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Takes the file name of a path");
