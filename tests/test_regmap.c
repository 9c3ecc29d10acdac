// SPDX-License-Identifier: GPL-2.0-only
/*
 * Register maps: over I2C (the bus regmap-i2c picks for the adapter, the
 * value formats), over MMIO, over a driver's own accessors; reads,
 * writes, update_bits and friends, bulk transfers, the errors regmap.c
 * gives for registers out of range, and fault injection through the bus.
 */
#include <linux/i2c.h>
#include <linux/io.h>
#include <linux/regmap.h>
#include <linux/slab.h>
#include <linux/string.h>

#include <kshim/cmocka.h>

static struct i2c_client *client_on(int nr, unsigned short addr)
{
	struct i2c_board_info info = { I2C_BOARD_INFO("rm", addr) };
	struct i2c_adapter *adap;
	struct i2c_client *client;

	if (!kshim_device_exists("i2c-0") || nr)
		assert_int_equal(kshim_i2c_adapter_add(nr), 0);
	assert_int_equal(kshim_i2c_chip_add(nr, addr, 64), 0);
	adap = i2c_get_adapter(nr);
	client = i2c_new_client_device(adap, &info);
	i2c_put_adapter(adap);
	assert_false(IS_ERR(client));
	return client;
}

static const struct regmap_config cfg8 = {
	.reg_bits = 8,
	.val_bits = 8,
	.max_register = 0x1f,
};

static void i2c_byte_registers(void **state)
{
	struct i2c_client *client = client_on(0, 0x20);
	u8 vals[4] = { 1, 2, 3, 4 }, back[4];
	struct regmap *map = regmap_init_i2c(client, &cfg8);
	unsigned int val;
	unsigned long xfers;
	bool changed;

	assert_false(IS_ERR(map));
	assert_ptr_equal(regmap_get_device(map), &client->dev);
	assert_int_equal(regmap_write(map, 0x10, 0xab), 0);
	assert_int_equal(kshim_i2c_peek(0, 0x20, 0x10), 0xab);
	assert_int_equal(regmap_read(map, 0x10, &val), 0);
	assert_int_equal(val, 0xab);

	/* update_bits: a read, and a write only when something changes. */
	assert_int_equal(regmap_update_bits(map, 0x10, 0x0f, 0x35), 0);
	assert_int_equal(kshim_i2c_peek(0, 0x20, 0x10), 0xa5);
	xfers = kshim_i2c_xfers(0, 0x20);
	assert_int_equal(regmap_update_bits_check(map, 0x10, 0x0f, 0x05, &changed), 0);
	assert_false(changed);
	assert_int_equal(kshim_i2c_xfers(0, 0x20), xfers + 1);	/* the read only */
	assert_int_equal(regmap_write_bits(map, 0x10, 0x0f, 0x05), 0);
	assert_int_equal(kshim_i2c_xfers(0, 0x20), xfers + 3);	/* forced */
	assert_int_equal(regmap_set_bits(map, 0x11, 0x81), 0);
	assert_int_equal(regmap_clear_bits(map, 0x11, 0x01), 0);
	assert_int_equal(kshim_i2c_peek(0, 0x20, 0x11), 0x80);
	assert_int_equal(regmap_test_bits(map, 0x11, 0x80), 1);
	assert_int_equal(regmap_test_bits(map, 0x11, 0x81), 0);

	/* Bulk: one transfer each way. */
	xfers = kshim_i2c_xfers(0, 0x20);
	assert_int_equal(regmap_bulk_write(map, 0x04, vals, 4), 0);
	assert_int_equal(kshim_i2c_peek(0, 0x20, 0x07), 4);
	assert_int_equal(regmap_bulk_read(map, 0x04, back, 4), 0);
	assert_memory_equal(back, vals, 4);
	assert_int_equal(kshim_i2c_xfers(0, 0x20), xfers + 2);

	/* Out of range: regmap.c's -EIO, -EINVAL for a raw write across it. */
	assert_int_equal(regmap_read(map, 0x20, &val), -EIO);
	assert_int_equal(regmap_write(map, 0x20, 1), -EIO);
	assert_int_equal(regmap_update_bits(map, 0x20, 1, 1), -EIO);
	assert_int_equal(regmap_bulk_write(map, 0x1e, vals, 4), -EINVAL);
	assert_int_equal(regmap_bulk_read(map, 0x04, back, 0), -EINVAL);
	assert_int_equal(regmap_get_max_register(map), 0x1f);
	assert_int_equal(regmap_get_val_bytes(map), 1);

	/* Through the bus, at this line: an I2C fault is the read's -EIO. */
	kshim_fail_nth(1);
	assert_int_equal(regmap_read(map, 0x10, &val), -EIO);
	kshim_fail_only("i2c_master_send");
	kshim_fail_nth(1);
	assert_int_equal(regmap_read(map, 0x10, &val), 0);
	assert_int_equal(regmap_write(map, 0x10, 0), -EIO);
	kshim_fail_only(NULL);
	/* No chip: NAK. */
	assert_int_equal(kshim_i2c_chip_remove(0, 0x20), 0);
	assert_int_equal(regmap_read(map, 0x10, &val), -ENXIO);
	regmap_exit(map);
	i2c_unregister_device(client);
}

