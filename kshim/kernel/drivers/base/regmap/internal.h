/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What regmap's files share (drivers/base/regmap/internal.h in the
 * kernel): the map itself, which is opaque to drivers, and the buses'
 * checks. kshim's maps have no cache and no lock (one thread).
 */
#ifndef _KSHIM_REGMAP_INTERNAL_H
#define _KSHIM_REGMAP_INTERNAL_H

#include <linux/regmap.h>
#include "../../i2c/i2c-core.h"

enum regmap_bus_kind {
	BUS_I2C,		/* raw I2C messages */
	BUS_I2C_BLOCK,		/* SMBus I2C block transfers, 8-bit registers */
	BUS_SMBUS_WORD,
	BUS_SMBUS_WORD_SWAPPED,
	BUS_SMBUS_BYTE,
	BUS_MMIO,
	BUS_CUSTOM,		/* the config's (or bus's) reg_read/reg_write */
};

enum kshim_regmap_kind {
	KSHIM_REGMAP_I2C,
	KSHIM_REGMAP_MMIO,
	KSHIM_REGMAP_CUSTOM,
};

struct regmap {
	struct device *dev;
	const char *name;
	enum regmap_bus_kind bus;
	struct i2c_client *client;
	void __iomem *regs;
	void *ctx;
	int (*reg_read)(void *context, unsigned int reg, unsigned int *val);
	int (*reg_write)(void *context, unsigned int reg, unsigned int val);
	unsigned int reg_bytes, val_bytes, reg_stride, reg_downshift, reg_base;
	unsigned int max_register;
	bool reg_little, val_little;
	unsigned long read_flag_mask, write_flag_mask;
	bool (*writeable_reg)(struct device *dev, unsigned int reg);
	bool (*readable_reg)(struct device *dev, unsigned int reg);
	const struct regmap_access_table *wr_table;
	const struct regmap_access_table *rd_table;
};

/* regmap.c: a map of @kind, made at the driver's @site. */
struct regmap *kshim_regmap_init(struct device *dev,
				 enum kshim_regmap_kind kind, void *bus_ctx,
				 void __iomem *regs,
				 const struct regmap_config *config,
				 bool managed, const struct kshim_site *site);

/* regmap-i2c.c: the bus regmap_get_i2c_bus() picks for @i2c. */
int kshim_regmap_i2c_bus(struct i2c_client *i2c,
			 const struct regmap_config *config,
			 struct regmap *map);
/* regmap-mmio.c: regmap_mmio_gen_context()'s checks of @config. */
int kshim_regmap_mmio_check(const struct regmap_config *config);

#endif /* _KSHIM_REGMAP_INTERNAL_H */
