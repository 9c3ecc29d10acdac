// SPDX-License-Identifier: GPL-2.0-only
/*
 * I2C: simulated adapters and chips, clients made as board info or a
 * device tree would make them, the bus matching them with drivers (id
 * table, OF), probe and remove, transfers and the SMBus calls against a
 * register-map chip and a callback chip, the errors a real bus gives,
 * detection, fault injection and the sweep of a probe.
 */
#include <linux/i2c.h>
#include <linux/slab.h>
#include <linux/string.h>

#include <kshim/cmocka.h>

/* The registers of tests/modules/i2c_demo.c's chip. */
static void demo_chip(int nr, unsigned short addr)
{
	assert_int_equal(kshim_i2c_chip_add(nr, addr, 32), 0);
	kshim_i2c_poke(nr, addr, 0x00, 0x5a);		/* ID */
	kshim_i2c_poke(nr, addr, 0x02, 0x34);		/* threshold, low byte */
	kshim_i2c_poke(nr, addr, 0x03, 0x12);
	kshim_i2c_poke(nr, addr, 0x04, 0x39);		/* value 1337 */
	kshim_i2c_poke(nr, addr, 0x05, 0x05);
	kshim_i2c_poke(nr, addr, 0x10, 0xde);		/* serial */
	kshim_i2c_poke(nr, addr, 0x11, 0xad);
	kshim_i2c_poke(nr, addr, 0x12, 0xbe);
	kshim_i2c_poke(nr, addr, 0x13, 0xef);
}

static void probe_by_id_table(void **state)
{
	const char *dev;
	char buf[64];

	assert_int_equal(kshim_i2c_adapter_add(0), 0);
	assert_true(kshim_device_exists("i2c-0"));
	demo_chip(0, 0x48);
	assert_int_equal(kshim_load("i2c_demo", NULL), 0);
	dev = kshim_i2c_device_add_irq(0, "demo-chip", 0x48, NULL, 7);
	assert_non_null(dev);
	assert_string_equal(dev, "0-0048");
	assert_true(kshim_device_bound(dev));
	assert_string_equal(kshim_device_driver(dev), "i2c_demo");
	assert_log_contains(6, "i2c_demo 0-0048: demo chip 'demo-chip' at 0x48, irq 7");
	assert_int_equal(kshim_i2c_peek(0, 0x48, 0x01), 1);	/* enabled */

	/* The client's own files, and the driver's. */
	assert_int_equal(kshim_attr_read(dev, "name", buf, sizeof(buf)), 10);
	assert_string_equal(buf, "demo-chip\n");
	kshim_attr_read(dev, "modalias", buf, sizeof(buf));
	assert_string_equal(buf, "i2c:demo-chip\n");
	kshim_attr_read(dev, "value", buf, sizeof(buf));
	assert_string_equal(buf, "1337\n");
	kshim_attr_read(dev, "serial", buf, sizeof(buf));
	assert_string_equal(buf, "deadbeef\n");
	kshim_attr_read(dev, "thresh", buf, sizeof(buf));
	assert_string_equal(buf, "4660\n");
	assert_int_equal(kshim_attr_write(dev, "thresh", "0x2345"), 6);
	assert_int_equal(kshim_i2c_peek(0, 0x48, 0x02), 0x45);
	assert_int_equal(kshim_i2c_peek(0, 0x48, 0x03), 0x23);

	/* Unbind and bind as sysfs does: remove, then probe again. */
	assert_int_equal(kshim_device_unbind(dev), 0);
	assert_int_equal(kshim_i2c_peek(0, 0x48, 0x01), 0);
	assert_int_equal(kshim_attr_read(dev, "value", buf, sizeof(buf)), -ENOENT);
	assert_int_equal(kshim_device_bind(dev, "i2c_demo"), 0);
	assert_int_equal(kshim_i2c_peek(0, 0x48, 0x01), 1);

	/* rmmod: remove runs, the client stays. */
	assert_int_equal(kshim_unload("i2c_demo"), 0);
	assert_int_equal(kshim_i2c_peek(0, 0x48, 0x01), 0);
	assert_true(kshim_device_exists(dev));
	assert_false(kshim_device_bound(dev));
	assert_int_equal(kshim_i2c_device_remove(dev), 0);
	assert_false(kshim_device_exists(dev));
	assert_int_equal(kshim_i2c_device_remove(dev), -ENODEV);
}

