// SPDX-License-Identifier: GPL-2.0
/*
 * mmtemp: a memory-mapped temperature sensor, as a platform driver.
 *
 * The block has five 32-bit registers:
 *   0x00 ID      vendor 0x544d ("TM") in the top half, revision in bits 7:0
 *   0x04 CTRL    bit 0 enables conversions, bit 1 the alarm interrupt
 *   0x08 TEMP    the last conversion, signed, in the variant's unit
 *   0x0c ALARM   the threshold, in the same unit
 *   0x10 STATUS  bit 0: the temperature passed the threshold; write 1 to clear
 * Version 1 counts in 1/16 degree Celsius, version 2 in millidegrees.
 *
 * Everything is device-managed: probe has no error path of its own, and
 * the driver has nothing to undo in remove but to say goodbye.
 */
#include <linux/device.h>
#include <linux/interrupt.h>
#include <linux/io.h>
#include <linux/kernel.h>
#include <linux/mod_devicetable.h>
#include <linux/module.h>
#include <linux/of.h>
#include <linux/platform_device.h>
#include <linux/property.h>

#define MMTEMP_ID		0x00
#define MMTEMP_CTRL		0x04
#define MMTEMP_TEMP		0x08
#define MMTEMP_ALARM		0x0c
#define MMTEMP_STATUS		0x10

#define MMTEMP_VENDOR(id)	((id) >> 16)
#define MMTEMP_REVISION(id)	((id) & 0xff)
#define MMTEMP_VENDOR_ID	0x544d
#define MMTEMP_CTRL_ENABLE	BIT(0)
#define MMTEMP_CTRL_ALARM_IE	BIT(1)
#define MMTEMP_STATUS_ALARM	BIT(0)

#define MMTEMP_ALARM_DEFAULT	85000		/* millidegrees */
#define MMTEMP_ALARM_MIN	(-40000)
#define MMTEMP_ALARM_MAX	150000

struct mmtemp_variant {
	int mc_per_unit_num;	/* millidegrees = raw * num / den */
	int mc_per_unit_den;
};

static const struct mmtemp_variant mmtemp_v1 = { 125, 2 };	/* 1/16 C */
static const struct mmtemp_variant mmtemp_v2 = { 1, 1 };

struct mmtemp {
	struct device *dev;
	void __iomem *regs;
	const struct mmtemp_variant *variant;
	const char *label;
	int alarm;		/* millidegrees */
	unsigned int alarms;	/* interrupts seen */
	int irq;
};

static int mmtemp_to_mc(const struct mmtemp *mt, s32 raw)
{
	return raw * mt->variant->mc_per_unit_num / mt->variant->mc_per_unit_den;
}

static s32 mmtemp_to_raw(const struct mmtemp *mt, int mc)
{
	return mc * mt->variant->mc_per_unit_den / mt->variant->mc_per_unit_num;
}

static irqreturn_t mmtemp_irq(int irq, void *data)
{
	struct mmtemp *mt = data;
	u32 status = readl(mt->regs + MMTEMP_STATUS);

	if (!(status & MMTEMP_STATUS_ALARM))
		return IRQ_NONE;
	writel(MMTEMP_STATUS_ALARM, mt->regs + MMTEMP_STATUS);
	mt->alarms++;
	dev_warn_ratelimited(mt->dev, "%s: %d mC, above the alarm at %d mC\n",
			     mt->label,
			     mmtemp_to_mc(mt, readl(mt->regs + MMTEMP_TEMP)),
			     mt->alarm);
	return IRQ_HANDLED;
}

static ssize_t temp1_input_show(struct device *dev,
				struct device_attribute *attr, char *buf)
{
	struct mmtemp *mt = dev_get_drvdata(dev);

	return sysfs_emit(buf, "%d\n",
			  mmtemp_to_mc(mt, readl(mt->regs + MMTEMP_TEMP)));
}
static DEVICE_ATTR_RO(temp1_input);

static ssize_t alarm_show(struct device *dev, struct device_attribute *attr,
			  char *buf)
{
	struct mmtemp *mt = dev_get_drvdata(dev);

	return sysfs_emit(buf, "%d\n", mt->alarm);
}

static ssize_t alarm_store(struct device *dev, struct device_attribute *attr,
			   const char *buf, size_t count)
{
	struct mmtemp *mt = dev_get_drvdata(dev);
	int val, ret;

	ret = kstrtoint(buf, 0, &val);
	if (ret)
		return ret;
	if (val < MMTEMP_ALARM_MIN || val > MMTEMP_ALARM_MAX)
		return -EINVAL;
	mt->alarm = val;
	writel(mmtemp_to_raw(mt, val), mt->regs + MMTEMP_ALARM);
	return count;
}
static DEVICE_ATTR_RW(alarm);

static ssize_t alarms_show(struct device *dev, struct device_attribute *attr,
			   char *buf)
{
	struct mmtemp *mt = dev_get_drvdata(dev);

	return sysfs_emit(buf, "%u\n", mt->alarms);
}
static DEVICE_ATTR_RO(alarms);

