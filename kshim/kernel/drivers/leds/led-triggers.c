// SPDX-License-Identifier: GPL-2.0-only
/*
 * LED triggers (drivers/leds/led-triggers.c) for modules built against the
 * kernel's own headers: registered triggers by unique name, the simple
 * triggers that drivers fire with led_trigger_event(), an LED's default
 * trigger, and its "trigger" file ("none", or a trigger's name). No uevent
 * is sent when an LED changes trigger: there is no user space to get it.
 */
#include <linux/device.h>
#include <linux/kernel.h>
#include <linux/leds.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/workqueue.h>
#include "../base/base.h"
#include "leds.h"

static LIST_HEAD(trigger_list);

void led_triggers_reset(void)
{
	INIT_LIST_HEAD(&trigger_list);
}

/* A private trigger (trigger_type) only for LEDs of that type. */
static bool trigger_relevant(struct led_classdev *led_cdev,
			     struct led_trigger *trig)
{
	return !trig->trigger_type || trig->trigger_type == led_cdev->trigger_type;
}

int led_trigger_set(struct led_classdev *led_cdev, struct led_trigger *trig)
{
	int ret = 0;

	if (!led_cdev->trigger && !trig)
		return 0;
	if (led_cdev->trigger) {
		list_del(&led_cdev->trig_list);
		cancel_work_sync(&led_cdev->set_brightness_work);
		led_stop_software_blink(led_cdev);
		device_remove_groups(led_cdev->dev, led_cdev->trigger->groups);
		if (led_cdev->trigger->deactivate)
			led_cdev->trigger->deactivate(led_cdev);
		led_cdev->trigger = NULL;
		led_cdev->trigger_data = NULL;
		led_cdev->activated = false;
		led_set_brightness(led_cdev, LED_OFF);
	}
	if (!trig)
		return 0;
	list_add_tail(&led_cdev->trig_list, &trig->led_cdevs);
	led_cdev->trigger = trig;
	/* A pending "off" must not come after activate(). */
	flush_work(&led_cdev->set_brightness_work);
	if (trig->activate)
		ret = trig->activate(led_cdev);
	else
		led_set_brightness(led_cdev, trig->brightness);
	if (ret)
		goto err_activate;
	ret = device_add_groups(led_cdev->dev, trig->groups);
	if (ret) {
		dev_err(led_cdev->dev, "Failed to add trigger attributes\n");
		if (trig->deactivate)
			trig->deactivate(led_cdev);
		goto err_activate;
	}
	return 0;

err_activate:
	list_del(&led_cdev->trig_list);
	led_cdev->trigger = NULL;
	led_cdev->trigger_data = NULL;
	led_set_brightness(led_cdev, LED_OFF);
	return ret;
}
EXPORT_SYMBOL_GPL(led_trigger_set);

void led_trigger_remove(struct led_classdev *led_cdev)
{
	led_trigger_set(led_cdev, NULL);
}
EXPORT_SYMBOL_GPL(led_trigger_remove);

void led_trigger_set_default(struct led_classdev *led_cdev)
{
	struct led_trigger *trig;

	if (!led_cdev->default_trigger)
		return;
	list_for_each_entry(trig, &trigger_list, next_trig) {
		if (!strcmp(led_cdev->default_trigger, trig->name) &&
		    trigger_relevant(led_cdev, trig)) {
			led_cdev->flags |= LED_INIT_DEFAULT_TRIGGER;
			led_trigger_set(led_cdev, trig);
			break;
		}
	}
}
EXPORT_SYMBOL_GPL(led_trigger_set_default);

int led_trigger_register(struct led_trigger *trig)
{
	struct led_classdev *led_cdev;
	struct led_trigger *_trig;

	spin_lock_init(&trig->leddev_list_lock);
	INIT_LIST_HEAD(&trig->led_cdevs);
	list_for_each_entry(_trig, &trigger_list, next_trig)
		if (!strcmp(_trig->name, trig->name) &&
		    (trig->trigger_type == _trig->trigger_type ||
		     !trig->trigger_type || !_trig->trigger_type))
			return -EEXIST;
	list_add_tail(&trig->next_trig, &trigger_list);
	/* LEDs that have it as their default trigger take it now. */
	list_for_each_entry(led_cdev, &leds_list, node) {
		if (!led_cdev->trigger && led_cdev->default_trigger &&
		    !strcmp(led_cdev->default_trigger, trig->name) &&
		    trigger_relevant(led_cdev, trig)) {
			led_cdev->flags |= LED_INIT_DEFAULT_TRIGGER;
			led_trigger_set(led_cdev, trig);
		}
	}
	return 0;
}
EXPORT_SYMBOL_GPL(led_trigger_register);

