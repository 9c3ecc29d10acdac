// SPDX-License-Identifier: GPL-2.0-only
/*
 * sysfs files (fs/sysfs/file.c): a kobject's own attributes, and the
 * harness's access by path, as a process opening the file finds it: the
 * mode, and the kobject's sysfs_ops, decide whether it may be opened for
 * reading or writing (-EACCES), and show() and store() get a page. A path
 * that is no kobject's file may be a device's (drivers/base/core.c).
 */
#include <linux/bug.h>
#include <linux/device.h>
#include <linux/err.h>
#include <linux/export.h>
#include <linux/mm.h>
#include <linux/printk.h>
#include <linux/string.h>
#include <kshim/classapi.h>
#include <kshim/devapi.h>
#include "sysfs.h"

/* The file @path ("attr" or "group/attr") of @kobj's directory, or NULL. */
static const struct attribute *dir_find(struct kobject *kobj, const char *path,
					umode_t *mode)
{
	struct kshim_sysfs_dir *d = kshim_sysfs_dir(kobj);
	const struct attribute *a;
	int i;

	for (i = 0; d && !strchr(path, '/') && i < KSHIM_SYSFS_MAX_FILES; i++) {
		if (d->files[i] && !strcmp(d->files[i]->name, path)) {
			*mode = d->files[i]->mode;
			return d->files[i];
		}
	}
	for (i = 0; d && i < KSHIM_SYSFS_MAX_FILES; i++) {
		if (!d->groups[i])
			continue;
		a = kshim_sysfs_group_find(kobj, d->groups[i], path, mode);
		if (a)
			return a;
	}
	return NULL;
}

/* sysfs_create_file_ns()'s checks: a directory, and ops to reach it. */
static struct kshim_sysfs_dir *file_dir(struct kobject *kobj)
{
	struct kshim_sysfs_dir *d = kobj ? kshim_sysfs_dir(kobj) : NULL;

	if (WARN_ON(!d))
		return NULL;
	if (WARN(!kobj->ktype || !kobj->ktype->sysfs_ops,
		 KERN_ERR "missing sysfs attribute operations for kobject: %s\n",
		 kobject_name(kobj)))
		return NULL;
	return d;
}

static int create_file_at(struct kobject *kobj, const struct attribute *attr,
			  const struct kshim_site *site)
{
	struct device *dev = kobj ? kshim_kobj_device(kobj) : NULL;
	struct kshim_sysfs_dir *d;
	umode_t mode;
	int i;

	/* On a device's kobject: a device attribute, the driver core's file. */
	if (dev && attr)
		return device_create_file(dev, container_of(attr,
					  struct device_attribute, attr));
	if (WARN_ON(!attr))
		return -EINVAL;
	d = file_dir(kobj);
	if (!d)
		return -EINVAL;
	if (kshim_fault(site, "sysfs_create_file"))
		return -ENOMEM;
	if (dir_find(kobj, attr->name, &mode)) {
		kshim_sysfs_warn_dup(kobj, attr->name);
		return -EEXIST;
	}
	for (i = 0; i < KSHIM_SYSFS_MAX_FILES; i++) {
		if (!d->files[i]) {
			d->files[i] = attr;
			return 0;
		}
	}
	return -ENOSPC;
}

