// SPDX-License-Identifier: GPL-2.0
/* Does not compile: the compiler's error must reach the user. */
#include <linux/module.h>

static int __init broken_init(void)
{
	return undeclared_variable;
}
module_init(broken_init);
MODULE_LICENSE("GPL");
