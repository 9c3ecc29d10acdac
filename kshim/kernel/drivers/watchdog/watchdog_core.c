// SPDX-License-Identifier: GPL-2.0-only
/*
 * The watchdog core (drivers/watchdog/watchdog_core.c) for modules built
 * against the kernel's own headers: timeouts from the driver or the device
 * tree, ids, registration of the /dev/watchdogN device (watchdog_dev.c).
 * kshim's own simulation (its old path has no watchdog core). Not here:
 * the reboot, restart and PM notifiers (kshim has no reboot), and the
 * legacy /dev/watchdog misc device.
 */
#include <linux/device.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/of.h>
#include <linux/watchdog.h>
#include "../base/base.h"
#include "watchdog_core.h"

static unsigned long watchdog_ids;	/* the ida of 6.1: MAX_DOGS bits */

static void watchdog_check_min_max_timeout(struct watchdog_device *wdd)
{
	/* min_timeout is checked against max_timeout unless the hw heartbeat rules */
	if (!wdd->max_hw_heartbeat_ms && wdd->min_timeout > wdd->max_timeout) {
		pr_info("Invalid min and max timeout values, resetting to 0!\n");
		wdd->min_timeout = 0;
		wdd->max_timeout = 0;
	}
}

static const char *dev_str(struct watchdog_device *wdd)
{
	return wdd->parent ? dev_name(wdd->parent) :
			     (const char *)wdd->info->identity;
}

int watchdog_init_timeout(struct watchdog_device *wdd,
			  unsigned int timeout_parm, struct device *dev)
{
	unsigned int t = 0;
	int ret = 0;

	watchdog_check_min_max_timeout(wdd);
	/* the driver's value (likely a module parameter) first */
	if (timeout_parm) {
		if (!watchdog_timeout_invalid(wdd, timeout_parm)) {
			wdd->timeout = timeout_parm;
			return 0;
		}
		pr_err("%s: driver supplied timeout (%u) out of range\n",
		       dev_str(wdd), timeout_parm);
		ret = -EINVAL;
	}
	/* then the device tree's timeout-sec */
	if (dev && dev->of_node &&
	    of_property_read_u32(dev->of_node, "timeout-sec", &t) == 0) {
		if (t && !watchdog_timeout_invalid(wdd, t)) {
			wdd->timeout = t;
			return 0;
		}
		pr_err("%s: DT supplied timeout (%u) out of range\n",
		       dev_str(wdd), t);
		ret = -EINVAL;
	}
	if (ret < 0 && wdd->timeout)
		pr_warn("%s: falling back to default timeout (%u)\n",
			dev_str(wdd), wdd->timeout);
	return ret;
}
EXPORT_SYMBOL_GPL(watchdog_init_timeout);

void watchdog_set_restart_priority(struct watchdog_device *wdd, int priority)
{
	wdd->restart_nb.priority = priority;
}
EXPORT_SYMBOL_GPL(watchdog_set_restart_priority);

static int get_id(void)
{
	int id;

	for (id = 0; id < MAX_DOGS; id++)
		if (!test_and_set_bit(id, &watchdog_ids))
			return id;
	return -ENOSPC;
}

static int __watchdog_register_device(struct watchdog_device *wdd,
				      const struct kshim_site *site)
{
	int ret, id;

	if (!wdd || !wdd->info || !wdd->ops)
		return -EINVAL;
	/* Mandatory operations need to be supported */
	if (!wdd->ops->start || (!wdd->ops->stop && !wdd->max_hw_heartbeat_ms))
		return -EINVAL;
	watchdog_check_min_max_timeout(wdd);

	id = get_id();
	if (id < 0)
		return id;
	wdd->id = id;
	ret = watchdog_dev_register(wdd, site);
	if (ret) {
		clear_bit(id, &watchdog_ids);
		return ret;
	}
	if (test_bit(WDOG_STOP_ON_REBOOT, &wdd->status) && !wdd->ops->stop)
		pr_warn("watchdog%d: stop_on_reboot not supported\n", wdd->id);
	return 0;
}

int watchdog_register_device(struct watchdog_device *wdd)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	KSHIM_CALLER(site);
	int ret;

	ret = __watchdog_register_device(wdd, site);
	if (ret)
		pr_err("%s: failed to register watchdog device (err = %d)\n",
		       dev_str(wdd), ret);
	return ret;
}
EXPORT_SYMBOL_GPL(watchdog_register_device);

void watchdog_unregister_device(struct watchdog_device *wdd)
{
	if (!wdd)
		return;
	watchdog_dev_unregister(wdd);
	clear_bit(wdd->id, &watchdog_ids);
}
EXPORT_SYMBOL_GPL(watchdog_unregister_device);

static void devm_watchdog_unregister_device(struct device *dev, void *res)
{
	watchdog_unregister_device(*(struct watchdog_device **)res);
}

int devm_watchdog_register_device(struct device *dev,
				  struct watchdog_device *wdd)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	KSHIM_CALLER(site);
	struct watchdog_device **rcwdd;
	int ret;

	rcwdd = kshim_dr_alloc(devm_watchdog_unregister_device, sizeof(*rcwdd),
			       GFP_KERNEL | __GFP_ZERO,
			       "devm_watchdog_unregister_device", NULL, site,
			       "devres_alloc");
	if (!rcwdd)
		return -ENOMEM;
	ret = watchdog_register_device(wdd);
	if (!ret) {
		*rcwdd = wdd;
		devres_add(dev, rcwdd);
	} else {
		devres_free(rcwdd);
	}
	return ret;
}
EXPORT_SYMBOL_GPL(devm_watchdog_register_device);
