// SPDX-License-Identifier: GPL-2.0-only
/*
 * GPIO (drivers/gpio/gpiolib.c, gpiolib-devres.c) for modules built against
 * the kernel's own headers. Two kinds of line:
 *  - a driver's chip (gpiochip_add_data_with_key()): its lines are found
 *    through a board's lookup tables (gpiod_add_lookup_table(), chip label
 *    and offset) and driven through the chip's ops;
 *  - a harness line (kshim_gpio_add(): device, function, index), kshim's
 *    own simulated pin, as on kshim's old path (kernel/gpio.c).
 * A line has one owner at a time (-EBUSY); a line that can sleep WARNs when
 * used with the non-sleeping calls, as gpiolib does. struct gpio_desc and
 * struct gpio_device are gpiolib's private types, so they are kshim's here.
 */
#include <linux/device.h>
#include <linux/err.h>
#include <linux/gpio.h>
#include <linux/gpio/consumer.h>
#include <linux/gpio/driver.h>
#include <linux/gpio/machine.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "../base/base.h"

#define MAX_LINES	64
#define GPIO_BASE_TOP	512	/* ARCH_NR_GPIOS: dynamic bases count down from it */

struct gpio_device {
	struct device dev;		/* named, never added: chip_err()'s prefix */
	struct gpio_chip *chip;
	struct gpio_desc *descs;
	void *data;
	int base;
	u16 ngpio;
	struct list_head list;
};

struct gpio_desc {
	struct gpio_device *gdev;	/* NULL: a harness line */
	bool requested;
	bool active_low;
	bool is_out;
	char *label;			/* host memory */
	/* A harness line: its mapping and its pin. */
	bool mapped;
	bool can_sleep;
	char *dev;
	char *con_id;
	unsigned int idx;
	int out_val;
	int in_level;
	int level;
	unsigned long toggles;
};

static struct gpio_desc lines[MAX_LINES];
static LIST_HEAD(gpio_devices);		/* by base, ascending */
static LIST_HEAD(gpio_lookup_list);
static int gpio_ids;

static struct bus_type gpio_bus_type = {
	.name = "gpio",
};

/* The harness (kshim/drivers.h, kshim/classapi.h: C library types). */
void kshim_gpio_reset(void);
int kshim_gpio_add(const char *dev, const char *con_id, unsigned int idx,
		   unsigned int flags);
int kshim_gpio_value(int n);
int kshim_gpio_set_input(int n, int level);
int kshim_gpio_is_output(int n);
const char *kshim_gpio_consumer(int n);
unsigned long kshim_gpio_toggles(int n);
#define KSHIM_GPIO_ACTIVE_LOW	1
#define KSHIM_GPIO_CAN_SLEEP	2

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
	/* Chips and tables were the drivers' memory: gone with the reset. */
	INIT_LIST_HEAD(&gpio_devices);
	INIT_LIST_HEAD(&gpio_lookup_list);
	gpio_ids = 0;
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

/* ---- Lines: the chip's ops, or the simulated pin ---- */

static struct gpio_chip *desc_chip(const struct gpio_desc *desc)
{
	return desc->gdev ? desc->gdev->chip : NULL;
}

static unsigned int desc_offset(const struct gpio_desc *desc)
{
	return desc - desc->gdev->descs;
}

static bool known_desc(const struct gpio_desc *desc)
{
	struct gpio_device *gdev;

	if (desc >= lines && desc < lines + MAX_LINES)
		return desc->mapped;
	list_for_each_entry(gdev, &gpio_devices, list)
		if (desc >= gdev->descs && desc < gdev->descs + gdev->ngpio)
			return gdev->chip != NULL;
	return false;
}

static bool desc_can_sleep(const struct gpio_desc *desc)
{
	return desc->gdev ? desc->gdev->chip->can_sleep : desc->can_sleep;
}

