// SPDX-License-Identifier: GPL-2.0-only
/*
 * The platform bus: devices and their resources, matching in 6.1's order
 * (driver_override, OF, id_table, name), probe and remove as the core
 * calls them, deferred probe, platform_driver_probe(), and the sweep of a
 * probe that leaks.
 */
#include <linux/io.h>
#include <linux/of.h>
#include <linux/platform_device.h>
#include <linux/property.h>
#include <linux/slab.h>
#include <linux/string.h>

#include <kshim/cmocka.h>

static const struct resource two_res[] = {
	DEFINE_RES_MEM_NAMED(0xfe100000, 0x100, "ctrl"),
	DEFINE_RES_IRQ_NAMED(9, "rx"),
};

static void register_simple_and_resources(void **state)
{
	struct platform_device *pdev;
	struct resource *r;

	pdev = platform_device_register_simple("pdtest", 3, two_res, 2);
	assert_false(IS_ERR(pdev));
	assert_string_equal(dev_name(&pdev->dev), "pdtest.3");
	assert_true(kshim_device_exists("pdtest.3"));
	assert_ptr_not_equal(pdev->resource, two_res);	/* a copy */
	r = platform_get_resource(pdev, IORESOURCE_MEM, 0);
	assert_non_null(r);
	assert_int_equal(r->start, 0xfe100000);
	assert_int_equal(resource_size(r), 0x100);
	assert_null(platform_get_resource(pdev, IORESOURCE_MEM, 1));
	assert_ptr_equal(platform_get_resource_byname(pdev, IORESOURCE_MEM, "ctrl"), r);
	assert_null(platform_get_resource_byname(pdev, IORESOURCE_MEM, "rx"));
	assert_int_equal(platform_get_irq(pdev, 0), 9);
	assert_int_equal(platform_get_irq_byname(pdev, "rx"), 9);
	assert_int_equal(platform_irq_count(pdev), 1);
	assert_int_equal(platform_get_irq_optional(pdev, 1), -ENXIO);
	assert_log_lacks(KSHIM_LOG_ANY, "not found");
	assert_int_equal(platform_get_irq(pdev, 1), -ENXIO);
	/* No driver yet: the prefix is the bus's name. */
	assert_log_contains(3, "platform pdtest.3: error -ENXIO: IRQ index 1 not found");
	assert_int_equal(platform_get_irq_byname(pdev, "tx"), -ENXIO);
	assert_log_contains(3, "platform pdtest.3: error -ENXIO: IRQ tx not found");
	platform_device_unregister(pdev);
	assert_false(kshim_device_exists("pdtest.3"));
	assert_int_equal(kshim_alloc_live(), 0);
}

static void device_ids(void **state)
{
	struct platform_device *a, *b, *c;

	a = platform_device_register_simple("pdtest", PLATFORM_DEVID_NONE, NULL, 0);
	b = platform_device_register_simple("pdtest", PLATFORM_DEVID_AUTO, NULL, 0);
	c = platform_device_register_simple("pdtest", PLATFORM_DEVID_AUTO, NULL, 0);
	assert_string_equal(dev_name(&a->dev), "pdtest");
	assert_string_equal(dev_name(&b->dev), "pdtest.0.auto");
	assert_string_equal(dev_name(&c->dev), "pdtest.1.auto");
	assert_true(b->id_auto);
	/* A second device of one name: sysfs refuses it. */
	assert_ptr_equal(platform_device_register_simple("pdtest", -1, NULL, 0),
			 ERR_PTR(-EEXIST));
	assert_log_contains(4, "sysfs: cannot create duplicate filename '/devices/platform/pdtest'");
	/* The harness numbers from the same counter. */
	assert_string_equal(kshim_platform_device_add("pdtest", PLATFORM_DEVID_AUTO,
						      NULL, 0, NULL), "pdtest.2.auto");
	platform_device_unregister(c);
	platform_device_unregister(b);
	platform_device_unregister(a);
	assert_int_equal(kshim_alloc_live(), 0);
}

