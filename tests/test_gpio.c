// SPDX-License-Identifier: GPL-2.0-only
/*
 * GPIO descriptors on simulated lines: lookup by device, function and
 * index; exclusive requests; directions and values, active-low lines,
 * sleeping lines' WARNs; optional GPIOs; devres release on unbind.
 */
#include <linux/device.h>
#include <linux/gpio/consumer.h>
#include <linux/platform_device.h>

#include <kshim/cmocka.h>

static int noop_probe(struct platform_device *pdev)
{
	return 0;
}

static struct platform_driver gdrv = {
	.driver = { .name = "gdev" },
	.probe = noop_probe,
};

static struct device *found;

static int grab(struct device *dev, void *data)
{
	found = dev;
	return 1;
}

/* A bound platform device "gdev" to get lines for. */
static struct device *gdev(void)
{
	assert_non_null(kshim_platform_device_add("gdev", -1, NULL, 0, NULL));
	assert_int_equal(platform_driver_register(&gdrv), 0);
	found = NULL;
	driver_for_each_device(&gdrv.driver, NULL, NULL, grab);
	assert_non_null(found);
	return found;
}

static void lookup_and_values(void **state)
{
	int reset = kshim_gpio_add("gdev", "reset", 0, 0);
	int led = kshim_gpio_add("gdev", "led", 0, KSHIM_GPIO_ACTIVE_LOW);
	int in = kshim_gpio_add("gdev", NULL, 0, 0);
	int in1 = kshim_gpio_add("gdev", NULL, 1, 0);
	struct gpio_desc *r, *l, *i, *again;
	struct device *dev;

	assert_true(reset >= 0 && led >= 0 && in >= 0 && in1 >= 0);
	assert_int_equal(kshim_gpio_add("gdev", "reset", 0, 0), -EEXIST);
	dev = gdev();

	r = gpiod_get(dev, "reset", GPIOD_OUT_HIGH);
	assert_false(IS_ERR_OR_NULL(r));
	assert_int_equal(kshim_gpio_is_output(reset), 1);
	assert_int_equal(kshim_gpio_value(reset), 1);
	assert_string_equal(kshim_gpio_consumer(reset), "reset");
	/* One owner at a time */
	again = gpiod_get(dev, "reset", GPIOD_ASIS);
	assert_ptr_equal(again, ERR_PTR(-EBUSY));
	gpiod_set_value(r, 0);
	assert_int_equal(kshim_gpio_value(reset), 0);
	assert_int_equal(gpiod_get_direction(r), GPIO_LINE_DIRECTION_OUT);

	/* Active low: the logical value is the inverse of the level */
	l = gpiod_get(dev, "led", GPIOD_OUT_LOW);
	assert_int_equal(kshim_gpio_value(led), 1);
	gpiod_set_value(l, 1);
	assert_int_equal(kshim_gpio_value(led), 0);
	assert_int_equal(gpiod_get_value(l), 1);
	gpiod_set_raw_value(l, 1);
	assert_int_equal(gpiod_get_value(l), 0);
	assert_int_equal(gpiod_is_active_low(l), 1);
	assert_int_equal(kshim_gpio_toggles(led), 3);

	/* The unnamed "gpios", by index; an input driven from outside */
	i = gpiod_get_index(dev, NULL, 0, GPIOD_IN);
	assert_int_equal(kshim_gpio_is_output(in), 0);
	assert_string_equal(kshim_gpio_consumer(in), "gdev");
	assert_int_equal(gpiod_get_value(i), 0);
	assert_int_equal(kshim_gpio_set_input(in, 1), 0);
	assert_int_equal(gpiod_get_value(i), 1);
	assert_int_equal(gpiod_get_direction(i), GPIO_LINE_DIRECTION_IN);
	assert_int_equal(gpiod_count(dev, NULL), 2);
	assert_int_equal(gpiod_count(dev, "nothing"), -ENOENT);
	assert_int_equal(gpiod_to_irq(i), -ENXIO);

	/* Absent: -ENOENT, or NULL when optional; NULL is a valid no-op */
	assert_ptr_equal(gpiod_get(dev, "enable", GPIOD_OUT_LOW), ERR_PTR(-ENOENT));
	assert_null(gpiod_get_optional(dev, "enable", GPIOD_OUT_LOW));
	gpiod_set_value(NULL, 1);
	assert_int_equal(gpiod_get_value(NULL), 0);
	/* An error pointer: gpiolib's warning, and its error */
	assert_int_equal(gpiod_get_value(ERR_PTR(-EBUSY)), -EBUSY);
	assert_log_contains(4, "gpiod_get_value: invalid GPIO (errorpointer)");

	gpiod_put(r);
	gpiod_put(l);
	gpiod_put(i);
	assert_null(kshim_gpio_consumer(reset));
	/* Free again: the line keeps its level */
	assert_int_equal(kshim_gpio_value(reset), 0);
	r = gpiod_get(dev, "reset", GPIOD_ASIS);
	assert_false(IS_ERR(r));
	gpiod_put(r);
	platform_driver_unregister(&gdrv);
}

