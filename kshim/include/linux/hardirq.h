/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The context code runs in. In Linux these come from <linux/preempt.h>'s
 * preempt_count(); kshim counts only hard interrupt context: the handlers a
 * test's kshim_irq_raise() runs. No softirq or NMI context is simulated.
 */
#ifndef _LINUX_HARDIRQ_H
#define _LINUX_HARDIRQ_H

#include <linux/types.h>
#include <kshim/kapi.h>

#ifndef in_interrupt
#define in_hardirq()		(kshim_in_hardirq() != 0)
#define in_irq()		in_hardirq()
#define in_softirq()		0
#define in_serving_softirq()	0
#define in_nmi()		0
#define in_interrupt()		in_hardirq()
#define in_task()		(!in_interrupt())
#endif

#endif /* _LINUX_HARDIRQ_H */