static void platform_data_is_copied(void **state)
{
	static const int pdata[2] = { 7, 8 };
	struct platform_device *pdev;
	int *p;

	pdev = platform_device_register_data(NULL, "pdtest", 0, pdata, sizeof(pdata));
	p = dev_get_platdata(&pdev->dev);
	assert_ptr_not_equal(p, pdata);
	assert_int_equal(p[1], 8);
	platform_device_unregister(pdev);
	assert_int_equal(kshim_alloc_live(), 0);
}

static void register_full_fails_cleanly(void **state)
{
	struct platform_device_info info = {
		.name = "pdtest", .id = 0, .res = two_res, .num_res = 2,
		.data = "x", .size_data = 2,
	};
	struct platform_device *pdev;
	unsigned long n;

	/* Each allocation in turn: the object, resources, data, the name. */
	for (n = 1; n <= 4; n++) {
		kshim_fail_nth(n);
		assert_ptr_equal(platform_device_register_full(&info), ERR_PTR(-ENOMEM));
		assert_int_equal(kshim_alloc_live(), 0);
	}
	kshim_fail_nth(5);
	pdev = platform_device_register_full(&info);
	assert_false(IS_ERR(pdev));
	kshim_fail_none();
	assert_string_equal(dev_get_platdata(&pdev->dev), "x");
	platform_device_unregister(pdev);
	assert_int_equal(kshim_alloc_live(), 0);
}

/* ---- Drivers ---- */

static const char *probed_by;
static int probe_ret;
static int remove_ret;

static int by_name_probe(struct platform_device *pdev)
{
	probed_by = "by_name";
	return probe_ret;
}

static int by_name_remove(struct platform_device *pdev)
{
	return remove_ret;
}

static struct platform_driver by_name = {
	.probe = by_name_probe,
	.remove = by_name_remove,
	.driver = { .name = "widget" },
};

static const struct platform_device_id ids[] = {
	{ "gizmo", 1 },
	{ "widget", 2 },
	{ }
};

static int by_id_probe(struct platform_device *pdev)
{
	probed_by = "by_id";
	return 0;
}

static struct platform_driver by_id = {
	.probe = by_id_probe,
	.id_table = ids,
	.driver = { .name = "ids" },
};

static const struct of_device_id of_ids[] = {
	{ .compatible = "acme,widget", .data = "of-data" },
	{ }
};

static const void *match_data;

static int by_of_probe(struct platform_device *pdev)
{
	probed_by = "by_of";
	match_data = device_get_match_data(&pdev->dev);
	return 0;
}

static struct platform_driver by_of = {
	.probe = by_of_probe,
	.id_table = ids,
	.driver = { .name = "of", .of_match_table = of_match_ptr(of_ids) },
};

static void reset_drivers(void)
{
	probed_by = NULL;
	probe_ret = 0;
	remove_ret = 0;
	match_data = NULL;
}

static void match_by_name(void **state)
{
	reset_drivers();
	assert_non_null(kshim_platform_device_add("widget", 1, NULL, 0, NULL));
	assert_int_equal(platform_driver_register(&by_name), 0);
	assert_string_equal(probed_by, "by_name");
	assert_string_equal(kshim_device_driver("widget.1"), "widget");
	platform_driver_unregister(&by_name);
	assert_false(kshim_device_bound("widget.1"));
}

static void match_by_id_table(void **state)
{
	struct device *dev;

	reset_drivers();
	assert_non_null(kshim_platform_device_add("gizmo", -1, NULL, 0, NULL));
	assert_int_equal(platform_driver_register(&by_id), 0);
	assert_string_equal(probed_by, "by_id");
	dev = bus_find_device_by_name(&platform_bus_type, NULL, "gizmo");
	assert_int_equal(platform_get_device_id(to_platform_device(dev))->driver_data, 1);
	put_device(dev);
	platform_driver_unregister(&by_id);
}

