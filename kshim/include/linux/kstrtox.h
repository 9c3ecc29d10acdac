/* SPDX-License-Identifier: GPL-2.0-only */
/* PLACEHOLDER: to be completed. */
#ifndef _LINUX_KSTRTOX_H
#define _LINUX_KSTRTOX_H
#include <linux/compiler.h>
#include <linux/types.h>
#endif
