// SPDX-License-Identifier: GPL-2.0-only
/*
 * Sleeping in an RCU reader, and an rcu_dereference() outside one: both
 * are reported, at the driver's lines, the same on both paths.
 */
#include <linux/module.h>
#include <linux/rcupdate.h>
#include <linux/delay.h>
#include <linux/printk.h>

static int value = 7;
static int __rcu *ptr;

static int __init rcu_sleep_init(void)
{
	int v;

	RCU_INIT_POINTER(ptr, &value);
	rcu_read_lock();
	msleep(1);
	rcu_read_unlock();
	v = *rcu_dereference(ptr);
	pr_info("rcu_sleep: read %d\n", v);
	return 0;
}

static void __exit rcu_sleep_exit(void)
{
}

module_init(rcu_sleep_init);
module_exit(rcu_sleep_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Sleeping in an RCU reader");
