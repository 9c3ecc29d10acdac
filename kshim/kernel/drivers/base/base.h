/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the driver core's files share (drivers/base/base.h in the kernel):
 * the private parts behind dev->p, drv->p and a bus, which are the core's
 * own in the kernel too, so they can be kshim's bookkeeping here; and the
 * site-taking forms of the calls that the exported functions and the
 * core's own callers share.
 */
#ifndef _KSHIM_DRIVERS_BASE_H
#define _KSHIM_DRIVERS_BASE_H

#include <linux/device.h>
#include <linux/ioport.h>
#include <linux/list.h>
#include <kshim/kapi.h>
#include "../../internal.h"

#define KSHIM_DEV_MAX_FILES	16

/*
 * dev->p. Host memory, made by device_initialize(): never a fallible call
 * (kshim's old core has none there) and never a driver's leak.
 */
struct device_private {
	/* First: the list holds the record itself (valgrind: reachable). */
	struct list_head node;		/* every initialised device */
	struct device *device;
	struct list_head deferred;	/* on a deferred-probe list */
	char *defer_reason;		/* the device's memory */
	int probe_ret;
	bool registered;		/* between device_add() and device_del() */
	bool harness;			/* a test's device: host memory */
	const struct device_attribute *files[KSHIM_DEV_MAX_FILES];
	const struct attribute_group *groups[KSHIM_DEV_MAX_FILES];
};

/* drv->p: allocated at registration, the caller's fallible kzalloc(). */
struct driver_private {
	struct device_driver *driver;
	struct list_head node;		/* on its bus's drivers */
};

/* A bus's drivers; looked up by the bus, not kept in bus->p (see bus.c). */
struct subsys_private {
	struct list_head node;		/* first, as device_private's */
	struct bus_type *bus;
	struct list_head drivers;
};

/* Host memory and the harness's devices (host/device.c, host/io.c). */
void *kshim_host_zalloc(size_t size);
void kshim_host_free(void *p);
char *kshim_host_strdup(const char *s);
char *kshim_host_memdup(const void *p, size_t len);
void kshim_alloc_hold(const void *owner);
_Bool kshim_module_loaded(const char *name);
struct kshim_regs;
struct kshim_regs *kshim_mmio_attach(unsigned long long phys, size_t size);
struct kshim_regs *kshim_mmio_find(unsigned long long phys, size_t size);

/* kfree() from the core itself: an internal site, not an exported call's. */
#define kshim_kfree(p)	kshim_free((p), KSHIM_SITE, "kfree")

/* core.c */
extern struct list_head kshim_devices;
struct device *kshim_find_device(const char *name);
void kshim_core_enter(void);
void kshim_core_leave(void);
void kshim_dev_set_defer_reason(const struct device *dev,
				struct va_format *vaf);
int kshim_dev_set_name_at(struct device *dev, const struct kshim_site *site,
			  const char *fmt, va_list ap);
int kshim_device_add_groups(struct device *dev,
			    const struct attribute_group **groups);
void kshim_device_remove_groups(struct device *dev,
				const struct attribute_group **groups);

/* dd.c */
void kshim_deferred_reset(void);
void kshim_deferred_run(void);
int kshim_driver_match_device(struct device_driver *drv, struct device *dev);
void kshim_driver_attach(struct device_driver *drv);
int kshim_probe_count(int *last);

/* bus.c, driver.c */
struct subsys_private *kshim_bus_p(const struct bus_type *bus);
struct subsys_private *kshim_bus_get(struct bus_type *bus);
int kshim_driver_register(struct device_driver *drv,
			  const struct kshim_site *site);
int kshim_driver_live(const void *owner);
void kshim_bus_reset(void);

/* devres.c, resource.c */
int devres_release_all(struct device *dev);
void *kshim_dr_alloc(dr_release_t release, size_t size, gfp_t gfp,
		     const char *name, struct device *owner,
		     const struct kshim_site *site, const char *what);
void *kshim_devm_kmalloc_at(struct device *dev, size_t size, gfp_t gfp,
			    const struct kshim_site *site, const char *what);
char *kshim_devm_kstrdup_at(struct device *dev, const char *s, gfp_t gfp,
			    const struct kshim_site *site);
char *kshim_devm_kasprintf_at(struct device *dev, gfp_t gfp,
			      const struct kshim_site *site,
			      const char *fmt, ...) __printf(4, 5);
void __iomem *kshim_devm_ioremap_resource_at(struct device *dev,
					     const struct resource *res,
					     const struct kshim_site *site);
struct resource *kshim_request_region_at(struct resource *parent,
					 resource_size_t start,
					 resource_size_t n, const char *name,
					 int flags, struct device *owner,
					 const struct kshim_site *site);
void kshim_release_region_at(struct resource *parent, resource_size_t start,
			     resource_size_t n, const struct kshim_site *site);
struct resource *kshim_devm_request_region_at(struct device *dev,
					      struct resource *parent,
					      resource_size_t start,
					      resource_size_t n,
					      const char *name,
					      const struct kshim_site *site);
void kshim_devm_release_region_at(struct device *dev, struct resource *parent,
				  resource_size_t start, resource_size_t n,
				  const struct kshim_site *site);
const char *kshim_res_str(const struct resource *r, char *buf, size_t len);
void kshim_region_reset(void);

/* class.c: device_create() at a caller's site (misc.c's too). */
struct device *kshim_device_create_at(struct class *cls, struct device *parent,
				      dev_t devt, void *drvdata,
				      const struct attribute_group **groups,
				      bool record,
				      const struct kshim_site *site,
				      const char *fmt, va_list args);

/* platform.c, of/base.c */
void kshim_platform_reset(void);
void kshim_harness_free(struct device *dev);
void kshim_dt_reset(void);

#endif /* _KSHIM_DRIVERS_BASE_H */
