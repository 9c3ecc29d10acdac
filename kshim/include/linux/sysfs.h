/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * sysfs attributes and groups, as drivers declare them. kshim keeps no
 * file system: a test reads and writes a device's attributes through the
 * harness (kshim_attr_read/kshim_attr_write), with sysfs's rules.
 */
#ifndef _SYSFS_H_
#define _SYSFS_H_

#include <linux/compiler.h>
#include <linux/types.h>
#include <linux/stringify.h>
#include <kshim/kapi.h>

/* x86_64: show() gets a page; sysfs_emit() checks it is one. */
#ifndef PAGE_SHIFT
#define PAGE_SHIFT	12
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#define PAGE_MASK	(~(PAGE_SIZE - 1))
#endif

struct kobject;
struct module;

struct attribute {
	const char *name;
	umode_t mode;
};

struct bin_attribute;

struct attribute_group {
	const char *name;
	umode_t (*is_visible)(struct kobject *kobj, struct attribute *attr,
			      int index);
	umode_t (*is_bin_visible)(struct kobject *kobj,
				  struct bin_attribute *attr, int index);
	struct attribute **attrs;
	struct bin_attribute **bin_attrs;
};

/* The kernel's check of the permissions at build time (moduleparam.h). */
#ifndef VERIFY_OCTAL_PERMISSIONS
#define VERIFY_OCTAL_PERMISSIONS(perms)	(perms)
#endif

#define __ATTR(_name, _mode, _show, _store) {				\
	.attr = { .name = __stringify(_name),				\
		  .mode = VERIFY_OCTAL_PERMISSIONS(_mode) },		\
	.show = _show,							\
	.store = _store,						\
}

#define __ATTR_PREALLOC(_name, _mode, _show, _store)			\
	__ATTR(_name, _mode, _show, _store)

#define __ATTR_RO(_name) {						\
	.attr = { .name = __stringify(_name), .mode = 0444 },		\
	.show = _name##_show,						\
}

#define __ATTR_RO_MODE(_name, _mode) {					\
	.attr = { .name = __stringify(_name),				\
		  .mode = VERIFY_OCTAL_PERMISSIONS(_mode) },		\
	.show = _name##_show,						\
}

#define __ATTR_RW_MODE(_name, _mode) {					\
	.attr = { .name = __stringify(_name),				\
		  .mode = VERIFY_OCTAL_PERMISSIONS(_mode) },		\
	.show = _name##_show,						\
	.store = _name##_store,						\
}

#define __ATTR_WO(_name) {						\
	.attr = { .name = __stringify(_name), .mode = 0200 },		\
	.store = _name##_store,						\
}

#define __ATTR_RW(_name)	__ATTR(_name, 0644, _name##_show, _name##_store)

#define __ATTR_NULL { .attr = { .name = NULL } }

#define __ATTRIBUTE_GROUPS(_name)					\
static const struct attribute_group *_name##_groups[] = {		\
	&_name##_group,							\
	NULL,								\
}

#define ATTRIBUTE_GROUPS(_name)						\
static const struct attribute_group _name##_group = {			\
	.attrs = _name##_attrs,						\
};									\
__ATTRIBUTE_GROUPS(_name)

#define sysfs_attr_init(attr)	do { } while (0)

/* Format into a show() buffer: at most a page; WARN when @buf is not one. */
__printf(2, 3) int sysfs_emit(char *buf, const char *fmt, ...);
__printf(3, 4) int sysfs_emit_at(char *buf, int at, const char *fmt, ...);

static inline void sysfs_notify(struct kobject *kobj, const char *dir,
				const char *attr)
{
}

/* How a kobject's ktype reads and writes its files (kobj_sysfs_ops...). */
struct sysfs_ops {
	ssize_t (*show)(struct kobject *kobj, struct attribute *attr, char *buf);
	ssize_t (*store)(struct kobject *kobj, struct attribute *attr,
			 const char *buf, size_t count);
};

/*
 * Files in a kobject's directory (kernel/kobject.c). Creating them is
 * fallible, as kernfs's allocations are (-ENOMEM): fault injection and the
 * sweep name the caller's line.
 */
int __must_check sysfs_create_file(struct kobject *kobj,
				   const struct attribute *attr);
void sysfs_remove_file(struct kobject *kobj, const struct attribute *attr);
int __must_check sysfs_create_group(struct kobject *kobj,
				    const struct attribute_group *grp);
void sysfs_remove_group(struct kobject *kobj,
			const struct attribute_group *grp);
int __must_check sysfs_create_groups(struct kobject *kobj,
				     const struct attribute_group **groups);
int __must_check kshim_sysfs_create_file(struct kobject *kobj,
					 const struct attribute *attr,
					 const struct kshim_site *site);
int __must_check kshim_sysfs_create_group(struct kobject *kobj,
					  const struct attribute_group *grp,
					  const struct kshim_site *site);
int __must_check kshim_sysfs_create_groups(struct kobject *kobj,
					   const struct attribute_group **groups,
					   const struct kshim_site *site);
#define sysfs_create_file(kobj, attr)					\
	kshim_sysfs_create_file((kobj), (attr), KSHIM_SITE)
#define sysfs_create_group(kobj, grp)					\
	kshim_sysfs_create_group((kobj), (grp), KSHIM_SITE)
#define sysfs_create_groups(kobj, groups)				\
	kshim_sysfs_create_groups((kobj), (groups), KSHIM_SITE)
void sysfs_remove_groups(struct kobject *kobj,
			 const struct attribute_group **groups);

#endif /* _SYSFS_H_ */
