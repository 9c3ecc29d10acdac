// SPDX-License-Identifier: GPL-2.0-only
/*
 * kobjects and their sysfs directories, after 6.1's lib/kobject.c and
 * fs/sysfs/{dir,file,group}.c. A kobject added to sysfs is on one list;
 * its files are the attributes and groups it holds (struct kobject's
 * kshim_files and kshim_groups), found by path when a test reads or writes
 * one. The rules are those of kernel/device.c's device attributes: a group's
 * is_visible() decides a file's mode at lookup, the mode decides whether a
 * read or write may open it (-EACCES), show() gets a page.
 */
#include <linux/kobject.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/bug.h>
#include <linux/err.h>
#include <linux/printk.h>
#include <linux/device.h>
#include <kshim/classapi.h>
#include <kshim/devapi.h>
#include <kshim/sysfs.h>

/* Every kobject in sysfs; the roots are put back on it by the reset. */
static LIST_HEAD(sysfs_dirs);

static struct kobject kernel_root = { .name = "kernel" };
static struct kobject mm_root = { .name = "mm", .parent = &kernel_root };
static struct kobject firmware_root = { .name = "firmware" };
struct kobject *kernel_kobj = &kernel_root;
struct kobject *mm_kobj = &mm_root;
struct kobject *firmware_kobj = &firmware_root;

static bool roots_ready;

static void root_add(struct kobject *kobj)
{
	kobj->refcount = 1;
	kobj->state_initialized = 1;
	kobj->state_in_sysfs = 1;
	memset(kobj->kshim_files, 0, sizeof(kobj->kshim_files));
	memset(kobj->kshim_groups, 0, sizeof(kobj->kshim_groups));
	list_add_tail(&kobj->kshim_node, &sysfs_dirs);
}

static void roots(void)
{
	if (roots_ready)
		return;
	roots_ready = true;
	INIT_LIST_HEAD(&sysfs_dirs);
	root_add(&kernel_root);
	root_add(&mm_root);
	root_add(&firmware_root);
}

void kshim_kobject_reset(void)
{
	/* The kobjects' memory goes with the slab reset. */
	roots_ready = false;
	roots();
}

/* The path of @kobj below /sys ("/kernel/foo"), into @buf. */
static char *kobj_path(const struct kobject *kobj, char *buf, size_t len)
{
	const struct kobject *k;
	size_t n = 0, l;

	for (k = kobj; k; k = k->parent)
		n += strlen(kobject_name(k)) + 1;
	if (n >= len) {
		strscpy(buf, "/...", len);
		return buf;
	}
	buf[n] = '\0';
	for (k = kobj; k; k = k->parent) {
		l = strlen(kobject_name(k));
		n -= l;
		memcpy(buf + n, kobject_name(k), l);
		buf[--n] = '/';
	}
	return buf;
}

/* sysfs_warn_dup(): what the kernel says before -EEXIST. */
static void warn_dup(const struct kobject *dir, const char *name)
{
	char path[256];

	pr_warn("sysfs: cannot create duplicate filename '%s/%s'\n",
		dir ? kobj_path(dir, path, sizeof(path)) : "", name);
	dump_stack();
}

/* ---- kobjects ---- */

int kobject_set_name_vargs(struct kobject *kobj, const char *fmt,
			   va_list vargs)
{
	const char *s;

	if (kobj->name && !fmt)
		return 0;
	s = kvasprintf_const(GFP_KERNEL, fmt, vargs);
	if (!s)
		return -ENOMEM;
	/* A '/' would make a path: the kernel turns it into '!'. */
	if (strchr(s, '/')) {
		char *t = kstrdup(s, GFP_KERNEL);

		kfree_const(s);
		if (!t)
			return -ENOMEM;
		strreplace(t, '/', '!');
		s = t;
	}
	kfree_const(kobj->name);
	kobj->name = s;
	return 0;
}

int kobject_set_name(struct kobject *kobj, const char *fmt, ...)
{
	va_list vargs;
	int ret;

	va_start(vargs, fmt);
	ret = kobject_set_name_vargs(kobj, fmt, vargs);
	va_end(vargs);
	return ret;
}

