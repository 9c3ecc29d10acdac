// SPDX-License-Identifier: GPL-2.0-only
/*
 * Character devices (fs/char_dev.c) for modules built against the kernel's
 * own headers: device number regions, the map of added cdevs, and how an
 * open of a device node finds its file_operations. Each registration
 * remembers the module that made it, so that one left behind at unload is
 * reported (host/uspace.c) and forgotten. kshim's records are host memory:
 * never a leak of the driver's, never failed.
 */
#include <linux/kernel.h>
#include <linux/cdev.h>
#include <linux/device.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/kobject.h>
#include <linux/major.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <kshim/devapi.h>
#include <kshim/usapi.h>
#include "internal.h"

#define CHRDEV_MAJOR_HASH_SIZE	255

struct char_device_struct {
	struct list_head node;
	unsigned int major;
	unsigned int baseminor;
	int minorct;
	char name[64];
	struct cdev *cdev;		/* from __register_chrdev() */
	const char *module;
	const struct kshim_site *site;
};

/* An added cdev: kobj_map()'s probe, and who added it. */
struct cdev_rec {
	struct list_head node;
	struct cdev *p;
	dev_t dev;
	unsigned int count;
	const char *module;
	const struct kshim_site *site;
};

static LIST_HEAD(chrdevs);		/* sorted by major, then baseminor */
static LIST_HEAD(cdev_map);		/* newest first */

static bool major_used(unsigned int major)
{
	struct char_device_struct *cd;

	list_for_each_entry(cd, &chrdevs, node)
		if (cd->major == major)
			return true;
	return false;
}

/* The kernel hashes majors into 255 buckets: a bucket in use is taken. */
static bool bucket_used(unsigned int i)
{
	struct char_device_struct *cd;

	list_for_each_entry(cd, &chrdevs, node)
		if (cd->major % CHRDEV_MAJOR_HASH_SIZE == i)
			return true;
	return false;
}

static int find_dynamic_major(void)
{
	int i;

	for (i = CHRDEV_MAJOR_HASH_SIZE - 1; i >= CHRDEV_MAJOR_DYN_END; i--)
		if (!bucket_used(i))
			return i;
	for (i = CHRDEV_MAJOR_DYN_EXT_START; i >= CHRDEV_MAJOR_DYN_EXT_END; i--)
		if (!major_used(i))
			return i;
	return -EBUSY;
}

static void region_free(struct char_device_struct *cd)
{
	kshim_free(cd, KSHIM_SITE, "kfree");
}

static struct char_device_struct *
register_region(unsigned int major, unsigned int baseminor, int minorct,
		const char *name, const struct kshim_site *site)
{
	struct char_device_struct *cd, *curr;
	struct list_head *pos;
	int ret;

	if (major >= CHRDEV_MAJOR_MAX) {
		pr_err("CHRDEV \"%s\" major requested (%u) is greater than the maximum (%u)\n",
		       name, major, CHRDEV_MAJOR_MAX - 1);
		return ERR_PTR(-EINVAL);
	}
	if (minorct > MINORMASK + 1 - baseminor) {
		pr_err("CHRDEV \"%s\" minor range requested (%u-%u) is out of range of maximum range (%u-%u) for a single major\n",
		       name, baseminor, baseminor + minorct - 1, 0, MINORMASK);
		return ERR_PTR(-EINVAL);
	}
	cd = kshim_alloc(sizeof(*cd), (__force unsigned int)(GFP_KERNEL | __GFP_ZERO),
			 site, "kzalloc");
	if (!cd)
		return ERR_PTR(-ENOMEM);
	if (major == 0) {
		ret = find_dynamic_major();
		if (ret < 0) {
			pr_err("CHRDEV \"%s\" dynamic allocation region is full\n",
			       name);
			goto out;
		}
		major = ret;
	}
	ret = -EBUSY;
	/* misc_init()'s register_chrdev(MISC_MAJOR): all of major 10. */
	if (major == MISC_MAJOR && kshim_misc_open)
		goto out;
	pos = &chrdevs;
	list_for_each_entry(curr, &chrdevs, node) {
		if (curr->major < major) {
			pos = &curr->node;
			continue;
		}
		if (curr->major > major)
			break;
		if (curr->baseminor + curr->minorct <= baseminor) {
			pos = &curr->node;
			continue;
		}
		if (curr->baseminor >= baseminor + minorct)
			break;
		goto out;
	}
	cd->major = major;
	cd->baseminor = baseminor;
	cd->minorct = minorct;
	strscpy(cd->name, name, sizeof(cd->name));
	cd->module = kshim_uspace_module();
	cd->site = site;
	list_add(&cd->node, pos);
	return cd;
out:
	region_free(cd);
	return ERR_PTR(ret);
}

