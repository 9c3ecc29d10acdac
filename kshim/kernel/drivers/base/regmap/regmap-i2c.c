// SPDX-License-Identifier: GPL-2.0-only
/*
 * Register maps on I2C (drivers/base/regmap/regmap-i2c.c): the bus is
 * chosen as regmap-i2c chooses it (plain I2C, else SMBus I2C blocks,
 * words or bytes) from the adapter's functionality.
 */
#include <linux/i2c.h>
#include <linux/regmap.h>
#include "internal.h"

/* regmap_get_i2c_bus(), and the value endianness it implies. */
int kshim_regmap_i2c_bus(struct i2c_client *i2c,
			 const struct regmap_config *config,
			 struct regmap *map)
{
	struct i2c_adapter *adapter = i2c->adapter;

	if (i2c_check_functionality(adapter, I2C_FUNC_I2C))
		map->bus = BUS_I2C;
	else if (config->val_bits == 8 && config->reg_bits == 8 &&
		 i2c_check_functionality(adapter, I2C_FUNC_SMBUS_I2C_BLOCK))
		map->bus = BUS_I2C_BLOCK;
	else if (config->val_bits == 16 && config->reg_bits == 8 &&
		 i2c_check_functionality(adapter, I2C_FUNC_SMBUS_WORD_DATA))
		switch (config->val_format_endian) {
		case REGMAP_ENDIAN_LITTLE:
			map->bus = BUS_SMBUS_WORD;
			break;
		case REGMAP_ENDIAN_DEFAULT:
		case REGMAP_ENDIAN_BIG:
			map->bus = BUS_SMBUS_WORD_SWAPPED;
			break;
		default:		/* everything else is not supported */
			return -ENOTSUPP;
		}
	else if (config->val_bits == 8 && config->reg_bits == 8 &&
		 i2c_check_functionality(adapter, I2C_FUNC_SMBUS_BYTE_DATA))
		map->bus = BUS_SMBUS_BYTE;
	else
		return -ENOTSUPP;
	return 0;
}


struct regmap *__regmap_init_i2c(struct i2c_client *i2c,
				 const struct regmap_config *config,
				 struct lock_class_key *lock_key,
				 const char *lock_name)
{
	return kshim_regmap_init(&i2c->dev, KSHIM_REGMAP_I2C, i2c, NULL,
				 config, false, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(__regmap_init_i2c);

struct regmap *__devm_regmap_init_i2c(struct i2c_client *i2c,
				      const struct regmap_config *config,
				      struct lock_class_key *lock_key,
				      const char *lock_name)
{
	return kshim_regmap_init(&i2c->dev, KSHIM_REGMAP_I2C, i2c, NULL,
				 config, true, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(__devm_regmap_init_i2c);
