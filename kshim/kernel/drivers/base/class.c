// SPDX-License-Identifier: GPL-2.0-only
/*
 * Device classes (drivers/base/class.c) for modules built against the
 * kernel's own headers: class_create() and class_register(), their
 * unregistration, class attributes, iteration over a class's devices; and
 * the devices made in a class (device_create(), device_destroy(), which
 * are core.c's in the kernel). As kshim's old half (kernel/char_dev.c),
 * each registration remembers the module that made it, so that a class or
 * device left behind at unload is reported (host/uspace.c) and forgotten;
 * only class_create()'s and device_create()'s own memory is fallible.
 */
#include <linux/device.h>
#include <linux/device/class.h>
#include <linux/err.h>
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/sysfs.h>
#include <kshim/usapi.h>
#include "base.h"
#include "../../fs/internal.h"

#define KSHIM_CLASS_MAX_FILES	16

/*
 * class->p: host memory, made at registration. The subsys_private is
 * kshim's own (base.h); the rest is the class's bookkeeping.
 */
struct class_rec {
	struct subsys_private sp;
	struct class *cls;
	struct list_head node;		/* registered classes, oldest first */
	const char *module;
	const struct kshim_site *site;
	const struct class_attribute *files[KSHIM_CLASS_MAX_FILES];
};

/* A device_create() device, for the unload check. */
struct node_rec {
	struct list_head node;
	struct device *dev;
	const char *module;
	const struct kshim_site *site;
};

static LIST_HEAD(classes);
static LIST_HEAD(node_recs);

static struct class_rec *class_rec(const struct class *cls)
{
	return cls->p ? container_of(cls->p, struct class_rec, sp) : NULL;
}

/* ---- Registration ---- */

/* @cls's name is taken: kset_register()'s kobject_add_internal() says so. */
static bool class_name_taken(const char *name)
{
	struct class_rec *rec;

	list_for_each_entry(rec, &classes, node)
		if (!strcmp(rec->cls->name, name))
			return true;
	return false;
}

static int class_register_at(struct class *cls, const struct kshim_site *site)
{
	struct class_rec *rec;

	if (class_name_taken(cls->name)) {
		pr_err("kobject_add_internal failed for %s with -EEXIST, don't try to register things with the same name in the same directory.\n",
		       cls->name);
		return -EEXIST;
	}
	rec = kshim_host_zalloc(sizeof(*rec));
	INIT_LIST_HEAD(&rec->sp.drivers);
	INIT_LIST_HEAD(&rec->sp.node);
	rec->cls = cls;
	rec->module = kshim_uspace_module();
	rec->site = site;
	list_add_tail(&rec->node, &classes);
	cls->p = &rec->sp;
	return 0;
}

int __class_register(struct class *cls, struct lock_class_key *key)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	KSHIM_CALLER(site);

	return class_register_at(cls, site);
}
EXPORT_SYMBOL_GPL(__class_register);

static void class_create_release(struct class *cls)
{
	kshim_kfree(cls);
}

struct class *__class_create(struct module *owner, const char *name,
			     struct lock_class_key *key)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	KSHIM_CALLER(site);
	struct class *cls;
	int retval;

	cls = kshim_alloc(sizeof(*cls),
			  (__force unsigned int)(GFP_KERNEL | __GFP_ZERO), site,
			  "kzalloc");
	if (!cls)
		return ERR_PTR(-ENOMEM);
	cls->name = name;
	cls->owner = owner;
	cls->class_release = class_create_release;
	retval = class_register_at(cls, site);
	if (retval) {
		kshim_kfree(cls);
		return ERR_PTR(retval);
	}
	return cls;
}
EXPORT_SYMBOL_GPL(__class_create);

/* The last reference to the class's kset: class_release(). */
static void class_forget(struct class *cls, bool module_alive)
{
	struct class_rec *rec = class_rec(cls);

	list_del(&rec->node);
	cls->p = NULL;
	kshim_host_free(rec);
	/* A module's own release is freed code once its module is gone. */
	if (cls->class_release &&
	    (module_alive || cls->class_release == class_create_release))
		cls->class_release(cls);
}

void class_unregister(struct class *cls)
{
	if (!cls || !class_rec(cls))
		return;
	class_forget(cls, true);
}
EXPORT_SYMBOL_GPL(class_unregister);

void class_destroy(struct class *cls)
{
	if (IS_ERR_OR_NULL(cls))
		return;
	class_unregister(cls);
}
EXPORT_SYMBOL_GPL(class_destroy);

/* ---- Class attributes (/sys/class/NAME/ATTR) ---- */

