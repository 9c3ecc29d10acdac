// SPDX-License-Identifier: GPL-2.0-only
/*
 * The device core on a bus of the test's own: references and release,
 * binding, dev_printk()'s prefix, dev_err_probe(), devres and its release
 * order, device attributes and sysfs_emit(), and device-tree properties.
 */
#include <linux/device.h>
#include <linux/io.h>
#include <linux/of.h>
#include <linux/of_device.h>
#include <linux/platform_device.h>
#include <linux/property.h>
#include <linux/slab.h>
#include <linux/string.h>

#include <kshim/cmocka.h>

static int match_all(struct device *dev, struct device_driver *drv)
{
	return 1;
}

static struct bus_type testbus = {
	.name = "testbus",
	.match = match_all,
};

static int released;

static void tdev_release(struct device *dev)
{
	released++;
}

static struct device tdev;

static void add_tdev(void)
{
	memset(&tdev, 0, sizeof(tdev));
	released = 0;
	tdev.init_name = "tdev";
	tdev.bus = &testbus;
	tdev.release = tdev_release;
	assert_int_equal(device_register(&tdev), 0);
}

/* What probe does, chosen by each test. */
static int (*probe_body)(struct device *dev);
static int removed;
static char order[16];

static int tdrv_probe(struct device *dev)
{
	return probe_body ? probe_body(dev) : 0;
}

static int tdrv_remove(struct device *dev)
{
	removed++;
	return 0;
}

static struct device_driver tdrv = {
	.name = "tdrv",
	.bus = &testbus,
	.probe = tdrv_probe,
	.remove = tdrv_remove,
};

static void register_tdrv(int (*body)(struct device *dev))
{
	probe_body = body;
	removed = 0;
	order[0] = '\0';
	assert_int_equal(driver_register(&tdrv), 0);
}

static void references_and_release(void **state)
{
	add_tdev();
	assert_string_equal(dev_name(&tdev), "tdev");
	assert_true(device_is_registered(&tdev));
	get_device(&tdev);
	device_unregister(&tdev);
	assert_int_equal(released, 0);		/* still referenced */
	assert_false(device_is_registered(&tdev));
	put_device(&tdev);
	assert_int_equal(released, 1);
	assert_int_equal(kshim_alloc_live(), 0);	/* the name went too */
}

static void no_release_warns(void **state)
{
	static struct device bare;

	device_initialize(&bare);
	assert_int_equal(dev_set_name(&bare, "bare%d", 7), 0);
	assert_string_equal(dev_name(&bare), "bare7");
	put_device(&bare);
	assert_log_contains(3, "Device 'bare7' does not have a release() function, it is broken and must be fixed. See Documentation/core-api/kobject.rst.");
	assert_defects(KSHIM_DEFECT_WARN, 1);
}

static void duplicate_name(void **state)
{
	static struct device other;

	add_tdev();
	device_initialize(&other);
	other.init_name = "tdev";
	other.bus = &testbus;
	other.release = tdev_release;
	assert_int_equal(device_add(&other), -EEXIST);
	assert_log_contains(3, "kobject_add_internal failed for tdev with -EEXIST, don't try to register things with the same name in the same directory.");
	put_device(&other);
	device_unregister(&tdev);
}

