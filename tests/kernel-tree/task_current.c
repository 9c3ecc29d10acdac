// SPDX-License-Identifier: GPL-2.0-only
/*
 * What module code sees of the task it runs in: `current` and the context
 * flags, which UML's headers find from the stack pointer. insmod runs init,
 * rmmod runs exit; neither is in interrupt or atomic context.
 */
#include <linux/module.h>
#include <linux/preempt.h>
#include <linux/printk.h>
#include <linux/sched.h>

static int __init task_current_init(void)
{
	pr_info("task_current: init in %s, pid %s, in_interrupt %d, in_atomic %d\n",
		current->comm, current->pid > 0 ? "set" : "unset",
		!!in_interrupt(), !!in_atomic());
	return 0;
}

static void __exit task_current_exit(void)
{
	pr_info("task_current: exit in %s\n", current->comm);
}

module_init(task_current_init);
module_exit(task_current_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Prints the task that runs its init and exit");