void kobject_init(struct kobject *kobj, const struct kobj_type *ktype)
{
	if (!kobj) {
		pr_err("kobject (%p): %s\n", kobj, "invalid kobject pointer!");
		dump_stack();
		return;
	}
	if (!ktype) {
		pr_err("kobject (%p): %s\n", kobj,
		       "must have a ktype to be initialized properly!\n");
		dump_stack();
		return;
	}
	if (kobj->state_initialized) {
		pr_err("kobject (%p): tried to init an initialized object, something is seriously wrong.\n",
		       kobj);
		dump_stack();
	}
	kobj->refcount = 1;
	INIT_LIST_HEAD(&kobj->entry);
	INIT_LIST_HEAD(&kobj->kshim_node);
	kobj->state_in_sysfs = 0;
	kobj->state_add_uevent_sent = 0;
	kobj->state_remove_uevent_sent = 0;
	kobj->state_initialized = 1;
	kobj->ktype = ktype;
}

struct kobject *kobject_get(struct kobject *kobj)
{
	if (kobj) {
		if (!kobj->state_initialized)
			WARN(1, KERN_WARNING "kobject: '%s' (%p): is not initialized, yet kobject_get() is being called.\n",
			     kobject_name(kobj), kobj);
		kobj->refcount++;
	}
	return kobj;
}

static void remove_dir(struct kobject *kobj)
{
	/* kernfs removes the directory and all it holds. */
	memset(kobj->kshim_files, 0, sizeof(kobj->kshim_files));
	memset(kobj->kshim_groups, 0, sizeof(kobj->kshim_groups));
	list_del_init(&kobj->kshim_node);
}

static int create_dir(struct kobject *kobj)
{
	const struct kobj_type *t = get_ktype(kobj);
	struct kobject *k;
	int ret;

	roots();
	list_for_each_entry(k, &sysfs_dirs, kshim_node) {
		if (k->parent == kobj->parent &&
		    !strcmp(kobject_name(k), kobject_name(kobj))) {
			warn_dup(kobj->parent, kobject_name(kobj));
			return -EEXIST;
		}
	}
	list_add_tail(&kobj->kshim_node, &sysfs_dirs);
	kobj->kshim_module = kshim_current_module();
	if (t && t->default_groups) {
		ret = sysfs_create_groups(kobj, t->default_groups);
		if (ret) {
			remove_dir(kobj);
			return ret;
		}
	}
	return 0;
}

static int kobject_add_internal(struct kobject *kobj)
{
	struct kobject *parent;
	int error;

	if (!kobj)
		return -ENOENT;
	if (!kobj->name || !kobj->name[0]) {
		WARN(1, "kobject: (%p): attempted to be registered with empty name!\n",
		     kobj);
		return -EINVAL;
	}
	parent = kobject_get(kobj->parent);
	pr_debug("kobject: '%s' (%p): %s: parent: '%s', set: '%s'\n",
		 kobject_name(kobj), kobj, __func__,
		 parent ? kobject_name(parent) : "<NULL>", "<NULL>");
	error = create_dir(kobj);
	if (error) {
		kobject_put(parent);
		kobj->parent = NULL;
		if (error == -EEXIST)
			pr_err("%s failed for %s with -EEXIST, don't try to register things with the same name in the same directory.\n",
			       __func__, kobject_name(kobj));
		else
			pr_err("%s failed for %s (error: %d parent: %s)\n",
			       __func__, kobject_name(kobj), error,
			       parent ? kobject_name(parent) : "'none'");
		return error;
	}
	kobj->state_in_sysfs = 1;
	return 0;
}

static int kobject_add_varg(struct kobject *kobj, struct kobject *parent,
			    const char *fmt, va_list vargs)
{
	int ret;

	ret = kobject_set_name_vargs(kobj, fmt, vargs);
	if (ret) {
		pr_err("kobject: can not set name properly!\n");
		return ret;
	}
	kobj->parent = parent;
	return kobject_add_internal(kobj);
}

int kobject_add(struct kobject *kobj, struct kobject *parent,
		const char *fmt, ...)
{
	va_list args;
	int ret;

	if (!kobj)
		return -EINVAL;
	if (!kobj->state_initialized) {
		pr_err("kobject '%s' (%p): tried to add an uninitialized object, something is seriously wrong.\n",
		       kobject_name(kobj), kobj);
		dump_stack();
		return -EINVAL;
	}
	va_start(args, fmt);
	ret = kobject_add_varg(kobj, parent, fmt, args);
	va_end(args);
	return ret;
}