static void printk_prefix(void **state)
{
	static struct device nobus;

	add_tdev();
	dev_info(&tdev, "unbound %d\n", 1);
	assert_non_null(kshim_log_find("testbus tdev: unbound 1"));
	register_tdrv(NULL);
	assert_true(device_is_bound(&tdev));
	dev_err(&tdev, "bound\n");
	assert_non_null(kshim_log_find("tdrv tdev: bound"));
	assert_int_equal(kshim_log_find("tdrv tdev: bound")->level, 3);
	dev_emerg(&tdev, "e");
	dev_alert(&tdev, "a");
	dev_crit(&tdev, "c");
	dev_warn(&tdev, "w");
	dev_notice(&tdev, "n");
	assert_int_equal(kshim_log_find("tdrv tdev: e")->level, 0);
	assert_int_equal(kshim_log_find("tdrv tdev: a")->level, 1);
	assert_int_equal(kshim_log_find("tdrv tdev: c")->level, 2);
	assert_int_equal(kshim_log_find("tdrv tdev: w")->level, 4);
	assert_int_equal(kshim_log_find("tdrv tdev: n")->level, 5);
	dev_dbg(&tdev, "debug\n");
	assert_log_lacks(KSHIM_LOG_ANY, "debug");
	dev_info(NULL, "nothing\n");
	assert_non_null(kshim_log_find("(NULL device *): nothing"));
	/* No bus, no driver: dev_driver_string() is "". */
	device_initialize(&nobus);
	nobus.init_name = "lone";
	nobus.release = tdev_release;
	dev_warn(&nobus, "x\n");
	assert_non_null(kshim_log_find(" lone: x"));
	put_device(&nobus);
	driver_unregister(&tdrv);
	device_unregister(&tdev);
}

static void once_and_ratelimited(void **state)
{
	int i;

	add_tdev();
	for (i = 0; i < 3; i++)
		dev_warn_once(&tdev, "once\n");
	assert_int_equal(kshim_log_matches(4, "testbus tdev: once"), 1);
	for (i = 0; i < 15; i++)
		dev_info_ratelimited(&tdev, "often\n");
	/* DEFAULT_RATELIMIT_BURST: 10 per 5 s, and time stands still. */
	assert_int_equal(kshim_log_matches(6, "testbus tdev: often"), 10);
	device_unregister(&tdev);
}

static void err_probe(void **state)
{
	add_tdev();
	assert_int_equal(dev_err_probe(&tdev, -EIO, "no %s\n", "clock"), -EIO);
	assert_non_null(kshim_log_find("testbus tdev: error -EIO: no clock"));
	assert_int_equal(kshim_log_find("testbus tdev: error -EIO: no clock")->level, 3);
	assert_int_equal(dev_warn_probe(&tdev, -EINVAL, "odd\n"), -EINVAL);
	assert_int_equal(kshim_log_find("testbus tdev: error -EINVAL: odd")->level, 4);
	kshim_log_clear();
	/* Quiet on -ENOMEM; on -EPROBE_DEFER it records why. */
	assert_int_equal(dev_err_probe(&tdev, -ENOMEM, "oom\n"), -ENOMEM);
	assert_int_equal(dev_err_probe(&tdev, -EPROBE_DEFER, "waiting for %s\n", "vdd"),
			 -EPROBE_DEFER);
	assert_int_equal(kshim_log_count(), 0);
	assert_string_equal(kshim_device_deferred_reason("tdev"), "waiting for vdd\n");
	device_unregister(&tdev);
}

/* ---- devres ---- */

static void mark_a(void *p) { strcat(order, "a"); }
static void mark_b(void *p) { strcat(order, "b"); }
static void mark_c(void *p) { strcat(order, "c"); }

static int probe_devres(struct device *dev)
{
	u8 *z = devm_kzalloc(dev, 32, GFP_KERNEL);
	char *s;
	int i;

	assert_non_null(z);
	for (i = 0; i < 32; i++)
		assert_int_equal(z[i], 0);
	assert_int_equal(devm_add_action(dev, mark_a, NULL), 0);
	s = devm_kasprintf(dev, GFP_KERNEL, "%s-%d", dev_name(dev), 3);
	assert_string_equal(s, "tdev-3");
	assert_string_equal(devm_kstrdup(dev, "copy", GFP_KERNEL), "copy");
	assert_memory_equal(devm_kmemdup(dev, "abc", 3, GFP_KERNEL), "abc", 3);
	assert_non_null(devm_kcalloc(dev, 4, 8, GFP_KERNEL));
	assert_null(devm_kmalloc_array(dev, SIZE_MAX / 2, 4, GFP_KERNEL));
	assert_ptr_equal(devm_kmalloc(dev, 0, GFP_KERNEL), ZERO_SIZE_PTR);
	assert_int_equal(devm_add_action_or_reset(dev, mark_b, NULL), 0);
	assert_int_equal(devm_add_action(dev, mark_c, NULL), 0);
	devm_remove_action(dev, mark_c, NULL);	/* never runs */
	devm_kfree(dev, s);
	dev_set_drvdata(dev, z);
	return 0;
}

