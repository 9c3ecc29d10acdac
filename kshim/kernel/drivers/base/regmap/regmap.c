// SPDX-License-Identifier: GPL-2.0-only
/*
 * Register maps (drivers/base/regmap/regmap.c) for modules built against
 * the kernel's own headers, as kshim's old regmap (kernel/regmap.c), which
 * was checked against 6.1: registers are checked as regmap.c checks them
 * (misaligned: -EINVAL; not readable or writeable: -EIO), values are
 * formatted big-endian unless the config says otherwise (MMIO: little),
 * and each bus transfer is the fallible call of the driver's regmap call.
 * No cache: a config's cache_type is accepted and reads go to the chip.
 */
#include <linux/delay.h>
#include <linux/device.h>
#include <linux/err.h>
#include <linux/io.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/swab.h>
#include "internal.h"

/* ---- Which registers may be read and written (regmap.c) ---- */

bool regmap_reg_in_ranges(unsigned int reg, const struct regmap_range *ranges,
			  unsigned int nranges)
{
	unsigned int i;

	for (i = 0; i < nranges; i++)
		if (regmap_reg_in_range(reg, &ranges[i]))
			return true;
	return false;
}
EXPORT_SYMBOL_GPL(regmap_reg_in_ranges);

bool regmap_check_range_table(struct regmap *map, unsigned int reg,
			      const struct regmap_access_table *table)
{
	/* Check "no ranges" first */
	if (regmap_reg_in_ranges(reg, table->no_ranges, table->n_no_ranges))
		return false;
	/* In case zero "yes ranges" are supplied, any reg is OK */
	if (!table->n_yes_ranges)
		return true;
	return regmap_reg_in_ranges(reg, table->yes_ranges,
				    table->n_yes_ranges);
}
EXPORT_SYMBOL_GPL(regmap_check_range_table);

static bool regmap_writeable(struct regmap *map, unsigned int reg)
{
	if (map->max_register && reg > map->max_register)
		return false;
	if (map->writeable_reg)
		return map->writeable_reg(map->dev, reg);
	if (map->wr_table)
		return regmap_check_range_table(map, reg, map->wr_table);
	return true;
}

static bool regmap_readable(struct regmap *map, unsigned int reg)
{
	if (map->bus == BUS_CUSTOM && !map->reg_read)
		return false;
	if (map->max_register && reg > map->max_register)
		return false;
	if (map->readable_reg)
		return map->readable_reg(map->dev, reg);
	if (map->rd_table)
		return regmap_check_range_table(map, reg, map->rd_table);
	return true;
}

/* ---- Formatting ---- */

static void put_be_le(u8 *buf, unsigned int bytes, unsigned int v, bool little)
{
	unsigned int i;

	for (i = 0; i < bytes; i++) {
		unsigned int shift = 8 * (little ? i : bytes - 1 - i);

		buf[i] = v >> shift;
	}
}

static unsigned int get_be_le(const u8 *buf, unsigned int bytes, bool little)
{
	unsigned int i, v = 0;

	for (i = 0; i < bytes; i++) {
		unsigned int shift = 8 * (little ? i : bytes - 1 - i);

		v |= (unsigned int)buf[i] << shift;
	}
	return v;
}

/* The register as the bus sends it, with the flag mask in its first bytes. */
static void format_reg(struct regmap *map, u8 *buf, unsigned int reg,
		       unsigned long mask)
{
	unsigned int i;

	reg += map->reg_base;
	reg >>= map->reg_downshift;
	put_be_le(buf, map->reg_bytes, reg, map->reg_little);
	for (i = 0; i < map->reg_bytes; i++)
		buf[i] |= (mask >> (8 * i)) & 0xff;
}

/* ---- The buses ---- */

/* Big-endian MMIO as swapped little-endian: the tree has no ioread32be(). */

