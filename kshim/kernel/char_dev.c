// SPDX-License-Identifier: GPL-2.0-only
/*
 * Character devices (fs/char_dev.c) and misc devices (drivers/char/misc.c):
 * device number regions, the map of added cdevs, the misc list, and how an
 * open of a device node finds its file_operations. Each registration
 * remembers the module that made it, so that one left behind at unload is
 * reported (host/uspace.c) and forgotten.
 */
#include <linux/kernel.h>
#include <linux/cdev.h>
#include <linux/device.h>
#include <linux/device/class.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <kshim/devapi.h>
#include <kshim/usapi.h>

#include "uspace.h"

#define CHRDEV_MAJOR_HASH_SIZE	255

struct char_device_struct {
	struct list_head node;
	unsigned int major;
	unsigned int baseminor;
	int minorct;
	char name[64];
	struct cdev *cdev;		/* from register_chrdev() */
	const char *module;
	const struct kshim_site *site;
};

static LIST_HEAD(chrdevs);		/* sorted by major, then baseminor */
static LIST_HEAD(cdev_map);		/* added cdevs, newest first */
static LIST_HEAD(misc_list);

/* misc.c: the dynamic minors, 127 downwards. */
#define DYNAMIC_MINORS	128
static bool misc_minors[DYNAMIC_MINORS];

static int first_free_minor(void)
{
	int i;

	for (i = 0; i < DYNAMIC_MINORS && misc_minors[i]; i++)
		;
	return i;
}

static void free_minor(int minor)
{
	int i = DYNAMIC_MINORS - minor - 1;

	if (i < DYNAMIC_MINORS && i >= 0)
		misc_minors[i] = false;
}

/* Who registered a misc device, for the unload check. */
struct misc_rec {
	struct list_head node;
	struct miscdevice *misc;
	const char *module;
	const struct kshim_site *site;
};

static LIST_HEAD(misc_recs);

/* Major 10 is the misc driver's (built in, registered at boot). */
static struct char_device_struct misc_region = {
	.major = MISC_MAJOR, .minorct = 256, .name = "misc",
};

static void chrdev_init_once(void)
{
	if (list_empty(&chrdevs))
		list_add(&misc_region.node, &chrdevs);
}

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

static struct char_device_struct *
register_region(unsigned int major, unsigned int baseminor, int minorct,
		const char *name, const struct kshim_site *site)
{
	struct char_device_struct *cd, *curr;
	struct list_head *pos;
	int ret;

	chrdev_init_once();
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
	cd = kshim_alloc(sizeof(*cd), GFP_KERNEL | __GFP_ZERO, site, "kzalloc");
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
	kfree(cd);
	return ERR_PTR(ret);
}

static struct char_device_struct *
unregister_region(unsigned int major, unsigned int baseminor, int minorct)
{
	struct char_device_struct *cd;

	list_for_each_entry(cd, &chrdevs, node) {
		if (cd != &misc_region && cd->major == major &&
		    cd->baseminor == baseminor && cd->minorct == minorct) {
			list_del(&cd->node);
			return cd;
		}
	}
	return NULL;
}

int kshim_register_chrdev_region(dev_t from, unsigned int count,
				 const char *name,
				 const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	struct char_device_struct *cd;
	dev_t to = from + count;
	dev_t n, next;

	for (n = from; n < to; n = next) {
		next = MKDEV(MAJOR(n) + 1, 0);
		if (next > to)
			next = to;
		cd = register_region(MAJOR(n), MINOR(n), next - n, name, site);
		if (IS_ERR(cd))
			goto fail;
	}
	return 0;
fail:
	unregister_chrdev_region(from, n - from);
	return PTR_ERR(cd);
}
EXPORT_SYMBOL(kshim_register_chrdev_region);

