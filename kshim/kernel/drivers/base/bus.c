// SPDX-License-Identifier: GPL-2.0-only
/*
 * Buses (drivers/base/bus.c): registration and the iterators over a bus's
 * devices. A bus's drivers are kept in kshim's list of buses, found by the
 * bus, rather than in bus->p: the harness's reset forgets every bus, and a
 * bus_type of a module may be gone by then.
 */
#include <linux/device.h>
#include <linux/string.h>
#include "base.h"

static LIST_HEAD(buses);

struct subsys_private *kshim_bus_p(const struct bus_type *bus)
{
	struct subsys_private *sp;

	list_for_each_entry(sp, &buses, node)
		if (sp->bus == bus)
			return sp;
	return NULL;
}

/* Host memory: registering a bus is never a fallible call here. */
static struct subsys_private *bus_add(struct bus_type *bus)
{
	struct subsys_private *sp = kshim_bus_p(bus);

	if (sp)
		return sp;
	sp = kshim_host_zalloc(sizeof(*sp));
	sp->bus = bus;
	INIT_LIST_HEAD(&sp->drivers);
	list_add_tail(&sp->node, &buses);
	return sp;
}

int bus_register(struct bus_type *bus)
{
	bus_add(bus);
	return 0;
}
EXPORT_SYMBOL_GPL(bus_register);

void bus_unregister(struct bus_type *bus)
{
	struct subsys_private *sp = kshim_bus_p(bus);

	if (!sp)
		return;
	list_del(&sp->node);
	kshim_host_free(sp);
}
EXPORT_SYMBOL_GPL(bus_unregister);

void kshim_bus_reset(void)
{
	struct subsys_private *sp, *n;

	list_for_each_entry_safe(sp, n, &buses, node)
		kshim_host_free(sp);
	INIT_LIST_HEAD(&buses);
}

/* The bus's drivers, made on a first registration on an unregistered bus. */
struct subsys_private *kshim_bus_get(struct bus_type *bus)
{
	return bus_add(bus);
}

/* Registered drivers own their private part while their module is loaded. */
int kshim_driver_live(const void *owner)
{
	struct subsys_private *sp;
	struct driver_private *p;

	list_for_each_entry(sp, &buses, node)
		list_for_each_entry(p, &sp->drivers, node)
			if (p->driver == owner)
				return !p->driver->owner ||
				       kshim_module_loaded(p->driver->owner->name);
	return 0;
}

int bus_for_each_dev(struct bus_type *bus, struct device *start, void *data,
		     int (*fn)(struct device *dev, void *data))
{
	struct device_private *p, *n;
	bool started = !start;
	int ret = 0;

	if (!bus)
		return -EINVAL;
	list_for_each_entry_safe(p, n, &kshim_devices, node) {
		if (!started) {
			started = p->device == start;
			continue;
		}
		if (p->device->bus != bus || !p->registered)
			continue;
		ret = fn(p->device, data);
		if (ret)
			break;
	}
	return ret;
}
EXPORT_SYMBOL_GPL(bus_for_each_dev);

struct device *bus_find_device(struct bus_type *bus, struct device *start,
			       const void *data,
			       int (*match)(struct device *dev, const void *data))
{
	struct device_private *p;
	bool started = !start;

	if (!bus)
		return NULL;
	list_for_each_entry(p, &kshim_devices, node) {
		if (!started) {
			started = p->device == start;
			continue;
		}
		if (p->device->bus == bus && p->registered &&
		    match(p->device, data))
			return get_device(p->device);
	}
	return NULL;
}
EXPORT_SYMBOL_GPL(bus_find_device);

int bus_for_each_drv(struct bus_type *bus, struct device_driver *start,
		     void *data, int (*fn)(struct device_driver *, void *))
{
	struct subsys_private *sp = bus ? kshim_bus_p(bus) : NULL;
	struct driver_private *dp, *n;
	bool started = !start;
	int ret = 0;

	if (!sp)
		return -EINVAL;
	list_for_each_entry_safe(dp, n, &sp->drivers, node) {
		if (!started) {
			started = dp->driver == start;
			continue;
		}
		ret = fn(dp->driver, data);
		if (ret)
			break;
	}
	return ret;
}
EXPORT_SYMBOL_GPL(bus_for_each_drv);
