/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Between kshim's device core (kernel/device.c, platform.c, property.c,
 * compiled against the kernel headers) and its host side (host/device.c).
 * Plain C types only.
 */
#ifndef _KSHIM_DEVAPI_H
#define _KSHIM_DEVAPI_H

#ifdef __KERNEL__
#include <linux/types.h>	/* size_t: -nostdinc has no <stddef.h> */
#else
#include <stddef.h>
#endif

/* Host memory for what a test builds (devices, nodes): never a leak. */
void *kshim_host_zalloc(size_t size);
void kshim_host_free(void *p);
char *kshim_host_strdup(const char *s);
char *kshim_host_memdup(const void *p, size_t len);

/* Forget every device, driver and node: the simulated kernel is new. */
void kshim_device_reset(void);
void kshim_dt_reset(void);
void kshim_region_reset(void);
/* Is @owner a live device (its devm memory then is no leak)? */
int kshim_device_live(const void *owner);
/* kshim's bookkeeping allocations made until kshim_alloc_hold(NULL) are @owner's. */
void kshim_alloc_hold(const void *owner);

/* The kernel side of the harness calls that run driver code. */
int __kshim_device_bind(const char *dev, const char *driver);
int __kshim_device_unbind(const char *dev);
int __kshim_attr_read(const char *dev, const char *attr, char *buf, size_t len);
int __kshim_attr_write(const char *dev, const char *attr, const char *val);
struct kshim_res;
struct kshim_dt_node;
const char *__kshim_platform_device_add(const char *name, int id,
					const struct kshim_res *res, size_t nres,
					struct kshim_dt_node *np);
int __kshim_platform_device_remove(const char *dev);
/* The module of the driver bound to (or named) @name, for crash reports. */
const char *__kshim_device_module(const char *dev, const char *driver);

/* Between the kernel-side files (device.c, platform.c). */
struct device;
struct device *kshim_find_device(const char *name);	/* registered, by name */
void kshim_harness_free(struct device *dev);		/* a test's device, at reset */
void kshim_platform_reset(void);

#endif /* _KSHIM_DEVAPI_H */
