// SPDX-License-Identifier: GPL-2.0-only
/*
 * The driver core: devices, drivers, buses, binding and deferred probe, the
 * device prefix of dev_printk(), and device attributes, after 6.1's
 * drivers/base/core.c and dd.c.
 *
 * One thread, no locks. Every entry point that may bind (driver_register,
 * device_add, a test's bind) runs the deferred probes its binds triggered
 * when it returns, outermost call only: the kernel's deferred-probe work,
 * made synchronous.
 */
#include <linux/device.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/bug.h>
#include <kshim/kshim.h>
#include <kshim/devapi.h>

static LIST_HEAD(devices);		/* initialised and not released yet */
static LIST_HEAD(deferred_pending);	/* deferred, waiting for a trigger */
static LIST_HEAD(deferred_active);	/* to retry when the outer call ends */
static unsigned int deferred_trigger_count;
static int core_depth;
static int probes_failed, last_probe_err;

#define MAX_BUSES 8
static struct bus_type *buses[MAX_BUSES];

struct driver_private {
	struct device_driver *driver;
	struct list_head node;		/* on bus->kshim_drivers */
};

/* ---- Names, references, release ---- */

const char *dev_driver_string(const struct device *dev)
{
	struct device_driver *drv = READ_ONCE(dev->driver);

	return drv ? drv->name : dev_bus_name(dev);
}

static char *vname(struct device *dev, const char *fmt, va_list ap)
{
	va_list aq;
	char *s;
	int len;

	va_copy(aq, ap);
	len = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	/* kobject_set_name_vargs(): kvasprintf_const(), owned by the device. */
	s = kshim_alloc_ex(len + 1, 0, __kshim_gfp(GFP_KERNEL), dev, KSHIM_SITE,
			   "kvasprintf");
	if (s)
		vsnprintf(s, len + 1, fmt, ap);
	return s;
}

static void free_name(struct device *dev, const char *name)
{
	if (!name)
		return;
	if (dev->kshim_harness)
		kshim_host_free((void *)name);
	else
		kshim_free(name, KSHIM_SITE, "kfree_const");
}

int dev_set_name(struct device *dev, const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = vname(dev, fmt, ap);
	va_end(ap);
	if (!s)
		return -ENOMEM;
	free_name(dev, dev->kobj.name);
	dev->kobj.name = s;
	return 0;
}

void device_initialize(struct device *dev)
{
	dev->kobj.refcount = 1;
	INIT_LIST_HEAD(&dev->devres_head);
	INIT_LIST_HEAD(&dev->kshim_deferred);
	list_add_tail(&dev->kshim_node, &devices);
}

struct device *get_device(struct device *dev)
{
	if (dev)
		dev->kobj.refcount++;
	return dev;
}

static void device_release(struct device *dev)
{
	const char *name = dev->kobj.name;
	bool harness = dev->kshim_harness;

	/* Resources of a device driven without a driver go now (core.c). */
	devres_release_all(dev);
	kfree(dev->kshim_defer_reason);
	dev->kshim_defer_reason = NULL;
	list_del(&dev->kshim_node);
	if (dev->release)
		dev->release(dev);
	else if (dev->type && dev->type->release)
		dev->type->release(dev);
	else
		WARN(1, KERN_ERR "Device '%s' does not have a release() function, it is broken and must be fixed. See Documentation/core-api/kobject.rst.\n",
		     name);
	/* kobject_cleanup() frees the name after release() has run. */
	if (harness)
		kshim_host_free((void *)name);
	else if (name)
		kshim_free(name, KSHIM_SITE, "kfree_const");
}

void put_device(struct device *dev)
{
	if (!dev)
		return;
	if (WARN_ON(dev->kobj.refcount <= 0))
		return;
	if (--dev->kobj.refcount == 0)
		device_release(dev);
}

/*
 * For the leak check: memory owned by a live device, or by a registered
 * driver whose module is still loaded (or built in), is no leak.
 */
int kshim_device_live(const void *owner)
{
	struct driver_private *p;
	struct device *dev;
	int i;

	list_for_each_entry(dev, &devices, kshim_node)
		if (dev == owner)
			return 1;
	for (i = 0; i < MAX_BUSES; i++) {
		if (!buses[i] || !buses[i]->kshim_drivers.next)
			continue;
		list_for_each_entry(p, &buses[i]->kshim_drivers, node)
			if (p->driver == owner)
				return !p->driver->owner ||
				       kshim_module_loaded(p->driver->owner->name);
	}
	return 0;
}

