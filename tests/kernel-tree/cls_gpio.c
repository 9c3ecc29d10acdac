// SPDX-License-Identifier: GPL-2.0-only
/*
 * GPIO providers and consumers from a module: a chip of four lines, a
 * board's lookup table mapping two of them to a platform device, and its
 * driver getting them (one active low), driving and reading them; a line
 * asked twice (-EBUSY), an absent optional one (NULL), one beyond the chip
 * (-EINVAL).
 */
#include <linux/module.h>
#include <linux/gpio/consumer.h>
#include <linux/gpio/driver.h>
#include <linux/gpio/machine.h>
#include <linux/platform_device.h>

static unsigned long levels, outputs;

static int chip_get(struct gpio_chip *gc, unsigned int off)
{
	return test_bit(off, &levels);
}

static void chip_set(struct gpio_chip *gc, unsigned int off, int val)
{
	pr_info("cls_gpio: %s line %u = %d\n", gc->label, off, val);
	assign_bit(off, &levels, val);
}

static int chip_input(struct gpio_chip *gc, unsigned int off)
{
	clear_bit(off, &outputs);
	return 0;
}

static int chip_output(struct gpio_chip *gc, unsigned int off, int val)
{
	set_bit(off, &outputs);
	chip_set(gc, off, val);
	return 0;
}

static int chip_to_irq(struct gpio_chip *gc, unsigned int off)
{
	return 40 + off;
}

static struct gpio_chip chip = {
	/* No owner: its own consumer would hold the module it is in. */
	.label = "cls-chip",
	.base = -1,
	.ngpio = 4,
	.get = chip_get,
	.set = chip_set,
	.direction_input = chip_input,
	.direction_output = chip_output,
	.to_irq = chip_to_irq,
};

static struct gpiod_lookup_table lookup = {
	.dev_id = "cls-gpio.0",
	.table = {
		GPIO_LOOKUP("cls-chip", 1, "led", GPIO_ACTIVE_LOW),
		GPIO_LOOKUP("cls-chip", 3, "button", 0),
		GPIO_LOOKUP("cls-chip", 9, "far", 0),
		{ },
	},
};

static int cls_probe(struct platform_device *pdev)
{
	struct device *dev = &pdev->dev;
	struct gpio_desc *led, *button, *opt;

	led = devm_gpiod_get(dev, "led", GPIOD_OUT_HIGH);
	if (IS_ERR(led))
		return PTR_ERR(led);
	button = devm_gpiod_get(dev, "button", GPIOD_IN);
	if (IS_ERR(button))
		return PTR_ERR(button);
	dev_info(dev, "led raw %d, is output %d\n", chip_get(&chip, 1),
		 test_bit(1, &outputs));
	gpiod_set_value(led, 0);
	dev_info(dev, "led %d (raw %d), button %d, irq %d\n",
		 gpiod_get_value(led), gpiod_get_raw_value(led),
		 gpiod_get_value(button), gpiod_to_irq(button));
	dev_info(dev, "led again: %ld\n", PTR_ERR(gpiod_get(dev, "led", 0)));
	opt = devm_gpiod_get_optional(dev, "reset", GPIOD_OUT_LOW);
	dev_info(dev, "optional reset: %s\n", opt ? "found" : "absent");
	dev_info(dev, "far: %ld\n", PTR_ERR(gpiod_get(dev, "far", 0)));
	dev_info(dev, "chip data %s\n",
		 gpiochip_get_data(&chip) == &levels ? "ok" : "wrong");
	return 0;
}

static struct platform_driver cls_driver = {
	.probe = cls_probe,
	.driver = { .name = "cls-gpio" },
};

static struct platform_device *pdev;

static int __init cls_gpio_init(void)
{
	int ret;

	ret = gpiochip_add_data(&chip, &levels);
	if (ret)
		return ret;
	pr_info("cls_gpio: %s at base %d\n", chip.label, chip.base);
	gpiod_add_lookup_table(&lookup);
	ret = platform_driver_register(&cls_driver);
	if (ret)
		goto err_table;
	pdev = platform_device_register_simple("cls-gpio", 0, NULL, 0);
	if (IS_ERR(pdev)) {
		ret = PTR_ERR(pdev);
		goto err_driver;
	}
	return 0;

err_driver:
	platform_driver_unregister(&cls_driver);
err_table:
	gpiod_remove_lookup_table(&lookup);
	gpiochip_remove(&chip);
	return ret;
}

static void __exit cls_gpio_exit(void)
{
	platform_device_unregister(pdev);
	platform_driver_unregister(&cls_driver);
	gpiod_remove_lookup_table(&lookup);
	gpiochip_remove(&chip);
}

module_init(cls_gpio_init);
module_exit(cls_gpio_exit);
MODULE_LICENSE("GPL");
