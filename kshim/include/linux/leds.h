/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The LED class (drivers/leds/led-class.c, led-core.c): LED devices with
 * a brightness and its sysfs files (brightness, max_brightness). A test
 * reads and writes them as /sys/class/leds/<name>/brightness (kshim_sysfs_read())
 * or sets the brightness with kshim_led_set(). No triggers, no blinking,
 * no flash LEDs, no names composed from firmware (led_init_data).
 */
#ifndef __LINUX_LEDS_H_INCLUDED
#define __LINUX_LEDS_H_INCLUDED

#include <linux/device.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/types.h>
#include <linux/workqueue.h>
#include <kshim/kapi.h>

struct device;
struct led_pattern;
struct device_node;

/* This is obsolete/useless. We now support variable maximum brightness. */
enum led_brightness {
	LED_OFF		= 0,
	LED_ON		= 1,
	LED_HALF	= 127,
	LED_FULL	= 255,
};

struct led_init_data {
	/* device fwnode handle */
	struct fwnode_handle *fwnode;
	/* default <color:function> tuple, for backward compatibility with in-driver hard-coded LED names */
	const char *default_label;
	/* string to be used for devicename section of LED class device */
	const char *devicename;
	/* indicates if LED name should always comprise devicename section */
	bool devname_mandatory;
};

struct led_classdev {
	const char		*name;
	unsigned int brightness;
	unsigned int max_brightness;
	int			 flags;

	/* Lower 16 bits reflect status */
#define LED_SUSPENDED		BIT(0)
#define LED_UNREGISTERING	BIT(1)
	/* Upper 16 bits reflect control information */
#define LED_CORE_SUSPENDRESUME	BIT(16)
#define LED_SYSFS_DISABLE	BIT(17)
#define LED_DEV_CAP_FLASH	BIT(18)
#define LED_HW_PLUGGABLE	BIT(19)
#define LED_PANIC_INDICATOR	BIT(20)
#define LED_BRIGHT_HW_CHANGED	BIT(21)
#define LED_RETAIN_AT_SHUTDOWN	BIT(22)
#define LED_INIT_DEFAULT_TRIGGER BIT(23)

	/* set_brightness_work / blink_timer flags, atomic, private. */
	unsigned long		work_flags;

#define LED_BLINK_SW			0
#define LED_BLINK_ONESHOT		1
#define LED_BLINK_ONESHOT_STOP		2
#define LED_BLINK_INVERT		3
#define LED_BLINK_BRIGHTNESS_CHANGE 	4
#define LED_BLINK_DISABLE		5

	/* Set LED brightness level; must not sleep. */
	void		(*brightness_set)(struct led_classdev *led_cdev,
					  enum led_brightness brightness);
	/* Set LED brightness level immediately; may block. */
	int (*brightness_set_blocking)(struct led_classdev *led_cdev,
				       enum led_brightness brightness);
	/* Get LED brightness level */
	enum led_brightness (*brightness_get)(struct led_classdev *led_cdev);

	/* Hardware accelerated blink, delays in milliseconds (kshim: never called) */
	int		(*blink_set)(struct led_classdev *led_cdev,
				     unsigned long *delay_on,
				     unsigned long *delay_off);

	int (*pattern_set)(struct led_classdev *led_cdev,
			   struct led_pattern *pattern, u32 len, int repeat);
	int (*pattern_clear)(struct led_classdev *led_cdev);

	struct device		*dev;
	const struct attribute_group	**groups;

	struct list_head	 node;			/* LED Device list */
	const char		*default_trigger;	/* Trigger to use */

	unsigned long		 blink_delay_on, blink_delay_off;
	int			 blink_brightness;
	int			 new_blink_brightness;
	void			(*flash_resume)(struct led_classdev *led_cdev);

	struct work_struct	set_brightness_work;
	int			delayed_set_value;

	/* Ensures consistent access to the LED Flash Class device */
	struct mutex		led_access;

	/* kshim: the module that registered it */
	const char		*kshim_module;
};

int kshim_led_classdev_register_ext(struct device *parent,
				    struct led_classdev *led_cdev,
				    struct led_init_data *init_data,
				    const struct kshim_site *site);
#define led_classdev_register_ext(parent, led_cdev, init_data)		\
	kshim_led_classdev_register_ext((parent), (led_cdev), (init_data), KSHIM_SITE)
#define led_classdev_register(parent, led_cdev)				\
	led_classdev_register_ext((parent), (led_cdev), NULL)

int kshim_devm_led_classdev_register_ext(struct device *parent,
					 struct led_classdev *led_cdev,
					 struct led_init_data *init_data,
					 const struct kshim_site *site);
#define devm_led_classdev_register_ext(parent, led_cdev, init_data)	\
	kshim_devm_led_classdev_register_ext((parent), (led_cdev), (init_data), \
					     KSHIM_SITE)
#define devm_led_classdev_register(parent, led_cdev)			\
	devm_led_classdev_register_ext((parent), (led_cdev), NULL)

void led_classdev_unregister(struct led_classdev *led_cdev);
void devm_led_classdev_unregister(struct device *parent,
				  struct led_classdev *led_cdev);

/* Set an LED's brightness: capped at max_brightness; 0 turns it off. */
void led_set_brightness(struct led_classdev *led_cdev, unsigned int brightness);
int led_set_brightness_sync(struct led_classdev *led_cdev, unsigned int value);
int led_update_brightness(struct led_classdev *led_cdev);

static inline bool led_sysfs_is_disabled(struct led_classdev *led_cdev)
{
	return led_cdev->flags & LED_SYSFS_DISABLE;
}

static inline void led_sysfs_disable(struct led_classdev *led_cdev)
{
	led_cdev->flags |= LED_SYSFS_DISABLE;
}

static inline void led_sysfs_enable(struct led_classdev *led_cdev)
{
	led_cdev->flags &= ~LED_SYSFS_DISABLE;
}

#endif /* __LINUX_LEDS_H_INCLUDED */
