// SPDX-License-Identifier: GPL-2.0-only
/*
 * The I2C core (drivers/i2c/i2c-core-base.c) for modules built against the
 * kernel's own headers: adapters and their numbers, clients, the bus (OF
 * match, then the id table), probe and remove, detection, I2C transfers,
 * and the harness's simulated adapters, whose transfers reach the chips of
 * host/i2c.c. It behaves as kshim's old core (kernel/i2c.c), which was
 * checked against 6.1; one thread, so the bus lock guards nothing.
 *
 * The kernel keeps adapters in an idr and clients as the adapter's device
 * children: here both are found on the device core's list, so nothing
 * outlives its device.
 */
#include <linux/i2c.h>
#include <linux/err.h>
#include <linux/jiffies.h>
#include <linux/module.h>
#include <linux/of.h>
#include <linux/of_device.h>
#include <linux/property.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <kshim/i2c.h>
#include "i2c-core.h"

/* What a flaky bus gives when fault injection fails a transfer. */
#define I2C_FAULT_ERR		(-EIO)
#define HARNESS_MAX_MSGS	16

static int i2c_detect(struct i2c_adapter *adapter, struct i2c_driver *driver);
static void i2c_forget_detected(struct i2c_adapter *adap,
				struct i2c_driver *driver);

/* ---- Adapters ---- */

static struct device *next_dev(struct device_private **pos)
{
	struct device_private *p = *pos;

	p = list_next_entry(p, node);
	*pos = p;
	return &p->node == &kshim_devices ? NULL : p->device;
}

/* The registered adapters, oldest first. */
#define for_each_adapter(adap, p)					\
	for (p = list_entry(&kshim_devices, struct device_private, node); \
	     next_dev(&p);)						\
		if (!p->registered ||					\
		    !(adap = i2c_verify_adapter(p->device))) {} else

/* The registered clients of @adapter, oldest first. */
#define for_each_client(client, ad, p)					\
	for (p = list_entry(&kshim_devices, struct device_private, node); \
	     next_dev(&p);)						\
		if (!p->registered ||					\
		    !(client = i2c_verify_client(p->device)) ||		\
		    client->adapter != (ad)) {} else

struct i2c_adapter *kshim_i2c_adapter_by_nr(int nr)
{
	struct device_private *p;
	struct i2c_adapter *adap;

	for_each_adapter(adap, p)
		if (adap->nr == nr)
			return adap;
	return NULL;
}

struct i2c_adapter *i2c_verify_adapter(struct device *dev)
{
	return dev->type == &i2c_adapter_type ? to_i2c_adapter(dev) : NULL;
}
EXPORT_SYMBOL(i2c_verify_adapter);

struct i2c_adapter *i2c_get_adapter(int nr)
{
	struct i2c_adapter *adap = kshim_i2c_adapter_by_nr(nr);

	if (adap)
		get_device(&adap->dev);
	return adap;
}
EXPORT_SYMBOL(i2c_get_adapter);

void i2c_put_adapter(struct i2c_adapter *adap)
{
	if (adap)
		put_device(&adap->dev);
}
EXPORT_SYMBOL(i2c_put_adapter);

unsigned int i2c_adapter_depth(struct i2c_adapter *adapter)
{
	return 0;	/* no muxes: every adapter is a root */
}
EXPORT_SYMBOL_GPL(i2c_adapter_depth);

int i2c_for_each_dev(void *data, int (*fn)(struct device *dev, void *data))
{
	return bus_for_each_dev(&i2c_bus_type, NULL, data, fn);
}
EXPORT_SYMBOL_GPL(i2c_for_each_dev);

/* The adapter's memory is its driver's: nothing to free on release. */
static void i2c_adapter_dev_release(struct device *dev)
{
}

struct device_type i2c_adapter_type = {
	.name = "i2c_adapter",
	.release = i2c_adapter_dev_release,
};
EXPORT_SYMBOL_GPL(i2c_adapter_type);

/* One thread: the bus lock (an rt_mutex in the kernel) has nothing to do. */
static void lock_bus(struct i2c_adapter *adap, unsigned int flags)
{
}

static int trylock_bus(struct i2c_adapter *adap, unsigned int flags)
{
	return 1;
}

static void unlock_bus(struct i2c_adapter *adap, unsigned int flags)
{
}

static const struct i2c_lock_operations i2c_adapter_lock_ops = {
	.lock_bus = lock_bus,
	.trylock_bus = trylock_bus,
	.unlock_bus = unlock_bus,
};

static struct i2c_driver *next_driver(struct driver_private **pos)
{
	struct subsys_private *sp = kshim_bus_p(&i2c_bus_type);
	struct list_head *n = *pos ? (*pos)->node.next : sp ? sp->drivers.next : NULL;

