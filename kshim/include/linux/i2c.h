/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * I2C and SMBus (6.1's include/linux/i2c.h, uapi/linux/i2c.h and the core
 * in drivers/i2c/i2c-core-*.c): adapters, clients, drivers, the bus that
 * matches them (OF, then the id table), transfers and the SMBus calls,
 * emulated with I2C messages where the adapter has no SMBus method.
 *
 * Every transfer a driver makes is a fallible call at its own line (the
 * API's name: "i2c_transfer", "i2c_smbus_read_byte_data"...): an injected
 * failure is a flaky bus, -EIO, before anything reaches the chip.
 */
#ifndef _LINUX_I2C_H
#define _LINUX_I2C_H

#include <linux/bits.h>
#include <linux/mod_devicetable.h>
#include <linux/device.h>
#include <linux/mutex.h>
#include <linux/of.h>
#include <linux/swab.h>
#include <kshim/kapi.h>

/* ---- include/uapi/linux/i2c.h ---- */

struct i2c_msg {
	__u16 addr;
	__u16 flags;
#define I2C_M_RD		0x0001	/* guaranteed to be 0x0001! */
#define I2C_M_TEN		0x0010
#define I2C_M_DMA_SAFE		0x0200
#define I2C_M_RECV_LEN		0x0400
#define I2C_M_NO_RD_ACK		0x0800
#define I2C_M_IGNORE_NAK	0x1000
#define I2C_M_REV_DIR_ADDR	0x2000
#define I2C_M_NOSTART		0x4000
#define I2C_M_STOP		0x8000
	__u16 len;
	__u8 *buf;
};

#define I2C_FUNC_I2C			0x00000001
#define I2C_FUNC_10BIT_ADDR		0x00000002
#define I2C_FUNC_PROTOCOL_MANGLING	0x00000004
#define I2C_FUNC_SMBUS_PEC		0x00000008
#define I2C_FUNC_NOSTART		0x00000010
#define I2C_FUNC_SLAVE			0x00000020
#define I2C_FUNC_SMBUS_BLOCK_PROC_CALL	0x00008000
#define I2C_FUNC_SMBUS_QUICK		0x00010000
#define I2C_FUNC_SMBUS_READ_BYTE	0x00020000
#define I2C_FUNC_SMBUS_WRITE_BYTE	0x00040000
#define I2C_FUNC_SMBUS_READ_BYTE_DATA	0x00080000
#define I2C_FUNC_SMBUS_WRITE_BYTE_DATA	0x00100000
#define I2C_FUNC_SMBUS_READ_WORD_DATA	0x00200000
#define I2C_FUNC_SMBUS_WRITE_WORD_DATA	0x00400000
#define I2C_FUNC_SMBUS_PROC_CALL	0x00800000
#define I2C_FUNC_SMBUS_READ_BLOCK_DATA	0x01000000
#define I2C_FUNC_SMBUS_WRITE_BLOCK_DATA 0x02000000
#define I2C_FUNC_SMBUS_READ_I2C_BLOCK	0x04000000
#define I2C_FUNC_SMBUS_WRITE_I2C_BLOCK	0x08000000
#define I2C_FUNC_SMBUS_HOST_NOTIFY	0x10000000

#define I2C_FUNC_SMBUS_BYTE		(I2C_FUNC_SMBUS_READ_BYTE | \
					 I2C_FUNC_SMBUS_WRITE_BYTE)
#define I2C_FUNC_SMBUS_BYTE_DATA	(I2C_FUNC_SMBUS_READ_BYTE_DATA | \
					 I2C_FUNC_SMBUS_WRITE_BYTE_DATA)
#define I2C_FUNC_SMBUS_WORD_DATA	(I2C_FUNC_SMBUS_READ_WORD_DATA | \
					 I2C_FUNC_SMBUS_WRITE_WORD_DATA)
#define I2C_FUNC_SMBUS_BLOCK_DATA	(I2C_FUNC_SMBUS_READ_BLOCK_DATA | \
					 I2C_FUNC_SMBUS_WRITE_BLOCK_DATA)