int kshim_alloc_chrdev_region(dev_t *dev, unsigned int baseminor,
			      unsigned int count, const char *name,
			      const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	struct char_device_struct *cd;

	cd = register_region(0, baseminor, count, name, site);
	if (IS_ERR(cd))
		return PTR_ERR(cd);
	*dev = MKDEV(cd->major, cd->baseminor);
	return 0;
}
EXPORT_SYMBOL(kshim_alloc_chrdev_region);

void unregister_chrdev_region(dev_t from, unsigned int count)
{
	dev_t to = from + count;
	dev_t n, next;

	for (n = from; n < to; n = next) {
		next = MKDEV(MAJOR(n) + 1, 0);
		if (next > to)
			next = to;
		kfree(unregister_region(MAJOR(n), MINOR(n), next - n));
	}
}
EXPORT_SYMBOL(unregister_chrdev_region);

static void cdev_kobj_put(struct cdev *p);

int kshim_register_chrdev(unsigned int major, unsigned int baseminor,
			  unsigned int count, const char *name,
			  const struct file_operations *fops,
			  const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	struct char_device_struct *cd;
	struct cdev *cdev;
	int err = -ENOMEM;

	cd = register_region(major, baseminor, count, name, site);
	if (IS_ERR(cd))
		return PTR_ERR(cd);
	cdev = kshim_cdev_alloc(site);
	if (!cdev)
		goto out2;
	cdev->owner = fops->owner;
	cdev->ops = fops;
	err = kshim_cdev_add(cdev, MKDEV(cd->major, baseminor), count, site);
	if (err)
		goto out;
	cd->cdev = cdev;
	return major ? 0 : cd->major;
out:
	/* As 6.1: no module reference was taken, none is dropped. */
	cdev_kobj_put(cdev);
out2:
	kfree(unregister_region(cd->major, baseminor, count));
	return err;
}
EXPORT_SYMBOL(kshim_register_chrdev);

void __unregister_chrdev(unsigned int major, unsigned int baseminor,
			 unsigned int count, const char *name)
{
	struct char_device_struct *cd;

	cd = unregister_region(major, baseminor, count);
	if (cd && cd->cdev)
		cdev_del(cd->cdev);
	kfree(cd);
}
EXPORT_SYMBOL(__unregister_chrdev);

/* ---- cdevs ---- */

static void cdev_release(struct cdev *p)
{
	if (p->kshim_dynamic)
		kfree(p);
}

/* kobject_put(&p->kobj): the last reference frees one from cdev_alloc(). */
static void cdev_kobj_put(struct cdev *p)
{
	if (--p->kobj.refcount == 0)
		cdev_release(p);
}

void cdev_init(struct cdev *cdev, const struct file_operations *fops)
{
	memset(cdev, 0, sizeof(*cdev));
	INIT_LIST_HEAD(&cdev->list);
	INIT_LIST_HEAD(&cdev->kshim_node);
	cdev->kobj.refcount = 1;
	cdev->ops = fops;
}
EXPORT_SYMBOL(cdev_init);

struct cdev *kshim_cdev_alloc(const struct kshim_site *site)
{
	struct cdev *p = kshim_alloc(sizeof(*p), GFP_KERNEL | __GFP_ZERO, site,
				     "kzalloc");

	if (p) {
		cdev_init(p, NULL);
		p->kshim_dynamic = true;
	}
	return p;
}
EXPORT_SYMBOL(kshim_cdev_alloc);

/* What an open file holds: the cdev, and its owner module. */
static struct cdev *cdev_get(struct cdev *p)
{
	if (!try_module_get(p->owner))
		return NULL;
	p->kobj.refcount++;
	return p;
}

void cdev_put(struct cdev *p)
{
	struct module *owner;

	if (!p)
		return;
	owner = p->owner;
	cdev_kobj_put(p);
	module_put(owner);
}

