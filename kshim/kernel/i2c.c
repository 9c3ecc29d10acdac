// SPDX-License-Identifier: GPL-2.0-only
/*
 * The I2C core, after 6.1's drivers/i2c/i2c-core-base.c and
 * i2c-core-smbus.c: adapters and their numbers, clients, the bus (OF
 * match, then the id table), probe and remove, detection, transfers and
 * SMBus emulated with I2C messages. A test's adapters are simulated
 * controllers whose transfers reach the chips of host/i2c.c.
 *
 * One thread, no locks: the bus lock of the kernel has nothing to guard.
 */
#include <linux/i2c.h>
#include <linux/of_device.h>
#include <linux/property.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/bug.h>
#include <linux/jiffies.h>
#include <kshim/kshim.h>
#include <kshim/devapi.h>

static LIST_HEAD(adapters);		/* registered, by nr order of adding */
static LIST_HEAD(drivers);		/* registered i2c drivers */

/* What a flaky bus gives when fault injection fails a transfer. */
#define I2C_FAULT_ERR	(-EIO)
#define HARNESS_MAX_MSGS 16

static s32 smbus_xfer(struct i2c_adapter *adap, u16 addr, unsigned short flags,
		      char read_write, u8 command, int protocol,
		      union i2c_smbus_data *data, const struct kshim_site *site);

/* ---- Adapters ---- */

static struct i2c_adapter *adapter_by_nr(int nr)
{
	struct i2c_adapter *adap;

	list_for_each_entry(adap, &adapters, kshim_node)
		if (adap->nr == nr)
			return adap;
	return NULL;
}

struct i2c_adapter *i2c_verify_adapter(struct device *dev)
{
	return dev->type == &i2c_adapter_type ? to_i2c_adapter(dev) : NULL;
}

struct i2c_adapter *i2c_get_adapter(int nr)
{
	struct i2c_adapter *adap = adapter_by_nr(nr);

	if (adap)
		get_device(&adap->dev);
	return adap;
}

void i2c_put_adapter(struct i2c_adapter *adap)
{
	if (adap)
		put_device(&adap->dev);
}

unsigned int i2c_adapter_depth(struct i2c_adapter *adapter)
{
	return 0;	/* no muxes: every adapter is a root */
}

int i2c_for_each_dev(void *data, int (*fn)(struct device *dev, void *data))
{
	return bus_for_each_dev(&i2c_bus_type, NULL, data, fn);
}

/* The adapter's memory is its driver's: nothing to free on release. */
static void i2c_adapter_dev_release(struct device *dev)
{
}

struct device_type i2c_adapter_type = {
	.name = "i2c_adapter",
	.release = i2c_adapter_dev_release,
};

static int i2c_detect(struct i2c_adapter *adapter, struct i2c_driver *driver);
static void i2c_forget_detected(struct i2c_adapter *adap,
				struct i2c_driver *driver);

/* i2c_register_adapter(): @adap->nr is allocated already. */
static int i2c_register_adapter(struct i2c_adapter *adap)
{
	struct i2c_driver *driver, *n;
	int res;

	if (WARN(!adap->name[0], "i2c adapter has no name"))
		return -EINVAL;
	if (!adap->algo) {
		pr_err("adapter '%s': no algo supplied!\n", adap->name);
		return -EINVAL;
	}
	adap->locked_flags = 0;
	if (adap->timeout == 0)
		adap->timeout = HZ;
	INIT_LIST_HEAD(&adap->kshim_clients);
	if (!adap->kshim_harness)
		dev_set_name(&adap->dev, "i2c-%d", adap->nr);
	adap->dev.bus = &i2c_bus_type;
	adap->dev.type = &i2c_adapter_type;
	list_add_tail(&adap->kshim_node, &adapters);
	res = device_register(&adap->dev);
	if (res) {
		pr_err("adapter '%s': can't register device (%d)\n",
		       adap->name, res);
		list_del(&adap->kshim_node);
		put_device(&adap->dev);
		return res;
	}
	dev_dbg(&adap->dev, "adapter [%s] registered\n", adap->name);
	/* Notify drivers: those with detect() scan the new bus. */
	list_for_each_entry_safe(driver, n, &drivers, kshim_node)
		i2c_detect(adap, driver);
	return 0;
}

