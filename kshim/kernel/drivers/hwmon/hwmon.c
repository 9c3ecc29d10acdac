// SPDX-License-Identifier: GPL-2.0-only
/*
 * hwmon (drivers/hwmon/hwmon.c) for modules built against the kernel's own
 * headers: "hwmonN" devices under a sensor's device, with its "name" and
 * the driver's attribute groups, or attributes made from a chip
 * description (hwmon_chip_info) whose show() and store() call the driver's
 * read/write ops. As kshim's old hwmon (kernel/hwmon.c), whose messages,
 * file names and fallible calls it keeps.
 *
 * kshim has no classes: a hwmon device is a device without a bus, found by
 * its name ("hwmon0") as every device is.
 */
#include <linux/bitops.h>
#include <linux/device.h>
#include <linux/err.h>
#include <linux/hwmon.h>
#include <linux/hwmon-sysfs.h>
#include <linux/kstrtox.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "../base/base.h"
#include "../i2c/i2c-core.h"

#define HWMON_ID_FORMAT	"hwmon%d"
#define HWMON_MAX_GROUPS 8

/* An attribute made from a chip description. */
struct hwmon_device_attribute {
	struct device_attribute dev_attr;
	const struct hwmon_ops *ops;
	enum hwmon_sensor_types type;
	u32 attr;
	int index;
	char name[32];
};
#define to_hwmon_attr(d) container_of(d, struct hwmon_device_attribute, dev_attr)

struct hwmon_device {
	const char *name;
	struct device dev;
	const struct hwmon_chip_info *chip;
	int id;
	struct attribute_group group;	/* the chip's attributes */
	struct attribute **attrs;
	struct hwmon_device_attribute *hattrs;
	const struct attribute_group *groups[HWMON_MAX_GROUPS + 2];
};
#define to_hwmon_device(d) container_of(d, struct hwmon_device, dev)

/* ---- The "name" file ---- */

static ssize_t name_show(struct device *dev, struct device_attribute *attr,
			 char *buf)
{
	return sysfs_emit(buf, "%s\n", to_hwmon_device(dev)->name);
}
static DEVICE_ATTR_RO(name);

static struct attribute *hwmon_dev_attrs[] = {
	&dev_attr_name.attr,
	NULL
};

static umode_t hwmon_dev_attr_is_visible(struct kobject *kobj,
					 struct attribute *attr, int n)
{
	struct device *dev = kobj_to_dev(kobj);

	if (attr == &dev_attr_name.attr && to_hwmon_device(dev)->name == NULL)
		return 0;
	return attr->mode;
}

static const struct attribute_group hwmon_dev_attr_group = {
	.attrs = hwmon_dev_attrs,
	.is_visible = hwmon_dev_attr_is_visible,
};

static const struct attribute_group *hwmon_dev_attr_groups[] = {
	&hwmon_dev_attr_group,
	NULL
};

static void hwmon_dev_release(struct device *dev)
{
	struct hwmon_device *hwdev = to_hwmon_device(dev);

	kshim_kfree(hwdev->attrs);
	kshim_kfree(hwdev->hattrs);
	kshim_kfree(hwdev);
}

static const struct device_type hwmon_dev_type = {
	.name = "hwmon",
	.groups = hwmon_dev_attr_groups,
	.release = hwmon_dev_release,
};

/* ---- Attributes from a chip description ---- */

/* The file names, by sensor type, in each type's attribute order. */
static const char *const chip_names[] = {
	"temp_reset_history", "in_reset_history", "curr_reset_history",
	"power_reset_history", NULL /* register_tz: no file */,
	"update_interval", "alarms", "samples", "curr_samples", "in_samples",
	"power_samples", "temp_samples",
};

static const char *const temp_names[] = {
	"enable", "input", "type", "lcrit", "lcrit_hyst", "min", "min_hyst",
	"max", "max_hyst", "crit", "crit_hyst", "emergency", "emergency_hyst",
	"alarm", "min_alarm", "max_alarm", "crit_alarm", "lcrit_alarm",
	"emergency_alarm", "fault", "offset", "label", "lowest", "highest",
	"reset_history", "rated_min", "rated_max",
};

