// SPDX-License-Identifier: GPL-2.0-only
/*
 * hwmon: "hwmonN" devices with the driver's attribute groups (sensor
 * attributes with an index) or made from a chip description, as an I2C
 * temperature sensor driver registers them in its probe; their files read
 * and written as user space does.
 */
#include <linux/hwmon.h>
#include <linux/hwmon-sysfs.h>
#include <linux/i2c.h>
#include <linux/kstrtox.h>
#include <linux/slab.h>
#include <linux/string.h>

#include <kshim/cmocka.h>

/* A sensor with 16-bit big-endian registers: 0 temperature, 2 limit. */
static ssize_t temp_show(struct device *dev, struct device_attribute *da,
			 char *buf)
{
	struct sensor_device_attribute *attr = to_sensor_dev_attr(da);
	struct i2c_client *client = dev_get_drvdata(dev);
	s32 val = i2c_smbus_read_word_swapped(client, attr->index);

	if (val < 0)
		return val;
	return sysfs_emit(buf, "%d\n", (s16)val * 1000 / 256);
}

static ssize_t temp_store(struct device *dev, struct device_attribute *da,
			  const char *buf, size_t count)
{
	struct sensor_device_attribute *attr = to_sensor_dev_attr(da);
	struct i2c_client *client = dev_get_drvdata(dev);
	long val;
	int ret = kstrtol(buf, 10, &val);

	if (ret)
		return ret;
	ret = i2c_smbus_write_word_swapped(client, attr->index,
					   (u16)(val * 256 / 1000));
	return ret < 0 ? ret : count;
}

static SENSOR_DEVICE_ATTR_RO(temp1_input, temp, 0);
static SENSOR_DEVICE_ATTR_RW(temp1_max, temp, 2);

static struct attribute *hwt_attrs[] = {
	&sensor_dev_attr_temp1_input.dev_attr.attr,
	&sensor_dev_attr_temp1_max.dev_attr.attr,
	NULL
};
ATTRIBUTE_GROUPS(hwt);

static const char *hwt_name = "hwt";

static int hwt_probe(struct i2c_client *client)
{
	struct device *hwmon;

	hwmon = devm_hwmon_device_register_with_groups(&client->dev, hwt_name,
						       client, hwt_groups);
	return PTR_ERR_OR_ZERO(hwmon);
}

static const struct i2c_device_id hwt_ids[] = {
	{ "hwt", 0 },
	{ }
};

static struct i2c_driver hwt_driver = {
	.driver = { .name = "hwt" },
	.probe_new = hwt_probe,
	.id_table = hwt_ids,
};

static const char *sensor(int nr, unsigned short addr)
{
	assert_int_equal(kshim_i2c_adapter_add(nr), 0);
	assert_int_equal(kshim_i2c_chip_add(nr, addr, 8), 0);
	kshim_i2c_poke(nr, addr, 0, 0x19);	/* 25.5 degrees */
	kshim_i2c_poke(nr, addr, 1, 0x80);
	kshim_i2c_poke(nr, addr, 2, 0x50);	/* 80 degrees */
	return kshim_i2c_device_add(nr, "hwt", addr, NULL);
}

static void groups_in_probe(void **state)
{
	const char *dev;
	char buf[32];

	dev = sensor(0, 0x4c);
	assert_int_equal(i2c_add_driver(&hwt_driver), 0);
	assert_true(kshim_device_bound(dev));
	assert_true(kshim_device_exists("hwmon0"));
	assert_int_equal(kshim_attr_read("hwmon0", "name", buf, sizeof(buf)), 4);
	assert_string_equal(buf, "hwt\n");
	kshim_attr_read("hwmon0", "temp1_input", buf, sizeof(buf));
	assert_string_equal(buf, "25500\n");
	kshim_attr_read("hwmon0", "temp1_max", buf, sizeof(buf));
	assert_string_equal(buf, "80000\n");
	assert_int_equal(kshim_attr_write("hwmon0", "temp1_max", "60000"), 5);
	assert_int_equal(kshim_i2c_peek(0, 0x4c, 2), 0x3c);
	assert_int_equal(kshim_attr_write("hwmon0", "temp1_input", "1"), -EACCES);
	assert_int_equal(kshim_attr_read("hwmon0", "temp2_input", buf, sizeof(buf)),
			 -ENOENT);
	/* The bus fails: the file's read fails. */
	kshim_fail_nth(1);
	assert_int_equal(kshim_attr_read("hwmon0", "temp1_input", buf, sizeof(buf)),
			 -EIO);

	/* Managed: gone at unbind, back (with the lowest free id) at bind. */
	assert_int_equal(kshim_device_unbind(dev), 0);
	assert_false(kshim_device_exists("hwmon0"));
	assert_int_equal(kshim_device_bind(dev, "hwt"), 0);
	assert_true(kshim_device_exists("hwmon0"));
	i2c_del_driver(&hwt_driver);
	assert_false(kshim_device_exists("hwmon0"));
}