int kshim_cdev_add(struct cdev *p, dev_t dev, unsigned int count,
		   const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	p->dev = dev;
	p->count = count;
	if (WARN_ON(dev == MKDEV(0, 0)))	/* WHITEOUT_DEV */
		return -EBUSY;
	/* kobj_map()'s allocation. */
	if (kshim_fault(site, "kmalloc"))
		return -ENOMEM;
	p->kshim_module = kshim_uspace_module();
	p->kshim_site = site;
	list_add(&p->kshim_node, &cdev_map);
	return 0;
}
EXPORT_SYMBOL(kshim_cdev_add);

void cdev_set_parent(struct cdev *p, struct kobject *kobj)
{
	p->kobj.parent = kobj;
}
EXPORT_SYMBOL(cdev_set_parent);

static void cdev_unmap(struct cdev *p)
{
	list_del_init(&p->kshim_node);
}

void cdev_del(struct cdev *p)
{
	cdev_unmap(p);
	/* Open files hold it too. */
	cdev_kobj_put(p);
}
EXPORT_SYMBOL(cdev_del);

int kshim_cdev_device_add(struct cdev *cdev, struct device *dev,
			  const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	int rc = 0;

	if (dev->devt) {
		cdev_set_parent(cdev, &dev->kobj);
		rc = kshim_cdev_add(cdev, dev->devt, 1, site);
		if (rc)
			return rc;
	}
	rc = device_add(dev);
	if (rc && dev->devt)
		cdev_del(cdev);
	return rc;
}
EXPORT_SYMBOL(kshim_cdev_device_add);

void cdev_device_del(struct cdev *cdev, struct device *dev)
{
	device_del(dev);
	if (dev->devt)
		cdev_del(cdev);
}
EXPORT_SYMBOL(cdev_device_del);

/* kobj_lookup(): the smallest range holding @devt, the newest of those. */
static struct cdev *cdev_lookup(dev_t devt)
{
	struct cdev *p, *best = NULL;

	list_for_each_entry(p, &cdev_map, kshim_node)
		if (devt >= p->dev && devt - p->dev < p->count &&
		    (!best || p->count < best->count))
			best = p;
	return best;
}

/* ---- Devices made for a class (device_create()) or a misc device ---- */

static void device_create_release(struct device *dev)
{
	kfree(dev);
}

/* device_create_groups_vargs(), once the name is made. */
static struct device *create_device(struct class *cls, struct device *parent,
				    dev_t devt, void *drvdata,
				    const struct attribute_group **groups,
				    const char *name,
				    const struct kshim_site *site)
{
	struct device *dev;
	int retval;

	dev = kshim_alloc(sizeof(*dev), GFP_KERNEL | __GFP_ZERO, site,
			  "kzalloc");
	if (!dev)
		return ERR_PTR(-ENOMEM);
	device_initialize(dev);
	dev->devt = devt;
	dev->class = cls;
	dev->parent = parent;
	dev->groups = groups;
	dev->release = device_create_release;
	dev_set_drvdata(dev, drvdata);
	retval = dev_set_name(dev, "%s", name);
	/* device_add() makes dev->groups' files. */
	if (!retval)
		retval = device_add(dev);
	if (retval) {
		put_device(dev);
		return ERR_PTR(retval);
	}
	return dev;
}

/* ---- misc devices ---- */

/* device_create_with_groups() for the misc class. */
static struct device *misc_device_create(struct miscdevice *misc, dev_t devt,
					 const struct kshim_site *site)
{
	return create_device(NULL, misc->parent, devt, misc, misc->groups,
			     misc->name, site);
}

