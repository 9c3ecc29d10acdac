// SPDX-License-Identifier: GPL-2.0-only
/*
 * Attribute groups (fs/sysfs/group.c). A kobject's directory holds the
 * groups made in it; a group's is_visible() decides each file's mode when
 * it is looked up, and a named group is a subdirectory. On a device's
 * kobject the groups are the driver core's (drivers/base/core.c), which
 * finds its files with kshim_sysfs_group_find() too.
 */
#include <linux/bug.h>
#include <linux/device.h>
#include <linux/export.h>
#include <linux/printk.h>
#include <linux/string.h>
#include "sysfs.h"

/* The mode of attribute @i of @grp in @kobj: 0 when it has no file. */
static umode_t group_mode(struct kobject *kobj,
			  const struct attribute_group *grp, int i)
{
	struct attribute *a = grp->attrs[i];

	return grp->is_visible ? grp->is_visible(kobj, a, i) : a->mode;
}

/* @path in @grp of @kobj: "attr", or "group/attr" for a named group. */
struct attribute *kshim_sysfs_group_find(struct kobject *kobj,
					 const struct attribute_group *grp,
					 const char *path, umode_t *mode)
{
	size_t n = grp->name ? strlen(grp->name) : 0;
	int i;

	if (n) {
		if (strncmp(path, grp->name, n) || path[n] != '/')
			return NULL;
		path += n + 1;
	}
	for (i = 0; grp->attrs && grp->attrs[i]; i++) {
		if (strcmp(grp->attrs[i]->name, path))
			continue;
		*mode = group_mode(kobj, grp, i);
		if (*mode)
			return grp->attrs[i];	/* else hidden: no file */
	}
	return NULL;
}

static int group_slot(struct kshim_sysfs_dir *d,
		      const struct attribute_group *grp)
{
	int i;

	for (i = 0; i < KSHIM_SYSFS_MAX_FILES; i++)
		if (d->groups[i] == grp)
			return i;
	return -1;
}

/* Is there a file @name where group @in would put one, in @d? */
static bool has_file(struct kshim_sysfs_dir *d, const char *name,
		     const struct attribute_group *in)
{
	char path[128];
	umode_t mode;
	int i;

	if (!in->name) {
		for (i = 0; i < KSHIM_SYSFS_MAX_FILES; i++)
			if (d->files[i] && !strcmp(d->files[i]->name, name))
				return true;
	}
	snprintf(path, sizeof(path), "%s%s%s", in->name ?: "",
		 in->name ? "/" : "", name);
	for (i = 0; i < KSHIM_SYSFS_MAX_FILES; i++)
		if (d->groups[i] &&
		    kshim_sysfs_group_find(d->kobj, d->groups[i], path, &mode))
			return true;
	return false;
}

static int create_group_at(struct kobject *kobj,
			   const struct attribute_group *grp,
			   const struct kshim_site *site)
{
	struct kshim_sysfs_dir *d = kobj ? kshim_sysfs_dir(kobj) : NULL;
	umode_t mode;
	int i, slot;

	/* kobj->sd: the directory exists (kobject_add() made it). */
	if (WARN_ON(!d))
		return -EINVAL;
	if (!grp->attrs && !grp->bin_attrs) {
		pr_debug("sysfs: (bin_)attrs not set by subsystem for group: %s/%s, skipping\n",
			 kobject_name(kobj), grp->name ?: "");
		return 0;
	}
	/* kernfs's directory and files: allocations that can fail. */
	if (kshim_fault(site, "sysfs_create_group"))
		return -ENOMEM;
	if (grp->name) {
		for (i = 0; i < KSHIM_SYSFS_MAX_FILES; i++) {
			const struct attribute_group *other = d->groups[i];

			if (other && other->name &&
			    !strcmp(other->name, grp->name)) {
				kshim_sysfs_warn_dup(kobj, grp->name);
				return -EEXIST;
			}
		}
	}
	for (i = 0; grp->attrs && grp->attrs[i]; i++) {
		mode = group_mode(kobj, grp, i);
		if (!mode)
			continue;
		WARN(mode & ~0664, "Attribute %s: Invalid permissions 0%o\n",
		     grp->attrs[i]->name, mode);
		/* Two files of the one name in the same directory. */
		if (has_file(d, grp->attrs[i]->name, grp)) {
			kshim_sysfs_warn_dup(kobj, grp->attrs[i]->name);
			return -EEXIST;
		}
	}
	slot = group_slot(d, NULL);
	if (slot < 0)
		return -ENOSPC;
	d->groups[slot] = grp;
	return 0;
}

static void remove_group(struct kobject *kobj,
			 const struct attribute_group *grp)
{
	struct kshim_sysfs_dir *d = kobj ? kshim_sysfs_dir(kobj) : NULL;
	int slot = d ? group_slot(d, grp) : -1;

	if (slot < 0) {
		if (grp->name)
			WARN(1, KERN_WARNING "sysfs group '%s' not found for kobject '%s'\n",
			     grp->name, kobj ? kobject_name(kobj) : "");
		return;
	}
	d->groups[slot] = NULL;
}

void kshim_sysfs_remove_groups(struct kobject *kobj,
			       const struct attribute_group **groups)
{
	struct device *dev = kobj ? kshim_kobj_device(kobj) : NULL;
	int i;

	if (dev) {
		kshim_device_remove_groups(dev, groups);
		return;
	}
	for (i = 0; groups && groups[i]; i++)
		remove_group(kobj, groups[i]);
}

int kshim_sysfs_create_groups_at(struct kobject *kobj,
				 const struct attribute_group **groups,
				 const struct kshim_site *site)
{
	struct device *dev = kobj ? kshim_kobj_device(kobj) : NULL;
	int i, ret;

	if (dev)
		return kshim_device_create_groups_at(dev, groups, site);
	for (i = 0; groups && groups[i]; i++) {
		ret = create_group_at(kobj, groups[i], site);
		if (ret) {
			while (--i >= 0)
				remove_group(kobj, groups[i]);
			return ret;
		}
	}
	return 0;
}

int sysfs_create_group(struct kobject *kobj, const struct attribute_group *grp)
{
	return kshim_sysfs_create_groups_at(kobj,
			(const struct attribute_group *[]){ grp, NULL },
			KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(sysfs_create_group);

int sysfs_create_groups(struct kobject *kobj,
			const struct attribute_group **groups)
{
	return kshim_sysfs_create_groups_at(kobj, groups, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(sysfs_create_groups);

void sysfs_remove_group(struct kobject *kobj, const struct attribute_group *grp)
{
	kshim_sysfs_remove_groups(kobj,
			(const struct attribute_group *[]){ grp, NULL });
}
EXPORT_SYMBOL_GPL(sysfs_remove_group);

void sysfs_remove_groups(struct kobject *kobj,
			 const struct attribute_group **groups)
{
	kshim_sysfs_remove_groups(kobj, groups);
}
EXPORT_SYMBOL_GPL(sysfs_remove_groups);
