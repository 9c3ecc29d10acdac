/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The context code runs in. In Linux these come from <linux/preempt.h>'s
 * preempt_count(); kshim counts hard interrupt context (the handlers a
 * test's kshim_irq_raise() runs) and softirq context (timer callbacks and
 * tasklets, host/time.c). No NMI context is simulated.
 */
#ifndef _LINUX_HARDIRQ_H
#define _LINUX_HARDIRQ_H

#include <linux/types.h>
#include <kshim/kapi.h>

#ifndef in_interrupt
#define in_hardirq()		(kshim_in_hardirq() != 0)
#define in_irq()		in_hardirq()
#define in_softirq()		(kshim_in_softirq() != 0)
#define in_serving_softirq()	in_softirq()
#define in_nmi()		0
#define in_interrupt()		(in_hardirq() || in_softirq())
#define in_task()		(!in_interrupt())
#endif

#endif /* _LINUX_HARDIRQ_H */
