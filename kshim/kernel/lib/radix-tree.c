// SPDX-License-Identifier: GPL-2.0-only
/*
 * What the IDR's inline helpers reach of lib/radix-tree.c: the root's tags,
 * which idr_is_empty() asks for, and the preload section, whose per-CPU
 * lock idr_preload_end() releases inline. kshim's IDR (lib/idr.c) takes
 * its memory at idr_alloc(), so there is nothing to preload: the section
 * is the lock alone, as the kernel's is once its nodes are in hand.
 */
#include <linux/radix-tree.h>
#include <linux/idr.h>
#include <linux/export.h>
#include <linux/local_lock.h>
#include <linux/percpu.h>

DEFINE_PER_CPU(struct radix_tree_preload, radix_tree_preloads) = {
	.lock = INIT_LOCAL_LOCK(lock),
};
EXPORT_PER_CPU_SYMBOL_GPL(radix_tree_preloads);

int radix_tree_tagged(const struct radix_tree_root *root, unsigned int tag)
{
	return (__force int)root->xa_flags & (1 << (tag + ROOT_TAG_SHIFT));
}
EXPORT_SYMBOL(radix_tree_tagged);

void idr_preload(gfp_t gfp_mask)
{
	local_lock(&radix_tree_preloads.lock);
}
EXPORT_SYMBOL(idr_preload);