int kshim_misc_register(struct miscdevice *misc, const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	bool is_dynamic = misc->minor == MISC_DYNAMIC_MINOR;
	struct misc_rec *rec;
	struct miscdevice *c;
	int err = 0;

	INIT_LIST_HEAD(&misc->list);
	if (is_dynamic) {
		int i = first_free_minor();

		if (i >= DYNAMIC_MINORS)
			return -EBUSY;
		misc->minor = DYNAMIC_MINORS - i - 1;
		misc_minors[i] = true;
	} else {
		list_for_each_entry(c, &misc_list, list)
			if (c->minor == misc->minor)
				return -EBUSY;
	}
	misc->this_device = misc_device_create(misc,
					       MKDEV(MISC_MAJOR, misc->minor),
					       site);
	if (IS_ERR(misc->this_device)) {
		if (is_dynamic) {
			free_minor(misc->minor);
			misc->minor = MISC_DYNAMIC_MINOR;
		}
		err = PTR_ERR(misc->this_device);
		return err;
	}
	list_add(&misc->list, &misc_list);
	rec = kshim_host_zalloc(sizeof(*rec));
	rec->misc = misc;
	rec->module = kshim_uspace_module();
	rec->site = site;
	list_add(&rec->node, &misc_recs);
	return 0;
}
EXPORT_SYMBOL(kshim_misc_register);

static struct misc_rec *misc_rec_of(struct miscdevice *misc)
{
	struct misc_rec *rec;

	list_for_each_entry(rec, &misc_recs, node)
		if (rec->misc == misc)
			return rec;
	return NULL;
}

static void misc_forget(struct miscdevice *misc)
{
	struct misc_rec *rec = misc_rec_of(misc);

	list_del(&misc->list);
	device_unregister(misc->this_device);
	free_minor(misc->minor);
	if (rec) {
		list_del(&rec->node);
		kshim_host_free(rec);
	}
}

void misc_deregister(struct miscdevice *misc)
{
	/* A second deregistration finds a poisoned list, as the kernel's. */
	if (WARN_ON(list_empty(&misc->list)))
		return;
	misc_forget(misc);
}
EXPORT_SYMBOL(misc_deregister);

static struct miscdevice *misc_find(unsigned int minor)
{
	struct miscdevice *c;

	list_for_each_entry(c, &misc_list, list)
		if (c->minor == minor)
			return c;
	return NULL;
}

static int misc_open(struct inode *inode, struct file *file)
{
	struct miscdevice *c = misc_find(iminor(inode));
	const struct file_operations *new_fops;

	/* request_module("char-major-10-N") finds nothing: all is linked in. */
	if (!c)
		return -ENODEV;
	new_fops = fops_get(c->fops);
	if (!new_fops)
		return -ENODEV;
	/* The misc device is in private_data before ->open() runs. */
	file->private_data = c;
	file->f_op = new_fops;
	if (file->f_op->open)
		return file->f_op->open(inode, file);
	return 0;
}

/* ---- Classes and the devices made in them ---- */

static LIST_HEAD(classes);

/* A device_create() device, for device_destroy() and the unload check. */
struct node_rec {
	struct list_head node;
	struct device *dev;
	const char *module;
	const struct kshim_site *site;
};

static LIST_HEAD(node_recs);

int kshim_class_register(struct class *cls, const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	struct class *c;

	list_for_each_entry(c, &classes, kshim_node) {
		if (!strcmp(c->name, cls->name)) {
			/* kset_register() of a name taken: kobject_add_internal() */
			pr_err("kobject_add_internal failed for %s with -EEXIST, don't try to register things with the same name in the same directory.\n",
			       cls->name);
			return -EEXIST;
		}
	}
	cls->kshim_module = kshim_uspace_module();
	cls->kshim_site = site;
	list_add_tail(&cls->kshim_node, &classes);
	return 0;
}
EXPORT_SYMBOL(kshim_class_register);

struct class *kshim_class_create(struct module *owner, const char *name,
				 const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	struct class *cls;
	int retval;

	cls = kshim_alloc(sizeof(*cls), GFP_KERNEL | __GFP_ZERO, site,
			  "kzalloc");
	if (!cls)
		return ERR_PTR(-ENOMEM);
	cls->name = name;
	cls->owner = owner;
	cls->kshim_dynamic = true;
	retval = kshim_class_register(cls, site);
	if (retval) {
		kfree(cls);
		return ERR_PTR(retval);
	}
	return cls;
}
EXPORT_SYMBOL(kshim_class_create);