int kobject_init_and_add(struct kobject *kobj, const struct kobj_type *ktype,
			 struct kobject *parent, const char *fmt, ...)
{
	va_list args;
	int ret;

	kobject_init(kobj, ktype);
	va_start(args, fmt);
	ret = kobject_add_varg(kobj, parent, fmt, args);
	va_end(args);
	return ret;
}

static void __kobject_del(struct kobject *kobj)
{
	const struct kobj_type *t = get_ktype(kobj);

	if (t && t->default_groups)
		sysfs_remove_groups(kobj, t->default_groups);
	remove_dir(kobj);
	kobj->state_in_sysfs = 0;
}

void kobject_del(struct kobject *kobj)
{
	struct kobject *parent;

	if (!kobj)
		return;
	parent = kobj->parent;
	__kobject_del(kobj);
	kobject_put(parent);
	kobj->parent = NULL;
}

static void kobject_cleanup(struct kobject *kobj)
{
	struct kobject *parent = kobj->parent;
	const struct kobj_type *t = get_ktype(kobj);
	const char *name = kobj->name;

	if (t && !t->release)
		pr_debug("kobject: '%s' (%p): does not have a release() function, it is broken and must be fixed. See Documentation/core-api/kobject.rst.\n",
			 kobject_name(kobj), kobj);
	if (kobj->state_in_sysfs)
		__kobject_del(kobj);
	else
		parent = NULL;	/* the parent's reference went with kobject_del() */
	if (t && t->release)
		t->release(kobj);
	kfree_const(name);
	kobject_put(parent);
}

void kobject_put(struct kobject *kobj)
{
	if (!kobj)
		return;
	if (!kobj->state_initialized)
		WARN(1, KERN_WARNING "kobject: '%s' (%p): is not initialized, yet kobject_put() is being called.\n",
		     kobject_name(kobj), kobj);
	/* kref_put() on a dead count: refcount_t's warning, nothing freed */
	if (WARN(kobj->refcount <= 0, "refcount_t: underflow; use-after-free.\n"))
		return;
	if (--kobj->refcount == 0)
		kobject_cleanup(kobj);
}

static void dynamic_kobj_release(struct kobject *kobj)
{
	pr_debug("kobject: (%p): %s\n", kobj, __func__);
	kfree(kobj);
}

static const struct kobj_type dynamic_kobj_ktype = {
	.release	= dynamic_kobj_release,
	.sysfs_ops	= &kobj_sysfs_ops,
};

#undef kobject_create_and_add
struct kobject *kshim_kobject_create_and_add(const char *name,
					     struct kobject *parent,
					     const struct kshim_site *site)
{
	struct kobject *kobj;
	int ret;

	kobj = kshim_alloc(sizeof(*kobj), __kshim_gfp(GFP_KERNEL | __GFP_ZERO),
			   site, "kzalloc");
	if (!kobj)
		return NULL;
	kobject_init(kobj, &dynamic_kobj_ktype);
	ret = kobject_add(kobj, parent, "%s", name);
	if (ret) {
		pr_warn("%s: kobject_add error: %d\n", "kobject_create_and_add", ret);
		kobject_put(kobj);
		kobj = NULL;
	}
	return kobj;
}

struct kobject *kobject_create_and_add(const char *name, struct kobject *parent)
{
	return kshim_kobject_create_and_add(name, parent, KSHIM_SITE);
}

/* kobj_sysfs_ops: a struct kobj_attribute's own show() and store(). */
static ssize_t kobj_attr_show(struct kobject *kobj, struct attribute *attr,
			      char *buf)
{
	struct kobj_attribute *kattr = container_of(attr, struct kobj_attribute,
						    attr);

	return kattr->show ? kattr->show(kobj, kattr, buf) : -EIO;
}

static ssize_t kobj_attr_store(struct kobject *kobj, struct attribute *attr,
			       const char *buf, size_t count)
{
	struct kobj_attribute *kattr = container_of(attr, struct kobj_attribute,
						    attr);

	return kattr->store ? kattr->store(kobj, kattr, buf, count) : -EIO;
}

const struct sysfs_ops kobj_sysfs_ops = {
	.show	= kobj_attr_show,
	.store	= kobj_attr_store,
};

/* ---- Files and groups ---- */