static int i2c_raw_read(struct regmap *map, unsigned int reg, u8 *val,
			size_t val_size, const struct kshim_site *site)
{
	struct i2c_client *i2c = map->client;
	u8 regbuf[4];
	struct i2c_msg xfer[2] = {
		{ .addr = i2c->addr, .flags = i2c->flags & I2C_M_TEN,
		  .len = map->reg_bytes, .buf = regbuf },
		{ .addr = i2c->addr, .flags = (i2c->flags & I2C_M_TEN) | I2C_M_RD,
		  .len = val_size, .buf = val },
	};
	int ret;

	format_reg(map, regbuf, reg, map->read_flag_mask);
	if (map->bus == BUS_I2C_BLOCK) {
		if (val_size > I2C_SMBUS_BLOCK_MAX)
			return -EINVAL;
		ret = kshim_i2c_smbus_read_block_at(i2c, regbuf[0],
						 I2C_SMBUS_I2C_BLOCK_DATA,
						 val_size, val, site,
						 "i2c_smbus_read_i2c_block_data");
		if (ret == val_size)
			return 0;
		return ret < 0 ? ret : -EIO;
	}
	ret = kshim_i2c_transfer_at(i2c->adapter, xfer, 2, site, "i2c_transfer");
	if (ret == 2)
		return 0;
	return ret < 0 ? ret : -EIO;
}

static int i2c_raw_write(struct regmap *map, u8 *data, size_t count,
			 const struct kshim_site *site)
{
	struct i2c_client *i2c = map->client;
	int ret;

	if (map->bus == BUS_I2C_BLOCK) {
		if (count < 1)
			return -EINVAL;
		return kshim_i2c_smbus_write_block_at(i2c, data[0],
						   I2C_SMBUS_I2C_BLOCK_DATA,
						   count - 1, data + 1, site,
						   "i2c_smbus_write_i2c_block_data");
	}
	ret = kshim_i2c_transfer_buffer_flags_at(i2c, (char *)data, count, 0, site,
					      "i2c_master_send");
	if (ret == count)
		return 0;
	return ret < 0 ? ret : -EIO;
}

static bool raw_bus(struct regmap *map)
{
	return map->bus == BUS_I2C || map->bus == BUS_I2C_BLOCK;
}

static int bus_read(struct regmap *map, unsigned int reg, unsigned int *val,
		    const struct kshim_site *site)
{
	struct i2c_client *i2c = map->client;
	u8 buf[4];
	int ret;

	switch (map->bus) {
	case BUS_I2C:
	case BUS_I2C_BLOCK:
		ret = i2c_raw_read(map, reg, buf, map->val_bytes, site);
		if (!ret)
			*val = get_be_le(buf, map->val_bytes, map->val_little);
		return ret;
	case BUS_SMBUS_BYTE:
	case BUS_SMBUS_WORD:
	case BUS_SMBUS_WORD_SWAPPED:
		if (reg > 0xff)
			return -EINVAL;
		if (map->bus == BUS_SMBUS_BYTE)
			ret = kshim_i2c_smbus_read_at(i2c, reg, I2C_SMBUS_BYTE_DATA,
						   site, "i2c_smbus_read_byte_data");
		else
			ret = kshim_i2c_smbus_read_at(i2c, reg, I2C_SMBUS_WORD_DATA,
						   site, "i2c_smbus_read_word_data");
		if (ret < 0)
			return ret;
		*val = map->bus == BUS_SMBUS_WORD_SWAPPED ? swab16(ret) : ret;
		return 0;
	case BUS_MMIO:
		switch (map->val_bytes) {
		case 1:
			*val = readb(map->regs + reg);
			break;
		case 2:
			*val = map->val_little ? readw(map->regs + reg) :
						 swab16(readw(map->regs + reg));
			break;
		default:
			*val = map->val_little ? readl(map->regs + reg) :
						 swab32(readl(map->regs + reg));
			break;
		}
		return 0;
	case BUS_CUSTOM:
		return map->reg_read(map->ctx, reg, val);
	}
	return -EINVAL;
}