#define I2C_FUNC_SMBUS_I2C_BLOCK	(I2C_FUNC_SMBUS_READ_I2C_BLOCK | \
					 I2C_FUNC_SMBUS_WRITE_I2C_BLOCK)
#define I2C_FUNC_SMBUS_EMUL		(I2C_FUNC_SMBUS_QUICK | \
					 I2C_FUNC_SMBUS_BYTE | \
					 I2C_FUNC_SMBUS_BYTE_DATA | \
					 I2C_FUNC_SMBUS_WORD_DATA | \
					 I2C_FUNC_SMBUS_PROC_CALL | \
					 I2C_FUNC_SMBUS_WRITE_BLOCK_DATA | \
					 I2C_FUNC_SMBUS_I2C_BLOCK | \
					 I2C_FUNC_SMBUS_PEC)
#define I2C_FUNC_SMBUS_EMUL_ALL		(I2C_FUNC_SMBUS_EMUL | \
					 I2C_FUNC_SMBUS_READ_BLOCK_DATA | \
					 I2C_FUNC_SMBUS_BLOCK_PROC_CALL)

#define I2C_SMBUS_BLOCK_MAX	32	/* As specified in SMBus standard */
union i2c_smbus_data {
	__u8 byte;
	__u16 word;
	__u8 block[I2C_SMBUS_BLOCK_MAX + 2];	/* block[0] is the length */
};

#define I2C_SMBUS_READ	1
#define I2C_SMBUS_WRITE	0

#define I2C_SMBUS_QUICK		    0
#define I2C_SMBUS_BYTE		    1
#define I2C_SMBUS_BYTE_DATA	    2
#define I2C_SMBUS_WORD_DATA	    3
#define I2C_SMBUS_PROC_CALL	    4
#define I2C_SMBUS_BLOCK_DATA	    5
#define I2C_SMBUS_I2C_BLOCK_BROKEN  6
#define I2C_SMBUS_BLOCK_PROC_CALL   7
#define I2C_SMBUS_I2C_BLOCK_DATA    8

/* ---- include/linux/i2c.h ---- */

extern struct bus_type i2c_bus_type;
extern struct device_type i2c_adapter_type;
extern struct device_type i2c_client_type;

struct i2c_adapter;
struct i2c_client;
struct i2c_driver;
struct i2c_board_info;

#define I2C_MAX_STANDARD_MODE_FREQ	100000
#define I2C_MAX_FAST_MODE_FREQ		400000
#define I2C_MAX_FAST_MODE_PLUS_FREQ	1000000
#define I2C_MAX_TURBO_MODE_FREQ		1400000
#define I2C_MAX_HIGH_SPEED_MODE_FREQ	3400000
#define I2C_MAX_ULTRA_FAST_MODE_FREQ	5000000

enum i2c_alert_protocol {
	I2C_PROTOCOL_SMBUS_ALERT,
	I2C_PROTOCOL_SMBUS_HOST_NOTIFY,
};

enum i2c_driver_flags {
	I2C_DRV_ACPI_WAIVE_D0_PROBE = BIT(0),
};

struct i2c_driver {
	unsigned int class;
	int (*probe)(struct i2c_client *client, const struct i2c_device_id *id);
	void (*remove)(struct i2c_client *client);
	int (*probe_new)(struct i2c_client *client);
	void (*shutdown)(struct i2c_client *client);
	void (*alert)(struct i2c_client *client, enum i2c_alert_protocol protocol,
		      unsigned int data);
	int (*command)(struct i2c_client *client, unsigned int cmd, void *arg);
	struct device_driver driver;
	const struct i2c_device_id *id_table;
	int (*detect)(struct i2c_client *client, struct i2c_board_info *info);
	const unsigned short *address_list;
	struct list_head clients;	/* the clients detect() found */
	u32 flags;
	struct list_head kshim_node;	/* kshim: on the registered drivers */
};
#define to_i2c_driver(d) container_of(d, struct i2c_driver, driver)