/* The mode of attribute @i of @grp in @kobj: 0 when it has no file. */
static umode_t group_mode(struct kobject *kobj, const struct attribute_group *grp,
			  int i)
{
	struct attribute *a = grp->attrs[i];

	return grp->is_visible ? grp->is_visible(kobj, a, i) : a->mode;
}

/* File @name of @kobj's directory (not of a named group's), or NULL. */
static const struct attribute *dir_find(struct kobject *kobj, const char *name,
					const char *group, umode_t *mode)
{
	const struct attribute_group *grp;
	int i, j;

	for (i = 0; !group && i < KSHIM_KOBJ_MAX_FILES; i++) {
		if (kobj->kshim_files[i] &&
		    !strcmp(kobj->kshim_files[i]->name, name)) {
			*mode = kobj->kshim_files[i]->mode;
			return kobj->kshim_files[i];
		}
	}
	for (i = 0; i < KSHIM_KOBJ_MAX_FILES; i++) {
		grp = kobj->kshim_groups[i];
		if (!grp || !grp->attrs)
			continue;
		if (group ? !grp->name || strcmp(grp->name, group) : !!grp->name)
			continue;
		for (j = 0; grp->attrs[j]; j++) {
			if (strcmp(grp->attrs[j]->name, name))
				continue;
			*mode = group_mode(kobj, grp, j);
			if (*mode)
				return grp->attrs[j];
		}
	}
	return NULL;
}

static bool sysfs_check(struct kobject *kobj)
{
	/* kobj->sd: its directory exists (create_dir() makes it first) */
	if (WARN_ON(!kobj || !kobj->kshim_node.next ||
		    list_empty(&kobj->kshim_node)))
		return false;
	if (WARN(!kobj->ktype || !kobj->ktype->sysfs_ops,
		 KERN_ERR "missing sysfs attribute operations for kobject: %s\n",
		 kobject_name(kobj)))
		return false;
	return true;
}

int kshim_sysfs_create_file(struct kobject *kobj, const struct attribute *attr,
			    const struct kshim_site *site)
{
	umode_t mode;
	int i;

	if (WARN_ON(!attr) || !sysfs_check(kobj))
		return -EINVAL;
	if (kshim_fault(site, "sysfs_create_file"))
		return -ENOMEM;
	if (dir_find(kobj, attr->name, NULL, &mode)) {
		warn_dup(kobj, attr->name);
		return -EEXIST;
	}
	for (i = 0; i < KSHIM_KOBJ_MAX_FILES; i++) {
		if (!kobj->kshim_files[i]) {
			kobj->kshim_files[i] = attr;
			return 0;
		}
	}
	return -ENOSPC;
}

void sysfs_remove_file(struct kobject *kobj, const struct attribute *attr)
{
	int i;

	for (i = 0; kobj && i < KSHIM_KOBJ_MAX_FILES; i++)
		if (kobj->kshim_files[i] == attr)
			kobj->kshim_files[i] = NULL;
}

static int group_slot(struct kobject *kobj, const struct attribute_group *grp)
{
	int i;

	for (i = 0; i < KSHIM_KOBJ_MAX_FILES; i++)
		if (kobj->kshim_groups[i] == grp)
			return i;
	return -1;
}

