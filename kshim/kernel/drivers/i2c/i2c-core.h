/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the I2C core's files share (drivers/i2c/i2c-core.h in the kernel),
 * and the site-taking forms of its transfers, which regmap-i2c calls with
 * its own caller's site so that a failed transfer is the driver's call.
 */
#ifndef _KSHIM_I2C_CORE_H
#define _KSHIM_I2C_CORE_H

#include <linux/i2c.h>
#include "../base/base.h"

/* i2c-core-base.c */
struct i2c_adapter *kshim_i2c_adapter_by_nr(int nr);
bool kshim_i2c_level_supported(struct i2c_adapter *adap);
int kshim_i2c_do_transfer(struct i2c_adapter *adap, struct i2c_msg *msgs,
			  int num, const struct kshim_site *site,
			  const char *what);
int kshim_i2c_transfer_at(struct i2c_adapter *adap, struct i2c_msg *msgs,
			  int num, const struct kshim_site *site,
			  const char *what);
int kshim_i2c_transfer_buffer_flags_at(const struct i2c_client *client,
				       char *buf, int count, u16 flags,
				       const struct kshim_site *site,
				       const char *what);

/* i2c-core-smbus.c */
s32 kshim_i2c_smbus_do_xfer(struct i2c_adapter *adap, u16 addr,
			    unsigned short flags, char read_write, u8 command,
			    int protocol, union i2c_smbus_data *data);
s32 kshim_i2c_smbus_xfer_at(struct i2c_adapter *adapter, u16 addr,
			    unsigned short flags, char read_write, u8 command,
			    int protocol, union i2c_smbus_data *data,
			    const struct kshim_site *site, const char *what);
s32 kshim_i2c_smbus_read_at(const struct i2c_client *client, u8 command,
			    int protocol, const struct kshim_site *site,
			    const char *what);
s32 kshim_i2c_smbus_write_at(const struct i2c_client *client, u8 command,
			     int protocol, u16 value,
			     const struct kshim_site *site, const char *what);
s32 kshim_i2c_smbus_read_block_at(const struct i2c_client *client,
				  u8 command, int protocol, u8 length,
				  u8 *values, const struct kshim_site *site,
				  const char *what);
s32 kshim_i2c_smbus_write_block_at(const struct i2c_client *client,
				   u8 command, int protocol, u8 length,
				   const u8 *values,
				   const struct kshim_site *site,
				   const char *what);

/* drivers/hwmon/hwmon.c: nothing kept beyond the devices themselves. */
void __kshim_hwmon_reset(void);

#endif /* _KSHIM_I2C_CORE_H */