static void class_forget(struct class *cls)
{
	list_del(&cls->kshim_node);
	if (cls->kshim_dynamic)
		kfree(cls);
	else if (cls->class_release)
		cls->class_release(cls);
}

void class_unregister(struct class *cls)
{
	class_forget(cls);
}
EXPORT_SYMBOL(class_unregister);

void class_destroy(struct class *cls)
{
	if (IS_ERR_OR_NULL(cls))
		return;
	class_unregister(cls);
}
EXPORT_SYMBOL(class_destroy);

static struct device *device_create_vargs(struct class *cls,
					  struct device *parent, dev_t devt,
					  void *drvdata,
					  const struct attribute_group **groups,
					  const struct kshim_site *site,
					  const char *fmt, va_list args)
{
	struct node_rec *rec;
	struct device *dev;
	va_list aq;
	char *name;
	int len;

	if (IS_ERR_OR_NULL(cls))
		return ERR_PTR(-ENODEV);
	/* Any length, as kobject_set_name_vargs(); the device's copy is the fallible one. */
	va_copy(aq, args);
	len = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	name = kshim_host_zalloc(len + 1);
	vsnprintf(name, len + 1, fmt, args);
	dev = create_device(cls, parent, devt, drvdata, groups, name, site);
	kshim_host_free(name);
	if (IS_ERR(dev))
		return dev;
	rec = kshim_host_zalloc(sizeof(*rec));
	rec->dev = dev;
	rec->module = kshim_uspace_module();
	rec->site = site;
	list_add_tail(&rec->node, &node_recs);
	return dev;
}

struct device *kshim_device_create(struct class *cls, struct device *parent,
				   dev_t devt, void *drvdata,
				   const struct kshim_site *site,
				   const char *fmt, ...)
{
	KSHIM_CALLER(site);
	struct device *dev;
	va_list vargs;

	va_start(vargs, fmt);
	dev = device_create_vargs(cls, parent, devt, drvdata, NULL, site, fmt,
				  vargs);
	va_end(vargs);
	return dev;
}
EXPORT_SYMBOL(kshim_device_create);

struct device *kshim_device_create_with_groups(struct class *cls,
		struct device *parent, dev_t devt, void *drvdata,
		const struct attribute_group **groups,
		const struct kshim_site *site, const char *fmt, ...)
{
	KSHIM_CALLER(site);
	struct device *dev;
	va_list vargs;

	va_start(vargs, fmt);
	dev = device_create_vargs(cls, parent, devt, drvdata, groups, site,
				  fmt, vargs);
	va_end(vargs);
	return dev;
}
EXPORT_SYMBOL(kshim_device_create_with_groups);

static void node_forget(struct node_rec *rec)
{
	list_del(&rec->node);
	device_unregister(rec->dev);
	kshim_host_free(rec);
}

void device_destroy(struct class *cls, dev_t devt)
{
	struct node_rec *rec;

	list_for_each_entry(rec, &node_recs, node) {
		if (rec->dev->class == cls && rec->dev->devt == devt) {
			node_forget(rec);
			return;
		}
	}
}
EXPORT_SYMBOL(device_destroy);

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
	struct miscdevice *c;
	struct device *dev;
	unsigned int major, minor;

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
	path += 5;
	list_for_each_entry(c, &misc_list, list) {
		if (!strcmp(c->nodename ? c->nodename : c->name, path)) {
			*devt = MKDEV(MISC_MAJOR, c->minor);
			return 0;
		}
	}
	/* devtmpfs: a registered device with a number has a node. */
	dev = kshim_find_device(path);
	if (dev && dev->devt) {
		*devt = dev->devt;
		return 0;
	}
	return -ENOENT;
}