static void names_and_ids(void **state)
{
	struct device *a, *b, *c;
	const char *dev = sensor(1, 0x48);
	struct device *parent;

	assert_non_null(dev);
	parent = bus_find_device_by_name(&i2c_bus_type, NULL, dev);
	a = hwmon_device_register_with_groups(parent, "a", NULL, NULL);
	b = hwmon_device_register_with_groups(parent, "b", NULL, NULL);
	assert_string_equal(dev_name(a), "hwmon0");
	assert_string_equal(dev_name(b), "hwmon1");
	hwmon_device_unregister(a);
	/* 6.1 warns about a name user space tools cannot parse, and goes on. */
	c = hwmon_device_register_with_groups(parent, "bad-name", NULL, NULL);
	assert_false(IS_ERR(c));
	assert_log_contains(4, "hwmon: 'bad-name' is not a valid name attribute, please fix");
	assert_string_equal(dev_name(c), "hwmon0");
	hwmon_device_unregister(c);
	hwmon_device_unregister(b);
	/* 6.1 needs a name, except from the deprecated form: no name file. */
	assert_ptr_equal(hwmon_device_register_with_groups(parent, NULL, NULL, NULL),
			 ERR_PTR(-EINVAL));
	assert_ptr_equal(devm_hwmon_device_register_with_groups(parent, NULL,
								NULL, NULL),
			 ERR_PTR(-EINVAL));
	assert_false(kshim_device_exists("hwmon0"));
	a = hwmon_device_register(parent);
	assert_false(IS_ERR(a));
	assert_int_equal(kshim_attr_read("hwmon0", "name", NULL, 0), -ENOENT);
	hwmon_device_unregister(a);
	/* Managed ones need a device. */
	assert_ptr_equal(devm_hwmon_device_register_with_groups(NULL, "x", NULL, NULL),
			 ERR_PTR(-EINVAL));
	/* The allocations are fallible at the caller's line. */
	kshim_fail_only("ida_alloc");
	kshim_fail_nth(1);
	assert_ptr_equal(hwmon_device_register_with_groups(parent, "a", NULL, NULL),
			 ERR_PTR(-ENOMEM));
	kshim_fail_only("kzalloc");
	kshim_fail_nth(1);
	assert_ptr_equal(hwmon_device_register_with_groups(parent, "a", NULL, NULL),
			 ERR_PTR(-ENOMEM));
	kshim_fail_only(NULL);
	put_device(parent);
	assert_int_equal(kshim_alloc_live(), kshim_alloc_owned(parent) +
			 kshim_alloc_owned(parent->parent));
}

/* ---- A chip description ---- */

static long info_max = 70000;
static int info_writes;

static umode_t info_visible(const void *data, enum hwmon_sensor_types type,
			    u32 attr, int channel)
{
	if (type == hwmon_temp && attr == hwmon_temp_max)
		return 0644;
	if (type == hwmon_in && channel == 1)
		return 0;	/* hidden */
	return 0444;
}

static int info_read(struct device *dev, enum hwmon_sensor_types type,
		     u32 attr, int channel, long *val)
{
	switch (type) {
	case hwmon_chip:
		*val = 500;
		return 0;
	case hwmon_temp:
		if (attr == hwmon_temp_fault)
			return -ENODATA;
		*val = attr == hwmon_temp_max ? info_max : 21000 + channel;
		return 0;
	case hwmon_in:
		*val = 3300;
		return 0;
	default:
		return -EOPNOTSUPP;
	}
}

static int info_read_string(struct device *dev, enum hwmon_sensor_types type,
			    u32 attr, int channel, const char **str)
{
	*str = channel ? "remote" : "local";
	return 0;
}

