/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * GFP flags and the few helpers drivers use on them. kshim has no page
 * allocator: alloc_pages() and friends are not provided.
 */
#ifndef __LINUX_GFP_H
#define __LINUX_GFP_H

#include <linux/gfp_types.h>
#include <linux/types.h>

/* May this allocation sleep (direct reclaim)? */
static inline bool gfpflags_allow_blocking(const gfp_t gfp_flags)
{
	return !!(gfp_flags & __GFP_DIRECT_RECLAIM);
}

#endif /* __LINUX_GFP_H */