int kshim_sysfs_create_group(struct kobject *kobj,
			     const struct attribute_group *grp,
			     const struct kshim_site *site)
{
	const struct attribute_group *other;
	umode_t mode;
	int i, slot;

	if (!sysfs_check(kobj))
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
		for (i = 0; i < KSHIM_KOBJ_MAX_FILES; i++) {
			other = kobj->kshim_groups[i];
			if (other && other->name && !strcmp(other->name, grp->name)) {
				warn_dup(kobj, grp->name);
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
		if (dir_find(kobj, grp->attrs[i]->name, grp->name, &mode)) {
			warn_dup(kobj, grp->attrs[i]->name);
			return -EEXIST;
		}
	}
	slot = group_slot(kobj, NULL);
	if (slot < 0)
		return -ENOSPC;
	kobj->kshim_groups[slot] = grp;
	return 0;
}

void sysfs_remove_group(struct kobject *kobj, const struct attribute_group *grp)
{
	int slot = kobj ? group_slot(kobj, grp) : -1;

	if (slot < 0) {
		if (grp->name)
			WARN(1, KERN_WARNING "sysfs group '%s' not found for kobject '%s'\n",
			     grp->name, kobj ? kobject_name(kobj) : "");
		return;
	}
	kobj->kshim_groups[slot] = NULL;
}

int kshim_sysfs_create_groups(struct kobject *kobj,
			      const struct attribute_group **groups,
			      const struct kshim_site *site)
{
	int i, ret;

	for (i = 0; groups && groups[i]; i++) {
		ret = kshim_sysfs_create_group(kobj, groups[i], site);
		if (ret) {
			while (--i >= 0)
				sysfs_remove_group(kobj, groups[i]);
			return ret;
		}
	}
	return 0;
}

void sysfs_remove_groups(struct kobject *kobj,
			 const struct attribute_group **groups)
{
	int i;

	for (i = 0; groups && groups[i]; i++)
		sysfs_remove_group(kobj, groups[i]);
}

/* The functions themselves, for a caller that takes their address. */
#undef sysfs_create_file
#undef sysfs_create_group
#undef sysfs_create_groups
int sysfs_create_file(struct kobject *kobj, const struct attribute *attr)
{
	return kshim_sysfs_create_file(kobj, attr, KSHIM_SITE);
}

int sysfs_create_group(struct kobject *kobj, const struct attribute_group *grp)
{
	return kshim_sysfs_create_group(kobj, grp, KSHIM_SITE);
}

int sysfs_create_groups(struct kobject *kobj,
			const struct attribute_group **groups)
{
	return kshim_sysfs_create_groups(kobj, groups, KSHIM_SITE);
}

/* ---- The harness: a file by its path ---- */

/*
 * The kobject whose directory holds @path ("/sys/kernel/foo/bar"), the
 * deepest one; *@rest is what follows it ("bar", or "group/bar").
 */
static struct kobject *lookup(const char *path, const char **rest)
{
	struct kobject *k, *best = NULL;
	size_t n, best_n = 0;
	char buf[256];

	roots();
	if (strncmp(path, "/sys/", 5))
		return NULL;
	path += 4;
	list_for_each_entry(k, &sysfs_dirs, kshim_node) {
		kobj_path(k, buf, sizeof(buf));
		n = strlen(buf);
		if (n > best_n && !strncmp(path, buf, n) && path[n] == '/') {
			best = k;
			best_n = n;
		}
	}
	if (best)
		*rest = path + best_n + 1;
	return best;
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
		s = strrchr(copy, '/');
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
	char group[64];
	const char *rest, *slash;
	struct kobject *kobj;
	umode_t mode;

	kobj = lookup(path, &rest);
	if (!kobj)
		return ERR_PTR(-ENOENT);
	slash = strchr(rest, '/');
	if (slash) {
		if (slash - rest >= (long)sizeof(group) || strchr(slash + 1, '/'))
			return ERR_PTR(-ENOENT);
		memcpy(group, rest, slash - rest);
		group[slash - rest] = '\0';
		attr = dir_find(kobj, slash + 1, group, &mode);
	} else {
		attr = dir_find(kobj, rest, NULL, &mode);
	}
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
	const char *rest, *s;
	struct kobject *kobj = lookup(path, &rest);
	char dev[64];
	size_t n;

	if (kobj)
		return kobj->kshim_module;
	/* A device's file: its driver's module (the directory before the file) */
	s = strrchr(path, '/');
	while (s && s > path) {
		const char *d = s - 1;

		while (d > path && *d != '/')
			d--;
		n = s - d - 1;
		if (n < sizeof(dev)) {
			memcpy(dev, d + 1, n);
			dev[n] = '\0';
			if (kshim_find_device(dev))
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
		return PTR_ERR(attr) == -ENOENT ? device_file(path, buf, len, NULL) :
						  PTR_ERR(attr);
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
		return PTR_ERR(attr) == -ENOENT ? device_file(path, NULL, 0, val) :
						  PTR_ERR(attr);
	n = strnlen(val, PAGE_SIZE - 1);
	if (!n)
		return 0;
	memcpy(page, val, n);
	page[n] = '\0';
	return kobj->ktype->sysfs_ops->store(kobj, (struct attribute *)attr, page, n);
}

int kshim_sysfs_exists(const char *path)
{
	char buf[256];
	struct kobject *k;

	roots();
	if (strncmp(path, "/sys/", 5))
		return 0;
	list_for_each_entry(k, &sysfs_dirs, kshim_node)
		if (!strcmp(kobj_path(k, buf, sizeof(buf)), path + 4))
			return 1;
	return 0;
}