static int info_write(struct device *dev, enum hwmon_sensor_types type,
		      u32 attr, int channel, long val)
{
	info_writes++;
	info_max = val;
	return 0;
}

static const struct hwmon_ops info_ops = {
	.is_visible = info_visible,
	.read = info_read,
	.read_string = info_read_string,
	.write = info_write,
};

static const struct hwmon_channel_info *info_channels[] = {
	HWMON_CHANNEL_INFO(chip, HWMON_C_UPDATE_INTERVAL),
	HWMON_CHANNEL_INFO(temp, HWMON_T_INPUT | HWMON_T_MAX | HWMON_T_LABEL,
			   HWMON_T_INPUT | HWMON_T_LABEL | HWMON_T_FAULT),
	HWMON_CHANNEL_INFO(in, HWMON_I_INPUT, HWMON_I_INPUT),
	NULL
};

static const struct hwmon_chip_info info_chip = {
	.ops = &info_ops,
	.info = info_channels,
};

static void with_info(void **state)
{
	const char *dev = sensor(2, 0x4d);
	struct device *parent = bus_find_device_by_name(&i2c_bus_type, NULL, dev);
	struct hwmon_ops no_read = { .is_visible = info_visible };
	struct hwmon_chip_info bad = { .ops = &no_read, .info = info_channels };
	struct device *hw;
	char buf[32];

	hw = hwmon_device_register_with_info(parent, "info", NULL, &info_chip, NULL);
	assert_false(IS_ERR(hw));
	kshim_attr_read("hwmon0", "update_interval", buf, sizeof(buf));
	assert_string_equal(buf, "500\n");
	kshim_attr_read("hwmon0", "temp1_input", buf, sizeof(buf));
	assert_string_equal(buf, "21000\n");
	kshim_attr_read("hwmon0", "temp2_input", buf, sizeof(buf));
	assert_string_equal(buf, "21001\n");
	kshim_attr_read("hwmon0", "temp2_label", buf, sizeof(buf));
	assert_string_equal(buf, "remote\n");
	assert_int_equal(kshim_attr_read("hwmon0", "temp2_fault", buf, sizeof(buf)),
			 -ENODATA);
	/* in channels count from 0; a hidden one has no file. */
	kshim_attr_read("hwmon0", "in0_input", buf, sizeof(buf));
	assert_string_equal(buf, "3300\n");
	assert_int_equal(kshim_attr_read("hwmon0", "in1_input", buf, sizeof(buf)),
			 -ENOENT);
	assert_int_equal(kshim_attr_write("hwmon0", "temp1_max", "65000"), 5);
	assert_int_equal(info_max, 65000);
	assert_int_equal(kshim_attr_write("hwmon0", "temp1_max", "hot"), -EINVAL);
	assert_int_equal(info_writes, 1);
	assert_int_equal(kshim_attr_write("hwmon0", "temp1_input", "1"), -EACCES);
	hwmon_device_unregister(hw);

	/* A description 6.1 refuses. */
	assert_ptr_equal(hwmon_device_register_with_info(parent, NULL, NULL,
							 &info_chip, NULL),
			 ERR_PTR(-EINVAL));
	assert_ptr_equal(hwmon_device_register_with_info(parent, "bad", NULL,
							 &bad, NULL),
			 ERR_PTR(-EINVAL));
	assert_false(kshim_device_exists("hwmon0"));
	put_device(parent);
}

static const struct hwmon_channel_info *names_channels[] = {
	HWMON_CHANNEL_INFO(power, HWMON_P_AVERAGE_INTERVAL |
			   HWMON_P_AVERAGE_INTERVAL_MAX |
			   HWMON_P_AVERAGE_INTERVAL_MIN),
	HWMON_CHANNEL_INFO(intrusion, HWMON_INTRUSION_ALARM |
			   HWMON_INTRUSION_BEEP),
	NULL
};

static const struct hwmon_chip_info names_chip = {
	.ops = &info_ops,
	.info = names_channels,
};

