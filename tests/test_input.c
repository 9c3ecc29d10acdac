// SPDX-License-Identifier: GPL-2.0-only
/*
 * The input core: capabilities, registration, the filtering of reported
 * events (unsupported codes, unchanged states, lone SYN_REPORTs), what
 * reaches the driver's event() callback, open and close, the release of
 * held keys at unregistration, and managed devices on a platform device.
 */
#include <linux/input.h>
#include <linux/platform_device.h>
#include <linux/slab.h>

#include <kshim/cmocka.h>

static struct { unsigned int type, code; int value; } seen[8];
static int nseen, opens, closes;

static int tev(struct input_dev *dev, unsigned int type, unsigned int code,
	       int value)
{
	if (nseen < 8) {
		seen[nseen].type = type;
		seen[nseen].code = code;
		seen[nseen].value = value;
	}
	nseen++;
	return 0;
}

static int topen(struct input_dev *dev)
{
	opens++;
	return 0;
}

static void tclose(struct input_dev *dev)
{
	closes++;
}

static struct input_dev *make(void)
{
	struct input_dev *in = input_allocate_device();

	assert_non_null(in);
	nseen = opens = closes = 0;
	in->name = "tdev";
	in->event = tev;
	in->open = topen;
	in->close = tclose;
	input_set_capability(in, EV_KEY, KEY_A);
	input_set_capability(in, EV_LED, LED_CAPSL);
	input_set_capability(in, EV_SND, SND_BELL);
	return in;
}

static void expect(const struct kshim_input_value *v, unsigned int type,
		   unsigned int code, int value)
{
	assert_int_equal(v->type, type);
	assert_int_equal(v->code, code);
	assert_int_equal(v->value, value);
}

static void report_and_filter(void **state)
{
	struct input_dev *in = make();
	struct kshim_input_value ev[16];

	assert_int_equal(input_register_device(in), 0);
	assert_log_contains(6, "input: tdev as /devices/virtual/input/input0");
	assert_true(kshim_device_exists("input0"));
	assert_string_equal(kshim_input_dev_name("tdev"), "input0");
	assert_true(test_bit(EV_SYN, in->evbit));

	input_report_key(in, KEY_A, 1);
	input_report_key(in, KEY_B, 1);		/* not a capability: dropped */
	input_sync(in);
	input_report_key(in, KEY_A, 5);		/* still down: no event */
	input_sync(in);				/* a packet of nothing: dropped */
	input_report_key(in, KEY_A, 0);
	input_sync(in);
	assert_int_equal(kshim_input_events("tdev", ev, 16), 4);
	expect(&ev[0], EV_KEY, KEY_A, 1);
	expect(&ev[1], EV_SYN, SYN_REPORT, 0);
	expect(&ev[2], EV_KEY, KEY_A, 0);
	expect(&ev[3], EV_SYN, SYN_REPORT, 0);
	/* A driver's own key events never reach its event() callback */
	assert_int_equal(nseen, 0);
	/* Events wait for SYN_REPORT before a reader sees them */
	kshim_input_events_clear("tdev");
	input_report_key(in, KEY_A, 1);
	assert_int_equal(kshim_input_events("tdev", ev, 16), 0);
	assert_int_equal(kshim_input_key_state("tdev", EV_KEY, KEY_A), 1);
	input_sync(in);
	assert_int_equal(kshim_input_events("tdev", ev, 16), 2);

	/* Unregistering releases the held key */
	kshim_input_events_clear("tdev");
	input_unregister_device(in);
	assert_false(kshim_device_exists("input0"));
	assert_null(kshim_input_dev_name("tdev"));
	assert_int_equal(kshim_alloc_live(), 0);
}

