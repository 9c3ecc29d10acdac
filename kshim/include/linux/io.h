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

#endif /* _LINUX_IO_H */