static void probe_via_of(void **state)
{
	struct kshim_dt_node *np = kshim_dt_node("kshim,i2c-demo");
	const char *a, *b, *c;

	assert_int_equal(kshim_i2c_adapter_add(2), 0);
	demo_chip(2, 0x10);
	demo_chip(2, 0x11);
	demo_chip(2, 0x12);
	/* Devices first: the driver binds them when it registers. */
	a = kshim_i2c_device_add(2, "some-name", 0x10, np);
	/* No node: the name against the compatible after its vendor prefix. */
	b = kshim_i2c_device_add(2, "i2c-demo", 0x11, NULL);
	c = kshim_i2c_device_add(2, "other-chip", 0x12, NULL);
	assert_string_equal(a, "2-0010");
	assert_false(kshim_device_bound(a));
	assert_int_equal(kshim_load("i2c_demo", NULL), 0);
	assert_true(kshim_device_bound(a));
	assert_true(kshim_device_bound(b));
	assert_false(kshim_device_bound(c));
	assert_int_equal(kshim_device_bind(c, "i2c_demo"), -ENODEV);	/* no match */
	assert_int_equal(kshim_unload("i2c_demo"), 0);
}

static void missing_chip_and_wrong_chip(void **state)
{
	const char *dev;

	assert_int_equal(kshim_i2c_adapter_add(0), 0);
	assert_int_equal(kshim_load("i2c_demo", NULL), 0);
	/* Nothing answers at 0x49: the address is not acknowledged. */
	dev = kshim_i2c_device_add(0, "demo-chip", 0x49, NULL);
	assert_non_null(dev);
	assert_false(kshim_device_bound(dev));
	assert_int_equal(kshim_device_probe_result(dev), -ENXIO);
	/* -ENXIO is no failure worth a warning (dd.c's call_driver_probe()). */
	assert_log_lacks(KSHIM_LOG_ANY, "probe of 0-0049 failed");
	/* Another chip answers: -ENODEV, with the driver's message. */
	assert_int_equal(kshim_i2c_chip_add(0, 0x4a, 16), 0);
	kshim_i2c_poke(0, 0x4a, 0, 0x17);
	dev = kshim_i2c_device_add(0, "demo-chip", 0x4a, NULL);
	assert_int_equal(kshim_device_probe_result(dev), -ENODEV);
	assert_log_contains(3, "i2c_demo 0-004a: error -ENODEV: unknown chip id 0x17");
	assert_int_equal(kshim_unload("i2c_demo"), 0);
}

