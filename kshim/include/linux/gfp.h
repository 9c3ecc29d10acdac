/* SPDX-License-Identifier: GPL-2.0-only */
/* PLACEHOLDER: to be completed. */
#ifndef __LINUX_GFP_H
#define __LINUX_GFP_H
#include <linux/types.h>
#define ___GFP_ZERO		0x100u
#define ___GFP_NOWARN		0x2000u
#define __GFP_ZERO	((__force gfp_t)___GFP_ZERO)
#define __GFP_NOWARN	((__force gfp_t)___GFP_NOWARN)
#define GFP_KERNEL	((__force gfp_t)0xcc0u)
#define GFP_ATOMIC	((__force gfp_t)0xa20u)
#endif
