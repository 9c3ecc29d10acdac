/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the LED core's files share (drivers/leds/leds.h in the kernel): the
 * list of LEDs, and the trigger hooks the class calls.
 */
#ifndef _KSHIM_DRIVERS_LEDS_H
#define _KSHIM_DRIVERS_LEDS_H

#include <linux/device.h>
#include <linux/leds.h>
#include <linux/list.h>

extern struct list_head leds_list;
extern const struct attribute_group led_trigger_group;

void led_init_core(struct led_classdev *led_cdev);
void led_set_brightness_nopm(struct led_classdev *led_cdev, unsigned int value);
void led_triggers_reset(void);
void led_stop_software_blink(struct led_classdev *led_cdev);
void led_set_brightness_nosleep(struct led_classdev *led_cdev,
				unsigned int value);

/* drivers/leds/leds.h's limit on a name, with the collision suffix */
#define LED_MAX_NAME_SIZE	64

/* The harness (kshim/drivers.h, kshim/classapi.h: C library types). */
int kshim_led_brightness(const char *name);
int kshim_led_max_brightness(const char *name);
const char *__kshim_led_module(const char *name);
void kshim_led_reset(void);

#endif /* _KSHIM_DRIVERS_LEDS_H */