static void of_before_id_table(void **state)
{
	reset_drivers();
	/* Named "gizmo" (in the id table), but its node says acme,widget. */
	assert_non_null(kshim_platform_device_add("gizmo", -1, NULL, 0,
						  kshim_dt_node("acme,widget")));
	assert_int_equal(platform_driver_register(&by_of), 0);
	assert_string_equal(probed_by, "by_of");
	assert_string_equal(match_data, "of-data");
	platform_driver_unregister(&by_of);
}

static void driver_override_beats_all(void **state)
{
	char buf[16];

	reset_drivers();
	assert_non_null(kshim_platform_device_add("widget", 1, NULL, 0, NULL));
	assert_int_equal(kshim_attr_write("widget.1", "driver_override", "ids"), 3);
	assert_int_equal(platform_driver_register(&by_name), 0);
	assert_null(probed_by);			/* its name matches, but no */
	assert_int_equal(platform_driver_register(&by_id), 0);
	assert_string_equal(probed_by, "by_id");
	/* "\n" clears it; the read shows "(null)" as the kernel's %s does. */
	assert_int_equal(kshim_device_unbind("widget.1"), 0);
	assert_int_equal(kshim_attr_write("widget.1", "driver_override", "\n"), 1);
	assert_int_equal(kshim_attr_read("widget.1", "driver_override", buf, sizeof(buf)), 7);
	assert_string_equal(buf, "(null)\n");
	assert_int_equal(kshim_device_bind("widget.1", "widget"), 0);
	assert_string_equal(probed_by, "by_name");
	platform_driver_unregister(&by_id);
	platform_driver_unregister(&by_name);
}

static void failing_probe_lets_the_next_driver_try(void **state)
{
	reset_drivers();
	assert_int_equal(platform_driver_register(&by_name), 0);
	assert_int_equal(platform_driver_register(&by_id), 0);
	probe_ret = -ENODEV;
	assert_non_null(kshim_platform_device_add("widget", 1, NULL, 0, NULL));
	/* by_name rejected it quietly; by_id's table has "widget" too. */
	assert_string_equal(kshim_device_driver("widget.1"), "ids");
	assert_log_lacks(KSHIM_LOG_ANY, "failed with error");
	platform_driver_unregister(&by_id);
	platform_driver_unregister(&by_name);
}

static void remove_error_is_ignored(void **state)
{
	reset_drivers();
	remove_ret = -EBUSY;
	assert_non_null(kshim_platform_device_add("widget", 1, NULL, 0, NULL));
	assert_int_equal(platform_driver_register(&by_name), 0);
	assert_int_equal(kshim_platform_device_remove("widget.1"), 0);
	assert_log_contains(4, "widget widget.1: remove callback returned a non-zero value. This will be ignored.");
	assert_false(kshim_device_exists("widget.1"));
	assert_int_equal(kshim_platform_device_remove("widget.1"), -ENODEV);
	platform_driver_unregister(&by_name);
}

/* ---- Deferred probe ---- */

static bool supplier_ready;

static int consumer_probe(struct platform_device *pdev)
{
	if (!supplier_ready)
		return dev_err_probe(&pdev->dev, -EPROBE_DEFER, "no supplier\n");
	return 0;
}

static struct platform_driver consumer = {
	.probe = consumer_probe,
	.driver = { .name = "consumer" },
};

static int supplier_probe(struct platform_device *pdev)
{
	supplier_ready = true;
	return 0;
}

static struct platform_driver supplier = {
	.probe = supplier_probe,
	.driver = { .name = "supplier" },
};

