// SPDX-License-Identifier: GPL-2.0-only
/*
 * The platform bus (drivers/base/platform.c) for modules built against the
 * kernel's own headers: devices and their resources, matching
 * (driver_override, OF, id_table, name), probe and remove, and the
 * platform devices a test or `--platform` describes as firmware would.
 */
#include <linux/dma-mapping.h>
#include <linux/err.h>
#include <linux/of.h>
#include <linux/of_device.h>
#include <linux/platform_device.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "base.h"

struct device platform_bus = {
	.init_name	= "platform",
};
EXPORT_SYMBOL_GPL(platform_bus);

static int platform_devid_next;

struct platform_object {
	struct platform_device pdev;
	char name[];
};

static void *memdup_at(const void *src, size_t len,
		       const struct kshim_site *site)
{
	void *p = kshim_alloc(len, (__force unsigned int)GFP_KERNEL, site,
			      "kmemdup");

	if (p)
		memcpy(p, src, len);
	return p;
}

static void platform_device_release(struct device *dev)
{
	struct platform_object *pa = container_of(dev, struct platform_object,
						  pdev.dev);

	kshim_kfree(pa->pdev.dev.platform_data);
	kshim_kfree(pa->pdev.resource);
	kshim_kfree(pa->pdev.driver_override);
	kshim_kfree(pa);
}

static struct platform_device *device_alloc_at(const char *name, int id,
					       const struct kshim_site *site)
{
	struct platform_object *pa;
	size_t len = strlen(name);

	pa = kshim_alloc(sizeof(*pa) + len + 1,
			 (__force unsigned int)(GFP_KERNEL | __GFP_ZERO), site,
			 "kzalloc");
	if (!pa)
		return NULL;
	memcpy(pa->name, name, len + 1);
	pa->pdev.name = pa->name;
	pa->pdev.id = id;
	device_initialize(&pa->pdev.dev);
	pa->pdev.dev.release = platform_device_release;
	pa->pdev.platform_dma_mask = DMA_BIT_MASK(32);
	pa->pdev.dev.dma_mask = &pa->pdev.platform_dma_mask;
	pa->pdev.dev.coherent_dma_mask = pa->pdev.platform_dma_mask;
	return &pa->pdev;
}