static void devres_released_in_reverse_after_remove(void **state)
{
	add_tdev();
	register_tdrv(probe_devres);
	assert_true(device_is_bound(&tdev));
	assert_non_null(dev_get_drvdata(&tdev));
	/* While bound, devm memory is no leak. */
	assert_int_equal(kshim_leak_check(), 0);
	device_release_driver(&tdev);
	assert_int_equal(removed, 1);
	assert_string_equal(order, "ba");
	assert_null(dev_get_drvdata(&tdev));
	assert_null(tdev.driver);
	driver_unregister(&tdrv);
	device_unregister(&tdev);
	assert_int_equal(kshim_alloc_live(), 0);
}

static int probe_fails_late(struct device *dev)
{
	assert_non_null(devm_kmalloc(dev, 64, GFP_KERNEL));
	assert_int_equal(devm_add_action(dev, mark_a, NULL), 0);
	dev_set_drvdata(dev, dev);
	return -EIO;
}

static void failed_probe_unwinds(void **state)
{
	add_tdev();
	register_tdrv(probe_fails_late);
	assert_false(device_is_bound(&tdev));
	assert_log_contains(4, "tdrv: probe of tdev failed with error -5");
	assert_string_equal(order, "a");
	assert_int_equal(removed, 0);		/* remove is not called */
	assert_null(dev_get_drvdata(&tdev));
	assert_int_equal(kshim_device_probe_result("tdev"), -EIO);
	assert_int_equal(kshim_alloc_live(), 2);	/* the name and the registration */
	driver_unregister(&tdrv);
	device_unregister(&tdev);
}

static int probe_action_fails(struct device *dev)
{
	int ret;

	kshim_fail_nth(1);
	ret = devm_add_action_or_reset(dev, mark_c, NULL);
	assert_int_equal(ret, -ENOMEM);
	assert_string_equal(order, "c");	/* _or_reset ran it at once */
	return ret;
}

static void add_action_or_reset_on_failure(void **state)
{
	add_tdev();
	register_tdrv(probe_action_fails);
	assert_false(device_is_bound(&tdev));
	assert_string_equal(order, "c");
	assert_log_contains(4, "tdrv: probe of tdev failed with error -12");
	driver_unregister(&tdrv);
	device_unregister(&tdev);
}

static int probe_kfree_devm(struct device *dev)
{
	void *p = devm_kzalloc(dev, 16, GFP_KERNEL);

	kfree(p);		/* wrong: devm memory is the device's */
	devm_kfree(dev, order);	/* wrong: never devm-allocated */
	return 0;
}

static void kfree_of_devm_memory_is_a_bad_free(void **state)
{
	add_tdev();
	register_tdrv(probe_kfree_devm);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_BAD_FREE), 1);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_WARN), 1);
	kshim_defects_clear();
	driver_unregister(&tdrv);
	device_unregister(&tdev);
}

static int probe_defers(struct device *dev)
{
	return dev_err_probe(dev, -EPROBE_DEFER, "supplier missing\n");
}

static void deferral_is_quiet_and_listed(void **state)
{
	add_tdev();
	register_tdrv(probe_defers);
	assert_false(device_is_bound(&tdev));
	assert_true(kshim_device_deferred("tdev"));
	assert_string_equal(kshim_device_deferred_reason("tdev"), "supplier missing\n");
	assert_log_lacks(KSHIM_LOG_ANY, "failed");
	/* A bind from user space reports the deferral as -EAGAIN. */
	assert_int_equal(kshim_device_bind("tdev", "tdrv"), -EAGAIN);
	driver_unregister(&tdrv);
	device_unregister(&tdev);
	assert_false(kshim_device_exists("tdev"));
}

