// SPDX-License-Identifier: GPL-2.0-only
/*
 * hwid: a device present, absent and of the wrong vendor, without editing
 * the driver: a register block attached where its "base" parameter points.
 */
#include <errno.h>
#include <string.h>

#include <kshim/cmocka.h>

#define HPET_BASE	0xfed00000ULL
#define HPET_ID		0x8086a201ULL	/* what QEMU's PC HPET reads */

static struct kshim_regs *attach_device(unsigned long long base, unsigned long long id)
{
	struct kshim_regs *regs = kshim_mmio_attach(base, 0x400);

	assert_non_null(regs);
	kshim_mmio_poke(regs, 0, 4, id);
	return regs;
}

static void present_device_is_found(void **state)
{
	attach_device(HPET_BASE, HPET_ID);
	assert_int_equal(kshim_load("hwid", NULL), 0);
	assert_log_contains(6, "hwid: hwid-8086-rev1 at 0xfed00000");
	assert_int_equal(kshim_unload("hwid"), 0);
	assert_log_contains(6, "hwid: hwid-8086-rev1 removed");
	assert_int_equal(kshim_alloc_live(), 0);
}

static void absent_device_is_enodev(void **state)
{
	/* Nothing attached: the bus answers all ones. */
	assert_int_equal(kshim_load("hwid", NULL), -ENODEV);
	assert_log_contains(6, "hwid: no device at 0xfed00000 (id 0xffffffff)");
	assert_false(kshim_module_loaded("hwid"));
	assert_false(kshim_exit_called("hwid"));
	assert_int_equal(kshim_alloc_live(), 0);
}

static void absent_device_on_qemu_reads_zero(void **state)
{
	kshim_mmio_unclaimed_value(0);
	assert_int_equal(kshim_load("hwid", "base=0xfe000000"), -ENODEV);
	assert_log_contains(6, "hwid: no device at 0xfe000000 (id 0x00000000)");
}

static void wrong_vendor_is_enodev(void **state)
{
	attach_device(HPET_BASE, 0x10de0003);
	assert_int_equal(kshim_load("hwid", NULL), -ENODEV);
	assert_log_contains(6, "hwid: no device at 0xfed00000 (id 0x10de0003)");
}

static void parameters_select_another_device(void **state)
{
	attach_device(0xc0000000ULL, 0x10de0003);
	assert_int_equal(kshim_load("hwid", "base=0xc0000000 vendor=0x10de"), 0);
	assert_log_contains(6, "hwid: hwid-10de-rev3 at 0xc0000000");
	assert_int_equal(kshim_unload("hwid"), 0);
}

static void bad_parameter_fails_the_load(void **state)
{
	assert_int_equal(kshim_load("hwid", "vendor=intel"), -EINVAL);
	assert_log_contains(3, "hwid: `intel' invalid for parameter `vendor'");
	assert_false(kshim_module_loaded("hwid"));
}

static void attach_hpet(void *arg)
{
	attach_device(HPET_BASE, HPET_ID);
}

static void sweep_present(void **state)
{
	static const char *const calls[] = { "kzalloc", "ioremap", "kasprintf" };
	struct kshim_sweep *sw;
	size_t i;

	/* Each step runs on a fresh kernel: the device is attached each time. */
	sw = kshim_sweep_setup("hwid", NULL, attach_hpet, NULL);
	assert_non_null(sw);
	assert_int_equal(sw->nsteps, 4);
	assert_int_equal(sw->steps[0].ret, 0);
	for (i = 1; i < sw->nsteps; i++) {
		assert_string_equal(sw->steps[i].call, calls[i - 1]);
		assert_string_equal(sw->steps[i].file, "modules/hwid/hwid.c");
		assert_string_equal(sw->steps[i].func, "hwid_init");
		assert_int_equal(sw->steps[i].ret, -ENOMEM);
		assert_int_equal(sw->steps[i].outcome, KSHIM_SWEEP_OK);
	}
	assert_int_equal(sw->failures, 0);
	kshim_sweep_free(sw);
}

static void sweep_absent(void **state)
{
	struct kshim_sweep *sw = kshim_sweep("hwid", NULL);

	assert_non_null(sw);
	/* kzalloc and ioremap can fail before the ID is read. */
	assert_int_equal(sw->nsteps, 3);
	assert_int_equal(sw->steps[0].ret, -ENODEV);
	assert_string_equal(sw->steps[1].call, "kzalloc");
	assert_int_equal(sw->steps[1].ret, -ENOMEM);
	assert_string_equal(sw->steps[2].call, "ioremap");
	assert_int_equal(sw->steps[2].ret, -ENOMEM);
	assert_int_equal(sw->failures, 0);
	kshim_sweep_free(sw);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(present_device_is_found),
		kshim_unit_test(absent_device_is_enodev),
		kshim_unit_test(absent_device_on_qemu_reads_zero),
		kshim_unit_test(wrong_vendor_is_enodev),
		kshim_unit_test(parameters_select_another_device),
		kshim_unit_test(bad_parameter_fails_the_load),
		kshim_unit_test(sweep_present),
		kshim_unit_test(sweep_absent),
	};

	return kshim_run_tests(tests);
}
