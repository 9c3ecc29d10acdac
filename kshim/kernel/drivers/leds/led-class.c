// SPDX-License-Identifier: GPL-2.0-only
/*
 * The LED class (drivers/leds/led-class.c) for modules built against the
 * kernel's own headers: a class device per LED, named from its init data
 * or its name, "<name>_1"... on a collision; its brightness,
 * max_brightness and trigger files; off at unregistration. As kshim's old
 * class (kernel/leds.c), the device is allocated at the caller's site.
 */
#include <linux/device.h>
#include <linux/err.h>
#include <linux/kernel.h>
#include <linux/kstrtox.h>
#include <linux/leds.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/workqueue.h>
#include "../base/base.h"
#include "leds.h"

static ssize_t brightness_show(struct device *dev,
			       struct device_attribute *attr, char *buf)
{
	struct led_classdev *led_cdev = dev_get_drvdata(dev);

	led_update_brightness(led_cdev);
	return sprintf(buf, "%u\n", led_cdev->brightness);
}

static ssize_t brightness_store(struct device *dev,
				struct device_attribute *attr,
				const char *buf, size_t size)
{
	struct led_classdev *led_cdev = dev_get_drvdata(dev);
	unsigned long state;
	ssize_t ret;

	mutex_lock(&led_cdev->led_access);
	if (led_sysfs_is_disabled(led_cdev)) {
		ret = -EBUSY;
		goto unlock;
	}
	ret = kstrtoul(buf, 10, &state);
	if (ret)
		goto unlock;
	/* Writing 0 takes the LED off its trigger, as in 6.1. */
	if (state == LED_OFF)
		led_trigger_remove(led_cdev);
	led_set_brightness(led_cdev, state);
	flush_work(&led_cdev->set_brightness_work);
	ret = size;
unlock:
	mutex_unlock(&led_cdev->led_access);
	return ret;
}
static DEVICE_ATTR_RW(brightness);

static ssize_t max_brightness_show(struct device *dev,
				   struct device_attribute *attr, char *buf)
{
	struct led_classdev *led_cdev = dev_get_drvdata(dev);

	return sprintf(buf, "%u\n", led_cdev->max_brightness);
}
static DEVICE_ATTR_RO(max_brightness);

static struct attribute *led_class_attrs[] = {
	&dev_attr_brightness.attr,
	&dev_attr_max_brightness.attr,
	NULL,
};

static const struct attribute_group led_group = {
	.attrs = led_class_attrs,
};

/* The class's files: leds_class->dev_groups in the kernel. */
static const struct attribute_group *led_groups[] = {
	&led_group,
	&led_trigger_group,
	NULL,
};

static void led_dev_release(struct device *dev)
{
	kfree(dev);
}

static const struct device_type led_dev_type = {
	.name = "led",
	.groups = led_groups,
	.release = led_dev_release,
};

static struct led_classdev *find_led(const char *name)
{
	struct led_classdev *led_cdev;

	list_for_each_entry(led_cdev, &leds_list, node)
		if (!strcmp(dev_name(led_cdev->dev), name))
			return led_cdev;
	return NULL;
}

/* The name, or name_1, name_2...: how many collisions, or -ENOMEM. */
static int led_classdev_next_name(const char *init_name, char *name,
				  size_t len)
{
	unsigned int i = 0;
	int ret = 0;

	strscpy(name, init_name, len);
	while (ret < (int)len && find_led(name))
		ret = snprintf(name, len, "%s_%u", init_name, ++i);
	if (ret >= (int)len)
		return -ENOMEM;
	return i;
}

/* dev_set_name() at @site: the caller's call, not this file's. */
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

