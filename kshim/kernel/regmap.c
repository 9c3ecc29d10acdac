// SPDX-License-Identifier: GPL-2.0-only
/*
 * Register maps, after 6.1's drivers/base/regmap/regmap.c, regmap-i2c.c
 * and regmap-mmio.c, without the cache: the bus an I2C map uses is
 * chosen as regmap-i2c chooses it (plain I2C, else SMBus I2C blocks,
 * words or bytes), registers are checked as regmap.c checks them
 * (misaligned: -EINVAL; not readable or writeable: -EIO), and values are
 * formatted big-endian unless the config says otherwise (MMIO: little).
 */
#include <linux/regmap.h>
#include <linux/i2c.h>
#include <linux/io.h>
#include <linux/delay.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/bug.h>
#include <kshim/i2c.h>

enum regmap_bus_kind {
	BUS_I2C,		/* raw I2C messages */
	BUS_I2C_BLOCK,		/* SMBus I2C block transfers, 8-bit registers */
	BUS_SMBUS_WORD,
	BUS_SMBUS_WORD_SWAPPED,
	BUS_SMBUS_BYTE,
	BUS_MMIO,
	BUS_CUSTOM,		/* the config's reg_read/reg_write */
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
		ret = kshim_i2c_smbus_read_block(i2c, regbuf[0],
						 I2C_SMBUS_I2C_BLOCK_DATA,
						 val_size, val, site,
						 "i2c_smbus_read_i2c_block_data");
		if (ret == val_size)
			return 0;
		return ret < 0 ? ret : -EIO;
	}
	ret = kshim_i2c_transfer(i2c->adapter, xfer, 2, site, "i2c_transfer");
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
		return kshim_i2c_smbus_write_block(i2c, data[0],
						   I2C_SMBUS_I2C_BLOCK_DATA,
						   count - 1, data + 1, site,
						   "i2c_smbus_write_i2c_block_data");
	}
	ret = kshim_i2c_transfer_buffer_flags(i2c, (char *)data, count, 0, site,
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
			ret = kshim_i2c_smbus_read(i2c, reg, I2C_SMBUS_BYTE_DATA,
						   site, "i2c_smbus_read_byte_data");
		else
			ret = kshim_i2c_smbus_read(i2c, reg, I2C_SMBUS_WORD_DATA,
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
						 ioread16be(map->regs + reg);
			break;
		default:
			*val = map->val_little ? readl(map->regs + reg) :
						 ioread32be(map->regs + reg);
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
		return kshim_i2c_smbus_write(i2c, reg, I2C_SMBUS_BYTE_DATA, val,
					     site, "i2c_smbus_write_byte_data");
	case BUS_SMBUS_WORD:
	case BUS_SMBUS_WORD_SWAPPED:
		if (val > 0xffff || reg > 0xff)
			return -EINVAL;
		if (map->bus == BUS_SMBUS_WORD_SWAPPED)
			val = swab16(val);
		return kshim_i2c_smbus_write(i2c, reg, I2C_SMBUS_WORD_DATA, val,
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
				iowrite16be(val, map->regs + reg);
			break;
		default:
			if (map->val_little)
				writel(val, map->regs + reg);
			else
				iowrite32be(val, map->regs + reg);
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

int kshim_regmap_read(struct regmap *map, unsigned int reg, unsigned int *val,
		      const struct kshim_site *site)
{
	if (!IS_ALIGNED(reg, map->reg_stride))
		return -EINVAL;
	return _regmap_read(map, reg, val, site);
}

int kshim_regmap_write(struct regmap *map, unsigned int reg, unsigned int val,
		       const struct kshim_site *site)
{
	if (!IS_ALIGNED(reg, map->reg_stride))
		return -EINVAL;
	return _regmap_write(map, reg, val, site);
}

/* A read, then a write only when the value changes (or @force). */
int kshim_regmap_update_bits_base(struct regmap *map, unsigned int reg,
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

int kshim_regmap_test_bits(struct regmap *map, unsigned int reg,
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
int kshim_regmap_bulk_read(struct regmap *map, unsigned int reg, void *val,
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
int kshim_regmap_bulk_write(struct regmap *map, unsigned int reg,
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

int kshim_regmap_multi_reg_write(struct regmap *map,
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

int regmap_get_max_register(struct regmap *map)
{
	return map->max_register ? map->max_register : -EINVAL;
}

int regmap_get_reg_stride(struct regmap *map)
{
	return map->reg_stride;
}

struct device *regmap_get_device(struct regmap *map)
{
	return map->dev;
}

/* ---- Making and freeing maps ---- */

/* regmap-i2c.c's regmap_get_i2c_bus(), and the value endianness it implies. */
static int i2c_bus_of(struct i2c_client *i2c, const struct regmap_config *config,
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

/* regmap-mmio.c's checks: 32-bit register numbers, a stride as wide as a value. */
static int mmio_check(const struct regmap_config *config)
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

struct regmap *kshim_regmap_init(struct device *dev, enum kshim_regmap_kind kind,
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
		ret = mmio_check(config);
		if (ret)
			return ERR_PTR(ret);
	}
	if (managed) {
		ptr = kshim_devres_alloc(devm_regmap_release, sizeof(*ptr),
					 GFP_KERNEL, "devm_regmap_release",
					 site);
		if (!ptr)
			return ERR_PTR(-ENOMEM);
	}
	/* A managed map is its device's memory: no leak while bound. */
	map = kshim_alloc_ex(sizeof(*map), 0,
			     __kshim_gfp(GFP_KERNEL | __GFP_ZERO),
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
		ret = i2c_bus_of(map->client, config, map);
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
		m = kshim_devres_alloc(dev_get_regmap_release, sizeof(*m),
				       GFP_KERNEL, "dev_get_regmap_release",
				       site);
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
	kfree(map);
err:
	if (ptr)
		devres_free(ptr);
	return ERR_PTR(ret);
}

void regmap_exit(struct regmap *map)
{
	kfree(map);
}
