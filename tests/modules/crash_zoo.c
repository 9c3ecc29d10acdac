// SPDX-License-Identifier: GPL-2.0
/*
 * The crash zoo: every way a driver can crash, on demand, for the crash
 * isolation tests. crash=<case> picks the crash, in_exit=1 moves it from
 * init to exit. Each case is on a line of its own, which the tests name.
 */
#include <linux/module.h>
#include <linux/poison.h>
#include <linux/slab.h>
#include <linux/string.h>

static char *crash = "none";
module_param(crash, charp, 0444);
MODULE_PARM_DESC(crash, "null, wild, poison, div0, stack, ud2, bug, bug_on, panic, loop, uaf");
static bool in_exit;
module_param(in_exit, bool, 0444);

/* Read through a pointer the compiler cannot see the value of. */
static int *volatile null_ptr;
static volatile int zero, stop_recursion;
static volatile unsigned long spins;

/* Unbounded recursion, no other call in it: the stack runs out here. */
static noinline int recurse(int depth)
{
	volatile char frame[256];

	frame[0] = (char)depth;
	if (stop_recursion)	/* never set: no endless recursion for gcc */
		return 0;
	return recurse(depth + 1) + frame[0];
}

static noinline int crash_now(void)
{
	int *p;

	if (!strcmp(crash, "null"))
		return *null_ptr;
	if (!strcmp(crash, "wild"))
		*(int *volatile)(unsigned long)0x8000 = 1;	/* never mapped */
	if (!strcmp(crash, "poison"))
		*(int *volatile)LIST_POISON1 = 1;	/* a list_del()ed entry */
	if (!strcmp(crash, "div0"))
		return 1000 / zero;
	if (!strcmp(crash, "stack"))
		return recurse(0);
	if (!strcmp(crash, "ud2"))
		__builtin_trap();
	if (!strcmp(crash, "bug"))
		BUG();
	if (!strcmp(crash, "bug_on"))
		BUG_ON(zero == 0);
	if (!strcmp(crash, "panic"))
		panic("crash_zoo: %s", "out of luck");
	if (!strcmp(crash, "loop"))
		for (;;)
			spins++;
	if (!strcmp(crash, "uaf")) {
		p = kmalloc(16, GFP_KERNEL);
		if (!p)
			return -ENOMEM;
		kfree(p);
		/* No fault: freed memory stays mapped, and poisoned. */
		pr_info("crash_zoo: read %08x after free\n", READ_ONCE(*p));
	}
	return 0;
}

static int __init crash_zoo_init(void)
{
	pr_info("crash_zoo: crash=%s%s\n", crash, in_exit ? " in exit" : "");
	return in_exit ? 0 : crash_now();
}

static void __exit crash_zoo_exit(void)
{
	if (in_exit)
		crash_now();
	pr_info("crash_zoo: exit\n");
}

module_init(crash_zoo_init);
module_exit(crash_zoo_exit);
MODULE_LICENSE("GPL");
