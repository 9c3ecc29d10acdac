// SPDX-License-Identifier: GPL-2.0-only
/*
 * SMBus (drivers/i2c/i2c-core-smbus.c): the transfers drivers call, each
 * fallible at its caller's site, done by the adapter's smbus_xfer() or
 * emulated with I2C messages as the kernel emulates them. kshim computes
 * no PEC: the flag is dropped.
 */
#include <linux/i2c.h>
#include <linux/jiffies.h>
#include <linux/string.h>
#include "i2c-core.h"

/* What a flaky bus gives when fault injection fails a transfer. */
#define I2C_FAULT_ERR	(-EIO)

/* i2c_smbus_xfer_emulated(): the SMBus protocols as I2C messages. */
static s32 smbus_emulated(struct i2c_adapter *adap, u16 addr,
			  unsigned short flags, char read_write, u8 command,
			  int size, union i2c_smbus_data *data)
{
	u8 buf0[I2C_SMBUS_BLOCK_MAX + 3];
	u8 buf1[I2C_SMBUS_BLOCK_MAX + 2];
	int nmsgs = read_write == I2C_SMBUS_READ ? 2 : 1;
	struct i2c_msg msg[2] = {
		{ .addr = addr, .flags = flags, .len = 1, .buf = buf0 },
		{ .addr = addr, .flags = flags | I2C_M_RD, .len = 0, .buf = buf1 },
	};
	int i, status;

	buf0[0] = command;
	switch (size) {
	case I2C_SMBUS_QUICK:
		msg[0].len = 0;
		msg[0].flags = flags | (read_write == I2C_SMBUS_READ ? I2C_M_RD : 0);
		nmsgs = 1;
		break;
	case I2C_SMBUS_BYTE:
		if (read_write == I2C_SMBUS_READ) {
			/* Special case: only a read! */
			msg[0].flags = I2C_M_RD | flags;
			nmsgs = 1;
		}
		break;
	case I2C_SMBUS_BYTE_DATA:
		if (read_write == I2C_SMBUS_READ) {
			msg[1].len = 1;
		} else {
			msg[0].len = 2;
			buf0[1] = data->byte;
		}
		break;
	case I2C_SMBUS_WORD_DATA:
		if (read_write == I2C_SMBUS_READ) {
			msg[1].len = 2;
		} else {
			msg[0].len = 3;
			buf0[1] = data->word & 0xff;
			buf0[2] = data->word >> 8;
		}
		break;
	case I2C_SMBUS_PROC_CALL:
		nmsgs = 2;	/* Special case */
		read_write = I2C_SMBUS_READ;
		msg[0].len = 3;
		msg[1].len = 2;
		buf0[1] = data->word & 0xff;
		buf0[2] = data->word >> 8;
		break;
	case I2C_SMBUS_BLOCK_DATA:
		if (read_write == I2C_SMBUS_READ) {
			/* The adapter adds the length it reads first. */
			msg[1].flags |= I2C_M_RECV_LEN;
			msg[1].len = 1;
		} else {
			msg[0].len = data->block[0] + 2;
			if (msg[0].len > I2C_SMBUS_BLOCK_MAX + 2) {
				dev_err(&adap->dev,
					"Invalid block write size %d\n",
					data->block[0]);
				return -EINVAL;
			}
			for (i = 1; i < msg[0].len; i++)
				buf0[i] = data->block[i - 1];
		}
		break;
	case I2C_SMBUS_I2C_BLOCK_BROKEN:
	case I2C_SMBUS_I2C_BLOCK_DATA:
		if (data->block[0] > I2C_SMBUS_BLOCK_MAX) {
			dev_err(&adap->dev, "Invalid block %s size %d\n",
				read_write == I2C_SMBUS_READ ? "read" : "write",
				data->block[0]);
			return -EINVAL;
		}
		if (read_write == I2C_SMBUS_READ) {
			msg[1].len = data->block[0];
		} else {
			msg[0].len = data->block[0] + 1;
			for (i = 1; i <= data->block[0]; i++)
				buf0[i] = data->block[i];
		}
		break;
	default:
		dev_err(&adap->dev, "Unsupported transaction %d\n", size);
		return -EOPNOTSUPP;
	}

	status = kshim_i2c_do_transfer(adap, msg, nmsgs, NULL, NULL);
	if (status < 0)
		return status;
	if (status != nmsgs)
		return -EIO;
	if (read_write == I2C_SMBUS_WRITE)
		return 0;
	switch (size) {
	case I2C_SMBUS_BYTE:
		data->byte = buf0[0];
		break;
	case I2C_SMBUS_BYTE_DATA:
		data->byte = buf1[0];
		break;
	case I2C_SMBUS_WORD_DATA:
	case I2C_SMBUS_PROC_CALL:
		data->word = buf1[0] | (buf1[1] << 8);
		break;
	case I2C_SMBUS_I2C_BLOCK_DATA:
		for (i = 0; i < data->block[0]; i++)
			data->block[i + 1] = buf1[i];
		break;
	case I2C_SMBUS_BLOCK_DATA:
		if (buf1[0] > I2C_SMBUS_BLOCK_MAX) {
			dev_err(&adap->dev, "Invalid block size returned: %d\n",
				buf1[0]);
			return -EPROTO;
		}
		for (i = 0; i < buf1[0] + 1; i++)
			data->block[i] = buf1[i];
		break;
	}
	return 0;
}