static ssize_t label_show(struct device *dev, struct device_attribute *attr,
			  char *buf)
{
	struct mmtemp *mt = dev_get_drvdata(dev);

	return sysfs_emit(buf, "%s\n", mt->label);
}
static DEVICE_ATTR_RO(label);

static struct attribute *mmtemp_attrs[] = {
	&dev_attr_temp1_input.attr,
	&dev_attr_alarm.attr,
	&dev_attr_alarms.attr,
	&dev_attr_label.attr,
	NULL,
};
ATTRIBUTE_GROUPS(mmtemp);

/* Stop conversions and the interrupt: the last thing probe set up goes first. */
static void mmtemp_disable(void *data)
{
	struct mmtemp *mt = data;

	writel(0, mt->regs + MMTEMP_CTRL);
}

static int mmtemp_probe(struct platform_device *pdev)
{
	struct device *dev = &pdev->dev;
	const struct platform_device_id *pid;
	struct mmtemp *mt;
	const char *label;
	u32 id, alarm;
	int ret;

	mt = devm_kzalloc(dev, sizeof(*mt), GFP_KERNEL);
	if (!mt)
		return -ENOMEM;
	mt->dev = dev;
	mt->variant = device_get_match_data(dev);
	pid = platform_get_device_id(pdev);
	if (!mt->variant && pid)
		mt->variant = (const struct mmtemp_variant *)pid->driver_data;
	if (!mt->variant)
		return -ENODEV;

	mt->regs = devm_platform_ioremap_resource(pdev, 0);
	if (IS_ERR(mt->regs))
		return PTR_ERR(mt->regs);

	id = readl(mt->regs + MMTEMP_ID);
	if (MMTEMP_VENDOR(id) != MMTEMP_VENDOR_ID)
		return dev_err_probe(dev, -ENODEV, "unknown ID %#010x\n", id);

	mt->alarm = MMTEMP_ALARM_DEFAULT;
	if (!device_property_read_u32(dev, "kshim,alarm-millicelsius", &alarm)) {
		if ((int)alarm < MMTEMP_ALARM_MIN || (int)alarm > MMTEMP_ALARM_MAX)
			return dev_err_probe(dev, -EINVAL,
					     "alarm at %d mC out of range\n",
					     (int)alarm);
		mt->alarm = alarm;
	}
	if (device_property_read_string(dev, "label", &label))
		label = dev_name(dev);
	mt->label = devm_kstrdup(dev, label, GFP_KERNEL);
	if (!mt->label)
		return -ENOMEM;

	mt->irq = platform_get_irq(pdev, 0);
	if (mt->irq < 0)
		return mt->irq;
	ret = devm_request_irq(dev, mt->irq, mmtemp_irq, 0, dev_name(dev), mt);
	if (ret)
		return dev_err_probe(dev, ret, "cannot request IRQ %d\n", mt->irq);

	platform_set_drvdata(pdev, mt);
	writel(mmtemp_to_raw(mt, mt->alarm), mt->regs + MMTEMP_ALARM);
	writel(MMTEMP_CTRL_ENABLE | MMTEMP_CTRL_ALARM_IE, mt->regs + MMTEMP_CTRL);
	ret = devm_add_action_or_reset(dev, mmtemp_disable, mt);
	if (ret)
		return ret;

	dev_info(dev, "%s: revision %u, alarm at %d mC\n", mt->label,
		 MMTEMP_REVISION(id), mt->alarm);
	return 0;
}

static int mmtemp_remove(struct platform_device *pdev)
{
	struct mmtemp *mt = platform_get_drvdata(pdev);

	dev_info(&pdev->dev, "%s: removed after %u alarm(s)\n", mt->label,
		 mt->alarms);
	return 0;
}

static const struct of_device_id mmtemp_of_match[] = {
	{ .compatible = "kshim,mmtemp", .data = &mmtemp_v1 },
	{ .compatible = "kshim,mmtemp-v2", .data = &mmtemp_v2 },
	{ }
};
MODULE_DEVICE_TABLE(of, mmtemp_of_match);

static const struct platform_device_id mmtemp_ids[] = {
	{ "mmtemp", (kernel_ulong_t)&mmtemp_v1 },
	{ "mmtemp2", (kernel_ulong_t)&mmtemp_v2 },
	{ }
};
MODULE_DEVICE_TABLE(platform, mmtemp_ids);

static struct platform_driver mmtemp_driver = {
	.probe = mmtemp_probe,
	.remove = mmtemp_remove,
	.id_table = mmtemp_ids,
	.driver = {
		.name = "mmtemp",
		.of_match_table = of_match_ptr(mmtemp_of_match),
		.dev_groups = mmtemp_groups,
	},
};
module_platform_driver(mmtemp_driver);

MODULE_DESCRIPTION("Example driver for a memory-mapped temperature sensor");
MODULE_AUTHOR("kshim");
MODULE_LICENSE("GPL");
