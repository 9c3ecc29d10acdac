// SPDX-License-Identifier: GPL-2.0-only
/*
 * Binding drivers to devices (drivers/base/dd.c): matching, probe and its
 * failure paths, the driver's dev_groups, remove and the devres release
 * that follows, and deferred probe. The kernel's deferred-probe work is
 * synchronous here: the outermost core call that bound a driver retries
 * the deferred devices before it returns (kshim_core_leave()).
 */
#include <linux/device.h>
#include <linux/printk.h>
#include <linux/slab.h>
#include "base.h"

static LIST_HEAD(deferred_pending);	/* deferred, waiting for a trigger */
static LIST_HEAD(deferred_active);	/* to retry when the outer call ends */
static unsigned int deferred_trigger_count;
static int probes_failed, last_probe_err;

void kshim_deferred_reset(void)
{
	INIT_LIST_HEAD(&deferred_pending);
	INIT_LIST_HEAD(&deferred_active);
	deferred_trigger_count = 0;
	probes_failed = 0;
	last_probe_err = 0;
}

int kshim_probe_count(int *last)
{
	if (last)
		*last = last_probe_err;
	return probes_failed;
}

static void deferred_probe_add(struct device *dev)
{
	if (list_empty(&dev->p->deferred)) {
		dev_dbg(dev, "Added to deferred list\n");
		list_add_tail(&dev->p->deferred, &deferred_pending);
	}
}

static void deferred_probe_del(struct device *dev)
{
	if (!list_empty(&dev->p->deferred)) {
		dev_dbg(dev, "Removed from deferred list\n");
		list_del_init(&dev->p->deferred);
	}
	kshim_kfree(dev->p->defer_reason);
	dev->p->defer_reason = NULL;
}

/* A driver bound: everything deferred so far gets another chance. */
static void deferred_probe_trigger(void)
{
	deferred_trigger_count++;
	list_splice_tail_init(&deferred_pending, &deferred_active);
}

void kshim_deferred_run(void)
{
	struct device_private *p;
	struct device *dev;

	while (!list_empty(&deferred_active)) {
		p = list_first_entry(&deferred_active, struct device_private,
				     deferred);
		dev = p->device;
		list_del_init(&p->deferred);
		get_device(dev);
		/* A retry's failure stays the device's own business. */
		if (p->registered && !dev->driver && device_attach(dev) < 0)
			dev_dbg(dev, "deferred probe failed\n");
		put_device(dev);
	}
}

int kshim_driver_match_device(struct device_driver *drv, struct device *dev)
{
	return drv->bus->match ? drv->bus->match(dev, drv) : 1;
}

static void driver_bound(struct device *dev)
{
	deferred_probe_del(dev);
	deferred_probe_trigger();
}

static void device_remove(struct device *dev)
{
	kshim_device_remove_groups(dev, dev->driver->dev_groups);
	if (dev->bus && dev->bus->remove)
		dev->bus->remove(dev);
	else if (dev->driver->remove)
		dev->driver->remove(dev);
}

static void device_unbind_cleanup(struct device *dev)
{
	devres_release_all(dev);
	dev->driver = NULL;
	dev_set_drvdata(dev, NULL);
}

static int call_driver_probe(struct device *dev, struct device_driver *drv)
{
	int ret = 0;

	if (dev->bus->probe)
		ret = dev->bus->probe(dev);
	else if (drv->probe)
		ret = drv->probe(dev);

	dev->p->probe_ret = ret;
	if (ret) {
		probes_failed++;
		last_probe_err = ret;
	}
	switch (ret) {
	case 0:
		break;
	case -EPROBE_DEFER:
		dev_dbg(dev, "Driver %s requests probe deferral\n", drv->name);
		break;
	case -ENODEV:
	case -ENXIO:
		pr_debug("%s: probe of %s rejects match %d\n",
			 drv->name, dev_name(dev), ret);
		break;
	default:
		pr_warn("%s: probe of %s failed with error %d\n",
			drv->name, dev_name(dev), ret);
		break;
	}
	return ret;
}

/* 0 when bound; a probe's error as a positive value; a core error negative. */
static int really_probe(struct device *dev, struct device_driver *drv)
{
	int ret;

	if (!list_empty(&dev->devres_head)) {
		dev_crit(dev, "Resources present before probing\n");
		return -EBUSY;
	}
	dev->driver = drv;
	ret = call_driver_probe(dev, drv);
	if (ret) {
		ret = -ret;
		goto probe_failed;
	}
	ret = kshim_device_add_groups(dev, drv->dev_groups);
	if (ret) {
		dev_err(dev, "device_add_groups() failed\n");
		device_remove(dev);
		goto probe_failed;
	}
	driver_bound(dev);
	return 0;

probe_failed:
	device_unbind_cleanup(dev);
	return ret;
}

