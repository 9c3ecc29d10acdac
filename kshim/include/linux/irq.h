/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The interrupt descriptor layer, minimal: the trigger types (values of
 * include/linux/irq.h) and what a driver needs beside <linux/interrupt.h>.
 * irq_chip, irq_desc and irq domains are not simulated.
 */
#ifndef _LINUX_IRQ_H
#define _LINUX_IRQ_H

#include <linux/irqreturn.h>
#include <linux/interrupt.h>

enum {
	IRQ_TYPE_NONE		= 0x00000000,
	IRQ_TYPE_EDGE_RISING	= 0x00000001,
	IRQ_TYPE_EDGE_FALLING	= 0x00000002,
	IRQ_TYPE_EDGE_BOTH	= (IRQ_TYPE_EDGE_FALLING | IRQ_TYPE_EDGE_RISING),
	IRQ_TYPE_LEVEL_HIGH	= 0x00000004,
	IRQ_TYPE_LEVEL_LOW	= 0x00000008,
	IRQ_TYPE_LEVEL_MASK	= (IRQ_TYPE_LEVEL_LOW | IRQ_TYPE_LEVEL_HIGH),
	IRQ_TYPE_SENSE_MASK	= 0x0000000f,
	IRQ_TYPE_DEFAULT	= IRQ_TYPE_SENSE_MASK,
};

#endif /* _LINUX_IRQ_H */
