// SPDX-License-Identifier: GPL-2.0-only
/*
 * /dev/watchdogN (drivers/watchdog/watchdog_dev.c) for modules built
 * against the kernel's own headers: one opener at a time, started at open,
 * pinged by each write and WDIOC_KEEPALIVE, stopped at close only after the
 * magic 'V' (when the driver says WDIOF_MAGICCLOSE), the timeout and
 * pretimeout ioctls. The core's keepalive worker, for hardware whose
 * heartbeat is shorter than the timeout, is a delayed work item here (a
 * kthread worker and an hrtimer in 6.1). The device numbers are of a
 * major of the local/experimental range, not a region of the dynamic ones.
 */
#include <linux/cdev.h>
#include <linux/device.h>
#include <linux/fs.h>
#include <linux/jiffies.h>
#include <linux/kernel.h>
#include <linux/ktime.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include <linux/watchdog.h>
#include <linux/workqueue.h>
#include "../base/base.h"
#include "watchdog_core.h"

#define WATCHDOG_MAJOR_KSHIM	120

struct watchdog_core_data {
	struct device dev;
	struct cdev cdev;
	struct watchdog_device *wdd;
	struct mutex lock;
	ktime_t last_keepalive;
	ktime_t last_hw_keepalive;
	struct delayed_work work;
	unsigned long status;		/* Internal status bits */
#define _WDOG_DEV_OPEN		0	/* Opened ? */
#define _WDOG_ALLOW_RELEASE	1	/* Did we receive the magic char ? */
#define _WDOG_KEEPALIVE		2	/* Did we receive a keepalive ? */
};

static inline bool watchdog_need_worker(struct watchdog_device *wdd)
{
	unsigned int hm = wdd->max_hw_heartbeat_ms;
	unsigned int t = wdd->timeout * 1000;

	/* The core pings for the user while the hardware's beat is shorter. */
	return (hm && watchdog_active(wdd) && t > hm) ||
	       (t && !watchdog_active(wdd) && watchdog_hw_running(wdd));
}

static unsigned long watchdog_next_keepalive(struct watchdog_device *wdd)
{
	unsigned int hw_heartbeat_ms = wdd->max_hw_heartbeat_ms;

	/* Half the hardware's heartbeat, as 6.1's keepalive_interval. */
	return msecs_to_jiffies(hw_heartbeat_ms / 2) ?: 1;
}

static void watchdog_update_worker(struct watchdog_device *wdd)
{
	struct watchdog_core_data *wd_data = wdd->wd_data;

	if (watchdog_need_worker(wdd))
		mod_delayed_work(system_wq, &wd_data->work,
				 watchdog_next_keepalive(wdd));
	else
		cancel_delayed_work(&wd_data->work);
}

static int __watchdog_ping(struct watchdog_device *wdd)
{
	struct watchdog_core_data *wd_data = wdd->wd_data;
	ktime_t earliest_keepalive, now;
	int err;

	earliest_keepalive = ktime_add(wd_data->last_hw_keepalive,
				       ms_to_ktime(wdd->min_hw_heartbeat_ms));
	now = ktime_get();
	if (ktime_after(earliest_keepalive, now)) {
		mod_delayed_work(system_wq, &wd_data->work,
				 msecs_to_jiffies(ktime_ms_delta(earliest_keepalive,
								 now)) ?: 1);
		return 0;
	}
	wd_data->last_hw_keepalive = now;
	if (wdd->ops->ping)
		err = wdd->ops->ping(wdd);	/* ping the watchdog */
	else
		err = wdd->ops->start(wdd);	/* restart watchdog */
	watchdog_update_worker(wdd);
	return err;
}

static int watchdog_ping(struct watchdog_device *wdd)
{
	struct watchdog_core_data *wd_data = wdd->wd_data;

	if (!watchdog_active(wdd) && !watchdog_hw_running(wdd))
		return 0;
	set_bit(_WDOG_KEEPALIVE, &wd_data->status);
	wd_data->last_keepalive = ktime_get();
	return __watchdog_ping(wdd);
}

static bool watchdog_worker_should_ping(struct watchdog_core_data *wd_data)
{
	struct watchdog_device *wdd = wd_data->wdd;

	if (!wdd)
		return false;
	if (watchdog_active(wdd))
		return true;
	return watchdog_hw_running(wdd);
}

static void watchdog_ping_work(struct work_struct *work)
{
	struct watchdog_core_data *wd_data =
		container_of(work, struct watchdog_core_data, work.work);

	mutex_lock(&wd_data->lock);
	if (watchdog_worker_should_ping(wd_data))
		__watchdog_ping(wd_data->wdd);
	mutex_unlock(&wd_data->lock);
}

