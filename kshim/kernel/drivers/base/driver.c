// SPDX-License-Identifier: GPL-2.0-only
/*
 * Drivers (drivers/base/driver.c and bus_add_driver() of bus.c):
 * registration, which binds the devices already there, and
 * unregistration, which unbinds them, the last one first.
 */
#include <linux/device.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "base.h"

struct device_driver *driver_find(const char *name, struct bus_type *bus)
{
	struct subsys_private *sp = kshim_bus_p(bus);
	struct driver_private *p;

	if (!sp)
		return NULL;
	list_for_each_entry(p, &sp->drivers, node)
		if (!strcmp(p->driver->name, name))
			return p->driver;
	return NULL;
}
EXPORT_SYMBOL_GPL(driver_find);

int kshim_driver_register(struct device_driver *drv,
			  const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	struct bus_type *bus = drv->bus;
	struct driver_private *priv;
	struct subsys_private *sp;

	sp = kshim_bus_get(bus);
	if ((bus->probe && drv->probe) || (bus->remove && drv->remove) ||
	    (bus->shutdown && drv->shutdown))
		pr_warn("Driver '%s' needs updating - please use bus_type methods\n",
			drv->name);
	if (driver_find(drv->name, bus)) {
		pr_err("Error: Driver '%s' is already registered, aborting...\n",
		       drv->name);
		return -EBUSY;
	}
	/* bus_add_driver(): its private part, the caller's fallible kzalloc(). */
	priv = kshim_alloc_ex(sizeof(*priv), 0,
			      (__force unsigned int)(GFP_KERNEL | __GFP_ZERO),
			      drv, site, "kzalloc");
	if (!priv)
		return -ENOMEM;
	priv->driver = drv;
	drv->p = priv;
	list_add_tail(&priv->node, &sp->drivers);
	kshim_core_enter();
	kshim_driver_attach(drv);
	kshim_core_leave();
	return 0;
}

int driver_register(struct device_driver *drv)
{
	return kshim_driver_register(drv, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(driver_register);

void driver_unregister(struct device_driver *drv)
{
	struct device_private *p, *n;

	if (!drv || !drv->p || !drv->bus ||
	    driver_find(drv->name, drv->bus) != drv) {
		WARN(1, "Unexpected driver unregister!\n");
		return;
	}
	kshim_core_enter();
	/* driver_detach(): the last device first */
	list_for_each_entry_safe_reverse(p, n, &kshim_devices, node) {
		struct device *dev = p->device;

		if (dev->driver != drv)
			continue;
		get_device(dev);
		device_release_driver(dev);
		put_device(dev);
	}
	list_del(&drv->p->node);
	kshim_free(drv->p, KSHIM_SITE, "kfree");
	drv->p = NULL;
	kshim_core_leave();
}
EXPORT_SYMBOL_GPL(driver_unregister);

int driver_for_each_device(struct device_driver *drv, struct device *start,
			   void *data, int (*fn)(struct device *, void *))
{
	struct device_private *p, *n;
	int ret = 0;

	if (!drv)
		return -EINVAL;
	list_for_each_entry_safe(p, n, &kshim_devices, node) {
		if (p->device->driver != drv)
			continue;
		ret = fn(p->device, data);
		if (ret)
			break;
	}
	return ret;
}
EXPORT_SYMBOL_GPL(driver_for_each_device);

struct device *driver_find_device(struct device_driver *drv,
				  struct device *start, const void *data,
				  int (*match)(struct device *dev, const void *data))
{
	struct device_private *p;

	if (!drv)
		return NULL;
	list_for_each_entry(p, &kshim_devices, node)
		if (p->device->driver == drv && match(p->device, data))
			return get_device(p->device);
	return NULL;
}
EXPORT_SYMBOL_GPL(driver_find_device);