int i2c_add_numbered_adapter(struct i2c_adapter *adap)
{
	if (adap->nr == -1)
		return i2c_add_adapter(adap);
	/* idr_alloc(nr, nr + 1) fails with -ENOSPC when nr is taken. */
	if (WARN(adap->nr < 0 || adapter_by_nr(adap->nr), "couldn't get idr"))
		return -EBUSY;
	return i2c_register_adapter(adap);
}

int i2c_add_adapter(struct i2c_adapter *adap)
{
	int nr = 0;

	/* The lowest free number: the idr's, from __i2c_first_dynamic_bus_num 0. */
	while (adapter_by_nr(nr))
		nr++;
	adap->nr = nr;
	return i2c_register_adapter(adap);
}

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

void i2c_del_adapter(struct i2c_adapter *adap)
{
	struct i2c_client *client, *n;
	struct i2c_driver *driver;

	if (adapter_by_nr(adap->nr) != adap) {
		pr_debug("attempting to delete unregistered adapter [%s]\n",
			 adap->name);
		return;
	}
	list_for_each_entry(driver, &drivers, kshim_node)
		i2c_forget_detected(adap, driver);
	/* Clients first; the dummies (others' helpers) last, as 6.1 does. */
	list_for_each_entry_safe(client, n, &adap->kshim_clients, kshim_node)
		if (strcmp(client->name, "dummy"))
			i2c_unregister_device(client);
	list_for_each_entry_safe(client, n, &adap->kshim_clients, kshim_node)
		i2c_unregister_device(client);
	dev_dbg(&adap->dev, "adapter [%s] unregistered\n", adap->name);
	list_del(&adap->kshim_node);
	if (adap->kshim_harness) {
		device_unregister(&adap->dev);	/* its release frees it */
		return;
	}
	device_unregister(&adap->dev);
	memset(&adap->dev, 0, sizeof(adap->dev));
}

/* ---- Clients ---- */

struct i2c_client *i2c_verify_client(struct device *dev)
{
	return dev->type == &i2c_client_type ? to_i2c_client(dev) : NULL;
}

static void i2c_client_dev_release(struct device *dev)
{
	kfree(to_i2c_client(dev));
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
	struct i2c_client *client;

	list_for_each_entry(client, &adap->kshim_clients, kshim_node)
		if (encode_flags_to_addr(client) == addr)
			return -EBUSY;
	return 0;
}

/*
 * A name for a test's device (an adapter, a client), made without a fallible
 * call: the device's own memory, never a leak.
 */
