/* SPDX-License-Identifier: GPL-2.0-only */
/* kshim declares drivers and buses in <linux/device.h>. */
#include <linux/device.h>
