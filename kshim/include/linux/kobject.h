/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * kobjects (lib/kobject.c): a name, a parent, a reference count and a
 * ktype, and the directory in sysfs they stand for. kshim keeps no file
 * system: a kobject's attribute files live in the kobject itself, and a
 * test reads and writes them by path (kshim_sysfs_read("/sys/kernel/x/y")).
 * struct device embeds one; kernel/device.c keeps a device's files apart.
 */
#ifndef _KOBJECT_H_
#define _KOBJECT_H_

#include <linux/types.h>
#include <linux/list.h>
/* VERIFY_OCTAL_PERMISSIONS (kernel.h in 6.1) before sysfs.h's __ATTR */
#include <linux/moduleparam.h>
#include <linux/sysfs.h>
#include <linux/compiler.h>
#include <linux/container_of.h>
#include <linux/stdarg.h>
#include <kshim/kapi.h>

#define KSHIM_KOBJ_MAX_FILES	16

struct kset;
struct kobj_type;

struct kobject {
	const char *name;
	int refcount;		/* kref: the last put releases the owner */
	struct list_head entry;
	struct kobject *parent;
	struct kset *kset;
	const struct kobj_type *ktype;
	unsigned int state_initialized:1;
	unsigned int state_in_sysfs:1;
	unsigned int state_add_uevent_sent:1;
	unsigned int state_remove_uevent_sent:1;
	unsigned int uevent_suppress:1;

	/* kshim: the directory's contents, in place of kernfs */
	struct list_head kshim_node;	/* on the list of directories in sysfs */
	const char *kshim_module;	/* whose code made it: guards its files */
	const struct attribute *kshim_files[KSHIM_KOBJ_MAX_FILES];
	const struct attribute_group *kshim_groups[KSHIM_KOBJ_MAX_FILES];
};

struct kobj_type {
	void (*release)(struct kobject *kobj);
	const struct sysfs_ops *sysfs_ops;
	const struct attribute_group **default_groups;
};

struct kset {
	struct list_head list;
	struct kobject kobj;
};

struct kobj_attribute {
	struct attribute attr;
	ssize_t (*show)(struct kobject *kobj, struct kobj_attribute *attr,
			char *buf);
	ssize_t (*store)(struct kobject *kobj, struct kobj_attribute *attr,
			 const char *buf, size_t count);
};

extern const struct sysfs_ops kobj_sysfs_ops;

/* The top-level directories: /sys/kernel, /sys/kernel/mm, /sys/firmware. */
extern struct kobject *kernel_kobj;
extern struct kobject *mm_kobj;
extern struct kobject *firmware_kobj;

static inline const char *kobject_name(const struct kobject *kobj)
{
	return kobj->name;
}

__printf(2, 3) int kobject_set_name(struct kobject *kobj, const char *name, ...);
__printf(2, 0) int kobject_set_name_vargs(struct kobject *kobj,
					  const char *fmt, va_list vargs);

void kobject_init(struct kobject *kobj, const struct kobj_type *ktype);
__printf(3, 4) __must_check
int kobject_add(struct kobject *kobj, struct kobject *parent,
		const char *fmt, ...);
__printf(4, 5) __must_check
int kobject_init_and_add(struct kobject *kobj, const struct kobj_type *ktype,
			 struct kobject *parent, const char *fmt, ...);
void kobject_del(struct kobject *kobj);
struct kobject * __must_check kobject_create_and_add(const char *name,
						      struct kobject *parent);
/* The allocation is the caller's: fault injection and leaks name its line. */
struct kobject * __must_check
kshim_kobject_create_and_add(const char *name, struct kobject *parent,
			     const struct kshim_site *site);
#define kobject_create_and_add(name, parent)				\
	kshim_kobject_create_and_add((name), (parent), KSHIM_SITE)
struct kobject *kobject_get(struct kobject *kobj);
void kobject_put(struct kobject *kobj);

static inline const struct kobj_type *get_ktype(struct kobject *kobj)
{
	return kobj->ktype;
}

/* No uevents: nobody listens. */
enum kobject_action {
	KOBJ_ADD,
	KOBJ_REMOVE,
	KOBJ_CHANGE,
	KOBJ_MOVE,
	KOBJ_ONLINE,
	KOBJ_OFFLINE,
	KOBJ_BIND,
	KOBJ_UNBIND,
};

static inline int kobject_uevent(struct kobject *kobj,
				 enum kobject_action action)
{
	return 0;
}

#endif /* _KOBJECT_H_ */
