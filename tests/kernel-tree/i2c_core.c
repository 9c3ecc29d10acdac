// SPDX-License-Identifier: GPL-2.0-only
/*
 * The I2C core and regmap as a module sees them, for
 * test_kernel_tree_i2c.py: run with a chip on adapter 0 at 0x50
 * (--i2c 0:0x50), init makes clients on it and checks the SMBus and I2C
 * transfers, a dummy client and a register map against the chip's
 * registers; each check that fails is logged, and init says how many ran.
 */
#include <linux/module.h>
#include <linux/i2c.h>
#include <linux/err.h>
#include <linux/regmap.h>
#include <linux/string.h>

static int checks, failed;

#define CHECK(cond) do {						\
	checks++;							\
	if (!(cond)) {							\
		failed++;						\
		pr_err("i2c_core: line %d: %s\n", __LINE__, #cond);	\
	}								\
} while (0)

static const struct regmap_config core_regmap = {
	.reg_bits = 8,
	.val_bits = 16,
	.max_register = 0x7f,
};

static void smbus(struct i2c_client *client)
{
	u8 vals[40], block[I2C_SMBUS_BLOCK_MAX + 8] = { 0 };
	int i;

	for (i = 0; i < 40; i++)
		vals[i] = i + 1;
	CHECK(i2c_smbus_write_byte_data(client, 0x20, 0xa5) == 0);
	CHECK(i2c_smbus_read_byte_data(client, 0x20) == 0xa5);
	/* Words are little-endian on SMBus: the low byte first. */
	CHECK(i2c_smbus_write_word_data(client, 0x30, 0xbeef) == 0);
	CHECK(i2c_smbus_read_byte_data(client, 0x30) == 0xef);
	CHECK(i2c_smbus_read_word_data(client, 0x30) == 0xbeef);
	CHECK(i2c_smbus_read_word_swapped(client, 0x30) == 0xefbe);
	CHECK(i2c_smbus_write_byte(client, 0x20) == 0);
	CHECK(i2c_smbus_read_byte(client) == 0xa5);
	/* I2C blocks: at most 32 bytes, the rest is cut. */
	CHECK(i2c_smbus_write_i2c_block_data(client, 0x40, 40, vals) == 0);
	CHECK(i2c_smbus_read_i2c_block_data(client, 0x40, 40, block) == 32);
	CHECK(!memcmp(block, vals, 32) && block[32] == 0);
	/* SMBus blocks carry their count, at the command register. */
	CHECK(i2c_smbus_write_block_data(client, 0x80, 5, vals) == 0);
	memset(block, 0, sizeof(block));
	CHECK(i2c_smbus_read_block_data(client, 0x80, block) == 5);
	CHECK(!memcmp(block, vals, 5));
	CHECK(i2c_smbus_write_byte_data(client, 0x80, 33) == 0);
	CHECK(i2c_smbus_read_block_data(client, 0x80, block) == -EPROTO);
	/* Plain I2C. */
	CHECK(i2c_master_send(client, "\x60\x01\x02\x03", 4) == 4);
	CHECK(i2c_master_send(client, "\x61", 1) == 1);
	CHECK(i2c_master_recv(client, (char *)block, 2) == 2);
	CHECK(block[0] == 0x02 && block[1] == 0x03);
}

static void errors(struct i2c_adapter *adap, struct i2c_client *client,
		   struct i2c_client *ghost)
{
	struct i2c_msg msg = { .addr = 0x50, .len = 0 };
	union i2c_smbus_data data;

