// SPDX-License-Identifier: GPL-2.0-only
/*
 * Misc devices (drivers/char/misc.c) for modules built against the
 * kernel's own headers: minors on major 10, dynamic ones from 127 down, a
 * device per misc device in the "misc" class, and the open of a node of
 * major 10, which hands the file to the misc device's own fops. The misc
 * driver is built in: its class and major are there from boot, not
 * registered by any module (so nothing of theirs is fallible or a leak),
 * and fs/char_dev.c routes major 10 here. Each registration remembers the
 * module that made it, for the unload check.
 */
#include <linux/device.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/major.h>
#include <linux/miscdevice.h>
#include <linux/module.h>
#include <linux/string.h>
#include <kshim/usapi.h>
#include "../base/base.h"
#include "../../fs/internal.h"

#define DYNAMIC_MINORS	128	/* like dynamic majors */

static LIST_HEAD(misc_list);	/* newest first: later ones override */
static DECLARE_BITMAP(misc_minors, DYNAMIC_MINORS);

/* Who registered a misc device: host memory, never the driver's. */
struct misc_rec {
	struct list_head node;
	struct miscdevice *misc;
	const char *module;
	const struct kshim_site *site;
};

static LIST_HEAD(misc_recs);

/*
 * misc_init()'s class. Not on class.c's list of module classes: the old
 * half has none, and no module's class_create("misc") may find it taken
 * there either. Its p only tells the class iterator it is initialised.
 */
static struct subsys_private misc_class_p;
static struct class misc_class = {
	.name	= "misc",
	.p	= &misc_class_p,
};

/* find_first_zero_bit(): lib/find_bit.c is not in the kernel half. */
static int first_free_minor(void)
{
	int i;

	for (i = 0; i < DYNAMIC_MINORS && test_bit(i, misc_minors); i++)
		;
	return i;
}

static void free_minor(int minor)
{
	int i = DYNAMIC_MINORS - minor - 1;

	if (i < DYNAMIC_MINORS && i >= 0)
		clear_bit(i, misc_minors);
}

/* device_create_with_groups(misc_class, ...) at the driver's @site. */
static struct device *misc_device_create(struct miscdevice *misc,
					 const struct kshim_site *site, ...)
{
	struct device *dev;
	va_list args;

	va_start(args, site);
	dev = kshim_device_create_at(&misc_class, misc->parent,
				     MKDEV(MISC_MAJOR, misc->minor), misc,
				     misc->groups, false, site, "%s", args);
	va_end(args);
	return dev;
}

int misc_register(struct miscdevice *misc)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	KSHIM_CALLER(site);
	bool is_dynamic = misc->minor == MISC_DYNAMIC_MINOR;
	struct misc_rec *rec;
	struct miscdevice *c;

	INIT_LIST_HEAD(&misc->list);
	if (is_dynamic) {
		int i = first_free_minor();

		if (i >= DYNAMIC_MINORS)
			return -EBUSY;
		misc->minor = DYNAMIC_MINORS - i - 1;
		set_bit(i, misc_minors);
	} else {
		list_for_each_entry(c, &misc_list, list)
			if (c->minor == misc->minor)
				return -EBUSY;
	}
	misc->this_device = misc_device_create(misc, site, misc->name);
	if (IS_ERR(misc->this_device)) {
		if (is_dynamic) {
			free_minor(misc->minor);
			misc->minor = MISC_DYNAMIC_MINOR;
		}
		return PTR_ERR(misc->this_device);
	}
	list_add(&misc->list, &misc_list);
	rec = kshim_host_zalloc(sizeof(*rec));
	rec->misc = misc;
	rec->module = kshim_uspace_module();
	rec->site = site;
	list_add(&rec->node, &misc_recs);
	return 0;
}
EXPORT_SYMBOL(misc_register);

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
	device_destroy(&misc_class, MKDEV(MISC_MAJOR, misc->minor));
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

/* misc_fops.open: the file's f_op becomes the misc device's own. */
int kshim_misc_open(struct inode *inode, struct file *file)
{
	struct miscdevice *c = misc_find(iminor(inode));
	const struct file_operations *new_fops;

	/* request_module("char-major-10-N") finds nothing: all is loaded. */
	if (!c)
		return -ENODEV;
	new_fops = kshim_fops_get(c->fops);
	if (!new_fops)
		return -ENODEV;
	/* The misc device is in private_data before ->open() runs. */
	file->private_data = c;
	kshim_fops_put(file->f_op);
	file->f_op = new_fops;
	if (file->f_op->open)
		return file->f_op->open(inode, file);
	return 0;
}

/* devtmpfs' node: misc_devnode()'s nodename, else the device's name. */
int kshim_misc_lookup(const char *node, dev_t *devt)
{
	struct miscdevice *c;

	list_for_each_entry(c, &misc_list, list) {
		if (!strcmp(c->nodename ? c->nodename : c->name, node)) {
			*devt = MKDEV(MISC_MAJOR, c->minor);
			return 0;
		}
	}
	return -ENOENT;
}

/* ---- The harness ---- */

const char *kshim_misc_module(unsigned int minor)
{
	struct miscdevice *c = misc_find(minor);
	struct misc_rec *rec = c ? misc_rec_of(c) : NULL;

	if (rec && rec->module)
		return rec->module;
	return c && c->fops && c->fops->owner ? c->fops->owner->name : NULL;
}

static bool same_module(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

void kshim_misc_unload(const char *module, const char *when)
{
	struct misc_rec *rec, *trec;
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
}

/* The devices are gone already (kshim_device_reset()). */
void kshim_misc_reset(void)
{
	struct misc_rec *rec, *trec;

	list_for_each_entry_safe(rec, trec, &misc_recs, node)
		kshim_host_free(rec);
	INIT_LIST_HEAD(&misc_recs);
	INIT_LIST_HEAD(&misc_list);
	bitmap_zero(misc_minors, DYNAMIC_MINORS);
}
