/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The preemption count, as a kernel with CONFIG_PREEMPT_COUNT keeps it:
 * preempt_disable() depth (and held spinlocks) in bits 0-7, softirq in
 * 8-15, hard IRQ in 16-19. kshim counts per host thread (task); nothing is
 * ever preempted, the count is what the sleeping checks read.
 */
#ifndef __LINUX_PREEMPT_H
#define __LINUX_PREEMPT_H

#include <linux/hardirq.h>
#include <kshim/lockdep.h>

#define PREEMPT_BITS		8
#define SOFTIRQ_BITS		8
#define HARDIRQ_BITS		4
#define NMI_BITS		4

#define PREEMPT_SHIFT		0
#define SOFTIRQ_SHIFT		(PREEMPT_SHIFT + PREEMPT_BITS)
#define HARDIRQ_SHIFT		(SOFTIRQ_SHIFT + SOFTIRQ_BITS)
#define NMI_SHIFT		(HARDIRQ_SHIFT + HARDIRQ_BITS)

#define __IRQ_MASK(x)		((1UL << (x)) - 1)
#define PREEMPT_MASK		(__IRQ_MASK(PREEMPT_BITS) << PREEMPT_SHIFT)
#define SOFTIRQ_MASK		(__IRQ_MASK(SOFTIRQ_BITS) << SOFTIRQ_SHIFT)
#define HARDIRQ_MASK		(__IRQ_MASK(HARDIRQ_BITS) << HARDIRQ_SHIFT)
#define NMI_MASK		(__IRQ_MASK(NMI_BITS) << NMI_SHIFT)

#define PREEMPT_OFFSET		(1UL << PREEMPT_SHIFT)
#define SOFTIRQ_OFFSET		(1UL << SOFTIRQ_SHIFT)
#define HARDIRQ_OFFSET		(1UL << HARDIRQ_SHIFT)
#define NMI_OFFSET		(1UL << NMI_SHIFT)
#define SOFTIRQ_DISABLE_OFFSET	(2 * SOFTIRQ_OFFSET)
#define PREEMPT_DISABLE_OFFSET	PREEMPT_OFFSET
#define PREEMPT_LOCK_OFFSET	PREEMPT_OFFSET
#define SOFTIRQ_LOCK_OFFSET	(SOFTIRQ_DISABLE_OFFSET + PREEMPT_LOCK_OFFSET)

#define preempt_count()		kshim_preempt_count()
#define hardirq_count()		(preempt_count() & HARDIRQ_MASK)
#define softirq_count()		(preempt_count() & SOFTIRQ_MASK)
#define irq_count()		(preempt_count() & (HARDIRQ_MASK | SOFTIRQ_MASK))

#define in_atomic()		(preempt_count() != 0)
#define in_atomic_preempt_off()	(preempt_count() != PREEMPT_DISABLE_OFFSET)
#define preemptible()		(preempt_count() == 0 && !kshim_irqs_disabled())

#define preempt_disable()	kshim_preempt_add(1, KSHIM_SITE)
#define preempt_enable()	kshim_preempt_add(-1, KSHIM_SITE)
#define preempt_enable_no_resched()	preempt_enable()
#define sched_preempt_enable_no_resched()	preempt_enable()
#define preempt_disable_notrace()	preempt_disable()
#define preempt_enable_notrace()	preempt_enable()
#define preempt_check_resched()	do { } while (0)

#define migrate_disable()	do { } while (0)
#define migrate_enable()	do { } while (0)

#endif /* __LINUX_PREEMPT_H */
