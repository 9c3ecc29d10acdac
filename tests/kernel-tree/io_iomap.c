// SPDX-License-Identifier: GPL-2.0-only
/*
 * The iomap accessors on a register window: ioread32() and friends, their
 * big-endian forms and the _rep ones.
 */
#include <linux/io.h>
#include <linux/module.h>
#include <linux/printk.h>

static int __init io_iomap_init(void)
{
	void __iomem *base = ioremap(0xfed00000, 0x400);
	u8 bytes[4];

	if (!base)
		return -ENOMEM;
	pr_info("io_iomap: id %08x, as big-endian %08x, low half %04x\n",
		ioread32(base), ioread32be(base), ioread16(base));
	iowrite32(0x11223344, base + 0x10);
	iowrite16be(0xabcd, base + 0x14);
	ioread8_rep(base + 0x10, bytes, 4);
	pr_info("io_iomap: %08x %04x, bytes %*ph\n", ioread32(base + 0x10),
		ioread16(base + 0x14), 4, bytes);
	iounmap(base);
	return 0;
}

static void __exit io_iomap_exit(void)
{
}

module_init(io_iomap_init);
module_exit(io_iomap_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Reads and writes registers with the iomap accessors");