static void client_addresses(void **state)
{
	struct i2c_board_info info = { I2C_BOARD_INFO("raw", 0x80) };
	struct i2c_adapter *adap;
	struct i2c_client *client, *other;

	assert_int_equal(kshim_i2c_adapter_add(3), 0);
	assert_int_equal(kshim_i2c_adapter_add(3), -EBUSY);
	assert_null(i2c_get_adapter(4));
	adap = i2c_get_adapter(3);
	assert_non_null(adap);
	assert_int_equal(i2c_adapter_id(adap), 3);
	assert_ptr_equal(i2c_new_client_device(adap, &info), ERR_PTR(-EINVAL));
	assert_log_contains(3, "i2c i2c-3: Invalid 7-bit I2C address 0x80");
	info.flags = I2C_CLIENT_TEN;
	info.addr = 0x400;
	assert_ptr_equal(i2c_new_client_device(adap, &info), ERR_PTR(-EINVAL));
	assert_log_contains(3, "i2c i2c-3: Invalid 10-bit I2C address 0x400");
	info.addr = 0x123;
	client = i2c_new_client_device(adap, &info);
	assert_false(IS_ERR(client));
	assert_string_equal(dev_name(&client->dev), "3-a123");
	info.flags = 0;
	info.addr = 0x23;
	other = i2c_new_client_device(adap, &info);
	assert_string_equal(dev_name(&other->dev), "3-0023");
	assert_ptr_equal(i2c_verify_client(&other->dev), other);
	assert_null(i2c_verify_client(&adap->dev));
	assert_ptr_equal(i2c_verify_adapter(&adap->dev), adap);
	/* The address is taken. */
	assert_ptr_equal(i2c_new_client_device(adap, &info), ERR_PTR(-EBUSY));
	assert_log_contains(3, "i2c i2c-3: Failed to register i2c client raw at 0x23 (-16)");
	i2c_unregister_device(other);
	i2c_unregister_device(client);
	i2c_unregister_device(NULL);
	i2c_put_adapter(adap);
	/* The adapter's name, as a client's, is its device's memory. */
	assert_int_equal(kshim_i2c_adapter_remove(3), 0);
	assert_int_equal(kshim_alloc_live(), 0);
	assert_int_equal(kshim_i2c_adapter_remove(3), -ENODEV);
}

static struct i2c_client *raw_client(int nr, unsigned short addr)
{
	struct i2c_board_info info = { I2C_BOARD_INFO("raw", addr) };
	struct i2c_adapter *adap = i2c_get_adapter(nr);
	struct i2c_client *client = i2c_new_client_device(adap, &info);

	i2c_put_adapter(adap);
	assert_false(IS_ERR(client));
	return client;
}

static void smbus_on_a_register_map(void **state)
{
	struct i2c_client *client;
	u8 block[I2C_SMBUS_BLOCK_MAX + 8] = { 0 };
	u8 vals[40];
	int i;

	assert_int_equal(kshim_i2c_adapter_add(0), 0);
	assert_int_equal(kshim_i2c_chip_add(0, 0x50, 256), 0);
	client = raw_client(0, 0x50);
	for (i = 0; i < 40; i++)
		vals[i] = i + 1;

	assert_int_equal(i2c_smbus_write_byte_data(client, 0x20, 0xa5), 0);
	assert_int_equal(kshim_i2c_peek(0, 0x50, 0x20), 0xa5);
	assert_int_equal(i2c_smbus_read_byte_data(client, 0x20), 0xa5);
	/* Words are little-endian on SMBus: the low byte first. */
	assert_int_equal(i2c_smbus_write_word_data(client, 0x30, 0xbeef), 0);
	assert_int_equal(kshim_i2c_peek(0, 0x50, 0x30), 0xef);
	assert_int_equal(kshim_i2c_peek(0, 0x50, 0x31), 0xbe);
	assert_int_equal(i2c_smbus_read_word_data(client, 0x30), 0xbeef);
	assert_int_equal(i2c_smbus_read_word_swapped(client, 0x30), 0xefbe);
	assert_int_equal(i2c_smbus_write_word_swapped(client, 0x32, 0x1234), 0);
	assert_int_equal(kshim_i2c_peek(0, 0x50, 0x32), 0x12);
	/* Byte commands: the write sets the pointer, the read reads there. */
	assert_int_equal(i2c_smbus_write_byte(client, 0x20), 0);
	assert_int_equal(kshim_i2c_pointer(0, 0x50), 0x20);
	assert_int_equal(i2c_smbus_read_byte(client), 0xa5);
	assert_int_equal(kshim_i2c_pointer(0, 0x50), 0x21);

	/* I2C blocks: at most 32 bytes, the rest is cut. */
	assert_int_equal(i2c_smbus_write_i2c_block_data(client, 0x40, 40, vals), 0);
	assert_int_equal(kshim_i2c_peek(0, 0x50, 0x40 + 31), 32);
	assert_int_equal(kshim_i2c_peek(0, 0x50, 0x40 + 32), 0);
	assert_int_equal(i2c_smbus_read_i2c_block_data(client, 0x40, 40, block), 32);
	assert_memory_equal(block, vals, 32);
	assert_int_equal(block[32], 0);
	/* SMBus blocks carry their count: stored at the command register. */
	assert_int_equal(i2c_smbus_write_block_data(client, 0x80, 5, vals), 0);
	assert_int_equal(kshim_i2c_peek(0, 0x50, 0x80), 5);
	assert_int_equal(kshim_i2c_peek(0, 0x50, 0x81), 1);
	memset(block, 0, sizeof(block));
	assert_int_equal(i2c_smbus_read_block_data(client, 0x80, block), 5);
	assert_memory_equal(block, vals, 5);
	/* A count of 0 or over 32 breaks the protocol. */
	kshim_i2c_poke(0, 0x50, 0x80, 0);
	assert_int_equal(i2c_smbus_read_block_data(client, 0x80, block), -EPROTO);
	kshim_i2c_poke(0, 0x50, 0x80, 33);
	assert_int_equal(i2c_smbus_read_block_data(client, 0x80, block), -EPROTO);

	/* Plain I2C: send and receive. */
	assert_int_equal(i2c_master_send(client, "\x60\x01\x02\x03", 4), 4);
	assert_int_equal(kshim_i2c_peek(0, 0x50, 0x62), 0x03);
	assert_int_equal(i2c_master_send(client, "\x61", 1), 1);
	assert_int_equal(i2c_master_recv(client, (char *)block, 2), 2);
	assert_int_equal(block[0], 0x02);
	assert_int_equal(block[1], 0x03);
	i2c_unregister_device(client);
}