static struct char_device_struct *
unregister_region(unsigned int major, unsigned int baseminor, int minorct)
{
	struct char_device_struct *cd;

	list_for_each_entry(cd, &chrdevs, node) {
		if (cd->major == major && cd->baseminor == baseminor &&
		    cd->minorct == minorct) {
			list_del(&cd->node);
			return cd;
		}
	}
	return NULL;
}

static void unregister_range(dev_t from, unsigned int count)
{
	dev_t to = from + count;
	dev_t n, next;

	for (n = from; n < to; n = next) {
		next = MKDEV(MAJOR(n) + 1, 0);
		if (next > to)
			next = to;
		region_free(unregister_region(MAJOR(n), MINOR(n), next - n));
	}
}

int register_chrdev_region(dev_t from, unsigned int count, const char *name)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	struct char_device_struct *cd;
	dev_t to = from + count;
	dev_t n, next;

	for (n = from; n < to; n = next) {
		next = MKDEV(MAJOR(n) + 1, 0);
		if (next > to)
			next = to;
		cd = register_region(MAJOR(n), MINOR(n), next - n, name, site);
		if (IS_ERR(cd)) {
			unregister_range(from, n - from);
			return PTR_ERR(cd);
		}
	}
	return 0;
}
EXPORT_SYMBOL(register_chrdev_region);

int alloc_chrdev_region(dev_t *dev, unsigned int baseminor, unsigned int count,
			const char *name)
{
	struct char_device_struct *cd;

	cd = register_region(0, baseminor, count, name, KSHIM_CALLER_SITE);
	if (IS_ERR(cd))
		return PTR_ERR(cd);
	*dev = MKDEV(cd->major, cd->baseminor);
	return 0;
}
EXPORT_SYMBOL(alloc_chrdev_region);

void unregister_chrdev_region(dev_t from, unsigned int count)
{
	unregister_range(from, count);
}
EXPORT_SYMBOL(unregister_chrdev_region);

/* ---- cdevs ---- */

/* As the kernel's: the ktype says whether the last put frees the cdev. */
static struct kobj_type ktype_cdev_default;
static struct kobj_type ktype_cdev_dynamic;

static void cdev_ref_init(struct cdev *p, struct kobj_type *ktype)
{
	p->kobj.ktype = ktype;
	atomic_set(&p->kobj.kref.refcount.refs, 1);
}

static void cdev_ref_get(struct cdev *p)
{
	atomic_inc(&p->kobj.kref.refcount.refs);
}

/* kobject_put(&p->kobj): the last reference frees one from cdev_alloc(). */
static void cdev_ref_put(struct cdev *p)
{
	if (atomic_dec_and_test(&p->kobj.kref.refcount.refs) &&
	    p->kobj.ktype == &ktype_cdev_dynamic)
		kshim_free(p, KSHIM_SITE, "kfree");
}

void cdev_init(struct cdev *cdev, const struct file_operations *fops)
{
	memset(cdev, 0, sizeof(*cdev));
	INIT_LIST_HEAD(&cdev->list);
	cdev_ref_init(cdev, &ktype_cdev_default);
	cdev->ops = fops;
}
EXPORT_SYMBOL(cdev_init);

static struct cdev *cdev_alloc_at(const struct kshim_site *site)
{
	struct cdev *p = kshim_alloc(sizeof(*p),
				     (__force unsigned int)(GFP_KERNEL | __GFP_ZERO),
				     site, "kzalloc");

	if (p) {
		INIT_LIST_HEAD(&p->list);
		cdev_ref_init(p, &ktype_cdev_dynamic);
	}
	return p;
}

