/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What sysfs's files (fs/sysfs/{dir,file,group}.c), lib/kobject.c and the
 * driver core share. A kobject's directory is a record of kshim's own, in
 * host memory, that kobj->sd points at while the directory exists (the
 * kernel's kernfs_node is kernfs's business: no driver reads it); its
 * files are the attributes and groups it holds, found by path when the
 * harness reads or writes one. A device's files are the driver core's
 * (drivers/base/core.c), which sysfs's calls on a device's kobject reach.
 */
#ifndef _KSHIM_FS_SYSFS_H
#define _KSHIM_FS_SYSFS_H

#include <linux/kobject.h>
#include <linux/list.h>
#include <linux/sysfs.h>
#include "../../internal.h"

#define KSHIM_SYSFS_MAX_FILES	16

struct kshim_sysfs_dir {
	struct list_head node;		/* on kshim_sysfs_dirs */
	struct kobject *kobj;
	const char *module;		/* whose code made it: the harness guards it */
	const struct attribute *files[KSHIM_SYSFS_MAX_FILES];
	const struct attribute_group *groups[KSHIM_SYSFS_MAX_FILES];
};

/* dir.c */
extern struct list_head kshim_sysfs_dirs;
struct kshim_sysfs_dir *kshim_sysfs_dir(const struct kobject *kobj);
int kshim_sysfs_create_dir(struct kobject *kobj);
void kshim_sysfs_remove_dir(struct kobject *kobj);
int kshim_sysfs_rename_dir(struct kobject *kobj, const char *new_name);
char *kshim_sysfs_path(const struct kobject *kobj, char *buf, size_t len);
void kshim_sysfs_warn_dup(const struct kobject *parent, const char *name);
struct kobject *kshim_sysfs_lookup(const char *path, const char **rest);
void kshim_sysfs_reset(void);

/* group.c */
struct attribute *kshim_sysfs_group_find(struct kobject *kobj,
					 const struct attribute_group *grp,
					 const char *path, umode_t *mode);
int kshim_sysfs_create_groups_at(struct kobject *kobj,
				 const struct attribute_group **groups,
				 const struct kshim_site *site);
void kshim_sysfs_remove_groups(struct kobject *kobj,
			       const struct attribute_group **groups);

/* lib/kobject.c: /sys/kernel, /sys/kernel/mm, /sys/firmware. */
void kshim_kobject_roots(void);

/* drivers/base/core.c: a device's kobject and its files. */
bool kshim_device_exists(const char *name);
struct device;
struct device *kshim_kobj_device(struct kobject *kobj);
int kshim_device_create_groups_at(struct device *dev,
				  const struct attribute_group **groups,
				  const struct kshim_site *site);
void kshim_device_remove_groups(struct device *dev,
				const struct attribute_group **groups);

/* Host memory (host/device.c): directories are kshim's, never a driver's. */
void *kshim_host_zalloc(size_t size);
void kshim_host_free(void *p);

#endif /* _KSHIM_FS_SYSFS_H */