/* __i2c_smbus_xfer(): the adapter's SMBus method, else emulation. */
s32 kshim_i2c_smbus_do_xfer(struct i2c_adapter *adap, u16 addr,
			    unsigned short flags, char read_write, u8 command,
			    int protocol, union i2c_smbus_data *data)
{
	unsigned long orig_jiffies;
	int try;
	s32 res;

	flags &= I2C_M_TEN | I2C_CLIENT_PEC | I2C_CLIENT_SCCB;
	if (adap->algo->smbus_xfer) {
		orig_jiffies = jiffies;
		for (res = 0, try = 0; try <= adap->retries; try++) {
			res = adap->algo->smbus_xfer(adap, addr, flags,
						     read_write, command,
						     protocol, data);
			if (res != -EAGAIN)
				break;
			if (time_after(jiffies, orig_jiffies + adap->timeout))
				break;
		}
		if (res != -EOPNOTSUPP || !adap->algo->master_xfer)
			return res;
		/* Fall back to I2C messages, as the kernel does. */
	}
	if (!adap->algo->master_xfer)
		return -EOPNOTSUPP;
	return smbus_emulated(adap, addr, flags & I2C_M_TEN, read_write,
			      command, protocol, data);
}

s32 kshim_i2c_smbus_xfer_at(struct i2c_adapter *adapter, u16 addr,
			    unsigned short flags, char read_write, u8 command,
			    int protocol, union i2c_smbus_data *data,
			    const struct kshim_site *site, const char *what)
{
	if (site)
		kshim_might_sleep(site->file, site->line);
	if (kshim_fault(site, what))
		return I2C_FAULT_ERR;
	return kshim_i2c_smbus_do_xfer(adapter, addr, flags, read_write,
				       command, protocol, data);
}

s32 kshim_i2c_smbus_read_at(const struct i2c_client *client, u8 command,
			    int protocol, const struct kshim_site *site,
			    const char *what)
{
	union i2c_smbus_data data;
	s32 status;

	status = kshim_i2c_smbus_xfer_at(client->adapter, client->addr,
					 client->flags, I2C_SMBUS_READ,
					 command, protocol, &data, site, what);
	if (status < 0)
		return status;
	return protocol == I2C_SMBUS_WORD_DATA ? data.word : data.byte;
}

s32 kshim_i2c_smbus_write_at(const struct i2c_client *client, u8 command,
			     int protocol, u16 value,
			     const struct kshim_site *site, const char *what)
{
	union i2c_smbus_data data;

	if (protocol == I2C_SMBUS_WORD_DATA)
		data.word = value;
	else
		data.byte = value;
	return kshim_i2c_smbus_xfer_at(client->adapter, client->addr,
				       client->flags, I2C_SMBUS_WRITE, command,
				       protocol, &data, site, what);
}

s32 kshim_i2c_smbus_read_block_at(const struct i2c_client *client,
				  u8 command, int protocol, u8 length,
				  u8 *values, const struct kshim_site *site,
				  const char *what)
{
	union i2c_smbus_data data;
	s32 status;

	/* An I2C block read asks for at most a block: the rest is cut. */
	if (length > I2C_SMBUS_BLOCK_MAX)
		length = I2C_SMBUS_BLOCK_MAX;
	data.block[0] = length;
	status = kshim_i2c_smbus_xfer_at(client->adapter, client->addr,
					 client->flags, I2C_SMBUS_READ,
					 command, protocol, &data, site, what);
	if (status < 0)
		return status;
	memcpy(values, &data.block[1], data.block[0]);
	return data.block[0];
}

s32 kshim_i2c_smbus_write_block_at(const struct i2c_client *client,
				   u8 command, int protocol, u8 length,
				   const u8 *values,
				   const struct kshim_site *site,
				   const char *what)
{
	union i2c_smbus_data data;

	if (length > I2C_SMBUS_BLOCK_MAX)
		length = I2C_SMBUS_BLOCK_MAX;
	data.block[0] = length;
	memcpy(&data.block[1], values, length);
	return kshim_i2c_smbus_xfer_at(client->adapter, client->addr,
				       client->flags, I2C_SMBUS_WRITE, command,
				       protocol, &data, site, what);
}