static void deferred_probe_is_retried(void **state)
{
	supplier_ready = false;
	assert_non_null(kshim_platform_device_add("consumer", -1, NULL, 0, NULL));
	assert_non_null(kshim_platform_device_add("supplier", -1, NULL, 0, NULL));
	assert_int_equal(platform_driver_register(&consumer), 0);
	assert_false(kshim_device_bound("consumer"));
	assert_true(kshim_device_deferred("consumer"));
	assert_string_equal(kshim_device_deferred_reason("consumer"), "no supplier\n");
	assert_int_equal(kshim_device_probe_result("consumer"), -EPROBE_DEFER);
	/* A bind anywhere retries the deferred devices. */
	assert_int_equal(platform_driver_register(&supplier), 0);
	assert_true(kshim_device_bound("supplier"));
	assert_true(kshim_device_bound("consumer"));
	assert_false(kshim_device_deferred("consumer"));
	assert_null(kshim_device_deferred_reason("consumer"));
	platform_driver_unregister(&supplier);
	platform_driver_unregister(&consumer);
}

static void deferred_waits_without_a_bind(void **state)
{
	supplier_ready = false;
	assert_non_null(kshim_platform_device_add("consumer", -1, NULL, 0, NULL));
	assert_int_equal(platform_driver_register(&consumer), 0);
	supplier_ready = true;
	/* Nothing bound since: nothing retried it. */
	assert_true(kshim_device_deferred("consumer"));
	assert_non_null(kshim_platform_device_add("other", -1, NULL, 0, NULL));
	assert_true(kshim_device_deferred("consumer"));
	platform_driver_unregister(&consumer);
}

/* ---- platform_driver_probe() ---- */

static int once_probe(struct platform_device *pdev)
{
	probed_by = "once";
	return probe_ret;
}

static struct platform_driver once = {
	.driver = { .name = "once" },
};

static void probe_once_only(void **state)
{
	reset_drivers();
	/* No device: -ENODEV, and the driver is gone again. */
	assert_int_equal(platform_driver_probe(&once, once_probe), -ENODEV);
	assert_int_equal(kshim_alloc_live(), 0);

	assert_non_null(kshim_platform_device_add("once", 0, NULL, 0, NULL));
	assert_int_equal(platform_driver_probe(&once, once_probe), 0);
	assert_string_equal(probed_by, "once");
	/* No binding later: not from user space, not for a new device. */
	assert_int_equal(kshim_device_unbind("once.0"), -ENOENT);
	probed_by = NULL;
	assert_non_null(kshim_platform_device_add("once", 1, NULL, 0, NULL));
	assert_null(probed_by);
	assert_false(kshim_device_bound("once.1"));
	platform_driver_unregister(&once);
}

static void probe_once_without_deferral(void **state)
{
	reset_drivers();
	probe_ret = -EPROBE_DEFER;
	assert_non_null(kshim_platform_device_add("once", 0, NULL, 0, NULL));
	assert_int_equal(platform_driver_probe(&once, once_probe), -ENODEV);
	assert_log_contains(4, "once once.0: probe deferral not supported");
	/* -ENXIO rejects the match: no warning (dd.c). */
	assert_log_lacks(KSHIM_LOG_ANY, "failed with error");
	assert_false(kshim_device_deferred("once.0"));
}

/* ---- MMIO through the resources ---- */

static int mmio_probe(struct platform_device *pdev)
{
	struct resource *r;
	void __iomem *base;

	base = devm_platform_get_and_ioremap_resource(pdev, 0, &r);
	if (IS_ERR(base))
		return PTR_ERR(base);
	assert_int_equal(r->start, 0xfe200000);
	assert_int_equal(readl(base + 4), 0xcafe);
	writel(0x1234, base + 8);
	base = devm_platform_ioremap_resource_byname(pdev, "second");
	if (IS_ERR(base))
		return PTR_ERR(base);
	return 0;
}

static struct platform_driver mmio = {
	.probe = mmio_probe,
	.driver = { .name = "mmio" },
};