/* 1: a line to act on; 0: NULL (an optional GPIO that is absent); or -errno. */
static int validate_desc(const struct gpio_desc *desc, const char *func)
{
	if (!desc)
		return 0;
	if (IS_ERR(desc)) {
		pr_warn("%s: invalid GPIO (errorpointer)\n", func);
		return PTR_ERR(desc);
	}
	if (!known_desc(desc)) {
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

static int get_raw(const struct gpio_desc *desc)
{
	struct gpio_chip *gc = desc_chip(desc);
	int value;

	if (!gc)
		return line_level(desc);
	if (!gc->get)
		return -EIO;
	value = gc->get(gc, desc_offset(desc));
	return value < 0 ? value : !!value;
}

static void set_raw(struct gpio_desc *desc, int value)
{
	struct gpio_chip *gc = desc_chip(desc);

	if (!gc) {
		desc->out_val = !!value;
		settle(desc);
	} else if (gc->set) {
		gc->set(gc, desc_offset(desc), !!value);
	}
}

static int direction_output_raw(struct gpio_desc *desc, int value)
{
	struct gpio_chip *gc = desc_chip(desc);
	int ret;

	if (!gc) {
		desc->out_val = !!value;
		desc->is_out = true;
		settle(desc);
		return 0;
	}
	if (gc->direction_output) {
		ret = gc->direction_output(gc, desc_offset(desc), !!value);
	} else if (gc->set && (!gc->get_direction ||
				gc->get_direction(gc, desc_offset(desc)) ==
				GPIO_LINE_DIRECTION_OUT)) {
		/* A chip with only set(): the line must be an output already. */
		gc->set(gc, desc_offset(desc), !!value);
		ret = 0;
	} else {
		dev_warn(&desc->gdev->dev,
			 "(%s): %s: missing set() or direction_output() operations\n",
			 gc->label, "gpiod_direction_output_raw_commit");
		return -EIO;
	}
	if (!ret)
		desc->is_out = true;
	return ret;
}

int gpiod_direction_input(struct gpio_desc *desc)
{
	struct gpio_chip *gc;
	int ret = 0;

	VALIDATE_DESC(desc);
	gc = desc_chip(desc);
	if (!gc) {
		desc->is_out = false;
		settle(desc);
		return 0;
	}
	if (gc->direction_input) {
		ret = gc->direction_input(gc, desc_offset(desc));
	} else if (gc->get_direction &&
		   gc->get_direction(gc, desc_offset(desc)) !=
		   GPIO_LINE_DIRECTION_IN) {
		dev_warn(&desc->gdev->dev,
			 "(%s): %s: missing direction_input() operation and line is output\n",
			 gc->label, __func__);
		return -EIO;
	}
	if (!ret)
		desc->is_out = false;
	return ret;
}
EXPORT_SYMBOL_GPL(gpiod_direction_input);

int gpiod_direction_output_raw(struct gpio_desc *desc, int value)
{
	VALIDATE_DESC(desc);
	return direction_output_raw(desc, value);
}
EXPORT_SYMBOL_GPL(gpiod_direction_output_raw);

int gpiod_direction_output(struct gpio_desc *desc, int value)
{
	VALIDATE_DESC(desc);
	value = desc->active_low ? !value : !!value;
	return direction_output_raw(desc, value);
}
EXPORT_SYMBOL_GPL(gpiod_direction_output);

int gpiod_get_direction(struct gpio_desc *desc)
{
	struct gpio_chip *gc;
	int ret;

	VALIDATE_DESC(desc);
	gc = desc_chip(desc);
	if (!gc)
		return desc->is_out ? GPIO_LINE_DIRECTION_OUT :
				      GPIO_LINE_DIRECTION_IN;
	if (!gc->get_direction)
		return -ENOTSUPP;
	ret = gc->get_direction(gc, desc_offset(desc));
	if (ret >= 0)
		desc->is_out = ret == GPIO_LINE_DIRECTION_OUT;
	return ret;
}
EXPORT_SYMBOL_GPL(gpiod_get_direction);

/* ---- Providers ---- */

static int find_base(int ngpio)
{
	struct gpio_device *gdev;
	int base = GPIO_BASE_TOP - ngpio;

	list_for_each_entry_reverse(gdev, &gpio_devices, list) {
		if (gdev->base + gdev->ngpio <= base)
			break;
		base = gdev->base - ngpio;
	}
	if (base < 0) {
		pr_err("%s: cannot find free range\n", "gpiochip_find_base");
		return -ENOSPC;
	}
	return base;
}

static int add_to_list(struct gpio_device *gdev)
{
	struct gpio_device *prev;

	list_for_each_entry(prev, &gpio_devices, list) {
		if (gdev->base + gdev->ngpio <= prev->base) {
			list_add_tail(&gdev->list, &prev->list);
			return 0;
		}
		if (prev->base + prev->ngpio > gdev->base)
			return -EBUSY;
	}
	list_add_tail(&gdev->list, &gpio_devices);
	return 0;
}

static void gdev_release(struct device *dev)
{
	struct gpio_device *gdev = container_of(dev, struct gpio_device, dev);

	kshim_kfree(gdev->descs);
	kshim_kfree(gdev);
}

/* dev_set_name() at @site: the caller's call, not this file's. */
static int set_name_at(struct device *dev, const struct kshim_site *site,
		       const char *fmt, ...)
{
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = kshim_dev_set_name_at(dev, site, fmt, ap);
	va_end(ap);
	return ret;
}

static int gpiochip_add_at(struct gpio_chip *gc, void *data,
			   const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	unsigned int ngpios = gc->ngpio;
	struct gpio_device *gdev;
	int base = gc->base, ret, i;

	gdev = kshim_alloc(sizeof(*gdev),
			   (__force unsigned int)(GFP_KERNEL | __GFP_ZERO),
			   site, "kzalloc");
	if (!gdev) {
		ret = -ENOMEM;
		goto err_print_message;
	}
	gdev->dev.bus = &gpio_bus_type;
	gdev->dev.parent = gc->parent;
	gdev->dev.release = gdev_release;
	gdev->chip = gc;
	gc->gpiodev = gdev;
	device_initialize(&gdev->dev);
	ret = set_name_at(&gdev->dev, site, "gpiochip%d", gpio_ids);
	if (ret)
		goto err_put;
	if (!gc->label)
		gc->label = "unknown";
	if (gc->ngpio == 0) {
		dev_err(&gdev->dev, "(%s): tried to insert a GPIO chip with zero lines\n",
			gc->label);
		ret = -EINVAL;
		goto err_put;
	}
	gdev->descs = kshim_alloc(gc->ngpio * sizeof(*gdev->descs),
				  (__force unsigned int)(GFP_KERNEL | __GFP_ZERO),
				  site, "kcalloc");
	if (!gdev->descs) {
		ret = -ENOMEM;
		goto err_put;
	}
	gdev->ngpio = gc->ngpio;
	gdev->data = data;
	if (base < 0) {
		base = find_base(gc->ngpio);
		if (base < 0) {
			ret = base;
			goto err_put;
		}
		gc->base = base;
	} else {
		dev_warn(&gdev->dev,
			 "Static allocation of GPIO base is deprecated, use dynamic allocation.\n");
	}
	gdev->base = base;
	ret = add_to_list(gdev);
	if (ret) {
		dev_err(&gdev->dev, "(%s): GPIO integer space overlap, cannot add chip\n",
			gc->label);
		goto err_put;
	}
	for (i = 0; i < gc->ngpio; i++) {
		struct gpio_desc *desc = &gdev->descs[i];

		desc->gdev = gdev;
		if (gc->get_direction && gc->get_direction(gc, i) >= 0)
			desc->is_out = gc->get_direction(gc, i) ==
				       GPIO_LINE_DIRECTION_OUT;
		else
			desc->is_out = !gc->direction_input;
	}
	gpio_ids++;
	dev_dbg(&gdev->dev, "registered GPIOs %d to %d on %s\n", gdev->base,
		gdev->base + gdev->ngpio - 1, gc->label);
	return 0;

err_put:
	gc->gpiodev = NULL;
	put_device(&gdev->dev);
err_print_message:
	/* failures here can mean systems won't boot... */
	if (ret != -EPROBE_DEFER)
		pr_err("%s: GPIOs %d..%d (%s) failed to register, %d\n",
		       "gpiochip_add_data_with_key", base,
		       base + (int)ngpios - 1, gc->label ? : "generic", ret);
	return ret;
}

int gpiochip_add_data_with_key(struct gpio_chip *gc, void *data,
			       struct lock_class_key *lock_key,
			       struct lock_class_key *request_key)
{
	return gpiochip_add_at(gc, data, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(gpiochip_add_data_with_key);

void *gpiochip_get_data(struct gpio_chip *gc)
{
	return gc->gpiodev->data;
}
EXPORT_SYMBOL_GPL(gpiochip_get_data);

void gpiochip_remove(struct gpio_chip *gc)
{
	struct gpio_device *gdev = gc->gpiodev;
	unsigned int i;

	if (!gdev)
		return;
	for (i = 0; i < gdev->ngpio; i++)
		if (gdev->descs[i].requested)
			break;
	if (i != gdev->ngpio)
		dev_crit(&gdev->dev,
			 "REMOVING GPIOCHIP WITH GPIOS STILL REQUESTED\n");
	/* Its lines stay known (a consumer may still hold one), chipless. */
	gdev->chip = NULL;
	list_del(&gdev->list);
	gc->gpiodev = NULL;
	put_device(&gdev->dev);
}
EXPORT_SYMBOL_GPL(gpiochip_remove);

static void devm_gpio_chip_release(void *data)
{
	gpiochip_remove(data);
}

int devm_gpiochip_add_data_with_key(struct device *dev, struct gpio_chip *gc,
				    void *data, struct lock_class_key *lock_key,
				    struct lock_class_key *request_key)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	KSHIM_CALLER(site);
	int ret;

	ret = gpiochip_add_at(gc, data, site);
	if (ret < 0)
		return ret;
	return devm_add_action_or_reset(dev, devm_gpio_chip_release, gc);
}
EXPORT_SYMBOL_GPL(devm_gpiochip_add_data_with_key);

const char *gpiochip_is_requested(struct gpio_chip *gc, unsigned int offset)
{
	struct gpio_desc *desc;

	if (offset >= gc->ngpio)
		return NULL;
	desc = &gc->gpiodev->descs[offset];
	return desc->requested ? (desc->label ?: "?") : NULL;
}
EXPORT_SYMBOL_GPL(gpiochip_is_requested);

struct gpio_desc *gpiochip_get_desc(struct gpio_chip *gc, unsigned int hwnum)
{
	if (hwnum >= gc->gpiodev->ngpio)
		return ERR_PTR(-EINVAL);
	return &gc->gpiodev->descs[hwnum];
}
EXPORT_SYMBOL_GPL(gpiochip_get_desc);

/* ---- Legacy numbers ---- */

struct gpio_desc *gpio_to_desc(unsigned int gpio)
{
	struct gpio_device *gdev;

	list_for_each_entry(gdev, &gpio_devices, list)
		if (gpio >= gdev->base && gpio < gdev->base + gdev->ngpio)
			return &gdev->descs[gpio - gdev->base];
	if (!gpio_is_valid(gpio))
		pr_warn("invalid GPIO %d\n", gpio);
	return NULL;
}
EXPORT_SYMBOL_GPL(gpio_to_desc);

int desc_to_gpio(const struct gpio_desc *desc)
{
	if (!desc->gdev)
		return -1;	/* a harness line has no number */
	return desc->gdev->base + desc_offset(desc);
}
EXPORT_SYMBOL_GPL(desc_to_gpio);

/* ---- Requesting ---- */

static int gpiod_request(struct gpio_desc *desc, const char *label)
{
	struct gpio_chip *gc = desc_chip(desc);
	int ret;

	if (desc->requested)
		return -EBUSY;
	if (gc && !try_module_get(gc->owner))
		return -EPROBE_DEFER;
	if (gc && gc->request) {
		ret = gc->request(gc, desc_offset(desc));
		if (ret > 0)
			ret = -EBADE;
		if (ret) {
			module_put(gc->owner);
			return ret;
		}
	}
	desc->requested = true;
	desc->label = kshim_host_strdup(label ?: "?");
	if (gc && gc->get_direction)
		gpiod_get_direction(desc);
	return 0;
}

static void gpiod_free(struct gpio_desc *desc)
{
	struct gpio_chip *gc;

	if (!desc || IS_ERR(desc) || !desc->requested)
		return;
	gc = desc_chip(desc);
	if (gc && gc->free)
		gc->free(gc, desc_offset(desc));
	if (gc)
		module_put(gc->owner);
	/* The line keeps its direction and level: nobody resets it. */
	desc->requested = false;
	desc->active_low = desc->gdev ? false : desc->active_low;
	kshim_host_free(desc->label);
	desc->label = NULL;
}

int gpio_request(unsigned int gpio, const char *label)
{
	struct gpio_desc *desc = gpio_to_desc(gpio);

	if (!desc && gpio_is_valid(gpio))
		return -EPROBE_DEFER;
	if (!desc)
		return -EINVAL;
	return gpiod_request(desc, label);
}
EXPORT_SYMBOL_GPL(gpio_request);

void gpio_free(unsigned int gpio)
{
	gpiod_free(gpio_to_desc(gpio));
}
EXPORT_SYMBOL_GPL(gpio_free);

/* ---- Lookup tables ---- */

void gpiod_add_lookup_table(struct gpiod_lookup_table *table)
{
	list_add_tail(&table->list, &gpio_lookup_list);
}
EXPORT_SYMBOL_GPL(gpiod_add_lookup_table);

void gpiod_remove_lookup_table(struct gpiod_lookup_table *table)
{
	/* Nothing to remove */
	if (!table)
		return;
	list_del(&table->list);
}
EXPORT_SYMBOL_GPL(gpiod_remove_lookup_table);

static struct gpiod_lookup_table *find_lookup_table(struct device *dev)
{
	const char *dev_id = dev ? dev_name(dev) : NULL;
	struct gpiod_lookup_table *table;

	list_for_each_entry(table, &gpio_lookup_list, list) {
		if (table->dev_id && dev_id) {
			if (!strcmp(table->dev_id, dev_id))
				return table;
		} else if (dev_id == table->dev_id) {
			return table;
		}
	}
	return NULL;
}

static struct gpio_chip *find_chip_by_name(const char *name)
{
	struct gpio_device *gdev;

	list_for_each_entry(gdev, &gpio_devices, list)
		if (gdev->chip && !strcmp(gdev->chip->label, name))
			return gdev->chip;
	return NULL;
}

static struct gpio_desc *gpiod_find(struct device *dev, const char *con_id,
				    unsigned int idx, unsigned long *flags)
{
	const char *name = dev ? dev_name(dev) : NULL;
	struct gpiod_lookup_table *table;
	struct gpiod_lookup *p;
	int i;

	/* The harness's board first, then the lookup tables. */
	for (i = 0; name && i < MAX_LINES; i++)
		if (lines[i].mapped && !strcmp(lines[i].dev, name) &&
		    same_id(lines[i].con_id, con_id) && lines[i].idx == idx) {
			*flags = 0;
			return &lines[i];
		}
	table = find_lookup_table(dev);
	if (!table)
		return ERR_PTR(-ENOENT);
	for (p = &table->table[0]; p->key; p++) {
		struct gpio_chip *gc;

		if (p->idx != idx)
			continue;
		if (p->con_id && (!con_id || strcmp(p->con_id, con_id)))
			continue;
		gc = find_chip_by_name(p->key);
		if (!gc) {
			dev_warn(dev, "cannot find GPIO chip %s, deferring\n",
				 p->key);
			return ERR_PTR(-EPROBE_DEFER);
		}
		if (gc->ngpio <= p->chip_hwnum) {
			dev_err(dev,
				"requested GPIO %u (%u) is out of range [0..%u] for chip %s\n",
				idx, p->chip_hwnum, gc->ngpio - 1, gc->label);
			return ERR_PTR(-EINVAL);
		}
		*flags = p->flags;
		return &gc->gpiodev->descs[p->chip_hwnum];
	}
	return ERR_PTR(-ENOENT);
}

int gpiod_count(struct device *dev, const char *con_id)
{
	unsigned long flags;
	int n = 0;

	while (!IS_ERR(gpiod_find(dev, con_id, n, &flags)))
		n++;
	return n ? n : -ENOENT;
}
EXPORT_SYMBOL_GPL(gpiod_count);

/* gpiod_configure_flags(): the direction and value the consumer asked for */
static int configure(struct gpio_desc *desc, const char *con_id,
		     unsigned long lflags, enum gpiod_flags dflags)
{
	if (lflags & GPIO_ACTIVE_LOW)
		desc->active_low = true;
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
	unsigned long lflags = 0;
	struct gpio_desc *desc;
	int ret;

	desc = gpiod_find(dev, con_id, idx, &lflags);
	if (IS_ERR(desc)) {
		dev_dbg(dev, "No GPIO consumer %s found\n", con_id);
		return desc;
	}
	ret = gpiod_request(desc, con_id ?: devname);
	if (ret) {
		if (!(ret == -EBUSY && flags & GPIOD_FLAGS_BIT_NONEXCLUSIVE))
			return ERR_PTR(ret);
		/* shared, when the caller says it may be */
		dev_info(dev, "nonexclusive access to GPIO for %s\n",
			 con_id ?: devname);
		return desc;
	}
	ret = configure(desc, con_id, lflags, flags);
	if (ret < 0) {
		dev_dbg(dev, "setup of GPIO %s failed\n", con_id);
		gpiod_put(desc);
		return ERR_PTR(ret);
	}
	return desc;
}
EXPORT_SYMBOL_GPL(gpiod_get_index);

struct gpio_desc *gpiod_get(struct device *dev, const char *con_id,
			    enum gpiod_flags flags)
{
	return gpiod_get_index(dev, con_id, 0, flags);
}
EXPORT_SYMBOL_GPL(gpiod_get);

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
EXPORT_SYMBOL_GPL(gpiod_get_index_optional);

struct gpio_desc *gpiod_get_optional(struct device *dev, const char *con_id,
				     enum gpiod_flags flags)
{
	return gpiod_get_index_optional(dev, con_id, 0, flags);
}
EXPORT_SYMBOL_GPL(gpiod_get_optional);

void gpiod_put(struct gpio_desc *desc)
{
	gpiod_free(desc);
}
EXPORT_SYMBOL_GPL(gpiod_put);

/* ---- Managed ---- */

static void devm_gpiod_release(struct device *dev, void *res)
{
	gpiod_put(*(struct gpio_desc **)res);
}

static int devm_gpiod_match(struct device *dev, void *res, void *data)
{
	return *(struct gpio_desc **)res == data;
}

static struct gpio_desc *devm_get_at(struct device *dev, const char *con_id,
				     unsigned int idx, enum gpiod_flags flags,
				     bool optional,
				     const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	struct gpio_desc **dr, *desc;

	desc = gpiod_get_index(dev, con_id, idx, flags);
	if (IS_ERR(desc))
		return optional && PTR_ERR(desc) == -ENOENT ? NULL : desc;
	/* A shared line is managed once, by its first devres. */
	if ((flags & GPIOD_FLAGS_BIT_NONEXCLUSIVE) &&
	    devres_find(dev, devm_gpiod_release, devm_gpiod_match, desc))
		return desc;
	dr = kshim_dr_alloc(devm_gpiod_release, sizeof(*dr),
			    GFP_KERNEL | __GFP_ZERO, "devm_gpiod_release", NULL,
			    site, "devres_alloc");
	if (!dr) {
		gpiod_put(desc);
		return ERR_PTR(-ENOMEM);
	}
	*dr = desc;
	devres_add(dev, dr);
	return desc;
}

struct gpio_desc *devm_gpiod_get_index(struct device *dev, const char *con_id,
				       unsigned int idx, enum gpiod_flags flags)
{
	return devm_get_at(dev, con_id, idx, flags, false, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(devm_gpiod_get_index);

struct gpio_desc *devm_gpiod_get(struct device *dev, const char *con_id,
				 enum gpiod_flags flags)
{
	return devm_get_at(dev, con_id, 0, flags, false, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(devm_gpiod_get);

struct gpio_desc *devm_gpiod_get_optional(struct device *dev,
					  const char *con_id,
					  enum gpiod_flags flags)
{
	return devm_get_at(dev, con_id, 0, flags, true, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(devm_gpiod_get_optional);

struct gpio_desc *devm_gpiod_get_index_optional(struct device *dev,
						const char *con_id,
						unsigned int index,
						enum gpiod_flags flags)
{
	return devm_get_at(dev, con_id, index, flags, true, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(devm_gpiod_get_index_optional);

void devm_gpiod_put(struct device *dev, struct gpio_desc *desc)
{
	WARN_ON(devres_release(dev, devm_gpiod_release, devm_gpiod_match,
			       desc));
}
EXPORT_SYMBOL_GPL(devm_gpiod_put);

/* ---- Values ---- */

int gpiod_get_raw_value(const struct gpio_desc *desc)
{
	VALIDATE_DESC(desc);
	/* Should be using gpiod_get_raw_value_cansleep() */
	WARN_ON(desc_can_sleep(desc));
	return get_raw(desc);
}
EXPORT_SYMBOL_GPL(gpiod_get_raw_value);

int gpiod_get_value(const struct gpio_desc *desc)
{
	int value;

	VALIDATE_DESC(desc);
	/* Should be using gpiod_get_value_cansleep() */
	WARN_ON(desc_can_sleep(desc));
	value = get_raw(desc);
	if (value < 0)
		return value;
	return desc->active_low ? !value : value;
}
EXPORT_SYMBOL_GPL(gpiod_get_value);

void gpiod_set_raw_value(struct gpio_desc *desc, int value)
{
	VALIDATE_DESC_VOID(desc);
	/* Should be using gpiod_set_raw_value_cansleep() */
	WARN_ON(desc_can_sleep(desc));
	set_raw(desc, value);
}
EXPORT_SYMBOL_GPL(gpiod_set_raw_value);

void gpiod_set_value(struct gpio_desc *desc, int value)
{
	VALIDATE_DESC_VOID(desc);
	/* Should be using gpiod_set_value_cansleep() */
	WARN_ON(desc_can_sleep(desc));
	set_raw(desc, desc->active_low ? !value : value);
}
EXPORT_SYMBOL_GPL(gpiod_set_value);

int gpiod_get_raw_value_cansleep(const struct gpio_desc *desc)
{
	might_sleep();
	VALIDATE_DESC(desc);
	return get_raw(desc);
}
EXPORT_SYMBOL_GPL(gpiod_get_raw_value_cansleep);

int gpiod_get_value_cansleep(const struct gpio_desc *desc)
{
	int value;

	might_sleep();
	VALIDATE_DESC(desc);
	value = get_raw(desc);
	if (value < 0)
		return value;
	return desc->active_low ? !value : value;
}
EXPORT_SYMBOL_GPL(gpiod_get_value_cansleep);

void gpiod_set_raw_value_cansleep(struct gpio_desc *desc, int value)
{
	might_sleep();
	VALIDATE_DESC_VOID(desc);
	set_raw(desc, value);
}
EXPORT_SYMBOL_GPL(gpiod_set_raw_value_cansleep);

void gpiod_set_value_cansleep(struct gpio_desc *desc, int value)
{
	might_sleep();
	VALIDATE_DESC_VOID(desc);
	set_raw(desc, desc->active_low ? !value : value);
}
EXPORT_SYMBOL_GPL(gpiod_set_value_cansleep);

/* ---- Properties ---- */

int gpiod_set_debounce(struct gpio_desc *desc, unsigned int debounce)
{
	VALIDATE_DESC(desc);
	return -ENOTSUPP;	/* no set_config() is simulated */
}
EXPORT_SYMBOL_GPL(gpiod_set_debounce);

void gpiod_toggle_active_low(struct gpio_desc *desc)
{
	VALIDATE_DESC_VOID(desc);
	desc->active_low = !desc->active_low;
}
EXPORT_SYMBOL_GPL(gpiod_toggle_active_low);

int gpiod_is_active_low(const struct gpio_desc *desc)
{
	VALIDATE_DESC(desc);
	return desc->active_low;
}
EXPORT_SYMBOL_GPL(gpiod_is_active_low);

int gpiod_cansleep(const struct gpio_desc *desc)
{
	VALIDATE_DESC(desc);
	return desc_can_sleep(desc);
}
EXPORT_SYMBOL_GPL(gpiod_cansleep);

int gpiod_to_irq(const struct gpio_desc *desc)
{
	struct gpio_chip *gc;
	int retirq;

	/* gpiolib: NULL or an error pointer is -EINVAL here */
	if (!desc || IS_ERR(desc) || !known_desc(desc))
		return -EINVAL;
	gc = desc_chip(desc);
	if (gc && gc->to_irq) {
		retirq = gc->to_irq(gc, desc_offset(desc));
		/* Zero means NO_IRQ */
		return retirq ? retirq : -ENXIO;
	}
	return -ENXIO;
}
EXPORT_SYMBOL_GPL(gpiod_to_irq);

int gpiod_set_consumer_name(struct gpio_desc *desc, const char *name)
{
	VALIDATE_DESC(desc);
	kshim_host_free(desc->label);
	desc->label = name ? kshim_host_strdup(name) : NULL;
	return 0;
}
EXPORT_SYMBOL_GPL(gpiod_set_consumer_name);