static void smbus_errors(void **state)
{
	union i2c_smbus_data data;
	struct i2c_client *client, *ghost;
	struct i2c_msg msg = { .addr = 0x50, .len = 0 };

	assert_int_equal(kshim_i2c_adapter_add(0), 0);
	assert_int_equal(kshim_i2c_chip_add(0, 0x50, 16), 0);
	client = raw_client(0, 0x50);
	ghost = raw_client(0, 0x51);

	/* Nothing at 0x51: every transfer is NAKed, -ENXIO (fault-codes.rst). */
	assert_int_equal(i2c_smbus_read_byte_data(ghost, 0), -ENXIO);
	assert_int_equal(i2c_smbus_write_word_data(ghost, 0, 1), -ENXIO);
	assert_int_equal(i2c_master_send(ghost, "x", 1), -ENXIO);
	assert_int_equal(kshim_i2c_xfers(0, 0x51), 0);

	/* i2c-core-smbus.c refuses blocks over 32 bytes before any I/O. */
	data.block[0] = 33;
	assert_int_equal(i2c_smbus_xfer(client->adapter, 0x50, 0, I2C_SMBUS_WRITE,
					0, I2C_SMBUS_BLOCK_DATA, &data), -EINVAL);
	assert_log_contains(3, "i2c i2c-0: Invalid block write size 33");
	assert_int_equal(i2c_smbus_xfer(client->adapter, 0x50, 0, I2C_SMBUS_READ,
					0, I2C_SMBUS_I2C_BLOCK_DATA, &data), -EINVAL);
	assert_log_contains(3, "i2c i2c-0: Invalid block read size 33");
	assert_int_equal(i2c_smbus_xfer(client->adapter, 0x50, 0, I2C_SMBUS_READ,
					0, 42, &data), -EOPNOTSUPP);
	assert_log_contains(3, "i2c i2c-0: Unsupported transaction 42");

	/* No message at all: the core WARNs. */
	assert_int_equal(i2c_transfer(client->adapter, &msg, 0), -EINVAL);
	assert_defects(KSHIM_DEFECT_WARN, 1);
	/* A zero-length write is SMBus quick: the chip acknowledges. */
	assert_int_equal(i2c_transfer(client->adapter, &msg, 1), 1);

	/* An adapter that only knows SMBus byte data. */
	assert_int_equal(kshim_i2c_adapter_set_func(0, I2C_FUNC_SMBUS_BYTE_DATA), 0);
	assert_true(i2c_check_functionality(client->adapter, I2C_FUNC_SMBUS_BYTE_DATA));
	assert_false(i2c_check_functionality(client->adapter,
					     I2C_FUNC_SMBUS_BYTE_DATA | I2C_FUNC_I2C));
	assert_int_equal(i2c_master_send(client, "x", 1), -EOPNOTSUPP);
	assert_int_equal(i2c_smbus_read_byte_data(client, 0), 0);
	assert_int_equal(kshim_i2c_adapter_set_func(9, 0), -ENODEV);

	i2c_unregister_device(ghost);
	i2c_unregister_device(client);
}

