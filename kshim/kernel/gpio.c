// SPDX-License-Identifier: GPL-2.0-only
/*
 * GPIO descriptors on simulated lines, after 6.1's drivers/gpio/gpiolib.c
 * and gpiolib-devres.c. A line is a board's mapping (device, function,
 * index) made by the test; a driver requests it (one owner at a time:
 * -EBUSY), configures its direction and drives or reads its level. A
 * line behind a sleeping bus (KSHIM_GPIO_CAN_SLEEP) WARNs when used with
 * the non-sleeping calls, as gpiolib does.
 */
#include <linux/gpio/consumer.h>
#include <linux/device.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/bug.h>
#include <kshim/classapi.h>
#include <kshim/devapi.h>
#include <kshim/drivers.h>

#define MAX_LINES	64

struct gpio_desc {
	bool mapped;
	char *dev;		/* the consumer device's name */
	char *con_id;		/* NULL: the device's unnamed gpios */
	unsigned int idx;
	bool active_low;
	bool can_sleep;
	bool requested;
	char *label;
	bool is_out;
	int out_val;		/* the output latch */
	int in_level;		/* what drives an input from outside */
	int level;		/* the physical level last seen */
	unsigned long toggles;
};

static struct gpio_desc lines[MAX_LINES];

static void free_line(struct gpio_desc *d)
{
	kshim_host_free(d->dev);
	kshim_host_free(d->con_id);
	kshim_host_free(d->label);
	memset(d, 0, sizeof(*d));
}

void kshim_gpio_reset(void)
{
	int i;

	for (i = 0; i < MAX_LINES; i++)
		free_line(&lines[i]);
}

static bool same_id(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

static int line_level(const struct gpio_desc *d)
{
	return d->is_out ? d->out_val : d->in_level;
}

/* Note a change of the physical level, for kshim_gpio_toggles(). */
static void settle(struct gpio_desc *d)
{
	int level = line_level(d);

	if (level != d->level) {
		d->level = level;
		d->toggles++;
	}
}

/* ---- The harness: the board ---- */

int kshim_gpio_add(const char *dev, const char *con_id, unsigned int idx,
		   unsigned int flags)
{
	int i, free = -1;

	for (i = 0; i < MAX_LINES; i++) {
		struct gpio_desc *d = &lines[i];

		if (!d->mapped) {
			if (free < 0)
				free = i;
			continue;
		}
		if (!strcmp(d->dev, dev) && same_id(d->con_id, con_id) &&
		    d->idx == idx)
			return -EEXIST;
	}
	if (free < 0)
		return -ENOSPC;
	lines[free].mapped = true;
	lines[free].dev = kshim_host_strdup(dev);
	lines[free].con_id = con_id ? kshim_host_strdup(con_id) : NULL;
	lines[free].idx = idx;
	lines[free].active_low = flags & KSHIM_GPIO_ACTIVE_LOW;
	lines[free].can_sleep = flags & KSHIM_GPIO_CAN_SLEEP;
	return free;
}

static struct gpio_desc *line(int n)
{
	return n >= 0 && n < MAX_LINES && lines[n].mapped ? &lines[n] : NULL;
}

int kshim_gpio_value(int n)
{
	struct gpio_desc *d = line(n);

	return d ? line_level(d) : -ENOENT;
}

int kshim_gpio_set_input(int n, int level)
{
	struct gpio_desc *d = line(n);

	if (!d)
		return -ENOENT;
	d->in_level = !!level;
	settle(d);
	return 0;
}

int kshim_gpio_is_output(int n)
{
	struct gpio_desc *d = line(n);

	return d ? d->is_out : -ENOENT;
}

const char *kshim_gpio_consumer(int n)
{
	struct gpio_desc *d = line(n);

	return d && d->requested ? d->label : NULL;
}

unsigned long kshim_gpio_toggles(int n)
{
	struct gpio_desc *d = line(n);

	return d ? d->toggles : 0;
}

/* ---- Validation, as gpiolib's VALIDATE_DESC() ---- */

/* 1: a line to act on; 0: NULL (an optional GPIO that is absent); or -errno. */
static int validate_desc(const struct gpio_desc *desc, const char *func)
{
	if (!desc)
		return 0;
	if (IS_ERR(desc)) {
		pr_warn("%s: invalid GPIO (errorpointer)\n", func);
		return PTR_ERR(desc);
	}
	if (desc < lines || desc >= lines + MAX_LINES || !desc->mapped) {
		pr_warn("%s: invalid GPIO (no device)\n", func);
		return -EINVAL;
	}
	return 1;
}

#define VALIDATE_DESC(desc) do {				\
	int __valid = validate_desc(desc, __func__);		\
	if (__valid <= 0)					\
		return __valid;					\
	} while (0)

