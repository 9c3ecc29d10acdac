/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Hardware random number generators (drivers/char/hw_random/core.c). The
 * registered generators, the current one (the first registered, or one of
 * higher quality), and /dev/hwrng's reads, which a test makes with
 * kshim_hwrng_read() (<kshim/drivers.h>).
 */
#ifndef LINUX_HWRANDOM_H_
#define LINUX_HWRANDOM_H_

#include <linux/completion.h>
#include <linux/types.h>
#include <linux/list.h>
#include <kshim/kapi.h>

struct device;

/**
 * struct hwrng - Hardware Random Number Generator driver
 * @name:		Unique RNG name.
 * @init:		Initialization callback (can be NULL).
 * @cleanup:		Cleanup callback (can be NULL).
 * @data_present:	Callback to determine if data is available (obsolete).
 * @data_read:		Read data from the RNG device (obsolete).
 * @read:		New API: read up to @max bytes into @data; with @wait,
 *			may sleep. Returns the bytes read, or a negative errno.
 * @priv:		Private data, for use by the RNG driver.
 * @quality:		Estimation of true entropy in RNG's bitstream
 *			(in bits of entropy per 1024 bits of input).
 */
struct hwrng {
	const char *name;
	int (*init)(struct hwrng *rng);
	void (*cleanup)(struct hwrng *rng);
	int (*data_present)(struct hwrng *rng, int wait);
	int (*data_read)(struct hwrng *rng, u32 *data);
	int (*read)(struct hwrng *rng, void *data, size_t max, bool wait);
	unsigned long priv;
	unsigned short quality;

	/* internal (kshim's: the kernel has a kref and two completions) */
	struct list_head list;
	int kshim_initialized;		/* init() ran, cleanup() has not */
	const char *kshim_module;	/* the module that registered it */
};

int hwrng_register(struct hwrng *rng);
void hwrng_unregister(struct hwrng *rng);
int kshim_devm_hwrng_register(struct device *dev, struct hwrng *rng,
			      const struct kshim_site *site);
#define devm_hwrng_register(dev, rng)					\
	kshim_devm_hwrng_register((dev), (rng), KSHIM_SITE)
void devm_hwrng_unregister(struct device *dev, struct hwrng *rng);
long hwrng_msleep(struct hwrng *rng, unsigned int msecs);

#endif /* LINUX_HWRANDOM_H_ */
