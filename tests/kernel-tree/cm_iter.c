// SPDX-License-Identifier: GPL-2.0
/*
 * What only the kernel-tree path has of classes (the old half has none of
 * it): a static class (class_register()) with a class attribute, its
 * devices found and walked (class_find_device(), class_for_each_device(),
 * class_dev_iter_*()), a device destroyed in the middle. Valid 6.1 code;
 * its dmesg says what it found.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/module.h>
#include <linux/device.h>
#include <linux/kdev_t.h>

#define CM_MAJOR	240

static ssize_t version_show(struct class *cls, struct class_attribute *attr,
			    char *buf)
{
	return sysfs_emit(buf, "1\n");
}
static CLASS_ATTR_RO(version);

static struct class cm_iter_class = {
	.name	= "cm_iter",
	.owner	= THIS_MODULE,
};

static int cm_count(struct device *dev, void *data)
{
	(*(int *)data)++;
	return 0;
}

static int cm_stop_at(struct device *dev, void *data)
{
	return !strcmp(dev_name(dev), data) ? 7 : 0;
}

static int __init cm_iter_init(void)
{
	struct class_dev_iter iter;
	struct device *dev;
	int i, n = 0, ret;

	ret = class_register(&cm_iter_class);
	if (ret)
		return ret;
	ret = class_create_file(&cm_iter_class, &class_attr_version);
	if (ret)
		goto err_class;
	pr_info("second version file: %d\n",
		class_create_file(&cm_iter_class, &class_attr_version));
	for (i = 0; i < 3; i++) {
		dev = device_create(&cm_iter_class, NULL, MKDEV(CM_MAJOR, i),
				    NULL, "cmi%d", i);
		if (IS_ERR(dev)) {
			ret = PTR_ERR(dev);
			goto err_devs;
		}
	}
	class_for_each_device(&cm_iter_class, NULL, &n, cm_count);
	pr_info("%d devices\n", n);
	pr_info("stopped with %d\n",
		class_for_each_device(&cm_iter_class, NULL, "cmi1", cm_stop_at));

	dev = class_find_device_by_name(&cm_iter_class, "cmi2");
	pr_info("found %s at %d:%d\n", dev ? dev_name(dev) : "nothing",
		dev ? MAJOR(dev->devt) : 0, dev ? MINOR(dev->devt) : 0);
	put_device(dev);
	dev = class_find_device_by_devt(&cm_iter_class, MKDEV(CM_MAJOR, 9));
	pr_info("no 240:9: %s\n", dev ? dev_name(dev) : "none");

	/* The iterator holds the device it returned: destroying it is safe. */
	class_dev_iter_init(&iter, &cm_iter_class, NULL, NULL);
	while ((dev = class_dev_iter_next(&iter))) {
		pr_info("walk %s\n", dev_name(dev));
		if (!strcmp(dev_name(dev), "cmi0"))
			device_destroy(&cm_iter_class, MKDEV(CM_MAJOR, 0));
	}
	class_dev_iter_exit(&iter);
	n = 0;
	class_for_each_device(&cm_iter_class, NULL, &n, cm_count);
	pr_info("%d devices left\n", n);
	return 0;

err_devs:
	while (i--)
		device_destroy(&cm_iter_class, MKDEV(CM_MAJOR, i));
	class_remove_file(&cm_iter_class, &class_attr_version);
err_class:
	class_unregister(&cm_iter_class);
	return ret;
}

static void __exit cm_iter_exit(void)
{
	int i;

	for (i = 0; i < 3; i++)
		device_destroy(&cm_iter_class, MKDEV(CM_MAJOR, i));
	class_remove_file(&cm_iter_class, &class_attr_version);
	class_unregister(&cm_iter_class);
	pr_info("class %s unregistered\n", cm_iter_class.name);
}

module_init(cm_iter_init);
module_exit(cm_iter_exit);
MODULE_DESCRIPTION("Class iteration and class attributes on the kernel-tree path");
MODULE_LICENSE("GPL");