static void user_space_events(void **state)
{
	struct input_dev *in = make();
	struct kshim_input_value ev[16];

	assert_int_equal(input_register_device(in), 0);
	assert_int_equal(kshim_input_open("tdev"), 0);
	assert_int_equal(kshim_input_open("input0"), 0);
	assert_int_equal(opens, 1);
	assert_int_equal(kshim_input_users("tdev"), 2);

	/* Sound and LED events go to the device too */
	assert_int_equal(kshim_input_event("tdev", EV_SND, SND_BELL, 1), 0);
	assert_int_equal(kshim_input_event("tdev", EV_LED, LED_CAPSL, 1), 0);
	assert_int_equal(kshim_input_event("tdev", EV_LED, LED_CAPSL, 1), 0);
	assert_int_equal(kshim_input_event("tdev", EV_SND, SND_TONE, 440), 0);
	assert_int_equal(nseen, 2);
	assert_int_equal(seen[0].type, EV_SND);
	assert_int_equal(seen[0].code, SND_BELL);
	assert_int_equal(seen[0].value, 1);
	assert_int_equal(seen[1].type, EV_LED);
	assert_int_equal(kshim_input_key_state("tdev", EV_LED, LED_CAPSL), 1);
	/* Key events written by user space go to the readers only */
	assert_int_equal(kshim_input_event("tdev", EV_KEY, KEY_A, 1), 0);
	assert_int_equal(kshim_input_event("tdev", EV_SYN, SYN_REPORT, 0), 0);
	assert_int_equal(nseen, 2);
	assert_int_equal(kshim_input_events("tdev", ev, 16), 4);
	expect(&ev[0], EV_SND, SND_BELL, 1);
	expect(&ev[1], EV_LED, LED_CAPSL, 1);
	expect(&ev[2], EV_KEY, KEY_A, 1);
	expect(&ev[3], EV_SYN, SYN_REPORT, 0);
	assert_int_equal(kshim_input_event("nosuch", EV_KEY, KEY_A, 1), -ENODEV);

	assert_int_equal(kshim_input_close("tdev"), 0);
	assert_int_equal(closes, 0);
	/* Unregistered while open: its last user is closed */
	input_unregister_device(in);
	assert_int_equal(closes, 1);
}

static void capabilities(void **state)
{
	struct input_dev *in = input_allocate_device();

	input_set_capability(in, 0x10, 0);
	assert_log_contains(3, "input_set_capability: unknown type 16 (code 0)");
	input_set_capability(in, EV_KEY, KEY_MAX + 1);
	assert_log_contains(3, "input_set_capability: invalid code 768 for type 1");
	assert_false(test_bit(EV_KEY, in->evbit));
	/* EV_ABS without axes' ranges: refused */
	__set_bit(EV_ABS, in->evbit);
	assert_int_equal(input_register_device(in), -EINVAL);
	assert_log_contains(3, "Absolute device without dev->absinfo, refusing to register");
	input_set_abs_params(in, ABS_X, 0, 100, 4, 0);
	assert_int_equal(input_abs_get_max(in, ABS_X), 100);
	assert_int_equal(input_register_device(in), 0);
	/* Fuzz: a move within half the fuzz is noise */
	input_report_abs(in, ABS_X, 50);
	input_report_abs(in, ABS_X, 51);
	input_sync(in);
	assert_int_equal(input_abs_get_val(in, ABS_X), 50);
	input_unregister_device(in);
	assert_int_equal(kshim_alloc_live(), 0);
}

static int mprobe(struct platform_device *pdev)
{
	struct input_dev *in = devm_input_allocate_device(&pdev->dev);

	if (!in)
		return -ENOMEM;
	in->name = "managed";
	input_set_capability(in, EV_KEY, BTN_0);
	return input_register_device(in);
}

static struct platform_driver mdrv = {
	.driver = { .name = "mkeys" },
	.probe = mprobe,
};

static void managed(void **state)
{
	assert_non_null(kshim_platform_device_add("mkeys", 0, NULL, 0, NULL));
	assert_int_equal(platform_driver_register(&mdrv), 0);
	assert_true(kshim_device_bound("mkeys.0"));
	assert_log_contains(6, "input: managed as /devices/platform/mkeys.0/input/input0");
	assert_string_equal(kshim_input_dev_name("managed"), "input0");
	/* Unbinding unregisters and frees it */
	assert_int_equal(kshim_device_unbind("mkeys.0"), 0);
	assert_null(kshim_input_dev_name("managed"));
	assert_false(kshim_device_exists("input0"));
	platform_driver_unregister(&mdrv);
	assert_int_equal(kshim_platform_device_remove("mkeys.0"), 0);
	assert_int_equal(kshim_alloc_live(), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(report_and_filter),
		kshim_unit_test(user_space_events),
		kshim_unit_test(capabilities),
		kshim_unit_test(managed),
	};

	return kshim_run_tests(tests);
}
