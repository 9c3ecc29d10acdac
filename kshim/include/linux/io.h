/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * MMIO: ioremap() and the accessors, from the architecture's <asm/io.h>
 * (simulated register blocks, see kshim/host/io.c and docs/kernel-api/io.md).
 */
#ifndef _LINUX_IO_H
#define _LINUX_IO_H

#include <linux/types.h>
#include <linux/init.h>
#include <linux/bug.h>
#include <linux/err.h>
#include <asm/io.h>

#define IOMEM_ERR_PTR(err) (__force void __iomem *)ERR_PTR(err)

/* Managed mappings, undone when the driver unbinds (kernel/devres.c). */
struct device;
void __iomem *kshim_devm_ioremap(struct device *dev, resource_size_t offset,
				 resource_size_t size,
				 const struct kshim_site *site);
void devm_iounmap(struct device *dev, void __iomem *addr);
#define devm_ioremap(dev, offset, size)					\
	kshim_devm_ioremap((dev), (offset), (size), KSHIM_SITE)
#define devm_ioremap_uc(dev, offset, size)	devm_ioremap(dev, offset, size)
#define devm_ioremap_wc(dev, offset, size)	devm_ioremap(dev, offset, size)
#define devm_ioremap_np(dev, offset, size)	devm_ioremap(dev, offset, size)

#endif /* _LINUX_IO_H */