static int __driver_probe_device(struct device_driver *drv, struct device *dev)
{
	if (!dev->p->registered)
		return -ENODEV;
	if (dev->driver)
		return -EBUSY;
	return really_probe(dev, drv);
}

static int driver_probe_device(struct device_driver *drv, struct device *dev)
{
	unsigned int trigger_count = deferred_trigger_count;
	int ret;

	ret = __driver_probe_device(drv, dev);
	if (ret == -EPROBE_DEFER || ret == EPROBE_DEFER) {
		deferred_probe_add(dev);
		/* A bind while this one probed: it must see that too. */
		if (trigger_count != deferred_trigger_count)
			deferred_probe_trigger();
	}
	return ret;
}

static struct device_driver *next_driver(struct subsys_private *sp,
					 struct device_driver *prev)
{
	struct list_head *pos = prev ? prev->p->node.next : sp->drivers.next;

	if (pos == &sp->drivers)
		return NULL;
	return list_entry(pos, struct driver_private, node)->driver;
}

/* __device_attach(): the bus's drivers in turn, until one binds. */
int device_attach(struct device *dev)
{
	struct subsys_private *sp;
	struct device_driver *drv;
	int ret = 0;

	if (dev->driver)
		return 1;
	if (!dev->bus)
		return 0;
	sp = kshim_bus_p(dev->bus);
	if (!sp)
		return 0;
	kshim_core_enter();
	for (drv = next_driver(sp, NULL); drv; drv = next_driver(sp, drv)) {
		ret = kshim_driver_match_device(drv, dev);
		if (ret == 0)
			continue;
		if (ret == -EPROBE_DEFER) {
			dev_dbg(dev, "Device match requests probe deferral\n");
			deferred_probe_add(dev);
			ret = 0;
			break;
		}
		if (ret < 0) {
			dev_dbg(dev, "Bus failed to match device: %d\n", ret);
			break;
		}
		ret = driver_probe_device(drv, dev);
		if (ret < 0)
			break;
		if (ret == 0) {
			ret = 1;
			break;
		}
		/* Probe errors: the next driver may try its luck. */
		ret = 0;
	}
	kshim_core_leave();
	return ret;
}
EXPORT_SYMBOL_GPL(device_attach);

void device_release_driver(struct device *dev)
{
	if (!dev->driver)
		return;
	device_remove(dev);
	device_unbind_cleanup(dev);
}
EXPORT_SYMBOL_GPL(device_release_driver);

int device_driver_attach(struct device_driver *drv, struct device *dev)
{
	int ret;

	kshim_core_enter();
	ret = __driver_probe_device(drv, dev);
	kshim_core_leave();
	/* Probe errors come back as ordinary negative errnos here. */
	if (ret > 0)
		ret = -ret;
	if (ret == -EPROBE_DEFER)
		return -EAGAIN;
	return ret;
}
EXPORT_SYMBOL_GPL(device_driver_attach);

bool device_is_bound(struct device *dev)
{
	return dev->driver != NULL;
}
EXPORT_SYMBOL_GPL(device_is_bound);

/* driver_attach() of a new driver: the devices of its bus, oldest first. */
void kshim_driver_attach(struct device_driver *drv)
{
	struct device_private *p, *n;
	struct device *dev;
	int ret;

	list_for_each_entry_safe(p, n, &kshim_devices, node) {
		dev = p->device;
		if (dev->bus != drv->bus || !p->registered)
			continue;
		ret = kshim_driver_match_device(drv, dev);
		if (ret == 0)
			continue;
		if (ret == -EPROBE_DEFER) {
			dev_dbg(dev, "Device match requests probe deferral\n");
			deferred_probe_add(dev);
			continue;
		}
		if (ret < 0) {
			dev_dbg(dev, "Bus failed to match device: %d\n", ret);
			continue;
		}
		get_device(dev);
		driver_probe_device(drv, dev);
		put_device(dev);
	}
}

int driver_attach(struct device_driver *drv)
{
	kshim_core_enter();
	kshim_driver_attach(drv);
	kshim_core_leave();
	return 0;
}
EXPORT_SYMBOL_GPL(driver_attach);

