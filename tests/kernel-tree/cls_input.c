// SPDX-License-Identifier: GPL-2.0-only
/*
 * The input core from a module: a key and a relative-axis device; events
 * filtered by the core (an unsupported code, a repeated key state), an
 * absolute device refused without absinfo, a held key released at
 * unregistration.
 */
#include <linux/module.h>
#include <linux/input.h>

static struct input_dev *keys;

static int __init cls_input_init(void)
{
	struct input_dev *bad;
	int ret;

	keys = input_allocate_device();
	if (!keys)
		return -ENOMEM;
	keys->name = "cls keys";
	input_set_capability(keys, EV_KEY, KEY_A);
	input_set_capability(keys, EV_REL, REL_X);
	input_set_capability(keys, EV_KEY, KEY_MAX + 1);	/* refused */
	ret = input_register_device(keys);
	if (ret) {
		input_free_device(keys);
		return ret;
	}
	input_event(keys, EV_KEY, KEY_A, 1);
	input_event(keys, EV_KEY, KEY_A, 1);	/* no change: dropped */
	input_event(keys, EV_KEY, KEY_B, 1);	/* not supported: dropped */
	input_event(keys, EV_REL, REL_X, 3);
	input_sync(keys);
	pr_info("cls_input: %s registered, KEY_A %d\n", dev_name(&keys->dev),
		test_bit(KEY_A, keys->key));

	bad = input_allocate_device();
	if (bad) {
		bad->name = "cls bad";
		__set_bit(EV_ABS, bad->evbit);
		pr_info("cls_input: absolute without absinfo: %d\n",
			input_register_device(bad));
		input_free_device(bad);
	}
	return 0;
}

static void __exit cls_input_exit(void)
{
	input_unregister_device(keys);
	pr_info("cls_input: gone\n");
}

module_init(cls_input_init);
module_exit(cls_input_exit);
MODULE_LICENSE("GPL");
