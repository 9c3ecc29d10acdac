// SPDX-License-Identifier: GPL-2.0-only
/*
 * hw_random from a module: two generators, the better one becomes current
 * (its init() runs, then the early-randomness read), a duplicate name is
 * refused, and unregistering the current one falls back to the other.
 */
#include <linux/module.h>
#include <linux/hw_random.h>
#include <linux/string.h>

static int cls_read(struct hwrng *rng, void *buf, size_t max, bool wait)
{
	pr_info("cls_hwrng: %s read %zu\n", rng->name, max);
	memset(buf, 0x5a, max);
	return max;
}

static int cls_rng_init(struct hwrng *rng)
{
	pr_info("cls_hwrng: %s init\n", rng->name);
	return 0;
}

static void cls_cleanup(struct hwrng *rng)
{
	pr_info("cls_hwrng: %s cleanup\n", rng->name);
}

static struct hwrng low = {
	.name = "cls-low", .read = cls_read, .init = cls_rng_init,
	.cleanup = cls_cleanup, .quality = 100,
};
static struct hwrng high = {
	.name = "cls-high", .read = cls_read, .init = cls_rng_init,
	.cleanup = cls_cleanup, .quality = 900,
};
static struct hwrng dup = { .name = "cls-low", .read = cls_read };

static int __init cls_hwrng_init(void)
{
	int ret;

	ret = hwrng_register(&low);
	if (ret)
		return ret;
	ret = hwrng_register(&high);
	if (ret) {
		hwrng_unregister(&low);
		return ret;
	}
	pr_info("cls_hwrng: duplicate: %d\n", hwrng_register(&dup));
	return 0;
}

static void __exit cls_hwrng_exit(void)
{
	hwrng_unregister(&high);
	hwrng_unregister(&low);
}

module_init(cls_hwrng_init);
module_exit(cls_hwrng_exit);
MODULE_LICENSE("GPL");