static void sleeping_lines(void **state)
{
	int n = kshim_gpio_add("gdev", "cs", 0, KSHIM_GPIO_CAN_SLEEP);
	struct device *dev = gdev();
	struct gpio_desc *d = gpiod_get(dev, "cs", GPIOD_OUT_LOW);

	assert_int_equal(gpiod_cansleep(d), 1);
	gpiod_set_value_cansleep(d, 1);
	assert_int_equal(kshim_gpio_value(n), 1);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_WARN), 0);
	/* The non-sleeping call on a sleeping line: gpiolib's WARN_ON */
	gpiod_set_value(d, 0);
	assert_int_equal(kshim_gpio_value(n), 0);
	assert_defects(KSHIM_DEFECT_WARN, 1);
	gpiod_put(d);
	platform_driver_unregister(&gdrv);
}

static int managed_probe(struct platform_device *pdev)
{
	struct gpio_desc *d = devm_gpiod_get(&pdev->dev, "power", GPIOD_OUT_HIGH);

	if (IS_ERR(d))
		return PTR_ERR(d);
	d = devm_gpiod_get_optional(&pdev->dev, "missing", GPIOD_IN);
	return IS_ERR(d) ? PTR_ERR(d) : 0;
}

static struct platform_driver mdrv = {
	.driver = { .name = "mdev" },
	.probe = managed_probe,
};

static void managed(void **state)
{
	int n;

	/* No line mapped: the probe fails with -ENOENT */
	assert_non_null(kshim_platform_device_add("mdev", -1, NULL, 0, NULL));
	assert_int_equal(platform_driver_register(&mdrv), 0);
	assert_false(kshim_device_bound("mdev"));
	assert_int_equal(kshim_device_probe_result("mdev"), -ENOENT);

	n = kshim_gpio_add("mdev", "power", 0, 0);
	assert_int_equal(kshim_device_bind("mdev", "mdev"), 0);
	assert_string_equal(kshim_gpio_consumer(n), "power");
	assert_int_equal(kshim_gpio_value(n), 1);
	/* Unbinding puts it back */
	assert_int_equal(kshim_device_unbind("mdev"), 0);
	assert_null(kshim_gpio_consumer(n));

	/* The devres allocation fails: -ENOMEM, the line not left requested */
	kshim_fail_only("devres_alloc");
	kshim_fail_nth(1);
	assert_int_equal(kshim_device_bind("mdev", "mdev"), -ENOMEM);
	kshim_fail_none();
	assert_null(kshim_gpio_consumer(n));
	platform_driver_unregister(&mdrv);
	assert_int_equal(kshim_alloc_live(), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(lookup_and_values),
		kshim_unit_test(sleeping_lines),
		kshim_unit_test(managed),
	};

	return kshim_run_tests(tests);
}