static const char *const in_names[] = {
	"enable", "input", "min", "max", "lcrit", "crit", "average", "lowest",
	"highest", "reset_history", "label", "alarm", "min_alarm", "max_alarm",
	"lcrit_alarm", "crit_alarm", "rated_min", "rated_max",
};

static const char *const curr_names[] = {
	"enable", "input", "min", "max", "lcrit", "crit", "average", "lowest",
	"highest", "reset_history", "label", "alarm", "min_alarm", "max_alarm",
	"lcrit_alarm", "crit_alarm", "rated_min", "rated_max",
};

static const char *const power_names[] = {
	"enable", "average", "average_interval", "interval_max",
	"interval_min", "average_highest", "average_lowest",
	"average_max", "average_min", "input", "input_highest", "input_lowest",
	"reset_history", "accuracy", "cap", "cap_hyst", "cap_max", "cap_min",
	"min", "max", "crit", "lcrit", "label", "alarm", "cap_alarm",
	"min_alarm", "max_alarm", "lcrit_alarm", "crit_alarm", "rated_min",
	"rated_max",
};

static const char *const energy_names[] = { "enable", "input", "label" };

static const char *const humidity_names[] = {
	"enable", "input", "label", "min", "min_hyst", "max", "max_hyst",
	"alarm", "fault", "rated_min", "rated_max",
};

static const char *const fan_names[] = {
	"enable", "input", "label", "min", "max", "div", "pulses", "target",
	"alarm", "min_alarm", "max_alarm", "fault",
};

/* pwm's input is the bare "pwmN" */
static const char *const pwm_names[] = {
	"", "enable", "mode", "freq", "auto_channels_temp",
};

static const char *const intrusion_names[] = { "alarm", "beep" };

static const struct {
	const char *prefix;
	const char *const *names;
	unsigned int n;
	int base;		/* the first channel's number */
	u32 label;		/* the attribute read as a string */
} types[hwmon_max] = {
	[hwmon_chip] = { "", chip_names, ARRAY_SIZE(chip_names), 0, ~0u },
	[hwmon_temp] = { "temp", temp_names, ARRAY_SIZE(temp_names), 1,
			 hwmon_temp_label },
	[hwmon_in] = { "in", in_names, ARRAY_SIZE(in_names), 0, hwmon_in_label },
	[hwmon_curr] = { "curr", curr_names, ARRAY_SIZE(curr_names), 1,
			 hwmon_curr_label },
	[hwmon_power] = { "power", power_names, ARRAY_SIZE(power_names), 1,
			  hwmon_power_label },
	[hwmon_energy] = { "energy", energy_names, ARRAY_SIZE(energy_names), 1,
			   hwmon_energy_label },
	[hwmon_humidity] = { "humidity", humidity_names,
			     ARRAY_SIZE(humidity_names), 1,
			     hwmon_humidity_label },
	[hwmon_fan] = { "fan", fan_names, ARRAY_SIZE(fan_names), 1,
			hwmon_fan_label },
	[hwmon_pwm] = { "pwm", pwm_names, ARRAY_SIZE(pwm_names), 1, ~0u },
	[hwmon_intrusion] = { "intrusion", intrusion_names,
			      ARRAY_SIZE(intrusion_names), 0, ~0u },
};

static ssize_t hwmon_attr_show(struct device *dev,
			       struct device_attribute *devattr, char *buf)
{
	struct hwmon_device_attribute *hattr = to_hwmon_attr(devattr);
	long val;
	int ret;

	ret = hattr->ops->read(dev, hattr->type, hattr->attr, hattr->index,
			       &val);
	if (ret < 0)
		return ret;
	return sysfs_emit(buf, "%ld\n", val);
}

