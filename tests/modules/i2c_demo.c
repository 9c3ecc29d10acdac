// SPDX-License-Identifier: GPL-2.0-only
/*
 * An I2C driver for the I2C tests: a made-up chip with an ID register
 * (0x00 reads 0x5a), an enable register (0x01), a 16-bit threshold (0x02,
 * little-endian SMBus word), a measurement (0x04, word) and a 4-byte
 * serial number (0x10, I2C block). Probe checks the ID and enables the
 * chip; remove disables it. Bound by id table ("demo-chip"), by OF
 * ("kshim,i2c-demo") or found by detection on HWMON-class buses.
 * keep_driver=1 makes exit forget i2c_del_driver(), for the unload check.
 */
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/i2c.h>
#include <linux/slab.h>
#include <linux/string.h>

#define DEMO_REG_ID		0x00
#define DEMO_REG_ENABLE		0x01
#define DEMO_REG_THRESH		0x02
#define DEMO_REG_VALUE		0x04
#define DEMO_REG_SERIAL		0x10
#define DEMO_ID			0x5a

struct demo {
	struct i2c_client *client;
	u16 thresh;
	u8 serial[4];
};

static ssize_t value_show(struct device *dev, struct device_attribute *attr,
			  char *buf)
{
	struct demo *demo = dev_get_drvdata(dev);
	s32 val = i2c_smbus_read_word_data(demo->client, DEMO_REG_VALUE);

	if (val < 0)
		return val;
	return sysfs_emit(buf, "%d\n", val);
}
static DEVICE_ATTR_RO(value);

static ssize_t thresh_show(struct device *dev, struct device_attribute *attr,
			   char *buf)
{
	struct demo *demo = dev_get_drvdata(dev);

	return sysfs_emit(buf, "%u\n", demo->thresh);
}

static ssize_t thresh_store(struct device *dev, struct device_attribute *attr,
			    const char *buf, size_t count)
{
	struct demo *demo = dev_get_drvdata(dev);
	u16 val;
	int ret;

	ret = kstrtou16(buf, 0, &val);
	if (ret)
		return ret;
	ret = i2c_smbus_write_word_data(demo->client, DEMO_REG_THRESH, val);
	if (ret < 0)
		return ret;
	demo->thresh = val;
	return count;
}
static DEVICE_ATTR_RW(thresh);

static ssize_t serial_show(struct device *dev, struct device_attribute *attr,
			   char *buf)
{
	struct demo *demo = dev_get_drvdata(dev);

	return sysfs_emit(buf, "%*phN\n", 4, demo->serial);
}
static DEVICE_ATTR_RO(serial);

static struct attribute *demo_attrs[] = {
	&dev_attr_value.attr,
	&dev_attr_thresh.attr,
	&dev_attr_serial.attr,
	NULL,
};
ATTRIBUTE_GROUPS(demo);

static int demo_probe(struct i2c_client *client)
{
	struct demo *demo;
	s32 ret;

	if (!i2c_check_functionality(client->adapter,
				     I2C_FUNC_SMBUS_BYTE_DATA |
				     I2C_FUNC_SMBUS_WORD_DATA |
				     I2C_FUNC_SMBUS_I2C_BLOCK))
		return -ENODEV;
	demo = devm_kzalloc(&client->dev, sizeof(*demo), GFP_KERNEL);
	if (!demo)
		return -ENOMEM;
	demo->client = client;

	ret = i2c_smbus_read_byte_data(client, DEMO_REG_ID);
	if (ret < 0)
		return ret;
	if (ret != DEMO_ID)
		return dev_err_probe(&client->dev, -ENODEV,
				     "unknown chip id 0x%02x\n", ret);
	ret = i2c_smbus_read_word_data(client, DEMO_REG_THRESH);
	if (ret < 0)
		return ret;
	demo->thresh = ret;
	ret = i2c_smbus_read_i2c_block_data(client, DEMO_REG_SERIAL,
					    sizeof(demo->serial), demo->serial);
	if (ret < 0)
		return ret;
	if (ret != sizeof(demo->serial))
		return -EIO;
	ret = i2c_smbus_write_byte_data(client, DEMO_REG_ENABLE, 1);
	if (ret < 0)
		return ret;
	i2c_set_clientdata(client, demo);
	dev_info(&client->dev, "demo chip '%s' at 0x%02x, irq %d\n",
		 client->name, client->addr, client->irq);
	return 0;
}

static void demo_remove(struct i2c_client *client)
{
	/* A failure here cannot be reported: the chip stays enabled. */
	i2c_smbus_write_byte_data(client, DEMO_REG_ENABLE, 0);
}

static int demo_detect(struct i2c_client *client, struct i2c_board_info *info)
{
	if (!i2c_check_functionality(client->adapter, I2C_FUNC_SMBUS_BYTE_DATA))
		return -ENODEV;
	if (i2c_smbus_read_byte_data(client, DEMO_REG_ID) != DEMO_ID)
		return -ENODEV;
	strscpy(info->type, "demo-chip", I2C_NAME_SIZE);
	return 0;
}

static const unsigned short demo_addrs[] = { 0x2c, 0x2d, I2C_CLIENT_END };

static const struct i2c_device_id demo_ids[] = {
	{ "demo-chip", 0 },
	{ }
};
MODULE_DEVICE_TABLE(i2c, demo_ids);

static const struct of_device_id demo_of_match[] = {
	{ .compatible = "kshim,i2c-demo" },
	{ }
};
MODULE_DEVICE_TABLE(of, demo_of_match);

static struct i2c_driver demo_driver = {
	.class = I2C_CLASS_HWMON,
	.driver = {
		.name = "i2c_demo",
		.of_match_table = demo_of_match,
		.dev_groups = demo_groups,
	},
	.probe_new = demo_probe,
	.remove = demo_remove,
	.id_table = demo_ids,
	.detect = demo_detect,
	.address_list = demo_addrs,
};
/* A bug on demand, for the tests: exit leaves the driver registered. */
static bool keep_driver;
module_param(keep_driver, bool, 0444);
MODULE_PARM_DESC(keep_driver, "forget to unregister the driver at exit (a bug)");

static int __init demo_init(void)
{
	return i2c_add_driver(&demo_driver);
}
module_init(demo_init);

static void __exit demo_exit(void)
{
	if (!keep_driver)
		i2c_del_driver(&demo_driver);
}
module_exit(demo_exit);

MODULE_DESCRIPTION("A made-up I2C chip for kshim's tests");
MODULE_LICENSE("GPL");
