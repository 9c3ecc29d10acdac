/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The platform bus (drivers/base/platform.c in 6.1): devices with memory
 * and IRQ resources, matched by driver_override, OF compatible, id_table
 * and name, in that order. A platform device's MMIO ranges are whatever
 * register blocks a test attached there (kshim_mmio_attach()).
 */
#ifndef _PLATFORM_DEVICE_H_
#define _PLATFORM_DEVICE_H_

#include <linux/device.h>
#include <linux/mod_devicetable.h>

#define PLATFORM_DEVID_NONE	(-1)
#define PLATFORM_DEVID_AUTO	(-2)

struct mfd_cell;
struct property_entry;

struct platform_device {
	const char *name;
	int id;
	bool id_auto;
	struct device dev;
	u64 platform_dma_mask;
	u32 num_resources;
	struct resource *resource;
	const struct platform_device_id *id_entry;
	const char *driver_override;
	struct mfd_cell *mfd_cell;
};

#define platform_get_device_id(pdev)	((pdev)->id_entry)
#define dev_is_platform(dev)		((dev)->bus == &platform_bus_type)
#define to_platform_device(x)		container_of((x), struct platform_device, dev)

extern struct device platform_bus;
extern struct bus_type platform_bus_type;

struct platform_driver {
	int (*probe)(struct platform_device *);
	int (*remove)(struct platform_device *);
	void (*remove_new)(struct platform_device *);
	void (*shutdown)(struct platform_device *);
	int (*suspend)(struct platform_device *, pm_message_t state);
	int (*resume)(struct platform_device *);
	struct device_driver driver;
	const struct platform_device_id *id_table;
	bool prevent_deferred_probe;
	bool driver_managed_dma;
};

#define to_platform_driver(drv)	(container_of((drv), struct platform_driver, driver))

struct platform_device_info {
	struct device *parent;
	struct fwnode_handle *fwnode;
	bool of_node_reused;
	const char *name;
	int id;
	const struct resource *res;
	unsigned int num_res;
	const void *data;
	size_t size_data;
	u64 dma_mask;
	const struct property_entry *properties;
};

struct resource *platform_get_resource(struct platform_device *dev,
				       unsigned int type, unsigned int num);
struct resource *platform_get_mem_or_io(struct platform_device *dev,
					unsigned int num);
struct resource *platform_get_resource_byname(struct platform_device *dev,
					      unsigned int type,
					      const char *name);
int platform_get_irq(struct platform_device *dev, unsigned int num);
int platform_get_irq_optional(struct platform_device *dev, unsigned int num);
int platform_get_irq_byname(struct platform_device *dev, const char *name);
int platform_get_irq_byname_optional(struct platform_device *dev,
				     const char *name);
int platform_irq_count(struct platform_device *dev);

void __iomem *kshim_devm_platform_get_and_ioremap_resource(struct platform_device *pdev,
							   unsigned int index,
							   struct resource **res,
							   const struct kshim_site *site);
void __iomem *kshim_devm_platform_ioremap_resource_byname(struct platform_device *pdev,
							  const char *name,
							  const struct kshim_site *site);
#define devm_platform_get_and_ioremap_resource(pdev, index, res)	\
	kshim_devm_platform_get_and_ioremap_resource((pdev), (index), (res), \
						     KSHIM_SITE)
#define devm_platform_ioremap_resource(pdev, index)			\
	kshim_devm_platform_get_and_ioremap_resource((pdev), (index), NULL, \
						     KSHIM_SITE)
#define devm_platform_ioremap_resource_wc(pdev, index)			\
	devm_platform_ioremap_resource(pdev, index)
#define devm_platform_ioremap_resource_byname(pdev, name)		\
	kshim_devm_platform_ioremap_resource_byname((pdev), (name), KSHIM_SITE)

int platform_device_register(struct platform_device *pdev);
void platform_device_unregister(struct platform_device *pdev);
int platform_add_devices(struct platform_device **devs, int num);