	if (!n || n == &sp->drivers)
		return NULL;
	*pos = list_entry(n, struct driver_private, node);
	return to_i2c_driver((*pos)->driver);
}

#define for_each_driver(driver, p)					\
	for (p = NULL; (driver = next_driver(&p));)

/* i2c_register_adapter(): @adap->nr is allocated already. */
static int i2c_register_adapter(struct i2c_adapter *adap)
{
	struct driver_private *p;
	struct i2c_driver *driver;
	int res;

	if (WARN(!adap->name[0], "i2c adapter has no name"))
		return -EINVAL;
	if (!adap->algo) {
		pr_err("adapter '%s': no algo supplied!\n", adap->name);
		return -EINVAL;
	}
	if (!adap->lock_ops)
		adap->lock_ops = &i2c_adapter_lock_ops;
	adap->locked_flags = 0;
	if (adap->timeout == 0)
		adap->timeout = HZ;
	INIT_LIST_HEAD(&adap->userspace_clients);
	kshim_bus_get(&i2c_bus_type);
	adap->dev.bus = &i2c_bus_type;
	adap->dev.type = &i2c_adapter_type;
	if (!dev_name(&adap->dev))
		dev_set_name(&adap->dev, "i2c-%d", adap->nr);
	res = device_register(&adap->dev);
	if (res) {
		pr_err("adapter '%s': can't register device (%d)\n",
		       adap->name, res);
		put_device(&adap->dev);
		return res;
	}
	dev_dbg(&adap->dev, "adapter [%s] registered\n", adap->name);
	/* Notify drivers: those with detect() scan the new bus. */
	for_each_driver(driver, p)
		i2c_detect(adap, driver);
	return 0;
}

int i2c_add_numbered_adapter(struct i2c_adapter *adap)
{
	if (adap->nr == -1)
		return i2c_add_adapter(adap);
	/* idr_alloc(nr, nr + 1) fails when nr is taken. */
	if (WARN(adap->nr < 0 || kshim_i2c_adapter_by_nr(adap->nr),
		 "couldn't get idr"))
		return -EBUSY;
	return i2c_register_adapter(adap);
}
EXPORT_SYMBOL_GPL(i2c_add_numbered_adapter);

int i2c_add_adapter(struct i2c_adapter *adap)
{
	int nr = 0;

	/* The lowest free number: the idr's, from __i2c_first_dynamic_bus_num 0. */
	while (kshim_i2c_adapter_by_nr(nr))
		nr++;
	adap->nr = nr;
	return i2c_register_adapter(adap);
}
EXPORT_SYMBOL(i2c_add_adapter);

static void devm_i2c_del_adapter(void *adapter)
{
	i2c_del_adapter(adapter);
}

int devm_i2c_add_adapter(struct device *dev, struct i2c_adapter *adapter)
{
	int ret = i2c_add_adapter(adapter);

	if (ret)
		return ret;
	return devm_add_action_or_reset(dev, devm_i2c_del_adapter, adapter);
}
EXPORT_SYMBOL_GPL(devm_i2c_add_adapter);

void i2c_del_adapter(struct i2c_adapter *adap)
{
	struct device_private *p;
	struct driver_private *dp;
	struct i2c_client *client;
	struct i2c_driver *driver;

	if (kshim_i2c_adapter_by_nr(adap->nr) != adap) {
		pr_debug("attempting to delete unregistered adapter [%s]\n",
			 adap->name);
		return;
	}
	for_each_driver(driver, dp)
		i2c_forget_detected(adap, driver);
	/* Clients first; the dummies (others' helpers) last, as 6.1 does. */
	for_each_client(client, adap, p) {
		if (strcmp(client->name, "dummy")) {
			p = list_prev_entry(p, node);
			i2c_unregister_device(client);
		}
	}
	for_each_client(client, adap, p) {
		p = list_prev_entry(p, node);
		i2c_unregister_device(client);
	}
	dev_dbg(&adap->dev, "adapter [%s] unregistered\n", adap->name);
	device_unregister(&adap->dev);
}
EXPORT_SYMBOL(i2c_del_adapter);

/* ---- Clients ---- */

struct i2c_client *i2c_verify_client(struct device *dev)
{
	return dev->type == &i2c_client_type ? to_i2c_client(dev) : NULL;
}
EXPORT_SYMBOL(i2c_verify_client);

static void i2c_client_dev_release(struct device *dev)
{
	kshim_kfree(to_i2c_client(dev));
}

