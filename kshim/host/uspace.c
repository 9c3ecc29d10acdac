// SPDX-License-Identifier: GPL-2.0-only
/* User space: the open files of character devices and procfs, user memory. */
#include "internal.h"

void kshim_uspace_unload(const char *module, const char *when)
{
}

void kshim_uspace_reset(void)
{
}