struct i2c_client {
	unsigned short flags;
#define I2C_CLIENT_PEC		0x04
#define I2C_CLIENT_TEN		0x10
#define I2C_CLIENT_SLAVE	0x20
#define I2C_CLIENT_HOST_NOTIFY	0x40
#define I2C_CLIENT_WAKE		0x80
#define I2C_CLIENT_SCCB		0x9000
	unsigned short addr;		/* 7 bits, or 10 with I2C_CLIENT_TEN */
	char name[I2C_NAME_SIZE];
	struct i2c_adapter *adapter;
	struct device dev;
	int init_irq;
	int irq;
	struct list_head detected;	/* on its driver's clients, if detected */
	void *devres_group_id;
	struct list_head kshim_node;	/* kshim: on its adapter's clients */
};
#define to_i2c_client(d) container_of(d, struct i2c_client, dev)

struct i2c_adapter *i2c_verify_adapter(struct device *dev);
struct i2c_client *i2c_verify_client(struct device *dev);
const struct i2c_device_id *i2c_match_id(const struct i2c_device_id *id,
					 const struct i2c_client *client);
const void *i2c_get_match_data(const struct i2c_client *client);
const struct i2c_device_id *i2c_client_get_device_id(const struct i2c_client *client);
const struct of_device_id *i2c_of_match_device(const struct of_device_id *matches,
					       struct i2c_client *client);

static inline struct i2c_client *kobj_to_i2c_client(struct kobject *kobj)
{
	return to_i2c_client(container_of(kobj, struct device, kobj));
}

static inline void *i2c_get_clientdata(const struct i2c_client *client)
{
	return dev_get_drvdata(&client->dev);
}

static inline void i2c_set_clientdata(struct i2c_client *client, void *data)
{
	dev_set_drvdata(&client->dev, data);
}

static inline bool i2c_detect_slave_mode(struct device *dev) { return false; }

struct software_node;

struct i2c_board_info {
	char		type[I2C_NAME_SIZE];
	unsigned short	flags;
	unsigned short	addr;
	const char	*dev_name;
	void		*platform_data;
	struct device_node *of_node;
	struct fwnode_handle *fwnode;
	const struct software_node *swnode;
	const struct resource *resources;
	unsigned int	num_resources;
	int		irq;
};

#define I2C_BOARD_INFO(dev_type, dev_addr) \
	.type = dev_type, .addr = (dev_addr)

struct i2c_client *kshim_i2c_new_client_device(struct i2c_adapter *adap,
					       struct i2c_board_info const *info,
					       const struct kshim_site *site);
#define i2c_new_client_device(adap, info)				\
	kshim_i2c_new_client_device((adap), (info), KSHIM_SITE)
struct i2c_client *kshim_i2c_new_dummy_device(struct i2c_adapter *adapter,
					      u16 address,
					      const struct kshim_site *site);
#define i2c_new_dummy_device(adap, addr)				\
	kshim_i2c_new_dummy_device((adap), (addr), KSHIM_SITE)
struct i2c_client *kshim_devm_i2c_new_dummy_device(struct device *dev,
						   struct i2c_adapter *adap,
						   u16 address,
						   const struct kshim_site *site);
#define devm_i2c_new_dummy_device(dev, adap, addr)			\
	kshim_devm_i2c_new_dummy_device((dev), (adap), (addr), KSHIM_SITE)
void i2c_unregister_device(struct i2c_client *client);

static inline int i2c_register_board_info(int busnum,
					  struct i2c_board_info const *info,
					  unsigned n)
{
	return 0;	/* CONFIG_I2C_BOARDINFO is for arch code; not here */
}