static int bus_write(struct regmap *map, unsigned int reg, unsigned int val,
		     const struct kshim_site *site)
{
	struct i2c_client *i2c = map->client;
	u8 buf[8];

	switch (map->bus) {
	case BUS_I2C:
	case BUS_I2C_BLOCK:
		format_reg(map, buf, reg, map->write_flag_mask);
		put_be_le(buf + map->reg_bytes, map->val_bytes, val,
			  map->val_little);
		return i2c_raw_write(map, buf, map->reg_bytes + map->val_bytes,
				     site);
	case BUS_SMBUS_BYTE:
		if (val > 0xff || reg > 0xff)
			return -EINVAL;
		return kshim_i2c_smbus_write_at(i2c, reg, I2C_SMBUS_BYTE_DATA, val,
					     site, "i2c_smbus_write_byte_data");
	case BUS_SMBUS_WORD:
	case BUS_SMBUS_WORD_SWAPPED:
		if (val > 0xffff || reg > 0xff)
			return -EINVAL;
		if (map->bus == BUS_SMBUS_WORD_SWAPPED)
			val = swab16(val);
		return kshim_i2c_smbus_write_at(i2c, reg, I2C_SMBUS_WORD_DATA, val,
					     site, "i2c_smbus_write_word_data");
	case BUS_MMIO:
		switch (map->val_bytes) {
		case 1:
			writeb(val, map->regs + reg);
			break;
		case 2:
			if (map->val_little)
				writew(val, map->regs + reg);
			else
				writew(swab16(val), map->regs + reg);
			break;
		default:
			if (map->val_little)
				writel(val, map->regs + reg);
			else
				writel(swab32(val), map->regs + reg);
			break;
		}
		return 0;
	case BUS_CUSTOM:
		return map->reg_write ? map->reg_write(map->ctx, reg, val) :
					-EIO;
	}
	return -EINVAL;
}

/* ---- Access ---- */

static int _regmap_read(struct regmap *map, unsigned int reg,
			unsigned int *val, const struct kshim_site *site)
{
	if (!regmap_readable(map, reg))
		return -EIO;
	return bus_read(map, reg, val, site);
}

static int _regmap_write(struct regmap *map, unsigned int reg,
			 unsigned int val, const struct kshim_site *site)
{
	if (!regmap_writeable(map, reg))
		return -EIO;
	return bus_write(map, reg, val, site);
}

static int kshim_regmap_read(struct regmap *map, unsigned int reg, unsigned int *val,
		      const struct kshim_site *site)
{
	if (!IS_ALIGNED(reg, map->reg_stride))
		return -EINVAL;
	return _regmap_read(map, reg, val, site);
}

static int kshim_regmap_write(struct regmap *map, unsigned int reg, unsigned int val,
		       const struct kshim_site *site)
{
	if (!IS_ALIGNED(reg, map->reg_stride))
		return -EINVAL;
	return _regmap_write(map, reg, val, site);
}

/* A read, then a write only when the value changes (or @force). */
static int kshim_regmap_update_bits_base(struct regmap *map, unsigned int reg,
				  unsigned int mask, unsigned int val,
				  bool *change, bool async, bool force,
				  const struct kshim_site *site)
{
	unsigned int orig, tmp;
	int ret;

	if (!IS_ALIGNED(reg, map->reg_stride))
		return -EINVAL;
	if (change)
		*change = false;
	ret = _regmap_read(map, reg, &orig, site);
	if (ret != 0)
		return ret;
	tmp = orig & ~mask;
	tmp |= val & mask;
	if (force || tmp != orig) {
		ret = _regmap_write(map, reg, tmp, site);
		if (ret == 0 && change)
			*change = true;
	}
	return ret;
}

static int kshim_regmap_test_bits(struct regmap *map, unsigned int reg,
			   unsigned int bits, const struct kshim_site *site)
{
	unsigned int val;
	int ret;

	ret = kshim_regmap_read(map, reg, &val, site);
	if (ret)
		return ret;
	return (val & bits) == bits;
}

/* The @i-th value of a bulk buffer: native u8, u16 or u32 by val_bytes. */
static unsigned int bulk_get(struct regmap *map, const void *val, size_t i)
{
	switch (map->val_bytes) {
	case 1:
		return ((const u8 *)val)[i];
	case 2:
		return ((const u16 *)val)[i];
	default:
		return ((const u32 *)val)[i];
	}
}

static void bulk_put(struct regmap *map, void *val, size_t i, unsigned int v)
{
	switch (map->val_bytes) {
	case 1:
		((u8 *)val)[i] = v;
		break;
	case 2:
		((u16 *)val)[i] = v;
		break;
	default:
		((u32 *)val)[i] = v;
		break;
	}
}

#define RAW_MAX	256

/*
 * Raw buses read a run of registers in one transfer (uncached maps do
 * not check the range there, as 6.1's regmap_raw_read() does not); the
 * others one register at a time.
 */