/* A chip of 16-bit registers, big-endian, behind the raw callback. */
struct wordchip {
	u16 regs[8];
	unsigned int ptr;
	int calls, nmsgs;
	int fail;
};

static int wordchip_xfer(void *priv, struct kshim_i2c_msg *msgs, int num)
{
	struct wordchip *wc = priv;
	int i;

	wc->calls++;
	wc->nmsgs = num;
	if (wc->fail)
		return wc->fail;
	for (i = 0; i < num; i++) {
		struct kshim_i2c_msg *m = &msgs[i];

		if (m->flags & I2C_M_RECV_LEN) {
			m->buf[0] = 2;
			m->buf[1] = wc->regs[wc->ptr] >> 8;
			m->buf[2] = wc->regs[wc->ptr] & 0xff;
			m->len = 3;
		} else if (m->flags & I2C_M_RD) {
			if (m->len >= 1)
				m->buf[0] = wc->regs[wc->ptr] >> 8;
			if (m->len >= 2)
				m->buf[1] = wc->regs[wc->ptr] & 0xff;
		} else {
			if (m->len >= 1)
				wc->ptr = m->buf[0] & 7;
			if (m->len >= 3)
				wc->regs[wc->ptr] = m->buf[1] << 8 | m->buf[2];
		}
	}
	return 0;
}

static void smbus_on_a_callback_chip(void **state)
{
	struct wordchip wc = { .regs = { 0x1900, 0x0080 } };
	struct i2c_client *client;
	u8 block[I2C_SMBUS_BLOCK_MAX];

	assert_int_equal(kshim_i2c_adapter_add(1), 0);
	assert_int_equal(kshim_i2c_chip_add_xfer(1, 0x4c, wordchip_xfer, &wc), 0);
	assert_int_equal(kshim_i2c_chip_add(1, 0x4c, 4), -EBUSY);
	client = raw_client(1, 0x4c);

	/* A word read is a write of the command, then a 2-byte read. */
	assert_int_equal(i2c_smbus_read_word_swapped(client, 0), 0x1900);
	assert_int_equal(wc.calls, 1);
	assert_int_equal(wc.nmsgs, 2);
	assert_int_equal(i2c_smbus_write_word_swapped(client, 2, 0xabcd), 0);
	assert_int_equal(wc.regs[2], 0xabcd);
	assert_int_equal(wc.nmsgs, 1);
	assert_int_equal(i2c_smbus_read_block_data(client, 1, block), 2);
	assert_int_equal(block[0], 0x00);
	assert_int_equal(block[1], 0x80);
	/* The chip's own errors come back as the adapter reports them. */
	wc.fail = -ETIMEDOUT;
	assert_int_equal(i2c_smbus_read_byte_data(client, 0), -ETIMEDOUT);
	/* Unplugged: NAK. */
	wc.fail = 0;
	assert_int_equal(kshim_i2c_chip_remove(1, 0x4c), 0);
	assert_int_equal(kshim_i2c_chip_remove(1, 0x4c), -ENODEV);
	assert_int_equal(i2c_smbus_read_word_data(client, 0), -ENXIO);
	i2c_unregister_device(client);
}

