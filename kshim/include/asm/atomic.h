/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _ASM_X86_ATOMIC_H
#define _ASM_X86_ATOMIC_H

#include <linux/atomic.h>

#endif /* _ASM_X86_ATOMIC_H */
