// SPDX-License-Identifier: GPL-2.0-only
/*
 * Two mutexes taken in both orders, and a static spinlock: lockdep's
 * circular dependency report, at this file's lines, on either path.
 */
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/spinlock.h>
#include <linux/printk.h>

static DEFINE_MUTEX(lock_a);
static DEFINE_SPINLOCK(counter_lock);
static struct mutex lock_b;
static int counter;

static int __init lock_order_init(void)
{
	mutex_init(&lock_b);

	mutex_lock(&lock_a);
	mutex_lock(&lock_b);
	pr_info("lock_order: a then b, locked: %d\n", mutex_is_locked(&lock_b));
	mutex_unlock(&lock_b);
	mutex_unlock(&lock_a);

	spin_lock(&counter_lock);
	counter++;
	pr_info("lock_order: spin_is_locked %d\n", spin_is_locked(&counter_lock));
	spin_unlock(&counter_lock);
	pr_info("lock_order: after unlock %d\n", spin_is_locked(&counter_lock));

	mutex_lock(&lock_b);
	mutex_lock(&lock_a);
	pr_info("lock_order: b then a\n");
	mutex_unlock(&lock_a);
	mutex_unlock(&lock_b);
	pr_info("lock_order: unlocked: %d\n", mutex_is_locked(&lock_a));
	return 0;
}

static void __exit lock_order_exit(void)
{
	pr_info("lock_order: exit, counter %d\n", counter);
}

module_init(lock_order_init);
module_exit(lock_order_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Takes two mutexes in both orders");
