// SPDX-License-Identifier: GPL-2.0-only
/*
 * The LED class, after 6.1's drivers/leds/led-class.c and led-core.c: a
 * class device per LED ("/sys/class/leds/<name>"), renamed "<name>_1"...
 * on a collision; its brightness and max_brightness files; brightness set
 * by brightness_set() at once, or by brightness_set_blocking() from the
 * LED's work item; off at unregistration. No triggers, no blinking.
 */
#include <linux/leds.h>
#include <linux/device.h>
#include <linux/kstrtox.h>
#include <linux/minmax.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/workqueue.h>
#include <kshim/classapi.h>
#include <kshim/drivers.h>
#include <uapi/linux/uleds.h>

static LIST_HEAD(leds_list);
static bool list_ready;

static void ready(void)
{
	if (!list_ready) {
		INIT_LIST_HEAD(&leds_list);
		list_ready = true;
	}
}

void kshim_led_reset(void)
{
	list_ready = false;
	ready();
}

/* ---- led-core.c ---- */

static int __led_set_brightness(struct led_classdev *led_cdev, unsigned int value)
{
	if (!led_cdev->brightness_set)
		return -ENOTSUPP;
	led_cdev->brightness_set(led_cdev, value);
	return 0;
}

static int __led_set_brightness_blocking(struct led_classdev *led_cdev,
					 unsigned int value)
{
	if (!led_cdev->brightness_set_blocking)
		return -ENOTSUPP;
	return led_cdev->brightness_set_blocking(led_cdev, value);
}

static void set_brightness_delayed(struct work_struct *ws)
{
	struct led_classdev *led_cdev =
		container_of(ws, struct led_classdev, set_brightness_work);
	int ret;

	ret = __led_set_brightness(led_cdev, led_cdev->delayed_set_value);
	if (ret == -ENOTSUPP)
		ret = __led_set_brightness_blocking(led_cdev,
						    led_cdev->delayed_set_value);
	if (ret < 0 &&
	    /* LED HW might have been unplugged, therefore don't warn */
	    !(ret == -ENODEV && (led_cdev->flags & LED_UNREGISTERING) &&
	      (led_cdev->flags & LED_HW_PLUGGABLE)))
		dev_err(led_cdev->dev,
			"Setting an LED's brightness failed (%d)\n", ret);
}

static void led_set_brightness_nopm(struct led_classdev *led_cdev,
				    unsigned int value)
{
	/* Use brightness_set op if available, it is guaranteed not to sleep */
	if (!__led_set_brightness(led_cdev, value))
		return;
	/* If brightness setting can sleep, delegate it to a work queue task */
	led_cdev->delayed_set_value = value;
	schedule_work(&led_cdev->set_brightness_work);
}

static void led_set_brightness_nosleep(struct led_classdev *led_cdev,
				       unsigned int value)
{
	led_cdev->brightness = min(value, led_cdev->max_brightness);
	if (led_cdev->flags & LED_SUSPENDED)
		return;
	led_set_brightness_nopm(led_cdev, led_cdev->brightness);
}

void led_set_brightness(struct led_classdev *led_cdev, unsigned int brightness)
{
	/* No software blink: the brightness is set at once. */
	led_set_brightness_nosleep(led_cdev, brightness);
}

int led_set_brightness_sync(struct led_classdev *led_cdev, unsigned int value)
{
	if (led_cdev->blink_delay_on || led_cdev->blink_delay_off)
		return -EBUSY;
	led_cdev->brightness = min(value, led_cdev->max_brightness);
	if (led_cdev->flags & LED_SUSPENDED)
		return 0;
	return __led_set_brightness_blocking(led_cdev, led_cdev->brightness);
}

int led_update_brightness(struct led_classdev *led_cdev)
{
	int ret = 0;

	if (led_cdev->brightness_get) {
		ret = led_cdev->brightness_get(led_cdev);
		if (ret >= 0) {
			led_cdev->brightness = ret;
			return 0;
		}
	}
	return ret;
}

/* ---- led-class.c: the sysfs files ---- */

static ssize_t brightness_show(struct device *dev,
			       struct device_attribute *attr, char *buf)
{
	struct led_classdev *led_cdev = dev_get_drvdata(dev);

