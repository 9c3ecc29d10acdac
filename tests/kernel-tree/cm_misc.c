// SPDX-License-Identifier: GPL-2.0
/*
 * Classes and misc devices on both paths. Valid 6.1 code.
 *  - class "cm_class" (class_create()), a region of two minors with a
 *    cdev, and a node per minor made in the class: "cm0" (device_create())
 *    and "cm1" (device_create_with_groups(): a "label" attribute). A read
 *    of /dev/cmN says which device it is, from the device's drvdata.
 *  - misc device "cm_misc" (a dynamic minor): a read says its minor, from
 *    the miscdevice misc_open() left in private_data; a write is kept and
 *    read back after it.
 *  - misc device "cm_fixed" (minor 200, node /dev/cm/fixed).
 * dup=1 also registers what is taken already, each refused: a misc device
 * of the same name, one of the same minor, a class of the same name.
 * leave=1 forgets the class, cm0 and cm_misc at exit.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/module.h>
#include <linux/cdev.h>
#include <linux/device.h>
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#define CM_FIXED_MINOR	200

static bool leave;
module_param(leave, bool, 0444);
MODULE_PARM_DESC(leave, "leave the class, cm0 and cm_misc registered at exit (a bug)");

static bool dup;
module_param(dup, bool, 0444);
MODULE_PARM_DESC(dup, "also register a taken misc name, misc minor and class name");

static struct class *cm_class;
static dev_t cm_devt;
static struct cdev cm_cdev;
static struct device *cm_dev[2];
static char cm_text[32];
static size_t cm_len;

/* ---- The class's nodes ---- */

static int cm_open(struct inode *inode, struct file *file)
{
	file->private_data = cm_dev[MINOR(inode->i_rdev) - MINOR(cm_devt)];
	return 0;
}

static ssize_t cm_read(struct file *file, char __user *buf, size_t count,
		       loff_t *ppos)
{
	struct device *dev = file->private_data;
	char text[32];
	int len;

	len = snprintf(text, sizeof(text), "%s %s\n", dev_name(dev),
		       (char *)dev_get_drvdata(dev));
	return simple_read_from_buffer(buf, count, ppos, text, len);
}

static const struct file_operations cm_fops = {
	.owner	= THIS_MODULE,
	.open	= cm_open,
	.read	= cm_read,
};

static ssize_t label_show(struct device *dev, struct device_attribute *attr,
			  char *buf)
{
	return sysfs_emit(buf, "%s\n", (char *)dev_get_drvdata(dev));
}
static DEVICE_ATTR_RO(label);

static struct attribute *cm_attrs[] = {
	&dev_attr_label.attr,
	NULL,
};
ATTRIBUTE_GROUPS(cm);

/* ---- The misc devices ---- */

static ssize_t misc_read(struct file *file, char __user *buf, size_t count,
			 loff_t *ppos)
{
	struct miscdevice *misc = file->private_data;
	char text[64];
	int len;

	len = snprintf(text, sizeof(text), "%s %d %.*s\n", misc->name,
		       misc->minor, (int)cm_len, cm_text);
	return simple_read_from_buffer(buf, count, ppos, text, len);
}

static ssize_t misc_write(struct file *file, const char __user *buf,
			  size_t count, loff_t *ppos)
{
	if (count > sizeof(cm_text))
		return -EINVAL;
	if (copy_from_user(cm_text, buf, count))
		return -EFAULT;
	cm_len = count;
	return count;
}

static const struct file_operations misc_fops = {
	.owner	= THIS_MODULE,
	.read	= misc_read,
	.write	= misc_write,
};

static struct miscdevice cm_misc = {
	.minor	= MISC_DYNAMIC_MINOR,
	.name	= "cm_misc",
	.fops	= &misc_fops,
};

static struct miscdevice cm_fixed = {
	.minor		= CM_FIXED_MINOR,
	.name		= "cm_fixed",
	.nodename	= "cm/fixed",
	.fops		= &misc_fops,
};

/* What is taken already is refused. */
static void cm_dup(void)
{
	struct miscdevice same_name = {
		.minor = MISC_DYNAMIC_MINOR, .name = "cm_misc", .fops = &misc_fops,
	};
	struct miscdevice same_minor = {
		.minor = CM_FIXED_MINOR, .name = "cm_other", .fops = &misc_fops,
	};
	struct class *cls;

	pr_info("same misc name: %d\n", misc_register(&same_name));
	pr_info("same misc minor: %d\n", misc_register(&same_minor));
	cls = class_create(THIS_MODULE, "cm_class");
	pr_info("same class name: %d\n", PTR_ERR_OR_ZERO(cls));
	if (!IS_ERR(cls))
		class_destroy(cls);
}

static int __init cm_init(void)
{
	int ret;

	cm_len = 0;	/* each load starts empty */
	cm_class = class_create(THIS_MODULE, "cm_class");
	if (IS_ERR(cm_class))
		return PTR_ERR(cm_class);
	ret = alloc_chrdev_region(&cm_devt, 0, 2, "cm");
	if (ret)
		goto err_class;
	cdev_init(&cm_cdev, &cm_fops);
	ret = cdev_add(&cm_cdev, cm_devt, 2);
	if (ret)
		goto err_region;
	cm_dev[0] = device_create(cm_class, NULL, cm_devt, "zero", "cm%d", 0);
	if (IS_ERR(cm_dev[0])) {
		ret = PTR_ERR(cm_dev[0]);
		goto err_cdev;
	}
	cm_dev[1] = device_create_with_groups(cm_class, NULL, cm_devt + 1,
					      "one", cm_groups, "cm%d", 1);
	if (IS_ERR(cm_dev[1])) {
		ret = PTR_ERR(cm_dev[1]);
		goto err_dev0;
	}
	ret = misc_register(&cm_misc);
	if (ret)
		goto err_dev1;
	ret = misc_register(&cm_fixed);
	if (ret)
		goto err_misc;
	if (dup)
		cm_dup();
	pr_info("class %s, %s and %s at %d:%d, misc minors %d and %d\n",
		cm_class->name, dev_name(cm_dev[0]), dev_name(cm_dev[1]),
		MAJOR(cm_devt), MINOR(cm_devt), cm_misc.minor, cm_fixed.minor);
	return 0;

err_misc:
	misc_deregister(&cm_misc);
err_dev1:
	device_destroy(cm_class, cm_devt + 1);
err_dev0:
	device_destroy(cm_class, cm_devt);
err_cdev:
	cdev_del(&cm_cdev);
err_region:
	unregister_chrdev_region(cm_devt, 2);
err_class:
	class_destroy(cm_class);
	return ret;
}

static void __exit cm_exit(void)
{
	misc_deregister(&cm_fixed);
	device_destroy(cm_class, cm_devt + 1);
	if (!leave) {
		misc_deregister(&cm_misc);
		device_destroy(cm_class, cm_devt);
	}
	cdev_del(&cm_cdev);
	unregister_chrdev_region(cm_devt, 2);
	if (!leave)
		class_destroy(cm_class);
	pr_info("gone\n");
}

module_init(cm_init);
module_exit(cm_exit);
MODULE_DESCRIPTION("Classes, device_create() and misc devices on both paths");
MODULE_LICENSE("GPL");