static __printf(3, 4) void harness_set_name(struct device *dev,
					    const struct kshim_site *site,
					    const char *fmt, ...)
{
	char name[16];
	va_list args;
	size_t len;

	va_start(args, fmt);
	len = vscnprintf(name, sizeof(name), fmt, args);
	va_end(args);
	dev->kobj.name = kshim_alloc_ex(len + 1, 0,
					__kshim_gfp(GFP_KERNEL | __GFP_NOFAIL),
					dev, site, "kvasprintf");
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

	client = kshim_alloc_ex(sizeof(*client), 0, __kshim_gfp(gfp), &adap->dev,
				site, "kzalloc");
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
	if (harness) {
		harness_set_name(&client->dev, KSHIM_SITE, "%d-%04x", adap->nr,
				 encode_flags_to_addr(client));
	} else {
		/* i2c_dev_set_name(); a failure leaves no name: -EINVAL below */
		dev_set_name(&client->dev, "%d-%04x", adap->nr,
			     encode_flags_to_addr(client));
	}
	/* On the adapter before the add: probe may look its neighbours up. */
	list_add_tail(&client->kshim_node, &adap->kshim_clients);
	status = device_add(&client->dev);
	if (status) {
		list_del(&client->kshim_node);
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
	kfree(client);
	return ERR_PTR(status);
}

struct i2c_client *kshim_i2c_new_client_device(struct i2c_adapter *adap,
					       struct i2c_board_info const *info,
					       const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	return new_client(adap, info, false, site);
}

struct i2c_client *kshim_i2c_new_dummy_device(struct i2c_adapter *adapter,
					      u16 address,
					      const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	struct i2c_board_info info = {
		I2C_BOARD_INFO("dummy", address),
	};

	return new_client(adapter, &info, false, site);
}

static void devm_i2c_release_dummy(void *client)
{
	i2c_unregister_device(client);
}

struct i2c_client *kshim_devm_i2c_new_dummy_device(struct device *dev,
						   struct i2c_adapter *adap,
						   u16 address,
						   const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	struct i2c_client *client;
	int ret;

	client = kshim_i2c_new_dummy_device(adap, address, site);
	if (IS_ERR(client))
		return client;
	ret = kshim_devm_add_action_or_reset(dev, devm_i2c_release_dummy,
					     client, "devm_i2c_release_dummy",
					     site);
	if (ret)
		return ERR_PTR(ret);
	return client;
}

void i2c_unregister_device(struct i2c_client *client)
{
	if (IS_ERR_OR_NULL(client))
		return;
	list_del_init(&client->detected);
	list_del(&client->kshim_node);
	device_unregister(&client->dev);
}

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

const struct i2c_device_id *i2c_client_get_device_id(const struct i2c_client *client)
{
	const struct i2c_driver *drv = to_i2c_driver(client->dev.driver);

	return i2c_match_id(drv->id_table, client);
}

const void *i2c_get_match_data(const struct i2c_client *client)
{
	struct i2c_driver *driver = to_i2c_driver(client->dev.driver);
	const struct i2c_device_id *match;
	const void *data;

	data = device_get_match_data((struct device *)&client->dev);
	if (!data) {
		match = i2c_match_id(driver->id_table, client);
		if (!match)
			return NULL;
		data = (const void *)match->driver_data;
	}
	return data;
}

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
		err = smbus_xfer(adap, addr, 0, I2C_SMBUS_READ, 0,
				 I2C_SMBUS_BYTE, &dummy, NULL);
	} else {
		err = smbus_xfer(adap, addr, 0, I2C_SMBUS_WRITE, 0,
				 I2C_SMBUS_QUICK, NULL, NULL);
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
	client = i2c_new_client_device(adapter, &info);
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
	temp_client = kzalloc(sizeof(*temp_client), GFP_KERNEL);
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
	kfree(temp_client);
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

int kshim_i2c_register_driver(struct module *owner, struct i2c_driver *driver,
			      const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	struct i2c_adapter *adap, *n;
	int res;

	driver->driver.owner = owner;
	driver->driver.bus = &i2c_bus_type;
	INIT_LIST_HEAD(&driver->clients);
	res = kshim_driver_register(&driver->driver, site);
	if (res)
		return res;
	list_add_tail(&driver->kshim_node, &drivers);
	pr_debug("driver [%s] registered\n", driver->driver.name);
	/* Walk the adapters that are already present */
	list_for_each_entry_safe(adap, n, &adapters, kshim_node)
		i2c_detect(adap, driver);
	return 0;
}

#undef i2c_register_driver
int i2c_register_driver(struct module *owner, struct i2c_driver *driver)
{
	return kshim_i2c_register_driver(owner, driver, KSHIM_SITE);
}

void i2c_del_driver(struct i2c_driver *driver)
{
	struct i2c_adapter *adap;

	list_for_each_entry(adap, &adapters, kshim_node)
		i2c_forget_detected(adap, driver);
	if (driver->driver.p)
		list_del(&driver->kshim_node);
	driver_unregister(&driver->driver);
	pr_debug("driver [%s] unregistered\n", driver->driver.name);
}

/* ---- Transfers ---- */

static int transfer(struct i2c_adapter *adap, struct i2c_msg *msgs, int num,
		    const struct kshim_site *site, const char *what)
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

static bool i2c_level_supported(struct i2c_adapter *adap)
{
	if (!adap->algo->master_xfer)
		return false;
	return !adap->kshim_harness || (adap->kshim_func & I2C_FUNC_I2C);
}

int kshim_i2c_transfer(struct i2c_adapter *adap, struct i2c_msg *msgs, int num,
		       const struct kshim_site *site, const char *what)
{
	if (!i2c_level_supported(adap)) {
		dev_dbg(&adap->dev, "I2C level transfers not supported\n");
		return -EOPNOTSUPP;
	}
	return transfer(adap, msgs, num, site, what);
}

int kshim_i2c_transfer_buffer_flags(const struct i2c_client *client,
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
	int ret = kshim_i2c_transfer(client->adapter, &msg, 1, site, what);

	/* The bytes transferred when the message went, else the error. */
	return (ret == 1) ? count : ret;
}

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

	status = transfer(adap, msg, nmsgs, NULL, NULL);
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
static s32 smbus_xfer(struct i2c_adapter *adap, u16 addr, unsigned short flags,
		      char read_write, u8 command, int protocol,
		      union i2c_smbus_data *data, const struct kshim_site *site)
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
	/* kshim computes no PEC: the flag is dropped. */
	return smbus_emulated(adap, addr, flags & I2C_M_TEN, read_write,
			      command, protocol, data);
}