int class_create_file_ns(struct class *cls, const struct class_attribute *attr,
			 const void *ns)
{
	struct class_rec *rec = cls ? class_rec(cls) : NULL;
	int i, free = -1;

	if (!rec)
		return -EINVAL;
	for (i = 0; i < KSHIM_CLASS_MAX_FILES; i++) {
		const struct class_attribute *f = rec->files[i];

		if (f && !strcmp(f->attr.name, attr->attr.name)) {
			pr_warn("sysfs: cannot create duplicate filename '/class/%s/%s'\n",
				cls->name, attr->attr.name);
			return -EEXIST;
		}
		if (!f && free < 0)
			free = i;
	}
	if (free < 0)
		return -ENOSPC;
	rec->files[free] = attr;
	return 0;
}
EXPORT_SYMBOL_GPL(class_create_file_ns);

void class_remove_file_ns(struct class *cls, const struct class_attribute *attr,
			  const void *ns)
{
	struct class_rec *rec = cls ? class_rec(cls) : NULL;
	int i;

	for (i = 0; rec && i < KSHIM_CLASS_MAX_FILES; i++)
		if (rec->files[i] == attr)
			rec->files[i] = NULL;
}
EXPORT_SYMBOL_GPL(class_remove_file_ns);

ssize_t show_class_attr_string(struct class *cls, struct class_attribute *attr,
			       char *buf)
{
	struct class_attribute_string *cs;

	cs = container_of(attr, struct class_attribute_string, attr);
	return sysfs_emit(buf, "%s\n", cs->str);
}
EXPORT_SYMBOL_GPL(show_class_attr_string);

/* ---- A class's devices ---- */

/*
 * The registered devices of @cls after @dev (from the first when NULL), in
 * the order they were made. The iterator's klist_iter holds the class and
 * the device it returned last, with a reference, as klist_next()'s does.
 */
static struct device *class_next(struct class *cls, struct device *dev)
{
	struct list_head *pos = dev ? &dev->p->node : &kshim_devices;
	struct device_private *p;

	for (pos = pos->next; pos != &kshim_devices; pos = pos->next) {
		p = list_entry(pos, struct device_private, node);
		if (p->registered && p->device->class == cls)
			return p->device;
	}
	return NULL;
}

void class_dev_iter_init(struct class_dev_iter *iter, struct class *cls,
			 struct device *start, const struct device_type *type)
{
	iter->ki.i_klist = (struct klist *)cls;
	iter->ki.i_cur = (struct klist_node *)get_device(start);
	iter->type = type;
}
EXPORT_SYMBOL_GPL(class_dev_iter_init);

struct device *class_dev_iter_next(struct class_dev_iter *iter)
{
	struct class *cls = (struct class *)iter->ki.i_klist;
	struct device *last = (struct device *)iter->ki.i_cur;
	struct device *dev = last;

	do {
		dev = class_next(cls, dev);
	} while (dev && iter->type && iter->type != dev->type);
	iter->ki.i_cur = (struct klist_node *)get_device(dev);
	put_device(last);
	return dev;
}
EXPORT_SYMBOL_GPL(class_dev_iter_next);

void class_dev_iter_exit(struct class_dev_iter *iter)
{
	put_device((struct device *)iter->ki.i_cur);
	iter->ki.i_cur = NULL;
}
EXPORT_SYMBOL_GPL(class_dev_iter_exit);

int class_for_each_device(struct class *cls, struct device *start, void *data,
			  int (*fn)(struct device *, void *))
{
	struct class_dev_iter iter;
	struct device *dev;
	int error = 0;

	if (!cls)
		return -EINVAL;
	if (!cls->p) {
		WARN(1, "%s called for class '%s' before it was initialized",
		     __func__, cls->name);
		return -EINVAL;
	}
	class_dev_iter_init(&iter, cls, start, NULL);
	while ((dev = class_dev_iter_next(&iter))) {
		error = fn(dev, data);
		if (error)
			break;
	}
	class_dev_iter_exit(&iter);
	return error;
}
EXPORT_SYMBOL_GPL(class_for_each_device);

struct device *class_find_device(struct class *cls, struct device *start,
				 const void *data,
				 int (*match)(struct device *, const void *))
{
	struct class_dev_iter iter;
	struct device *dev;

	if (!cls)
		return NULL;
	if (!cls->p) {
		WARN(1, "%s called for class '%s' before it was initialized",
		     __func__, cls->name);
		return NULL;
	}
	class_dev_iter_init(&iter, cls, start, NULL);
	while ((dev = class_dev_iter_next(&iter))) {
		if (match(dev, data)) {
			get_device(dev);
			break;
		}
	}
	class_dev_iter_exit(&iter);
	return dev;
}
EXPORT_SYMBOL_GPL(class_find_device);

/* ---- Devices made in a class (core.c's in the kernel) ---- */

static void device_create_release(struct device *dev)
{
	kshim_kfree(dev);
}

/*
 * device_create_groups_vargs() at the driver's @site; @record: a device
 * of the module's own, reported if left at unload (misc.c's are its own).
 */
