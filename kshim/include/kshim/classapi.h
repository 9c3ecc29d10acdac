/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Between the kernel side of kshim's class drivers (kernel/kobject.c,
 * gpio.c, input.c, hw_random.c, leds.c, reboot.c) and their host side
 * (host/classdev.c): the calls that run driver code, which the host side
 * guards. Plain C types only.
 */
#ifndef _KSHIM_CLASSAPI_H
#define _KSHIM_CLASSAPI_H

#ifdef __KERNEL__
#include <linux/types.h>	/* size_t: -nostdinc has no <stddef.h> */
#else
#include <stddef.h>
#endif

/* The module whose code is running (host/bug.c): who made a sysfs file. */
const char *kshim_current_module(void);

/* sysfs by path (kernel/kobject.c). */
const char *__kshim_sysfs_module(const char *path);
int __kshim_sysfs_read(const char *path, char *buf, size_t len);
int __kshim_sysfs_write(const char *path, const char *val);

/* hw_random (kernel/hw_random.c). */
const char *__kshim_hwrng_module(void);
int __kshim_hwrng_read(void *buf, size_t len, int wait);

/* input (kernel/input.c). */
const char *__kshim_input_module(const char *name);
int __kshim_input_event(const char *name, unsigned int type,
			unsigned int code, int value);
int __kshim_input_open(const char *name, int open);

/* LEDs (kernel/leds.c). */
const char *__kshim_led_module(const char *name);

/* A fresh kernel: forget every kobject, line, input device, rng, LED. */
void kshim_class_reset(void);
void kshim_kobject_reset(void);
void kshim_gpio_reset(void);
void kshim_input_reset(void);
void kshim_hwrng_reset(void);
void kshim_led_reset(void);

#endif /* _KSHIM_CLASSAPI_H */