/* 6.1's hwmon_power_attr_templates and hwmon_intrusion_attr_templates */
static void info_names(void **state)
{
	const char *dev = sensor(3, 0x4e);
	struct device *parent = bus_find_device_by_name(&i2c_bus_type, NULL, dev);
	struct device *hw;
	char buf[32];

	hw = hwmon_device_register_with_info(parent, "names", NULL, &names_chip,
					     NULL);
	assert_false(IS_ERR(hw));
	assert_int_equal(kshim_attr_read("hwmon0", "power1_average_interval",
					 buf, sizeof(buf)), -EOPNOTSUPP);
	assert_int_equal(kshim_attr_read("hwmon0", "power1_interval_max",
					 buf, sizeof(buf)), -EOPNOTSUPP);
	assert_int_equal(kshim_attr_read("hwmon0", "power1_interval_min",
					 buf, sizeof(buf)), -EOPNOTSUPP);
	assert_int_equal(kshim_attr_read("hwmon0", "power1_average_interval_max",
					 buf, sizeof(buf)), -ENOENT);
	assert_int_equal(kshim_attr_read("hwmon0", "power1_average_interval_min",
					 buf, sizeof(buf)), -ENOENT);
	assert_int_equal(HWMON_INTRUSION_ALARM, BIT(0));
	assert_int_equal(HWMON_INTRUSION_BEEP, BIT(1));
	assert_int_equal(kshim_attr_read("hwmon0", "intrusion0_alarm",
					 buf, sizeof(buf)), -EOPNOTSUPP);
	assert_int_equal(kshim_attr_read("hwmon0", "intrusion0_beep",
					 buf, sizeof(buf)), -EOPNOTSUPP);
	hwmon_device_unregister(hw);
	put_device(parent);
}

/* 6.1's hwmon_device_register_with_info() and hwmon_genattrs() refuse these. */
static void info_refused(void **state)
{
	const char *dev = sensor(4, 0x4f);
	struct device *parent = bus_find_device_by_name(&i2c_bus_type, NULL, dev);
	const struct hwmon_channel_info *past[] = {
		HWMON_CHANNEL_INFO(temp, HWMON_T_INPUT),
		/* energy has 3 attributes: bit 3 is past the last */
		HWMON_CHANNEL_INFO(energy, HWMON_E_INPUT | BIT(3)),
		NULL
	};
	const struct hwmon_channel_info *chip_past[] = {
		HWMON_CHANNEL_INFO(chip, BIT(hwmon_chip_temp_samples + 1)),
		NULL
	};
	const u32 config[] = { BIT(0), 0 };
	const struct hwmon_channel_info no_type = {
		.type = hwmon_max, .config = config,
	};
	const struct hwmon_channel_info *unknown[] = { &no_type, NULL };
	struct hwmon_chip_info chip = { .ops = &info_ops, .info = past };
	struct hwmon_chip_info no_info = { .ops = &info_ops };

	assert_ptr_equal(hwmon_device_register_with_info(parent, "x", NULL,
							 NULL, NULL),
			 ERR_PTR(-EINVAL));
	assert_ptr_equal(devm_hwmon_device_register_with_info(parent, "x", NULL,
							      NULL, NULL),
			 ERR_PTR(-EINVAL));
	assert_ptr_equal(hwmon_device_register_with_info(parent, "x", NULL,
							 &no_info, NULL),
			 ERR_PTR(-EINVAL));
	assert_ptr_equal(hwmon_device_register_with_info(NULL, "x", NULL,
							 &info_chip, NULL),
			 ERR_PTR(-EINVAL));
	assert_ptr_equal(hwmon_device_register_with_info(parent, "x", NULL,
							 &chip, NULL),
			 ERR_PTR(-EINVAL));
	chip.info = chip_past;
	assert_ptr_equal(hwmon_device_register_with_info(parent, "x", NULL,
							 &chip, NULL),
			 ERR_PTR(-EINVAL));
	chip.info = unknown;
	assert_ptr_equal(hwmon_device_register_with_info(parent, "x", NULL,
							 &chip, NULL),
			 ERR_PTR(-EINVAL));
	assert_false(kshim_device_exists("hwmon0"));
	put_device(parent);
	assert_int_equal(kshim_alloc_live(), kshim_alloc_owned(parent) +
			 kshim_alloc_owned(parent->parent));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(groups_in_probe),
		kshim_unit_test(names_and_ids),
		kshim_unit_test(with_info),
		kshim_unit_test(info_names),
		kshim_unit_test(info_refused),
	};

	return kshim_run_tests(tests);
}