/* ---- Deferred probe ---- */

static void deferred_probe_add(struct device *dev)
{
	if (list_empty(&dev->kshim_deferred)) {
		dev_dbg(dev, "Added to deferred list\n");
		list_add_tail(&dev->kshim_deferred, &deferred_pending);
	}
}

static void deferred_probe_del(struct device *dev)
{
	if (!list_empty(&dev->kshim_deferred)) {
		dev_dbg(dev, "Removed from deferred list\n");
		list_del_init(&dev->kshim_deferred);
	}
	kfree(dev->kshim_defer_reason);
	dev->kshim_defer_reason = NULL;
}

/* A driver bound: everything deferred so far gets another chance. */
static void deferred_probe_trigger(void)
{
	deferred_trigger_count++;
	list_splice_tail_init(&deferred_pending, &deferred_active);
}

static void core_enter(void)
{
	core_depth++;
}

/* Leaving the outermost core call: run the deferred probes triggered. */
static void core_leave(void)
{
	struct device *dev;
	int ret;

	if (core_depth > 1) {
		core_depth--;
		return;
	}
	while (!list_empty(&deferred_active)) {
		dev = list_first_entry(&deferred_active, struct device,
				       kshim_deferred);
		list_del_init(&dev->kshim_deferred);
		get_device(dev);
		if (device_is_registered(dev) && !dev->driver)
			ret = device_attach(dev);
		put_device(dev);
	}
	core_depth--;
	(void)ret;	/* a retry's failure stays the device's own business */
}

static void kshim_device_set_defer_reason(const struct device *cdev,
				   struct va_format *vaf)
{
	struct device *dev = (struct device *)cdev;
	char *reason = NULL;
	va_list aq;
	int len;

	if (vaf) {
		/* The device's memory, as its name is. */
		va_copy(aq, *vaf->va);
		len = vsnprintf(NULL, 0, vaf->fmt, aq);
		va_end(aq);
		reason = kshim_alloc_ex(len + 1, 0, __kshim_gfp(GFP_KERNEL), dev,
					KSHIM_SITE, "kasprintf");
		if (reason) {
			va_copy(aq, *vaf->va);
			vsnprintf(reason, len + 1, vaf->fmt, aq);
			va_end(aq);
		}
	}
	kfree(dev->kshim_defer_reason);
	dev->kshim_defer_reason = reason;
}

/* ---- Probing (dd.c) ---- */

static int driver_match_device(struct device_driver *drv, struct device *dev)
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
	device_remove_groups(dev, dev->driver->dev_groups);
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

	dev->kshim_probe_ret = ret;
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
	ret = device_add_groups(dev, drv->dev_groups);
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
	if (!device_is_registered(dev))
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

static struct device_driver *next_driver(struct bus_type *bus,
					 struct driver_private *prev)
{
	struct list_head *pos = prev ? prev->node.next : bus->kshim_drivers.next;

	if (pos == &bus->kshim_drivers)
		return NULL;
	return list_entry(pos, struct driver_private, node)->driver;
}

