// SPDX-License-Identifier: GPL-2.0-only
/*
 * __might_fault() (mm/memory.c): a user access may fault and sleep. With
 * PROVE_LOCKING a module's might_fault() is this call, at the driver's
 * (or its header's) line; host/lockdep.c reports it where sleeping is not
 * allowed, and page faults turned off (pagefault_disable()) quiet it.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <kshim/kapi.h>
#include <kshim/lockdep.h>

void __might_fault(const char *file, int line)
{
	kshim_might_fault(file, line, NULL);
}
EXPORT_SYMBOL(__might_fault);
