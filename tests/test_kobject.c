// SPDX-License-Identifier: GPL-2.0-only
/*
 * kobjects and their sysfs files by path: create and add, groups and
 * their visibility, modes, show() and store(), duplicates, references and
 * release (lib/kobject.c, fs/sysfs/ of 6.1).
 */
#include <linux/bug.h>
#include <linux/kobject.h>
#include <linux/kernel.h>
#include <linux/reboot.h>
#include <linux/kstrtox.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/sysfs.h>

#include <kshim/cmocka.h>

static int foo, hidden_calls;

static ssize_t foo_show(struct kobject *kobj, struct kobj_attribute *attr,
			char *buf)
{
	return sysfs_emit(buf, "%d\n", foo);
}

static ssize_t foo_store(struct kobject *kobj, struct kobj_attribute *attr,
			 const char *buf, size_t count)
{
	int ret = kstrtoint(buf, 10, &foo);

	return ret < 0 ? ret : count;
}

static ssize_t name_show(struct kobject *kobj, struct kobj_attribute *attr,
			 char *buf)
{
	return sysfs_emit(buf, "%s/%s\n", kobject_name(kobj), attr->attr.name);
}

static struct kobj_attribute foo_attr = __ATTR(foo, 0664, foo_show, foo_store);
static struct kobj_attribute ro_attr = __ATTR_RO(name);
static struct kobj_attribute wo_attr = __ATTR(wo, 0200, NULL, foo_store);
static struct kobj_attribute hid_attr = __ATTR(hid, 0444, name_show, NULL);

static struct attribute *attrs[] = {
	&foo_attr.attr, &ro_attr.attr, &wo_attr.attr, &hid_attr.attr, NULL,
};

static umode_t vis(struct kobject *kobj, struct attribute *attr, int i)
{
	hidden_calls++;
	return attr == &hid_attr.attr ? 0 : attr->mode;
}

static const struct attribute_group grp = { .attrs = attrs, .is_visible = vis };
static const struct attribute_group named = { .name = "sub", .attrs = attrs };

static void files(void **state)
{
	struct kobject *k = kobject_create_and_add("kt", kernel_kobj);
	char buf[64];

	assert_non_null(k);
	assert_true(kshim_sysfs_exists("/sys/kernel/kt"));
	assert_int_equal(sysfs_create_group(k, &grp), 0);
	assert_int_equal(sysfs_create_group(k, &named), 0);
	foo = 7;
	assert_int_equal(kshim_sysfs_read("/sys/kernel/kt/foo", buf, sizeof(buf)), 2);
	assert_string_equal(buf, "7\n");
	assert_int_equal(kshim_sysfs_write("/sys/kernel/kt/foo", "42"), 2);
	assert_int_equal(foo, 42);
	/* store()'s error comes back as the write's */
	assert_int_equal(kshim_sysfs_write("/sys/kernel/kt/foo", "x"), -EINVAL);
	assert_int_equal(kshim_sysfs_read("/sys/kernel/kt/name", buf, sizeof(buf)), 8);
	assert_string_equal(buf, "kt/name\n");
	/* A read-only file cannot be opened for writing, nor a write-only one read */
	assert_int_equal(kshim_sysfs_write("/sys/kernel/kt/name", "1"), -EACCES);
	assert_int_equal(kshim_sysfs_read("/sys/kernel/kt/wo", buf, sizeof(buf)), -EACCES);
	/* is_visible() said 0: no file */
	assert_int_equal(kshim_sysfs_read("/sys/kernel/kt/hid", buf, sizeof(buf)), -ENOENT);
	assert_true(hidden_calls > 0);
	/* A named group is a directory; its hid is visible there */
	assert_int_equal(kshim_sysfs_read("/sys/kernel/kt/sub/hid", buf, sizeof(buf)), 7);
	assert_string_equal(buf, "kt/hid\n");
	assert_int_equal(kshim_sysfs_read("/sys/kernel/kt/nope", buf, sizeof(buf)), -ENOENT);
	/* Cut to the buffer, as a short read() is */
	assert_int_equal(kshim_sysfs_read("/sys/kernel/kt/name", buf, 3), 8);
	assert_string_equal(buf, "kt");

	sysfs_remove_group(k, &grp);
	assert_int_equal(kshim_sysfs_read("/sys/kernel/kt/foo", buf, sizeof(buf)), -ENOENT);
	kobject_put(k);
	assert_false(kshim_sysfs_exists("/sys/kernel/kt"));
	assert_int_equal(kshim_sysfs_read("/sys/kernel/kt/sub/hid", buf, sizeof(buf)),
			 -ENOENT);
	assert_int_equal(kshim_alloc_live(), 0);
}

static void duplicates(void **state)
{
	struct kobject *a = kobject_create_and_add("dup", kernel_kobj);
	struct kobject *b = kobject_create_and_add("dup", kernel_kobj);
	struct kobject *c = kobject_create_and_add("dup", a);

	assert_non_null(a);
	assert_null(b);
	/* lib/kobject.c and fs/sysfs/dir.c's words */
	assert_log_contains(4, "sysfs: cannot create duplicate filename '/kernel/dup'");
	assert_log_contains(3, "kobject_add_internal failed for dup with -EEXIST, don't try to register things with the same name in the same directory.");
	assert_log_contains(4, "kobject_create_and_add: kobject_add error: -17");
	/* The same name elsewhere is another directory */
	assert_non_null(c);
	assert_true(kshim_sysfs_exists("/sys/kernel/dup/dup"));
	/* Two files of one name */
	assert_int_equal(sysfs_create_file(a, &foo_attr.attr), 0);
	assert_int_equal(sysfs_create_file(a, &foo_attr.attr), -EEXIST);
	assert_int_equal(sysfs_create_group(a, &grp), -EEXIST);
	assert_log_contains(4, "sysfs: cannot create duplicate filename '/kernel/dup/foo'");
	sysfs_remove_file(a, &foo_attr.attr);
	assert_int_equal(sysfs_create_group(a, &grp), 0);
	/* The child holds its parent: putting the parent frees nothing yet */
	kobject_put(a);
	assert_true(kshim_alloc_live() > 0);
	kobject_put(c);
	assert_int_equal(kshim_alloc_live(), 0);
}