static ssize_t hwmon_attr_show_string(struct device *dev,
				      struct device_attribute *devattr,
				      char *buf)
{
	struct hwmon_device_attribute *hattr = to_hwmon_attr(devattr);
	const char *s;
	int ret;

	ret = hattr->ops->read_string(dev, hattr->type, hattr->attr,
				      hattr->index, &s);
	if (ret < 0)
		return ret;
	return sysfs_emit(buf, "%s\n", s);
}

static ssize_t hwmon_attr_store(struct device *dev,
				struct device_attribute *devattr,
				const char *buf, size_t count)
{
	struct hwmon_device_attribute *hattr = to_hwmon_attr(devattr);
	long val;
	int ret;

	ret = kstrtol(buf, 10, &val);
	if (ret < 0)
		return ret;
	ret = hattr->ops->write(dev, hattr->type, hattr->attr, hattr->index,
				val);
	if (ret < 0)
		return ret;
	return count;
}

static int hwmon_num_channel_attrs(const struct hwmon_channel_info *info)
{
	int i, n = 0;

	for (i = 0; info->config[i]; i++)
		n += __builtin_popcount(info->config[i]);	/* no lib/hweight.c here */
	return n;
}

/*
 * One file; 0 when hidden or nameless, an error for a bad description.
 * hwmon_genattrs() has checked type and attr.
 */
static int hwmon_genattr(struct hwmon_device *hwdev, const void *drvdata,
			 const struct hwmon_ops *ops,
			 enum hwmon_sensor_types type, u32 attr, int index,
			 struct hwmon_device_attribute *hattr)
{
	bool is_string = attr == types[type].label;
	const char *suffix = types[type].names[attr];
	umode_t mode;

	if (!suffix)
		return 0;
	mode = ops->is_visible(drvdata, type, attr, index);
	if (!mode)
		return 0;
	if ((mode & 0444) && ((is_string && !ops->read_string) ||
			      (!is_string && !ops->read)))
		return -EINVAL;
	if ((mode & 0222) && !ops->write)
		return -EINVAL;
	if (type == hwmon_chip)
		strscpy(hattr->name, suffix, sizeof(hattr->name));
	else
		scnprintf(hattr->name, sizeof(hattr->name), "%s%d%s%s",
			  types[type].prefix, index + types[type].base,
			  suffix[0] ? "_" : "", suffix);
	hattr->ops = ops;
	hattr->type = type;
	hattr->attr = attr;
	hattr->index = index;
	hattr->dev_attr.attr.name = hattr->name;
	hattr->dev_attr.attr.mode = mode;
	hattr->dev_attr.show = is_string ? hwmon_attr_show_string :
					   hwmon_attr_show;
	hattr->dev_attr.store = hwmon_attr_store;
	return 1;
}

static int hwmon_genattrs(struct hwmon_device *hwdev, const void *drvdata,
			  const struct hwmon_chip_info *chip, const void *owner,
			  const struct kshim_site *site)
{
	int i, j, n = 0, nattrs = 0, ret;

	for (i = 0; chip->info[i]; i++)
		nattrs += hwmon_num_channel_attrs(chip->info[i]);
	if (!nattrs)
		return -EINVAL;
	hwdev->hattrs = kshim_alloc_ex(sizeof(*hwdev->hattrs) * nattrs, 0,
				       (__force unsigned int)(GFP_KERNEL | __GFP_ZERO),
				       owner, site, "kcalloc");
	if (!hwdev->hattrs)
		return -ENOMEM;
	hwdev->attrs = kshim_alloc_ex(sizeof(*hwdev->attrs) * (nattrs + 1), 0,
				      (__force unsigned int)(GFP_KERNEL | __GFP_ZERO),
				      owner, site, "kcalloc");
	if (!hwdev->hattrs || !hwdev->attrs)
		return -ENOMEM;
	for (i = 0; chip->info[i]; i++) {
		const struct hwmon_channel_info *info = chip->info[i];

		/* 6.1: an unknown type, or a bit past its last attribute */
		if (info->type >= hwmon_max)
			return -EINVAL;
		for (j = 0; info->config[j]; j++) {
			u32 attr_mask = info->config[j];
			u32 attr;

			for (attr = 0; attr < 32; attr++) {
				if (!(attr_mask & BIT(attr)))
					continue;
				if (attr >= types[info->type].n)
					return -EINVAL;
				ret = hwmon_genattr(hwdev, drvdata, chip->ops,
						    info->type, attr, j,
						    &hwdev->hattrs[n]);
				if (ret < 0)
					return ret;
				if (ret) {
					hwdev->attrs[n] = &hwdev->hattrs[n].dev_attr.attr;
					n++;
				}
			}
		}
	}
	hwdev->group.attrs = hwdev->attrs;
	return 0;
}