s32 kshim_i2c_smbus_xfer(struct i2c_adapter *adapter, u16 addr,
			 unsigned short flags, char read_write, u8 command,
			 int protocol, union i2c_smbus_data *data,
			 const struct kshim_site *site, const char *what)
{
	kshim_might_sleep(site->file, site->line);
	if (kshim_fault(site, what))
		return I2C_FAULT_ERR;
	return smbus_xfer(adapter, addr, flags, read_write, command, protocol,
			  data, site);
}

s32 kshim_i2c_smbus_read(const struct i2c_client *client, u8 command,
			 int protocol, const struct kshim_site *site,
			 const char *what)
{
	union i2c_smbus_data data;
	s32 status;

	status = kshim_i2c_smbus_xfer(client->adapter, client->addr,
				      client->flags, I2C_SMBUS_READ, command,
				      protocol, &data, site, what);
	if (status < 0)
		return status;
	return protocol == I2C_SMBUS_WORD_DATA ? data.word : data.byte;
}

s32 kshim_i2c_smbus_write(const struct i2c_client *client, u8 command,
			  int protocol, u16 value,
			  const struct kshim_site *site, const char *what)
{
	union i2c_smbus_data data;

	if (protocol == I2C_SMBUS_WORD_DATA)
		data.word = value;
	else
		data.byte = value;
	return kshim_i2c_smbus_xfer(client->adapter, client->addr,
				    client->flags, I2C_SMBUS_WRITE, command,
				    protocol, &data, site, what);
}

s32 kshim_i2c_smbus_read_block(const struct i2c_client *client, u8 command,
			       int protocol, u8 length, u8 *values,
			       const struct kshim_site *site, const char *what)
{
	union i2c_smbus_data data;
	s32 status;

	/* An I2C block read asks for at most a block: the rest is cut. */
	if (length > I2C_SMBUS_BLOCK_MAX)
		length = I2C_SMBUS_BLOCK_MAX;
	data.block[0] = length;
	status = kshim_i2c_smbus_xfer(client->adapter, client->addr,
				      client->flags, I2C_SMBUS_READ, command,
				      protocol, &data, site, what);
	if (status < 0)
		return status;
	memcpy(values, &data.block[1], data.block[0]);
	return data.block[0];
}