static int kshim_regmap_bulk_read(struct regmap *map, unsigned int reg, void *val,
			   size_t val_count, const struct kshim_site *site)
{
	u8 buf[RAW_MAX];
	unsigned int v;
	size_t i;
	int ret;

	if (!IS_ALIGNED(reg, map->reg_stride))
		return -EINVAL;
	if (val_count == 0)
		return -EINVAL;
	if (raw_bus(map) && val_count * map->val_bytes <= RAW_MAX) {
		ret = i2c_raw_read(map, reg, buf, val_count * map->val_bytes,
				   site);
		if (ret)
			return ret;
		for (i = 0; i < val_count; i++)
			bulk_put(map, val, i,
				 get_be_le(buf + i * map->val_bytes,
					   map->val_bytes, map->val_little));
		return 0;
	}
	for (i = 0; i < val_count; i++) {
		ret = _regmap_read(map, reg + i * map->reg_stride, &v, site);
		if (ret)
			return ret;
		bulk_put(map, val, i, v);
	}
	return 0;
}

/* Raw buses: every register must be writeable first (-EINVAL), then one write. */
static int kshim_regmap_bulk_write(struct regmap *map, unsigned int reg,
			    const void *val, size_t val_count,
			    const struct kshim_site *site)
{
	u8 buf[RAW_MAX + 4];
	size_t i;
	int ret;

	if (!IS_ALIGNED(reg, map->reg_stride))
		return -EINVAL;
	if (raw_bus(map) && val_count * map->val_bytes <= RAW_MAX) {
		for (i = 0; i < val_count; i++)
			if (!regmap_writeable(map, reg + i * map->reg_stride))
				return -EINVAL;
		format_reg(map, buf, reg, map->write_flag_mask);
		for (i = 0; i < val_count; i++)
			put_be_le(buf + map->reg_bytes + i * map->val_bytes,
				  map->val_bytes, bulk_get(map, val, i),
				  map->val_little);
		return i2c_raw_write(map, buf,
				     map->reg_bytes + val_count * map->val_bytes,
				     site);
	}
	for (i = 0; i < val_count; i++) {
		ret = _regmap_write(map, reg + i * map->reg_stride,
				    bulk_get(map, val, i), site);
		if (ret)
			return ret;
	}
	return 0;
}

static int kshim_regmap_multi_reg_write(struct regmap *map,
				 const struct reg_sequence *regs, int num_regs,
				 const struct kshim_site *site)
{
	int i, ret;

	for (i = 0; i < num_regs; i++) {
		if (!IS_ALIGNED(regs[i].reg, map->reg_stride))
			return -EINVAL;
		ret = _regmap_write(map, regs[i].reg, regs[i].def, site);
		if (ret)
			return ret;
		if (regs[i].delay_us)
			udelay(regs[i].delay_us);
	}
	return 0;
}

int regmap_get_val_bytes(struct regmap *map)
{
	return map->bus == BUS_CUSTOM ? -EINVAL : map->val_bytes;
}
EXPORT_SYMBOL_GPL(regmap_get_val_bytes);

int regmap_get_max_register(struct regmap *map)
{
	return map->max_register ? map->max_register : -EINVAL;
}
EXPORT_SYMBOL_GPL(regmap_get_max_register);

int regmap_get_reg_stride(struct regmap *map)
{
	return map->reg_stride;
}
EXPORT_SYMBOL_GPL(regmap_get_reg_stride);

struct device *regmap_get_device(struct regmap *map)
{
	return map->dev;
}
EXPORT_SYMBOL_GPL(regmap_get_device);

/* ---- The exported calls: each at its caller's site ---- */

