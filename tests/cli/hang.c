// SPDX-License-Identifier: GPL-2.0
/* Init never returns: the command line must stop it. */
#include <linux/module.h>

static int __init hang_init(void)
{
	volatile int spin = 1;

	while (spin)
		;
	return 0;
}
module_init(hang_init);
MODULE_LICENSE("GPL");