	/* Nothing at 0x51: every transfer is NAKed. */
	CHECK(i2c_smbus_read_byte_data(ghost, 0) == -ENXIO);
	CHECK(i2c_master_send(ghost, "x", 1) == -ENXIO);
	data.block[0] = 33;
	CHECK(i2c_smbus_xfer(adap, 0x50, 0, I2C_SMBUS_WRITE, 0,
			     I2C_SMBUS_BLOCK_DATA, &data) == -EINVAL);
	CHECK(i2c_smbus_xfer(adap, 0x50, 0, I2C_SMBUS_READ, 0,
			     I2C_SMBUS_I2C_BLOCK_DATA, &data) == -EINVAL);
	CHECK(i2c_smbus_xfer(adap, 0x50, 0, I2C_SMBUS_READ, 0, 42,
			     &data) == -EOPNOTSUPP);
	/* A zero-length write is SMBus quick: the chip acknowledges. */
	CHECK(i2c_transfer(adap, &msg, 1) == 1);
	CHECK(i2c_check_functionality(adap, I2C_FUNC_I2C |
				      I2C_FUNC_SMBUS_BYTE_DATA));
}

static void map(struct i2c_client *client)
{
	struct regmap *regmap = regmap_init_i2c(client, &core_regmap);
	unsigned int val;
	u16 vals[2];

	CHECK(!IS_ERR(regmap));
	if (IS_ERR(regmap))
		return;
	/* Big-endian 16-bit values on raw I2C. */
	CHECK(regmap_write(regmap, 0x10, 0x1234) == 0);
	CHECK(i2c_smbus_read_byte_data(client, 0x10) == 0x12);
	CHECK(regmap_read(regmap, 0x10, &val) == 0 && val == 0x1234);
	CHECK(regmap_update_bits(regmap, 0x10, 0xff, 0x56) == 0);
	CHECK(regmap_read(regmap, 0x10, &val) == 0 && val == 0x1256);
	CHECK(regmap_bulk_read(regmap, 0x10, vals, 2) == 0 &&
	      vals[0] == 0x1256);
	CHECK(regmap_read(regmap, 0x80, &val) == -EIO);	/* past the max */
	CHECK(regmap_get_device(regmap) == &client->dev);
	regmap_exit(regmap);
}

static int __init core_init(void)
{
	struct i2c_board_info info = { I2C_BOARD_INFO("raw", 0x80) };
	struct i2c_client *client, *ghost, *dummy;
	struct i2c_adapter *adap;

	CHECK(!i2c_get_adapter(4));
	adap = i2c_get_adapter(0);
	if (!adap)
		return -ENODEV;
	CHECK(i2c_adapter_id(adap) == 0);
	CHECK(i2c_new_client_device(adap, &info) == ERR_PTR(-EINVAL));
	info.flags = I2C_CLIENT_TEN;
	info.addr = 0x400;
	CHECK(i2c_new_client_device(adap, &info) == ERR_PTR(-EINVAL));
	info.flags = 0;
	info.addr = 0x50;
	client = i2c_new_client_device(adap, &info);
	if (IS_ERR(client)) {
		i2c_put_adapter(adap);
		return PTR_ERR(client);
	}
	CHECK(!strcmp(dev_name(&client->dev), "0-0050"));
	CHECK(i2c_verify_client(&client->dev) == client);
	CHECK(!i2c_verify_client(&adap->dev));
	CHECK(i2c_verify_adapter(&adap->dev) == adap);
	/* The address is taken. */
	CHECK(i2c_new_client_device(adap, &info) == ERR_PTR(-EBUSY));
	ghost = i2c_new_dummy_device(adap, 0x51);
	CHECK(!IS_ERR(ghost));
	dummy = i2c_new_dummy_device(adap, 0x50);
	CHECK(dummy == ERR_PTR(-EBUSY));

	smbus(client);
	if (!IS_ERR(ghost))
		errors(adap, client, ghost);
	map(client);

	i2c_unregister_device(ghost);
	i2c_unregister_device(client);
	i2c_unregister_device(NULL);
	i2c_put_adapter(adap);
	pr_info("i2c_core: %d checks, %d failed\n", checks, failed);
	return failed ? -EINVAL : 0;
}
module_init(core_init);

static void __exit core_exit(void)
{
}
module_exit(core_exit);

MODULE_DESCRIPTION("The I2C core and regmap from a module, for kshim's tests");
MODULE_LICENSE("GPL");
