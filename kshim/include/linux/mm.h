/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Memory management, as far as a driver sees it: pages and their size,
 * and the allocators (slab, vmalloc). kshim has no page allocator or
 * mappings of its own; this header gathers what drivers reach through it.
 */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/sysfs.h>	/* PAGE_SIZE: x86_64's 4 KiB pages */
#include <linux/align.h>

/* to align the pointer to the (next) page boundary */
#define PAGE_ALIGN(addr) ALIGN(addr, PAGE_SIZE)
/* test whether an address (unsigned long or pointer) is aligned to PAGE_SIZE */
#define PAGE_ALIGNED(addr)	IS_ALIGNED((unsigned long)(addr), PAGE_SIZE)

#define offset_in_page(p)	((unsigned long)(p) & ~PAGE_MASK)

#endif /* _LINUX_MM_H */