struct platform_device *kshim_platform_device_alloc(const char *name, int id,
						    const struct kshim_site *site);
int kshim_platform_device_add_resources(struct platform_device *pdev,
					const struct resource *res,
					unsigned int num,
					const struct kshim_site *site);
int kshim_platform_device_add_data(struct platform_device *pdev,
				   const void *data, size_t size,
				   const struct kshim_site *site);
int kshim_pdev_add(struct platform_device *pdev,
			      const struct kshim_site *site);
struct platform_device *kshim_platform_device_register_full(const struct platform_device_info *pdevinfo,
							    const struct kshim_site *site);
#define platform_device_alloc(name, id)					\
	kshim_platform_device_alloc((name), (id), KSHIM_SITE)
#define platform_device_add_resources(pdev, res, num)			\
	kshim_platform_device_add_resources((pdev), (res), (num), KSHIM_SITE)
#define platform_device_add_data(pdev, data, size)			\
	kshim_platform_device_add_data((pdev), (data), (size), KSHIM_SITE)
#define platform_device_add(pdev)					\
	kshim_pdev_add((pdev), KSHIM_SITE)
#define platform_device_register_full(pdevinfo)				\
	kshim_platform_device_register_full((pdevinfo), KSHIM_SITE)
void platform_device_del(struct platform_device *pdev);
void platform_device_put(struct platform_device *pdev);

static inline struct platform_device *platform_device_register_resndata(
		struct device *parent, const char *name, int id,
		const struct resource *res, unsigned int num,
		const void *data, size_t size)
{
	struct platform_device_info pdevinfo = {
		.parent = parent,
		.name = name,
		.id = id,
		.res = res,
		.num_res = num,
		.data = data,
		.size_data = size,
		.dma_mask = 0,
	};

	return platform_device_register_full(&pdevinfo);
}

static inline struct platform_device *platform_device_register_simple(
		const char *name, int id,
		const struct resource *res, unsigned int num)
{
	return platform_device_register_resndata(NULL, name, id, res, num,
						 NULL, 0);
}

static inline struct platform_device *platform_device_register_data(
		struct device *parent, const char *name, int id,
		const void *data, size_t size)
{
	return platform_device_register_resndata(parent, name, id, NULL, 0,
						 data, size);
}

int __platform_driver_register(struct platform_driver *drv,
			       struct module *owner);
void platform_driver_unregister(struct platform_driver *drv);
int __platform_driver_probe(struct platform_driver *driver,
			    int (*probe)(struct platform_device *),
			    struct module *module);
int kshim_platform_driver_register(struct platform_driver *drv,
				   struct module *owner,
				   const struct kshim_site *site);
#define platform_driver_register(drv)					\
	kshim_platform_driver_register(drv, THIS_MODULE, KSHIM_SITE)
#define platform_driver_probe(drv, probe)				\
	__platform_driver_probe(drv, probe, THIS_MODULE)

#define module_platform_driver(__platform_driver)			\
	module_driver(__platform_driver, platform_driver_register,	\
		      platform_driver_unregister)
#define builtin_platform_driver(__platform_driver)			\
	builtin_driver(__platform_driver, platform_driver_register)

#define module_platform_driver_probe(__platform_driver, __platform_probe) \
static int __init __platform_driver##_init(void)			\
{									\
	return platform_driver_probe(&(__platform_driver),		\
				     __platform_probe);			\
}									\
module_init(__platform_driver##_init);					\
static void __exit __platform_driver##_exit(void)			\
{									\
	platform_driver_unregister(&(__platform_driver));		\
}									\
module_exit(__platform_driver##_exit);

static inline void *platform_get_drvdata(const struct platform_device *pdev)
{
	return dev_get_drvdata(&pdev->dev);
}

static inline void platform_set_drvdata(struct platform_device *pdev,
					void *data)
{
	dev_set_drvdata(&pdev->dev, data);
}

#endif /* _PLATFORM_DEVICE_H_ */
