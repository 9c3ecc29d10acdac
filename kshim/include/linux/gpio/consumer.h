/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * GPIO descriptors, the consumer's side (drivers/gpio/gpiolib.c,
 * gpiolib-devres.c). The lines are simulated: a test maps them to a
 * device's function with kshim_gpio_add() (<kshim/drivers.h>) as a board
 * file's lookup table would, and reads what the driver drives with
 * kshim_gpio_value(). No chips, no arrays, no interrupts (gpiod_to_irq()
 * is -ENXIO, as for a chip without to_irq()).
 */
#ifndef __LINUX_GPIO_CONSUMER_H
#define __LINUX_GPIO_CONSUMER_H

#include <linux/bits.h>
#include <linux/bug.h>
#include <linux/err.h>
#include <kshim/kapi.h>

struct device;

/* Opaque descriptor for a GPIO. These are obtained using gpiod_get(). */
struct gpio_desc;

#define GPIOD_FLAGS_BIT_DIR_SET		BIT(0)
#define GPIOD_FLAGS_BIT_DIR_OUT		BIT(1)
#define GPIOD_FLAGS_BIT_DIR_VAL		BIT(2)
#define GPIOD_FLAGS_BIT_OPEN_DRAIN	BIT(3)
#define GPIOD_FLAGS_BIT_NONEXCLUSIVE	BIT(4)

/* Optional flags that can be passed to one of gpiod_* to configure direction and output value. */
enum gpiod_flags {
	GPIOD_ASIS	= 0,
	GPIOD_IN	= GPIOD_FLAGS_BIT_DIR_SET,
	GPIOD_OUT_LOW	= GPIOD_FLAGS_BIT_DIR_SET | GPIOD_FLAGS_BIT_DIR_OUT,
	GPIOD_OUT_HIGH	= GPIOD_FLAGS_BIT_DIR_SET | GPIOD_FLAGS_BIT_DIR_OUT |
			  GPIOD_FLAGS_BIT_DIR_VAL,
	GPIOD_OUT_LOW_OPEN_DRAIN = GPIOD_OUT_LOW | GPIOD_FLAGS_BIT_OPEN_DRAIN,
	GPIOD_OUT_HIGH_OPEN_DRAIN = GPIOD_OUT_HIGH | GPIOD_FLAGS_BIT_OPEN_DRAIN,
};

/* gpiod_get_direction(): include/linux/gpio/driver.h */
#define GPIO_LINE_DIRECTION_IN	1
#define GPIO_LINE_DIRECTION_OUT	0

int gpiod_count(struct device *dev, const char *con_id);

struct gpio_desc *__must_check gpiod_get(struct device *dev, const char *con_id,
					 enum gpiod_flags flags);
struct gpio_desc *__must_check gpiod_get_index(struct device *dev,
					       const char *con_id,
					       unsigned int idx,
					       enum gpiod_flags flags);
struct gpio_desc *__must_check gpiod_get_optional(struct device *dev,
						  const char *con_id,
						  enum gpiod_flags flags);
struct gpio_desc *__must_check gpiod_get_index_optional(struct device *dev,
							const char *con_id,
							unsigned int index,
							enum gpiod_flags flags);
void gpiod_put(struct gpio_desc *desc);

/* The managed ones take the caller's site: fault injection names it. */
struct gpio_desc *kshim_devm_gpiod_get_index(struct device *dev,
					     const char *con_id,
					     unsigned int idx,
					     enum gpiod_flags flags, bool optional,
					     const struct kshim_site *site);
#define devm_gpiod_get(dev, con_id, flags)				\
	kshim_devm_gpiod_get_index((dev), (con_id), 0, (flags), false, KSHIM_SITE)
#define devm_gpiod_get_index(dev, con_id, idx, flags)			\
	kshim_devm_gpiod_get_index((dev), (con_id), (idx), (flags), false, \
				   KSHIM_SITE)
#define devm_gpiod_get_optional(dev, con_id, flags)			\
	kshim_devm_gpiod_get_index((dev), (con_id), 0, (flags), true, KSHIM_SITE)
#define devm_gpiod_get_index_optional(dev, con_id, index, flags)	\
	kshim_devm_gpiod_get_index((dev), (con_id), (index), (flags), true, \
				   KSHIM_SITE)
void devm_gpiod_put(struct device *dev, struct gpio_desc *desc);

int gpiod_get_direction(struct gpio_desc *desc);
int gpiod_direction_input(struct gpio_desc *desc);
int gpiod_direction_output(struct gpio_desc *desc, int value);
int gpiod_direction_output_raw(struct gpio_desc *desc, int value);

/* Value get/set from non-sleeping context */
int gpiod_get_value(const struct gpio_desc *desc);
void gpiod_set_value(struct gpio_desc *desc, int value);
int gpiod_get_raw_value(const struct gpio_desc *desc);
void gpiod_set_raw_value(struct gpio_desc *desc, int value);

/* Value get/set from sleeping context */
int gpiod_get_value_cansleep(const struct gpio_desc *desc);
void gpiod_set_value_cansleep(struct gpio_desc *desc, int value);
int gpiod_get_raw_value_cansleep(const struct gpio_desc *desc);
void gpiod_set_raw_value_cansleep(struct gpio_desc *desc, int value);

int gpiod_set_debounce(struct gpio_desc *desc, unsigned int debounce);
void gpiod_toggle_active_low(struct gpio_desc *desc);
int gpiod_is_active_low(const struct gpio_desc *desc);
int gpiod_cansleep(const struct gpio_desc *desc);
int gpiod_to_irq(const struct gpio_desc *desc);
int gpiod_set_consumer_name(struct gpio_desc *desc, const char *name);

#endif /* __LINUX_GPIO_CONSUMER_H */
