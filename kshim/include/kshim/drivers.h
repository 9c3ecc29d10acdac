/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The class drivers' harness: what user space or the hardware would do to
 * a random number generator, GPIO lines, input devices and LEDs.
 */
#ifndef _KSHIM_DRIVERS_H
#define _KSHIM_DRIVERS_H

#include <stdbool.h>
#ifdef __KERNEL__
#include <linux/types.h>	/* size_t: -nostdinc has no <stddef.h> */
#else
#include <stddef.h>
#endif

/* ---- hw_random ---- */

/*
 * read() of /dev/hwrng, blocking: @len bytes from the current generator,
 * as the kernel serves them (whole buffers of 64 bytes, from their end).
 * Returns the bytes read; -ENODEV with no generator; the generator's
 * error; -EAGAIN when it gave nothing for a second of virtual time;
 * KSHIM_CRASH when its read() crashed.
 */
int kshim_hwrng_read(void *buf, size_t len);
/* The same, O_NONBLOCK: -EAGAIN when the generator has nothing now. */
int kshim_hwrng_read_nonblock(void *buf, size_t len);
/* /sys/class/misc/hw_random/rng_current: the current generator's name, or NULL. */
const char *kshim_hwrng_current(void);

/* ---- input ---- */

/*
 * Input devices are named by their device name ("input0") or by the name
 * their driver gave them (input_dev->name: the first that matches).
 */
struct kshim_input_value {
	unsigned short type;	/* EV_KEY... */
	unsigned short code;
	int value;
};

/*
 * An event written to the device's evdev node (input_inject_event()): it
 * goes through the core's filter, and to the driver's event() callback
 * when the core passes such events to the device (EV_LED, EV_SND, EV_FF,
 * EV_MSC, EV_REP, EV_PWR, SYN_CONFIG). 0, -ENODEV, or KSHIM_CRASH.
 */
int kshim_input_event(const char *name, unsigned int type, unsigned int code,
		      int value);
/* Open and close the device as evdev does: the first open calls open(). */
int kshim_input_open(const char *name);
int kshim_input_close(const char *name);
int kshim_input_users(const char *name);
/* "input0" for a device of that driver name; NULL when none is registered. */
const char *kshim_input_dev_name(const char *name);
/*
 * The events delivered to readers since registration or the last clear,
 * packet by packet (each ends with SYN_REPORT), the last 256 kept: copies
 * up to @max into @out, returns how many there are.
 */
size_t kshim_input_events(const char *name, struct kshim_input_value *out,
			  size_t max);
void kshim_input_events_clear(const char *name);
/* The state the core keeps of a key, LED, sound or switch: 0 or 1. */
int kshim_input_key_state(const char *name, unsigned int type, unsigned int code);

/* ---- GPIO lines ---- */

/*
 * Simulated GPIO lines, as a board's lookup tables (gpiod_lookup_table)
 * or its device tree would map them: line @idx of function @con_id (NULL:
 * the unnamed "gpios") of device @dev ("gpio-beeper", "foo.0"). @flags:
 * KSHIM_GPIO_*. Returns the line's number, for the calls below, or -EEXIST
 * when that mapping exists, -ENOSPC when there are too many lines.
 */
#define KSHIM_GPIO_ACTIVE_LOW	1	/* GPIO_ACTIVE_LOW: the logical value inverted */
#define KSHIM_GPIO_CAN_SLEEP	2	/* behind a bus: gpiod_*_cansleep() only */
int kshim_gpio_add(const char *dev, const char *con_id, unsigned int idx,
		   unsigned int flags);
/* The line's physical level: as driven when it is an output. -ENOENT: no line. */
int kshim_gpio_value(int line);
/* Drive an input line from outside: what gpiod_get_value() then reads. */
int kshim_gpio_set_input(int line, int level);
/* 1 when the line is an output, 0 when an input. */
int kshim_gpio_is_output(int line);
/* The label a driver requested it with (its consumer name), or NULL. */
const char *kshim_gpio_consumer(int line);
/* How many times the line's physical level has changed. */
unsigned long kshim_gpio_toggles(int line);

/* ---- LEDs ---- */

/*
 * LED class devices by name ("uleds:red", "foo_1" after a collision). Their
 * files are /sys/class/leds/<name>/brightness and max_brightness, for
 * kshim_sysfs_read() and kshim_sysfs_write(). The brightness the core last
 * set, and the maximum; -ENODEV when there is no such LED.
 */
int kshim_led_brightness(const char *name);
int kshim_led_max_brightness(const char *name);

#endif /* _KSHIM_DRIVERS_H */