s32 kshim_i2c_smbus_write_block(const struct i2c_client *client, u8 command,
				int protocol, u8 length, const u8 *values,
				const struct kshim_site *site, const char *what)
{
	union i2c_smbus_data data;

	if (length > I2C_SMBUS_BLOCK_MAX)
		length = I2C_SMBUS_BLOCK_MAX;
	data.block[0] = length;
	memcpy(&data.block[1], values, length);
	return kshim_i2c_smbus_xfer(client->adapter, client->addr,
				    client->flags, I2C_SMBUS_WRITE, command,
				    protocol, &data, site, what);
}

/*
 * The real functions, for a driver that takes an address: each name is in
 * parentheses, so that the macro of the same name is not expanded there but
 * is in the body, where it passes the function's own site.
 */
int (i2c_transfer)(struct i2c_adapter *adap, struct i2c_msg *msgs, int num)
{
	return i2c_transfer(adap, msgs, num);
}

int (__i2c_transfer)(struct i2c_adapter *adap, struct i2c_msg *msgs, int num)
{
	return __i2c_transfer(adap, msgs, num);
}

int (i2c_transfer_buffer_flags)(const struct i2c_client *client,
				char *buf, int count, u16 flags)
{
	return i2c_transfer_buffer_flags(client, buf, count, flags);
}

s32 (i2c_smbus_xfer)(struct i2c_adapter *adapter, u16 addr,
		     unsigned short flags, char read_write, u8 command,
		     int protocol, union i2c_smbus_data *data)
{
	return i2c_smbus_xfer(adapter, addr, flags, read_write, command,
			      protocol, data);
}

s32 (__i2c_smbus_xfer)(struct i2c_adapter *adapter, u16 addr,
		       unsigned short flags, char read_write, u8 command,
		       int protocol, union i2c_smbus_data *data)
{
	return __i2c_smbus_xfer(adapter, addr, flags, read_write, command,
				protocol, data);
}

s32 (i2c_smbus_read_byte)(const struct i2c_client *client)
{
	return i2c_smbus_read_byte(client);
}

s32 (i2c_smbus_write_byte)(const struct i2c_client *client, u8 value)
{
	return i2c_smbus_write_byte(client, value);
}

s32 (i2c_smbus_read_byte_data)(const struct i2c_client *client, u8 command)
{
	return i2c_smbus_read_byte_data(client, command);
}

s32 (i2c_smbus_write_byte_data)(const struct i2c_client *client, u8 command,
				u8 value)
{
	return i2c_smbus_write_byte_data(client, command, value);
}

s32 (i2c_smbus_read_word_data)(const struct i2c_client *client, u8 command)
{
	return i2c_smbus_read_word_data(client, command);
}

s32 (i2c_smbus_write_word_data)(const struct i2c_client *client, u8 command,
				u16 value)
{
	return i2c_smbus_write_word_data(client, command, value);
}

s32 (i2c_smbus_read_block_data)(const struct i2c_client *client, u8 command,
				u8 *values)
{
	return i2c_smbus_read_block_data(client, command, values);
}

s32 (i2c_smbus_write_block_data)(const struct i2c_client *client, u8 command,
				 u8 length, const u8 *values)
{
	return i2c_smbus_write_block_data(client, command, length, values);
}

s32 (i2c_smbus_read_i2c_block_data)(const struct i2c_client *client,
				    u8 command, u8 length, u8 *values)
{
	return i2c_smbus_read_i2c_block_data(client, command, length, values);
}

s32 (i2c_smbus_write_i2c_block_data)(const struct i2c_client *client,
				     u8 command, u8 length, const u8 *values)
{
	return i2c_smbus_write_i2c_block_data(client, command, length, values);
}

/* ---- A test's adapters: simulated controllers ---- */

/* The default: plain I2C, 10-bit addresses, SMBus emulated (no PEC). */
#define HARNESS_FUNC	(I2C_FUNC_I2C | I2C_FUNC_10BIT_ADDR |		\
			 (I2C_FUNC_SMBUS_EMUL & ~I2C_FUNC_SMBUS_PEC) |	\
			 I2C_FUNC_SMBUS_READ_BLOCK_DATA)

