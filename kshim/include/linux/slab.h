/* SPDX-License-Identifier: GPL-2.0-only */
/* PLACEHOLDER: to be completed. */
#ifndef _LINUX_SLAB_H
#define _LINUX_SLAB_H
#include <linux/gfp.h>
#include <linux/types.h>
#include <kshim/kapi.h>
#define ZERO_SIZE_PTR ((void *)16)
#define ZERO_OR_NULL_PTR(x) ((unsigned long)(x) <= (unsigned long)ZERO_SIZE_PTR)
#define kmalloc(size, flags)	kshim_alloc((size), (flags), KSHIM_SITE, "kmalloc")
#define kzalloc(size, flags)	kshim_alloc((size), (flags) | __GFP_ZERO, KSHIM_SITE, "kzalloc")
#define kfree(p)		kshim_free((p), KSHIM_SITE, "kfree")
#endif