static void fault_injection_fails_transfers(void **state)
{
	struct i2c_client *client;
	const char *dev;
	char buf[32];

	assert_int_equal(kshim_i2c_adapter_add(0), 0);
	assert_int_equal(kshim_i2c_chip_add(0, 0x50, 16), 0);
	client = raw_client(0, 0x50);

	/* Each call is one fallible call, failed as a flaky bus fails: -EIO. */
	kshim_fail_nth(1);
	assert_int_equal(i2c_smbus_read_byte_data(client, 0), -EIO);
	assert_int_equal(kshim_i2c_xfers(0, 0x50), 0);	/* nothing reached the chip */
	assert_int_equal(i2c_smbus_read_byte_data(client, 0), 0);
	kshim_fail_only("i2c_master_send");
	kshim_fail_nth(1);
	assert_int_equal(i2c_smbus_write_byte_data(client, 0, 1), 0);
	assert_int_equal(i2c_master_send(client, "\x01", 1), -EIO);
	kshim_fail_none();
	kshim_fail_only(NULL);

	/* In a probe: the driver's line, the driver's error. */
	demo_chip(0, 0x48);
	assert_int_equal(kshim_load("i2c_demo", NULL), 0);
	kshim_fail_only("i2c_smbus_read_word_data");
	kshim_fail_nth(1);
	dev = kshim_i2c_device_add(0, "demo-chip", 0x48, NULL);
	assert_false(kshim_device_bound(dev));
	assert_int_equal(kshim_device_probe_result(dev), -EIO);
	assert_log_contains(4, "i2c_demo: probe of 0-0048 failed with error -5");
	/* And in an attribute's show(). */
	assert_int_equal(kshim_device_bind(dev, "i2c_demo"), 0);
	kshim_fail_nth(1);
	assert_int_equal(kshim_attr_read(dev, "value", buf, sizeof(buf)), -EIO);
	assert_int_equal(kshim_attr_read(dev, "value", buf, sizeof(buf)), 5);
	kshim_fail_only(NULL);
	assert_int_equal(kshim_unload("i2c_demo"), 0);
	i2c_unregister_device(client);
}

static void detection_on_hwmon_buses(void **state)
{
	assert_int_equal(kshim_i2c_adapter_add(0), 0);
	assert_int_equal(kshim_i2c_adapter_add(1), 0);
	assert_int_equal(kshim_i2c_adapter_set_class(1, I2C_CLASS_HWMON), 0);
	demo_chip(0, 0x2c);
	demo_chip(1, 0x2d);
	assert_int_equal(kshim_i2c_chip_add(1, 0x2c, 4), 0);	/* another chip */
	assert_int_equal(kshim_load("i2c_demo", NULL), 0);
	/* Only the HWMON bus is scanned; only the chip that answers right. */
	assert_false(kshim_device_exists("0-002c"));
	assert_false(kshim_device_exists("1-002c"));
	assert_true(kshim_device_bound("1-002d"));
	/* Detection runs when an adapter or a driver registers: not later. */
	assert_int_equal(kshim_i2c_adapter_add(2), 0);
	demo_chip(2, 0x2c);
	assert_int_equal(kshim_i2c_adapter_set_class(2, I2C_CLASS_HWMON), 0);
	assert_false(kshim_device_exists("2-002c"));
	/* Unloading removes what detection made. */
	assert_int_equal(kshim_unload("i2c_demo"), 0);
	assert_false(kshim_device_exists("1-002d"));
}