static void mmio_resources(void **state)
{
	struct kshim_res res[] = {
		KSHIM_RES_MEM(0xfe200000, 0x100),
		{ KSHIM_RES_MEM, 0xfe300000, 0x100, "second" },
	};
	const char *dev = kshim_platform_device_add("mmio", -1, res, 2, NULL);

	kshim_mmio_poke(kshim_device_regs(dev, 0), 4, 4, 0xcafe);
	assert_int_equal(platform_driver_register(&mmio), 0);
	assert_true(kshim_device_bound(dev));
	assert_int_equal(kshim_mmio_peek(kshim_device_regs(dev, 0), 8, 4), 0x1234);
	assert_null(kshim_device_regs(dev, 2));
	platform_driver_unregister(&mmio);
	assert_int_equal(kshim_alloc_live(), 0);
}

/* ---- The sweep of probe ---- */

static void leaky_device(void *arg)
{
	assert_non_null(kshim_platform_device_add("probe_leaky", -1, NULL, 0, NULL));
}

static void sweep_finds_the_leak_in_probe(void **state)
{
	struct kshim_sweep *sw = kshim_sweep_setup("probe_leaky", NULL, leaky_device,
						   NULL);

	assert_non_null(sw);
	assert_int_equal(sw->nsteps, 4);
	assert_int_equal(sw->failures, 1);
	assert_int_equal(sw->steps[1].outcome, KSHIM_SWEEP_OK);	/* registration */
	assert_int_equal(sw->steps[1].ret, -ENOMEM);
	assert_int_equal(sw->steps[2].outcome, KSHIM_SWEEP_OK);	/* kmalloc */
	assert_int_equal(sw->steps[2].probe_ret, -ENOMEM);
	assert_int_equal(sw->steps[3].outcome, KSHIM_SWEEP_LEAK);	/* devm_kzalloc */
	assert_string_equal(sw->steps[3].call, "devm_kzalloc");
	assert_non_null(strstr(sw->steps[3].detail, "32 bytes (kmalloc) allocated at tests/modules/probe_leaky.c"));
	kshim_sweep_free(sw);
}

/* ---- A built-in driver ---- */

static void builtin_driver_binds_at_boot(void **state)
{
	struct kshim_res res[] = { KSHIM_RES_MEM(0xfe000000, 0x20), KSHIM_RES_IRQ(5) };
	const char *dev = kshim_platform_device_add("mmtemp", 0, res, 2,
						    kshim_dt_node("kshim,mmtemp"));

	kshim_mmio_poke(kshim_device_regs(dev, 0), 0, 4, 0x544d0001);
	assert_false(kshim_device_bound(dev));
	assert_int_equal(kshim_boot(NULL), 0);
	assert_int_equal(kshim_initcall_result("mmtemp"), 0);
	assert_true(kshim_device_bound(dev));
	/* Bound for good: its devm memory and the registration are no leak. */
	assert_true(kshim_alloc_live() > 1);
	assert_int_equal(kshim_leak_check(), 0);
	/* Gone with the device: all but the driver's registration. */
	assert_int_equal(kshim_platform_device_remove(dev), 0);
	assert_log_contains(6, "mmtemp mmtemp.0: mmtemp.0: removed after 0 alarm(s)");
	assert_int_equal(kshim_alloc_live(), 1);
	assert_int_equal(kshim_leak_check(), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(register_simple_and_resources),
		kshim_unit_test(device_ids),
		kshim_unit_test(platform_data_is_copied),
		kshim_unit_test(register_full_fails_cleanly),
		kshim_unit_test(match_by_name),
		kshim_unit_test(match_by_id_table),
		kshim_unit_test(of_before_id_table),
		kshim_unit_test(driver_override_beats_all),
		kshim_unit_test(failing_probe_lets_the_next_driver_try),
		kshim_unit_test(remove_error_is_ignored),
		kshim_unit_test(deferred_probe_is_retried),
		kshim_unit_test(deferred_waits_without_a_bind),
		kshim_unit_test(probe_once_only),
		kshim_unit_test(probe_once_without_deferral),
		kshim_unit_test(mmio_resources),
		kshim_unit_test(sweep_finds_the_leak_in_probe),
		kshim_unit_test(builtin_driver_binds_at_boot),
	};

	return kshim_run_tests(tests);
}
