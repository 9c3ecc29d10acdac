// SPDX-License-Identifier: GPL-2.0-only
/*
 * The LED class from a module: two LEDs of one name (the second renamed),
 * one with a blocking brightness_set (set from the LED's work), brightness
 * clamped to max_brightness, off at unregistration.
 */
#include <linux/module.h>
#include <linux/leds.h>
#include <linux/workqueue.h>

static struct led_classdev fast, slow;

static void fast_set(struct led_classdev *led, enum led_brightness b)
{
	pr_info("cls_led: %s set to %d\n", dev_name(led->dev), b);
}

static int slow_set(struct led_classdev *led, enum led_brightness b)
{
	pr_info("cls_led: %s set to %d (blocking)\n", dev_name(led->dev), b);
	return 0;
}

static int __init cls_led_init(void)
{
	int ret;

	fast.name = "cls:green";
	fast.max_brightness = 10;
	fast.brightness_set = fast_set;
	ret = led_classdev_register(NULL, &fast);
	if (ret)
		return ret;
	slow.name = "cls:green";
	slow.brightness_set_blocking = slow_set;
	ret = led_classdev_register(NULL, &slow);
	if (ret)
		goto err_fast;
	pr_info("cls_led: %s max %u, %s max %u\n", dev_name(fast.dev),
		fast.max_brightness, dev_name(slow.dev), slow.max_brightness);
	led_set_brightness(&fast, 200);
	led_set_brightness(&slow, 7);
	flush_work(&slow.set_brightness_work);
	pr_info("cls_led: brightness %u and %u\n", fast.brightness,
		slow.brightness);
	return 0;

err_fast:
	led_classdev_unregister(&fast);
	return ret;
}

static void __exit cls_led_exit(void)
{
	led_classdev_unregister(&slow);
	led_classdev_unregister(&fast);
}

module_init(cls_led_init);
module_exit(cls_led_exit);
MODULE_LICENSE("GPL");
