// SPDX-License-Identifier: GPL-2.0-only
/*
 * Requesting and freeing interrupt lines (kernel/irq/manage.c) for modules
 * built against the kernel's own headers. The lines are host/irq.c's, which
 * also has the kernel-named disable_irq(), enable_irq() and the rest; these
 * are the calls that take their caller's site.
 */
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <kshim/kapi.h>
#include "../../internal.h"

int kshim_request_threaded_irq_at(unsigned int irq, irq_handler_t handler,
				  irq_handler_t thread_fn,
				  unsigned long irqflags, const char *devname,
				  void *dev_id, const struct kshim_site *site)
{
	/* irq_handler_t returns enum irqreturn, an int as the host has it. */
	return kshim_request_irq(irq, (kshim_irq_fn)(void *)handler,
				 (kshim_irq_fn)(void *)thread_fn, irqflags,
				 devname, dev_id, site);
}

int request_threaded_irq(unsigned int irq, irq_handler_t handler,
			 irq_handler_t thread_fn, unsigned long irqflags,
			 const char *devname, void *dev_id)
{
	return kshim_request_threaded_irq_at(irq, handler, thread_fn, irqflags,
					     devname, dev_id, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(request_threaded_irq);

/* No nested interrupt controllers here: every line is a hard one. */
int request_any_context_irq(unsigned int irq, irq_handler_t handler,
			    unsigned long flags, const char *name, void *dev_id)
{
	int ret = kshim_request_threaded_irq_at(irq, handler, NULL, flags,
						name, dev_id,
						KSHIM_CALLER_SITE);

	return ret ? ret : IRQC_IS_HARDIRQ;
}
EXPORT_SYMBOL_GPL(request_any_context_irq);

const void *free_irq(unsigned int irq, void *dev_id)
{
	return kshim_free_irq(irq, dev_id, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(free_irq);
