// SPDX-License-Identifier: GPL-2.0-only
/*
 * The LED class: registration and renaming on a name collision, the
 * brightness and max_brightness files, brightness capped at the maximum,
 * set at once or from the work item for a sleeping LED, off at
 * unregistration, and managed LEDs of a platform device.
 */
#include <linux/leds.h>
#include <linux/platform_device.h>
#include <linux/slab.h>

#include <kshim/cmocka.h>

static int last_set = -1, sets;

static void set(struct led_classdev *led, enum led_brightness b)
{
	last_set = b;
	sets++;
}

static int set_blocking(struct led_classdev *led, enum led_brightness b)
{
	last_set = b;
	sets++;
	return b == 99 ? -EIO : 0;
}

static void files_and_brightness(void **state)
{
	struct led_classdev a = { .name = "t:red", .brightness_set = set,
				  .max_brightness = 100 };
	struct led_classdev b = { .name = "t:red", .brightness_set = set };
	char buf[16];

	sets = 0;
	assert_int_equal(led_classdev_register(NULL, &a), 0);
	assert_string_equal(dev_name(a.dev), "t:red");
	assert_int_equal(kshim_sysfs_read("/sys/class/leds/t:red/max_brightness",
					  buf, sizeof(buf)), 4);
	assert_string_equal(buf, "100\n");
	assert_int_equal(kshim_sysfs_read("/sys/class/leds/t:red/brightness",
					  buf, sizeof(buf)), 2);
	assert_string_equal(buf, "0\n");
	/* Capped at max_brightness */
	assert_int_equal(kshim_sysfs_write("/sys/class/leds/t:red/brightness",
					   "255"), 3);
	assert_int_equal(last_set, 100);
	assert_int_equal(kshim_led_brightness("t:red"), 100);
	assert_int_equal(kshim_sysfs_write("/sys/class/leds/t:red/brightness",
					   "x"), -EINVAL);
	assert_int_equal(kshim_sysfs_write("/sys/class/leds/t:red/max_brightness",
					   "1"), -EACCES);
	/* sysfs control can be taken away */
	led_sysfs_disable(&a);
	assert_int_equal(kshim_sysfs_write("/sys/class/leds/t:red/brightness",
					   "1"), -EBUSY);
	led_sysfs_enable(&a);

	/* The same name again: renamed, with led-class.c's warning */
	assert_int_equal(led_classdev_register(NULL, &b), 0);
	assert_string_equal(dev_name(b.dev), "t:red_1");
	assert_log_contains(4, "Led t:red renamed to t:red_1 due to name collision");
	assert_int_equal(kshim_led_max_brightness("t:red_1"), LED_FULL);

	/* Unregistering turns it off */
	sets = 0;
	led_classdev_unregister(&a);
	assert_int_equal(sets, 1);
	assert_int_equal(last_set, LED_OFF);
	assert_int_equal(kshim_led_brightness("t:red"), -ENODEV);
	led_classdev_unregister(&b);
	assert_int_equal(kshim_alloc_live(), 0);
}

static void sleeping_led(void **state)
{
	struct led_classdev s = { .name = "slow", .brightness_set_blocking = set_blocking };

	sets = 0;
	last_set = -1;
	assert_int_equal(led_classdev_register(NULL, &s), 0);
	/* From the work item: not yet */
	led_set_brightness(&s, 7);
	assert_int_equal(sets, 0);
	assert_int_equal(kshim_run_work(), 1);
	assert_int_equal(last_set, 7);
	/* The sysfs store waits for it */
	assert_int_equal(kshim_sysfs_write("/sys/class/leds/slow/brightness", "9"), 1);
	assert_int_equal(last_set, 9);
	/* A failure is logged */
	led_set_brightness(&s, 99);
	kshim_run_work();
	assert_log_contains(3, "Setting an LED's brightness failed (-5)");
	assert_int_equal(led_set_brightness_sync(&s, 3), 0);
	assert_int_equal(last_set, 3);
	led_classdev_unregister(&s);
	assert_int_equal(last_set, LED_OFF);
}

static int lprobe(struct platform_device *pdev)
{
	struct led_classdev *led = devm_kzalloc(&pdev->dev, sizeof(*led), GFP_KERNEL);

	if (!led)
		return -ENOMEM;
	led->name = "board:green";
	led->brightness_set = set;
	return devm_led_classdev_register(&pdev->dev, led);
}

static struct platform_driver ldrv = {
	.driver = { .name = "leddev" },
	.probe = lprobe,
};

static void managed(void **state)
{
	assert_non_null(kshim_platform_device_add("leddev", -1, NULL, 0, NULL));
	assert_int_equal(platform_driver_register(&ldrv), 0);
	assert_int_equal(kshim_led_max_brightness("board:green"), LED_FULL);
	assert_int_equal(kshim_sysfs_write("/sys/class/leds/board:green/brightness",
					   "1"), 1);
	assert_int_equal(last_set, 1);
	assert_int_equal(kshim_device_unbind("leddev"), 0);
	assert_int_equal(last_set, LED_OFF);
	assert_int_equal(kshim_led_brightness("board:green"), -ENODEV);
	platform_driver_unregister(&ldrv);
	assert_int_equal(kshim_platform_device_remove("leddev"), 0);
	assert_int_equal(kshim_alloc_live(), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(files_and_brightness),
		kshim_unit_test(sleeping_led),
		kshim_unit_test(managed),
	};

	return kshim_run_tests(tests);
}