static void i2c_word_formats(void **state)
{
	struct i2c_client *client = client_on(0, 0x21);
	struct regmap_config cfg = { .reg_bits = 8, .val_bits = 16 };
	u16 words[2] = { 0x1122, 0x3344 }, back[2];
	struct regmap *map;
	unsigned int val;

	/* Big-endian unless the config says otherwise. */
	map = regmap_init_i2c(client, &cfg);
	assert_int_equal(regmap_write(map, 0x02, 0xbeef), 0);
	assert_int_equal(kshim_i2c_peek(0, 0x21, 0x02), 0xbe);
	assert_int_equal(kshim_i2c_peek(0, 0x21, 0x03), 0xef);
	assert_int_equal(regmap_bulk_write(map, 0x08, words, 2), 0);
	assert_int_equal(kshim_i2c_peek(0, 0x21, 0x0a), 0x33);
	assert_int_equal(regmap_bulk_read(map, 0x08, back, 2), 0);
	assert_memory_equal(back, words, sizeof(words));
	regmap_exit(map);
	cfg.val_format_endian = REGMAP_ENDIAN_LITTLE;
	map = regmap_init_i2c(client, &cfg);
	assert_int_equal(regmap_read(map, 0x02, &val), 0);
	assert_int_equal(val, 0xefbe);
	regmap_exit(map);

	/* An SMBus-only adapter: words (swapped for big-endian), or bytes. */
	assert_int_equal(kshim_i2c_adapter_set_func(0, I2C_FUNC_SMBUS_BYTE_DATA |
						    I2C_FUNC_SMBUS_WORD_DATA), 0);
	cfg.val_format_endian = REGMAP_ENDIAN_DEFAULT;
	map = regmap_init_i2c(client, &cfg);
	assert_false(IS_ERR(map));
	assert_int_equal(regmap_read(map, 0x02, &val), 0);
	assert_int_equal(val, 0xbeef);
	kshim_fail_only("i2c_smbus_read_word_data");
	kshim_fail_nth(1);
	assert_int_equal(regmap_read(map, 0x02, &val), -EIO);
	kshim_fail_only(NULL);
	assert_int_equal(regmap_read(map, 0x100, &val), -EINVAL);	/* no 8-bit command */
	regmap_exit(map);
	map = regmap_init_i2c(client, &cfg8);
	assert_int_equal(regmap_read(map, 0x03, &val), 0);
	assert_int_equal(val, 0xef);
	regmap_exit(map);
	/* 16-bit registers need plain I2C: regmap-i2c has no bus, -ENOTSUPP. */
	cfg.reg_bits = 16;
	assert_ptr_equal(regmap_init_i2c(client, &cfg), ERR_PTR(-ENOTSUPP));
	i2c_unregister_device(client);
}

static void i2c_devm_and_lookup(void **state)
{
	struct i2c_client *client = client_on(0, 0x22);
	struct regmap_config cfg = cfg8;
	struct regmap *map;

	cfg.name = "main";
	map = devm_regmap_init_i2c(client, &cfg);
	assert_false(IS_ERR(map));
	assert_ptr_equal(dev_get_regmap(&client->dev, NULL), map);
	assert_ptr_equal(dev_get_regmap(&client->dev, "main"), map);
	assert_null(dev_get_regmap(&client->dev, "other"));
	/* The allocations fail at the caller's line. */
	kshim_fail_nth(1);
	assert_ptr_equal(devm_regmap_init_i2c(client, &cfg), ERR_PTR(-ENOMEM));
	kshim_fail_nth(2);
	assert_ptr_equal(devm_regmap_init_i2c(client, &cfg), ERR_PTR(-ENOMEM));
	/* Managed: freed with the device. */
	i2c_unregister_device(client);
	assert_int_equal(kshim_alloc_live(), 1);	/* the adapter's name */
}