s32 i2c_smbus_xfer(struct i2c_adapter *adapter, u16 addr, unsigned short flags,
		   char read_write, u8 command, int protocol,
		   union i2c_smbus_data *data)
{
	return kshim_i2c_smbus_xfer_at(adapter, addr, flags, read_write,
				       command, protocol, data,
				       KSHIM_CALLER_SITE, "i2c_smbus_xfer");
}
EXPORT_SYMBOL(i2c_smbus_xfer);

s32 __i2c_smbus_xfer(struct i2c_adapter *adapter, u16 addr,
		     unsigned short flags, char read_write, u8 command,
		     int protocol, union i2c_smbus_data *data)
{
	return kshim_i2c_smbus_xfer_at(adapter, addr, flags, read_write,
				       command, protocol, data,
				       KSHIM_CALLER_SITE, "__i2c_smbus_xfer");
}
EXPORT_SYMBOL(__i2c_smbus_xfer);

s32 i2c_smbus_read_byte(const struct i2c_client *client)
{
	return kshim_i2c_smbus_read_at(client, 0, I2C_SMBUS_BYTE,
				       KSHIM_CALLER_SITE, "i2c_smbus_read_byte");
}
EXPORT_SYMBOL(i2c_smbus_read_byte);

s32 i2c_smbus_write_byte(const struct i2c_client *client, u8 value)
{
	return kshim_i2c_smbus_write_at(client, value, I2C_SMBUS_BYTE, 0,
					KSHIM_CALLER_SITE,
					"i2c_smbus_write_byte");
}
EXPORT_SYMBOL(i2c_smbus_write_byte);

s32 i2c_smbus_read_byte_data(const struct i2c_client *client, u8 command)
{
	return kshim_i2c_smbus_read_at(client, command, I2C_SMBUS_BYTE_DATA,
				       KSHIM_CALLER_SITE,
				       "i2c_smbus_read_byte_data");
}
EXPORT_SYMBOL(i2c_smbus_read_byte_data);

s32 i2c_smbus_write_byte_data(const struct i2c_client *client, u8 command,
			      u8 value)
{
	return kshim_i2c_smbus_write_at(client, command, I2C_SMBUS_BYTE_DATA,
					value, KSHIM_CALLER_SITE,
					"i2c_smbus_write_byte_data");
}
EXPORT_SYMBOL(i2c_smbus_write_byte_data);

/* i2c_smbus_read_word_swapped() is inline over this: reported as this. */
s32 i2c_smbus_read_word_data(const struct i2c_client *client, u8 command)
{
	return kshim_i2c_smbus_read_at(client, command, I2C_SMBUS_WORD_DATA,
				       KSHIM_CALLER_SITE,
				       "i2c_smbus_read_word_data");
}
EXPORT_SYMBOL(i2c_smbus_read_word_data);

s32 i2c_smbus_write_word_data(const struct i2c_client *client, u8 command,
			      u16 value)
{
	return kshim_i2c_smbus_write_at(client, command, I2C_SMBUS_WORD_DATA,
					value, KSHIM_CALLER_SITE,
					"i2c_smbus_write_word_data");
}
EXPORT_SYMBOL(i2c_smbus_write_word_data);

s32 i2c_smbus_read_block_data(const struct i2c_client *client, u8 command,
			      u8 *values)
{
	return kshim_i2c_smbus_read_block_at(client, command,
					     I2C_SMBUS_BLOCK_DATA, 0, values,
					     KSHIM_CALLER_SITE,
					     "i2c_smbus_read_block_data");
}
EXPORT_SYMBOL(i2c_smbus_read_block_data);

s32 i2c_smbus_write_block_data(const struct i2c_client *client, u8 command,
			       u8 length, const u8 *values)
{
	return kshim_i2c_smbus_write_block_at(client, command,
					      I2C_SMBUS_BLOCK_DATA, length,
					      values, KSHIM_CALLER_SITE,
					      "i2c_smbus_write_block_data");
}
EXPORT_SYMBOL(i2c_smbus_write_block_data);

s32 i2c_smbus_read_i2c_block_data(const struct i2c_client *client, u8 command,
				  u8 length, u8 *values)
{
	return kshim_i2c_smbus_read_block_at(client, command,
					     I2C_SMBUS_I2C_BLOCK_DATA, length,
					     values, KSHIM_CALLER_SITE,
					     "i2c_smbus_read_i2c_block_data");
}
EXPORT_SYMBOL(i2c_smbus_read_i2c_block_data);

s32 i2c_smbus_write_i2c_block_data(const struct i2c_client *client, u8 command,
				   u8 length, const u8 *values)
{
	return kshim_i2c_smbus_write_block_at(client, command,
					      I2C_SMBUS_I2C_BLOCK_DATA, length,
					      values, KSHIM_CALLER_SITE,
					      "i2c_smbus_write_i2c_block_data");
}
EXPORT_SYMBOL(i2c_smbus_write_i2c_block_data);
