// SPDX-License-Identifier: GPL-2.0-only
/*
 * The driver core's devices (drivers/base/core.c) for modules built against
 * the kernel's own headers: names, references and release, device_add() and
 * device_del(), the dev_printk() family with the kernel's "driver device: "
 * prefix, dev_err_probe(), attribute files and groups, and the harness's
 * view of devices. As kshim's old core (kernel/device.c), it behaves as
 * 6.1 does for one thread without locks.
 */
#include <linux/device.h>
#include <linux/err.h>
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/property.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/sysfs.h>
#include <linux/mm.h>
#include "base.h"
#include "../../fs/sysfs/sysfs.h"

LIST_HEAD(kshim_devices);	/* struct device_private, initialised, not released */
static int core_depth;

#define to_p(dev)	((dev)->p)

/* ---- Names, references, release ---- */

const char *dev_driver_string(const struct device *dev)
{
	struct device_driver *drv = READ_ONCE(dev->driver);

	return drv ? drv->name : dev_bus_name(dev);
}
EXPORT_SYMBOL(dev_driver_string);

static void free_name(struct device *dev, const char *name)
{
	if (!name)
		return;
	if (dev->p && dev->p->harness)
		kshim_host_free((void *)name);
	else
		kshim_free(name, KSHIM_SITE, "kfree_const");
}

/* kobject_set_name_vargs(): the device's own memory, the caller's call. */
int kshim_dev_set_name_at(struct device *dev, const struct kshim_site *site,
			  const char *fmt, va_list ap)
{
	va_list aq;
	char *s;
	int len;

	va_copy(aq, ap);
	len = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	s = kshim_alloc_ex(len + 1, 0, (__force unsigned int)GFP_KERNEL, dev,
			   site, "kvasprintf");
	if (!s)
		return -ENOMEM;
	vsnprintf(s, len + 1, fmt, ap);
	free_name(dev, dev->kobj.name);
	dev->kobj.name = s;
	return 0;
}

int dev_set_name(struct device *dev, const char *fmt, ...)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = kshim_dev_set_name_at(dev, site, fmt, ap);
	va_end(ap);
	return ret;
}
EXPORT_SYMBOL_GPL(dev_set_name);

void device_initialize(struct device *dev)
{
	struct device_private *p = kshim_host_zalloc(sizeof(*p));

	p->device = dev;
	INIT_LIST_HEAD(&p->deferred);
	dev->p = p;
	kref_init(&dev->kobj.kref);
	INIT_LIST_HEAD(&dev->devres_head);
	INIT_LIST_HEAD(&dev->dma_pools);
	list_add_tail(&p->node, &kshim_devices);
}
EXPORT_SYMBOL_GPL(device_initialize);

struct device *get_device(struct device *dev)
{
	/* The count itself: refcount_t's saturation checks are lib/'s. */
	if (dev)
		atomic_inc(&dev->kobj.kref.refcount.refs);
	return dev;
}
EXPORT_SYMBOL_GPL(get_device);

static void device_release(struct device *dev)
{
	struct device_private *p = dev->p;
	const char *name = dev->kobj.name;
	bool harness = p->harness;

	/* Resources of a device driven without a driver go now (core.c). */
	devres_release_all(dev);
	kshim_kfree(p->defer_reason);
	list_del(&p->node);
	dev->p = NULL;
	kshim_host_free(p);
	if (dev->release)
		dev->release(dev);
	else if (dev->type && dev->type->release)
		dev->type->release(dev);
	else
		WARN(1, KERN_ERR "Device '%s' does not have a release() function, it is broken and must be fixed. See Documentation/core-api/kobject.rst.\n",
		     name);
	/* kobject_cleanup() frees the name after release() has run. */
	if (harness)
		kshim_host_free((void *)name);
	else if (name)
		kshim_free(name, KSHIM_SITE, "kfree_const");
}