	/* no lock needed for this */
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

static const struct attribute_group *led_groups[] = {
	&led_group,
	NULL,
};

/* ---- led-class.c: registration ---- */

static struct led_classdev *find_led(const char *name)
{
	struct led_classdev *led_cdev;

	ready();
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

static void led_dev_release(struct device *dev)
{
	kfree(dev);
}

int kshim_led_classdev_register_ext(struct device *parent,
				    struct led_classdev *led_cdev,
				    struct led_init_data *init_data,
				    const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	char final_name[LED_MAX_NAME_SIZE];
	const char *proposed_name = led_cdev->name;
	struct device *dev;
	int ret, err;

	if (init_data && init_data->default_label)
		proposed_name = init_data->default_label;
	ret = led_classdev_next_name(proposed_name, final_name,
				     sizeof(final_name));
	if (ret < 0)
		return ret;

	mutex_init(&led_cdev->led_access);
	mutex_lock(&led_cdev->led_access);
	/* device_create_with_groups(leds_class, parent, 0, led_cdev, ...) */
	dev = kshim_alloc(sizeof(*dev), __kshim_gfp(GFP_KERNEL | __GFP_ZERO),
			  site, "kzalloc");
	if (!dev) {
		mutex_unlock(&led_cdev->led_access);
		return -ENOMEM;
	}
	device_initialize(dev);
	dev->parent = parent;
	dev->groups = led_groups;
	dev->release = led_dev_release;
	dev_set_drvdata(dev, led_cdev);
	err = dev_set_name(dev, "%s", final_name);
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
	ready();
	list_add_tail(&led_cdev->node, &leds_list);
	led_cdev->kshim_module = kshim_current_module();

	if (!led_cdev->max_brightness)
		led_cdev->max_brightness = LED_FULL;
	led_update_brightness(led_cdev);
	/* led_init_core() */
	INIT_WORK(&led_cdev->set_brightness_work, set_brightness_delayed);

	mutex_unlock(&led_cdev->led_access);
	dev_dbg(parent, "Registered led device: %s\n", led_cdev->name);
	return 0;
}

void led_classdev_unregister(struct led_classdev *led_cdev)
{
	if (IS_ERR_OR_NULL(led_cdev->dev))
		return;
	led_cdev->flags |= LED_UNREGISTERING;
	if (!(led_cdev->flags & LED_RETAIN_AT_SHUTDOWN))
		led_set_brightness(led_cdev, LED_OFF);
	flush_work(&led_cdev->set_brightness_work);
	device_unregister(led_cdev->dev);
	list_del(&led_cdev->node);
	mutex_destroy(&led_cdev->led_access);
}

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

int kshim_devm_led_classdev_register_ext(struct device *parent,
					 struct led_classdev *led_cdev,
					 struct led_init_data *init_data,
					 const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	struct led_classdev **dr;
	int rc;

	dr = kshim_devres_alloc(devm_led_classdev_release, sizeof(*dr),
				GFP_KERNEL, "devm_led_classdev_release", site);
	if (!dr)
		return -ENOMEM;
	rc = kshim_led_classdev_register_ext(parent, led_cdev, init_data, site);
	if (rc) {
		devres_free(dr);
		return rc;
	}
	*dr = led_cdev;
	devres_add(parent, dr);
	return 0;
}

void devm_led_classdev_unregister(struct device *dev,
				  struct led_classdev *led_cdev)
{
	WARN_ON(devres_release(dev, devm_led_classdev_release,
			       devm_led_classdev_match, led_cdev));
}

/* ---- The harness ---- */

const char *__kshim_led_module(const char *name)
{
	struct led_classdev *led_cdev = find_led(name);

	return led_cdev ? led_cdev->kshim_module : NULL;
}

int kshim_led_brightness(const char *name)
{
	struct led_classdev *led_cdev = find_led(name);

	return led_cdev ? (int)led_cdev->brightness : -ENODEV;
}

int kshim_led_max_brightness(const char *name)
{
	struct led_classdev *led_cdev = find_led(name);

	return led_cdev ? (int)led_cdev->max_brightness : -ENODEV;
}
