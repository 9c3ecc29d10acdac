/* SPDX-License-Identifier: GPL-2.0-only */
/* PLACEHOLDER: to be completed. */
#ifndef _LINUX_LIST_H
#define _LINUX_LIST_H
#include <linux/types.h>
#include <linux/stddef.h>
#include <linux/container_of.h>
#endif
