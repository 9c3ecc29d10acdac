// SPDX-License-Identifier: GPL-2.0-only
/*
 * Hardware random number generators (drivers/char/hw_random/core.c) for
 * modules built against the kernel's own headers: generators by unique
 * name, the current one (the first registered, or a later one of higher
 * quality), the early randomness read from each new current generator at
 * registration, and /dev/hwrng's read() for the harness. As kshim's old
 * core (kernel/hw_random.c), there is no hwrng_fill thread: a generator is
 * read at registration and when a test reads it. A generator is initialised
 * while its kref is nonzero, as in 6.1.
 */
#include <linux/delay.h>
#include <linux/device.h>
#include <linux/hw_random.h>
#include <linux/jiffies.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/sched.h>
#include <linux/string.h>
#include "../../base/base.h"

/* The harness (kshim/classapi.h, kshim/drivers.h: C library types). */
const char *__kshim_hwrng_module(void);
int __kshim_hwrng_read(void *buf, size_t len, int wait);
const char *kshim_hwrng_current(void);
void kshim_hwrng_reset(void);

static LIST_HEAD(rng_list);
static struct hwrng *current_rng;

/* rng_buffer_size(): SMP_CACHE_BYTES (64 on x86_64), at least 32 */
#define RNG_BUFFER_SIZE	64
static u8 rng_buffer[RNG_BUFFER_SIZE] __aligned(8);
static u8 rng_fillbuf[32] __aligned(8);
static int data_avail;

void kshim_hwrng_reset(void)
{
	INIT_LIST_HEAD(&rng_list);
	current_rng = NULL;
	data_avail = 0;
}

static bool initialized(struct hwrng *rng)
{
	return kref_read(&rng->ref) != 0;
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

	if (initialized(rng))
		return 0;
	if (rng->init) {
		ret = rng->init(rng);
		if (ret)
			return ret;
	}
	kref_init(&rng->ref);
	reinit_completion(&rng->cleanup_done);
	return 0;
}

static void hwrng_cleanup(struct hwrng *rng)
{
	if (rng && initialized(rng)) {
		refcount_set(&rng->ref.refcount, 0);
		if (rng->cleanup)
			rng->cleanup(rng);
		complete(&rng->cleanup_done);
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

	if (!rng->name || (!rng->data_read && !rng->read))
		return -EINVAL;
	/* Must not register two RNGs with the same name. */
	list_for_each_entry(tmp, &rng_list, list)
		if (!strcmp(tmp->name, rng->name))
			return -EEXIST;
	list_add_tail(&rng->list, &rng_list);
	refcount_set(&rng->ref.refcount, 0);
	init_completion(&rng->cleanup_done);
	complete(&rng->cleanup_done);
	init_completion(&rng->dying);

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
EXPORT_SYMBOL_GPL(hwrng_register);

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

	complete_all(&rng->dying);
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
EXPORT_SYMBOL_GPL(hwrng_unregister);

static void devm_hwrng_release(struct device *dev, void *res)
{
	hwrng_unregister(*(struct hwrng **)res);
}

static int devm_hwrng_match(struct device *dev, void *res, void *data)
{
	return *(struct hwrng **)res == data;
}

int devm_hwrng_register(struct device *dev, struct hwrng *rng)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	KSHIM_CALLER(site);
	struct hwrng **ptr;
	int error;

	ptr = kshim_dr_alloc(devm_hwrng_release, sizeof(*ptr),
			     GFP_KERNEL | __GFP_ZERO, "devm_hwrng_release",
			     NULL, site, "devres_alloc");
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
EXPORT_SYMBOL_GPL(devm_hwrng_register);

void devm_hwrng_unregister(struct device *dev, struct hwrng *rng)
{
	devres_release(dev, devm_hwrng_release, devm_hwrng_match, rng);
}
EXPORT_SYMBOL_GPL(devm_hwrng_unregister);

long hwrng_msleep(struct hwrng *rng, unsigned int msecs)
{
	unsigned long timeout = msecs_to_jiffies(msecs) + 1;

	return wait_for_completion_interruptible_timeout(&rng->dying, timeout);
}
EXPORT_SYMBOL_GPL(hwrng_msleep);

/* ---- The harness: /dev/hwrng ---- */

const char *__kshim_hwrng_module(void)
{
	if (!current_rng)
		return NULL;
	return kshim_module_at(current_rng->read ? (void *)current_rng->read :
			       (void *)current_rng->data_read);
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
				if (!wait || ++tries > HZ)
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