void put_device(struct device *dev)
{
	if (!dev)
		return;
	if (WARN_ON(atomic_read(&dev->kobj.kref.refcount.refs) <= 0))
		return;
	if (atomic_dec_and_test(&dev->kobj.kref.refcount.refs))
		device_release(dev);
}
EXPORT_SYMBOL_GPL(put_device);

/* ---- The outermost core call runs the deferred probes it triggered ---- */

void kshim_core_enter(void)
{
	core_depth++;
}

void kshim_core_leave(void)
{
	if (core_depth == 1)
		kshim_deferred_run();
	core_depth--;
}

/* ---- Adding and deleting ---- */

struct device *kshim_find_device(const char *name)
{
	struct device_private *p;

	list_for_each_entry(p, &kshim_devices, node)
		if (p->registered && dev_name(p->device) &&
		    !strcmp(dev_name(p->device), name))
			return p->device;
	return NULL;
}

static int device_add_at(struct device *dev, const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	struct device *other;
	int ret;

	dev = get_device(dev);
	if (!dev)
		return -EINVAL;
	if (!dev->p) {
		/* Added without device_initialize(): the kernel oopses later. */
		put_device(dev);
		return -EINVAL;
	}
	if (dev->init_name) {
		ret = dev_set_name(dev, "%s", dev->init_name);
		dev->init_name = NULL;
		if (ret)
			goto out;
	}
	if (!dev_name(dev)) {
		ret = -EINVAL;
		goto out;
	}
	other = kshim_find_device(dev_name(dev));
	if (other && other->parent == dev->parent) {
		/* sysfs_warn_dup() and kobject_add_internal()'s complaint */
		pr_warn("sysfs: cannot create duplicate filename '/devices/%s%s%s'\n",
			dev->parent ? dev_name(dev->parent) : "",
			dev->parent ? "/" : "", dev_name(dev));
		pr_err("kobject_add_internal failed for %s with -EEXIST, don't try to register things with the same name in the same directory.\n",
		       dev_name(dev));
		ret = -EEXIST;
		goto out;
	}
	dev->p->registered = true;
	kshim_core_enter();
	/* A probe's failure is the device's business, not device_add()'s. */
	if (dev->bus && device_attach(dev) < 0)
		dev_dbg(dev, "no driver bound\n");
	kshim_core_leave();
	ret = 0;
out:
	put_device(dev);
	return ret;
}