static void resources_before_probe(void **state)
{
	add_tdev();
	/* devres on a device without a driver... */
	assert_non_null(devm_kzalloc(&tdev, 8, GFP_KERNEL));
	register_tdrv(NULL);
	/* ...make the core refuse to probe it (dd.c). */
	assert_false(device_is_bound(&tdev));
	assert_log_contains(2, "testbus tdev: Resources present before probing");
	driver_unregister(&tdrv);
	/* They go with the device. */
	device_unregister(&tdev);
	assert_int_equal(kshim_alloc_live(), 0);
}

static void driver_registered_twice(void **state)
{
	register_tdrv(NULL);
	assert_int_equal(driver_register(&tdrv), -EBUSY);
	assert_log_contains(3, "Error: Driver 'tdrv' is already registered, aborting...");
	driver_unregister(&tdrv);
}

struct counter {
	int n;
};

static void counter_release(struct device *dev, void *res)
{
	strcat(order, "r");
}

static int counter_match(struct device *dev, void *res, void *data)
{
	return ((struct counter *)res)->n == *(int *)data;
}

static void devres_api(void **state)
{
	struct counter *c, *c2;
	void __iomem *io;
	u8 *p;
	int key = 5;

	add_tdev();
	order[0] = '\0';
	c = devres_alloc(counter_release, sizeof(*c), GFP_KERNEL);
	assert_non_null(c);
	assert_int_equal(c->n, 0);		/* zeroed */
	c->n = 5;
	devres_add(&tdev, c);
	assert_ptr_equal(devres_find(&tdev, counter_release, counter_match, &key), c);
	c2 = devres_alloc(counter_release, sizeof(*c2), GFP_KERNEL);
	c2->n = 5;
	/* devres_get(): the one already there wins, the new one is freed. */
	assert_ptr_equal(devres_get(&tdev, c2, counter_match, &key), c);
	assert_int_equal(devres_release(&tdev, counter_release, counter_match, &key), 0);
	assert_string_equal(order, "r");
	assert_int_equal(devres_destroy(&tdev, counter_release, NULL, NULL), -ENOENT);

	p = devm_kmalloc(&tdev, 4, GFP_KERNEL);
	memcpy(p, "abc", 4);
	p = devm_krealloc(&tdev, p, 64, GFP_KERNEL | __GFP_ZERO);
	assert_string_equal((char *)p, "abc");
	assert_int_equal(p[63], 0);

	io = devm_ioremap(&tdev, 0xfe400000, 0x10);
	assert_non_null(io);
	devm_iounmap(&tdev, io);
	assert_non_null(devm_request_mem_region(&tdev, 0xfe400000, 0x10, "r"));
	assert_null(request_mem_region(0xfe400008, 0x10, "other"));
	devm_release_mem_region(&tdev, 0xfe400000, 0x10);
	assert_non_null(request_mem_region(0xfe400008, 0x10, "other"));
	release_mem_region(0xfe400008, 0x10);
	release_mem_region(0xfe400008, 0x10);
	assert_log_contains(4, "Trying to free nonexistent resource <0x00000000fe400008-0x00000000fe400017>");

	assert_int_equal(devm_add_action(&tdev, mark_a, NULL), 0);
	devm_release_action(&tdev, mark_a, NULL);
	assert_string_equal(order, "ra");
	/* The device goes: so does what it still holds. */
	device_unregister(&tdev);
	assert_int_equal(kshim_alloc_live(), 0);
}

static int probe_bugs(struct device *dev)
{
	BUG();
	return 0;
}

static void bug_in_probe_is_a_crash(void **state)
{
	add_tdev();
	register_tdrv(NULL);
	assert_int_equal(kshim_device_unbind("tdev"), 0);
	probe_body = probe_bugs;
	/* A bind from the harness runs probe guarded, as module code. */
	assert_int_equal(kshim_device_bind("tdev", "tdrv"), KSHIM_CRASH);
	assert_defects(KSHIM_DEFECT_BUG, 1);
}

