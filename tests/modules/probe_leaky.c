// SPDX-License-Identifier: GPL-2.0-only
/*
 * A platform driver whose probe leaks on one failure path: its buffer is
 * kmalloc()ed, and forgotten when the devm allocation after it fails.
 */
#include <linux/module.h>
#include <linux/platform_device.h>
#include <linux/slab.h>

struct leaky {
	char *buf;
};

static int leaky_probe(struct platform_device *pdev)
{
	char *buf = kmalloc(32, GFP_KERNEL);
	struct leaky *lk;

	if (!buf)
		return -ENOMEM;
	lk = devm_kzalloc(&pdev->dev, sizeof(*lk), GFP_KERNEL);
	if (!lk)
		return -ENOMEM;		/* the bug: buf leaks */
	lk->buf = buf;
	platform_set_drvdata(pdev, lk);
	return 0;
}

static int leaky_remove(struct platform_device *pdev)
{
	struct leaky *lk = platform_get_drvdata(pdev);

	kfree(lk->buf);
	return 0;
}

static struct platform_driver leaky_driver = {
	.probe = leaky_probe,
	.remove = leaky_remove,
	.driver = {
		.name = "probe_leaky",
	},
};
module_platform_driver(leaky_driver);

MODULE_LICENSE("GPL");
