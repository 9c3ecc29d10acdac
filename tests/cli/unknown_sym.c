// SPDX-License-Identifier: GPL-2.0
/* Calls a kernel function kshim does not have. */
#include <linux/module.h>

int kshim_test_no_such_kernel_function(int x);

static int __init unknown_sym_init(void)
{
	return kshim_test_no_such_kernel_function(1);
}
module_init(unknown_sym_init);
MODULE_LICENSE("GPL");