struct i2c_algorithm {
	int (*master_xfer)(struct i2c_adapter *adap, struct i2c_msg *msgs,
			   int num);
	int (*master_xfer_atomic)(struct i2c_adapter *adap,
				  struct i2c_msg *msgs, int num);
	int (*smbus_xfer)(struct i2c_adapter *adap, u16 addr,
			  unsigned short flags, char read_write,
			  u8 command, int size, union i2c_smbus_data *data);
	int (*smbus_xfer_atomic)(struct i2c_adapter *adap, u16 addr,
				 unsigned short flags, char read_write,
				 u8 command, int size, union i2c_smbus_data *data);
	u32 (*functionality)(struct i2c_adapter *adap);
};

struct i2c_lock_operations {
	void (*lock_bus)(struct i2c_adapter *adapter, unsigned int flags);
	int (*trylock_bus)(struct i2c_adapter *adapter, unsigned int flags);
	void (*unlock_bus)(struct i2c_adapter *adapter, unsigned int flags);
};

struct i2c_adapter_quirks {
	u64 flags;
	int max_num_msgs;
	u16 max_write_len;
	u16 max_read_len;
	u16 max_comb_1st_msg_len;
	u16 max_comb_2nd_msg_len;
};

#define I2C_AQ_COMB			BIT(0)
#define I2C_AQ_COMB_WRITE_FIRST		BIT(1)
#define I2C_AQ_COMB_READ_SECOND		BIT(2)
#define I2C_AQ_COMB_SAME_ADDR		BIT(3)
#define I2C_AQ_COMB_WRITE_THEN_READ	(I2C_AQ_COMB | I2C_AQ_COMB_WRITE_FIRST | \
					 I2C_AQ_COMB_READ_SECOND | I2C_AQ_COMB_SAME_ADDR)
#define I2C_AQ_NO_CLK_STRETCH		BIT(4)
#define I2C_AQ_NO_ZERO_LEN_READ		BIT(5)
#define I2C_AQ_NO_ZERO_LEN_WRITE	BIT(6)
#define I2C_AQ_NO_ZERO_LEN		(I2C_AQ_NO_ZERO_LEN_READ | I2C_AQ_NO_ZERO_LEN_WRITE)
#define I2C_AQ_NO_REP_START		BIT(7)

struct i2c_adapter {
	struct module *owner;
	unsigned int class;
	const struct i2c_algorithm *algo;
	void *algo_data;
	const struct i2c_lock_operations *lock_ops;
	int timeout;			/* in jiffies */
	int retries;
	struct device dev;
	unsigned long locked_flags;
#define I2C_ALF_IS_SUSPENDED		0
#define I2C_ALF_SUSPEND_REPORTED	1
	int nr;
	char name[48];
	const struct i2c_adapter_quirks *quirks;

	/* kshim's own */
	struct list_head kshim_node;	/* on the registered adapters */
	struct list_head kshim_clients;	/* its clients */
	bool kshim_harness;		/* a test's simulated controller */
	u32 kshim_func;			/* its functionality */
};
#define to_i2c_adapter(d) container_of(d, struct i2c_adapter, dev)

static inline void *i2c_get_adapdata(const struct i2c_adapter *adap)
{
	return dev_get_drvdata(&adap->dev);
}

static inline void i2c_set_adapdata(struct i2c_adapter *adap, void *data)
{
	dev_set_drvdata(&adap->dev, data);
}

static inline struct i2c_adapter *
i2c_parent_is_i2c_adapter(const struct i2c_adapter *adapter)
{
	return NULL;	/* no muxes */
}

int i2c_for_each_dev(void *data, int (*fn)(struct device *dev, void *data));

#define I2C_LOCK_ROOT_ADAPTER BIT(0)
#define I2C_LOCK_SEGMENT      BIT(1)

/* One thread drives the simulated buses: the bus lock has nothing to do. */
static inline void i2c_lock_bus(struct i2c_adapter *adapter, unsigned int flags)
{
	if (adapter->lock_ops)
		adapter->lock_ops->lock_bus(adapter, flags);
}