static void mmio_registers(void **state)
{
	struct kshim_regs *regs = kshim_mmio_attach(0xfe000000, 0x40);
	void __iomem *base = ioremap(0xfe000000, 0x40);
	struct regmap_config cfg = {
		.reg_bits = 32,
		.val_bits = 32,
		.reg_stride = 4,
		.max_register = 0x3c,
	};
	u32 vals[3] = { 7, 8, 9 }, back[3];
	struct regmap *map;
	unsigned int val;

	map = regmap_init_mmio(NULL, base, &cfg);
	assert_false(IS_ERR(map));
	assert_int_equal(regmap_write(map, 0x08, 0x12345678), 0);
	assert_int_equal(kshim_mmio_peek(regs, 0x08, 4), 0x12345678);
	kshim_mmio_poke(regs, 0x0c, 4, 0xcafe);
	assert_int_equal(regmap_read(map, 0x0c, &val), 0);
	assert_int_equal(val, 0xcafe);
	assert_int_equal(regmap_update_bits(map, 0x0c, 0xff00, 0x1200), 0);
	assert_int_equal(kshim_mmio_peek(regs, 0x0c, 4), 0x12fe);
	assert_int_equal(regmap_read(map, 0x06, &val), -EINVAL);	/* misaligned */
	assert_int_equal(regmap_read(map, 0x40, &val), -EIO);
	assert_int_equal(regmap_bulk_write(map, 0x10, vals, 3), 0);
	assert_int_equal(kshim_mmio_peek(regs, 0x18, 4), 9);
	assert_int_equal(regmap_bulk_read(map, 0x10, back, 3), 0);
	assert_memory_equal(back, vals, sizeof(vals));
	/* Register by register: the one past the end fails. */
	assert_int_equal(regmap_bulk_read(map, 0x38, back, 3), -EIO);
	/* No fault point: MMIO does not fail. */
	kshim_fail_nth(1);
	assert_int_equal(regmap_read(map, 0x0c, &val), 0);
	kshim_fail_none();
	regmap_exit(map);

	cfg.val_format_endian = REGMAP_ENDIAN_BIG;
	map = regmap_init_mmio(NULL, base, &cfg);
	assert_int_equal(regmap_write(map, 0x00, 0x11223344), 0);
	assert_int_equal(kshim_mmio_peek(regs, 0x00, 4), 0x44332211);
	regmap_exit(map);
	/* regmap-mmio's rules: 32-bit register numbers, a wide enough stride. */
	cfg.reg_bits = 8;
	assert_ptr_equal(regmap_init_mmio(NULL, base, &cfg), ERR_PTR(-EINVAL));
	cfg.reg_bits = 32;
	cfg.reg_stride = 1;
	assert_ptr_equal(regmap_init_mmio(NULL, base, &cfg), ERR_PTR(-EINVAL));
	iounmap(base);
	kshim_mmio_detach(regs);
}

/* A driver's own accessors, with an access table. */
static unsigned int shadow[16];

static int my_read(void *ctx, unsigned int reg, unsigned int *val)
{
	*val = shadow[reg] + *(int *)ctx;
	return 0;
}

static int my_write(void *ctx, unsigned int reg, unsigned int val)
{
	shadow[reg] = val;
	return 0;
}

static void custom_accessors_and_tables(void **state)
{
	static const struct regmap_range no_write[] = { regmap_reg_range(0, 1) };
	static const struct regmap_access_table wr = {
		.no_ranges = no_write, .n_no_ranges = 1,
	};
	int offset = 100;
	struct regmap_config cfg = {
		.reg_bits = 8, .val_bits = 32, .max_register = 15,
		.reg_read = my_read, .reg_write = my_write, .wr_table = &wr,
	};
	struct regmap *map = regmap_init(NULL, NULL, &offset, &cfg);
	unsigned int val;

	assert_false(IS_ERR(map));
	assert_int_equal(regmap_write(map, 5, 42), 0);
	assert_int_equal(shadow[5], 42);
	assert_int_equal(regmap_read(map, 5, &val), 0);
	assert_int_equal(val, 142);
	assert_int_equal(regmap_write(map, 1, 42), -EIO);	/* not writeable */
	assert_int_equal(regmap_read(map, 1, &val), 0);	/* but readable */
	assert_int_equal(regmap_read(map, 16, &val), -EIO);
	regmap_exit(map);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(i2c_byte_registers),
		kshim_unit_test(i2c_word_formats),
		kshim_unit_test(i2c_devm_and_lookup),
		kshim_unit_test(mmio_registers),
		kshim_unit_test(custom_accessors_and_tables),
	};

	return kshim_run_tests(tests);
}
