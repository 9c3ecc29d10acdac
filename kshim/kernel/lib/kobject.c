// SPDX-License-Identifier: GPL-2.0-only
/*
 * kobjects and ksets (lib/kobject.c) on the kernel's own struct kobject:
 * names, references and release, adding to and deleting from sysfs
 * (fs/sysfs/: a directory, its default groups), and the roots that
 * drivers hang their kobjects from, /sys/kernel, /sys/kernel/mm and
 * /sys/firmware. As kshim's old kernel/kobject.c, with the kernel's words
 * for what goes wrong; one thread, no locks.
 */
#include <linux/kobject.h>
#include <linux/bug.h>
#include <linux/err.h>
#include <linux/export.h>
#include <linux/printk.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "../fs/sysfs/sysfs.h"

/* ---- Names ---- */

/* The name's memory is kshim's own line's: never a driver's fallible call. */
static void free_name(const char *name)
{
	if (name && !kshim_is_rodata(name))
		kshim_free(name, KSHIM_SITE, "kfree_const");
}

int kobject_set_name_vargs(struct kobject *kobj, const char *fmt,
			   va_list vargs)
{
	const char *s;

	if (kobj->name && !fmt)
		return 0;
	s = kshim_kvasprintf_const(KSHIM_SITE, GFP_KERNEL, fmt, vargs);
	if (!s)
		return -ENOMEM;
	/* A '/' would make a path: the kernel turns it into '!'. */
	if (strchr(s, '/')) {
		char *t = kshim_alloc(strlen(s) + 1, __kshim_gfp(GFP_KERNEL),
				      KSHIM_SITE, "kstrdup");

		if (!t) {
			free_name(s);
			return -ENOMEM;
		}
		strcpy(t, s);
		free_name(s);
		strreplace(t, '/', '!');
		s = t;
	}
	free_name(kobj->name);
	kobj->name = s;
	return 0;
}
EXPORT_SYMBOL(kobject_set_name_vargs);

int kobject_set_name(struct kobject *kobj, const char *fmt, ...)
{
	va_list vargs;
	int ret;

	va_start(vargs, fmt);
	ret = kobject_set_name_vargs(kobj, fmt, vargs);
	va_end(vargs);
	return ret;
}
EXPORT_SYMBOL(kobject_set_name);

char *kobject_get_path(const struct kobject *kobj, gfp_t gfp_mask)
{
	char buf[256], *path;

	kshim_sysfs_path(kobj, buf, sizeof(buf));
	path = kshim_alloc(strlen(buf) + 1, __kshim_gfp(gfp_mask | __GFP_ZERO),
			   KSHIM_CALLER_SITE, "kzalloc");
	if (path)
		strcpy(path, buf);
	return path;
}
EXPORT_SYMBOL_GPL(kobject_get_path);

/* ---- References ---- */

static unsigned int refs(const struct kobject *kobj)
{
	return atomic_read(&kobj->kref.refcount.refs);
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
	kref_init(&kobj->kref);
	INIT_LIST_HEAD(&kobj->entry);
	kobj->state_in_sysfs = 0;
	kobj->state_add_uevent_sent = 0;
	kobj->state_remove_uevent_sent = 0;
	kobj->state_initialized = 1;
	kobj->ktype = ktype;
}
EXPORT_SYMBOL(kobject_init);

struct kobject *kobject_get(struct kobject *kobj)
{
	if (kobj) {
		if (!kobj->state_initialized)
			WARN(1, KERN_WARNING "kobject: '%s' (%p): is not initialized, yet kobject_get() is being called.\n",
			     kobject_name(kobj), kobj);
		atomic_inc(&kobj->kref.refcount.refs);
	}
	return kobj;
}
EXPORT_SYMBOL(kobject_get);

struct kobject *kobject_get_unless_zero(struct kobject *kobj)
{
	if (!kobj || !refs(kobj))
		return NULL;
	atomic_inc(&kobj->kref.refcount.refs);
	return kobj;
}
EXPORT_SYMBOL(kobject_get_unless_zero);

/* ---- Ksets ---- */

static void kobj_kset_join(struct kobject *kobj)
{
	if (!kobj->kset)
		return;
	kset_get(kobj->kset);
	list_add_tail(&kobj->entry, &kobj->kset->list);
}

static void kobj_kset_leave(struct kobject *kobj)
{
	if (!kobj->kset)
		return;
	list_del_init(&kobj->entry);
	kset_put(kobj->kset);
}

/* ---- Adding to sysfs ---- */

