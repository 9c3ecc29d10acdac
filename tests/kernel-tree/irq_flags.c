// SPDX-License-Identifier: GPL-2.0-only
/*
 * local_irq_save() and local_irq_restore() in a driver: irqs_disabled()
 * says so, nesting restores the outer state, and sleeping with interrupts
 * off (mutex_lock()) is reported as on the old path; msleep() is not on
 * either (kshim's scheduling-while-atomic check counts no IRQ state).
 */
#include <linux/module.h>
#include <linux/irqflags.h>
#include <linux/delay.h>
#include <linux/mutex.h>
#include <linux/printk.h>

static DEFINE_MUTEX(lock);

static int __init irq_flags_init(void)
{
	unsigned long outer, inner;

	pr_info("irq_flags: at start, disabled %d\n", !!irqs_disabled());
	local_irq_save(outer);
	pr_info("irq_flags: saved, disabled %d, was off %d\n", !!irqs_disabled(),
		!!irqs_disabled_flags(outer));
	local_irq_save(inner);
	pr_info("irq_flags: nested, inner was off %d\n",
		!!irqs_disabled_flags(inner));
	local_irq_restore(inner);
	pr_info("irq_flags: inner restored, disabled %d\n", !!irqs_disabled());
	msleep(1);
	mutex_lock(&lock);
	mutex_unlock(&lock);
	local_irq_restore(outer);
	pr_info("irq_flags: restored, disabled %d\n", !!irqs_disabled());
	local_irq_disable();
	local_irq_enable();
	pr_info("irq_flags: after disable/enable, disabled %d\n",
		!!irqs_disabled());
	return 0;
}

static void __exit irq_flags_exit(void)
{
}

module_init(irq_flags_init);
module_exit(irq_flags_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("local_irq_save() and sleeping with interrupts off");