static int watchdog_start(struct watchdog_device *wdd)
{
	struct watchdog_core_data *wd_data = wdd->wd_data;
	ktime_t started_at;
	int err;

	if (watchdog_active(wdd))
		return 0;
	set_bit(_WDOG_KEEPALIVE, &wd_data->status);
	started_at = ktime_get();
	if (watchdog_hw_running(wdd) && wdd->ops->ping) {
		err = __watchdog_ping(wdd);
		if (err == 0)
			set_bit(WDOG_ACTIVE, &wdd->status);
	} else {
		err = wdd->ops->start(wdd);
		if (err == 0) {
			set_bit(WDOG_ACTIVE, &wdd->status);
			wd_data->last_keepalive = started_at;
			wd_data->last_hw_keepalive = started_at;
			watchdog_update_worker(wdd);
		}
	}
	return err;
}

static int watchdog_stop(struct watchdog_device *wdd)
{
	int err = 0;

	if (!watchdog_active(wdd))
		return 0;
	if (test_bit(WDOG_NO_WAY_OUT, &wdd->status)) {
		pr_info("watchdog%d: nowayout prevents watchdog being stopped!\n",
			wdd->id);
		return -EBUSY;
	}
	if (wdd->ops->stop) {
		clear_bit(WDOG_HW_RUNNING, &wdd->status);
		err = wdd->ops->stop(wdd);
	} else {
		set_bit(WDOG_HW_RUNNING, &wdd->status);
	}
	if (err == 0) {
		clear_bit(WDOG_ACTIVE, &wdd->status);
		watchdog_update_worker(wdd);
	}
	return err;
}

static unsigned int watchdog_get_status(struct watchdog_device *wdd)
{
	struct watchdog_core_data *wd_data = wdd->wd_data;
	unsigned int status;

	if (wdd->ops->status)
		status = wdd->ops->status(wdd);
	else
		status = wdd->bootstatus & (WDIOF_CARDRESET | WDIOF_OVERHEAT |
					    WDIOF_FANFAULT | WDIOF_EXTERN1 |
					    WDIOF_EXTERN2 | WDIOF_POWERUNDER |
					    WDIOF_POWEROVER);
	if (test_bit(_WDOG_ALLOW_RELEASE, &wd_data->status))
		status |= WDIOF_MAGICCLOSE;
	if (test_and_clear_bit(_WDOG_KEEPALIVE, &wd_data->status))
		status |= WDIOF_KEEPALIVEPING;
	return status;
}

static int watchdog_set_timeout(struct watchdog_device *wdd,
				unsigned int timeout)
{
	int err = 0;

	if (!(wdd->info->options & WDIOF_SETTIMEOUT))
		return -EOPNOTSUPP;
	if (watchdog_timeout_invalid(wdd, timeout))
		return -EINVAL;
	if (wdd->ops->set_timeout) {
		err = wdd->ops->set_timeout(wdd, timeout);
	} else {
		wdd->timeout = timeout;
		/* Disable pretimeout if it doesn't fit the new timeout */
		if (wdd->pretimeout >= wdd->timeout)
			wdd->pretimeout = 0;
	}
	watchdog_update_worker(wdd);
	return err;
}

static int watchdog_set_pretimeout(struct watchdog_device *wdd,
				   unsigned int timeout)
{
	/* No hrtimer pretimeout in this configuration: the driver's only. */
	if (!(wdd->info->options & WDIOF_PRETIMEOUT))
		return -EOPNOTSUPP;
	if (watchdog_pretimeout_invalid(wdd, timeout))
		return -EINVAL;
	if (wdd->ops->set_pretimeout)
		return wdd->ops->set_pretimeout(wdd, timeout);
	wdd->pretimeout = timeout;
	return 0;
}

static ssize_t watchdog_write(struct file *file, const char __user *data,
			      size_t len, loff_t *ppos)
{
	struct watchdog_core_data *wd_data = file->private_data;
	struct watchdog_device *wdd;
	int err;
	size_t i;
	char c;

	if (len == 0)
		return 0;
	/* A magic character written long ago does not count: only this write's. */
	clear_bit(_WDOG_ALLOW_RELEASE, &wd_data->status);
	for (i = 0; i != len; i++) {
		if (get_user(c, data + i))
			return -EFAULT;
		if (c == 'V')
			set_bit(_WDOG_ALLOW_RELEASE, &wd_data->status);
	}
	/* someone wrote to us, so we send the watchdog a keepalive ping */
	err = -ENODEV;
	mutex_lock(&wd_data->lock);
	wdd = wd_data->wdd;
	if (wdd)
		err = watchdog_ping(wdd);
	mutex_unlock(&wd_data->lock);
	if (err < 0)
		return err;
	return len;
}

