/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Device classes, as far as character drivers use them: class_create() and
 * class_destroy(), and device_create()/device_destroy() for the device
 * nodes (which 6.1 declares in <linux/device.h>). A class has no sysfs
 * directory here; a device made with a number has a node, /dev/<name>.
 */
#ifndef _DEVICE_CLASS_H_
#define _DEVICE_CLASS_H_

#include <linux/kobject.h>
#include <linux/list.h>
#include <linux/types.h>
#include <kshim/kapi.h>

struct device;
struct module;
struct attribute_group;
struct kobj_uevent_env;
struct lock_class_key;

struct class {
	const char *name;
	struct module *owner;
	const struct attribute_group **class_groups;
	const struct attribute_group **dev_groups;
	struct kobject *dev_kobj;
	int (*dev_uevent)(struct device *dev, struct kobj_uevent_env *env);
	char *(*devnode)(struct device *dev, umode_t *mode);
	void (*class_release)(struct class *class);
	void (*dev_release)(struct device *dev);
	int (*shutdown_pre)(struct device *dev);
	/* kshim's own */
	struct list_head kshim_node;		/* registered classes */
	bool kshim_dynamic;			/* from class_create() */
	const char *kshim_module;
	const struct kshim_site *kshim_site;
};

struct class *kshim_class_create(struct module *owner, const char *name,
				 const struct kshim_site *site);
int kshim_class_register(struct class *class, const struct kshim_site *site);
void class_unregister(struct class *class);
void class_destroy(struct class *cls);

#define class_create(owner, name)	kshim_class_create(owner, name, KSHIM_SITE)
#define class_register(class)		kshim_class_register(class, KSHIM_SITE)

__printf(6, 7) struct device *
kshim_device_create(struct class *cls, struct device *parent, dev_t devt,
		    void *drvdata, const struct kshim_site *site,
		    const char *fmt, ...);
__printf(7, 8) struct device *
kshim_device_create_with_groups(struct class *cls, struct device *parent,
				dev_t devt, void *drvdata,
				const struct attribute_group **groups,
				const struct kshim_site *site,
				const char *fmt, ...);
void device_destroy(struct class *cls, dev_t devt);

#define device_create(cls, parent, devt, drvdata, fmt...)		\
	kshim_device_create(cls, parent, devt, drvdata, KSHIM_SITE, fmt)
#define device_create_with_groups(cls, parent, devt, drvdata, groups, fmt...) \
	kshim_device_create_with_groups(cls, parent, devt, drvdata, groups, \
					KSHIM_SITE, fmt)

#endif /* _DEVICE_CLASS_H_ */
