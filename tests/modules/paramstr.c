// SPDX-License-Identifier: GPL-2.0-only
/* String parameters: charp (allocated) and a string buffer (copied into). */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/module.h>
#include <linux/moduleparam.h>

static char *greeting = "hello";
module_param(greeting, charp, 0644);
MODULE_PARM_DESC(greeting, "What to say");

static char *empty;
module_param(empty, charp, 0444);

static char tag_buf[8] = "abc";
module_param_string(tag, tag_buf, sizeof(tag_buf), 0644);

static int __init paramstr_init(void)
{
	pr_info("greeting=[%s] tag=[%s]\n", greeting, tag_buf);
	return 0;
}

static void __exit paramstr_exit(void)
{
}

module_init(paramstr_init);
module_exit(paramstr_exit);
MODULE_LICENSE("GPL");