static int releases;

static void rel(struct kobject *kobj)
{
	releases++;
}

static const struct kobj_type ktype = {
	.release = rel,
	.sysfs_ops = &kobj_sysfs_ops,
	.default_groups = (const struct attribute_group *[]){ &named, NULL },
};

static void refs_and_release(void **state)
{
	static struct kobject kobj;
	char buf[32];

	releases = 0;
	memset(&kobj, 0, sizeof(kobj));
	assert_int_equal(kobject_init_and_add(&kobj, &ktype, NULL, "top%d", 1), 0);
	assert_string_equal(kobject_name(&kobj), "top1");
	/* default_groups come with the directory */
	assert_int_equal(kshim_sysfs_read("/sys/top1/sub/name", buf, sizeof(buf)), 10);
	assert_string_equal(buf, "top1/name\n");
	kobject_get(&kobj);
	kobject_put(&kobj);
	assert_int_equal(releases, 0);
	kobject_del(&kobj);
	assert_false(kshim_sysfs_exists("/sys/top1"));
	kobject_put(&kobj);
	assert_int_equal(releases, 1);
	assert_int_equal(kshim_alloc_live(), 0);
	/* One put too many: refcount_t's warning */
	kobject_put(&kobj);
	assert_defects(KSHIM_DEFECT_WARN, 1);
}

static void uninitialized(void **state)
{
	static struct kobject kobj = { .name = "raw" };

	kobj.refcount = 1;
	kobject_put(&kobj);
	assert_log_contains(KSHIM_LOG_ANY,
		"kobject: 'raw' (");
	assert_log_contains(KSHIM_LOG_ANY,
		"is not initialized, yet kobject_put() is being called.");
	assert_defects(KSHIM_DEFECT_WARN, 1);
}

static void fault_injected(void **state)
{
	kshim_fail_only("kzalloc");
	kshim_fail_nth(1);
	assert_null(kobject_create_and_add("f", kernel_kobj));
	kshim_fail_none();
	assert_false(kshim_sysfs_exists("/sys/kernel/f"));
	assert_int_equal(kshim_alloc_live(), 0);
}

/* kernfs can run out of memory: creating files fails with -ENOMEM, at the caller's line. */
static void sysfs_creation_is_fallible(void **state)
{
	const struct attribute_group *groups[] = { &grp, &named, NULL };
	struct kobject *k = kobject_create_and_add("fs", kernel_kobj);
	char buf[16];

	assert_non_null(k);
	kshim_fail_only("sysfs_create_group,sysfs_create_file");
	kshim_fail_nth(1);
	assert_int_equal(sysfs_create_group(k, &grp), -ENOMEM);
	assert_int_equal(kshim_sysfs_read("/sys/kernel/fs/foo", buf, sizeof(buf)), -ENOENT);
	kshim_fail_nth(1);
	assert_int_equal(sysfs_create_file(k, &foo_attr.attr), -ENOMEM);
	/* The second group fails: the first is taken away again. */
	kshim_fail_nth(2);
	assert_int_equal(sysfs_create_groups(k, groups), -ENOMEM);
	assert_int_equal(kshim_sysfs_read("/sys/kernel/fs/foo", buf, sizeof(buf)), -ENOENT);
	assert_int_equal(kshim_failed_calls(), 3);
	kshim_fail_none();
	assert_int_equal(sysfs_create_groups(k, groups), 0);
	assert_true(kshim_sysfs_read("/sys/kernel/fs/foo", buf, sizeof(buf)) > 0);
	sysfs_remove_groups(k, groups);
	kobject_put(k);
}

static ssize_t boom_store(struct kobject *kobj, struct kobj_attribute *attr,
			  const char *buf, size_t count)
{
	if (buf[0] == 'r')
		emergency_restart();
	BUG();
	return count;
}

static struct kobj_attribute boom_attr = __ATTR(boom, 0200, NULL, boom_store);

/* A store() that crashes or restarts the machine: the write crashes, guarded. */
static void crashing_store(void **state)
{
	struct kobject *k = kobject_create_and_add("crash", kernel_kobj);

	assert_int_equal(sysfs_create_file(k, &boom_attr.attr), 0);
	assert_int_equal(kshim_sysfs_write("/sys/kernel/crash/boom", "b"), KSHIM_CRASH);
	assert_defects(KSHIM_DEFECT_BUG, 1);
	/* emergency_restart() stops the simulated machine: a fatal event */
	assert_int_equal(kshim_sysfs_write("/sys/kernel/crash/boom", "r"), KSHIM_CRASH);
	assert_log_contains(0, "emergency_restart(): the machine stops here");
	assert_defects(KSHIM_DEFECT_PANIC, 1);
	kshim_reset();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(files),
		kshim_unit_test(duplicates),
		kshim_unit_test(refs_and_release),
		kshim_unit_test(uninitialized),
		kshim_unit_test(fault_injected),
		kshim_unit_test(sysfs_creation_is_fallible),
		kshim_unit_test(crashing_store),
	};

	return kshim_run_tests(tests);
}
