/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _LINUX_LINKAGE_H
#define _LINUX_LINKAGE_H

#include <linux/compiler_types.h>
#include <linux/stringify.h>
#include <linux/export.h>

#ifndef asmlinkage
#define asmlinkage
#endif
#define __page_aligned_data	__aligned(4096)
#define __page_aligned_bss	__aligned(4096)

#endif
