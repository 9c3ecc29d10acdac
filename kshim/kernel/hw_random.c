// SPDX-License-Identifier: GPL-2.0-only
/*
 * Hardware random number generators, after 6.1's
 * drivers/char/hw_random/core.c: a list of generators by unique name, the
 * current one (the first registered, or a later one of higher quality),
 * the early-randomness read each new current generator gets at
 * registration, and /dev/hwrng's read() for the harness. There is no
 * hwrng_fill thread feeding the entropy pool: a generator is read only at
 * registration and when a test reads it.
 */
#include <linux/hw_random.h>
#include <linux/device.h>
#include <linux/delay.h>
#include <linux/jiffies.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <kshim/classapi.h>
#include <kshim/drivers.h>

static LIST_HEAD(rng_list);
static bool rng_list_ready;
static struct hwrng *current_rng;

/* rng_buffer_size(): SMP_CACHE_BYTES (64 on x86_64), at least 32 */
#define RNG_BUFFER_SIZE	64
static u8 rng_buffer[RNG_BUFFER_SIZE] __aligned(8);
static u8 rng_fillbuf[32] __aligned(8);
static int data_avail;

static void ready(void)
{
	if (!rng_list_ready) {
		INIT_LIST_HEAD(&rng_list);
		rng_list_ready = true;
	}
}

void kshim_hwrng_reset(void)
{
	rng_list_ready = false;
	ready();
	current_rng = NULL;
	data_avail = 0;
}

static int rng_get_data(struct hwrng *rng, u8 *buffer, size_t size, int wait)
{
	int present;

	if (rng->read)
		return rng->read(rng, (void *)buffer, size, wait);
	present = rng->data_present ? rng->data_present(rng, wait) : 1;
	if (present)
		return rng->data_read(rng, (u32 *)buffer);
	return 0;
}

static int hwrng_init(struct hwrng *rng)
{
	int ret;

	if (rng->kshim_initialized)
		return 0;
	if (rng->init) {
		ret = rng->init(rng);
		if (ret)
			return ret;
	}
	rng->kshim_initialized = 1;
	return 0;
}

static void hwrng_cleanup(struct hwrng *rng)
{
	if (rng && rng->kshim_initialized) {
		rng->kshim_initialized = 0;
		if (rng->cleanup)
			rng->cleanup(rng);
	}
}

static int set_current_rng(struct hwrng *rng)
{
	int err = hwrng_init(rng);

	if (err)
		return err;
	if (current_rng != rng)
		hwrng_cleanup(current_rng);
	current_rng = rng;
	data_avail = 0;
	return 0;
}

/* A new generator's input seeds the pool (here: it is read, and dropped). */
static void add_early_randomness(struct hwrng *rng)
{
	rng_get_data(rng, rng_fillbuf, sizeof(rng_fillbuf), 0);
}

int hwrng_register(struct hwrng *rng)
{
	struct hwrng *tmp;
	bool is_new_current = false;
	int err;

	ready();
	if (!rng->name || (!rng->data_read && !rng->read))
		return -EINVAL;
	/* Must not register two RNGs with the same name. */
	list_for_each_entry(tmp, &rng_list, list)
		if (!strcmp(tmp->name, rng->name))
			return -EEXIST;
	list_add_tail(&rng->list, &rng_list);
	rng->kshim_initialized = 0;
	rng->kshim_module = kshim_current_module();

	if (!current_rng || rng->quality > current_rng->quality) {
		err = set_current_rng(rng);
		if (err) {
			list_del(&rng->list);
			return err;
		}
		is_new_current = true;
	}
	/* An rng not used yet has had no init(): read it only without one. */
	if (is_new_current || !rng->init)
		add_early_randomness(rng);
	return 0;
}

/* The best of the others: the highest quality, the first of equals. */
static struct hwrng *best_rng(void)
{
	struct hwrng *rng, *best = NULL;

	list_for_each_entry(rng, &rng_list, list)
		if (!best || rng->quality > best->quality)
			best = rng;
	return best;
}

void hwrng_unregister(struct hwrng *rng)
{
	struct hwrng *next;

	list_del(&rng->list);
	if (current_rng == rng) {
		hwrng_cleanup(rng);
		current_rng = NULL;
		data_avail = 0;
		next = best_rng();
		if (next && !set_current_rng(next))
			add_early_randomness(next);
	}
}

static void devm_hwrng_release(struct device *dev, void *res)
{
	hwrng_unregister(*(struct hwrng **)res);
}

static int devm_hwrng_match(struct device *dev, void *res, void *data)
{
	return *(struct hwrng **)res == data;
}

int kshim_devm_hwrng_register(struct device *dev, struct hwrng *rng,
			      const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	struct hwrng **ptr;
	int error;

	ptr = kshim_devres_alloc(devm_hwrng_release, sizeof(*ptr), GFP_KERNEL,
				 "devm_hwrng_release", site);
	if (!ptr)
		return -ENOMEM;
	error = hwrng_register(rng);
	if (error) {
		devres_free(ptr);
		return error;
	}
	*ptr = rng;
	devres_add(dev, ptr);
	return 0;
}

void devm_hwrng_unregister(struct device *dev, struct hwrng *rng)
{
	devres_release(dev, devm_hwrng_release, devm_hwrng_match, rng);
}

long hwrng_msleep(struct hwrng *rng, unsigned int msecs)
{
	/* Nobody makes the generator die while it sleeps here. */
	msleep(msecs);
	return 0;
}

/* ---- The harness: /dev/hwrng ---- */

const char *__kshim_hwrng_module(void)
{
	return current_rng ? current_rng->kshim_module : NULL;
}

const char *kshim_hwrng_current(void)
{
	return current_rng ? current_rng->name : NULL;
}

/*
 * rng_dev_read(): whole buffers from the generator, served from their
 * end. A blocking read retries a generator with nothing to give once a
 * tick, as the kernel does (here at most HZ times, then -EAGAIN).
 */
int __kshim_hwrng_read(void *buf, size_t size, int wait)
{
	int ret = 0, bytes_read, tries = 0, len;

	if (!current_rng)
		return -ENODEV;
	while (size) {
		if (!data_avail) {
			bytes_read = rng_get_data(current_rng, rng_buffer,
						  RNG_BUFFER_SIZE, wait);
			if (bytes_read < 0)
				return ret ? ret : bytes_read;
			/* more than asked: the driver overran the buffer already */
			bytes_read = min(bytes_read, RNG_BUFFER_SIZE);
			if (bytes_read == 0) {
				if (!wait)
					return ret ? ret : -EAGAIN;
				if (++tries > HZ)
					return ret ? ret : -EAGAIN;
				schedule_timeout_interruptible(1);
				continue;
			}
			data_avail = bytes_read;
		}
		len = min_t(size_t, data_avail, size);
		data_avail -= len;
		memcpy((u8 *)buf + ret, rng_buffer + data_avail, len);
		size -= len;
		ret += len;
	}
	return ret;
}