struct device *kshim_device_create_at(struct class *cls, struct device *parent,
				      dev_t devt, void *drvdata,
				      const struct attribute_group **groups,
				      bool record,
				      const struct kshim_site *site,
				      const char *fmt, va_list args)
{
	KSHIM_CALLER(site);
	struct node_rec *rec;
	struct device *dev;
	int retval;

	if (IS_ERR_OR_NULL(cls))
		return ERR_PTR(-ENODEV);
	dev = kshim_alloc(sizeof(*dev),
			  (__force unsigned int)(GFP_KERNEL | __GFP_ZERO), site,
			  "kzalloc");
	if (!dev)
		return ERR_PTR(-ENOMEM);
	device_initialize(dev);
	dev->devt = devt;
	dev->class = cls;
	dev->parent = parent;
	dev->groups = groups;
	dev->release = device_create_release;
	dev_set_drvdata(dev, drvdata);
	retval = kshim_dev_set_name_at(dev, site, fmt, args);
	/* device_add() makes dev->groups' files. */
	if (!retval)
		retval = device_add(dev);
	if (retval) {
		put_device(dev);
		return ERR_PTR(retval);
	}
	if (record) {
		rec = kshim_host_zalloc(sizeof(*rec));
		rec->dev = dev;
		rec->module = kshim_uspace_module();
		rec->site = site;
		list_add_tail(&rec->node, &node_recs);
	}
	return dev;
}

struct device *device_create(struct class *cls, struct device *parent,
			     dev_t devt, void *drvdata, const char *fmt, ...)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	struct device *dev;
	va_list vargs;

	va_start(vargs, fmt);
	dev = kshim_device_create_at(cls, parent, devt, drvdata, NULL, true,
				     site, fmt, vargs);
	va_end(vargs);
	return dev;
}
EXPORT_SYMBOL_GPL(device_create);

struct device *device_create_with_groups(struct class *cls,
					 struct device *parent, dev_t devt,
					 void *drvdata,
					 const struct attribute_group **groups,
					 const char *fmt, ...)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	struct device *dev;
	va_list vargs;

	va_start(vargs, fmt);
	dev = kshim_device_create_at(cls, parent, devt, drvdata, groups, true,
				     site, fmt, vargs);
	va_end(vargs);
	return dev;
}
EXPORT_SYMBOL_GPL(device_create_with_groups);

static void node_rec_forget(struct device *dev)
{
	struct node_rec *rec;

	list_for_each_entry(rec, &node_recs, node) {
		if (rec->dev == dev) {
			list_del(&rec->node);
			kshim_host_free(rec);
			return;
		}
	}
}

static int match_devt(struct device *dev, const void *devt)
{
	return dev->devt == *(const dev_t *)devt;
}

void device_destroy(struct class *cls, dev_t devt)
{
	struct device *dev = NULL;

	/* class_find_device_by_devt(), without a class's p to warn about. */
	if (cls && cls->p)
		dev = class_find_device(cls, NULL, &devt, match_devt);
	if (dev) {
		put_device(dev);
		node_rec_forget(dev);
		device_unregister(dev);
	}
}
EXPORT_SYMBOL_GPL(device_destroy);

/* ---- The harness: what a module left, and the reset ---- */

static bool same_module(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

/* A record whose device a driver unregistered itself is stale. */
static bool node_live(const struct node_rec *rec)
{
	struct device_private *p;

	list_for_each_entry(p, &kshim_devices, node)
		if (p->device == rec->dev)
			return p->registered;
	return false;
}

/* After the misc devices and the regions, before the cdevs: as the old half. */
void kshim_devclass_unload(const char *module, const char *when)
{
	struct node_rec *nrec, *tnrec;
	struct class_rec *rec, *trec;
	char name[96];

	list_for_each_entry_safe(nrec, tnrec, &node_recs, node) {
		if (!same_module(nrec->module, module))
			continue;
		if (!node_live(nrec)) {
			list_del(&nrec->node);
			kshim_host_free(nrec);
			continue;
		}
		snprintf(name, sizeof(name), "'%s' (%u:%u)",
			 dev_name(nrec->dev), MAJOR(nrec->dev->devt),
			 MINOR(nrec->dev->devt));
		kshim_uspace_leftover("device", name, nrec->site, module, when);
		list_del(&nrec->node);
		device_unregister(nrec->dev);
		kshim_host_free(nrec);
	}
	list_for_each_entry_safe(rec, trec, &classes, node) {
		if (!same_module(rec->module, module))
			continue;
		snprintf(name, sizeof(name), "'%s'", rec->cls->name);
		kshim_uspace_leftover("class", name, rec->site, module, when);
		class_forget(rec->cls, false);
	}
}

/* The devices are gone already (kshim_device_reset()), the classes' memory next. */
void kshim_devclass_reset(void)
{
	struct node_rec *nrec, *tnrec;
	struct class_rec *rec, *trec;

	list_for_each_entry_safe(nrec, tnrec, &node_recs, node)
		kshim_host_free(nrec);
	list_for_each_entry_safe(rec, trec, &classes, node) {
		/* A module's static class may be registered again. */
		rec->cls->p = NULL;
		kshim_host_free(rec);
	}
	INIT_LIST_HEAD(&node_recs);
	INIT_LIST_HEAD(&classes);
}
