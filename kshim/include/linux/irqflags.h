/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Local interrupt masking. kshim has one simulated CPU per host thread: the
 * flag says whether its interrupts are off, which is what irqs_disabled()
 * reports and what a raised line's handler runs with.
 */
#ifndef _LINUX_IRQFLAGS_H
#define _LINUX_IRQFLAGS_H

#include <linux/typecheck.h>
#include <kshim/kapi.h>

#define local_irq_enable()	kshim_local_irq_restore(0)
#define local_irq_disable()	((void)kshim_local_irq_save())
#define local_irq_save(flags)						\
	do {								\
		typecheck(unsigned long, flags);			\
		flags = kshim_local_irq_save();				\
	} while (0)
#define local_irq_restore(flags)					\
	do {								\
		typecheck(unsigned long, flags);			\
		kshim_local_irq_restore(flags);				\
	} while (0)
#define local_save_flags(flags)						\
	do {								\
		typecheck(unsigned long, flags);			\
		flags = kshim_irqs_disabled();				\
	} while (0)
#define irqs_disabled()		(kshim_irqs_disabled() != 0)
#define irqs_disabled_flags(flags)	((flags) != 0)
#define raw_local_irq_save(flags)	local_irq_save(flags)
#define raw_local_irq_restore(flags)	local_irq_restore(flags)
#define raw_local_irq_disable()		local_irq_disable()
#define raw_local_irq_enable()		local_irq_enable()
#define raw_irqs_disabled()		irqs_disabled()

#endif /* _LINUX_IRQFLAGS_H */