static int harness_xfer(struct i2c_adapter *adap, struct i2c_msg *msgs, int num)
{
	struct kshim_i2c_msg kmsgs[HARNESS_MAX_MSGS];
	int i, ret;

	if (num > HARNESS_MAX_MSGS)
		return -EOPNOTSUPP;
	for (i = 0; i < num; i++) {
		if ((msgs[i].flags & I2C_M_TEN) &&
		    !(adap->kshim_func & I2C_FUNC_10BIT_ADDR))
			return -EOPNOTSUPP;
		if ((msgs[i].flags & I2C_M_RECV_LEN) &&
		    !(adap->kshim_func & I2C_FUNC_SMBUS_READ_BLOCK_DATA))
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
	return adap->kshim_func;
}

static const struct i2c_algorithm harness_algo = {
	.master_xfer = harness_xfer,
	.functionality = harness_func,
};

static void harness_adapter_release(struct device *dev)
{
	kshim_host_free(to_i2c_adapter(dev));
}

int __kshim_i2c_adapter_add(int nr)
{
	struct i2c_adapter *adap;

	if (nr < 0)
		return -EINVAL;
	if (adapter_by_nr(nr))
		return -EBUSY;
	adap = kshim_host_zalloc(sizeof(*adap));
	adap->kshim_harness = true;
	adap->kshim_func = HARNESS_FUNC;
	adap->nr = nr;
	adap->algo = &harness_algo;
	scnprintf(adap->name, sizeof(adap->name), "kshim I2C adapter %d", nr);
	adap->dev.release = harness_adapter_release;
	harness_set_name(&adap->dev, KSHIM_SITE, "i2c-%d", nr);
	return i2c_register_adapter(adap);
}

int __kshim_i2c_adapter_remove(int nr)
{
	struct i2c_adapter *adap = adapter_by_nr(nr);

	if (!adap || !adap->kshim_harness)
		return -ENODEV;
	i2c_del_adapter(adap);
	return 0;
}

int __kshim_i2c_adapter_config(int nr, int what, unsigned int val)
{
	struct i2c_adapter *adap = adapter_by_nr(nr);

	if (!adap || !adap->kshim_harness)
		return -ENODEV;
	if (what)
		adap->class = val;
	else
		adap->kshim_func = val;
	return 0;
}

const char *__kshim_i2c_device_add(int nr, const char *type,
				   unsigned short addr,
				   struct kshim_dt_node *np, int irq)
{
	struct i2c_adapter *adap = adapter_by_nr(nr);
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
	struct i2c_driver *driver;
	struct i2c_adapter *adap;

	if (!adapter) {
		list_for_each_entry(driver, &drivers, kshim_node)
			if (owned_by(driver->driver.owner, module) && n-- == 0)
				return driver->driver.name;
		return NULL;
	}
	list_for_each_entry(adap, &adapters, kshim_node)
		if (owned_by(adap->owner, module) && n-- == 0)
			return dev_name(&adap->dev);
	return NULL;
}

/* The module's memory goes next: nothing may point into it any more. */
int __kshim_i2c_forget(const char *module)
{
	struct i2c_driver *driver, *dn;
	struct i2c_adapter *adap, *an;

	list_for_each_entry_safe(driver, dn, &drivers, kshim_node)
		if (owned_by(driver->driver.owner, module))
			i2c_del_driver(driver);
	list_for_each_entry_safe(adap, an, &adapters, kshim_node)
		if (owned_by(adap->owner, module))
			i2c_del_adapter(adap);
	return 0;
}

/* After the device core forgot every device: free a test's adapters. */
void __kshim_i2c_reset(void)
{
	struct i2c_adapter *adap, *n;

	list_for_each_entry_safe(adap, n, &adapters, kshim_node)
		if (adap->kshim_harness)
			kshim_host_free(adap);
	INIT_LIST_HEAD(&adapters);
	INIT_LIST_HEAD(&drivers);
	__kshim_hwmon_reset();
}