static int create_dir(struct kobject *kobj)
{
	const struct kobj_type *t = get_ktype(kobj);
	int ret;

	ret = kshim_sysfs_create_dir(kobj);
	if (ret)
		return ret;
	if (t && t->default_groups) {
		/* kshim's line: the caller's call was the kobject_add() */
		ret = kshim_sysfs_create_groups_at(kobj, t->default_groups,
						   KSHIM_SITE);
		if (ret) {
			kshim_sysfs_remove_dir(kobj);
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
	/* A kobject of a kset, without a parent, is in the kset's directory. */
	if (kobj->kset) {
		if (!parent)
			parent = kobject_get(&kobj->kset->kobj);
		kobj_kset_join(kobj);
		kobj->parent = parent;
	}
	pr_debug("kobject: '%s' (%p): %s: parent: '%s', set: '%s'\n",
		 kobject_name(kobj), kobj, __func__,
		 parent ? kobject_name(parent) : "<NULL>",
		 kobj->kset ? kobject_name(&kobj->kset->kobj) : "<NULL>");
	error = create_dir(kobj);
	if (error) {
		kobj_kset_leave(kobj);
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
EXPORT_SYMBOL(kobject_add);

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
EXPORT_SYMBOL_GPL(kobject_init_and_add);

int kobject_rename(struct kobject *kobj, const char *new_name)
{
	const char *name;
	int error;

	kobj = kobject_get(kobj);
	if (!kobj)
		return -EINVAL;
	if (!kobj->parent) {
		kobject_put(kobj);
		return -EINVAL;
	}
	error = kshim_sysfs_rename_dir(kobj, new_name);
	if (!error) {
		name = kshim_kstrdup_const(new_name, GFP_KERNEL, KSHIM_SITE);
		if (!name) {
			error = -ENOMEM;
		} else {
			free_name(kobj->name);
			kobj->name = name;
		}
	}
	kobject_put(kobj);
	return error;
}
EXPORT_SYMBOL_GPL(kobject_rename);

/* ---- Deleting and releasing ---- */

static void __kobject_del(struct kobject *kobj)
{
	const struct kobj_type *t = get_ktype(kobj);

	if (t && t->default_groups)
		kshim_sysfs_remove_groups(kobj, t->default_groups);
	kshim_sysfs_remove_dir(kobj);
	kobj->state_in_sysfs = 0;
	kobj_kset_leave(kobj);
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
EXPORT_SYMBOL(kobject_del);

static void kobject_cleanup(struct kobject *kobj)
{
	const struct kobj_type *t = get_ktype(kobj);
	struct kobject *parent = kobj->parent;
	const char *name = kobj->name;

	if (t && !t->release)
		pr_debug("kobject: '%s' (%p): does not have a release() function, it is broken and must be fixed. See Documentation/core-api/kobject.rst.\n",
			 kobject_name(kobj), kobj);
	if (kobj->state_add_uevent_sent && !kobj->state_remove_uevent_sent)
		kobject_uevent(kobj, KOBJ_REMOVE);
	if (kobj->state_in_sysfs)
		__kobject_del(kobj);
	else
		parent = NULL;	/* the parent's reference went with kobject_del() */
	if (t && t->release)
		t->release(kobj);
	free_name(name);
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
	if (WARN((int)refs(kobj) <= 0, "refcount_t: underflow; use-after-free.\n"))
		return;
	if (atomic_dec_and_test(&kobj->kref.refcount.refs))
		kobject_cleanup(kobj);
}
EXPORT_SYMBOL(kobject_put);

/* ---- kobjects of their own: kobject_create_and_add() ---- */

static void dynamic_kobj_release(struct kobject *kobj)
{
	pr_debug("kobject: (%p): %s\n", kobj, __func__);
	kshim_free(kobj, KSHIM_SITE, "kfree");
}

static const struct kobj_type dynamic_kobj_ktype = {
	.release	= dynamic_kobj_release,
	.sysfs_ops	= &kobj_sysfs_ops,
};

struct kobject *kobject_create_and_add(const char *name, struct kobject *parent)
{
	struct kobject *kobj;
	int ret;

	/* The caller's kzalloc(), as the old path reports it. */
	kobj = kshim_alloc(sizeof(*kobj), __kshim_gfp(GFP_KERNEL | __GFP_ZERO),
			   KSHIM_CALLER_SITE, "kzalloc");
	if (!kobj)
		return NULL;
	kobject_init(kobj, &dynamic_kobj_ktype);
	ret = kobject_add(kobj, parent, "%s", name);
	if (ret) {
		pr_warn("%s: kobject_add error: %d\n", __func__, ret);
		kobject_put(kobj);
		kobj = NULL;
	}
	return kobj;
}
EXPORT_SYMBOL_GPL(kobject_create_and_add);

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
EXPORT_SYMBOL_GPL(kobj_sysfs_ops);

/* ---- Ksets ---- */

void kset_init(struct kset *k)
{
	kobject_init(&k->kobj, k->kobj.ktype);
	INIT_LIST_HEAD(&k->list);
	spin_lock_init(&k->list_lock);
}

int kset_register(struct kset *k)
{
	int err;

	if (!k)
		return -EINVAL;
	if (!k->kobj.ktype) {
		pr_err("must have a ktype to be initialized properly!\n");
		return -EINVAL;
	}
	kset_init(k);
	err = kobject_add_internal(&k->kobj);
	if (err) {
		/* 6.1.y: the name goes, as kobject_cleanup() would free it. */
		free_name(k->kobj.name);
		k->kobj.name = NULL;
		return err;
	}
	kobject_uevent(&k->kobj, KOBJ_ADD);
	return 0;
}
EXPORT_SYMBOL(kset_register);

void kset_unregister(struct kset *k)
{
	if (!k)
		return;
	kobject_del(&k->kobj);
	kobject_put(&k->kobj);
}
EXPORT_SYMBOL(kset_unregister);

struct kobject *kset_find_obj(struct kset *kset, const char *name)
{
	struct kobject *k;

	list_for_each_entry(k, &kset->list, entry)
		if (kobject_name(k) && !strcmp(kobject_name(k), name))
			return kobject_get_unless_zero(k);
	return NULL;
}
EXPORT_SYMBOL_GPL(kset_find_obj);

static void kset_release(struct kobject *kobj)
{
	struct kset *kset = container_of(kobj, struct kset, kobj);

	pr_debug("kobject: '%s' (%p): %s\n", kobject_name(kobj), kobj, __func__);
	kshim_free(kset, KSHIM_SITE, "kfree");
}

static void kset_get_ownership(struct kobject *kobj, kuid_t *uid, kgid_t *gid)
{
	if (kobj->parent)
		kobject_get_ownership(kobj->parent, uid, gid);
}

static const struct kobj_type kset_ktype = {
	.sysfs_ops	= &kobj_sysfs_ops,
	.release	= kset_release,
	.get_ownership	= kset_get_ownership,
};

struct kset *kset_create_and_add(const char *name,
				 const struct kset_uevent_ops *uevent_ops,
				 struct kobject *parent_kobj)
{
	struct kset *kset;

	/* kset_create()'s kzalloc(), at the caller's line. */
	kset = kshim_alloc(sizeof(*kset), __kshim_gfp(GFP_KERNEL | __GFP_ZERO),
			   KSHIM_CALLER_SITE, "kzalloc");
	if (!kset)
		return NULL;
	if (kobject_set_name(&kset->kobj, "%s", name)) {
		kshim_free(kset, KSHIM_SITE, "kfree");
		return NULL;
	}
	kset->uevent_ops = uevent_ops;
	kset->kobj.parent = parent_kobj;
	kset->kobj.ktype = &kset_ktype;
	kset->kobj.kset = NULL;
	if (kset_register(kset)) {
		kshim_free(kset, KSHIM_SITE, "kfree");
		return NULL;
	}
	return kset;
}
EXPORT_SYMBOL_GPL(kset_create_and_add);

/* No namespaces, no owners but root: sysfs's defaults. */
const void *kobject_namespace(struct kobject *kobj)
{
	return NULL;
}

void kobject_get_ownership(struct kobject *kobj, kuid_t *uid, kgid_t *gid)
{
	*uid = GLOBAL_ROOT_UID;
	*gid = GLOBAL_ROOT_GID;
	if (kobj->ktype->get_ownership)
		kobj->ktype->get_ownership(kobj, uid, gid);
}

/* ---- The roots ---- */

static struct kobject kernel_root = { .name = "kernel" };
static struct kobject mm_root = { .name = "mm", .parent = &kernel_root };
static struct kobject firmware_root = { .name = "firmware" };
struct kobject *kernel_kobj = &kernel_root;
EXPORT_SYMBOL_GPL(kernel_kobj);
struct kobject *mm_kobj = &mm_root;
EXPORT_SYMBOL_GPL(mm_kobj);
struct kobject *firmware_kobj = &firmware_root;
EXPORT_SYMBOL_GPL(firmware_kobj);

static bool roots_ready;

/* As ksysfs_init() and friends make them: kobject_create_and_add()'s kind. */
static void root_add(struct kobject *kobj)
{
	struct kobject *parent = kobj->parent;

	kobj->ktype = &dynamic_kobj_ktype;
	kref_init(&kobj->kref);
	INIT_LIST_HEAD(&kobj->entry);
	kobj->state_initialized = 1;
	kobj->state_in_sysfs = 1;
	kobj->parent = parent;
	if (!kshim_sysfs_create_dir(kobj))
		kshim_sysfs_dir(kobj)->module = NULL;
}

void kshim_kobject_roots(void)
{
	if (roots_ready)
		return;
	roots_ready = true;
	root_add(&kernel_root);
	root_add(&mm_root);
	root_add(&firmware_root);
}

/* A fresh kernel (host/classdev.c): no kobject of the last one is left. */
void kshim_kobject_reset(void)
{
	kshim_sysfs_reset();
	roots_ready = false;
	kshim_kobject_roots();
}
