/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * kobjects, reduced to what struct device needs of them: a name and a
 * reference count. There is no sysfs directory behind them; kshim's device
 * core serves attributes to the harness directly (kernel/device.c).
 */
#ifndef _KOBJECT_H_
#define _KOBJECT_H_

#include <linux/types.h>
#include <linux/sysfs.h>

struct kobject {
	const char *name;
	int refcount;		/* kref: the last put releases the owner */
};

static inline const char *kobject_name(const struct kobject *kobj)
{
	return kobj->name;
}

#endif /* _KOBJECT_H_ */