static long watchdog_ioctl(struct file *file, unsigned int cmd,
			   unsigned long arg)
{
	struct watchdog_core_data *wd_data = file->private_data;
	void __user *argp = (void __user *)arg;
	struct watchdog_device *wdd;
	int __user *p = argp;
	unsigned int val;
	int err;

	mutex_lock(&wd_data->lock);
	wdd = wd_data->wdd;
	if (!wdd) {
		err = -ENODEV;
		goto out_ioctl;
	}
	err = wdd->ops->ioctl ? wdd->ops->ioctl(wdd, cmd, arg) : -ENOIOCTLCMD;
	if (err != -ENOIOCTLCMD)
		goto out_ioctl;

	switch (cmd) {
	case WDIOC_GETSUPPORT:
		err = copy_to_user(argp, wdd->info,
				   sizeof(struct watchdog_info)) ? -EFAULT : 0;
		break;
	case WDIOC_GETSTATUS:
		val = watchdog_get_status(wdd);
		err = put_user(val, p);
		break;
	case WDIOC_GETBOOTSTATUS:
		err = put_user(wdd->bootstatus, p);
		break;
	case WDIOC_SETOPTIONS:
		if (get_user(val, p)) {
			err = -EFAULT;
			break;
		}
		if (val & WDIOS_DISABLECARD) {
			err = watchdog_stop(wdd);
			if (err < 0)
				break;
		}
		if (val & WDIOS_ENABLECARD)
			err = watchdog_start(wdd);
		break;
	case WDIOC_KEEPALIVE:
		if (!(wdd->info->options & WDIOF_KEEPALIVEPING)) {
			err = -EOPNOTSUPP;
			break;
		}
		err = watchdog_ping(wdd);
		break;
	case WDIOC_SETTIMEOUT:
		if (get_user(val, p)) {
			err = -EFAULT;
			break;
		}
		err = watchdog_set_timeout(wdd, val);
		if (err < 0)
			break;
		/* An active watchdog is pinged, so the new timeout counts from now. */
		err = watchdog_ping(wdd);
		if (err < 0)
			break;
		fallthrough;
	case WDIOC_GETTIMEOUT:
		/* timeout == 0 means that we don't know the timeout */
		if (wdd->timeout == 0) {
			err = -EOPNOTSUPP;
			break;
		}
		err = put_user(wdd->timeout, p);
		break;
	case WDIOC_GETTIMELEFT:
		if (!wdd->ops->get_timeleft) {
			err = -EOPNOTSUPP;
			break;
		}
		err = put_user(wdd->ops->get_timeleft(wdd), p);
		break;
	case WDIOC_SETPRETIMEOUT:
		if (get_user(val, p)) {
			err = -EFAULT;
			break;
		}
		err = watchdog_set_pretimeout(wdd, val);
		break;
	case WDIOC_GETPRETIMEOUT:
		err = put_user(wdd->pretimeout, p);
		break;
	default:
		err = -ENOTTY;
		break;
	}
out_ioctl:
	mutex_unlock(&wd_data->lock);
	return err;
}

static int watchdog_open(struct inode *inode, struct file *file)
{
	struct watchdog_core_data *wd_data =
		container_of(inode->i_cdev, struct watchdog_core_data, cdev);
	struct watchdog_device *wdd;
	bool hw_running;
	int err;

	/* the watchdog is single open! */
	if (test_and_set_bit(_WDOG_DEV_OPEN, &wd_data->status))
		return -EBUSY;
	wdd = wd_data->wdd;
	/* A running watchdog holds its module already (watchdog_dev_register()). */
	hw_running = watchdog_hw_running(wdd);
	if (!hw_running && !try_module_get(wdd->ops->owner)) {
		err = -EBUSY;
		goto out_clear;
	}
	err = watchdog_start(wdd);
	if (err < 0)
		goto out_mod;
	file->private_data = wd_data;
	if (!hw_running)
		get_device(&wd_data->dev);
	return stream_open(inode, file);

out_mod:
	module_put(wd_data->wdd->ops->owner);
out_clear:
	clear_bit(_WDOG_DEV_OPEN, &wd_data->status);
	return err;
}