/* ---- Attributes ---- */

static int value = 42;

static ssize_t value_show(struct device *dev, struct device_attribute *attr,
			  char *buf)
{
	return sysfs_emit(buf, "%d\n", value);
}

static ssize_t value_store(struct device *dev, struct device_attribute *attr,
			   const char *buf, size_t count)
{
	int ret = kstrtoint(buf, 10, &value);

	return ret ? ret : count;
}
static DEVICE_ATTR_RW(value);

static ssize_t list_show(struct device *dev, struct device_attribute *attr,
			 char *buf)
{
	int n = sysfs_emit_at(buf, 0, "a");

	n += sysfs_emit_at(buf, n, " b\n");
	return n;
}
static DEVICE_ATTR_RO(list);

static ssize_t poke_store(struct device *dev, struct device_attribute *attr,
			  const char *buf, size_t count)
{
	value = -1;
	return count;
}
static DEVICE_ATTR_WO(poke);
static DEVICE_ATTR(nothing, 0644, NULL, NULL);
static DEVICE_ATTR(hidden, 0444, value_show, NULL);

static struct attribute *t_attrs[] = {
	&dev_attr_value.attr,
	&dev_attr_list.attr,
	&dev_attr_poke.attr,
	&dev_attr_nothing.attr,
	&dev_attr_hidden.attr,
	NULL,
};

static umode_t t_visible(struct kobject *kobj, struct attribute *attr, int n)
{
	return attr == &dev_attr_hidden.attr ? 0 : attr->mode;
}

static const struct attribute_group t_group = {
	.attrs = t_attrs,
	.is_visible = t_visible,
};

static struct attribute *sub_attrs[] = { &dev_attr_value.attr, NULL };
static const struct attribute_group sub_group = {
	.name = "sub",
	.attrs = sub_attrs,
};

static const struct attribute_group *t_groups[] = { &t_group, &sub_group, NULL };

static void attributes(void **state)
{
	char buf[32];

	add_tdev();
	value = 42;
	assert_int_equal(kshim_attr_read("tdev", "value", buf, sizeof(buf)), -ENOENT);
	assert_int_equal(device_add_groups(&tdev, t_groups), 0);
	assert_int_equal(kshim_attr_read("tdev", "value", buf, sizeof(buf)), 3);
	assert_string_equal(buf, "42\n");
	assert_int_equal(kshim_attr_write("tdev", "value", "17\n"), 3);
	assert_int_equal(value, 17);
	assert_int_equal(kshim_attr_write("tdev", "value", "x"), -EINVAL);
	assert_int_equal(kshim_attr_write("tdev", "value", ""), 0);
	assert_int_equal(kshim_attr_read("tdev", "sub/value", buf, sizeof(buf)), 3);
	assert_int_equal(kshim_attr_read("tdev", "list", buf, sizeof(buf)), 4);
	assert_string_equal(buf, "a b\n");
	assert_int_equal(kshim_attr_read("tdev", "poke", buf, sizeof(buf)), -EACCES);
	assert_int_equal(kshim_attr_write("tdev", "poke", "1"), 1);
	assert_int_equal(value, -1);
	assert_int_equal(kshim_attr_write("tdev", "list", "1"), -EACCES);
	assert_int_equal(kshim_attr_read("tdev", "nothing", buf, sizeof(buf)), -EIO);
	assert_int_equal(kshim_attr_write("tdev", "nothing", "1"), -EIO);
	assert_int_equal(kshim_attr_read("tdev", "hidden", buf, sizeof(buf)), -ENOENT);
	device_remove_groups(&tdev, t_groups);
	assert_int_equal(kshim_attr_read("tdev", "value", buf, sizeof(buf)), -ENOENT);

	assert_int_equal(device_create_file(&tdev, &dev_attr_value), 0);
	assert_int_equal(device_create_file(&tdev, &dev_attr_value), -EEXIST);
	assert_int_equal(kshim_attr_read("tdev", "value", buf, sizeof(buf)), 3);
	device_remove_file(&tdev, &dev_attr_value);
	assert_int_equal(kshim_attr_read("tdev", "value", buf, sizeof(buf)), -ENOENT);
	device_unregister(&tdev);
}