/* ---- Registration ---- */

/* An ida in the kernel: fallible, the lowest number no hwmon device has. */
static int hwmon_id_alloc(const struct kshim_site *site)
{
	struct device_private *p;
	bool taken;
	int id = 0;

	if (kshim_fault(site, "ida_alloc"))
		return -ENOMEM;
	do {
		taken = false;
		list_for_each_entry(p, &kshim_devices, node) {
			if (p->device->type == &hwmon_dev_type &&
			    to_hwmon_device(p->device)->id == id) {
				taken = true;
				id++;
			}
		}
	} while (taken);
	return id;
}

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

static struct device *__hwmon_device_register(struct device *dev,
					      const char *name, void *drvdata,
					      const struct hwmon_chip_info *chip,
					      const struct attribute_group **groups,
					      const void *owner,
					      const struct kshim_site *site)
{
	struct hwmon_device *hwdev;
	int i, ngroups = 0, id, err;

	if (name && (!strlen(name) || strpbrk(name, "-* \t\n")))
		dev_warn(dev, "hwmon: '%s' is not a valid name attribute, please fix\n",
			 name);
	id = hwmon_id_alloc(site);
	if (id < 0)
		return ERR_PTR(id);
	hwdev = kshim_alloc_ex(sizeof(*hwdev), 0,
			       (__force unsigned int)(GFP_KERNEL | __GFP_ZERO),
			       owner, site, "kzalloc");
	if (!hwdev)
		return ERR_PTR(-ENOMEM);
	hwdev->id = id;
	hwdev->name = name;
	hwdev->chip = chip;
	if (chip) {
		err = hwmon_genattrs(hwdev, drvdata, chip, owner, site);
		if (err) {
			kshim_kfree(hwdev->attrs);
			kshim_kfree(hwdev->hattrs);
			kshim_kfree(hwdev);
			return ERR_PTR(err);
		}
		hwdev->groups[ngroups++] = &hwdev->group;
	}
	for (i = 0; groups && groups[i]; i++) {
		if (WARN_ON(ngroups >= HWMON_MAX_GROUPS))
			break;
		hwdev->groups[ngroups++] = groups[i];
	}
	hwdev->dev.groups = hwdev->groups;
	hwdev->dev.type = &hwmon_dev_type;
	hwdev->dev.parent = dev;
	hwdev->dev.of_node = dev ? dev->of_node : NULL;
	device_initialize(&hwdev->dev);
	dev_set_drvdata(&hwdev->dev, drvdata);
	err = set_name_at(&hwdev->dev, site, HWMON_ID_FORMAT, id);
	if (!err)
		err = device_add(&hwdev->dev);
	if (err) {
		put_device(&hwdev->dev);	/* its release frees it */
		return ERR_PTR(err);
	}
	return &hwdev->dev;
}

static void devm_hwmon_release(struct device *dev, void *res)
{
	struct device *hwdev = *(struct device **)res;

	hwmon_device_unregister(hwdev);
}

/* No checks: hwmon_device_register() registers a device without a name. */
static struct device *hwmon_register(struct device *dev, const char *name,
				     void *drvdata,
				     const struct hwmon_chip_info *chip,
				     const struct attribute_group **groups,
				     struct device **ptr,
				     const struct kshim_site *site)
{
	struct device *hwdev;

	/* Managed: the sensor's memory until unbind, so no leak while bound. */
	hwdev = __hwmon_device_register(dev, name, drvdata, chip, groups,
					ptr ? dev : NULL, site);
	if (IS_ERR(hwdev)) {
		if (ptr)
			devres_free(ptr);
		return hwdev;
	}
	if (ptr) {
		*ptr = hwdev;
		devres_add(dev, ptr);
	}
	return hwdev;
}