int sysfs_create_file_ns(struct kobject *kobj, const struct attribute *attr,
			 const void *ns)
{
	return create_file_at(kobj, attr, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(sysfs_create_file_ns);

void sysfs_remove_file_ns(struct kobject *kobj, const struct attribute *attr,
			  const void *ns)
{
	struct device *dev = kobj ? kshim_kobj_device(kobj) : NULL;
	struct kshim_sysfs_dir *d = kobj ? kshim_sysfs_dir(kobj) : NULL;
	int i;

	if (dev) {
		device_remove_file(dev, container_of(attr,
				   struct device_attribute, attr));
		return;
	}
	for (i = 0; d && i < KSHIM_SYSFS_MAX_FILES; i++)
		if (d->files[i] == attr)
			d->files[i] = NULL;
}
EXPORT_SYMBOL_GPL(sysfs_remove_file_ns);

int sysfs_create_files(struct kobject *kobj, const struct attribute * const *ptr)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	int err = 0;
	int i;

	for (i = 0; ptr[i] && !err; i++)
		err = create_file_at(kobj, ptr[i], site);
	if (err)
		while (--i >= 0)
			sysfs_remove_file_ns(kobj, ptr[i], NULL);
	return err;
}
EXPORT_SYMBOL_GPL(sysfs_create_files);

void sysfs_remove_files(struct kobject *kobj, const struct attribute * const *ptr)
{
	int i;

	for (i = 0; ptr[i]; i++)
		sysfs_remove_file_ns(kobj, ptr[i], NULL);
}
EXPORT_SYMBOL_GPL(sysfs_remove_files);

/* Nobody poll()s a sysfs file in kshim: nothing to wake. */
void sysfs_notify(struct kobject *kobj, const char *dir, const char *attr)
{
}
EXPORT_SYMBOL_GPL(sysfs_notify);

/* ---- The harness: a file by its path ---- */

/* The last '/' of @s before @end: strrchr(), which UML renames, bounded. */
static const char *last_slash(const char *s, const char *end)
{
	while (end > s && *--end != '/')
		;
	return *end == '/' ? end : NULL;
}

/* /sys/devices/.../DEV/ATTR or .../DEV/GROUP/ATTR: a device's attribute. */
static int device_file(const char *path, char *buf, size_t len,
		       const char *val)
{
	char copy[256], *parts[3] = { NULL, NULL, NULL }, *s;
	int ret, i;

	if (strncmp(path, "/sys/devices/", 13) && strncmp(path, "/sys/bus/", 9) &&
	    strncmp(path, "/sys/class/", 11))
		return -ENOENT;
	strscpy(copy, path, sizeof(copy));
	/* The last three components: [dev or group's dev] [group or dev] attr */
	for (i = 2; i >= 0; i--) {
		s = (char *)last_slash(copy, copy + strlen(copy));
		if (!s)
			break;
		parts[i] = s + 1;
		*s = '\0';
	}
	if (!parts[1] || !parts[2])
		return -ENOENT;
	ret = val ? __kshim_attr_write(parts[1], parts[2], val) :
		    __kshim_attr_read(parts[1], parts[2], buf, len);
	if (ret == -ENOENT && parts[0]) {
		/* parts[1]/parts[2] may be a group's file */
		parts[1][-1] = '/';
		ret = val ? __kshim_attr_write(parts[0], parts[1], val) :
			    __kshim_attr_read(parts[0], parts[1], buf, len);
	}
	return ret;
}

/*
 * The file @path names, as a process opening it for @access (0444 read,
 * 0222 write) finds it, or an ERR_PTR.
 */
static const struct attribute *open_file(const char *path, umode_t access,
					 struct kobject **kobjp)
{
	const struct attribute *attr;
	struct kobject *kobj;
	const char *rest, *slash;
	umode_t mode;

	kobj = kshim_sysfs_lookup(path, &rest);
	if (!kobj)
		return ERR_PTR(-ENOENT);
	slash = strchr(rest, '/');
	if (slash && strchr(slash + 1, '/'))
		return ERR_PTR(-ENOENT);
	attr = dir_find(kobj, rest, &mode);
	if (!attr)
		return ERR_PTR(-ENOENT);
	/* kernfs_fop_open(): the mode, and the ops, must allow the access */
	if (!(mode & access))
		return ERR_PTR(-EACCES);
	if (access & 0444 ? !kobj->ktype->sysfs_ops->show :
			    !kobj->ktype->sysfs_ops->store)
		return ERR_PTR(-EACCES);
	*kobjp = kobj;
	return attr;
}

/* What show() and store() get: a page, as sysfs gives them one. */
static char page[PAGE_SIZE] __aligned(PAGE_SIZE);

const char *__kshim_sysfs_module(const char *path)
{
	struct kobject *kobj;
	const char *rest, *s;
	char dev[64];
	size_t n;

	kobj = kshim_sysfs_lookup(path, &rest);
	if (kobj)
		return kshim_sysfs_dir(kobj)->module;
	/* A device's file: its driver's module (the directory before the file) */
	s = last_slash(path, path + strlen(path));
	while (s && s > path) {
		const char *d = s - 1;

		while (d > path && *d != '/')
			d--;
		n = s - d - 1;
		if (n < sizeof(dev)) {
			memcpy(dev, d + 1, n);
			dev[n] = '\0';
			if (kshim_device_exists(dev))
				return __kshim_device_module(dev, NULL) ?:
				       __kshim_led_module(dev);
		}
		s = d;
	}
	return NULL;
}

int __kshim_sysfs_read(const char *path, char *buf, size_t len)
{
	const struct attribute *attr;
	struct kobject *kobj;
	ssize_t ret;

	attr = open_file(path, 0444, &kobj);
	if (IS_ERR(attr))
		return PTR_ERR(attr) == -ENOENT ?
		       device_file(path, buf, len, NULL) : PTR_ERR(attr);
	memset(page, 0, sizeof(page));
	ret = kobj->ktype->sysfs_ops->show(kobj, (struct attribute *)attr, page);
	if (ret < 0)
		return ret;
	if (ret >= (ssize_t)PAGE_SIZE) {
		printk("fill_read_buffer: %pS returned bad count\n",
		       kobj->ktype->sysfs_ops->show);
		ret = PAGE_SIZE - 1;
	}
	if (len) {
		size_t n = min_t(size_t, ret, len - 1);

		memcpy(buf, page, n);
		buf[n] = '\0';
	}
	return ret;
}

int __kshim_sysfs_write(const char *path, const char *val)
{
	const struct attribute *attr;
	struct kobject *kobj;
	size_t n;

	attr = open_file(path, 0222, &kobj);
	if (IS_ERR(attr))
		return PTR_ERR(attr) == -ENOENT ?
		       device_file(path, NULL, 0, val) : PTR_ERR(attr);
	n = strnlen(val, PAGE_SIZE - 1);
	if (!n)
		return 0;
	memcpy(page, val, n);
	page[n] = '\0';
	return kobj->ktype->sysfs_ops->store(kobj, (struct attribute *)attr,
					     page, n);
}
