/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Register maps (6.1's include/linux/regmap.h, drivers/base/regmap/): a
 * driver reads and writes numbered registers; the map formats them for
 * the bus (I2C, SMBus, MMIO, or the driver's own reg_read/reg_write) and
 * checks them against max_register, the access tables and callbacks.
 *
 * kshim has no register cache: every access goes to the bus (a map asking
 * for a cache works as REGCACHE_NONE). Accesses over I2C are the bus's
 * fallible calls, at the driver's line; MMIO accesses cannot fail.
 */
#ifndef __LINUX_REGMAP_H
#define __LINUX_REGMAP_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/err.h>
#include <linux/bug.h>
#include <linux/device.h>
#include <kshim/kapi.h>

struct regmap;
struct i2c_client;

enum regcache_type {
	REGCACHE_NONE,
	REGCACHE_RBTREE,
	REGCACHE_COMPRESSED,
	REGCACHE_FLAT,
};

struct reg_default {
	unsigned int reg;
	unsigned int def;
};

struct reg_sequence {
	unsigned int reg;
	unsigned int def;
	unsigned int delay_us;
};

#define REG_SEQ(_reg, _def, _delay_us) {		\
				.reg = _reg,		\
				.def = _def,		\
				.delay_us = _delay_us,	\
				}
#define REG_SEQ0(_reg, _def)	REG_SEQ(_reg, _def, 0)

enum regmap_endian {
	/* Unspecified -> 0 -> Backwards compatible default */
	REGMAP_ENDIAN_DEFAULT = 0,
	REGMAP_ENDIAN_BIG,
	REGMAP_ENDIAN_LITTLE,
	REGMAP_ENDIAN_NATIVE,
};

struct regmap_range {
	unsigned int range_min;
	unsigned int range_max;
};

#define regmap_reg_range(low, high) { .range_min = low, .range_max = high, }

struct regmap_access_table {
	const struct regmap_range *yes_ranges;
	unsigned int n_yes_ranges;
	const struct regmap_range *no_ranges;
	unsigned int n_no_ranges;
};

typedef void (*regmap_lock)(void *);
typedef void (*regmap_unlock)(void *);

struct regmap_range_cfg;

struct regmap_config {
	const char *name;

	int reg_bits;
	int reg_stride;
	int reg_downshift;
	unsigned int reg_base;
	int pad_bits;
	int val_bits;

	bool (*writeable_reg)(struct device *dev, unsigned int reg);
	bool (*readable_reg)(struct device *dev, unsigned int reg);
	bool (*volatile_reg)(struct device *dev, unsigned int reg);
	bool (*precious_reg)(struct device *dev, unsigned int reg);
	bool (*writeable_noinc_reg)(struct device *dev, unsigned int reg);
	bool (*readable_noinc_reg)(struct device *dev, unsigned int reg);

	bool disable_locking;
	regmap_lock lock;
	regmap_unlock unlock;
	void *lock_arg;

	int (*reg_read)(void *context, unsigned int reg, unsigned int *val);
	int (*reg_write)(void *context, unsigned int reg, unsigned int val);
	int (*reg_update_bits)(void *context, unsigned int reg,
			       unsigned int mask, unsigned int val);
	int (*read)(void *context, const void *reg_buf, size_t reg_size,
		    void *val_buf, size_t val_size);
	int (*write)(void *context, const void *data, size_t count);
	size_t max_raw_read;
	size_t max_raw_write;

	bool fast_io;
	bool io_port;

	unsigned int max_register;
	const struct regmap_access_table *wr_table;
	const struct regmap_access_table *rd_table;
	const struct regmap_access_table *volatile_table;
	const struct regmap_access_table *precious_table;
	const struct regmap_access_table *wr_noinc_table;
	const struct regmap_access_table *rd_noinc_table;
	const struct reg_default *reg_defaults;
	unsigned int num_reg_defaults;
	enum regcache_type cache_type;
	const void *reg_defaults_raw;
	unsigned int num_reg_defaults_raw;

	unsigned long read_flag_mask;
	unsigned long write_flag_mask;
	bool zero_flag_mask;

	bool use_single_read;
	bool use_single_write;
	bool use_relaxed_mmio;
	bool can_multi_write;

	enum regmap_endian reg_format_endian;
	enum regmap_endian val_format_endian;

	const struct regmap_range_cfg *ranges;
	unsigned int num_ranges;

	bool use_hwlock;
	bool use_raw_spinlock;
	unsigned int hwlock_id;
	unsigned int hwlock_mode;

	bool can_sleep;
};

struct regmap_range_cfg {
	const char *name;
	unsigned int range_min;
	unsigned int range_max;
	unsigned int selector_reg;
	unsigned int selector_mask;
	int selector_shift;
	unsigned int window_start;
	unsigned int window_len;
};

struct regmap_bus;

/* ---- Making maps: each allocates, fallibly, at the caller's line ---- */

enum kshim_regmap_kind {
	KSHIM_REGMAP_I2C,
	KSHIM_REGMAP_MMIO,
	KSHIM_REGMAP_CUSTOM,	/* the config's reg_read/reg_write */
};

struct regmap *kshim_regmap_init(struct device *dev, enum kshim_regmap_kind kind,
				 void *bus_ctx, void __iomem *regs,
				 const struct regmap_config *config,
				 bool managed, const struct kshim_site *site);

#define regmap_init_i2c(i2c, config)					\
	kshim_regmap_init(&(i2c)->dev, KSHIM_REGMAP_I2C, (i2c), NULL,	\
			  (config), false, KSHIM_SITE)
#define devm_regmap_init_i2c(i2c, config)				\
	kshim_regmap_init(&(i2c)->dev, KSHIM_REGMAP_I2C, (i2c), NULL,	\
			  (config), true, KSHIM_SITE)
#define regmap_init_mmio(dev, regs, config)				\
	kshim_regmap_init((dev), KSHIM_REGMAP_MMIO, NULL, (regs),	\
			  (config), false, KSHIM_SITE)
#define devm_regmap_init_mmio(dev, regs, config)			\
	kshim_regmap_init((dev), KSHIM_REGMAP_MMIO, NULL, (regs),	\
			  (config), true, KSHIM_SITE)
/* Only a NULL bus: the config's reg_read/reg_write do the I/O. */
#define regmap_init(dev, bus, bus_context, config)			\
	kshim_regmap_init((dev), KSHIM_REGMAP_CUSTOM, (bus_context), NULL, \
			  (config), false, KSHIM_SITE)
#define devm_regmap_init(dev, bus, bus_context, config)			\
	kshim_regmap_init((dev), KSHIM_REGMAP_CUSTOM, (bus_context), NULL, \
			  (config), true, KSHIM_SITE)

void regmap_exit(struct regmap *map);
struct regmap *dev_get_regmap(struct device *dev, const char *name);
struct device *regmap_get_device(struct regmap *map);

/* ---- Access: fallible on I2C, at the caller's line ---- */

int kshim_regmap_read(struct regmap *map, unsigned int reg, unsigned int *val,
		      const struct kshim_site *site);
int kshim_regmap_write(struct regmap *map, unsigned int reg, unsigned int val,
		       const struct kshim_site *site);
int kshim_regmap_update_bits_base(struct regmap *map, unsigned int reg,
				  unsigned int mask, unsigned int val,
				  bool *change, bool async, bool force,
				  const struct kshim_site *site);
int kshim_regmap_bulk_read(struct regmap *map, unsigned int reg, void *val,
			   size_t val_count, const struct kshim_site *site);
int kshim_regmap_bulk_write(struct regmap *map, unsigned int reg,
			    const void *val, size_t val_count,
			    const struct kshim_site *site);
int kshim_regmap_multi_reg_write(struct regmap *map,
				 const struct reg_sequence *regs, int num_regs,
				 const struct kshim_site *site);
int kshim_regmap_test_bits(struct regmap *map, unsigned int reg,
			   unsigned int bits, const struct kshim_site *site);

#define regmap_read(map, reg, val)					\
	kshim_regmap_read((map), (reg), (val), KSHIM_SITE)
#define regmap_write(map, reg, val)					\
	kshim_regmap_write((map), (reg), (val), KSHIM_SITE)
#define regmap_write_async(map, reg, val)				\
	kshim_regmap_write((map), (reg), (val), KSHIM_SITE)
#define regmap_update_bits_base(map, reg, mask, val, change, async, force) \
	kshim_regmap_update_bits_base((map), (reg), (mask), (val), (change), \
				      (async), (force), KSHIM_SITE)
#define regmap_update_bits(map, reg, mask, val)				\
	regmap_update_bits_base((map), (reg), (mask), (val), NULL, false, false)
#define regmap_update_bits_async(map, reg, mask, val)			\
	regmap_update_bits_base((map), (reg), (mask), (val), NULL, true, false)
#define regmap_update_bits_check(map, reg, mask, val, change)		\
	regmap_update_bits_base((map), (reg), (mask), (val), (change),	\
				false, false)
#define regmap_update_bits_check_async(map, reg, mask, val, change)	\
	regmap_update_bits_base((map), (reg), (mask), (val), (change),	\
				true, false)
#define regmap_write_bits(map, reg, mask, val)				\
	regmap_update_bits_base((map), (reg), (mask), (val), NULL, false, true)
#define regmap_set_bits(map, reg, bits)					\
	regmap_update_bits_base((map), (reg), (bits), (bits), NULL, false, false)
#define regmap_clear_bits(map, reg, bits)				\
	regmap_update_bits_base((map), (reg), (bits), 0, NULL, false, false)
#define regmap_test_bits(map, reg, bits)				\
	kshim_regmap_test_bits((map), (reg), (bits), KSHIM_SITE)
#define regmap_bulk_read(map, reg, val, count)				\
	kshim_regmap_bulk_read((map), (reg), (val), (count), KSHIM_SITE)
#define regmap_bulk_write(map, reg, val, count)				\
	kshim_regmap_bulk_write((map), (reg), (val), (count), KSHIM_SITE)
#define regmap_multi_reg_write(map, regs, num)				\
	kshim_regmap_multi_reg_write((map), (regs), (num), KSHIM_SITE)

int regmap_get_val_bytes(struct regmap *map);
int regmap_get_max_register(struct regmap *map);
int regmap_get_reg_stride(struct regmap *map);
bool regmap_check_range_table(struct regmap *map, unsigned int reg,
			      const struct regmap_access_table *table);
static inline bool regmap_reg_in_range(unsigned int reg,
				       const struct regmap_range *range)
{
	return reg >= range->range_min && reg <= range->range_max;
}
bool regmap_reg_in_ranges(unsigned int reg, const struct regmap_range *ranges,
			  unsigned int nranges);

/* No cache: these have nothing to do. */
static inline int regcache_sync(struct regmap *map) { return 0; }
static inline int regcache_sync_region(struct regmap *map, unsigned int min,
				       unsigned int max) { return 0; }
static inline void regcache_cache_only(struct regmap *map, bool enable) { }
static inline void regcache_cache_bypass(struct regmap *map, bool enable) { }
static inline void regcache_mark_dirty(struct regmap *map) { }
static inline int regmap_async_complete(struct regmap *map) { return 0; }

#endif /* __LINUX_REGMAP_H */
