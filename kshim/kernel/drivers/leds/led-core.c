// SPDX-License-Identifier: GPL-2.0-only
/*
 * The LED core (drivers/leds/led-core.c) for modules built against the
 * kernel's own headers: brightness set at once by brightness_set(), or by
 * brightness_set_blocking() from the LED's work item; read back by
 * brightness_get(). No software blinking (there is no blink timer here):
 * led_blink_set() asks the driver's blink_set() or sets the LED on.
 */
#include <linux/kernel.h>
#include <linux/leds.h>
#include <linux/minmax.h>
#include <linux/workqueue.h>
#include <kshim/kapi.h>
#include "leds.h"

LIST_HEAD(leds_list);
EXPORT_SYMBOL_GPL(leds_list);

static int __led_set_brightness(struct led_classdev *led_cdev,
				unsigned int value)
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
	/* Pluggable hardware may be gone: no complaint then. */
	if (ret < 0 &&
	    !(ret == -ENODEV && (led_cdev->flags & LED_UNREGISTERING) &&
	      (led_cdev->flags & LED_HW_PLUGGABLE)))
		dev_err(led_cdev->dev,
			"Setting an LED's brightness failed (%d)\n", ret);
}

void led_init_core(struct led_classdev *led_cdev)
{
	INIT_WORK(&led_cdev->set_brightness_work, set_brightness_delayed);
}

void led_set_brightness_nopm(struct led_classdev *led_cdev, unsigned int value)
{
	/* brightness_set() must not sleep; a blocking one goes to the work. */
	if (!__led_set_brightness(led_cdev, value))
		return;
	led_cdev->delayed_set_value = value;
	schedule_work(&led_cdev->set_brightness_work);
}
EXPORT_SYMBOL_GPL(led_set_brightness_nopm);

void led_set_brightness_nosleep(struct led_classdev *led_cdev,
				unsigned int value)
{
	led_cdev->brightness = min(value, led_cdev->max_brightness);
	if (led_cdev->flags & LED_SUSPENDED)
		return;
	led_set_brightness_nopm(led_cdev, led_cdev->brightness);
}
EXPORT_SYMBOL_GPL(led_set_brightness_nosleep);

void led_set_brightness(struct led_classdev *led_cdev, unsigned int brightness)
{
	/* No software blink to stop or to change: set it at once. */
	led_set_brightness_nosleep(led_cdev, brightness);
}
EXPORT_SYMBOL_GPL(led_set_brightness);

int led_set_brightness_sync(struct led_classdev *led_cdev, unsigned int value)
{
	if (led_cdev->blink_delay_on || led_cdev->blink_delay_off)
		return -EBUSY;
	led_cdev->brightness = min(value, led_cdev->max_brightness);
	if (led_cdev->flags & LED_SUSPENDED)
		return 0;
	return __led_set_brightness_blocking(led_cdev, led_cdev->brightness);
}
EXPORT_SYMBOL_GPL(led_set_brightness_sync);

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
EXPORT_SYMBOL_GPL(led_update_brightness);

void led_blink_set(struct led_classdev *led_cdev, unsigned long *delay_on,
		   unsigned long *delay_off)
{
	/* The hardware's blink, or (no timer here) the LED simply on. */
	if (led_cdev->blink_set &&
	    !led_cdev->blink_set(led_cdev, delay_on, delay_off))
		return;
	led_set_brightness_nosleep(led_cdev, led_cdev->max_brightness);
}
EXPORT_SYMBOL_GPL(led_blink_set);

void led_stop_software_blink(struct led_classdev *led_cdev)
{
	led_cdev->blink_delay_on = 0;
	led_cdev->blink_delay_off = 0;
	clear_bit(LED_BLINK_SW, &led_cdev->work_flags);
}
EXPORT_SYMBOL_GPL(led_stop_software_blink);

void led_sysfs_disable(struct led_classdev *led_cdev)
{
	led_cdev->flags |= LED_SYSFS_DISABLE;
}
EXPORT_SYMBOL_GPL(led_sysfs_disable);

void led_sysfs_enable(struct led_classdev *led_cdev)
{
	led_cdev->flags &= ~LED_SYSFS_DISABLE;
}
EXPORT_SYMBOL_GPL(led_sysfs_enable);

/* ---- The harness ---- */

static struct led_classdev *find_led(const char *name)
{
	struct led_classdev *led_cdev;

	list_for_each_entry(led_cdev, &leds_list, node)
		if (!strcmp(dev_name(led_cdev->dev), name))
			return led_cdev;
	return NULL;
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

/* The driver's code: whose module it is, from its callbacks' addresses. */
const char *__kshim_led_module(const char *name)
{
	struct led_classdev *led_cdev = find_led(name);
	const void *fn;

	if (!led_cdev)
		return NULL;
	fn = led_cdev->brightness_set ? (void *)led_cdev->brightness_set :
	     (void *)led_cdev->brightness_set_blocking;
	return fn ? kshim_module_at(fn) : NULL;
}

void kshim_led_reset(void)
{
	/* The LEDs were the drivers' memory, gone with the allocator's reset. */
	INIT_LIST_HEAD(&leds_list);
	led_triggers_reset();
}