static void adapter_removal_removes_clients(void **state)
{
	const char *dev;

	assert_int_equal(kshim_i2c_adapter_add(0), 0);
	demo_chip(0, 0x48);
	assert_int_equal(kshim_load("i2c_demo", NULL), 0);
	dev = kshim_i2c_device_add(0, "demo-chip", 0x48, NULL);
	assert_true(kshim_device_bound(dev));
	assert_int_equal(kshim_i2c_adapter_remove(0), 0);
	assert_false(kshim_device_exists("0-0048"));
	assert_false(kshim_device_exists("i2c-0"));
	assert_int_equal(kshim_i2c_peek(0, 0x48, 0x01), 0);	/* remove ran */
	assert_null(kshim_i2c_device_add(0, "demo-chip", 0x48, NULL));
	assert_int_equal(kshim_unload("i2c_demo"), 0);
}

static void driver_left_registered_at_exit(void **state)
{
	const char *dev;

	assert_int_equal(kshim_i2c_adapter_add(0), 0);
	demo_chip(0, 0x48);
	assert_int_equal(kshim_load("i2c_demo", "keep_driver=1"), 0);
	dev = kshim_i2c_device_add(0, "demo-chip", 0x48, NULL);
	assert_true(kshim_device_bound(dev));
	assert_int_equal(kshim_unload("i2c_demo"), 0);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_MISUSE), 1);
	assert_non_null(strstr(kshim_defect_message(0),
			       "i2c driver i2c_demo of module i2c_demo still registered after its exit"));
	kshim_defects_clear();
	/* Unregistered then, so that nothing points into the module. */
	assert_false(kshim_device_bound(dev));
	assert_int_equal(kshim_i2c_peek(0, 0x48, 0x01), 0);
	assert_int_equal(kshim_load("i2c_demo", NULL), 0);
	assert_true(kshim_device_bound(dev));
	assert_int_equal(kshim_unload("i2c_demo"), 0);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
}

/* ---- The sweep of probe ---- */

static void demo_setup(void *arg)
{
	assert_int_equal(kshim_i2c_adapter_add(0), 0);
	demo_chip(0, 0x48);
	assert_non_null(kshim_i2c_device_add(0, "demo-chip", 0x48, NULL));
}

static void sweep_of_probe(void **state)
{
	static const char *const calls[] = {
		NULL, "kzalloc", "devm_kzalloc", "i2c_smbus_read_byte_data",
		"i2c_smbus_read_word_data", "i2c_smbus_read_i2c_block_data",
		"i2c_smbus_write_byte_data",
	};
	struct kshim_sweep *sw = kshim_sweep_setup("i2c_demo", NULL, demo_setup,
						   NULL);
	size_t i;

	assert_non_null(sw);
	assert_int_equal(sw->nsteps, ARRAY_SIZE(calls));
	assert_int_equal(sw->failures, 0);
	assert_int_equal(sw->steps[1].ret, -ENOMEM);	/* driver registration */
	assert_int_equal(sw->steps[2].probe_ret, -ENOMEM);
	for (i = 1; i < sw->nsteps; i++) {
		assert_string_equal(sw->steps[i].call, calls[i]);
		assert_int_equal(sw->steps[i].outcome, KSHIM_SWEEP_OK);
	}
	for (i = 3; i < sw->nsteps; i++) {
		assert_int_equal(sw->steps[i].probe_ret, -EIO);
		assert_string_equal(sw->steps[i].file, "tests/modules/i2c_demo.c");
	}
	kshim_sweep_free(sw);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(probe_by_id_table),
		kshim_unit_test(probe_via_of),
		kshim_unit_test(missing_chip_and_wrong_chip),
		kshim_unit_test(client_addresses),
		kshim_unit_test(smbus_on_a_register_map),
		kshim_unit_test(smbus_errors),
		kshim_unit_test(smbus_on_a_callback_chip),
		kshim_unit_test(fault_injection_fails_transfers),
		kshim_unit_test(detection_on_hwmon_buses),
		kshim_unit_test(adapter_removal_removes_clients),
		kshim_unit_test(driver_left_registered_at_exit),
		kshim_unit_test(sweep_of_probe),
	};

	return kshim_run_tests(tests);
}