struct platform_device *platform_device_alloc(const char *name, int id)
{
	return device_alloc_at(name, id, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(platform_device_alloc);

static int add_resources_at(struct platform_device *pdev,
			    const struct resource *res, unsigned int num,
			    const struct kshim_site *site)
{
	struct resource *r = NULL;

	if (res) {
		r = memdup_at(res, sizeof(*res) * num, site);
		if (!r)
			return -ENOMEM;
	}
	kshim_kfree(pdev->resource);
	pdev->resource = r;
	pdev->num_resources = num;
	return 0;
}

int platform_device_add_resources(struct platform_device *pdev,
				  const struct resource *res, unsigned int num)
{
	return add_resources_at(pdev, res, num, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(platform_device_add_resources);

static int add_data_at(struct platform_device *pdev, const void *data,
		       size_t size, const struct kshim_site *site)
{
	void *d = NULL;

	if (data) {
		d = memdup_at(data, size, site);
		if (!d)
			return -ENOMEM;
	}
	kshim_kfree(pdev->dev.platform_data);
	pdev->dev.platform_data = d;
	return 0;
}

int platform_device_add_data(struct platform_device *pdev, const void *data,
			     size_t size)
{
	return add_data_at(pdev, data, size, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(platform_device_add_data);

/* platform_device_add() once the device has its name. */
static int platform_device_add_named(struct platform_device *pdev,
				     const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	u32 i;

	for (i = 0; i < pdev->num_resources; i++)
		if (!pdev->resource[i].name)
			pdev->resource[i].name = dev_name(&pdev->dev);
	pr_debug("Registering platform device '%s'. Parent at %s\n",
		 dev_name(&pdev->dev), dev_name(pdev->dev.parent));
	return device_add(&pdev->dev);
}

static int set_name_at(struct device *dev, const struct kshim_site *site,
		       const char *fmt, ...)
{
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = kshim_dev_set_name_at(dev, site, fmt, ap);
	va_end(ap);
	return ret;
}

static int pdev_add_at(struct platform_device *pdev,
		       const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	int ret;

	if (!pdev)
		return -EINVAL;
	if (!pdev->dev.parent)
		pdev->dev.parent = &platform_bus;
	pdev->dev.bus = &platform_bus_type;

	switch (pdev->id) {
	default:
		ret = set_name_at(&pdev->dev, site, "%s.%d", pdev->name,
				  pdev->id);
		break;
	case PLATFORM_DEVID_NONE:
		ret = set_name_at(&pdev->dev, site, "%s", pdev->name);
		break;
	case PLATFORM_DEVID_AUTO:
		/* An ida in the kernel; a counter is as good here. */
		pdev->id = platform_devid_next++;
		pdev->id_auto = true;
		ret = set_name_at(&pdev->dev, site, "%s.%d.auto", pdev->name,
				  pdev->id);
		break;
	}
	if (!ret)
		ret = platform_device_add_named(pdev, site);
	if (ret && pdev->id_auto)
		pdev->id = PLATFORM_DEVID_AUTO;
	return ret;
}

int platform_device_add(struct platform_device *pdev)
{
	return pdev_add_at(pdev, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(platform_device_add);

void platform_device_del(struct platform_device *pdev)
{
	if (IS_ERR_OR_NULL(pdev))
		return;
	device_del(&pdev->dev);
	if (pdev->id_auto)
		pdev->id = PLATFORM_DEVID_AUTO;
}
EXPORT_SYMBOL_GPL(platform_device_del);

void platform_device_put(struct platform_device *pdev)
{
	if (!IS_ERR_OR_NULL(pdev))
		put_device(&pdev->dev);
}
EXPORT_SYMBOL_GPL(platform_device_put);

void platform_device_unregister(struct platform_device *pdev)
{
	if (IS_ERR_OR_NULL(pdev))
		return;
	platform_device_del(pdev);
	platform_device_put(pdev);
}
EXPORT_SYMBOL_GPL(platform_device_unregister);

static int device_register_at(struct platform_device *pdev,
			      const struct kshim_site *site)
{
	device_initialize(&pdev->dev);
	if (!pdev->dev.dma_mask) {
		pdev->platform_dma_mask = DMA_BIT_MASK(32);
		pdev->dev.dma_mask = &pdev->platform_dma_mask;
		pdev->dev.coherent_dma_mask = pdev->platform_dma_mask;
	}
	return pdev_add_at(pdev, site);
}

int platform_device_register(struct platform_device *pdev)
{
	return device_register_at(pdev, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(platform_device_register);

int platform_add_devices(struct platform_device **devs, int num)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	int i, ret = 0;

	for (i = 0; i < num; i++) {
		ret = device_register_at(devs[i], site);
		if (ret) {
			while (--i >= 0)
				platform_device_unregister(devs[i]);
			break;
		}
	}
	return ret;
}
EXPORT_SYMBOL_GPL(platform_add_devices);

struct platform_device *
platform_device_register_full(const struct platform_device_info *pdevinfo)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	KSHIM_CALLER(site);
	struct platform_device *pdev;
	int ret;

	pdev = device_alloc_at(pdevinfo->name, pdevinfo->id, site);
	if (!pdev)
		return ERR_PTR(-ENOMEM);
	pdev->dev.parent = pdevinfo->parent;
	pdev->dev.fwnode = pdevinfo->fwnode;
	pdev->dev.of_node = of_node_get(to_of_node(pdev->dev.fwnode));
	pdev->dev.of_node_reused = pdevinfo->of_node_reused;
	if (pdevinfo->dma_mask) {
		pdev->platform_dma_mask = pdevinfo->dma_mask;
		pdev->dev.coherent_dma_mask = pdevinfo->dma_mask;
	}
	ret = add_resources_at(pdev, pdevinfo->res, pdevinfo->num_res, site);
	if (ret)
		goto err;
	ret = add_data_at(pdev, pdevinfo->data, pdevinfo->size_data, site);
	if (ret)
		goto err;
	ret = pdev_add_at(pdev, site);
	if (ret)
		goto err;
	return pdev;
err:
	platform_device_put(pdev);
	return ERR_PTR(ret);
}
EXPORT_SYMBOL_GPL(platform_device_register_full);

/* ---- Resources ---- */

struct resource *platform_get_resource(struct platform_device *dev,
				       unsigned int type, unsigned int num)
{
	u32 i;

	for (i = 0; i < dev->num_resources; i++) {
		struct resource *r = &dev->resource[i];

		if (type == resource_type(r) && num-- == 0)
			return r;
	}
	return NULL;
}
EXPORT_SYMBOL_GPL(platform_get_resource);

struct resource *platform_get_mem_or_io(struct platform_device *dev,
					unsigned int num)
{
	u32 i;

	for (i = 0; i < dev->num_resources; i++) {
		struct resource *r = &dev->resource[i];

		if ((resource_type(r) & (IORESOURCE_MEM | IORESOURCE_IO)) &&
		    num-- == 0)
			return r;
	}
	return NULL;
}
EXPORT_SYMBOL_GPL(platform_get_mem_or_io);

struct resource *platform_get_resource_byname(struct platform_device *dev,
					      unsigned int type,
					      const char *name)
{
	u32 i;

	for (i = 0; i < dev->num_resources; i++) {
		struct resource *r = &dev->resource[i];

		if (unlikely(!r->name))
			continue;
		if (type == resource_type(r) && !strcmp(r->name, name))
			return r;
	}
	return NULL;
}
EXPORT_SYMBOL_GPL(platform_get_resource_byname);

int platform_get_irq_optional(struct platform_device *dev, unsigned int num)
{
	struct resource *r = platform_get_resource(dev, IORESOURCE_IRQ, num);
	int ret = r ? (int)r->start : -ENXIO;

	if (WARN(!ret, "0 is an invalid IRQ number\n"))
		return -EINVAL;
	return ret;
}
EXPORT_SYMBOL_GPL(platform_get_irq_optional);

int platform_get_irq(struct platform_device *dev, unsigned int num)
{
	int ret = platform_get_irq_optional(dev, num);

	if (ret < 0)
		return dev_err_probe(&dev->dev, ret, "IRQ index %u not found\n",
				     num);
	return ret;
}
EXPORT_SYMBOL_GPL(platform_get_irq);

int platform_irq_count(struct platform_device *dev)
{
	int ret, nr = 0;

	while ((ret = platform_get_irq_optional(dev, nr)) >= 0)
		nr++;
	if (ret == -EPROBE_DEFER)
		return ret;
	return nr;
}
EXPORT_SYMBOL_GPL(platform_irq_count);

static int __platform_get_irq_byname(struct platform_device *dev,
				     const char *name)
{
	struct resource *r = platform_get_resource_byname(dev, IORESOURCE_IRQ,
							  name);

	if (r) {
		if (WARN(!r->start, "0 is an invalid IRQ number\n"))
			return -EINVAL;
		return r->start;
	}
	return -ENXIO;
}

int platform_get_irq_byname(struct platform_device *dev, const char *name)
{
	int ret = __platform_get_irq_byname(dev, name);

	if (ret < 0)
		return dev_err_probe(&dev->dev, ret, "IRQ %s not found\n", name);
	return ret;
}
EXPORT_SYMBOL_GPL(platform_get_irq_byname);

int platform_get_irq_byname_optional(struct platform_device *dev,
				     const char *name)
{
	return __platform_get_irq_byname(dev, name);
}
EXPORT_SYMBOL_GPL(platform_get_irq_byname_optional);

void __iomem *
devm_platform_get_and_ioremap_resource(struct platform_device *pdev,
				       unsigned int index, struct resource **res)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	struct resource *r = platform_get_resource(pdev, IORESOURCE_MEM, index);

	if (res)
		*res = r;
	return kshim_devm_ioremap_resource_at(&pdev->dev, r, site);
}
EXPORT_SYMBOL_GPL(devm_platform_get_and_ioremap_resource);

void __iomem *devm_platform_ioremap_resource(struct platform_device *pdev,
					     unsigned int index)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	struct resource *r = platform_get_resource(pdev, IORESOURCE_MEM, index);

	return kshim_devm_ioremap_resource_at(&pdev->dev, r, site);
}
EXPORT_SYMBOL_GPL(devm_platform_ioremap_resource);

void __iomem *
devm_platform_ioremap_resource_byname(struct platform_device *pdev,
				      const char *name)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	struct resource *r = platform_get_resource_byname(pdev, IORESOURCE_MEM,
							  name);

	return kshim_devm_ioremap_resource_at(&pdev->dev, r, site);
}
EXPORT_SYMBOL_GPL(devm_platform_ioremap_resource_byname);

/* ---- The bus ---- */

static const struct platform_device_id *
platform_match_id(const struct platform_device_id *id,
		  struct platform_device *pdev)
{
	while (id->name[0]) {
		if (strcmp(pdev->name, id->name) == 0) {
			pdev->id_entry = id;
			return id;
		}
		id++;
	}
	return NULL;
}

static int platform_match(struct device *dev, struct device_driver *drv)
{
	struct platform_device *pdev = to_platform_device(dev);
	struct platform_driver *pdrv = to_platform_driver(drv);

	/* When driver_override is set, only bind to the matching driver */
	if (pdev->driver_override)
		return !strcmp(pdev->driver_override, drv->name);
	if (of_driver_match_device(dev, drv))
		return 1;
	/* ACPI: kshim has none. */
	if (pdrv->id_table)
		return platform_match_id(pdrv->id_table, pdev) != NULL;
	return strcmp(pdev->name, drv->name) == 0;
}

/* What platform_driver_probe() leaves as .probe: no binding later. */
static int platform_probe_fail(struct platform_device *pdev)
{
	return -ENXIO;
}

static int platform_probe(struct device *_dev)
{
	struct platform_driver *drv = to_platform_driver(_dev->driver);
	struct platform_device *dev = to_platform_device(_dev);
	int ret = 0;

	if (unlikely(drv->probe == platform_probe_fail))
		return -ENXIO;
	if (drv->probe)
		ret = drv->probe(dev);
	if (drv->prevent_deferred_probe && ret == -EPROBE_DEFER) {
		dev_warn(_dev, "probe deferral not supported\n");
		ret = -ENXIO;
	}
	return ret;
}

static void platform_remove(struct device *_dev)
{
	struct platform_driver *drv = to_platform_driver(_dev->driver);
	struct platform_device *dev = to_platform_device(_dev);

	if (drv->remove) {
		int ret = drv->remove(dev);

		if (ret)
			dev_warn(_dev, "remove callback returned a non-zero value. This will be ignored.\n");
	}
}

static ssize_t driver_override_show(struct device *dev,
				    struct device_attribute *attr, char *buf)
{
	struct platform_device *pdev = to_platform_device(dev);

	return sysfs_emit(buf, "%s\n", pdev->driver_override);
}

/* driver_set_override(): "" or "\n" clears it. */
static ssize_t driver_override_store(struct device *dev,
				     struct device_attribute *attr,
				     const char *buf, size_t count)
{
	struct platform_device *pdev = to_platform_device(dev);
	const char *old = pdev->driver_override, *cp;
	size_t len = count;
	char *new;

	if (len >= (PAGE_SIZE - 1))
		return -EINVAL;
	len = strlen(buf);
	if (!len) {
		pdev->driver_override = NULL;
		kshim_kfree(old);
		return count;
	}
	cp = strnchr(buf, len, '\n');
	if (cp)
		len = cp - buf;
	/* The device's own memory: no leak while the device lives. */
	new = kshim_alloc_ex(len + 1, 0, (__force unsigned int)GFP_KERNEL, dev,
			     KSHIM_SITE, "kstrndup");
	if (!new)
		return -ENOMEM;
	memcpy(new, buf, len);
	new[len] = '\0';
	if (cp != buf) {
		pdev->driver_override = new;
	} else {
		kshim_kfree(new);
		pdev->driver_override = NULL;
	}
	kshim_kfree(old);
	return count;
}
static DEVICE_ATTR_RW(driver_override);

static struct attribute *platform_dev_attrs[] = {
	&dev_attr_driver_override.attr,
	NULL,
};
ATTRIBUTE_GROUPS(platform_dev);

struct bus_type platform_bus_type = {
	.name		= "platform",
	.dev_groups	= platform_dev_groups,
	.match		= platform_match,
	.probe		= platform_probe,
	.remove		= platform_remove,
};
EXPORT_SYMBOL_GPL(platform_bus_type);

static int platform_driver_register_at(struct platform_driver *drv,
				       struct module *owner,
				       const struct kshim_site *site)
{
	drv->driver.owner = owner;
	drv->driver.bus = &platform_bus_type;
	return kshim_driver_register(&drv->driver, site);
}

int __platform_driver_register(struct platform_driver *drv,
			       struct module *owner)
{
	return platform_driver_register_at(drv, owner, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(__platform_driver_register);

void platform_driver_unregister(struct platform_driver *drv)
{
	driver_unregister(&drv->driver);
}
EXPORT_SYMBOL_GPL(platform_driver_unregister);

static int count_device(struct device *dev, void *data)
{
	(*(int *)data)++;
	return 0;
}

int __platform_driver_probe(struct platform_driver *drv,
			    int (*probe)(struct platform_device *),
			    struct module *module)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	int retval, code, bound = 0;

	if (drv->driver.probe_type == PROBE_PREFER_ASYNCHRONOUS) {
		pr_err("%s: drivers registered with %s can not be probed asynchronously\n",
		       drv->driver.name, __func__);
		return -EINVAL;
	}
	/* Probe happens now or never: no deferral, no bind from user space. */
	drv->prevent_deferred_probe = true;
	drv->driver.suppress_bind_attrs = true;
	drv->probe = probe;
	retval = code = platform_driver_register_at(drv, module, site);
	if (retval)
		return retval;
	drv->probe = platform_probe_fail;
	if (driver_for_each_device(&drv->driver, NULL, &bound, count_device))
		bound = 0;
	if (code == 0 && !bound)
		retval = -ENODEV;
	if (code != retval)
		platform_driver_unregister(drv);
	return retval;
}
EXPORT_SYMBOL_GPL(__platform_driver_probe);

int __platform_register_drivers(struct platform_driver * const *drivers,
				unsigned int count, struct module *owner)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	unsigned int i;
	int err;

	for (i = 0; i < count; i++) {
		pr_debug("registering platform driver %ps\n", drivers[i]);
		err = platform_driver_register_at(drivers[i], owner, site);
		if (err < 0) {
			pr_err("failed to register platform driver %ps: %d\n",
			       drivers[i], err);
			while (i--) {
				pr_debug("unregistering platform driver %ps\n",
					 drivers[i]);
				platform_driver_unregister(drivers[i]);
			}
			return err;
		}
	}
	return 0;
}
EXPORT_SYMBOL_GPL(__platform_register_drivers);

void platform_unregister_drivers(struct platform_driver * const *drivers,
				 unsigned int count)
{
	while (count--) {
		pr_debug("unregistering platform driver %ps\n", drivers[count]);
		platform_driver_unregister(drivers[count]);
	}
}
EXPORT_SYMBOL_GPL(platform_unregister_drivers);

/* ---- Devices a test describes ---- */

#define HARNESS_MAX_RES		16
#define HARNESS_MAX_BLOCKS	64

/* kshim/kshim.h's struct kshim_res, which is plain C. */
struct kshim_res {
	int type;			/* 0 memory, 1 IRQ */
	unsigned long long start;
	unsigned long long size;
	const char *name;
};
#define KSHIM_RES_MEM	0

struct harness_pdev {
	struct platform_device pdev;
	struct resource res[HARNESS_MAX_RES];
	struct kshim_regs *regs[HARNESS_MAX_RES];	/* by memory index */
};

/* The register blocks made for devices, shared by devices that overlap. */
static struct {
	unsigned long long start, size;
	struct kshim_regs *regs;
} blocks[HARNESS_MAX_BLOCKS];
static int nblocks;

static struct kshim_regs *block_for(unsigned long long start,
				    unsigned long long size)
{
	int i;

	for (i = 0; i < nblocks; i++)
		if (start < blocks[i].start + blocks[i].size &&
		    blocks[i].start < start + size)
			return blocks[i].regs;
	if (nblocks == HARNESS_MAX_BLOCKS)
		return NULL;
	blocks[nblocks].start = start;
	blocks[nblocks].size = size;
	/* The test's own block, if it attached one there. */
	blocks[nblocks].regs = kshim_mmio_find(start, size);
	if (!blocks[nblocks].regs)
		blocks[nblocks].regs = kshim_mmio_attach(start, size);
	return blocks[nblocks++].regs;
}

static struct harness_pdev *to_harness(struct device *dev)
{
	return container_of(to_platform_device(dev), struct harness_pdev, pdev);
}

static void harness_release(struct device *dev)
{
	struct harness_pdev *h = to_harness(dev);

	kshim_kfree(h->pdev.driver_override);
	kshim_host_free((void *)h->pdev.name);
	kshim_host_free(h);
}

/* The reset: the memory is the host's, the rest is forgotten. */
void kshim_harness_free(struct device *dev)
{
	struct harness_pdev *h = to_harness(dev);

	kshim_host_free((void *)dev->kobj.name);
	kshim_host_free((void *)h->pdev.name);
	kshim_host_free(h);
}

void kshim_platform_reset(void)
{
	nblocks = 0;
	platform_devid_next = 0;
	kshim_bus_get(&platform_bus_type);
}

const char *__kshim_platform_device_add(const char *name, int id,
					const struct kshim_res *res, size_t nres,
					void *np)
{
	struct device_node *node = np;
	struct harness_pdev *h;
	char dname[128];
	size_t i, nmem = 0;

	if (nres > HARNESS_MAX_RES || !name)
		return NULL;
	/* The platform bus is there from boot, before any driver. */
	kshim_bus_get(&platform_bus_type);
	h = kshim_host_zalloc(sizeof(*h));
	h->pdev.name = kshim_host_strdup(name);
	h->pdev.id = id;
	device_initialize(&h->pdev.dev);
	h->pdev.dev.p->harness = true;
	h->pdev.dev.release = harness_release;
	h->pdev.dev.parent = &platform_bus;
	h->pdev.dev.bus = &platform_bus_type;
	h->pdev.dev.of_node = node;
	h->pdev.dev.fwnode = node ? &node->fwnode : NULL;
	h->pdev.platform_dma_mask = DMA_BIT_MASK(32);
	h->pdev.dev.dma_mask = &h->pdev.platform_dma_mask;
	for (i = 0; i < nres; i++) {
		struct resource *r = &h->res[i];

		r->name = res[i].name;
		r->start = res[i].start;
		if (res[i].type == KSHIM_RES_MEM) {
			r->flags = IORESOURCE_MEM;
			r->end = res[i].start + res[i].size - 1;
			h->regs[nmem++] = block_for(res[i].start, res[i].size);
		} else {
			r->flags = IORESOURCE_IRQ;
			r->end = res[i].start;
		}
	}
	h->pdev.resource = h->res;
	h->pdev.num_resources = nres;
	if (id == PLATFORM_DEVID_NONE) {
		scnprintf(dname, sizeof(dname), "%s", name);
	} else if (id == PLATFORM_DEVID_AUTO) {
		h->pdev.id = platform_devid_next++;
		h->pdev.id_auto = true;
		scnprintf(dname, sizeof(dname), "%s.%d.auto", name, h->pdev.id);
	} else {
		scnprintf(dname, sizeof(dname), "%s.%d", name, id);
	}
	h->pdev.dev.kobj.name = kshim_host_strdup(dname);
	/* The resources are the device's, not kfree()able memory. */
	if (platform_device_add_named(&h->pdev, KSHIM_SITE)) {
		put_device(&h->pdev.dev);
		return NULL;
	}
	return dev_name(&h->pdev.dev);
}

int __kshim_platform_device_remove(const char *name)
{
	struct device *dev = kshim_find_device(name);

	if (!dev || !dev->p->harness)
		return -ENODEV;
	platform_device_unregister(to_platform_device(dev));
	return 0;
}

struct kshim_regs *kshim_device_regs(const char *name, unsigned int index)
{
	struct device *dev = kshim_find_device(name);

	if (!dev || !dev->p->harness || index >= HARNESS_MAX_RES)
		return NULL;
	return to_harness(dev)->regs[index];
}
