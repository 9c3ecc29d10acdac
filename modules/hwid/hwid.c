// SPDX-License-Identifier: GPL-2.0
/*
 * hwid: a driver for a device that identifies itself by an ID register.
 *
 * The device is a register window at a physical address (the "base"
 * parameter). Its first 32-bit register holds the vendor ID in its top 16
 * bits. Init maps the window and reads the ID: when the vendor is not the
 * expected one, no device is there and init returns -ENODEV. That is what a
 * missing device looks like: the bus answers all ones on most machines,
 * zero on QEMU's PC.
 *
 * The defaults match QEMU's PC: its HPET sits at 0xfed00000 and its first
 * register reads 0x8086a201, Intel's vendor ID in the top half.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/io.h>
#include <linux/module.h>
#include <linux/slab.h>

#define HWID_WINDOW_SIZE	0x400
#define HWID_REG_ID		0x00
#define HWID_VENDOR(id)		((id) >> 16)
#define HWID_REVISION(id)	((id) & 0xff)

static unsigned long base = 0xfed00000;
module_param(base, ulong, 0444);
MODULE_PARM_DESC(base, "Physical address of the register window (default 0xfed00000)");

static ushort vendor = 0x8086;
module_param(vendor, ushort, 0444);
MODULE_PARM_DESC(vendor, "Vendor ID the device must report (default 0x8086)");

struct hwid_dev {
	void __iomem *regs;
	u32 id;
	char *name;
};

/* The one device; set only once init has succeeded. */
static struct hwid_dev *hwid;

static int __init hwid_init(void)
{
	struct hwid_dev *dev;
	int ret;

	dev = kzalloc(sizeof(*dev), GFP_KERNEL);
	if (!dev)
		return -ENOMEM;

	dev->regs = ioremap(base, HWID_WINDOW_SIZE);
	if (!dev->regs) {
		ret = -ENOMEM;
		goto err_free;
	}

	dev->id = readl(dev->regs + HWID_REG_ID);
	if (HWID_VENDOR(dev->id) != vendor) {
		pr_info("no device at %#lx (id %#010x)\n", base, dev->id);
		ret = -ENODEV;
		goto err_unmap;
	}

	dev->name = kasprintf(GFP_KERNEL, "hwid-%04x-rev%u", HWID_VENDOR(dev->id),
			      HWID_REVISION(dev->id));
	if (!dev->name) {
		ret = -ENOMEM;
		goto err_unmap;
	}

	hwid = dev;
	pr_info("%s at %#lx\n", dev->name, base);
	return 0;

err_unmap:
	iounmap(dev->regs);
err_free:
	kfree(dev);
	return ret;
}

static void __exit hwid_exit(void)
{
	pr_info("%s removed\n", hwid->name);
	kfree(hwid->name);
	iounmap(hwid->regs);
	kfree(hwid);
}

module_init(hwid_init);
module_exit(hwid_exit);

MODULE_LICENSE("GPL");
MODULE_AUTHOR("The kshim developers");
MODULE_DESCRIPTION("Finds a device by its ID register, or returns -ENODEV");
