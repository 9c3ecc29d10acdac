// SPDX-License-Identifier: GPL-2.0-only
/*
 * lib/debug_locks.c's debug_locks_silent: tests of locking code set it to
 * keep lockdep quiet. kshim's reports are the host's (host/lockdep.c),
 * which do not read it; debug_locks itself is kernel/panic.c's.
 */
#include <linux/debug_locks.h>
#include <linux/export.h>

int debug_locks_silent;
EXPORT_SYMBOL_GPL(debug_locks_silent);
