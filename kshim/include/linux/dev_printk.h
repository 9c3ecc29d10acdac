/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * dev_printk() and friends: printk with the kernel's device prefix,
 * "<driver> <device>: " (the bus name while no driver is bound), as 6.1's
 * __dev_printk() formats it. Each record carries the printing module.
 */
#ifndef _DEVICE_PRINTK_H_
#define _DEVICE_PRINTK_H_

#include <linux/compiler.h>
#include <linux/types.h>
#include <linux/ratelimit_types.h>
#include <linux/printk.h>

#ifndef dev_fmt
#define dev_fmt(fmt) fmt
#endif

struct device;

__printf(4, 5) __cold
void kshim_dev_printk(const char *module, const char *level,
		      const struct device *dev, const char *fmt, ...);
__printf(4, 5)
int kshim_dev_err_probe(const char *module, const struct device *dev, int err,
			const char *fmt, ...);
__printf(4, 5)
int kshim_dev_warn_probe(const char *module, const struct device *dev, int err,
			 const char *fmt, ...);

#define dev_printk(level, dev, fmt, ...)				\
	kshim_dev_printk(KSHIM_MODNAME, level, dev, fmt, ##__VA_ARGS__)

#define dev_emerg(dev, fmt, ...)	dev_printk(KERN_EMERG, dev, dev_fmt(fmt), ##__VA_ARGS__)
#define dev_alert(dev, fmt, ...)	dev_printk(KERN_ALERT, dev, dev_fmt(fmt), ##__VA_ARGS__)
#define dev_crit(dev, fmt, ...)		dev_printk(KERN_CRIT, dev, dev_fmt(fmt), ##__VA_ARGS__)
#define dev_err(dev, fmt, ...)		dev_printk(KERN_ERR, dev, dev_fmt(fmt), ##__VA_ARGS__)
#define dev_warn(dev, fmt, ...)		dev_printk(KERN_WARNING, dev, dev_fmt(fmt), ##__VA_ARGS__)
#define dev_notice(dev, fmt, ...)	dev_printk(KERN_NOTICE, dev, dev_fmt(fmt), ##__VA_ARGS__)
#define dev_info(dev, fmt, ...)		dev_printk(KERN_INFO, dev, dev_fmt(fmt), ##__VA_ARGS__)

/* Checked like printk's arguments, never printed. */
#define dev_no_printk(level, dev, fmt, ...)				\
	({								\
		if (0)							\
			dev_printk(level, dev, fmt, ##__VA_ARGS__);	\
	})

#ifdef DEBUG
#define dev_dbg(dev, fmt, ...)	dev_printk(KERN_DEBUG, dev, dev_fmt(fmt), ##__VA_ARGS__)
#else
#define dev_dbg(dev, fmt, ...)	dev_no_printk(KERN_DEBUG, dev, dev_fmt(fmt), ##__VA_ARGS__)
#endif

#ifdef VERBOSE_DEBUG
#define dev_vdbg	dev_dbg
#else
#define dev_vdbg(dev, fmt, ...)	dev_no_printk(KERN_DEBUG, dev, dev_fmt(fmt), ##__VA_ARGS__)
#endif

#define dev_level_once(dev_level, dev, fmt, ...)			\
do {									\
	static bool __print_once;					\
									\
	if (!__print_once) {						\
		__print_once = true;					\
		dev_level(dev, fmt, ##__VA_ARGS__);			\
	}								\
} while (0)

#define dev_emerg_once(dev, fmt, ...)	dev_level_once(dev_emerg, dev, fmt, ##__VA_ARGS__)
#define dev_alert_once(dev, fmt, ...)	dev_level_once(dev_alert, dev, fmt, ##__VA_ARGS__)
#define dev_crit_once(dev, fmt, ...)	dev_level_once(dev_crit, dev, fmt, ##__VA_ARGS__)
#define dev_err_once(dev, fmt, ...)	dev_level_once(dev_err, dev, fmt, ##__VA_ARGS__)
#define dev_warn_once(dev, fmt, ...)	dev_level_once(dev_warn, dev, fmt, ##__VA_ARGS__)
#define dev_notice_once(dev, fmt, ...)	dev_level_once(dev_notice, dev, fmt, ##__VA_ARGS__)
#define dev_info_once(dev, fmt, ...)	dev_level_once(dev_info, dev, fmt, ##__VA_ARGS__)
#define dev_dbg_once(dev, fmt, ...)	dev_level_once(dev_dbg, dev, fmt, ##__VA_ARGS__)

#define dev_level_ratelimited(dev_level, dev, fmt, ...)			\
do {									\
	static DEFINE_RATELIMIT_STATE(_rs,				\
				      DEFAULT_RATELIMIT_INTERVAL,	\
				      DEFAULT_RATELIMIT_BURST);		\
	if (__ratelimit(&_rs))						\
		dev_level(dev, fmt, ##__VA_ARGS__);			\
} while (0)

#define dev_emerg_ratelimited(dev, fmt, ...)	dev_level_ratelimited(dev_emerg, dev, fmt, ##__VA_ARGS__)
#define dev_alert_ratelimited(dev, fmt, ...)	dev_level_ratelimited(dev_alert, dev, fmt, ##__VA_ARGS__)
#define dev_crit_ratelimited(dev, fmt, ...)	dev_level_ratelimited(dev_crit, dev, fmt, ##__VA_ARGS__)
#define dev_err_ratelimited(dev, fmt, ...)	dev_level_ratelimited(dev_err, dev, fmt, ##__VA_ARGS__)
#define dev_warn_ratelimited(dev, fmt, ...)	dev_level_ratelimited(dev_warn, dev, fmt, ##__VA_ARGS__)
#define dev_notice_ratelimited(dev, fmt, ...)	dev_level_ratelimited(dev_notice, dev, fmt, ##__VA_ARGS__)
#define dev_info_ratelimited(dev, fmt, ...)	dev_level_ratelimited(dev_info, dev, fmt, ##__VA_ARGS__)
#ifdef DEBUG
#define dev_dbg_ratelimited(dev, fmt, ...)	dev_level_ratelimited(dev_dbg, dev, fmt, ##__VA_ARGS__)
#else
#define dev_dbg_ratelimited(dev, fmt, ...)	dev_no_printk(KERN_DEBUG, dev, dev_fmt(fmt), ##__VA_ARGS__)
#endif

/*
 * dev_err_probe(): err at error level, quiet (debug) on -EPROBE_DEFER,
 * which it records as the deferral's reason, and silent on -ENOMEM.
 */
#define dev_err_probe(dev, err, fmt, ...)				\
	kshim_dev_err_probe(KSHIM_MODNAME, dev, err, fmt, ##__VA_ARGS__)
#define dev_warn_probe(dev, err, fmt, ...)				\
	kshim_dev_warn_probe(KSHIM_MODNAME, dev, err, fmt, ##__VA_ARGS__)

#endif /* _DEVICE_PRINTK_H_ */
