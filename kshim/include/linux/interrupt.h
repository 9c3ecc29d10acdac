/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Interrupt lines: request_irq() and friends, on simulated lines that a test
 * raises with kshim_irq_raise() (host/irq.c). Flag values are those of
 * Linux 6.1's include/linux/interrupt.h. Tasklets: <linux/workqueue.h>.
 */
#ifndef _LINUX_INTERRUPT_H
#define _LINUX_INTERRUPT_H

#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/irqreturn.h>
#include <linux/hardirq.h>
#include <linux/irqflags.h>
/* As 6.1's: tasklets (declared in workqueue.h in kshim), hrtimers. */
#include <linux/hrtimer.h>
#include <linux/workqueue.h>
#include <kshim/kapi.h>

#define IRQF_TRIGGER_NONE	0x00000000
#define IRQF_TRIGGER_RISING	0x00000001
#define IRQF_TRIGGER_FALLING	0x00000002
#define IRQF_TRIGGER_HIGH	0x00000004
#define IRQF_TRIGGER_LOW	0x00000008
#define IRQF_TRIGGER_MASK	(IRQF_TRIGGER_HIGH | IRQF_TRIGGER_LOW | \
				 IRQF_TRIGGER_RISING | IRQF_TRIGGER_FALLING)
#define IRQF_TRIGGER_PROBE	0x00000010

#define IRQF_SHARED		0x00000080
#define IRQF_PROBE_SHARED	0x00000100
#define __IRQF_TIMER		0x00000200
#define IRQF_PERCPU		0x00000400
#define IRQF_NOBALANCING	0x00000800
#define IRQF_IRQPOLL		0x00001000
#define IRQF_ONESHOT		0x00002000
#define IRQF_NO_SUSPEND		0x00004000
#define IRQF_FORCE_RESUME	0x00008000
#define IRQF_NO_THREAD		0x00010000
#define IRQF_EARLY_RESUME	0x00020000
#define IRQF_COND_SUSPEND	0x00040000
#define IRQF_NO_AUTOEN		0x00080000
#define IRQF_NO_DEBUG		0x00100000

#define IRQF_TIMER		(__IRQF_TIMER | IRQF_NO_SUSPEND | IRQF_NO_THREAD)

/* request_irq() fails with -ENOTCONN on it: a line that is not wired. */
#define IRQ_NOTCONNECTED	(1U << 31)

typedef irqreturn_t (*irq_handler_t)(int, void *);

/*
 * The handlers cross into the host side as plain function pointers; the
 * inline keeps the compiler checking that a driver's handler has the
 * kernel's type.
 */
static inline int __must_check
__kshim_request_threaded_irq(unsigned int irq, irq_handler_t handler,
			     irq_handler_t thread_fn, unsigned long flags,
			     const char *name, void *dev,
			     const struct kshim_site *site)
{
	return kshim_request_irq(irq, (kshim_irq_fn)(void *)handler,
				 (kshim_irq_fn)(void *)thread_fn, flags, name,
				 dev, site);
}

/* Fallible (fault injection: "request_irq"): they take the caller's site. */
#define request_threaded_irq(irq, handler, thread_fn, flags, name, dev)	\
	__kshim_request_threaded_irq(irq, handler, thread_fn, flags, name,	\
				     dev, KSHIM_SITE)
#define request_irq(irq, handler, flags, name, dev)			\
	__kshim_request_threaded_irq(irq, handler, NULL, flags, name, dev,	\
				     KSHIM_SITE)
/* What request_any_context_irq() returns on success. */
enum {
	IRQC_IS_HARDIRQ	= 0,
	IRQC_IS_NESTED,
};

/* No line is nested (threaded by its chip): the handler runs in hard IRQ. */
#define request_any_context_irq(irq, handler, flags, name, dev)	\
	request_irq(irq, handler, flags, name, dev)

/* Returns the name given to request_irq(), or NULL when @dev_id had none. */
#define free_irq(irq, dev_id)	kshim_free_irq(irq, dev_id, KSHIM_SITE)

struct device;

/*
 * Managed requests, freed when @dev is unbound or its probe fails
 * (kernel/devres.c, the device model's). Fallible at the caller's site.
 */
extern int __must_check
devm_request_threaded_irq(struct device *dev, unsigned int irq,
			  irq_handler_t handler, irq_handler_t thread_fn,
			  unsigned long irqflags, const char *devname,
			  void *dev_id);
int __must_check
kshim_devm_request_threaded_irq(struct device *dev, unsigned int irq,
				irq_handler_t handler, irq_handler_t thread_fn,
				unsigned long irqflags, const char *devname,
				void *dev_id, const struct kshim_site *site);
#define devm_request_threaded_irq(dev, irq, handler, thread_fn, irqflags,	\
				  devname, dev_id)				\
	kshim_devm_request_threaded_irq(dev, irq, handler, thread_fn,		\
					irqflags, devname, dev_id, KSHIM_SITE)
#define devm_request_irq(dev, irq, handler, irqflags, devname, dev_id)	\
	kshim_devm_request_threaded_irq(dev, irq, handler, NULL, irqflags,	\
					devname, dev_id, KSHIM_SITE)

extern void devm_free_irq(struct device *dev, unsigned int irq, void *dev_id);

bool irq_has_action(unsigned int irq);
void disable_irq_nosync(unsigned int irq);
bool disable_hardirq(unsigned int irq);
void disable_irq(unsigned int irq);
void enable_irq(unsigned int irq);
void synchronize_irq(unsigned int irq);
bool synchronize_hardirq(unsigned int irq);
int irq_set_irq_wake(unsigned int irq, unsigned int on);

static inline int enable_irq_wake(unsigned int irq)
{
	return irq_set_irq_wake(irq, 1);
}

static inline int disable_irq_wake(unsigned int irq)
{
	return irq_set_irq_wake(irq, 0);
}

#endif /* _LINUX_INTERRUPT_H */
