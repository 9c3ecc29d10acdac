// SPDX-License-Identifier: GPL-2.0-only
/*
 * TRACE_IRQFLAGS's calls around local_irq_save() and friends
 * (kernel/trace/trace_preemptirq.c). The interrupt flag itself is UML's
 * (arch/um/os-Linux/signal.c, over host/irq.c); there are no tracepoints.
 */
#include <linux/irqflags.h>
#include <linux/export.h>

void trace_hardirqs_on_prepare(void)
{
}
EXPORT_SYMBOL(trace_hardirqs_on_prepare);

void trace_hardirqs_on(void)
{
}
EXPORT_SYMBOL(trace_hardirqs_on);

void trace_hardirqs_off_finish(void)
{
}
EXPORT_SYMBOL(trace_hardirqs_off_finish);

void trace_hardirqs_off(void)
{
}
EXPORT_SYMBOL(trace_hardirqs_off);