/*
 * 6.1's checks, in its order: the devm_ forms need dev and allocate their
 * record before the unmanaged form checks the rest.
 */
static struct device *register_at(struct device *dev, const char *name,
				  void *drvdata,
				  const struct hwmon_chip_info *chip,
				  const struct attribute_group **groups,
				  bool with_info, bool managed,
				  const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	struct device **ptr = NULL;
	bool bad;

	if (managed) {
		if (!dev)
			return ERR_PTR(-EINVAL);
		ptr = kshim_dr_alloc(devm_hwmon_release, sizeof(*ptr),
				     GFP_KERNEL | __GFP_ZERO,
				     "devm_hwmon_release", NULL, site,
				     "devres_alloc");
		if (!ptr)
			return ERR_PTR(-ENOMEM);
	}
	if (with_info)
		bad = !dev || !name || !chip || !chip->ops ||
		      !chip->ops->is_visible || !chip->info;
	else
		bad = !name;
	if (bad) {
		if (ptr)
			devres_free(ptr);
		return ERR_PTR(-EINVAL);
	}
	return hwmon_register(dev, name, drvdata, with_info ? chip : NULL,
			      groups, ptr, site);
}

struct device *hwmon_device_register(struct device *dev)
{
	dev_warn(dev,
		 "hwmon_device_register() is deprecated. Please convert the driver to use hwmon_device_register_with_info().\n");
	return hwmon_register(dev, NULL, NULL, NULL, NULL, NULL,
			      KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(hwmon_device_register);

struct device *hwmon_device_register_with_groups(struct device *dev,
						 const char *name, void *drvdata,
						 const struct attribute_group **groups)
{
	return register_at(dev, name, drvdata, NULL, groups, false, false,
			   KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(hwmon_device_register_with_groups);

struct device *devm_hwmon_device_register_with_groups(struct device *dev,
						      const char *name,
						      void *drvdata,
						      const struct attribute_group **groups)
{
	return register_at(dev, name, drvdata, NULL, groups, false, true,
			   KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(devm_hwmon_device_register_with_groups);

struct device *hwmon_device_register_with_info(struct device *dev,
					       const char *name, void *drvdata,
					       const struct hwmon_chip_info *info,
					       const struct attribute_group **extra_groups)
{
	return register_at(dev, name, drvdata, info, extra_groups, true, false,
			   KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(hwmon_device_register_with_info);

struct device *devm_hwmon_device_register_with_info(struct device *dev,
						    const char *name,
						    void *drvdata,
						    const struct hwmon_chip_info *info,
						    const struct attribute_group **extra_groups)
{
	return register_at(dev, name, drvdata, info, extra_groups, true, true,
			   KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(devm_hwmon_device_register_with_info);

void hwmon_device_unregister(struct device *dev)
{
	if (dev && dev->type == &hwmon_dev_type)
		device_unregister(dev);
	else
		dev_dbg(dev->parent, "%s() failed: bad class ID!\n", __func__);
}
EXPORT_SYMBOL_GPL(hwmon_device_unregister);

static int devm_hwmon_match(struct device *dev, void *res, void *data)
{
	struct device **hwdev = res;

	return *hwdev == data;
}

void devm_hwmon_device_unregister(struct device *dev)
{
	WARN_ON(devres_release(dev, devm_hwmon_release, devm_hwmon_match,
			       dev));
}
EXPORT_SYMBOL_GPL(devm_hwmon_device_unregister);

int hwmon_notify_event(struct device *dev, enum hwmon_sensor_types type,
		       u32 attr, int channel)
{
	return 0;	/* no sysfs_notify(), no uevents, no thermal zones */
}
EXPORT_SYMBOL_GPL(hwmon_notify_event);

/* hwmon devices are devices: the device core forgot them all. */
void __kshim_hwmon_reset(void)
{
}