int device_add(struct device *dev)
{
	return device_add_at(dev, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(device_add);

int device_register(struct device *dev)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;

	device_initialize(dev);
	return device_add_at(dev, site);
}
EXPORT_SYMBOL_GPL(device_register);

void device_del(struct device *dev)
{
	kshim_core_enter();
	device_release_driver(dev);
	list_del_init(&dev->p->deferred);
	dev->p->registered = false;
	/* Managed resources of a device driven without a driver go now. */
	devres_release_all(dev);
	kshim_core_leave();
}
EXPORT_SYMBOL_GPL(device_del);

void device_unregister(struct device *dev)
{
	device_del(dev);
	put_device(dev);
}
EXPORT_SYMBOL_GPL(device_unregister);

int device_match_name(struct device *dev, const void *name)
{
	return dev_name(dev) && sysfs_streq(dev_name(dev), name);
}
EXPORT_SYMBOL_GPL(device_match_name);

int device_match_of_node(struct device *dev, const void *np)
{
	return dev->of_node == np;
}
EXPORT_SYMBOL_GPL(device_match_of_node);

int device_match_fwnode(struct device *dev, const void *fwnode)
{
	return dev_fwnode(dev) == fwnode;
}
EXPORT_SYMBOL_GPL(device_match_fwnode);

int device_match_devt(struct device *dev, const void *pdevt)
{
	return dev->devt == *(dev_t *)pdevt;
}
EXPORT_SYMBOL_GPL(device_match_devt);

int device_match_any(struct device *dev, const void *unused)
{
	return 1;
}
EXPORT_SYMBOL_GPL(device_match_any);

/* ---- dev_printk() ---- */

/* 6.1: LOG_LINE_MAX, CONSOLE_LOG_MAX less the prefix; longer is cut. */
#define KSHIM_PRINTK_MAX	992

/* One record of @module: the level, KERN_CONT and the newline split off. */
static int log_at(const char *module, const char *fmt, ...)
{
	char buf[KSHIM_PRINTK_MAX];
	const char *text = buf;
	int level = LOGLEVEL_DEFAULT, flags = 0, kern;
	va_list args;
	size_t len;

	va_start(args, fmt);
	len = vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	while ((kern = printk_get_level(text))) {
		if (kern == 'c')
			flags |= KSHIM_LOG_CONT;
		else if (level == LOGLEVEL_DEFAULT && kern >= '0' && kern <= '7')
			level = kern - '0';
		text += 2;
		len -= 2;
	}
	if (len && text[len - 1] == '\n') {
		len--;
		flags |= KSHIM_LOG_NEWLINE;
	}
	if (level == LOGLEVEL_DEFAULT)
		level = MESSAGE_LOGLEVEL_DEFAULT;
	kshim_log_store(level, module, text, len, flags);
	return (int)len;
}

/* @level is a KERN_ string; the record is the module's at @caller. */
static int dev_log(const void *caller, const char *level,
		   const struct device *dev, struct va_format *vaf)
{
	const char *module = kshim_module_at(caller);

	if (dev)
		return log_at(module, "%s%s %s: %pV", level,
			      dev_driver_string(dev), dev_name(dev), vaf);
	return log_at(module, "%s(NULL device *): %pV", level, vaf);
}

int dev_vprintk_emit(int level, const struct device *dev, const char *fmt,
		     va_list args)
{
	char lvl[3] = { KERN_SOH_ASCII, '0' + (level & 7), '\0' };
	struct va_format vaf;
	va_list aq;
	int r;

	va_copy(aq, args);
	vaf.fmt = fmt;
	vaf.va = &aq;
	r = dev_log(__builtin_return_address(0), level < 0 ? "" : lvl, dev,
		    &vaf);
	va_end(aq);
	return r;
}
EXPORT_SYMBOL(dev_vprintk_emit);

int dev_printk_emit(int level, const struct device *dev, const char *fmt, ...)
{
	char lvl[3] = { KERN_SOH_ASCII, '0' + (level & 7), '\0' };
	struct va_format vaf;
	va_list args;
	int r;

	va_start(args, fmt);
	vaf.fmt = fmt;
	vaf.va = &args;
	r = dev_log(__builtin_return_address(0), level < 0 ? "" : lvl, dev,
		    &vaf);
	va_end(args);
	return r;
}
EXPORT_SYMBOL(dev_printk_emit);

void _dev_printk(const char *level, const struct device *dev,
		 const char *fmt, ...)
{
	struct va_format vaf;
	va_list args;

	va_start(args, fmt);
	vaf.fmt = fmt;
	vaf.va = &args;
	dev_log(__builtin_return_address(0), level, dev, &vaf);
	va_end(args);
}
EXPORT_SYMBOL(_dev_printk);

#define define_dev_printk_level(func, kern_level)			\
void func(const struct device *dev, const char *fmt, ...)		\
{									\
	struct va_format vaf;						\
	va_list args;							\
									\
	va_start(args, fmt);						\
	vaf.fmt = fmt;							\
	vaf.va = &args;							\
	dev_log(__builtin_return_address(0), kern_level, dev, &vaf);	\
	va_end(args);							\
}									\
EXPORT_SYMBOL(func)

define_dev_printk_level(_dev_emerg, KERN_EMERG);
define_dev_printk_level(_dev_alert, KERN_ALERT);
define_dev_printk_level(_dev_crit, KERN_CRIT);
define_dev_printk_level(_dev_err, KERN_ERR);
define_dev_printk_level(_dev_warn, KERN_WARNING);
define_dev_printk_level(_dev_notice, KERN_NOTICE);
define_dev_printk_level(_dev_info, KERN_INFO);

/* device_set_deferred_probe_reason(): the device's memory, as its name. */
void kshim_dev_set_defer_reason(const struct device *cdev,
				struct va_format *vaf)
{
	struct device *dev = (struct device *)cdev;
	char *reason = NULL;
	va_list aq;
	int len;

	if (!dev->p)
		return;
	if (vaf) {
		va_copy(aq, *vaf->va);
		len = vsnprintf(NULL, 0, vaf->fmt, aq);
		va_end(aq);
		reason = kshim_alloc_ex(len + 1, 0,
					(__force unsigned int)GFP_KERNEL, dev,
					KSHIM_SITE, "kasprintf");
		if (reason) {
			va_copy(aq, *vaf->va);
			vsnprintf(reason, len + 1, vaf->fmt, aq);
			va_end(aq);
		}
	}
	kshim_kfree(dev->p->defer_reason);
	dev->p->defer_reason = reason;
}

int dev_err_probe(const struct device *dev, int err, const char *fmt, ...)
{
	const void *caller = __builtin_return_address(0);
	struct va_format vaf;
	va_list args;

	va_start(args, fmt);
	vaf.fmt = fmt;
	vaf.va = &args;
	switch (err) {
	case -EPROBE_DEFER:
		kshim_dev_set_defer_reason(dev, &vaf);
		/* dev_dbg(): not printed without DEBUG */
		break;
	case -ENOMEM:
		/* 6.1: nothing on -ENOMEM, there is enough output already */
		break;
	default:
		log_at(kshim_module_at(caller), "%s%s %s: error %pe: %pV",
		       KERN_ERR, dev_driver_string(dev), dev_name(dev),
		       ERR_PTR(err), &vaf);
		break;
	}
	va_end(args);
	return err;
}
EXPORT_SYMBOL_GPL(dev_err_probe);

/* ---- Attributes ---- */

int sysfs_emit(char *buf, const char *fmt, ...)
{
	va_list args;
	int len;

	if (WARN(!buf || offset_in_page(buf),
		 "invalid sysfs_emit: buf:%p\n", buf))
		return 0;
	va_start(args, fmt);
	len = vscnprintf(buf, PAGE_SIZE, fmt, args);
	va_end(args);
	return len;
}
EXPORT_SYMBOL_GPL(sysfs_emit);

int sysfs_emit_at(char *buf, int at, const char *fmt, ...)
{
	va_list args;
	int len;

	if (WARN(!buf || offset_in_page(buf) || at < 0 || at >= PAGE_SIZE,
		 "invalid sysfs_emit_at: buf:%p at:%d\n", buf, at))
		return 0;
	va_start(args, fmt);
	len = vscnprintf(buf + at, PAGE_SIZE - at, fmt, args);
	va_end(args);
	return len;
}
EXPORT_SYMBOL_GPL(sysfs_emit_at);

int device_create_file(struct device *dev, const struct device_attribute *attr)
{
	int i, free = -1;

	if (!dev || !dev->p)
		return -EINVAL;
	for (i = 0; i < KSHIM_DEV_MAX_FILES; i++) {
		const struct device_attribute *f = dev->p->files[i];

		if (f && !strcmp(f->attr.name, attr->attr.name)) {
			pr_warn("sysfs: cannot create duplicate filename '/devices/%s/%s'\n",
				dev_name(dev), attr->attr.name);
			return -EEXIST;
		}
		if (!f && free < 0)
			free = i;
	}
	if (free < 0)
		return -ENOSPC;
	dev->p->files[free] = attr;
	return 0;
}
EXPORT_SYMBOL_GPL(device_create_file);

void device_remove_file(struct device *dev, const struct device_attribute *attr)
{
	int i;

	for (i = 0; dev && dev->p && i < KSHIM_DEV_MAX_FILES; i++)
		if (dev->p->files[i] == attr)
			dev->p->files[i] = NULL;
}
EXPORT_SYMBOL_GPL(device_remove_file);

bool device_remove_file_self(struct device *dev,
			     const struct device_attribute *attr)
{
	device_remove_file(dev, attr);
	return true;
}
EXPORT_SYMBOL_GPL(device_remove_file_self);

static void remove_group(struct device *dev, const struct attribute_group *grp)
{
	int j;

	for (j = 0; j < KSHIM_DEV_MAX_FILES; j++)
		if (dev->p->groups[j] == grp)
			dev->p->groups[j] = NULL;
}

int kshim_device_add_groups(struct device *dev,
			    const struct attribute_group **groups)
{
	int i, j;

	for (i = 0; groups && groups[i]; i++) {
		for (j = 0; j < KSHIM_DEV_MAX_FILES; j++)
			if (!dev->p->groups[j])
				break;
		if (j == KSHIM_DEV_MAX_FILES) {
			while (i--)
				remove_group(dev, groups[i]);
			return -ENOSPC;
		}
		dev->p->groups[j] = groups[i];
	}
	return 0;
}

void kshim_device_remove_groups(struct device *dev,
				const struct attribute_group **groups)
{
	int i;

	for (i = 0; groups && groups[i]; i++)
		remove_group(dev, groups[i]);
}

int device_add_groups(struct device *dev, const struct attribute_group **groups)
{
	if (!dev || !dev->p)
		return -EINVAL;
	return kshim_device_add_groups(dev, groups);
}
EXPORT_SYMBOL_GPL(device_add_groups);

void device_remove_groups(struct device *dev,
			  const struct attribute_group **groups)
{
	if (dev && dev->p)
		kshim_device_remove_groups(dev, groups);
}
EXPORT_SYMBOL_GPL(device_remove_groups);

/* The device whose kobject @kobj is, or NULL: sysfs's calls reach it. */
struct device *kshim_kobj_device(struct kobject *kobj)
{
	struct device_private *p;

	list_for_each_entry(p, &kshim_devices, node)
		if (&p->device->kobj == kobj)
			return p->device;
	return NULL;
}

/* sysfs_create_group() on a device's directory: kernfs's fallible work. */
int kshim_device_create_groups_at(struct device *dev,
				  const struct attribute_group **groups,
				  const struct kshim_site *site)
{
	int i;

	for (i = 0; groups && groups[i]; i++) {
		if (kshim_fault(site, "sysfs_create_group")) {
			while (i--)
				remove_group(dev, groups[i]);
			return -ENOMEM;
		}
		if (kshim_device_add_groups(dev, (const struct attribute_group *[]){
						    groups[i], NULL })) {
			while (i--)
				remove_group(dev, groups[i]);
			return -ENOSPC;
		}
	}
	return 0;
}

/* devm_device_add_group(s)(): a devres record, then the groups. */
struct groups_devres {
	const struct attribute_group **groups;
	const struct attribute_group *group[2];
};

static void devm_groups_release(struct device *dev, void *res)
{
	struct groups_devres *devres = res;

	kshim_device_remove_groups(dev, devres->groups);
}

static int devm_groups_match(struct device *dev, void *res, void *data)
{
	return ((struct groups_devres *)res)->groups[0] ==
	       ((const struct attribute_group **)data)[0];
}

static int devm_add_groups_at(struct device *dev,
			      const struct attribute_group **groups,
			      const struct attribute_group *group,
			      const struct kshim_site *site)
{
	struct groups_devres *devres;
	int ret;

	devres = kshim_dr_alloc(devm_groups_release, sizeof(*devres),
				GFP_KERNEL, "devm_groups_release", dev, site,
				"devres_alloc");
	if (!devres)
		return -ENOMEM;
	if (group) {
		devres->group[0] = group;
		groups = devres->group;
	}
	devres->groups = groups;
	ret = kshim_device_add_groups(dev, groups);
	if (ret) {
		devres_free(devres);
		return ret;
	}
	devres_add(dev, devres);
	return 0;
}

int devm_device_add_groups(struct device *dev,
			   const struct attribute_group **groups)
{
	return devm_add_groups_at(dev, groups, NULL, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(devm_device_add_groups);

int devm_device_add_group(struct device *dev, const struct attribute_group *grp)
{
	return devm_add_groups_at(dev, NULL, grp, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(devm_device_add_group);

void devm_device_remove_groups(struct device *dev,
			       const struct attribute_group **groups)
{
	WARN_ON(devres_release(dev, devm_groups_release, devm_groups_match,
			       (void *)groups));
}
EXPORT_SYMBOL_GPL(devm_device_remove_groups);

void devm_device_remove_group(struct device *dev,
			      const struct attribute_group *grp)
{
	const struct attribute_group *groups[] = { grp, NULL };

	WARN_ON(devres_release(dev, devm_groups_release, devm_groups_match,
			       groups));
}
EXPORT_SYMBOL_GPL(devm_device_remove_group);

static struct device_attribute *find_attr(struct device *dev, const char *path,
					  umode_t *mode)
{
	const struct attribute_group **lists[3] = {
		dev->bus ? dev->bus->dev_groups : NULL,
		dev->type ? dev->type->groups : NULL,
		dev->groups,
	};
	struct attribute *a;
	int i, j;

	for (i = 0; i < KSHIM_DEV_MAX_FILES; i++) {
		const struct device_attribute *f = dev->p->files[i];

		if (f && !strcmp(f->attr.name, path)) {
			*mode = f->attr.mode;
			return (struct device_attribute *)f;
		}
	}
	for (i = 0; i < KSHIM_DEV_MAX_FILES; i++) {
		if (dev->p->groups[i]) {
			a = kshim_sysfs_group_find(&dev->kobj, dev->p->groups[i],
						   path, mode);
			if (a)
				return container_of(a, struct device_attribute, attr);
		}
	}
	for (i = 0; i < 3; i++) {
		for (j = 0; lists[i] && lists[i][j]; j++) {
			a = kshim_sysfs_group_find(&dev->kobj, lists[i][j],
						   path, mode);
			if (a)
				return container_of(a, struct device_attribute, attr);
		}
	}
	return NULL;
}

/* What show() and store() get: a page, as sysfs gives them one. */
static char attr_page[PAGE_SIZE] __aligned(PAGE_SIZE);

static struct device_attribute *open_attr(const char *name, const char *path,
					  umode_t access, struct device **devp)
{
	struct device *dev = kshim_find_device(name);
	struct device_attribute *attr;
	umode_t mode;

	attr = dev ? find_attr(dev, path, &mode) : NULL;
	if (!attr)
		return ERR_PTR(-ENOENT);
	if (!(mode & access))
		return ERR_PTR(-EACCES);
	*devp = dev;
	return attr;
}

int __kshim_attr_read(const char *name, const char *path, char *buf, size_t len)
{
	struct device_attribute *attr;
	struct device *dev;
	ssize_t ret;

	attr = open_attr(name, path, 0444, &dev);
	if (IS_ERR(attr))
		return PTR_ERR(attr);
	if (!attr->show)
		return -EIO;
	memset(attr_page, 0, sizeof(attr_page));
	ret = attr->show(dev, attr, attr_page);
	if (ret >= (ssize_t)PAGE_SIZE) {
		printk("dev_attr_show: %pS returned bad count\n", attr->show);
		ret = PAGE_SIZE - 1;
	}
	if (len) {
		size_t n = ret > 0 ? (size_t)ret : 0;

		if (n > len - 1)
			n = len - 1;
		memcpy(buf, attr_page, n);
		buf[n] = '\0';
	}
	return ret;
}

int __kshim_attr_write(const char *name, const char *path, const char *val)
{
	struct device_attribute *attr;
	struct device *dev;
	size_t n;

	attr = open_attr(name, path, 0222, &dev);
	if (IS_ERR(attr))
		return PTR_ERR(attr);
	n = strnlen(val, PAGE_SIZE - 1);
	if (!n)
		return 0;
	if (!attr->store)
		return -EIO;
	memcpy(attr_page, val, n);
	attr_page[n] = '\0';
	return attr->store(dev, attr, attr_page, n);
}

/* ---- The harness ---- */

/*
 * For the leak check: memory owned by a live device, or by a registered
 * driver whose module is still loaded, is no leak.
 */
int kshim_device_live(const void *owner)
{
	struct device_private *p;

	list_for_each_entry(p, &kshim_devices, node)
		if (p->device == owner)
			return 1;
	return kshim_driver_live(owner);
}

int __kshim_device_bind(const char *name, const char *driver)
{
	struct device *dev = kshim_find_device(name);
	struct device_driver *drv = dev && dev->bus ?
				    driver_find(driver, dev->bus) : NULL;
	int ret;

	if (!drv)
		return -ENODEV;
	if (drv->suppress_bind_attrs)
		return -ENOENT;		/* no bind file */
	kshim_core_enter();
	ret = kshim_driver_match_device(drv, dev) > 0 ?
	      device_driver_attach(drv, dev) : -ENODEV;
	kshim_core_leave();
	return ret;
}

int __kshim_device_unbind(const char *name)
{
	struct device *dev = kshim_find_device(name);

	if (!dev || !dev->driver)
		return -ENODEV;
	if (dev->driver->suppress_bind_attrs)
		return -ENOENT;
	kshim_core_enter();
	device_release_driver(dev);
	kshim_core_leave();
	return 0;
}

const char *__kshim_device_module(const char *name, const char *driver)
{
	struct device *dev = name ? kshim_find_device(name) : NULL;
	struct device_driver *drv = dev ? dev->driver : NULL;

	if (!drv && dev && dev->bus && driver)
		drv = driver_find(driver, dev->bus);
	return drv && drv->owner ? drv->owner->name : NULL;
}

bool kshim_device_exists(const char *name)
{
	return kshim_find_device(name) != NULL;
}

bool kshim_device_bound(const char *name)
{
	struct device *dev = kshim_find_device(name);

	return dev && dev->driver;
}

const char *kshim_device_driver(const char *name)
{
	struct device *dev = kshim_find_device(name);

	return dev && dev->driver ? dev->driver->name : NULL;
}

int kshim_device_probe_result(const char *name)
{
	struct device *dev = kshim_find_device(name);

	return dev ? dev->p->probe_ret : -ENODEV;
}

bool kshim_device_deferred(const char *name)
{
	struct device *dev = kshim_find_device(name);

	return dev && !list_empty(&dev->p->deferred);
}

const char *kshim_device_deferred_reason(const char *name)
{
	struct device *dev = kshim_find_device(name);

	return dev ? dev->p->defer_reason : NULL;
}

int kshim_probe_failures(int *last)
{
	return kshim_probe_count(last);
}

void kshim_device_reset(void)
{
	struct device_private *p, *n;

	/* Driver memory goes with the allocator's reset; a test's own here. */
	list_for_each_entry_safe(p, n, &kshim_devices, node) {
		list_del(&p->node);
		if (p->harness)
			kshim_harness_free(p->device);
		kshim_host_free(p);
	}
	INIT_LIST_HEAD(&kshim_devices);
	core_depth = 0;
	kshim_deferred_reset();
	kshim_bus_reset();
	kshim_region_reset();
	kshim_dt_reset();
	kshim_platform_reset();
}
