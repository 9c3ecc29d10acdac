// SPDX-License-Identifier: GPL-2.0-only
/* (to be written) */
#include <linux/kernel.h>
