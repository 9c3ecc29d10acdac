// SPDX-License-Identifier: GPL-2.0-only
/*
 * A watchdog driver for the watchdog core: start, stop, ping and
 * set_timeout logged; magic close; a timeout parameter checked by
 * watchdog_init_timeout() (timeout=0: the default of 30 s).
 */
#include <linux/module.h>
#include <linux/watchdog.h>

static unsigned int timeout;
module_param(timeout, uint, 0);
static bool nowayout;
module_param(nowayout, bool, 0);

static int cls_start(struct watchdog_device *wdd)
{
	pr_info("cls_wdt: start (%u s)\n", wdd->timeout);
	return 0;
}

static int cls_stop(struct watchdog_device *wdd)
{
	pr_info("cls_wdt: stop\n");
	return 0;
}

static int cls_ping(struct watchdog_device *wdd)
{
	pr_info("cls_wdt: ping\n");
	return 0;
}

static int cls_set_timeout(struct watchdog_device *wdd, unsigned int t)
{
	pr_info("cls_wdt: timeout %u\n", t);
	wdd->timeout = t;
	return 0;
}

static const struct watchdog_info cls_info = {
	.identity = "cls watchdog",
	.options = WDIOF_SETTIMEOUT | WDIOF_KEEPALIVEPING | WDIOF_MAGICCLOSE,
};

static const struct watchdog_ops cls_ops = {
	.owner = THIS_MODULE,
	.start = cls_start,
	.stop = cls_stop,
	.ping = cls_ping,
	.set_timeout = cls_set_timeout,
};

static struct watchdog_device cls_dev = {
	.info = &cls_info,
	.ops = &cls_ops,
	.min_timeout = 1,
	.max_timeout = 600,
};

static int __init cls_wdt_init(void)
{
	int ret;

	/* Set here: a harness test loads the module again in one process. */
	cls_dev.timeout = 30;
	cls_dev.status = 0;
	watchdog_init_timeout(&cls_dev, timeout, NULL);
	watchdog_set_nowayout(&cls_dev, nowayout);
	ret = watchdog_register_device(&cls_dev);
	if (ret)
		return ret;
	pr_info("cls_wdt: watchdog%d, timeout %u s\n", cls_dev.id,
		cls_dev.timeout);
	return 0;
}

static void __exit cls_wdt_exit(void)
{
	watchdog_unregister_device(&cls_dev);
}

module_init(cls_wdt_init);
module_exit(cls_wdt_exit);
MODULE_LICENSE("GPL");
