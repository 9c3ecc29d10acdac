/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Firmware nodes: in kshim every fwnode is a device-tree node's (no ACPI,
 * no software nodes); see of.h.
 */
#ifndef _LINUX_FWNODE_H_
#define _LINUX_FWNODE_H_

#include <linux/types.h>

struct fwnode_operations;
struct device;

struct fwnode_handle {
	struct fwnode_handle *secondary;
	const struct fwnode_operations *ops;
	struct device *dev;
	u8 flags;
};

#endif /* _LINUX_FWNODE_H_ */
