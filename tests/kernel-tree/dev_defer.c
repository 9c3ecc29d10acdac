// SPDX-License-Identifier: GPL-2.0-only
/*
 * Deferred probe: a consumer device that probes before its supplier says
 * -EPROBE_DEFER (with dev_err_probe(), which keeps the reason quiet) and
 * binds when the supplier's driver binds; a device nobody matches stays
 * unbound; a probe that fails is reported as the driver core does.
 */
#include <linux/device.h>
#include <linux/err.h>
#include <linux/module.h>
#include <linux/platform_device.h>

static bool supplier_ready;
static struct platform_device *devs[3];

static int consumer_probe(struct platform_device *pdev)
{
	if (!supplier_ready)
		return dev_err_probe(&pdev->dev, -EPROBE_DEFER,
				     "waiting for the supplier\n");
	dev_info(&pdev->dev, "consumer bound after its supplier\n");
	return 0;
}

static int supplier_probe(struct platform_device *pdev)
{
	if (pdev->id == 1)
		return dev_err_probe(&pdev->dev, -EIO, "broken supplier %d\n",
				     pdev->id);
	supplier_ready = true;
	dev_info(&pdev->dev, "supplier bound\n");
	return 0;
}

static struct platform_driver consumer_driver = {
	.probe = consumer_probe,
	.driver = { .name = "consumer" },
};

static struct platform_driver supplier_driver = {
	.probe = supplier_probe,
	.driver = { .name = "supplier" },
};

static int __init defer_init(void)
{
	static const char *const names[] = { "consumer", "supplier", "supplier" };
	int i, ret;

	for (i = 0; i < ARRAY_SIZE(devs); i++) {
		devs[i] = platform_device_register_simple(names[i], i, NULL, 0);
		if (IS_ERR(devs[i])) {
			ret = PTR_ERR(devs[i]);
			goto err_devs;
		}
	}
	ret = platform_driver_register(&consumer_driver);
	if (ret)
		goto err_devs;
	pr_info("dev_defer: consumer %s\n",
		devs[0]->dev.driver ? "bound" : "deferred");
	ret = platform_driver_register(&supplier_driver);
	if (ret)
		goto err_consumer;
	pr_info("dev_defer: consumer %s, supplier.1 %s\n",
		devs[0]->dev.driver ? "bound" : "deferred",
		devs[1]->dev.driver ? "bound" : "unbound");
	return 0;

err_consumer:
	platform_driver_unregister(&consumer_driver);
err_devs:
	while (i--)
		platform_device_unregister(devs[i]);
	return ret;
}

static void __exit defer_exit(void)
{
	int i;

	platform_driver_unregister(&supplier_driver);
	platform_driver_unregister(&consumer_driver);
	for (i = ARRAY_SIZE(devs); i--; )
		platform_device_unregister(devs[i]);
}

module_init(defer_init);
module_exit(defer_exit);
MODULE_LICENSE("GPL");