int kshim_chrdev_open(struct inode *inode, struct file *filp)
{
	const struct file_operations *fops;
	struct cdev *p;

	if (imajor(inode) == MISC_MAJOR)
		return misc_open(inode, filp);
	p = cdev_lookup(inode->i_rdev);
	if (!p || !cdev_get(p))
		return -ENXIO;
	inode->i_cdev = p;
	filp->kshim_cdev = p;
	fops = fops_get(p->ops);
	if (!fops)
		return -ENXIO;
	filp->f_op = fops;
	if (filp->f_op->open)
		return filp->f_op->open(inode, filp);
	return 0;
}

const char *kshim_chrdev_module(dev_t devt)
{
	struct misc_rec *rec;
	struct miscdevice *c;
	struct cdev *p;

	if (MAJOR(devt) == MISC_MAJOR) {
		c = misc_find(MINOR(devt));
		rec = c ? misc_rec_of(c) : NULL;
		if (rec && rec->module)
			return rec->module;
		return c && c->fops && c->fops->owner ?
		       module_name(c->fops->owner) : NULL;
	}
	p = cdev_lookup(devt);
	if (!p)
		return NULL;
	if (p->kshim_module)
		return p->kshim_module;
	return p->owner ? module_name(p->owner) : NULL;
}

static bool same_module(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

void kshim_chrdev_unload(const char *module, const char *when)
{
	struct char_device_struct *cd, *tcd;
	struct misc_rec *rec, *trec;
	struct node_rec *nrec, *tnrec;
	struct class *cls, *tcls;
	struct cdev *p, *tp;
	char name[96];

	list_for_each_entry_safe(rec, trec, &misc_recs, node) {
		if (!same_module(rec->module, module))
			continue;
		snprintf(name, sizeof(name), "'%s' (10:%d)", rec->misc->name,
			 rec->misc->minor);
		kshim_uspace_leftover("misc device", name, rec->site, module,
				      when);
		misc_forget(rec->misc);
	}
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
		kfree(cd);
	}
	list_for_each_entry_safe(nrec, tnrec, &node_recs, node) {
		if (!same_module(nrec->module, module))
			continue;
		snprintf(name, sizeof(name), "'%s' (%u:%u)",
			 dev_name(nrec->dev), MAJOR(nrec->dev->devt),
			 MINOR(nrec->dev->devt));
		kshim_uspace_leftover("device", name, nrec->site, module, when);
		node_forget(nrec);
	}
	list_for_each_entry_safe(cls, tcls, &classes, kshim_node) {
		if (!same_module(cls->kshim_module, module))
			continue;
		snprintf(name, sizeof(name), "'%s'", cls->name);
		kshim_uspace_leftover("class", name, cls->kshim_site, module,
				      when);
		class_forget(cls);
	}
	list_for_each_entry_safe(p, tp, &cdev_map, kshim_node) {
		if (!same_module(p->kshim_module, module))
			continue;
		snprintf(name, sizeof(name), "%u:%u (%u minors)",
			 MAJOR(p->dev), MINOR(p->dev), p->count);
		kshim_uspace_leftover("cdev", name, p->kshim_site, module,
				      when);
		cdev_unmap(p);
	}
}

void kshim_chrdev_reset(void)
{
	struct misc_rec *rec, *trec;
	struct node_rec *nrec, *tnrec;

	list_for_each_entry_safe(rec, trec, &misc_recs, node)
		kshim_host_free(rec);
	list_for_each_entry_safe(nrec, tnrec, &node_recs, node)
		kshim_host_free(nrec);
	INIT_LIST_HEAD(&misc_recs);
	INIT_LIST_HEAD(&node_recs);
	INIT_LIST_HEAD(&classes);
	INIT_LIST_HEAD(&misc_list);
	INIT_LIST_HEAD(&chrdevs);
	INIT_LIST_HEAD(&cdev_map);
	memset(misc_minors, 0, sizeof(misc_minors));
}