/* __device_attach(): the bus's drivers in turn, until one binds. */
int device_attach(struct device *dev)
{
	struct device_driver *drv;
	int ret = 0;

	if (dev->driver)
		return 1;
	if (!dev->bus)
		return 0;
	if (!dev->bus->kshim_drivers.next)
		bus_register(dev->bus);
	core_enter();
	for (drv = next_driver(dev->bus, NULL); drv;
	     drv = next_driver(dev->bus, drv->p)) {
		ret = driver_match_device(drv, dev);
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
	core_leave();
	return ret;
}

void device_release_driver(struct device *dev)
{
	if (!dev->driver)
		return;
	device_remove(dev);
	device_unbind_cleanup(dev);
}

int device_driver_attach(struct device_driver *drv, struct device *dev)
{
	int ret;

	core_enter();
	ret = __driver_probe_device(drv, dev);
	core_leave();
	/* Probe errors come back as ordinary negative errnos here. */
	if (ret > 0)
		ret = -ret;
	if (ret == -EPROBE_DEFER)
		return -EAGAIN;
	return ret;
}

bool device_is_bound(struct device *dev)
{
	return dev->driver != NULL;
}

/* ---- Devices ---- */

struct device *kshim_find_device(const char *name)
{
	struct device *dev;

	list_for_each_entry(dev, &devices, kshim_node)
		if (dev->kshim_registered && dev_name(dev) &&
		    !strcmp(dev_name(dev), name))
			return dev;
	return NULL;
}

int device_add(struct device *dev)
{
	struct device *other;
	int ret;

	dev = get_device(dev);
	if (!dev)
		return -EINVAL;
	if (dev->init_name) {
		ret = dev_set_name(dev, "%s", dev->init_name);
		dev->init_name = NULL;
		if (ret)
			goto out;
	}
	if (!dev_name(dev)) {
		ret = -EINVAL;
		goto out;
	}
	other = kshim_find_device(dev_name(dev));
	if (other && other->parent == dev->parent) {
		/* sysfs_warn_dup() and kobject_add_internal()'s complaint */
		pr_warn("sysfs: cannot create duplicate filename '/devices/%s%s%s'\n",
			dev->parent ? dev_name(dev->parent) : "",
			dev->parent ? "/" : "", dev_name(dev));
		pr_err("kobject_add_internal failed for %s with -EEXIST, don't try to register things with the same name in the same directory.\n",
		       dev_name(dev));
		ret = -EEXIST;
		goto out;
	}
	dev->kshim_registered = true;
	core_enter();
	if (dev->bus)
		ret = device_attach(dev);
	core_leave();
	ret = 0;
out:
	put_device(dev);
	return ret;
}

int device_register(struct device *dev)
{
	device_initialize(dev);
	return device_add(dev);
}

void device_del(struct device *dev)
{
	core_enter();
	device_release_driver(dev);
	list_del_init(&dev->kshim_deferred);
	dev->kshim_registered = false;
	/* Managed resources of a device driven without a driver go now. */
	devres_release_all(dev);
	core_leave();
}

void device_unregister(struct device *dev)
{
	device_del(dev);
	put_device(dev);
}

/* ---- Drivers and buses ---- */

int bus_register(struct bus_type *bus)
{
	int i;

	INIT_LIST_HEAD(&bus->kshim_drivers);
	for (i = 0; i < MAX_BUSES; i++) {
		if (buses[i] == bus || !buses[i]) {
			buses[i] = bus;
			return 0;
		}
	}
	return -ENOMEM;
}

void bus_unregister(struct bus_type *bus)
{
	int i;

	for (i = 0; i < MAX_BUSES; i++)
		if (buses[i] == bus)
			buses[i] = NULL;
}

struct device_driver *driver_find(const char *name, struct bus_type *bus)
{
	struct driver_private *p;

	if (!bus->kshim_drivers.next)
		return NULL;
	list_for_each_entry(p, &bus->kshim_drivers, node)
		if (!strcmp(p->driver->name, name))
			return p->driver;
	return NULL;
}

static void driver_attach(struct device_driver *drv)
{
	struct device *dev, *n;
	int ret;

	list_for_each_entry_safe(dev, n, &devices, kshim_node) {
		if (dev->bus != drv->bus || !dev->kshim_registered)
			continue;
		ret = driver_match_device(drv, dev);
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

int kshim_driver_register(struct device_driver *drv,
			  const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	struct bus_type *bus = drv->bus;
	struct driver_private *priv;

	if (!bus->kshim_drivers.next)
		bus_register(bus);
	if ((bus->probe && drv->probe) || (bus->remove && drv->remove) ||
	    (bus->shutdown && drv->shutdown))
		pr_warn("Driver '%s' needs updating - please use bus_type methods\n",
			drv->name);
	if (driver_find(drv->name, bus)) {
		pr_err("Error: Driver '%s' is already registered, aborting...\n",
		       drv->name);
		return -EBUSY;
	}
	/* bus_add_driver(): its private part is allocated, and may fail. */
	/* Owned by the driver: no leak while it is registered (kshim_device_live). */
	priv = kshim_alloc_ex(sizeof(*priv), 0,
			      __kshim_gfp(GFP_KERNEL | __GFP_ZERO), drv, site,
			      "kzalloc");
	if (!priv)
		return -ENOMEM;
	priv->driver = drv;
	drv->p = priv;
	list_add_tail(&priv->node, &bus->kshim_drivers);
	core_enter();
	driver_attach(drv);
	core_leave();
	return 0;
}

#undef driver_register
int driver_register(struct device_driver *drv)
{
	return kshim_driver_register(drv, KSHIM_SITE);
}

void driver_unregister(struct device_driver *drv)
{
	struct device *dev, *n;

	if (!drv || !drv->p || driver_find(drv->name, drv->bus) != drv) {
		WARN(1, "Unexpected driver unregister!\n");
		return;
	}
	core_enter();
	/* driver_detach(): the last device first */
	list_for_each_entry_safe_reverse(dev, n, &devices, kshim_node) {
		if (dev->driver != drv)
			continue;
		get_device(dev);
		device_release_driver(dev);
		put_device(dev);
	}
	list_del(&drv->p->node);
	kfree(drv->p);
	drv->p = NULL;
	core_leave();
}

int driver_for_each_device(struct device_driver *drv, struct device *start,
			   void *data, int (*fn)(struct device *, void *))
{
	struct device *dev, *n;
	int ret = 0;

	list_for_each_entry_safe(dev, n, &devices, kshim_node) {
		if (dev->driver != drv)
			continue;
		ret = fn(dev, data);
		if (ret)
			break;
	}
	return ret;
}

int bus_for_each_dev(struct bus_type *bus, struct device *start, void *data,
		     int (*fn)(struct device *dev, void *data))
{
	struct device *dev, *n;
	int ret = 0;

	list_for_each_entry_safe(dev, n, &devices, kshim_node) {
		if (dev->bus != bus || !dev->kshim_registered)
			continue;
		ret = fn(dev, data);
		if (ret)
			break;
	}
	return ret;
}

struct device *bus_find_device_by_name(struct bus_type *bus,
				       struct device *start, const char *name)
{
	struct device *dev = kshim_find_device(name);

	return dev && dev->bus == bus ? get_device(dev) : NULL;
}

/* ---- Logging ---- */

void kshim_dev_printk(const char *module, const char *level,
		      const struct device *dev, const char *fmt, ...)
{
	struct va_format vaf;
	va_list args;

	va_start(args, fmt);
	vaf.fmt = fmt;
	vaf.va = &args;
	if (dev)
		kshim_printk(module, "%s%s %s: %pV", level, dev_driver_string(dev),
			     dev_name(dev), &vaf);
	else
		kshim_printk(module, "%s(NULL device *): %pV", level, &vaf);
	va_end(args);
}

static void probe_failed(const char *module, const struct device *dev, int err,
			 bool fatal, const char *fmt, va_list ap)
{
	struct va_format vaf;
	va_list aq;

	va_copy(aq, ap);
	vaf.fmt = fmt;
	vaf.va = &aq;
	switch (err) {
	case -EPROBE_DEFER:
		kshim_device_set_defer_reason(dev, &vaf);
		/* dev_dbg(): not printed without DEBUG */
		break;
	case -ENOMEM:
		/* 6.1: nothing on -ENOMEM, there is enough output already */
		break;
	default:
		kshim_dev_printk(module, fatal ? KERN_ERR : KERN_WARNING, dev,
				 "error %pe: %pV", ERR_PTR(err), &vaf);
		break;
	}
	va_end(aq);
}

int kshim_dev_err_probe(const char *module, const struct device *dev, int err,
			const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	probe_failed(module, dev, err, true, fmt, ap);
	va_end(ap);
	return err;
}

int kshim_dev_warn_probe(const char *module, const struct device *dev, int err,
			 const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	probe_failed(module, dev, err, false, fmt, ap);
	va_end(ap);
	return err;
}

/* ---- Attributes ---- */

int sysfs_emit(char *buf, const char *fmt, ...)
{
	va_list args;
	int len;

	if (WARN(!buf || ((unsigned long)buf & ~PAGE_MASK),
		 "invalid sysfs_emit: buf:%p\n", buf))
		return 0;
	va_start(args, fmt);
	len = vscnprintf(buf, PAGE_SIZE, fmt, args);
	va_end(args);
	return len;
}

int sysfs_emit_at(char *buf, int at, const char *fmt, ...)
{
	va_list args;
	int len;

	if (WARN(!buf || ((unsigned long)buf & ~PAGE_MASK) || at < 0 ||
		 at >= (int)PAGE_SIZE,
		 "invalid sysfs_emit_at: buf:%p at:%d\n", buf, at))
		return 0;
	va_start(args, fmt);
	len = vscnprintf(buf + at, PAGE_SIZE - at, fmt, args);
	va_end(args);
	return len;
}

int device_create_file(struct device *dev, const struct device_attribute *attr)
{
	int i, free = -1;

	if (!dev)
		return -EINVAL;
	for (i = 0; i < KSHIM_DEV_MAX_FILES; i++) {
		if (dev->kshim_files[i] && !strcmp(dev->kshim_files[i]->attr.name,
						   attr->attr.name)) {
			pr_warn("sysfs: cannot create duplicate filename '/devices/%s/%s'\n",
				dev_name(dev), attr->attr.name);
			return -EEXIST;
		}
		if (!dev->kshim_files[i] && free < 0)
			free = i;
	}
	if (free < 0)
		return -ENOSPC;
	dev->kshim_files[free] = attr;
	return 0;
}

void device_remove_file(struct device *dev, const struct device_attribute *attr)
{
	int i;

	for (i = 0; dev && i < KSHIM_DEV_MAX_FILES; i++)
		if (dev->kshim_files[i] == attr)
			dev->kshim_files[i] = NULL;
}

int device_add_groups(struct device *dev, const struct attribute_group **groups)
{
	int i, j;

	for (i = 0; groups && groups[i]; i++) {
		for (j = 0; j < KSHIM_DEV_MAX_FILES; j++)
			if (!dev->kshim_groups[j])
				break;
		if (j == KSHIM_DEV_MAX_FILES) {
			while (i--)
				device_remove_group(dev, groups[i]);
			return -ENOSPC;
		}
		dev->kshim_groups[j] = groups[i];
	}
	return 0;
}

void device_remove_groups(struct device *dev,
			  const struct attribute_group **groups)
{
	int i, j;

	for (i = 0; groups && groups[i]; i++)
		for (j = 0; j < KSHIM_DEV_MAX_FILES; j++)
			if (dev->kshim_groups[j] == groups[i])
				dev->kshim_groups[j] = NULL;
}

/* @path in one group: "attr", or "group/attr" for a named group. */
static struct attribute *group_find(struct device *dev,
				    const struct attribute_group *grp,
				    const char *path, umode_t *mode)
{
	size_t n = grp->name ? strlen(grp->name) : 0;
	int i;

	if (n) {
		if (strncmp(path, grp->name, n) || path[n] != '/')
			return NULL;
		path += n + 1;
	}
	for (i = 0; grp->attrs && grp->attrs[i]; i++) {
		struct attribute *a = grp->attrs[i];

		if (strcmp(a->name, path))
			continue;
		*mode = a->mode;
		if (grp->is_visible)
			*mode = grp->is_visible(&dev->kobj, a, i);
		if (!*mode)
			continue;	/* hidden: no file */
		return a;
	}
	return NULL;
}

static struct device_attribute *find_attr(struct device *dev, const char *path,
					  umode_t *mode)
{
	const struct attribute_group **lists[3] = {
		dev->bus ? dev->bus->dev_groups : NULL,
		dev->type ? dev->type->groups : NULL,
		dev->groups,
	};
	struct attribute *a;
	int i, j;

	for (i = 0; i < KSHIM_DEV_MAX_FILES; i++) {
		if (dev->kshim_files[i] &&
		    !strcmp(dev->kshim_files[i]->attr.name, path)) {
			*mode = dev->kshim_files[i]->attr.mode;
			return (struct device_attribute *)dev->kshim_files[i];
		}
	}
	for (i = 0; i < KSHIM_DEV_MAX_FILES; i++) {
		if (dev->kshim_groups[i]) {
			a = group_find(dev, dev->kshim_groups[i], path, mode);
			if (a)
				return container_of(a, struct device_attribute, attr);
		}
	}
	for (i = 0; i < 3; i++) {
		for (j = 0; lists[i] && lists[i][j]; j++) {
			a = group_find(dev, lists[i][j], path, mode);
			if (a)
				return container_of(a, struct device_attribute, attr);
		}
	}
	return NULL;
}

/* What show() and store() get: a page, as sysfs gives them one. */
static char attr_page[PAGE_SIZE] __aligned(PAGE_SIZE);

/*
 * The attribute file @path of device @name, as a process opening it for
 * @access (0444 read, 0222 write) finds it; an ERR_PTR when it cannot.
 */
static struct device_attribute *open_attr(const char *name, const char *path,
					  umode_t access, struct device **devp)
{
	struct device *dev = kshim_find_device(name);
	struct device_attribute *attr;
	umode_t mode;

	attr = dev ? find_attr(dev, path, &mode) : NULL;
	if (!attr)
		return ERR_PTR(-ENOENT);
	if (!(mode & access))
		return ERR_PTR(-EACCES);
	*devp = dev;
	return attr;
}

int __kshim_attr_read(const char *name, const char *path, char *buf, size_t len)
{
	struct device_attribute *attr;
	struct device *dev;
	ssize_t ret;

	attr = open_attr(name, path, 0444, &dev);
	if (IS_ERR(attr))
		return PTR_ERR(attr);
	if (!attr->show)
		return -EIO;
	memset(attr_page, 0, sizeof(attr_page));
	ret = attr->show(dev, attr, attr_page);
	if (ret >= (ssize_t)PAGE_SIZE) {
		printk("dev_attr_show: %pS returned bad count\n", attr->show);
		ret = PAGE_SIZE - 1;
	}
	if (len) {
		size_t n = ret > 0 ? (size_t)ret : 0;

		if (n > len - 1)
			n = len - 1;
		memcpy(buf, attr_page, n);
		buf[n] = '\0';
	}
	return ret;
}

int __kshim_attr_write(const char *name, const char *path, const char *val)
{
	struct device_attribute *attr;
	struct device *dev;
	size_t n;

	attr = open_attr(name, path, 0222, &dev);
	if (IS_ERR(attr))
		return PTR_ERR(attr);
	n = strnlen(val, PAGE_SIZE - 1);
	if (!n)
		return 0;
	if (!attr->store)
		return -EIO;
	memcpy(attr_page, val, n);
	attr_page[n] = '\0';
	return attr->store(dev, attr, attr_page, n);
}

/* ---- The harness ---- */

int __kshim_device_bind(const char *name, const char *driver)
{
	struct device *dev = kshim_find_device(name);
	struct device_driver *drv = dev && dev->bus ?
				    driver_find(driver, dev->bus) : NULL;
	int ret;

	if (!drv)
		return -ENODEV;
	if (drv->suppress_bind_attrs)
		return -ENOENT;		/* no bind file */
	core_enter();
	ret = driver_match_device(drv, dev) > 0 ?
	      device_driver_attach(drv, dev) : -ENODEV;
	core_leave();
	return ret;
}

int __kshim_device_unbind(const char *name)
{
	struct device *dev = kshim_find_device(name);

	if (!dev || !dev->driver)
		return -ENODEV;
	if (dev->driver->suppress_bind_attrs)
		return -ENOENT;
	core_enter();
	device_release_driver(dev);
	core_leave();
	return 0;
}

const char *__kshim_device_module(const char *name, const char *driver)
{
	struct device *dev = name ? kshim_find_device(name) : NULL;
	struct device_driver *drv = dev ? dev->driver : NULL;

	if (!drv && dev && dev->bus && driver)
		drv = driver_find(driver, dev->bus);
	return drv && drv->owner ? drv->owner->name : NULL;
}

bool kshim_device_exists(const char *name)
{
	return kshim_find_device(name) != NULL;
}

bool kshim_device_bound(const char *name)
{
	struct device *dev = kshim_find_device(name);

	return dev && dev->driver;
}

const char *kshim_device_driver(const char *name)
{
	struct device *dev = kshim_find_device(name);

	return dev && dev->driver ? dev->driver->name : NULL;
}

int kshim_device_probe_result(const char *name)
{
	struct device *dev = kshim_find_device(name);

	return dev ? dev->kshim_probe_ret : -ENODEV;
}

bool kshim_device_deferred(const char *name)
{
	struct device *dev = kshim_find_device(name);

	return dev && !list_empty(&dev->kshim_deferred);
}

const char *kshim_device_deferred_reason(const char *name)
{
	struct device *dev = kshim_find_device(name);

	return dev ? dev->kshim_defer_reason : NULL;
}

int kshim_probe_failures(int *last)
{
	if (last)
		*last = last_probe_err;
	return probes_failed;
}

void kshim_device_reset(void)
{
	struct device *dev, *n;
	int i;

	/* The memory goes with the allocator's reset; a test's own goes here. */
	list_for_each_entry_safe(dev, n, &devices, kshim_node) {
		list_del(&dev->kshim_node);
		if (dev->kshim_harness) {
			kshim_harness_free(dev);
		}
	}
	INIT_LIST_HEAD(&devices);
	INIT_LIST_HEAD(&deferred_pending);
	INIT_LIST_HEAD(&deferred_active);
	for (i = 0; i < MAX_BUSES; i++)
		if (buses[i])
			INIT_LIST_HEAD(&buses[i]->kshim_drivers);
	deferred_trigger_count = 0;
	core_depth = 0;
	probes_failed = 0;
	last_probe_err = 0;
	kshim_region_reset();
	kshim_dt_reset();
	kshim_platform_reset();
}