static inline int i2c_trylock_bus(struct i2c_adapter *adapter, unsigned int flags)
{
	return adapter->lock_ops ? adapter->lock_ops->trylock_bus(adapter, flags) : 1;
}

static inline void i2c_unlock_bus(struct i2c_adapter *adapter, unsigned int flags)
{
	if (adapter->lock_ops)
		adapter->lock_ops->unlock_bus(adapter, flags);
}

#define I2C_CLASS_HWMON		(1<<0)	/* lm_sensors, ... */
#define I2C_CLASS_DDC		(1<<3)	/* DDC bus on graphics adapters */
#define I2C_CLASS_SPD		(1<<7)	/* Memory modules */
#define I2C_CLASS_DEPRECATED	(1<<8)

/* Internal numbers to terminate lists */
#define I2C_CLIENT_END		0xfffeU

#define I2C_ADDRS(addr, addrs...) \
	((const unsigned short []){ addr, ## addrs, I2C_CLIENT_END })

int i2c_add_adapter(struct i2c_adapter *adap);
int devm_i2c_add_adapter(struct device *dev, struct i2c_adapter *adapter);
void i2c_del_adapter(struct i2c_adapter *adap);
int i2c_add_numbered_adapter(struct i2c_adapter *adap);

int kshim_i2c_register_driver(struct module *owner, struct i2c_driver *driver,
			      const struct kshim_site *site);
int i2c_register_driver(struct module *owner, struct i2c_driver *driver);
#define i2c_register_driver(owner, driver)				\
	kshim_i2c_register_driver((owner), (driver), KSHIM_SITE)
void i2c_del_driver(struct i2c_driver *driver);

#define i2c_add_driver(driver) \
	i2c_register_driver(THIS_MODULE, driver)

static inline bool i2c_client_has_driver(struct i2c_client *client)
{
	return !IS_ERR_OR_NULL(client) && client->dev.driver;
}

struct i2c_adapter *i2c_get_adapter(int nr);
void i2c_put_adapter(struct i2c_adapter *adap);
unsigned int i2c_adapter_depth(struct i2c_adapter *adapter);

static inline u32 i2c_get_functionality(struct i2c_adapter *adap)
{
	return adap->algo->functionality(adap);
}

static inline int i2c_check_functionality(struct i2c_adapter *adap, u32 func)
{
	return (func & i2c_get_functionality(adap)) == func;
}

static inline bool i2c_check_quirks(struct i2c_adapter *adap, u64 quirks)
{
	if (!adap->quirks)
		return false;
	return (adap->quirks->flags & quirks) == quirks;
}

static inline int i2c_adapter_id(struct i2c_adapter *adap)
{
	return adap->nr;
}

static inline u8 i2c_8bit_addr_from_msg(const struct i2c_msg *msg)
{
	return (msg->addr << 1) | (msg->flags & I2C_M_RD ? 1 : 0);
}

#define module_i2c_driver(__i2c_driver) \
	module_driver(__i2c_driver, i2c_add_driver, \
			i2c_del_driver)

#define builtin_i2c_driver(__i2c_driver) \
	builtin_driver(__i2c_driver, i2c_add_driver)

/* ---- Transfers: each one fallible at the caller's line ---- */

int kshim_i2c_transfer(struct i2c_adapter *adap, struct i2c_msg *msgs, int num,
		       const struct kshim_site *site, const char *what);
int kshim_i2c_transfer_buffer_flags(const struct i2c_client *client,
				    char *buf, int count, u16 flags,
				    const struct kshim_site *site,
				    const char *what);
s32 kshim_i2c_smbus_xfer(struct i2c_adapter *adapter, u16 addr,
			 unsigned short flags, char read_write, u8 command,
			 int protocol, union i2c_smbus_data *data,
			 const struct kshim_site *site, const char *what);
s32 kshim_i2c_smbus_read(const struct i2c_client *client, u8 command,
			 int protocol, const struct kshim_site *site,
			 const char *what);
s32 kshim_i2c_smbus_write(const struct i2c_client *client, u8 command,
			  int protocol, u16 value,
			  const struct kshim_site *site, const char *what);
s32 kshim_i2c_smbus_read_block(const struct i2c_client *client, u8 command,
			       int protocol, u8 length, u8 *values,
			       const struct kshim_site *site, const char *what);
s32 kshim_i2c_smbus_write_block(const struct i2c_client *client, u8 command,
				int protocol, u8 length, const u8 *values,
				const struct kshim_site *site, const char *what);

/* Real functions too, for drivers that take their address. */
int i2c_transfer(struct i2c_adapter *adap, struct i2c_msg *msgs, int num);
int __i2c_transfer(struct i2c_adapter *adap, struct i2c_msg *msgs, int num);
int i2c_transfer_buffer_flags(const struct i2c_client *client,
			      char *buf, int count, u16 flags);
s32 i2c_smbus_xfer(struct i2c_adapter *adapter, u16 addr,
		   unsigned short flags, char read_write, u8 command,
		   int protocol, union i2c_smbus_data *data);
s32 __i2c_smbus_xfer(struct i2c_adapter *adapter, u16 addr,
		     unsigned short flags, char read_write, u8 command,
		     int protocol, union i2c_smbus_data *data);
s32 i2c_smbus_read_byte(const struct i2c_client *client);
s32 i2c_smbus_write_byte(const struct i2c_client *client, u8 value);
s32 i2c_smbus_read_byte_data(const struct i2c_client *client, u8 command);
s32 i2c_smbus_write_byte_data(const struct i2c_client *client,
			      u8 command, u8 value);
s32 i2c_smbus_read_word_data(const struct i2c_client *client, u8 command);
s32 i2c_smbus_write_word_data(const struct i2c_client *client,
			      u8 command, u16 value);
s32 i2c_smbus_read_block_data(const struct i2c_client *client,
			      u8 command, u8 *values);
s32 i2c_smbus_write_block_data(const struct i2c_client *client,
			       u8 command, u8 length, const u8 *values);
s32 i2c_smbus_read_i2c_block_data(const struct i2c_client *client,
				  u8 command, u8 length, u8 *values);
s32 i2c_smbus_write_i2c_block_data(const struct i2c_client *client,
				   u8 command, u8 length, const u8 *values);

#define i2c_transfer(adap, msgs, num)					\
	kshim_i2c_transfer((adap), (msgs), (num), KSHIM_SITE, "i2c_transfer")
#define __i2c_transfer(adap, msgs, num)					\
	kshim_i2c_transfer((adap), (msgs), (num), KSHIM_SITE, "__i2c_transfer")
#define i2c_transfer_buffer_flags(client, buf, count, flags)		\
	kshim_i2c_transfer_buffer_flags((client), (buf), (count), (flags), \
					KSHIM_SITE, "i2c_transfer_buffer_flags")
#define i2c_master_send(client, buf, count)				\
	kshim_i2c_transfer_buffer_flags((client), (char *)(buf), (count), 0, \
					KSHIM_SITE, "i2c_master_send")
#define i2c_master_send_dmasafe(client, buf, count)			\
	kshim_i2c_transfer_buffer_flags((client), (char *)(buf), (count), \
					I2C_M_DMA_SAFE, KSHIM_SITE,	\
					"i2c_master_send")
#define i2c_master_recv(client, buf, count)				\
	kshim_i2c_transfer_buffer_flags((client), (buf), (count), I2C_M_RD, \
					KSHIM_SITE, "i2c_master_recv")
#define i2c_master_recv_dmasafe(client, buf, count)			\
	kshim_i2c_transfer_buffer_flags((client), (buf), (count),	\
					I2C_M_RD | I2C_M_DMA_SAFE,	\
					KSHIM_SITE, "i2c_master_recv")
#define i2c_smbus_xfer(adap, addr, flags, rw, cmd, proto, data)		\
	kshim_i2c_smbus_xfer((adap), (addr), (flags), (rw), (cmd), (proto), \
			     (data), KSHIM_SITE, "i2c_smbus_xfer")
#define __i2c_smbus_xfer(adap, addr, flags, rw, cmd, proto, data)	\
	kshim_i2c_smbus_xfer((adap), (addr), (flags), (rw), (cmd), (proto), \
			     (data), KSHIM_SITE, "__i2c_smbus_xfer")
#define i2c_smbus_read_byte(client)					\
	kshim_i2c_smbus_read((client), 0, I2C_SMBUS_BYTE, KSHIM_SITE,	\
			     "i2c_smbus_read_byte")
#define i2c_smbus_write_byte(client, value)				\
	kshim_i2c_smbus_write((client), (value), I2C_SMBUS_BYTE, 0,	\
			      KSHIM_SITE, "i2c_smbus_write_byte")
#define i2c_smbus_read_byte_data(client, cmd)				\
	kshim_i2c_smbus_read((client), (cmd), I2C_SMBUS_BYTE_DATA,	\
			     KSHIM_SITE, "i2c_smbus_read_byte_data")
#define i2c_smbus_write_byte_data(client, cmd, value)			\
	kshim_i2c_smbus_write((client), (cmd), I2C_SMBUS_BYTE_DATA,	\
			      (value), KSHIM_SITE, "i2c_smbus_write_byte_data")
#define i2c_smbus_read_word_data(client, cmd)				\
	kshim_i2c_smbus_read((client), (cmd), I2C_SMBUS_WORD_DATA,	\
			     KSHIM_SITE, "i2c_smbus_read_word_data")
#define i2c_smbus_write_word_data(client, cmd, value)			\
	kshim_i2c_smbus_write((client), (cmd), I2C_SMBUS_WORD_DATA,	\
			      (value), KSHIM_SITE, "i2c_smbus_write_word_data")
#define i2c_smbus_read_block_data(client, cmd, values)			\
	kshim_i2c_smbus_read_block((client), (cmd), I2C_SMBUS_BLOCK_DATA, \
				   0, (values), KSHIM_SITE,		\
				   "i2c_smbus_read_block_data")
#define i2c_smbus_write_block_data(client, cmd, length, values)	\
	kshim_i2c_smbus_write_block((client), (cmd), I2C_SMBUS_BLOCK_DATA, \
				    (length), (values), KSHIM_SITE,	\
				    "i2c_smbus_write_block_data")
#define i2c_smbus_read_i2c_block_data(client, cmd, length, values)	\
	kshim_i2c_smbus_read_block((client), (cmd),			\
				   I2C_SMBUS_I2C_BLOCK_DATA, (length),	\
				   (values), KSHIM_SITE,		\
				   "i2c_smbus_read_i2c_block_data")
#define i2c_smbus_write_i2c_block_data(client, cmd, length, values)	\
	kshim_i2c_smbus_write_block((client), (cmd),			\
				    I2C_SMBUS_I2C_BLOCK_DATA, (length),	\
				    (values), KSHIM_SITE,		\
				    "i2c_smbus_write_i2c_block_data")

/* Byte-swapped words, for chips that send the high byte first. */
static inline s32 kshim_i2c_smbus_read_word_swapped(const struct i2c_client *client,
						    u8 command,
						    const struct kshim_site *site)
{
	s32 value = kshim_i2c_smbus_read(client, command, I2C_SMBUS_WORD_DATA,
					 site, "i2c_smbus_read_word_swapped");

	return (value < 0) ? value : swab16(value);
}
#define i2c_smbus_read_word_swapped(client, cmd)			\
	kshim_i2c_smbus_read_word_swapped((client), (cmd), KSHIM_SITE)
#define i2c_smbus_write_word_swapped(client, cmd, value)		\
	kshim_i2c_smbus_write((client), (cmd), I2C_SMBUS_WORD_DATA,	\
			      swab16(value), KSHIM_SITE,		\
			      "i2c_smbus_write_word_swapped")

#endif /* _LINUX_I2C_H */
