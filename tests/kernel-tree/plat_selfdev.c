// SPDX-License-Identifier: GPL-2.0-only
/*
 * A module that makes its own platform device, as board code or
 * timeriomem-rng's users do, and drives it: matching by name, its
 * resources, a region, an attribute file, device-managed memory and
 * actions released newest first, dev_* messages and a device reference.
 */
#include <linux/device.h>
#include <linux/err.h>
#include <linux/ioport.h>
#include <linux/module.h>
#include <linux/platform_device.h>
#include <linux/slab.h>

#define SELF_BASE	0x30000000
#define SELF_IRQ	7

static struct platform_device *self_pdev;

struct self {
	const char *tag;
	int order;
};

static void self_undo(void *data)
{
	struct self *s = data;

	pr_info("plat_selfdev: undo %s (%d)\n", s->tag, s->order);
}

static ssize_t tag_show(struct device *dev, struct device_attribute *attr,
			char *buf)
{
	struct self *s = dev_get_drvdata(dev);

	return sysfs_emit(buf, "%s\n", s->tag);
}
static DEVICE_ATTR_RO(tag);

static void self_remove_file(void *data)
{
	device_remove_file(data, &dev_attr_tag);
}

static int self_probe(struct platform_device *pdev)
{
	struct device *dev = &pdev->dev;
	struct resource *mem, *busy;
	struct self *a, *b;
	int irq, ret;

	mem = platform_get_resource(pdev, IORESOURCE_MEM, 0);
	if (!mem)
		return dev_err_probe(dev, -EINVAL, "no memory resource\n");
	irq = platform_get_irq(pdev, 0);
	if (irq < 0)
		return irq;
	if (platform_get_irq_optional(pdev, 1) != -ENXIO)
		dev_warn(dev, "a second IRQ?\n");

	/* The region is claimed while the device is bound. */
	busy = request_mem_region(mem->start, resource_size(mem), "selftest");
	if (!busy)
		return -EBUSY;
	if (request_mem_region(mem->start, 4, "again"))
		dev_err(dev, "the region was claimed twice\n");
	release_mem_region(mem->start, resource_size(mem));

	a = devm_kzalloc(dev, sizeof(*a), GFP_KERNEL);
	b = devm_kzalloc(dev, sizeof(*b), GFP_KERNEL);
	if (!a || !b)
		return -ENOMEM;
	a->tag = devm_kasprintf(dev, GFP_KERNEL, "%s-first", dev_name(dev));
	b->tag = devm_kstrdup(dev, "second", GFP_KERNEL);
	if (!a->tag || !b->tag)
		return -ENOMEM;
	a->order = 1;
	b->order = 2;
	ret = devm_add_action_or_reset(dev, self_undo, a);
	if (ret)
		return ret;
	ret = devm_add_action_or_reset(dev, self_undo, b);
	if (ret)
		return ret;
	platform_set_drvdata(pdev, a);
	ret = device_create_file(dev, &dev_attr_tag);
	if (ret)
		return ret;
	ret = devm_add_action_or_reset(dev, self_remove_file, dev);
	if (ret)
		return ret;
	dev_info(dev, "bound: %s, irq %d, mem %#llx+%#llx, driver %s\n",
		 a->tag, irq, (unsigned long long)mem->start,
		 (unsigned long long)resource_size(mem), dev_driver_string(dev));
	return 0;
}

static int self_remove(struct platform_device *pdev)
{
	dev_notice(&pdev->dev, "unbinding\n");
	return 0;
}

static struct platform_driver self_driver = {
	.probe = self_probe,
	.remove = self_remove,
	.driver = { .name = "selftest" },
};

static int __init self_init(void)
{
	struct resource res[] = {
		DEFINE_RES_MEM(SELF_BASE, 0x100),
		DEFINE_RES_IRQ(SELF_IRQ),
	};
	struct device *ref;
	int ret;

	ret = platform_driver_register(&self_driver);
	if (ret)
		return ret;
	self_pdev = platform_device_register_simple("selftest", 3, res,
						    ARRAY_SIZE(res));
	if (IS_ERR(self_pdev)) {
		platform_driver_unregister(&self_driver);
		return PTR_ERR(self_pdev);
	}
	ref = get_device(&self_pdev->dev);
	pr_info("plat_selfdev: %s is %sbound\n", dev_name(ref),
		ref->driver ? "" : "not ");
	put_device(ref);
	return 0;
}

static void __exit self_exit(void)
{
	platform_device_unregister(self_pdev);
	platform_driver_unregister(&self_driver);
	pr_info("plat_selfdev: gone\n");
}

module_init(self_init);
module_exit(self_exit);
MODULE_LICENSE("GPL");
