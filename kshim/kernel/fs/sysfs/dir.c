// SPDX-License-Identifier: GPL-2.0-only
/*
 * sysfs directories (fs/sysfs/dir.c): one per kobject in sysfs, made by
 * kobject_add() and gone with kobject_del(), with the kernel's duplicate
 * check and its words, and found by path for the harness.
 */
#include <linux/kobject.h>
#include <linux/printk.h>
#include <linux/string.h>
#include <kshim/classapi.h>
#include <kshim/sysfs.h>
#include "sysfs.h"

LIST_HEAD(kshim_sysfs_dirs);

struct kshim_sysfs_dir *kshim_sysfs_dir(const struct kobject *kobj)
{
	struct kshim_sysfs_dir *d;

	/* Not kobj->sd alone: a device's kobject, or a stale one, has none of ours. */
	list_for_each_entry(d, &kshim_sysfs_dirs, node)
		if (d->kobj == kobj)
			return d;
	return NULL;
}

/* The path of @kobj below /sys ("/kernel/foo"), into @buf. */
char *kshim_sysfs_path(const struct kobject *kobj, char *buf, size_t len)
{
	const struct kobject *k;
	size_t n = 0, l;

	for (k = kobj; k; k = k->parent)
		n += strlen(kobject_name(k) ?: "") + 1;
	if (n >= len) {
		strscpy(buf, "/...", len);
		return buf;
	}
	buf[n] = '\0';
	for (k = kobj; k; k = k->parent) {
		l = strlen(kobject_name(k) ?: "");
		n -= l;
		memcpy(buf + n, kobject_name(k), l);
		buf[--n] = '/';
	}
	return buf;
}

/* sysfs_warn_dup(): what the kernel says before -EEXIST. */
void kshim_sysfs_warn_dup(const struct kobject *parent, const char *name)
{
	char path[256];

	pr_warn("sysfs: cannot create duplicate filename '%s/%s'\n",
		parent ? kshim_sysfs_path(parent, path, sizeof(path)) : "",
		name);
	dump_stack();
}

static struct kshim_sysfs_dir *find_child(const struct kobject *parent,
					  const char *name)
{
	struct kshim_sysfs_dir *d;

	list_for_each_entry(d, &kshim_sysfs_dirs, node)
		if (d->kobj->parent == parent &&
		    !strcmp(kobject_name(d->kobj), name))
			return d;
	return NULL;
}

/* sysfs_create_dir_ns(): kernfs's memory is kshim's, so it never fails. */
int kshim_sysfs_create_dir(struct kobject *kobj)
{
	struct kshim_sysfs_dir *d;

	kshim_kobject_roots();
	if (find_child(kobj->parent, kobject_name(kobj))) {
		kshim_sysfs_warn_dup(kobj->parent, kobject_name(kobj));
		return -EEXIST;
	}
	d = kshim_host_zalloc(sizeof(*d));
	d->kobj = kobj;
	d->module = kshim_current_module();
	list_add_tail(&d->node, &kshim_sysfs_dirs);
	kobj->sd = (struct kernfs_node *)d;
	return 0;
}

/* sysfs_remove_dir(): the directory and every file in it. */
void kshim_sysfs_remove_dir(struct kobject *kobj)
{
	struct kshim_sysfs_dir *d = kshim_sysfs_dir(kobj);

	if (d) {
		list_del(&d->node);
		kshim_host_free(d);
	}
	kobj->sd = NULL;
}

int kshim_sysfs_rename_dir(struct kobject *kobj, const char *new_name)
{
	struct kshim_sysfs_dir *d = find_child(kobj->parent, new_name);

	if (d && d->kobj != kobj) {
		kshim_sysfs_warn_dup(kobj->parent, new_name);
		return -EEXIST;
	}
	return 0;
}

/*
 * The kobject whose directory holds @path ("/sys/kernel/foo/bar"), the
 * deepest one; *@rest is what follows it ("bar", or "group/bar").
 */
struct kobject *kshim_sysfs_lookup(const char *path, const char **rest)
{
	struct kobject *best = NULL;
	struct kshim_sysfs_dir *d;
	size_t n, best_n = 0;
	char buf[256];

	kshim_kobject_roots();
	if (strncmp(path, "/sys/", 5))
		return NULL;
	path += 4;
	list_for_each_entry(d, &kshim_sysfs_dirs, node) {
		kshim_sysfs_path(d->kobj, buf, sizeof(buf));
		n = strlen(buf);
		if (n > best_n && !strncmp(path, buf, n) && path[n] == '/') {
			best = d->kobj;
			best_n = n;
		}
	}
	if (best)
		*rest = path + best_n + 1;
	return best;
}

int kshim_sysfs_exists(const char *path)
{
	struct kshim_sysfs_dir *d;
	char buf[256];

	kshim_kobject_roots();
	if (strncmp(path, "/sys/", 5))
		return 0;
	list_for_each_entry(d, &kshim_sysfs_dirs, node)
		if (!strcmp(kshim_sysfs_path(d->kobj, buf, sizeof(buf)), path + 4))
			return 1;
	return 0;
}

/* A fresh kernel: the kobjects' memory goes with the slab reset. */
void kshim_sysfs_reset(void)
{
	struct kshim_sysfs_dir *d, *n;

	list_for_each_entry_safe(d, n, &kshim_sysfs_dirs, node) {
		list_del(&d->node);
		kshim_host_free(d);
	}
	INIT_LIST_HEAD(&kshim_sysfs_dirs);
}