static int watchdog_release(struct inode *inode, struct file *file)
{
	struct watchdog_core_data *wd_data = file->private_data;
	struct watchdog_device *wdd;
	int err = -EBUSY;
	bool running;

	mutex_lock(&wd_data->lock);
	wdd = wd_data->wdd;
	if (!wdd)
		goto done;
	/* Stopped only after the magic close, when the driver asks for one. */
	if (!watchdog_active(wdd))
		err = 0;
	else if (test_and_clear_bit(_WDOG_ALLOW_RELEASE, &wd_data->status) ||
		 !(wdd->info->options & WDIOF_MAGICCLOSE))
		err = watchdog_stop(wdd);
	/* If the watchdog was not stopped, send a keepalive ping */
	if (err < 0) {
		pr_crit("watchdog%d: watchdog did not stop!\n", wdd->id);
		watchdog_ping(wdd);
	}
	watchdog_update_worker(wdd);
	/* make sure that /dev/watchdog can be re-opened */
	clear_bit(_WDOG_DEV_OPEN, &wd_data->status);
done:
	running = wdd && watchdog_hw_running(wdd);
	mutex_unlock(&wd_data->lock);
	/* A watchdog still running keeps its module and its device. */
	if (!running) {
		module_put(wd_data->cdev.owner);
		put_device(&wd_data->dev);
	}
	return 0;
}

static const struct file_operations watchdog_fops = {
	.write		= watchdog_write,
	.unlocked_ioctl	= watchdog_ioctl,
	.compat_ioctl	= compat_ptr_ioctl,
	.open		= watchdog_open,
	.release	= watchdog_release,
};

static void watchdog_core_data_release(struct device *dev)
{
	struct watchdog_core_data *wd_data =
		container_of(dev, struct watchdog_core_data, dev);

	kshim_kfree(wd_data);
}

/* dev_set_name() at @site: the registration's call, not this file's. */
static int set_name_at(struct device *dev, const struct kshim_site *site,
		       const char *fmt, ...)
{
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = kshim_dev_set_name_at(dev, site, fmt, ap);
	va_end(ap);
	return ret;
}

int watchdog_dev_register(struct watchdog_device *wdd,
			  const struct kshim_site *site)
{
	struct watchdog_core_data *wd_data;
	int err;

	wd_data = kshim_alloc(sizeof(*wd_data),
			      (__force unsigned int)(GFP_KERNEL | __GFP_ZERO),
			      KSHIM_SITE, "kzalloc");	/* the registration's */
	if (!wd_data)
		return -ENOMEM;
	mutex_init(&wd_data->lock);
	wd_data->wdd = wdd;
	wdd->wd_data = wd_data;
	INIT_DELAYED_WORK(&wd_data->work, watchdog_ping_work);

	device_initialize(&wd_data->dev);
	wd_data->dev.devt = MKDEV(WATCHDOG_MAJOR_KSHIM, wdd->id);
	wd_data->dev.parent = wdd->parent;
	wd_data->dev.groups = wdd->groups;
	wd_data->dev.release = watchdog_core_data_release;
	dev_set_drvdata(&wd_data->dev, wdd);
	err = set_name_at(&wd_data->dev, site, "watchdog%d", wdd->id);
	if (err) {
		put_device(&wd_data->dev);
		wdd->wd_data = NULL;
		return err;
	}
	cdev_init(&wd_data->cdev, &watchdog_fops);
	wd_data->cdev.owner = wdd->ops->owner;
	err = cdev_device_add(&wd_data->cdev, &wd_data->dev);
	if (err) {
		pr_err("watchdog%d unable to add device %d:%d\n", wdd->id,
		       WATCHDOG_MAJOR_KSHIM, wdd->id);
		put_device(&wd_data->dev);
		wdd->wd_data = NULL;
		return err;
	}
	/* Record time of most recent heartbeat as 'just before now'. */
	wd_data->last_hw_keepalive = ktime_sub(ktime_get(), 1);
	/* A watchdog running since boot is pinged by the core until opened. */
	if (watchdog_hw_running(wdd)) {
		__module_get(wdd->ops->owner);
		get_device(&wd_data->dev);
		mod_delayed_work(system_wq, &wd_data->work, 1);
	}
	return 0;
}

void watchdog_dev_unregister(struct watchdog_device *wdd)
{
	struct watchdog_core_data *wd_data = wdd->wd_data;

	if (!wd_data)
		return;
	cdev_device_del(&wd_data->cdev, &wd_data->dev);
	if (watchdog_active(wdd) &&
	    test_bit(WDOG_STOP_ON_UNREGISTER, &wdd->status))
		watchdog_stop(wdd);
	mutex_lock(&wd_data->lock);
	wd_data->wdd = NULL;
	wdd->wd_data = NULL;
	mutex_unlock(&wd_data->lock);
	cancel_delayed_work_sync(&wd_data->work);
	put_device(&wd_data->dev);
}