struct cdev *cdev_alloc(void)
{
	return cdev_alloc_at(KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(cdev_alloc);

static int cdev_add_at(struct cdev *p, dev_t dev, unsigned int count,
		       const struct kshim_site *site)
{
	struct cdev_rec *rec;

	p->dev = dev;
	p->count = count;
	if (WARN_ON(dev == MKDEV(0, 0)))	/* WHITEOUT_DEV */
		return -EBUSY;
	/* kobj_map()'s allocation. */
	if (kshim_fault(site, "kmalloc"))
		return -ENOMEM;
	rec = kshim_host_zalloc(sizeof(*rec));
	rec->p = p;
	rec->dev = dev;
	rec->count = count;
	rec->module = kshim_uspace_module();
	rec->site = site;
	list_add(&rec->node, &cdev_map);
	/* kobject_get(p->kobj.parent): nothing to hold here. */
	return 0;
}

int cdev_add(struct cdev *p, dev_t dev, unsigned int count)
{
	return cdev_add_at(p, dev, count, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(cdev_add);

void cdev_set_parent(struct cdev *p, struct kobject *kobj)
{
	p->kobj.parent = kobj;
}
EXPORT_SYMBOL(cdev_set_parent);

static void cdev_rec_forget(struct cdev_rec *rec)
{
	list_del(&rec->node);
	kshim_host_free(rec);
}

/* kobj_unmap(): the newest mapping of @p (there is one per cdev_add()). */
static void cdev_unmap(struct cdev *p)
{
	struct cdev_rec *rec;

	list_for_each_entry(rec, &cdev_map, node) {
		if (rec->p == p) {
			cdev_rec_forget(rec);
			return;
		}
	}
}

void cdev_del(struct cdev *p)
{
	cdev_unmap(p);
	/* Open files hold it too. */
	cdev_ref_put(p);
}
EXPORT_SYMBOL(cdev_del);

int cdev_device_add(struct cdev *cdev, struct device *dev)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	KSHIM_CALLER(site);
	int rc = 0;

	if (dev->devt) {
		cdev_set_parent(cdev, &dev->kobj);
		rc = cdev_add_at(cdev, dev->devt, 1, site);
		if (rc)
			return rc;
	}
	rc = device_add(dev);
	if (rc && dev->devt)
		cdev_del(cdev);
	return rc;
}
EXPORT_SYMBOL(cdev_device_add);

void cdev_device_del(struct cdev *cdev, struct device *dev)
{
	device_del(dev);
	if (dev->devt)
		cdev_del(cdev);
}
EXPORT_SYMBOL(cdev_device_del);

int __register_chrdev(unsigned int major, unsigned int baseminor,
		      unsigned int count, const char *name,
		      const struct file_operations *fops)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	struct char_device_struct *cd;
	struct cdev *cdev;
	int err = -ENOMEM;

	cd = register_region(major, baseminor, count, name, site);
	if (IS_ERR(cd))
		return PTR_ERR(cd);
	cdev = cdev_alloc_at(site);
	if (!cdev)
		goto out2;
	cdev->owner = fops->owner;
	cdev->ops = fops;
	err = cdev_add_at(cdev, MKDEV(cd->major, baseminor), count, site);
	if (err)
		goto out;
	cd->cdev = cdev;
	return major ? 0 : cd->major;
out:
	/* As 6.1: no module reference was taken, none is dropped. */
	cdev_ref_put(cdev);
out2:
	region_free(unregister_region(cd->major, baseminor, count));
	return err;
}
EXPORT_SYMBOL(__register_chrdev);

void __unregister_chrdev(unsigned int major, unsigned int baseminor,
			 unsigned int count, const char *name)
{
	struct char_device_struct *cd;

	cd = unregister_region(major, baseminor, count);
	if (cd && cd->cdev)
		cdev_del(cd->cdev);
	region_free(cd);
}
EXPORT_SYMBOL(__unregister_chrdev);

/* kobj_lookup(): the smallest range holding @devt, the newest of those. */
static struct cdev_rec *cdev_lookup(dev_t devt)
{
	struct cdev_rec *rec, *best = NULL;

	list_for_each_entry(rec, &cdev_map, node)
		if (devt >= rec->dev && devt - rec->dev < rec->count &&
		    (!best || rec->count < best->count))
			best = rec;
	return best;
}

/* ---- Module references of the fops and the cdev (kernel/module/main.c) ---- */

const struct file_operations *kshim_fops_get(const struct file_operations *fops)
{
	return fops && try_module_get(fops->owner) ? fops : NULL;
}

void kshim_fops_put(const struct file_operations *fops)
{
	if (fops)
		module_put(fops->owner);
}

/* What an open file holds: the cdev, and its owner module. */
static struct cdev *cdev_get(struct cdev *p)
{
	if (!try_module_get(p->owner))
		return NULL;
	cdev_ref_get(p);
	return p;
}

void kshim_cdev_put(struct cdev *p)
{
	struct module *owner;

	if (!p)
		return;
	owner = p->owner;
	cdev_ref_put(p);
	module_put(owner);
}

/* ---- Opening a node ---- */

static int parse_uint(const char **s, unsigned int *val)
{
	const char *p = *s;
	unsigned long v = 0;

	if (*p < '0' || *p > '9')
		return -ENOENT;
	for (; *p >= '0' && *p <= '9'; p++) {
		v = v * 10 + (*p - '0');
		if (v > UINT_MAX)
			return -ENOENT;
	}
	*val = v;
	*s = p;
	return 0;
}

int kshim_chrdev_lookup(const char *path, dev_t *devt)
{
	unsigned int major, minor;
	struct device *dev;

	if (!strncmp(path, "char:", 5)) {
		path += 5;
		if (parse_uint(&path, &major) || *path++ != ':' ||
		    parse_uint(&path, &minor) || *path ||
		    major >= 4096 || minor > MINORMASK)
			return -ENOENT;
		*devt = MKDEV(major, minor);
		return 0;
	}
	if (strncmp(path, "/dev/", 5))
		return -ENOENT;
	if (kshim_misc_lookup && !kshim_misc_lookup(path + 5, devt))
		return 0;
	/* devtmpfs: a registered device with a number has a node. */
	dev = kshim_find_device ? kshim_find_device(path + 5) : NULL;
	if (dev && dev->devt) {
		*devt = dev->devt;
		return 0;
	}
	return -ENOENT;
}

/* chrdev_open() */
int kshim_chrdev_open(struct inode *inode, struct file *filp)
{
	const struct file_operations *fops;
	struct cdev_rec *rec;

	if (imajor(inode) == MISC_MAJOR && kshim_misc_open)
		return kshim_misc_open(inode, filp);
	rec = cdev_lookup(inode->i_rdev);
	if (!rec || !cdev_get(rec->p))
		return -ENXIO;
	inode->i_cdev = rec->p;
	kshim_vfile(filp)->cdev = rec->p;
	fops = kshim_fops_get(rec->p->ops);
	if (!fops)
		return -ENXIO;
	filp->f_op = fops;
	if (filp->f_op->open)
		return filp->f_op->open(inode, filp);
	return 0;
}

const char *kshim_chrdev_module(dev_t devt)
{
	struct cdev_rec *rec;

	if (MAJOR(devt) == MISC_MAJOR && kshim_misc_module) {
		const char *module = kshim_misc_module(MINOR(devt));

		if (module)
			return module;
	}
	rec = cdev_lookup(devt);
	if (!rec)
		return NULL;
	if (rec->module)
		return rec->module;
	return rec->p->owner ? rec->p->owner->name : NULL;
}

static bool same_module(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

void kshim_chrdev_unload(const char *module, const char *when)
{
	struct char_device_struct *cd, *tcd;
	struct cdev_rec *rec, *trec;
	char name[96];

	if (kshim_misc_unload)
		kshim_misc_unload(module, when);
	list_for_each_entry_safe(cd, tcd, &chrdevs, node) {
		if (!same_module(cd->module, module))
			continue;
		snprintf(name, sizeof(name), "'%s' (%u:%u-%u)", cd->name,
			 cd->major, cd->baseminor,
			 cd->baseminor + cd->minorct - 1);
		kshim_uspace_leftover("char device region", name, cd->site,
				      module, when);
		list_del(&cd->node);
		if (cd->cdev)
			cdev_del(cd->cdev);
		region_free(cd);
	}
	if (kshim_devclass_unload)
		kshim_devclass_unload(module, when);
	list_for_each_entry_safe(rec, trec, &cdev_map, node) {
		if (!same_module(rec->module, module))
			continue;
		snprintf(name, sizeof(name), "%u:%u (%u minors)",
			 MAJOR(rec->dev), MINOR(rec->dev), rec->count);
		kshim_uspace_leftover("cdev", name, rec->site, module, when);
		cdev_rec_forget(rec);
	}
}

void kshim_chrdev_reset(void)
{
	struct cdev_rec *rec, *trec;

	if (kshim_misc_reset)
		kshim_misc_reset();
	if (kshim_devclass_reset)
		kshim_devclass_reset();
	list_for_each_entry_safe(rec, trec, &cdev_map, node)
		kshim_host_free(rec);
	/* The regions are slab memory, which the reset frees. */
	INIT_LIST_HEAD(&chrdevs);
	INIT_LIST_HEAD(&cdev_map);
}