static void sysfs_emit_wants_a_page(void **state)
{
	char buf[8];

	assert_int_equal(sysfs_emit(buf + 1, "x"), 0);
	assert_log_contains(4, "invalid sysfs_emit: buf:");
	assert_defects(KSHIM_DEFECT_WARN, 1);
}

/* ---- Properties ---- */

static struct device *prop_device(struct kshim_dt_node *np)
{
	const char *name = kshim_platform_device_add("props", -1, NULL, 0, np);
	struct device *dev;

	assert_non_null(name);
	dev = bus_find_device_by_name(&platform_bus_type, NULL, name);
	assert_non_null(dev);
	put_device(dev);
	return dev;
}

static void properties(void **state)
{
	static const unsigned int cells[] = { 1, 2, 0xdeadbeef };
	static const char *const names[] = { "first", "second" };
	struct kshim_dt_node *np = kshim_dt_node("acme,widget");
	struct device *dev;
	const char *s, *strs[2];
	u32 v, arr[3];
	u8 bytes[2];

	kshim_dt_set_u32(np, "clock-frequency", 48000000);
	kshim_dt_set_u32_array(np, "cells", cells, 3);
	kshim_dt_set_string(np, "label", "widget");
	kshim_dt_set_strings(np, "names", names, 2);
	kshim_dt_set_bool(np, "wakeup-source");
	kshim_dt_set_raw(np, "broken", "abc", 3);
	dev = prop_device(np);

	assert_int_equal(device_property_read_u32(dev, "clock-frequency", &v), 0);
	assert_int_equal(v, 48000000);
	assert_int_equal(of_property_read_u32(dev->of_node, "clock-frequency", &v), 0);
	assert_int_equal(device_property_read_u32_array(dev, "cells", arr, 3), 0);
	assert_int_equal(arr[2], 0xdeadbeef);
	assert_int_equal(device_property_count_u32(dev, "cells"), 3);
	assert_int_equal(of_property_read_u32_index(dev->of_node, "cells", 1, &v), 0);
	assert_int_equal(v, 2);
	/* The kernel's error codes: missing, too short, no value. */
	assert_int_equal(device_property_read_u32(dev, "nonesuch", &v), -EINVAL);
	assert_int_equal(device_property_read_u32_array(dev, "cells", arr, 4), -EOVERFLOW);
	assert_int_equal(device_property_read_u32(dev, "wakeup-source", &v), -EOVERFLOW);
	assert_int_equal(device_property_read_u8_array(dev, "broken", bytes, 2), 0);
	assert_int_equal(bytes[1], 'b');

	assert_int_equal(device_property_read_string(dev, "label", &s), 0);
	assert_string_equal(s, "widget");
	assert_int_equal(of_property_read_string(dev->of_node, "label", &s), 0);
	assert_int_equal(device_property_read_string(dev, "nonesuch", &s), -EINVAL);
	assert_int_equal(device_property_read_string(dev, "broken", &s), -EILSEQ);
	assert_int_equal(of_property_read_string(dev->of_node, "wakeup-source", &s), -ENODATA);
	assert_int_equal(device_property_read_string_array(dev, "names", strs, 2), 2);
	assert_string_equal(strs[1], "second");
	assert_int_equal(device_property_string_array_count(dev, "names"), 2);
	assert_int_equal(device_property_match_string(dev, "names", "second"), 1);
	assert_int_equal(device_property_match_string(dev, "names", "third"), -ENODATA);

	assert_true(device_property_read_bool(dev, "wakeup-source"));
	assert_true(of_property_read_bool(dev->of_node, "wakeup-source"));
	assert_false(device_property_present(dev, "nonesuch"));
	assert_int_equal(of_property_count_u32_elems(dev->of_node, "broken"), -EINVAL);
	assert_log_contains(3, "size of broken in node /widget is not a multiple of 4");
	assert_int_equal(of_device_is_compatible(dev->of_node, "ACME,Widget") > 0, 1);
}