#define VALIDATE_DESC_VOID(desc) do {				\
	int __valid = validate_desc(desc, __func__);		\
	if (__valid <= 0)					\
		return;						\
	} while (0)

/* ---- Getting and putting ---- */

static struct gpio_desc *find(struct device *dev, const char *con_id,
			      unsigned int idx)
{
	const char *name = dev ? dev_name(dev) : NULL;
	int i;

	for (i = 0; name && i < MAX_LINES; i++)
		if (lines[i].mapped && !strcmp(lines[i].dev, name) &&
		    same_id(lines[i].con_id, con_id) && lines[i].idx == idx)
			return &lines[i];
	return NULL;
}

int gpiod_count(struct device *dev, const char *con_id)
{
	int n = 0;

	while (find(dev, con_id, n))
		n++;
	return n ? n : -ENOENT;
}

static int gpiod_direction_output_raw_commit(struct gpio_desc *desc, int value)
{
	desc->out_val = !!value;
	desc->is_out = true;
	settle(desc);
	return 0;
}

int gpiod_direction_input(struct gpio_desc *desc)
{
	VALIDATE_DESC(desc);
	desc->is_out = false;
	settle(desc);
	return 0;
}

int gpiod_direction_output_raw(struct gpio_desc *desc, int value)
{
	VALIDATE_DESC(desc);
	return gpiod_direction_output_raw_commit(desc, value);
}

int gpiod_direction_output(struct gpio_desc *desc, int value)
{
	VALIDATE_DESC(desc);
	if (desc->active_low)
		value = !value;
	else
		value = !!value;
	return gpiod_direction_output_raw_commit(desc, value);
}

int gpiod_get_direction(struct gpio_desc *desc)
{
	VALIDATE_DESC(desc);
	return desc->is_out ? GPIO_LINE_DIRECTION_OUT : GPIO_LINE_DIRECTION_IN;
}

/* gpiod_configure_flags(): the direction and value the consumer asked for */
static int configure(struct gpio_desc *desc, const char *con_id,
		     enum gpiod_flags dflags)
{
	if (!(dflags & GPIOD_FLAGS_BIT_DIR_SET)) {
		pr_debug("no flags found for %s\n", con_id);
		return 0;
	}
	if (dflags & GPIOD_FLAGS_BIT_DIR_OUT)
		return gpiod_direction_output(desc,
					      !!(dflags & GPIOD_FLAGS_BIT_DIR_VAL));
	return gpiod_direction_input(desc);
}

struct gpio_desc *gpiod_get_index(struct device *dev, const char *con_id,
				  unsigned int idx, enum gpiod_flags flags)
{
	const char *devname = dev ? dev_name(dev) : "?";
	struct gpio_desc *desc = find(dev, con_id, idx);
	int ret;

	if (!desc) {
		dev_dbg(dev, "No GPIO consumer %s found\n", con_id);
		return ERR_PTR(-ENOENT);
	}
	if (desc->requested) {
		/* shared, when the caller says it may be */
		if (flags & GPIOD_FLAGS_BIT_NONEXCLUSIVE) {
			dev_info(dev, "nonexclusive access to GPIO for %s\n",
				 con_id ?: devname);
			return desc;
		}
		return ERR_PTR(-EBUSY);
	}
	desc->requested = true;
	desc->label = kshim_host_strdup(con_id ?: devname);
	ret = configure(desc, con_id, flags);
	if (ret < 0) {
		dev_dbg(dev, "setup of GPIO %s failed\n", con_id);
		gpiod_put(desc);
		return ERR_PTR(ret);
	}
	return desc;
}

struct gpio_desc *gpiod_get(struct device *dev, const char *con_id,
			    enum gpiod_flags flags)
{
	return gpiod_get_index(dev, con_id, 0, flags);
}

struct gpio_desc *gpiod_get_index_optional(struct device *dev,
					   const char *con_id,
					   unsigned int index,
					   enum gpiod_flags flags)
{
	struct gpio_desc *desc = gpiod_get_index(dev, con_id, index, flags);

	if (PTR_ERR_OR_ZERO(desc) == -ENOENT)
		return NULL;
	return desc;
}

struct gpio_desc *gpiod_get_optional(struct device *dev, const char *con_id,
				     enum gpiod_flags flags)
{
	return gpiod_get_index_optional(dev, con_id, 0, flags);
}

void gpiod_put(struct gpio_desc *desc)
{
	/* gpiod_free(): a line not requested is left alone, silently */
	if (desc && !IS_ERR(desc) && desc->requested) {
		/* The line keeps its direction and level: nobody resets it. */
		desc->requested = false;
		kshim_host_free(desc->label);
		desc->label = NULL;
	}
}

static void devm_gpiod_release(struct device *dev, void *res)
{
	gpiod_put(*(struct gpio_desc **)res);
}

static int devm_gpiod_match(struct device *dev, void *res, void *data)
{
	return *(struct gpio_desc **)res == data;
}

