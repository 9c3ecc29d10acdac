// SPDX-License-Identifier: GPL-2.0
/* WARN_ON, WARN with a message, WARN_ON_ONCE twice: three warnings, init succeeds. */
#include <linux/module.h>

/*
 * Not inlined, not in an unrolled loop: on x86 WARN_ON_ONCE is once per
 * copy of the code, and a compiler that unrolls a loop makes two copies.
 */
static noinline void lc_warn_once(int i)
{
	WARN_ON_ONCE(i < 5);
}

static int __init lc_warn_init(void)
{
	WARN_ON(1);
	WARN(1, "lc_warn: value %d\n", 7);
	lc_warn_once(0);
	lc_warn_once(1);
	return 0;
}

static void __exit lc_warn_exit(void)
{
}

module_init(lc_warn_init);
module_exit(lc_warn_exit);
MODULE_LICENSE("GPL");
