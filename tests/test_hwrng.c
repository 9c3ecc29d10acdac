// SPDX-License-Identifier: GPL-2.0-only
/*
 * hw_random: registration and its rules (a name, a read, unique names),
 * the current generator chosen by quality, the early read at
 * registration, /dev/hwrng's reads served from the end of 64-byte
 * buffers, and a platform driver whose generator is a 32-bit register
 * (a platform device with a memory resource), unregistered by devres.
 */
#include <linux/hw_random.h>
#include <linux/io.h>
#include <linux/platform_device.h>
#include <linux/slab.h>
#include <linux/string.h>

#include <kshim/cmocka.h>

/* ---- A driver: one 32-bit register, a new value each read ---- */

struct trng {
	void __iomem *base;
	struct hwrng rng;
	int reads, inits, cleanups;
};

static struct trng *last;

static int trng_read(struct hwrng *rng, void *data, size_t max, bool wait)
{
	struct trng *t = container_of(rng, struct trng, rng);
	size_t n = 0;

	t->reads++;
	while (max - n >= 4) {
		u32 v = readl(t->base);

		memcpy((u8 *)data + n, &v, 4);
		n += 4;
		if (!wait)
			break;
	}
	return n;
}

static int trng_init(struct hwrng *rng)
{
	container_of(rng, struct trng, rng)->inits++;
	return 0;
}

static void trng_cleanup(struct hwrng *rng)
{
	container_of(rng, struct trng, rng)->cleanups++;
}

static int trng_probe(struct platform_device *pdev)
{
	struct trng *t = devm_kzalloc(&pdev->dev, sizeof(*t), GFP_KERNEL);

	if (!t)
		return -ENOMEM;
	t->base = devm_platform_ioremap_resource(pdev, 0);
	if (IS_ERR(t->base))
		return PTR_ERR(t->base);
	t->rng.name = dev_name(&pdev->dev);
	t->rng.read = trng_read;
	t->rng.init = trng_init;
	t->rng.cleanup = trng_cleanup;
	last = t;
	return devm_hwrng_register(&pdev->dev, &t->rng);
}

static struct platform_driver trng_driver = {
	.driver = { .name = "trng" },
	.probe = trng_probe,
};

static unsigned long long counter_read(void *priv, unsigned long off,
				       unsigned int width)
{
	return ++*(unsigned int *)priv;
}

static void platform_rng(void **state)
{
	static const struct kshim_res res[] = { KSHIM_RES_MEM(0x10000000, 4) };
	unsigned int counter = 0x11223300;
	unsigned char buf[72];
	unsigned int first;
	const char *dev;

	assert_int_equal(kshim_hwrng_read(buf, 4), -ENODEV);
	dev = kshim_platform_device_add("trng", -1, res, 1, NULL);
	assert_non_null(dev);
	kshim_mmio_set_ops(kshim_device_regs(dev, 0), counter_read, NULL, &counter);
	assert_int_equal(platform_driver_register(&trng_driver), 0);
	assert_true(kshim_device_bound("trng"));
	assert_string_equal(kshim_hwrng_current(), "trng");
	/* init() before the early read, a non-blocking read of one word */
	assert_int_equal(last->inits, 1);
	assert_int_equal(last->reads, 1);
	assert_int_equal(counter, 0x11223301);

	/* A blocking read fills a whole 64-byte buffer: 16 words */
	assert_int_equal(kshim_hwrng_read(buf, 8), 8);
	assert_int_equal(counter, 0x11223311);
	/* served from the buffer's end: words 15 and 16 of this fill */
	memcpy(&first, buf, 4);
	assert_int_equal(first, 0x11223310);
	memcpy(&first, buf + 4, 4);
	assert_int_equal(first, 0x11223311);
	/* 56 bytes are left, then a new buffer */
	assert_int_equal(kshim_hwrng_read(buf, 72), 72);
	assert_int_equal(last->reads, 3);
	memcpy(&first, buf, 4);
	assert_int_equal(first, 0x11223302);
	/* O_NONBLOCK: the driver gives one word per read */
	assert_int_equal(kshim_hwrng_read_nonblock(buf, 4), 4);

	/* Unbinding releases the devres: unregistered, cleaned up */
	assert_int_equal(kshim_device_unbind("trng"), 0);
	assert_null(kshim_hwrng_current());
	assert_int_equal(kshim_hwrng_read(buf, 4), -ENODEV);
	platform_driver_unregister(&trng_driver);
	assert_int_equal(kshim_platform_device_remove("trng"), 0);
	assert_int_equal(kshim_alloc_live(), 0);
}

/* ---- Registration rules and quality, without a device ---- */

static int fixed_read(struct hwrng *rng, void *data, size_t max, bool wait)
{
	memset(data, (int)rng->priv, max);
	return max;
}

static int zero_read(struct hwrng *rng, void *data, size_t max, bool wait)
{
	return 0;
}

static int cleanups;

static void count_cleanup(struct hwrng *rng)
{
	cleanups++;
}

static void quality_and_rules(void **state)
{
	struct hwrng a = { .name = "a", .read = fixed_read, .priv = 0xaa,
			   .quality = 100, .cleanup = count_cleanup };
	struct hwrng b = { .name = "b", .read = fixed_read, .priv = 0xbb,
			   .quality = 500, .cleanup = count_cleanup };
	struct hwrng c = { .name = "c", .read = fixed_read, .priv = 0xcc,
			   .quality = 50 };
	struct hwrng dup = { .name = "a", .read = fixed_read };
	struct hwrng noread = { .name = "n" };
	struct hwrng noname = { .read = fixed_read };
	unsigned char buf[4];

	cleanups = 0;
	assert_int_equal(hwrng_register(&noread), -EINVAL);
	assert_int_equal(hwrng_register(&noname), -EINVAL);
	assert_int_equal(hwrng_register(&a), 0);
	assert_int_equal(hwrng_register(&dup), -EEXIST);
	assert_string_equal(kshim_hwrng_current(), "a");
	/* Better quality takes over; worse does not */
	assert_int_equal(hwrng_register(&b), 0);
	assert_string_equal(kshim_hwrng_current(), "b");
	assert_int_equal(cleanups, 1);		/* a's */
	assert_int_equal(hwrng_register(&c), 0);
	assert_string_equal(kshim_hwrng_current(), "b");
	assert_int_equal(kshim_hwrng_read(buf, 4), 4);
	assert_int_equal(buf[0], 0xbb);
	/* The current one goes: the best of the rest follows */
	hwrng_unregister(&b);
	assert_int_equal(cleanups, 2);
	assert_string_equal(kshim_hwrng_current(), "a");
	assert_int_equal(kshim_hwrng_read(buf, 4), 4);
	assert_int_equal(buf[0], 0xaa);
	hwrng_unregister(&a);
	assert_string_equal(kshim_hwrng_current(), "c");
	hwrng_unregister(&c);
	assert_null(kshim_hwrng_current());
}

static void nothing_to_give(void **state)
{
	struct hwrng z = { .name = "z", .read = zero_read };
	unsigned char buf[4];

	assert_int_equal(hwrng_register(&z), 0);
	assert_int_equal(kshim_hwrng_read_nonblock(buf, 4), -EAGAIN);
	/* Blocking: retried each tick for a second of virtual time */
	assert_int_equal(kshim_hwrng_read(buf, 4), -EAGAIN);
	hwrng_unregister(&z);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(platform_rng),
		kshim_unit_test(quality_and_rules),
		kshim_unit_test(nothing_to_give),
	};

	return kshim_run_tests(tests);
}