void led_trigger_unregister(struct led_trigger *trig)
{
	struct led_classdev *led_cdev, *n;

	if (list_empty_careful(&trig->next_trig))
		return;
	list_del_init(&trig->next_trig);
	list_for_each_entry_safe(led_cdev, n, &leds_list, node)
		if (led_cdev->trigger == trig)
			led_trigger_set(led_cdev, NULL);
}
EXPORT_SYMBOL_GPL(led_trigger_unregister);

static void devm_led_trigger_release(struct device *dev, void *res)
{
	led_trigger_unregister(*(struct led_trigger **)res);
}

int devm_led_trigger_register(struct device *dev, struct led_trigger *trig)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	KSHIM_CALLER(site);
	struct led_trigger **dr;
	int rc;

	dr = kshim_dr_alloc(devm_led_trigger_release, sizeof(*dr),
			    GFP_KERNEL | __GFP_ZERO, "devm_led_trigger_release",
			    NULL, site, "devres_alloc");
	if (!dr)
		return -ENOMEM;
	*dr = trig;
	rc = led_trigger_register(trig);
	if (rc)
		devres_free(dr);
	else
		devres_add(dev, dr);
	return rc;
}
EXPORT_SYMBOL_GPL(devm_led_trigger_register);

void led_trigger_event(struct led_trigger *trig, enum led_brightness brightness)
{
	struct led_classdev *led_cdev;

	if (!trig)
		return;
	trig->brightness = brightness;
	list_for_each_entry(led_cdev, &trig->led_cdevs, trig_list)
		led_set_brightness(led_cdev, brightness);
}
EXPORT_SYMBOL_GPL(led_trigger_event);

void led_trigger_blink(struct led_trigger *trig, unsigned long *delay_on,
		       unsigned long *delay_off)
{
	struct led_classdev *led_cdev;

	if (!trig)
		return;
	list_for_each_entry(led_cdev, &trig->led_cdevs, trig_list)
		led_blink_set(led_cdev, delay_on, delay_off);
}
EXPORT_SYMBOL_GPL(led_trigger_blink);

void led_trigger_register_simple(const char *name, struct led_trigger **tp)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	struct led_trigger *trig;
	int err;

	trig = kshim_alloc(sizeof(*trig),
			   (__force unsigned int)(GFP_KERNEL | __GFP_ZERO),
			   site, "kzalloc");
	if (trig) {
		trig->name = name;
		err = led_trigger_register(trig);
		if (err < 0) {
			kshim_kfree(trig);
			trig = NULL;
			pr_warn("LED trigger %s failed to register (%d)\n",
				name, err);
		}
	} else {
		pr_warn("LED trigger %s failed to register (no memory)\n",
			name);
	}
	*tp = trig;
}
EXPORT_SYMBOL_GPL(led_trigger_register_simple);

void led_trigger_unregister_simple(struct led_trigger *trig)
{
	if (trig)
		led_trigger_unregister(trig);
	kshim_kfree(trig);
}
EXPORT_SYMBOL_GPL(led_trigger_unregister_simple);

/* The "trigger" file: a bin attribute in 6.1, a plain one here. */
static ssize_t trigger_show(struct device *dev, struct device_attribute *attr,
			    char *buf)
{
	struct led_classdev *led_cdev = dev_get_drvdata(dev);
	struct led_trigger *trig;
	int len;

	len = sysfs_emit(buf, led_cdev->trigger ? "none" : "[none]");
	list_for_each_entry(trig, &trigger_list, next_trig) {
		if (!trigger_relevant(led_cdev, trig))
			continue;
		len += sysfs_emit_at(buf, len, led_cdev->trigger == trig ?
				     " [%s]" : " %s", trig->name);
	}
	len += sysfs_emit_at(buf, len, "\n");
	return len;
}

static ssize_t trigger_store(struct device *dev, struct device_attribute *attr,
			     const char *buf, size_t count)
{
	struct led_classdev *led_cdev = dev_get_drvdata(dev);
	struct led_trigger *trig;
	int ret = count;

	mutex_lock(&led_cdev->led_access);
	if (led_sysfs_is_disabled(led_cdev)) {
		ret = -EBUSY;
		goto unlock;
	}
	if (sysfs_streq(buf, "none")) {
		led_trigger_remove(led_cdev);
		goto unlock;
	}
	list_for_each_entry(trig, &trigger_list, next_trig) {
		if (sysfs_streq(buf, trig->name) &&
		    trigger_relevant(led_cdev, trig)) {
			if (trig != led_cdev->trigger)
				ret = led_trigger_set(led_cdev, trig) ?: count;
			goto unlock;
		}
	}
	ret = -EINVAL;
unlock:
	mutex_unlock(&led_cdev->led_access);
	return ret;
}
static DEVICE_ATTR_RW(trigger);

static struct attribute *led_trigger_attrs[] = {
	&dev_attr_trigger.attr,
	NULL,
};

const struct attribute_group led_trigger_group = {
	.attrs = led_trigger_attrs,
};
