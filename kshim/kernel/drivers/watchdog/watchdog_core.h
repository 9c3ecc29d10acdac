/* SPDX-License-Identifier: GPL-2.0-only */
/* What watchdog_core.c and watchdog_dev.c share (watchdog_core.h in 6.1). */
#ifndef _KSHIM_DRIVERS_WATCHDOG_CORE_H
#define _KSHIM_DRIVERS_WATCHDOG_CORE_H

#include <linux/watchdog.h>

#define MAX_DOGS	32	/* Maximum number of watchdog devices */

struct kshim_site;
int watchdog_dev_register(struct watchdog_device *wdd,
			  const struct kshim_site *site);
void watchdog_dev_unregister(struct watchdog_device *wdd);

#endif /* _KSHIM_DRIVERS_WATCHDOG_CORE_H */
