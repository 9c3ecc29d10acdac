// SPDX-License-Identifier: GPL-2.0-only
/*
 * kobjects and their sysfs files on both paths: a directory under
 * /sys/kernel (kobject_create_and_add()) with a file and two groups, one
 * named and one whose is_visible() hides a file; a kobject of its own
 * ktype under /sys/firmware with default groups and a release(); the
 * kernel's words for a duplicate directory and a duplicate file; and
 * references, deletion and release in their order. leak=1 keeps the
 * /sys/kernel directory: the leak is the kobject_create_and_add() line.
 */
#include <linux/module.h>
#include <linux/kobject.h>
#include <linux/kstrtox.h>
#include <linux/printk.h>
#include <linux/slab.h>
#include <linux/sysfs.h>

static bool leak;
module_param(leak, bool, 0444);

static int value = 3;

static ssize_t value_show(struct kobject *kobj, struct kobj_attribute *attr,
			  char *buf)
{
	return sysfs_emit(buf, "%d\n", value);
}

static ssize_t value_store(struct kobject *kobj, struct kobj_attribute *attr,
			   const char *buf, size_t count)
{
	int ret = kstrtoint(buf, 10, &value);

	return ret < 0 ? ret : count;
}

static ssize_t where_show(struct kobject *kobj, struct kobj_attribute *attr,
			  char *buf)
{
	return sysfs_emit(buf, "%s/%s\n", kobject_name(kobj), attr->attr.name);
}

static struct kobj_attribute value_attr = __ATTR_RW(value);
static struct kobj_attribute where_attr = __ATTR(where, 0444, where_show, NULL);
static struct kobj_attribute hidden_attr = __ATTR(hidden, 0444, where_show, NULL);
static struct kobj_attribute wo_attr = __ATTR(wo, 0200, NULL, value_store);

static struct attribute *shown_attrs[] = {
	&where_attr.attr, &hidden_attr.attr, &wo_attr.attr, NULL,
};

static umode_t shown_visible(struct kobject *kobj, struct attribute *attr,
			     int n)
{
	return attr == &hidden_attr.attr ? 0 : attr->mode;
}

static const struct attribute_group shown_group = {
	.attrs = shown_attrs,
	.is_visible = shown_visible,
};

static struct attribute *sub_attrs[] = { &where_attr.attr, &hidden_attr.attr, NULL };
static const struct attribute_group sub_group = {
	.name = "sub",
	.attrs = sub_attrs,
};
static const struct attribute_group *fw_groups[] = { &sub_group, NULL };

struct fw_obj {
	struct kobject kobj;
	int id;
};

static void fw_release(struct kobject *kobj)
{
	struct fw_obj *o = container_of(kobj, struct fw_obj, kobj);

	pr_info("ko_files: release %s (%d)\n", kobject_name(kobj), o->id);
	kfree(o);
}

static const struct kobj_type fw_ktype = {
	.release = fw_release,
	.sysfs_ops = &kobj_sysfs_ops,
	.default_groups = fw_groups,
};

static struct kobject *dir;
static struct fw_obj *fw;

static int __init ko_files_init(void)
{
	struct kobject *dup;
	int ret;

	dir = kobject_create_and_add("ko_files", kernel_kobj);
	if (!dir)
		return -ENOMEM;
	ret = sysfs_create_file(dir, &value_attr.attr);
	if (ret)
		goto put_dir;
	ret = sysfs_create_group(dir, &shown_group);
	if (ret)
		goto put_dir;
	ret = sysfs_create_group(dir, &sub_group);
	if (ret)
		goto put_dir;
	pr_info("ko_files: again: %d\n", sysfs_create_file(dir, &value_attr.attr));
	dup = kobject_create_and_add("ko_files", kernel_kobj);
	pr_info("ko_files: a second ko_files: %s\n", dup ? "made" : "refused");
	kobject_put(dup);

	fw = kzalloc(sizeof(*fw), GFP_KERNEL);
	if (!fw) {
		ret = -ENOMEM;
		goto put_dir;
	}
	fw->id = 7;
	ret = kobject_init_and_add(&fw->kobj, &fw_ktype, firmware_kobj,
				   "ko_fw%d", fw->id);
	if (ret) {
		kobject_put(&fw->kobj);
		goto put_dir;
	}
	pr_info("ko_files: %s and %s under %s\n", kobject_name(dir),
		kobject_name(&fw->kobj), kobject_name(fw->kobj.parent));
	/* A reference held over kobject_del(): release() waits for it. */
	kobject_get(&fw->kobj);
	kobject_del(&fw->kobj);
	pr_info("ko_files: deleted\n");
	kobject_put(&fw->kobj);
	pr_info("ko_files: one reference left\n");
	return 0;
put_dir:
	kobject_put(dir);
	return ret;
}

static void __exit ko_files_exit(void)
{
	kobject_put(&fw->kobj);
	sysfs_remove_group(dir, &sub_group);
	sysfs_remove_file(dir, &value_attr.attr);
	if (!leak)
		kobject_put(dir);
	pr_info("ko_files: exit, value %d\n", value);
}

module_init(ko_files_init);
module_exit(ko_files_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("kobject checks for kshim's kernel-tree path");