static ssize_t name_show(struct device *dev, struct device_attribute *attr,
			 char *buf)
{
	return sysfs_emit(buf, "%s\n", dev->type == &i2c_client_type ?
			  to_i2c_client(dev)->name : to_i2c_adapter(dev)->name);
}
static DEVICE_ATTR_RO(name);

static ssize_t modalias_show(struct device *dev, struct device_attribute *attr,
			     char *buf)
{
	return sysfs_emit(buf, I2C_MODULE_PREFIX "%s\n",
			  to_i2c_client(dev)->name);
}
static DEVICE_ATTR_RO(modalias);

static struct attribute *i2c_dev_attrs[] = {
	&dev_attr_name.attr,
	&dev_attr_modalias.attr,
	NULL,
};
ATTRIBUTE_GROUPS(i2c_dev);

struct device_type i2c_client_type = {
	.name = "i2c_client",
	.groups = i2c_dev_groups,
	.release = i2c_client_dev_release,
};
EXPORT_SYMBOL_GPL(i2c_client_type);

/* i2c_check_addr_validity() */
static int check_addr_validity(unsigned int addr, unsigned short flags)
{
	if (flags & I2C_CLIENT_TEN) {
		if (addr > 0x3ff)
			return -EINVAL;
	} else if (addr == 0x00 || addr > 0x7f) {
		return -EINVAL;
	}
	return 0;
}

static unsigned short encode_flags_to_addr(const struct i2c_client *client)
{
	unsigned short addr = client->addr;

	/* For some client flags, add an arbitrary offset to avoid collisions */
	if (client->flags & I2C_CLIENT_TEN)
		addr |= 0xa000;	/* I2C_ADDR_OFFSET_TEN_BIT */
	if (client->flags & I2C_CLIENT_SLAVE)
		addr |= 0x1000;	/* I2C_ADDR_OFFSET_SLAVE */
	return addr;
}

static int check_addr_busy(struct i2c_adapter *adap, unsigned short addr)
{
	struct device_private *p;
	struct i2c_client *client;

	for_each_client(client, adap, p)
		if (encode_flags_to_addr(client) == addr)
			return -EBUSY;
	return 0;
}

static __printf(3, 4) int set_name_at(struct device *dev,
				      const struct kshim_site *site,
				      const char *fmt, ...)
{
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = kshim_dev_set_name_at(dev, site, fmt, ap);
	va_end(ap);
	return ret;
}

/*
 * A name for a test's device (an adapter, a client), made without a
 * fallible call: the device's own memory, never a leak.
 */
static __printf(2, 3) void harness_set_name(struct device *dev,
					    const char *fmt, ...)
{
	char name[16];
	va_list args;
	size_t len;

	va_start(args, fmt);
	len = vscnprintf(name, sizeof(name), fmt, args);
	va_end(args);
	dev->kobj.name = kshim_alloc_ex(len + 1, 0,
					(__force unsigned int)(GFP_KERNEL | __GFP_NOFAIL),
					dev, KSHIM_SITE, "kvasprintf");
	memcpy((char *)dev->kobj.name, name, len + 1);
}

/*
 * i2c_new_client_device(). A client is memory of its adapter's (freed with
 * it at the latest), so it is no leak while the adapter lives. @harness: a
 * test's, made without fallible calls.
 */
static struct i2c_client *new_client(struct i2c_adapter *adap,
				     struct i2c_board_info const *info,
				     bool harness,
				     const struct kshim_site *site)
{
	gfp_t gfp = GFP_KERNEL | __GFP_ZERO | (harness ? __GFP_NOFAIL : 0);
	struct i2c_client *client;
	int status;

	client = kshim_alloc_ex(sizeof(*client), 0, (__force unsigned int)gfp,
				&adap->dev, site, "kzalloc");
	if (!client)
		return ERR_PTR(-ENOMEM);
	client->adapter = adap;
	client->dev.platform_data = info->platform_data;
	client->flags = info->flags;
	client->addr = info->addr;
	client->init_irq = info->irq;
	INIT_LIST_HEAD(&client->detected);
	strscpy(client->name, info->type, sizeof(client->name));

	status = check_addr_validity(client->addr, client->flags);
	if (status) {
		dev_err(&adap->dev, "Invalid %d-bit I2C address 0x%02hx\n",
			client->flags & I2C_CLIENT_TEN ? 10 : 7, client->addr);
		goto out_err_silent;
	}
	status = check_addr_busy(adap, encode_flags_to_addr(client));
	if (status)
		goto out_err;

	client->dev.parent = &adap->dev;
	client->dev.bus = &i2c_bus_type;
	client->dev.type = &i2c_client_type;
	client->dev.of_node = info->of_node;
	client->dev.fwnode = info->fwnode;
	if (!client->dev.fwnode && info->of_node)
		client->dev.fwnode = &info->of_node->fwnode;
	if (!client->dev.of_node && is_of_node(info->fwnode))
		client->dev.of_node = to_of_node(info->fwnode);

	device_initialize(&client->dev);
	if (harness)
		harness_set_name(&client->dev, "%d-%04x", adap->nr,
				 encode_flags_to_addr(client));
	else
		/* i2c_dev_set_name(); a failure leaves no name: -EINVAL below */
		set_name_at(&client->dev, site, "%d-%04x", adap->nr,
			    encode_flags_to_addr(client));
	status = device_add(&client->dev);
	if (status) {
		dev_err(&adap->dev,
			"Failed to register i2c client %s at 0x%02x (%d)\n",
			client->name, client->addr, status);
		put_device(&client->dev);	/* frees it */
		return ERR_PTR(status);
	}
	dev_dbg(&adap->dev, "client [%s] registered with bus id %s\n",
		client->name, dev_name(&client->dev));
	return client;

out_err:
	dev_err(&adap->dev,
		"Failed to register i2c client %s at 0x%02x (%d)\n",
		client->name, client->addr, status);
out_err_silent:
	kshim_kfree(client);
	return ERR_PTR(status);
}

