// SPDX-License-Identifier: GPL-2.0-only
/*
 * UML's interrupt flag (arch/um/os-Linux/signal.c): interrupts are host
 * signals, "disabled" by blocking them. arch_local_save_flags() reads
 * signals_enabled inline, and local_irq_*() call the functions below; in
 * kshim they are the old path's IRQ state (host/irq.c), which keeps
 * signals_enabled equal to the running thread's flag, so that a driver's
 * local_irq_save() means what it means on the old path: might_sleep() and
 * the timers see interrupts off.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <asm/irqflags.h>
#include <kshim/kapi.h>

/* 1: interrupts on, as at boot. */
int signals_enabled = 1;
EXPORT_SYMBOL(signals_enabled);

void block_signals(void)
{
	kshim_local_irq_save();
}
EXPORT_SYMBOL(block_signals);

void unblock_signals(void)
{
	kshim_local_irq_restore(0);
}
EXPORT_SYMBOL(unblock_signals);

/* The flag before, as arch_local_irq_save() takes it. */
int um_set_signals(int enable)
{
	int was = !kshim_irqs_disabled();

	kshim_local_irq_restore(!enable);
	return was;
}
EXPORT_SYMBOL(um_set_signals);

int um_set_signals_trace(int enable)
{
	return um_set_signals(enable);
}
EXPORT_SYMBOL(um_set_signals_trace);
