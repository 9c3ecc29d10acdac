// SPDX-License-Identifier: GPL-2.0-only
/*
 * oops_in_progress (lib/bust_spinlocks.c), which lockdep's inline checks
 * read (DEBUG_LOCKS_WARN_ON() in local_lock(), idr_preload_end()): kshim
 * reports a crash without oopsing, so it is never set.
 */
#include <linux/printk.h>
#include <linux/export.h>

int oops_in_progress;
EXPORT_SYMBOL(oops_in_progress);
