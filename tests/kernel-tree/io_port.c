// SPDX-License-Identifier: GPL-2.0-only
/*
 * Port I/O with no device there, as a Super I/O driver probes for its chip
 * at 0x2e: writes go nowhere, reads give all ones, no defect.
 */
#include <linux/io.h>
#include <linux/module.h>
#include <linux/printk.h>

static int __init io_port_init(void)
{
	outb(0x87, 0x2e);
	outb(0x20, 0x2e);
	pr_info("io_port: chip id %02x, word %04x, long %08x\n", inb(0x2f),
		inw(0x2f), inl(0x2f));
	return -ENODEV;
}

module_init(io_port_init);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Probes port space where no chip answers");