struct gpio_desc *kshim_devm_gpiod_get_index(struct device *dev,
					     const char *con_id,
					     unsigned int idx,
					     enum gpiod_flags flags, bool optional,
					     const struct kshim_site *site)
{
	struct gpio_desc **dr, *desc;

	desc = gpiod_get_index(dev, con_id, idx, flags);
	if (IS_ERR(desc))
		return optional && PTR_ERR(desc) == -ENOENT ? NULL : desc;
	/* A shared line is managed once, by its first devres. */
	if ((flags & GPIOD_FLAGS_BIT_NONEXCLUSIVE) &&
	    devres_find(dev, devm_gpiod_release, devm_gpiod_match, desc))
		return desc;
	dr = kshim_devres_alloc(devm_gpiod_release, sizeof(*dr), GFP_KERNEL,
				"devm_gpiod_release", site);
	if (!dr) {
		gpiod_put(desc);
		return ERR_PTR(-ENOMEM);
	}
	*dr = desc;
	devres_add(dev, dr);
	return desc;
}

void devm_gpiod_put(struct device *dev, struct gpio_desc *desc)
{
	WARN_ON(devres_release(dev, devm_gpiod_release, devm_gpiod_match, desc));
}

/* ---- Values ---- */

static void set_raw(struct gpio_desc *desc, int value)
{
	desc->out_val = !!value;
	settle(desc);
}

static void set_value_nocheck(struct gpio_desc *desc, int value)
{
	if (desc->active_low)
		value = !value;
	set_raw(desc, value);
}

static int get_raw(const struct gpio_desc *desc)
{
	return line_level(desc);
}

int gpiod_get_raw_value(const struct gpio_desc *desc)
{
	VALIDATE_DESC(desc);
	/* Should be using gpiod_get_raw_value_cansleep() */
	WARN_ON(desc->can_sleep);
	return get_raw(desc);
}

int gpiod_get_value(const struct gpio_desc *desc)
{
	int value;

	VALIDATE_DESC(desc);
	/* Should be using gpiod_get_value_cansleep() */
	WARN_ON(desc->can_sleep);
	value = get_raw(desc);
	return desc->active_low ? !value : value;
}

void gpiod_set_raw_value(struct gpio_desc *desc, int value)
{
	VALIDATE_DESC_VOID(desc);
	/* Should be using gpiod_set_raw_value_cansleep() */
	WARN_ON(desc->can_sleep);
	set_raw(desc, value);
}

void gpiod_set_value(struct gpio_desc *desc, int value)
{
	VALIDATE_DESC_VOID(desc);
	/* Should be using gpiod_set_value_cansleep() */
	WARN_ON(desc->can_sleep);
	set_value_nocheck(desc, value);
}

int gpiod_get_raw_value_cansleep(const struct gpio_desc *desc)
{
	might_sleep();
	VALIDATE_DESC(desc);
	return get_raw(desc);
}

int gpiod_get_value_cansleep(const struct gpio_desc *desc)
{
	int value;

	might_sleep();
	VALIDATE_DESC(desc);
	value = get_raw(desc);
	return desc->active_low ? !value : value;
}

void gpiod_set_raw_value_cansleep(struct gpio_desc *desc, int value)
{
	might_sleep();
	VALIDATE_DESC_VOID(desc);
	set_raw(desc, value);
}

void gpiod_set_value_cansleep(struct gpio_desc *desc, int value)
{
	might_sleep();
	VALIDATE_DESC_VOID(desc);
	set_value_nocheck(desc, value);
}

/* ---- Properties ---- */

int gpiod_set_debounce(struct gpio_desc *desc, unsigned int debounce)
{
	VALIDATE_DESC(desc);
	return -ENOTSUPP;	/* the simulated chip has no set_config() */
}

void gpiod_toggle_active_low(struct gpio_desc *desc)
{
	VALIDATE_DESC_VOID(desc);
	desc->active_low = !desc->active_low;
}

int gpiod_is_active_low(const struct gpio_desc *desc)
{
	VALIDATE_DESC(desc);
	return desc->active_low;
}

int gpiod_cansleep(const struct gpio_desc *desc)
{
	VALIDATE_DESC(desc);
	return desc->can_sleep;
}

int gpiod_to_irq(const struct gpio_desc *desc)
{
	/* gpiolib: NULL or an error pointer is -EINVAL here */
	if (!desc || IS_ERR(desc) || desc < lines || desc >= lines + MAX_LINES ||
	    !desc->mapped)
		return -EINVAL;
	return -ENXIO;
}

int gpiod_set_consumer_name(struct gpio_desc *desc, const char *name)
{
	VALIDATE_DESC(desc);
	kshim_host_free(desc->label);
	desc->label = name ? kshim_host_strdup(name) : NULL;
	return 0;
}