static struct i2c_client *new_client_at(struct i2c_adapter *adap,
					struct i2c_board_info const *info,
					const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	return new_client(adap, info, false, site);
}

struct i2c_client *i2c_new_client_device(struct i2c_adapter *adap,
					 struct i2c_board_info const *info)
{
	return new_client_at(adap, info, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(i2c_new_client_device);

static struct i2c_client *new_dummy_at(struct i2c_adapter *adapter,
				       u16 address,
				       const struct kshim_site *site)
{
	struct i2c_board_info info = {
		I2C_BOARD_INFO("dummy", address),
	};

	return new_client_at(adapter, &info, site);
}

struct i2c_client *i2c_new_dummy_device(struct i2c_adapter *adapter,
					u16 address)
{
	return new_dummy_at(adapter, address, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(i2c_new_dummy_device);

struct dummy_devres {
	struct i2c_client *client;
};

static void devm_i2c_release_dummy(struct device *dev, void *res)
{
	i2c_unregister_device(((struct dummy_devres *)res)->client);
}

struct i2c_client *devm_i2c_new_dummy_device(struct device *dev,
					     struct i2c_adapter *adap,
					     u16 address)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	KSHIM_CALLER(site);
	struct dummy_devres *dr;
	struct i2c_client *client;

	/* The old half's devm_add_action_or_reset(): the record after. */
	client = new_dummy_at(adap, address, site);
	if (IS_ERR(client))
		return client;
	dr = kshim_dr_alloc(devm_i2c_release_dummy, sizeof(*dr), GFP_KERNEL,
			    "devm_i2c_release_dummy", dev, site,
			    "devm_add_action_or_reset");
	if (!dr) {
		i2c_unregister_device(client);
		return ERR_PTR(-ENOMEM);
	}
	dr->client = client;
	devres_add(dev, dr);
	return client;
}
EXPORT_SYMBOL_GPL(devm_i2c_new_dummy_device);

void i2c_unregister_device(struct i2c_client *client)
{
	if (IS_ERR_OR_NULL(client))
		return;
	list_del_init(&client->detected);
	device_unregister(&client->dev);
}
EXPORT_SYMBOL_GPL(i2c_unregister_device);

/* ---- Matching, probe, remove ---- */

const struct i2c_device_id *i2c_match_id(const struct i2c_device_id *id,
					 const struct i2c_client *client)
{
	if (!(id && client))
		return NULL;
	while (id->name[0]) {
		if (strcmp(client->name, id->name) == 0)
			return id;
		id++;
	}
	return NULL;
}
EXPORT_SYMBOL_GPL(i2c_match_id);

/*
 * i2c_of_match_device(): the node's compatible, else (a client made from
 * user space or board info) the client's name against a compatible, whole
 * or after its vendor prefix.
 */
const struct of_device_id *i2c_of_match_device(const struct of_device_id *matches,
					       struct i2c_client *client)
{
	const struct of_device_id *match;
	const char *name;

	if (!(client && matches))
		return NULL;
	match = of_match_device(matches, &client->dev);
	if (match)
		return match;
	for (; matches->compatible[0]; matches++) {
		if (sysfs_streq(client->name, matches->compatible))
			return matches;
		name = strchr(matches->compatible, ',');
		name = name ? name + 1 : matches->compatible;
		if (sysfs_streq(client->name, name))
			return matches;
	}
	return NULL;
}
EXPORT_SYMBOL_GPL(i2c_of_match_device);

const struct i2c_device_id *i2c_client_get_device_id(const struct i2c_client *client)
{
	const struct i2c_driver *drv = to_i2c_driver(client->dev.driver);

	return i2c_match_id(drv->id_table, client);
}
EXPORT_SYMBOL_GPL(i2c_client_get_device_id);

const void *i2c_get_match_data(const struct i2c_client *client)
{
	struct i2c_driver *driver = to_i2c_driver(client->dev.driver);
	const struct i2c_device_id *match;
	const void *data;

	data = device_get_match_data(&client->dev);
	if (!data) {
		match = i2c_match_id(driver->id_table, client);
		if (!match)
			return NULL;
		data = (const void *)match->driver_data;
	}
	return data;
}
EXPORT_SYMBOL(i2c_get_match_data);

static int i2c_device_match(struct device *dev, struct device_driver *drv)
{
	struct i2c_client *client = i2c_verify_client(dev);

	if (!client)
		return 0;
	if (i2c_of_match_device(drv->of_match_table, client))
		return 1;
	/* ACPI: kshim has none. */
	return i2c_match_id(to_i2c_driver(drv)->id_table, client) != NULL;
}

static int i2c_device_probe(struct device *dev)
{
	struct i2c_client *client = i2c_verify_client(dev);
	struct i2c_driver *driver;

	if (!client)
		return 0;
	client->irq = client->init_irq;
	driver = to_i2c_driver(dev->driver);
	/* An id table is optional only with a matching OF table. */
	if (!driver->id_table &&
	    !i2c_of_match_device(dev->driver->of_match_table, client))
		return -ENODEV;
	dev_dbg(dev, "probe\n");
	if (driver->probe_new)
		return driver->probe_new(client);
	if (driver->probe)
		return driver->probe(client,
				     i2c_match_id(driver->id_table, client));
	return -EINVAL;
}

static void i2c_device_remove(struct device *dev)
{
	struct i2c_client *client = to_i2c_client(dev);
	struct i2c_driver *driver = to_i2c_driver(dev->driver);

	if (driver->remove) {
		dev_dbg(dev, "remove\n");
		driver->remove(client);
	}
	client->irq = 0;
}

static void i2c_device_shutdown(struct device *dev)
{
	struct i2c_client *client = i2c_verify_client(dev);

	if (!client || !dev->driver)
		return;
	if (to_i2c_driver(dev->driver)->shutdown)
		to_i2c_driver(dev->driver)->shutdown(client);
}

struct bus_type i2c_bus_type = {
	.name		= "i2c",
	.match		= i2c_device_match,
	.probe		= i2c_device_probe,
	.remove		= i2c_device_remove,
	.shutdown	= i2c_device_shutdown,
};
EXPORT_SYMBOL_GPL(i2c_bus_type);

/* ---- Detection (i2c_detect()) ---- */

/* i2c_default_probe(): is anything there? A quick write, or a byte read. */
static int default_probe(struct i2c_adapter *adap, unsigned short addr)
{
	union i2c_smbus_data dummy;
	u32 func = i2c_get_functionality(adap);
	int err;

	if ((addr & ~0x0f) == 0x50 || (addr & ~0x07) == 0x30 ||
	    !(func & I2C_FUNC_SMBUS_QUICK)) {
		if (!(func & I2C_FUNC_SMBUS_READ_BYTE)) {
			dev_warn(&adap->dev, "No suitable probing method supported for address 0x%02X\n",
				 addr);
			return 0;
		}
		err = kshim_i2c_smbus_do_xfer(adap, addr, 0, I2C_SMBUS_READ, 0,
					      I2C_SMBUS_BYTE, &dummy);
	} else {
		err = kshim_i2c_smbus_do_xfer(adap, addr, 0, I2C_SMBUS_WRITE,
					      0, I2C_SMBUS_QUICK, NULL);
	}
	return err >= 0;
}

static int detect_address(struct i2c_client *temp_client,
			  struct i2c_driver *driver)
{
	struct i2c_adapter *adapter = temp_client->adapter;
	int addr = temp_client->addr;
	struct i2c_board_info info;
	struct i2c_client *client;
	int err;

	/* i2c_check_7bit_addr_validity_strict() */
	if (addr < 0x08 || addr > 0x77) {
		dev_warn(&adapter->dev, "Invalid probe address 0x%02x\n", addr);
		return -EINVAL;
	}
	if (check_addr_busy(adapter, addr) || !default_probe(adapter, addr))
		return 0;
	memset(&info, 0, sizeof(info));
	info.addr = addr;
	err = driver->detect(temp_client, &info);
	if (err)
		return err == -ENODEV ? 0 : err;	/* -ENODEV: not ours */
	if (info.type[0] == '\0') {
		dev_err(&adapter->dev,
			"%s detection function provided no name for 0x%x\n",
			driver->driver.name, addr);
		return 0;
	}
	dev_dbg(&adapter->dev, "Creating %s at 0x%02x\n", info.type, info.addr);
	client = new_client(adapter, &info, false, KSHIM_SITE);
	if (!IS_ERR(client))
		list_add_tail(&client->detected, &driver->clients);
	else
		dev_err(&adapter->dev, "Failed creating %s at 0x%02x\n",
			info.type, info.addr);
	return 0;
}

static int i2c_detect(struct i2c_adapter *adapter, struct i2c_driver *driver)
{
	const unsigned short *address_list = driver->address_list;
	struct i2c_client *temp_client;
	int i, err = 0;

	if (!driver->detect || !address_list)
		return 0;
	if (adapter->class == I2C_CLASS_DEPRECATED) {
		dev_dbg(&adapter->dev,
			"This adapter dropped support for I2C classes and won't auto-detect %s devices anymore. If you need it, check 'Documentation/i2c/instantiating-devices.rst' for alternatives.\n",
			driver->driver.name);
		return 0;
	}
	if (!(adapter->class & driver->class))
		return 0;
	temp_client = kshim_alloc_ex(sizeof(*temp_client), 0,
				     (__force unsigned int)(GFP_KERNEL | __GFP_ZERO),
				     NULL, KSHIM_SITE, "kzalloc");
	if (!temp_client)
		return -ENOMEM;
	temp_client->adapter = adapter;
	for (i = 0; address_list[i] != I2C_CLIENT_END; i += 1) {
		dev_dbg(&adapter->dev,
			"found normal entry for adapter %d, addr 0x%02x\n",
			i2c_adapter_id(adapter), address_list[i]);
		temp_client->addr = address_list[i];
		err = detect_address(temp_client, driver);
		if (unlikely(err))
			break;
	}
	kshim_kfree(temp_client);
	return err;
}

/* i2c_do_del_adapter(): the clients @driver detected on @adap go. */
static void i2c_forget_detected(struct i2c_adapter *adap,
				struct i2c_driver *driver)
{
	struct i2c_client *client, *n;

	list_for_each_entry_safe(client, n, &driver->clients, detected) {
		if (client->adapter != adap)
			continue;
		dev_dbg(&adap->dev, "Removing %s at 0x%x\n",
			client->name, client->addr);
		list_del_init(&client->detected);
		i2c_unregister_device(client);
	}
}

/* ---- Drivers ---- */

static int register_driver_at(struct module *owner, struct i2c_driver *driver,
			      const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	struct device_private *p;
	struct i2c_adapter *adap;
	int res;

	driver->driver.owner = owner;
	driver->driver.bus = &i2c_bus_type;
	INIT_LIST_HEAD(&driver->clients);
	res = kshim_driver_register(&driver->driver, site);
	if (res)
		return res;
	pr_debug("driver [%s] registered\n", driver->driver.name);
	/* Walk the adapters that are already present */
	for_each_adapter(adap, p)
		i2c_detect(adap, driver);
	return 0;
}

int i2c_register_driver(struct module *owner, struct i2c_driver *driver)
{
	return register_driver_at(owner, driver, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(i2c_register_driver);

void i2c_del_driver(struct i2c_driver *driver)
{
	struct device_private *p;
	struct i2c_adapter *adap;

	for_each_adapter(adap, p)
		i2c_forget_detected(adap, driver);
	driver_unregister(&driver->driver);
	pr_debug("driver [%s] unregistered\n", driver->driver.name);
}
EXPORT_SYMBOL(i2c_del_driver);

/* ---- Transfers ---- */

/* @site NULL: the core's own transfer, neither fallible nor checked. */
int kshim_i2c_do_transfer(struct i2c_adapter *adap, struct i2c_msg *msgs,
			  int num, const struct kshim_site *site,
			  const char *what)
{
	unsigned long orig_jiffies;
	int ret, try;

	if (WARN_ON(!msgs || num < 1))
		return -EINVAL;
	/* The bus lock is a mutex: no transfer from atomic context. */
	if (site)
		kshim_might_sleep(site->file, site->line);
	if (site && kshim_fault(site, what))
		return I2C_FAULT_ERR;
	/* Retry automatically on arbitration loss */
	orig_jiffies = jiffies;
	for (ret = 0, try = 0; try <= adap->retries; try++) {
		ret = adap->algo->master_xfer(adap, msgs, num);
		if (ret != -EAGAIN)
			break;
		if (time_after(jiffies, orig_jiffies + adap->timeout))
			break;
	}
	return ret;
}

static u32 harness_func(struct i2c_adapter *adap);

bool kshim_i2c_level_supported(struct i2c_adapter *adap)
{
	if (!adap->algo->master_xfer)
		return false;
	return adap->algo->functionality != harness_func ||
	       (harness_func(adap) & I2C_FUNC_I2C);
}

int kshim_i2c_transfer_at(struct i2c_adapter *adap, struct i2c_msg *msgs,
			  int num, const struct kshim_site *site,
			  const char *what)
{
	if (!kshim_i2c_level_supported(adap)) {
		dev_dbg(&adap->dev, "I2C level transfers not supported\n");
		return -EOPNOTSUPP;
	}
	return kshim_i2c_do_transfer(adap, msgs, num, site, what);
}

int i2c_transfer(struct i2c_adapter *adap, struct i2c_msg *msgs, int num)
{
	return kshim_i2c_transfer_at(adap, msgs, num, KSHIM_CALLER_SITE,
				     "i2c_transfer");
}
EXPORT_SYMBOL(i2c_transfer);

int __i2c_transfer(struct i2c_adapter *adap, struct i2c_msg *msgs, int num)
{
	return kshim_i2c_transfer_at(adap, msgs, num, KSHIM_CALLER_SITE,
				     "__i2c_transfer");
}
EXPORT_SYMBOL(__i2c_transfer);

int kshim_i2c_transfer_buffer_flags_at(const struct i2c_client *client,
				       char *buf, int count, u16 flags,
				       const struct kshim_site *site,
				       const char *what)
{
	struct i2c_msg msg = {
		.addr = client->addr,
		.flags = flags | (client->flags & I2C_M_TEN),
		.len = count,
		.buf = buf,
	};
	int ret = kshim_i2c_transfer_at(client->adapter, &msg, 1, site, what);

	/* The bytes transferred when the message went, else the error. */
	return (ret == 1) ? count : ret;
}

/* i2c_master_send() and i2c_master_recv() are inline over this one. */
int i2c_transfer_buffer_flags(const struct i2c_client *client, char *buf,
			      int count, u16 flags)
{
	return kshim_i2c_transfer_buffer_flags_at(client, buf, count, flags,
						  KSHIM_CALLER_SITE,
						  flags & I2C_M_RD ?
						  "i2c_master_recv" :
						  "i2c_master_send");
}
EXPORT_SYMBOL(i2c_transfer_buffer_flags);

/* ---- A test's adapters: simulated controllers ---- */

/* The default: plain I2C, 10-bit addresses, SMBus emulated (no PEC). */
#define HARNESS_FUNC	(I2C_FUNC_I2C | I2C_FUNC_10BIT_ADDR |		\
			 (I2C_FUNC_SMBUS_EMUL & ~I2C_FUNC_SMBUS_PEC) |	\
			 I2C_FUNC_SMBUS_READ_BLOCK_DATA)

struct harness_adapter {
	struct i2c_adapter adap;
	u32 func;
	struct list_head node;		/* host memory, freed at the reset */
};

static LIST_HEAD(harness_adapters);

#define to_harness(a)	container_of(a, struct harness_adapter, adap)

static int harness_xfer(struct i2c_adapter *adap, struct i2c_msg *msgs, int num)
{
	struct kshim_i2c_msg kmsgs[HARNESS_MAX_MSGS];
	u32 func = to_harness(adap)->func;
	int i, ret;

	if (num > HARNESS_MAX_MSGS)
		return -EOPNOTSUPP;
	for (i = 0; i < num; i++) {
		if ((msgs[i].flags & I2C_M_TEN) && !(func & I2C_FUNC_10BIT_ADDR))
			return -EOPNOTSUPP;
		if ((msgs[i].flags & I2C_M_RECV_LEN) &&
		    !(func & I2C_FUNC_SMBUS_READ_BLOCK_DATA))
			return -EOPNOTSUPP;
		kmsgs[i].addr = msgs[i].addr;
		kmsgs[i].flags = msgs[i].flags;
		kmsgs[i].len = msgs[i].len;
		kmsgs[i].buf = msgs[i].buf;
	}
	ret = kshim_i2c_chips_xfer(adap->nr, kmsgs, num);
	if (ret < 0)
		return ret;
	for (i = 0; i < num; i++)
		msgs[i].len = kmsgs[i].len;	/* RECV_LEN reads grew */
	return num;
}

static u32 harness_func(struct i2c_adapter *adap)
{
	return to_harness(adap)->func;
}

static const struct i2c_algorithm harness_algo = {
	.master_xfer = harness_xfer,
	.functionality = harness_func,
};

static struct harness_adapter *harness_by_nr(int nr)
{
	struct i2c_adapter *adap = kshim_i2c_adapter_by_nr(nr);

	return adap && adap->algo == &harness_algo ? to_harness(adap) : NULL;
}

static void harness_adapter_release(struct device *dev)
{
	struct harness_adapter *h = to_harness(to_i2c_adapter(dev));

	list_del(&h->node);
	kshim_host_free(h);
}

int __kshim_i2c_adapter_add(int nr)
{
	struct harness_adapter *h;

	if (nr < 0)
		return -EINVAL;
	if (kshim_i2c_adapter_by_nr(nr))
		return -EBUSY;
	h = kshim_host_zalloc(sizeof(*h));
	list_add_tail(&h->node, &harness_adapters);
	h->func = HARNESS_FUNC;
	h->adap.nr = nr;
	h->adap.algo = &harness_algo;
	scnprintf(h->adap.name, sizeof(h->adap.name), "kshim I2C adapter %d",
		  nr);
	h->adap.dev.release = harness_adapter_release;
	harness_set_name(&h->adap.dev, "i2c-%d", nr);
	return i2c_register_adapter(&h->adap);
}

int __kshim_i2c_adapter_remove(int nr)
{
	struct harness_adapter *h = harness_by_nr(nr);

	if (!h)
		return -ENODEV;
	i2c_del_adapter(&h->adap);
	return 0;
}

int __kshim_i2c_adapter_config(int nr, int what, unsigned int val)
{
	struct harness_adapter *h = harness_by_nr(nr);

	if (!h)
		return -ENODEV;
	if (what)
		h->adap.class = val;
	else
		h->func = val;
	return 0;
}

const char *__kshim_i2c_device_add(int nr, const char *type,
				   unsigned short addr,
				   struct kshim_dt_node *np, int irq)
{
	struct i2c_adapter *adap = kshim_i2c_adapter_by_nr(nr);
	struct i2c_board_info info = {
		.addr = addr,
		.of_node = (struct device_node *)np,
		.irq = irq,
	};
	struct i2c_client *client;

	if (!adap || !type)
		return NULL;
	strscpy(info.type, type, sizeof(info.type));
	client = new_client(adap, &info, true, KSHIM_SITE);
	return IS_ERR(client) ? NULL : dev_name(&client->dev);
}

int __kshim_i2c_device_remove(const char *name)
{
	struct device *dev = kshim_find_device(name);
	struct i2c_client *client = dev ? i2c_verify_client(dev) : NULL;

	if (!client)
		return -ENODEV;
	i2c_unregister_device(client);
	return 0;
}

const char *__kshim_i2c_module(const char *name)
{
	struct device *dev = kshim_find_device(name);

	if (!dev || !dev->driver || !dev->driver->owner)
		return NULL;
	return dev->driver->owner->name;
}

static bool owned_by(struct module *owner, const char *module)
{
	return owner && !strcmp(owner->name, module);
}

const char *__kshim_i2c_leftover(const char *module, int adapter, int n)
{
	struct driver_private *dp;
	struct device_private *p;
	struct i2c_driver *driver;
	struct i2c_adapter *adap;

	if (!adapter) {
		for_each_driver(driver, dp)
			if (owned_by(driver->driver.owner, module) && n-- == 0)
				return driver->driver.name;
		return NULL;
	}
	for_each_adapter(adap, p)
		if (owned_by(adap->owner, module) && n-- == 0)
			return dev_name(&adap->dev);
	return NULL;
}

/* The module's memory goes next: nothing may point into it any more. */
int __kshim_i2c_forget(const char *module)
{
	struct driver_private *dp;
	struct device_private *p;
	struct i2c_driver *driver;
	struct i2c_adapter *adap;

	for (dp = NULL; (driver = next_driver(&dp));) {
		if (owned_by(driver->driver.owner, module)) {
			i2c_del_driver(driver);
			dp = NULL;	/* its node is gone: from the start */
		}
	}
	for_each_adapter(adap, p) {
		if (owned_by(adap->owner, module)) {
			p = list_prev_entry(p, node);
			i2c_del_adapter(adap);
		}
	}
	return 0;
}

/* After the device core forgot every device: free a test's adapters. */
void __kshim_i2c_reset(void)
{
	struct harness_adapter *h, *n;

	list_for_each_entry_safe(h, n, &harness_adapters, node)
		kshim_host_free(h);
	INIT_LIST_HEAD(&harness_adapters);
	__kshim_hwmon_reset();
}
