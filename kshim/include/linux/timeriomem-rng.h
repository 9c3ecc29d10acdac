/* SPDX-License-Identifier: GPL-2.0-only */
/* Platform data of timeriomem-rng: a 32-bit register that changes each period. */
#ifndef _LINUX_TIMERIOMEM_RNG_H
#define _LINUX_TIMERIOMEM_RNG_H

#include <linux/compiler.h>

struct timeriomem_rng_data {
	void __iomem		*address;

	/* measures in usecs */
	unsigned int		period;

	/* bits of entropy per 1024 bits read */
	unsigned int		quality;
};

#endif /* _LINUX_TIMERIOMEM_RNG_H */
