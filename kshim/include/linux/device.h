/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The device model: devices, drivers, buses, binding, managed resources
 * (devres) and device attributes, with 6.1's rules (drivers/base/core.c,
 * dd.c, devres.c). Binding is synchronous: probe runs inside the call that
 * made the match (driver_register(), device_add(), a test's bind), and
 * deferred probes are retried when that call ends, as the kernel's
 * deferred-probe work would retry them after a successful bind.
 */
#ifndef _DEVICE_H_
#define _DEVICE_H_

#include <linux/compiler.h>
#include <linux/types.h>
#include <linux/list.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/kobject.h>
#include <linux/sysfs.h>
#include <linux/ioport.h>
#include <linux/fwnode.h>
#include <linux/mod_devicetable.h>
#include <linux/dev_printk.h>
#include <kshim/kapi.h>

struct device;
struct device_driver;
struct device_node;
struct class;
struct dev_pm_ops;

/* include/linux/device/bus.h */
struct bus_type {
	const char *name;
	const char *dev_name;
	const struct attribute_group **bus_groups;
	const struct attribute_group **dev_groups;
	const struct attribute_group **drv_groups;
	int (*match)(struct device *dev, struct device_driver *drv);
	int (*probe)(struct device *dev);
	void (*sync_state)(struct device *dev);
	void (*remove)(struct device *dev);
	void (*shutdown)(struct device *dev);
	const struct dev_pm_ops *pm;
	bool need_parent_lock;
	/* kshim: the bus's drivers, in registration order */
	struct list_head kshim_drivers;
};

enum probe_type {
	PROBE_DEFAULT_STRATEGY,
	PROBE_PREFER_ASYNCHRONOUS,
	PROBE_FORCE_SYNCHRONOUS,
};

struct acpi_device_id;

/* include/linux/pm.h: kshim has no power management; these only compile. */
typedef struct pm_message {
	int event;
} pm_message_t;

/* include/linux/device/driver.h */
struct device_driver {
	const char *name;
	struct bus_type *bus;
	struct module *owner;
	const char *mod_name;
	bool suppress_bind_attrs;
	enum probe_type probe_type;
	const struct of_device_id *of_match_table;
	const struct acpi_device_id *acpi_match_table;
	int (*probe)(struct device *dev);
	void (*sync_state)(struct device *dev);
	int (*remove)(struct device *dev);
	void (*shutdown)(struct device *dev);
	const struct attribute_group **groups;
	const struct attribute_group **dev_groups;
	const struct dev_pm_ops *pm;
	void (*coredump)(struct device *dev);
	struct driver_private *p;
};

struct device_type {
	const char *name;
	const struct attribute_group **groups;
	void (*release)(struct device *dev);
};

struct device_attribute {
	struct attribute attr;
	ssize_t (*show)(struct device *dev, struct device_attribute *attr,
			char *buf);
	ssize_t (*store)(struct device *dev, struct device_attribute *attr,
			 const char *buf, size_t count);
};

#define DEVICE_ATTR(_name, _mode, _show, _store) \
	struct device_attribute dev_attr_##_name = __ATTR(_name, _mode, _show, _store)
#define DEVICE_ATTR_PREALLOC(_name, _mode, _show, _store) \
	DEVICE_ATTR(_name, _mode, _show, _store)
#define DEVICE_ATTR_RW(_name) \
	struct device_attribute dev_attr_##_name = __ATTR_RW(_name)
#define DEVICE_ATTR_ADMIN_RW(_name) \
	struct device_attribute dev_attr_##_name = __ATTR_RW_MODE(_name, 0600)
#define DEVICE_ATTR_RO(_name) \
	struct device_attribute dev_attr_##_name = __ATTR_RO(_name)
#define DEVICE_ATTR_ADMIN_RO(_name) \
	struct device_attribute dev_attr_##_name = __ATTR_RO_MODE(_name, 0400)
#define DEVICE_ATTR_WO(_name) \
	struct device_attribute dev_attr_##_name = __ATTR_WO(_name)

#define KSHIM_DEV_MAX_FILES	16

struct device {
	struct kobject kobj;
	struct device *parent;
	const char *init_name;
	const struct device_type *type;
	struct bus_type *bus;
	struct device_driver *driver;
	void *platform_data;
	void *driver_data;
	struct list_head devres_head;
	struct device_node *of_node;
	struct fwnode_handle *fwnode;
	u64 *dma_mask;
	u64 coherent_dma_mask;
	dev_t devt;
	u32 id;
	struct class *class;
	const struct attribute_group **groups;
	void (*release)(struct device *dev);
	bool of_node_reused:1;
	bool offline_disabled:1;
	bool offline:1;

	/* kshim's own: what the kernel keeps in struct device_private */
	struct list_head kshim_node;		/* every live device */
	struct list_head kshim_deferred;	/* on the deferred-probe list */
	bool kshim_registered;			/* between device_add and _del */
	bool kshim_harness;			/* made by a test: not its memory */
	int kshim_probe_ret;			/* the last probe's result */
	char *kshim_defer_reason;		/* dev_err_probe()'s -EPROBE_DEFER text */
	const struct device_attribute *kshim_files[KSHIM_DEV_MAX_FILES];
	const struct attribute_group *kshim_groups[KSHIM_DEV_MAX_FILES];
};

static inline const char *dev_name(const struct device *dev)
{
	/* Use the init name until the kobject becomes available. */
	if (dev->init_name)
		return dev->init_name;
	return kobject_name(&dev->kobj);
}

static inline const char *dev_bus_name(const struct device *dev)
{
	return dev->bus ? dev->bus->name : "";
}

const char *dev_driver_string(const struct device *dev);

static inline void *dev_get_drvdata(const struct device *dev)
{
	return dev->driver_data;
}

static inline void dev_set_drvdata(struct device *dev, void *data)
{
	dev->driver_data = data;
}

static inline void *dev_get_platdata(const struct device *dev)
{
	return dev->platform_data;
}

static inline struct device_node *dev_of_node(struct device *dev)
{
	return dev->of_node;
}

static inline bool device_is_registered(struct device *dev)
{
	return dev->kshim_registered;
}

static inline int dev_to_node(struct device *dev)
{
	return -1;	/* NUMA_NO_NODE */
}

static inline void device_lock(struct device *dev) { }
static inline int device_trylock(struct device *dev) { return 1; }
static inline void device_unlock(struct device *dev) { }
static inline void device_lock_assert(struct device *dev) { }

__printf(2, 3) int dev_set_name(struct device *dev, const char *name, ...);

void device_initialize(struct device *dev);
int __must_check device_add(struct device *dev);
void device_del(struct device *dev);
int __must_check device_register(struct device *dev);
void device_unregister(struct device *dev);
struct device *get_device(struct device *dev);
void put_device(struct device *dev);

int __must_check device_attach(struct device *dev);
void device_release_driver(struct device *dev);
int __must_check device_driver_attach(struct device_driver *drv,
				      struct device *dev);
bool device_is_bound(struct device *dev);

int __must_check driver_register(struct device_driver *drv);
int __must_check kshim_driver_register(struct device_driver *drv,
				       const struct kshim_site *site);
#define driver_register(drv)	kshim_driver_register((drv), KSHIM_SITE)
void driver_unregister(struct device_driver *drv);
struct device_driver *driver_find(const char *name, struct bus_type *bus);
int driver_for_each_device(struct device_driver *drv, struct device *start,
			   void *data, int (*fn)(struct device *dev, void *));
int bus_register(struct bus_type *bus);
void bus_unregister(struct bus_type *bus);
int bus_for_each_dev(struct bus_type *bus, struct device *start, void *data,
		     int (*fn)(struct device *dev, void *data));
struct device *bus_find_device_by_name(struct bus_type *bus,
				       struct device *start, const char *name);
void driver_deferred_probe_check_state(struct device *dev);

int __must_check device_create_file(struct device *device,
				    const struct device_attribute *entry);
void device_remove_file(struct device *dev,
			const struct device_attribute *attr);
int __must_check device_add_groups(struct device *dev,
				   const struct attribute_group **groups);
void device_remove_groups(struct device *dev,
			  const struct attribute_group **groups);
static inline int device_add_group(struct device *dev,
				   const struct attribute_group *grp)
{
	const struct attribute_group *groups[] = { grp, NULL };

	return device_add_groups(dev, groups);
}

static inline void device_remove_group(struct device *dev,
				       const struct attribute_group *grp)
{
	const struct attribute_group *groups[] = { grp, NULL };

	device_remove_groups(dev, groups);
}

/* ---- Managed resources (devres) ---- */

typedef void (*dr_release_t)(struct device *dev, void *res);
typedef int (*dr_match_t)(struct device *dev, void *res, void *match_data);

void *kshim_devres_alloc(dr_release_t release, size_t size, gfp_t gfp,
			 const char *name, const struct kshim_site *site);
#define devres_alloc(release, size, gfp)				\
	kshim_devres_alloc((release), (size), (gfp), #release, KSHIM_SITE)
#define devres_alloc_node(release, size, gfp, nid)			\
	devres_alloc(release, size, gfp)
void devres_free(void *res);
void devres_add(struct device *dev, void *res);
void *devres_find(struct device *dev, dr_release_t release,
		  dr_match_t match, void *match_data);
void *devres_get(struct device *dev, void *new_res,
		 dr_match_t match, void *match_data);
void *devres_remove(struct device *dev, dr_release_t release,
		    dr_match_t match, void *match_data);
int devres_destroy(struct device *dev, dr_release_t release,
		   dr_match_t match, void *match_data);
int devres_release(struct device *dev, dr_release_t release,
		   dr_match_t match, void *match_data);
int devres_release_all(struct device *dev);

void *kshim_devm_kmalloc(struct device *dev, size_t size, gfp_t gfp,
			 const struct kshim_site *site, const char *what);
void *kshim_devm_kmalloc_array(struct device *dev, size_t n, size_t size,
			       gfp_t gfp, const struct kshim_site *site,
			       const char *what);
void *kshim_devm_krealloc(struct device *dev, void *ptr, size_t size,
			  gfp_t gfp, const struct kshim_site *site);
char *kshim_devm_kstrdup(struct device *dev, const char *s, gfp_t gfp,
			 const struct kshim_site *site);
const char *kshim_devm_kstrdup_const(struct device *dev, const char *s,
				     gfp_t gfp, const struct kshim_site *site);
void *kshim_devm_kmemdup(struct device *dev, const void *src, size_t len,
			 gfp_t gfp, const struct kshim_site *site);
__printf(4, 5)
char *kshim_devm_kasprintf(struct device *dev, gfp_t gfp,
			   const struct kshim_site *site, const char *fmt, ...);
__printf(4, 0)
char *kshim_devm_kvasprintf(struct device *dev, gfp_t gfp,
			    const struct kshim_site *site, const char *fmt,
			    va_list ap);
void devm_kfree(struct device *dev, const void *p);
int kshim_devm_add_action(struct device *dev, void (*action)(void *),
			  void *data, const char *name,
			  const struct kshim_site *site);
void devm_remove_action(struct device *dev, void (*action)(void *), void *data);
void devm_release_action(struct device *dev, void (*action)(void *), void *data);

#define devm_kmalloc(dev, size, gfp)					\
	kshim_devm_kmalloc((dev), (size), (gfp), KSHIM_SITE, "devm_kmalloc")
#define devm_kzalloc(dev, size, gfp)					\
	kshim_devm_kmalloc((dev), (size), (gfp) | __GFP_ZERO, KSHIM_SITE, \
			   "devm_kzalloc")
#define devm_kmalloc_array(dev, n, size, gfp)				\
	kshim_devm_kmalloc_array((dev), (n), (size), (gfp), KSHIM_SITE,	\
				 "devm_kmalloc_array")
#define devm_kcalloc(dev, n, size, gfp)					\
	kshim_devm_kmalloc_array((dev), (n), (size), (gfp) | __GFP_ZERO, \
				 KSHIM_SITE, "devm_kcalloc")
#define devm_krealloc(dev, ptr, size, gfp)				\
	kshim_devm_krealloc((dev), (ptr), (size), (gfp), KSHIM_SITE)
#define devm_kstrdup(dev, s, gfp)					\
	kshim_devm_kstrdup((dev), (s), (gfp), KSHIM_SITE)
#define devm_kstrdup_const(dev, s, gfp)					\
	kshim_devm_kstrdup_const((dev), (s), (gfp), KSHIM_SITE)
#define devm_kmemdup(dev, src, len, gfp)				\
	kshim_devm_kmemdup((dev), (src), (len), (gfp), KSHIM_SITE)
#define devm_kasprintf(dev, gfp, fmt, ...)				\
	kshim_devm_kasprintf((dev), (gfp), KSHIM_SITE, fmt, ##__VA_ARGS__)
#define devm_kvasprintf(dev, gfp, fmt, ap)				\
	kshim_devm_kvasprintf((dev), (gfp), KSHIM_SITE, fmt, ap)
#define devm_add_action(dev, action, data)				\
	kshim_devm_add_action((dev), (action), (data), #action, KSHIM_SITE)

static inline int kshim_devm_add_action_or_reset(struct device *dev,
						 void (*action)(void *),
						 void *data, const char *name,
						 const struct kshim_site *site)
{
	int ret = kshim_devm_add_action(dev, action, data, name, site);

	if (ret)
		action(data);
	return ret;
}
#define devm_add_action_or_reset(dev, action, data)			\
	kshim_devm_add_action_or_reset((dev), (action), (data), #action,	\
				       KSHIM_SITE)

void __iomem *kshim_devm_ioremap_resource(struct device *dev,
					  const struct resource *res,
					  const struct kshim_site *site);
#define devm_ioremap_resource(dev, res)					\
	kshim_devm_ioremap_resource((dev), (res), KSHIM_SITE)
#define devm_ioremap_resource_wc(dev, res)	devm_ioremap_resource(dev, res)

/* ---- Device-attribute and driver helpers ---- */

#define module_driver(__driver, __register, __unregister, ...)		\
static int __init __driver##_init(void)					\
{									\
	return __register(&(__driver), ##__VA_ARGS__);			\
}									\
module_init(__driver##_init);						\
static void __exit __driver##_exit(void)				\
{									\
	__unregister(&(__driver), ##__VA_ARGS__);			\
}									\
module_exit(__driver##_exit);

#define builtin_driver(__driver, __register, ...)			\
static int __init __driver##_init(void)					\
{									\
	return __register(&(__driver), ##__VA_ARGS__);			\
}									\
device_initcall(__driver##_init);

#define dev_WARN(dev, format, arg...)					\
	WARN(1, "%s %s: " format, dev_driver_string(dev), dev_name(dev), ## arg)
#define dev_WARN_ONCE(dev, condition, format, arg...)			\
	WARN_ONCE(condition, "%s %s: " format,				\
		  dev_driver_string(dev), dev_name(dev), ## arg)

#endif /* _DEVICE_H_ */