static void no_node_no_properties(void **state)
{
	struct device *dev = prop_device(NULL);
	u32 v;

	assert_null(dev_fwnode(dev));
	assert_int_equal(device_property_read_u32(dev, "x", &v), -EINVAL);
	assert_false(device_property_present(dev, "x"));
	assert_int_equal(device_get_child_node_count(dev), 0);
	assert_null(device_get_match_data(dev));
}

static void child_nodes(void **state)
{
	struct kshim_dt_node *np = kshim_dt_node("acme,leds");
	struct fwnode_handle *child;
	struct device_node *c;
	struct device *dev;
	u32 sum = 0, reg;
	int n = 0;

	kshim_dt_set_u32(kshim_dt_child(np, "led@0"), "reg", 0);
	kshim_dt_set_u32(kshim_dt_child(np, "led@1"), "reg", 1);
	kshim_dt_set_string(kshim_dt_child(np, "led@2"), "status", "disabled");
	kshim_dt_set_u32(kshim_dt_child(np, "led@3"), "reg", 3);
	dev = prop_device(np);

	device_for_each_child_node(dev, child) {
		assert_int_equal(fwnode_property_read_u32(child, "reg", &reg), 0);
		sum += reg;
		n++;
	}
	assert_int_equal(n, 3);			/* the disabled one is skipped */
	assert_int_equal(sum, 4);
	assert_int_equal(device_get_child_node_count(dev), 3);
	child = device_get_named_child_node(dev, "led");
	assert_non_null(child);
	assert_string_equal(fwnode_get_name(child), "led@0");
	assert_ptr_equal(fwnode_get_parent(child), dev_fwnode(dev));
	assert_int_equal(of_get_child_count(dev->of_node), 4);
	assert_int_equal(of_get_available_child_count(dev->of_node), 3);
	c = of_get_child_by_name(dev->of_node, "led");
	assert_string_equal(c->full_name, "led@0");
	assert_string_equal(c->name, "led");
	assert_false(of_device_is_available(c->sibling->sibling));
}

static void match_scores(void **state)
{
	static const char *const compat[] = { "acme,widget-v2", "acme,widget" };
	static const struct of_device_id ids[] = {
		{ .compatible = "acme,widget", .data = "generic" },
		{ .compatible = "acme,widget-v2", .data = "v2" },
		{ }
	};
	struct kshim_dt_node *np = kshim_dt_node(NULL);

	kshim_dt_set_strings(np, "compatible", compat, 2);
	/* The most specific (earliest) compatible wins, not the table order. */
	assert_string_equal(of_match_node(ids, (struct device_node *)np)->data, "v2");
	assert_null(of_match_node(ids + 2, (struct device_node *)np));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(references_and_release),
		kshim_unit_test(no_release_warns),
		kshim_unit_test(duplicate_name),
		kshim_unit_test(printk_prefix),
		kshim_unit_test(once_and_ratelimited),
		kshim_unit_test(err_probe),
		kshim_unit_test(devres_released_in_reverse_after_remove),
		kshim_unit_test(failed_probe_unwinds),
		kshim_unit_test(add_action_or_reset_on_failure),
		kshim_unit_test(kfree_of_devm_memory_is_a_bad_free),
		kshim_unit_test(deferral_is_quiet_and_listed),
		kshim_unit_test(resources_before_probe),
		kshim_unit_test(driver_registered_twice),
		kshim_unit_test(devres_api),
		kshim_unit_test(bug_in_probe_is_a_crash),
		kshim_unit_test(attributes),
		kshim_unit_test(sysfs_emit_wants_a_page),
		kshim_unit_test(properties),
		kshim_unit_test(no_node_no_properties),
		kshim_unit_test(child_nodes),
		kshim_unit_test(match_scores),
	};

	return kshim_run_tests(tests);
}
