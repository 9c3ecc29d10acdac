// SPDX-License-Identifier: GPL-2.0-only
/*
 * Register maps on MMIO (drivers/base/regmap/regmap-mmio.c): readb() to
 * readl() (or their big-endian forms) at the register's offset. kshim has
 * no clock framework: a named clock is taken as always running.
 */
#include <linux/regmap.h>
#include "internal.h"

/* The checks: 32-bit register numbers, a stride as wide as a value. */
int kshim_regmap_mmio_check(const struct regmap_config *config)
{
	int min_stride;

	if (config->reg_bits != 32)
		return -EINVAL;
	if (config->pad_bits)
		return -EINVAL;
	switch (config->val_bits) {
	case 8:
		min_stride = 0;
		break;
	case 16:
		min_stride = 2;
		break;
	case 32:
		min_stride = 4;
		break;
	default:
		return -EINVAL;
	}
	if (config->reg_stride < min_stride)
		return -EINVAL;
	if (config->val_format_endian == REGMAP_ENDIAN_BIG &&
	    config->val_bits == 8)
		return -EINVAL;
	return 0;
}

struct regmap *__regmap_init_mmio_clk(struct device *dev, const char *clk_id,
				      void __iomem *regs,
				      const struct regmap_config *config,
				      struct lock_class_key *lock_key,
				      const char *lock_name)
{
	return kshim_regmap_init(dev, KSHIM_REGMAP_MMIO, NULL, regs, config,
				 false, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(__regmap_init_mmio_clk);

struct regmap *__devm_regmap_init_mmio_clk(struct device *dev,
					   const char *clk_id,
					   void __iomem *regs,
					   const struct regmap_config *config,
					   struct lock_class_key *lock_key,
					   const char *lock_name)
{
	return kshim_regmap_init(dev, KSHIM_REGMAP_MMIO, NULL, regs, config,
				 true, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(__devm_regmap_init_mmio_clk);