static int led_classdev_register_at(struct device *parent,
				    struct led_classdev *led_cdev,
				    struct led_init_data *init_data,
				    const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	char composed_name[LED_MAX_NAME_SIZE];
	char final_name[LED_MAX_NAME_SIZE];
	const char *proposed_name = led_cdev->name;
	struct device *dev;
	int ret, err;

	if (init_data && init_data->devname_mandatory &&
	    !init_data->devicename) {
		dev_err(parent, "Mandatory device name is missing");
		return -EINVAL;
	}
	/* Legacy naming only (no firmware node labels): "devicename:label". */
	if (init_data && init_data->default_label) {
		if (init_data->devicename) {
			snprintf(composed_name, sizeof(composed_name), "%s:%s",
				 init_data->devicename,
				 init_data->default_label);
			proposed_name = composed_name;
		} else {
			proposed_name = init_data->default_label;
		}
	}
	ret = led_classdev_next_name(proposed_name, final_name,
				     sizeof(final_name));
	if (ret < 0)
		return ret;

	mutex_init(&led_cdev->led_access);
	mutex_lock(&led_cdev->led_access);
	/* device_create_with_groups(leds_class, parent, 0, led_cdev, ...) */
	dev = kshim_alloc(sizeof(*dev),
			  (__force unsigned int)(GFP_KERNEL | __GFP_ZERO), site,
			  "kzalloc");
	if (!dev) {
		mutex_unlock(&led_cdev->led_access);
		return -ENOMEM;
	}
	device_initialize(dev);
	dev->parent = parent;
	dev->type = &led_dev_type;
	dev->groups = led_cdev->groups;
	dev_set_drvdata(dev, led_cdev);
	err = set_name_at(dev, site, "%s", final_name);
	if (!err)
		err = device_add(dev);
	if (err) {
		put_device(dev);
		mutex_unlock(&led_cdev->led_access);
		return err;
	}
	led_cdev->dev = dev;
	if (ret)
		dev_warn(parent, "Led %s renamed to %s due to name collision",
			 proposed_name, dev_name(led_cdev->dev));

	led_cdev->work_flags = 0;
	init_rwsem(&led_cdev->trigger_lock);
	list_add_tail(&led_cdev->node, &leds_list);

	if (!led_cdev->max_brightness)
		led_cdev->max_brightness = LED_FULL;
	led_update_brightness(led_cdev);
	led_init_core(led_cdev);
	led_trigger_set_default(led_cdev);

	mutex_unlock(&led_cdev->led_access);
	dev_dbg(parent, "Registered led device: %s\n", led_cdev->name);
	return 0;
}

int led_classdev_register_ext(struct device *parent,
			      struct led_classdev *led_cdev,
			      struct led_init_data *init_data)
{
	return led_classdev_register_at(parent, led_cdev, init_data,
					KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(led_classdev_register_ext);

void led_classdev_unregister(struct led_classdev *led_cdev)
{
	if (IS_ERR_OR_NULL(led_cdev->dev))
		return;
	down_write(&led_cdev->trigger_lock);
	if (led_cdev->trigger)
		led_trigger_set(led_cdev, NULL);
	up_write(&led_cdev->trigger_lock);
	led_cdev->flags |= LED_UNREGISTERING;
	if (!(led_cdev->flags & LED_RETAIN_AT_SHUTDOWN))
		led_set_brightness(led_cdev, LED_OFF);
	flush_work(&led_cdev->set_brightness_work);
	device_unregister(led_cdev->dev);
	list_del(&led_cdev->node);
	mutex_destroy(&led_cdev->led_access);
}
EXPORT_SYMBOL_GPL(led_classdev_unregister);

static void devm_led_classdev_release(struct device *dev, void *res)
{
	led_classdev_unregister(*(struct led_classdev **)res);
}

static int devm_led_classdev_match(struct device *dev, void *res, void *data)
{
	struct led_classdev **p = res;

	if (WARN_ON(!p || !*p))
		return 0;
	return *p == data;
}

int devm_led_classdev_register_ext(struct device *parent,
				   struct led_classdev *led_cdev,
				   struct led_init_data *init_data)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	KSHIM_CALLER(site);
	struct led_classdev **dr;
	int rc;

	dr = kshim_dr_alloc(devm_led_classdev_release, sizeof(*dr),
			    GFP_KERNEL | __GFP_ZERO, "devm_led_classdev_release",
			    NULL, site, "devres_alloc");
	if (!dr)
		return -ENOMEM;
	rc = led_classdev_register_at(parent, led_cdev, init_data, site);
	if (rc) {
		devres_free(dr);
		return rc;
	}
	*dr = led_cdev;
	devres_add(parent, dr);
	return 0;
}
EXPORT_SYMBOL_GPL(devm_led_classdev_register_ext);

void devm_led_classdev_unregister(struct device *dev,
				  struct led_classdev *led_cdev)
{
	WARN_ON(devres_release(dev, devm_led_classdev_release,
			       devm_led_classdev_match, led_cdev));
}
EXPORT_SYMBOL_GPL(devm_led_classdev_unregister);

void led_classdev_suspend(struct led_classdev *led_cdev)
{
	led_cdev->flags |= LED_SUSPENDED;
	led_set_brightness_nopm(led_cdev, 0);
	flush_work(&led_cdev->set_brightness_work);
}
EXPORT_SYMBOL_GPL(led_classdev_suspend);

void led_classdev_resume(struct led_classdev *led_cdev)
{
	led_set_brightness_nopm(led_cdev, led_cdev->brightness);
	if (led_cdev->flash_resume)
		led_cdev->flash_resume(led_cdev);
	led_cdev->flags &= ~LED_SUSPENDED;
}
EXPORT_SYMBOL_GPL(led_classdev_resume);
