// SPDX-License-Identifier: GPL-2.0-only
/*
 * Device-managed interrupt lines (kernel/irq/devres.c): a devres record,
 * then the request, both the driver's call; the line is freed when the
 * driver unbinds. The action belongs to the device while it is bound, so
 * the leak check leaves it alone.
 */
#include <linux/device.h>
#include <linux/interrupt.h>
#include "../../drivers/base/base.h"

int kshim_request_threaded_irq_at(unsigned int irq, irq_handler_t handler,
				  irq_handler_t thread_fn,
				  unsigned long irqflags, const char *devname,
				  void *dev_id, const struct kshim_site *site);

struct irq_devres {
	unsigned int irq;
	void *dev_id;
};

static void devm_irq_release(struct device *dev, void *res)
{
	struct irq_devres *this = res;

	kshim_free_irq(this->irq, this->dev_id, KSHIM_SITE);
}

static int devm_irq_match(struct device *dev, void *res, void *data)
{
	struct irq_devres *this = res, *match = data;

	return this->irq == match->irq && this->dev_id == match->dev_id;
}

static int devm_request_irq_at(struct device *dev, unsigned int irq,
			       irq_handler_t handler, irq_handler_t thread_fn,
			       unsigned long irqflags, const char *devname,
			       void *dev_id, const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	struct irq_devres *dr;
	int rc;

	dr = kshim_dr_alloc(devm_irq_release, sizeof(*dr), GFP_KERNEL,
			    "devm_irq_release", dev, site, "devres_alloc");
	if (!dr)
		return -ENOMEM;
	if (!devname)
		devname = dev_name(dev);
	kshim_alloc_hold(dev);
	rc = kshim_request_threaded_irq_at(irq, handler, thread_fn, irqflags,
					   devname, dev_id, site);
	kshim_alloc_hold(NULL);
	if (rc) {
		devres_free(dr);
		return rc;
	}
	dr->irq = irq;
	dr->dev_id = dev_id;
	devres_add(dev, dr);
	return 0;
}

int devm_request_threaded_irq(struct device *dev, unsigned int irq,
			      irq_handler_t handler, irq_handler_t thread_fn,
			      unsigned long irqflags, const char *devname,
			      void *dev_id)
{
	return devm_request_irq_at(dev, irq, handler, thread_fn, irqflags,
				   devname, dev_id, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(devm_request_threaded_irq);

int devm_request_any_context_irq(struct device *dev, unsigned int irq,
				 irq_handler_t handler, unsigned long irqflags,
				 const char *devname, void *dev_id)
{
	int rc = devm_request_irq_at(dev, irq, handler, NULL, irqflags,
				     devname, dev_id, KSHIM_CALLER_SITE);

	return rc ? rc : IRQC_IS_HARDIRQ;
}
EXPORT_SYMBOL(devm_request_any_context_irq);

void devm_free_irq(struct device *dev, unsigned int irq, void *dev_id)
{
	struct irq_devres match_data = { irq, dev_id };

	WARN_ON(devres_destroy(dev, devm_irq_release, devm_irq_match,
			       &match_data));
	kshim_free_irq(irq, dev_id, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(devm_free_irq);
