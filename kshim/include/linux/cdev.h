/* SPDX-License-Identifier: GPL-2.0-only */
/* Character devices: a range of device numbers served by one file_operations. */
#ifndef _LINUX_CDEV_H
#define _LINUX_CDEV_H

#include <linux/kobject.h>
#include <linux/kdev_t.h>
#include <linux/list.h>
#include <linux/fs.h>
#include <linux/device.h>
/* 6.1's device.h has these; kshim's does not include them (yet). */
#include <linux/device/class.h>

struct device;

struct cdev {
	struct kobject kobj;
	struct module *owner;
	const struct file_operations *ops;
	struct list_head list;
	dev_t dev;
	unsigned int count;
	/* kshim's own */
	bool kshim_dynamic;		/* from cdev_alloc(): cdev_del() frees it */
	struct list_head kshim_node;	/* on the map of added cdevs */
	const char *kshim_module;	/* the module that added it */
	const struct kshim_site *kshim_site;
};

void cdev_init(struct cdev *cdev, const struct file_operations *fops);
struct cdev *kshim_cdev_alloc(const struct kshim_site *site);
void cdev_put(struct cdev *p);
int kshim_cdev_add(struct cdev *p, dev_t dev, unsigned int count,
		   const struct kshim_site *site);
void cdev_set_parent(struct cdev *p, struct kobject *kobj);
int kshim_cdev_device_add(struct cdev *cdev, struct device *dev,
			  const struct kshim_site *site);
void cdev_device_del(struct cdev *cdev, struct device *dev);
void cdev_del(struct cdev *p);

#define cdev_alloc()		kshim_cdev_alloc(KSHIM_SITE)
#define cdev_add(p, dev, count)	kshim_cdev_add(p, dev, count, KSHIM_SITE)
#define cdev_device_add(cdev, dev) kshim_cdev_device_add(cdev, dev, KSHIM_SITE)

#endif /* _LINUX_CDEV_H */