int regmap_read(struct regmap *map, unsigned int reg, unsigned int *val)
{
	return kshim_regmap_read(map, reg, val, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(regmap_read);

int regmap_write(struct regmap *map, unsigned int reg, unsigned int val)
{
	return kshim_regmap_write(map, reg, val, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(regmap_write);

/* Synchronous: kshim's buses have no asynchronous I/O. */
int regmap_write_async(struct regmap *map, unsigned int reg, unsigned int val)
{
	return kshim_regmap_write(map, reg, val, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(regmap_write_async);

int regmap_async_complete(struct regmap *map)
{
	return 0;
}
EXPORT_SYMBOL_GPL(regmap_async_complete);

/* regmap_update_bits(), _set_bits(), _clear_bits()... are inline over it. */
int regmap_update_bits_base(struct regmap *map, unsigned int reg,
			    unsigned int mask, unsigned int val,
			    bool *change, bool async, bool force)
{
	return kshim_regmap_update_bits_base(map, reg, mask, val, change,
					     async, force, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(regmap_update_bits_base);

int regmap_test_bits(struct regmap *map, unsigned int reg, unsigned int bits)
{
	return kshim_regmap_test_bits(map, reg, bits, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(regmap_test_bits);

int regmap_bulk_read(struct regmap *map, unsigned int reg, void *val,
		     size_t val_count)
{
	return kshim_regmap_bulk_read(map, reg, val, val_count,
				      KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(regmap_bulk_read);

int regmap_bulk_write(struct regmap *map, unsigned int reg, const void *val,
		      size_t val_count)
{
	return kshim_regmap_bulk_write(map, reg, val, val_count,
				       KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(regmap_bulk_write);

int regmap_multi_reg_write(struct regmap *map, const struct reg_sequence *regs,
			   int num_regs)
{
	return kshim_regmap_multi_reg_write(map, regs, num_regs,
					    KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(regmap_multi_reg_write);

/* ---- The cache: none, so there is nothing to sync, drop or mark ---- */

int regcache_sync(struct regmap *map)
{
	return 0;
}
EXPORT_SYMBOL_GPL(regcache_sync);

int regcache_sync_region(struct regmap *map, unsigned int min,
			 unsigned int max)
{
	return 0;
}
EXPORT_SYMBOL_GPL(regcache_sync_region);

int regcache_drop_region(struct regmap *map, unsigned int min,
			 unsigned int max)
{
	return 0;
}
EXPORT_SYMBOL_GPL(regcache_drop_region);

void regcache_cache_only(struct regmap *map, bool enable)
{
}
EXPORT_SYMBOL_GPL(regcache_cache_only);

void regcache_cache_bypass(struct regmap *map, bool enable)
{
}
EXPORT_SYMBOL_GPL(regcache_cache_bypass);

void regcache_mark_dirty(struct regmap *map)
{
}
EXPORT_SYMBOL_GPL(regcache_mark_dirty);

static void devm_regmap_release(struct device *dev, void *res)
{
	regmap_exit(*(struct regmap **)res);
}

/* regmap_attach_dev(): what dev_get_regmap() finds. */
static void dev_get_regmap_release(struct device *dev, void *res)
{
	/* Only the pointer: the map is freed by whoever made it. */
}

static int dev_get_regmap_match(struct device *dev, void *res, void *data)
{
	struct regmap **r = res;

	if (!r || !*r) {
		WARN_ON(!r || !*r);
		return 0;
	}
	/* If the user didn't specify a name match any */
	if (data)
		return (*r)->name && !strcmp((*r)->name, data);
	return 1;
}

struct regmap *dev_get_regmap(struct device *dev, const char *name)
{
	struct regmap **r = devres_find(dev, dev_get_regmap_release,
					dev_get_regmap_match, (void *)name);

	return r ? *r : NULL;
}
EXPORT_SYMBOL_GPL(dev_get_regmap);

struct regmap *kshim_regmap_init(struct device *dev,
				 enum kshim_regmap_kind kind,
				 void *bus_ctx, void __iomem *regs,
				 const struct regmap_config *config,
				 bool managed, const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	struct regmap **ptr = NULL, **m;
	struct regmap *map;
	int ret;

	if (!config)
		return ERR_PTR(-EINVAL);
	if (kind == KSHIM_REGMAP_MMIO) {
		ret = kshim_regmap_mmio_check(config);
		if (ret)
			return ERR_PTR(ret);
	}
	if (managed) {
		ptr = kshim_dr_alloc(devm_regmap_release, sizeof(*ptr),
				     GFP_KERNEL | __GFP_ZERO,
				     "devm_regmap_release", NULL, site,
				     "devres_alloc");
		if (!ptr)
			return ERR_PTR(-ENOMEM);
	}
	/* A managed map is its device's memory: no leak while bound. */
	map = kshim_alloc_ex(sizeof(*map), 0,
			     (__force unsigned int)(GFP_KERNEL | __GFP_ZERO),
			     managed ? dev : NULL, site, "kzalloc");
	ret = -ENOMEM;
	if (!map)
		goto err;
	map->dev = dev;
	map->name = config->name;
	map->reg_stride = config->reg_stride ? config->reg_stride : 1;
	map->reg_downshift = config->reg_downshift;
	map->reg_base = config->reg_base;
	map->max_register = config->max_register;
	map->writeable_reg = config->writeable_reg;
	map->readable_reg = config->readable_reg;
	map->wr_table = config->wr_table;
	map->rd_table = config->rd_table;
	map->read_flag_mask = config->read_flag_mask;
	map->write_flag_mask = config->write_flag_mask;
	map->reg_little = config->reg_format_endian == REGMAP_ENDIAN_LITTLE ||
			  config->reg_format_endian == REGMAP_ENDIAN_NATIVE;
	map->val_little = config->val_format_endian == REGMAP_ENDIAN_LITTLE ||
			  config->val_format_endian == REGMAP_ENDIAN_NATIVE;

	ret = -EINVAL;
	switch (kind) {
	case KSHIM_REGMAP_I2C:
		map->client = bus_ctx;
		ret = kshim_regmap_i2c_bus(map->client, config, map);
		if (ret)
			goto err_map;
		ret = -EINVAL;
		break;
	case KSHIM_REGMAP_MMIO:
		map->bus = BUS_MMIO;
		map->regs = regs;
		/* regmap-mmio's default is the CPU's: little-endian. */
		map->val_little = config->val_format_endian != REGMAP_ENDIAN_BIG;
		break;
	case KSHIM_REGMAP_CUSTOM:
		map->bus = BUS_CUSTOM;
		map->ctx = bus_ctx;
		map->reg_read = config->reg_read;
		map->reg_write = config->reg_write;
		break;
	}
	if (map->bus != BUS_CUSTOM) {
		/* Only the whole-byte formats; 6.1 has a few more. */
		if (config->pad_bits || config->reg_bits % 8 ||
		    config->reg_bits < 8 || config->reg_bits > 32 ||
		    config->reg_bits == 24 || config->val_bits % 8 ||
		    config->val_bits < 8 || config->val_bits > 32 ||
		    config->val_bits == 24)
			goto err_map;
		map->reg_bytes = config->reg_bits / 8;
		map->val_bytes = config->val_bits / 8;
	}
	if (dev) {
		m = kshim_dr_alloc(dev_get_regmap_release, sizeof(*m),
				   GFP_KERNEL | __GFP_ZERO,
				   "dev_get_regmap_release", NULL, site,
				   "devres_alloc");
		ret = -ENOMEM;
		if (!m)
			goto err_map;
		*m = map;
		devres_add(dev, m);
	}
	if (ptr) {
		*ptr = map;
		devres_add(dev, ptr);
	}
	return map;

err_map:
	kshim_kfree(map);
err:
	if (ptr)
		devres_free(ptr);
	return ERR_PTR(ret);
}

void regmap_exit(struct regmap *map)
{
	kshim_kfree(map);
}
EXPORT_SYMBOL_GPL(regmap_exit);

/* ---- The entry points of regmap_init() and devm_regmap_init() ---- */

/* Only a bus of register callbacks, as the config's: no raw formatting. */
static struct regmap *init_at(struct device *dev, const struct regmap_bus *bus,
			      void *bus_context,
			      const struct regmap_config *config, bool managed,
			      const struct kshim_site *site)
{
	struct regmap_config c;

	if (!bus)
		return kshim_regmap_init(dev, KSHIM_REGMAP_CUSTOM, bus_context,
					 NULL, config, managed, site);
	if (!config || (!bus->reg_read && !bus->reg_write))
		return ERR_PTR(-EINVAL);
	c = *config;
	c.reg_read = bus->reg_read;
	c.reg_write = bus->reg_write;
	return kshim_regmap_init(dev, KSHIM_REGMAP_CUSTOM, bus_context, NULL,
				 &c, managed, site);
}

struct regmap *__regmap_init(struct device *dev, const struct regmap_bus *bus,
			     void *bus_context,
			     const struct regmap_config *config,
			     struct lock_class_key *lock_key,
			     const char *lock_name)
{
	return init_at(dev, bus, bus_context, config, false, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(__regmap_init);

struct regmap *__devm_regmap_init(struct device *dev,
				  const struct regmap_bus *bus,
				  void *bus_context,
				  const struct regmap_config *config,
				  struct lock_class_key *lock_key,
				  const char *lock_name)
{
	return init_at(dev, bus, bus_context, config, true, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(__devm_regmap_init);
