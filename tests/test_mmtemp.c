// SPDX-License-Identifier: GPL-2.0-only
/*
 * mmtemp, the example platform driver, on every path: found by device tree
 * or by name, its attributes, its interrupt, unbind and bind, each probe
 * failure, and the sweep of every fallible call in probe.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <kshim/cmocka.h>

#define BASE		0xfe000000ULL
#define IRQ		5
#define ID_REV1		0x544d0001u

enum { REG_ID, REG_CTRL, REG_TEMP, REG_ALARM, REG_STATUS, NREGS };

/* The sensor: STATUS is write-one-to-clear, the rest plain registers. */
struct sensor {
	unsigned int regs[NREGS];
	int writes;
};

static unsigned long long sensor_read(void *priv, unsigned long off,
				      unsigned int width)
{
	struct sensor *s = priv;

	return off / 4 < NREGS ? s->regs[off / 4] : 0;
}

static void sensor_write(void *priv, unsigned long off, unsigned int width,
			 unsigned long long val)
{
	struct sensor *s = priv;

	s->writes++;
	if (off / 4 == REG_STATUS)
		s->regs[REG_STATUS] &= ~(unsigned int)val;
	else if (off / 4 < NREGS && off / 4 != REG_ID)
		s->regs[off / 4] = (unsigned int)val;
}

static struct sensor sensor;

/* A sensor as firmware describes it: @compatible NULL for none (by name). */
static const char *add_sensor(const char *name, const char *compatible,
			      int with_mem, int with_irq,
			      struct kshim_dt_node **npp)
{
	struct kshim_res res[2];
	struct kshim_dt_node *np = compatible ? kshim_dt_node(compatible) : NULL;
	size_t n = 0;
	const char *dev;

	if (with_mem)
		res[n++] = (struct kshim_res)KSHIM_RES_MEM(BASE, 0x20);
	if (with_irq)
		res[n++] = (struct kshim_res)KSHIM_RES_IRQ(IRQ);
	if (npp)
		*npp = np;
	memset(&sensor, 0, sizeof(sensor));
	sensor.regs[REG_ID] = ID_REV1;
	sensor.regs[REG_TEMP] = 400;		/* 25 C in 1/16 C */
	dev = kshim_platform_device_add(name, 0, res, n, np);
	assert_non_null(dev);
	if (with_mem)
		kshim_mmio_set_ops(kshim_device_regs(dev, 0), sensor_read,
				   sensor_write, &sensor);
	return dev;
}

static void probe_by_compatible(void **state)
{
	const char *dev = add_sensor("mmtemp", "kshim,mmtemp", 1, 1, NULL);
	const struct kshim_log_record *r;

	assert_false(kshim_device_bound(dev));
	assert_int_equal(kshim_load("mmtemp", NULL), 0);
	assert_true(kshim_device_bound(dev));
	assert_string_equal(kshim_device_driver(dev), "mmtemp");
	r = kshim_log_find("mmtemp mmtemp.0: mmtemp.0: revision 1, alarm at 85000 mC");
	assert_non_null(r);
	assert_int_equal(r->level, 6);
	assert_string_equal(r->module, "mmtemp");
	/* Enabled, with its alarm at 85 C in 1/16 C. */
	assert_int_equal(sensor.regs[REG_CTRL], 3);
	assert_int_equal(sensor.regs[REG_ALARM], 85000 * 2 / 125);
	assert_int_equal(kshim_irq_handlers(IRQ), 1);
	assert_int_equal(kshim_device_probe_result(dev), 0);
}

static void probe_by_name_is_version_2(void **state)
{
	char buf[64];
	const char *dev = add_sensor("mmtemp2", NULL, 1, 1, NULL);

	assert_int_equal(kshim_load("mmtemp", NULL), 0);
	assert_true(kshim_device_bound(dev));
	/* Version 2 counts in millidegrees. */
	sensor.regs[REG_TEMP] = 31500;
	assert_int_equal(kshim_attr_read(dev, "temp1_input", buf, sizeof(buf)), 6);
	assert_string_equal(buf, "31500\n");
	assert_int_equal(sensor.regs[REG_ALARM], 85000);
}

static void a_later_device_probes_at_once(void **state)
{
	const char *dev;

	assert_int_equal(kshim_load("mmtemp", NULL), 0);
	dev = add_sensor("mmtemp", "kshim,mmtemp", 1, 1, NULL);
	/* Too late for the ops: it probed reading a zero ID. */
	assert_false(kshim_device_bound(dev));
	assert_log_contains(3, "mmtemp mmtemp.0: error -ENODEV: unknown ID 0x00000000");
	assert_int_equal(kshim_device_probe_result(dev), -ENODEV);
}

static void attributes(void **state)
{
	char buf[64];
	const char *dev = add_sensor("mmtemp", "kshim,mmtemp", 1, 1, NULL);

	assert_int_equal(kshim_load("mmtemp", NULL), 0);
	assert_int_equal(kshim_attr_read(dev, "temp1_input", buf, sizeof(buf)), 6);
	assert_string_equal(buf, "25000\n");
	assert_int_equal(kshim_attr_read(dev, "label", buf, sizeof(buf)), 9);
	assert_string_equal(buf, "mmtemp.0\n");
	assert_int_equal(kshim_attr_read(dev, "alarm", buf, sizeof(buf)), 6);
	assert_string_equal(buf, "85000\n");

	assert_int_equal(kshim_attr_write(dev, "alarm", "70000\n"), 6);
	assert_int_equal(sensor.regs[REG_ALARM], 70000 * 2 / 125);
	assert_int_equal(kshim_attr_read(dev, "alarm", buf, sizeof(buf)), 6);
	assert_string_equal(buf, "70000\n");
	assert_int_equal(kshim_attr_write(dev, "alarm", "hot"), -EINVAL);
	assert_int_equal(kshim_attr_write(dev, "alarm", "150001"), -EINVAL);
	assert_int_equal(kshim_attr_write(dev, "alarm", "-40001"), -EINVAL);
	assert_int_equal(kshim_attr_write(dev, "alarm", "-40000"), 6);

	/* Read-only files refuse writes, as sysfs does on open(). */
	assert_int_equal(kshim_attr_write(dev, "temp1_input", "1"), -EACCES);
	assert_int_equal(kshim_attr_read(dev, "nonesuch", buf, sizeof(buf)), -ENOENT);
	/* A short buffer gets what fits; the length is show()'s. */
	assert_int_equal(kshim_attr_read(dev, "temp1_input", buf, 3), 6);
	assert_string_equal(buf, "25");

	/* The driver's attributes go with the driver. */
	assert_int_equal(kshim_device_unbind(dev), 0);
	assert_int_equal(kshim_attr_read(dev, "alarm", buf, sizeof(buf)), -ENOENT);
}

static void device_tree_properties(void **state)
{
	struct kshim_dt_node *np;
	char buf[64];
	const char *dev;

	np = kshim_dt_node("kshim,mmtemp");
	kshim_dt_set_u32(np, "kshim,alarm-millicelsius", 60000);
	kshim_dt_set_string(np, "label", "board");
	{
		struct kshim_res res[] = { KSHIM_RES_MEM(BASE, 0x20), KSHIM_RES_IRQ(IRQ) };

		memset(&sensor, 0, sizeof(sensor));
		sensor.regs[REG_ID] = 0x544d0007;
		dev = kshim_platform_device_add("mmtemp", 0, res, 2, np);
		assert_non_null(dev);
		kshim_mmio_set_ops(kshim_device_regs(dev, 0), sensor_read,
				   sensor_write, &sensor);
	}
	assert_int_equal(kshim_load("mmtemp", NULL), 0);
	assert_log_contains(6, "mmtemp mmtemp.0: board: revision 7, alarm at 60000 mC");
	assert_int_equal(kshim_attr_read(dev, "label", buf, sizeof(buf)), 6);
	assert_string_equal(buf, "board\n");
}

static void v2_compatible_selects_millidegrees(void **state)
{
	const char *dev = add_sensor("sensor", "kshim,mmtemp-v2", 1, 1, NULL);
	char buf[32];

	assert_int_equal(kshim_load("mmtemp", NULL), 0);
	assert_true(kshim_device_bound(dev));
	assert_int_equal(kshim_attr_read(dev, "temp1_input", buf, sizeof(buf)), 4);
	assert_string_equal(buf, "400\n");
}

static void alarm_out_of_range_fails_probe(void **state)
{
	struct kshim_dt_node *np;
	const char *dev = add_sensor("mmtemp", "kshim,mmtemp", 1, 1, &np);

	kshim_dt_set_u32(np, "kshim,alarm-millicelsius", 200000);
	assert_int_equal(kshim_load("mmtemp", NULL), 0);
	assert_false(kshim_device_bound(dev));
	assert_log_contains(3, "mmtemp mmtemp.0: error -EINVAL: alarm at 200000 mC out of range");
	assert_log_contains(4, "mmtemp: probe of mmtemp.0 failed with error -22");
	assert_int_equal(kshim_device_probe_result(dev), -EINVAL);
	/* devres unwound: the mapping, the region and the memory are gone. */
	assert_int_equal(kshim_alloc_live(), 1);	/* the driver's registration */
	assert_int_equal(kshim_irq_handlers(IRQ), 0);
}

static void unknown_id_is_enodev_quietly(void **state)
{
	const char *dev = add_sensor("mmtemp", "kshim,mmtemp", 1, 1, NULL);

	sensor.regs[REG_ID] = 0x12340001;
	assert_int_equal(kshim_load("mmtemp", NULL), 0);
	assert_false(kshim_device_bound(dev));
	assert_log_contains(3, "mmtemp mmtemp.0: error -ENODEV: unknown ID 0x12340001");
	/* -ENODEV rejects the match: no "failed" warning (dd.c). */
	assert_log_lacks(KSHIM_LOG_ANY, "failed with error");
}

static void missing_irq(void **state)
{
	const char *dev = add_sensor("mmtemp", "kshim,mmtemp", 1, 0, NULL);

	assert_int_equal(kshim_load("mmtemp", NULL), 0);
	assert_false(kshim_device_bound(dev));
	assert_log_contains(3, "mmtemp mmtemp.0: error -ENXIO: IRQ index 0 not found");
	assert_int_equal(kshim_device_probe_result(dev), -ENXIO);
	assert_log_lacks(KSHIM_LOG_ANY, "failed with error");
}

static void missing_registers(void **state)
{
	const char *dev = add_sensor("mmtemp", "kshim,mmtemp", 0, 1, NULL);

	assert_int_equal(kshim_load("mmtemp", NULL), 0);
	assert_false(kshim_device_bound(dev));
	assert_log_contains(3, "mmtemp mmtemp.0: invalid resource");
	assert_log_contains(4, "mmtemp: probe of mmtemp.0 failed with error -22");
}

static void busy_registers(void **state)
{
	struct kshim_res res[] = { KSHIM_RES_MEM(BASE, 0x20), KSHIM_RES_IRQ(IRQ) };
	struct kshim_res res2[] = { KSHIM_RES_MEM(BASE + 0x10, 0x20), KSHIM_RES_IRQ(IRQ + 1) };
	const char *a, *b;

	add_sensor("mmtemp", "kshim,mmtemp", 1, 1, NULL);
	(void)res;
	/* A second device whose window overlaps the first's: they share a block. */
	b = kshim_platform_device_add("mmtemp", 1, res2, 2, kshim_dt_node("kshim,mmtemp"));
	assert_non_null(b);
	a = "mmtemp.0";
	assert_int_equal(kshim_load("mmtemp", NULL), 0);
	assert_true(kshim_device_bound(a));
	assert_false(kshim_device_bound(b));
	assert_log_contains(3, "mmtemp mmtemp.1: can't request region for resource [mem 0xfe000010-0xfe00002f]");
	assert_log_contains(4, "mmtemp: probe of mmtemp.1 failed with error -16");
}

static void interrupt_counts_alarms(void **state)
{
	const char *dev = add_sensor("mmtemp", "kshim,mmtemp", 1, 1, NULL);
	const struct kshim_log_record *r;
	char buf[16];

	assert_int_equal(kshim_load("mmtemp", NULL), 0);
	/* Not the sensor's: the status has no alarm. */
	assert_int_equal(kshim_irq_raise(IRQ), 0);
	sensor.regs[REG_TEMP] = 1440;		/* 90 C */
	sensor.regs[REG_STATUS] = 1;
	assert_int_equal(kshim_irq_raise(IRQ), 1);
	assert_int_equal(sensor.regs[REG_STATUS], 0);	/* acknowledged */
	r = kshim_log_find("mmtemp mmtemp.0: mmtemp.0: 90000 mC, above the alarm at 85000 mC");
	assert_non_null(r);
	assert_int_equal(r->level, 4);
	assert_int_equal(kshim_attr_read(dev, "alarms", buf, sizeof(buf)), 2);
	assert_string_equal(buf, "1\n");
}

static void unbind_and_bind(void **state)
{
	const char *dev = add_sensor("mmtemp", "kshim,mmtemp", 1, 1, NULL);
	size_t live;

	assert_int_equal(kshim_load("mmtemp", NULL), 0);
	live = kshim_alloc_live();
	sensor.regs[REG_STATUS] = 1;
	assert_int_equal(kshim_irq_raise(IRQ), 1);

	assert_int_equal(kshim_device_unbind(dev), 0);
	assert_false(kshim_device_bound(dev));
	assert_log_contains(6, "mmtemp mmtemp.0: mmtemp.0: removed after 1 alarm(s)");
	/* The devm action stopped the sensor; the IRQ and the memory are gone. */
	assert_int_equal(sensor.regs[REG_CTRL], 0);
	assert_int_equal(kshim_irq_handlers(IRQ), 0);
	assert_int_equal(kshim_alloc_live(), 1);
	assert_true(live > 1);
	assert_int_equal(kshim_device_unbind(dev), -ENODEV);

	assert_int_equal(kshim_device_bind(dev, "mmtemp"), 0);
	assert_true(kshim_device_bound(dev));
	assert_int_equal(kshim_alloc_live(), live);
	assert_int_equal(kshim_device_bind(dev, "mmtemp"), -EBUSY);
	assert_int_equal(kshim_device_bind(dev, "nodriver"), -ENODEV);
}

static void unload_removes(void **state)
{
	const char *dev = add_sensor("mmtemp", "kshim,mmtemp", 1, 1, NULL);

	assert_int_equal(kshim_load("mmtemp", NULL), 0);
	assert_int_equal(kshim_unload("mmtemp"), 0);
	assert_false(kshim_device_bound(dev));
	assert_log_contains(6, "mmtemp mmtemp.0: mmtemp.0: removed after 0 alarm(s)");
	assert_int_equal(kshim_alloc_live(), 0);
	assert_int_equal(kshim_irq_handlers(IRQ), 0);
	/* The device stays, unbound, for the next load. */
	assert_true(kshim_device_exists(dev));
	assert_int_equal(kshim_load("mmtemp", NULL), 0);
	assert_true(kshim_device_bound(dev));
}

static void driver_override_keeps_it_away(void **state)
{
	const char *dev = add_sensor("mmtemp", "kshim,mmtemp", 1, 1, NULL);
	char buf[32];

	assert_int_equal(kshim_attr_write(dev, "driver_override", "other\n"), 6);
	assert_int_equal(kshim_attr_read(dev, "driver_override", buf, sizeof(buf)), 6);
	assert_string_equal(buf, "other\n");
	assert_int_equal(kshim_load("mmtemp", NULL), 0);
	assert_false(kshim_device_bound(dev));
	assert_int_equal(kshim_attr_write(dev, "driver_override", "mmtemp"), 6);
	assert_int_equal(kshim_device_bind(dev, "mmtemp"), 0);
	assert_true(kshim_device_bound(dev));
}

static void setup_sensor(void *arg)
{
	add_sensor("mmtemp", "kshim,mmtemp", 1, 1, NULL);
}

static void sweep_of_probe(void **state)
{
	struct kshim_sweep *sw = kshim_sweep_setup("mmtemp", NULL, setup_sensor, NULL);
	size_t i;

	assert_non_null(sw);
	if (sw->failures || getenv("KSHIM_SWEEP_PRINT"))
		kshim_sweep_print(sw, 2);
	assert_int_equal(sw->failures, 0);
	/* The registration, then probe's: memory, name, region, mapping, label, IRQ, action. */
	assert_true(sw->nsteps >= 12);
	assert_int_equal(sw->steps[0].ret, 0);
	assert_int_equal(sw->steps[0].probes_failed, 0);
	/* Step 1 fails the driver's registration: init fails. */
	assert_int_equal(sw->steps[1].ret, -ENOMEM);
	assert_int_equal(sw->steps[1].outcome, KSHIM_SWEEP_OK);
	for (i = 2; i < sw->nsteps; i++) {
		/* Init registered the driver; probe failed with an errno. */
		assert_int_equal(sw->steps[i].ret, 0);
		assert_int_equal(sw->steps[i].probes_failed, 1);
		assert_true(sw->steps[i].probe_ret < 0);
		assert_int_equal(sw->steps[i].outcome, KSHIM_SWEEP_OK);
		/* devm_request_irq() is a function: its calls are kshim's. */
		if (strcmp(sw->steps[i].file, "modules/mmtemp/mmtemp.c"))
			assert_string_equal(sw->steps[i].func,
					    "devm_request_threaded_irq");
	}
	kshim_sweep_free(sw);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(probe_by_compatible),
		kshim_unit_test(probe_by_name_is_version_2),
		kshim_unit_test(a_later_device_probes_at_once),
		kshim_unit_test(attributes),
		kshim_unit_test(device_tree_properties),
		kshim_unit_test(v2_compatible_selects_millidegrees),
		kshim_unit_test(alarm_out_of_range_fails_probe),
		kshim_unit_test(unknown_id_is_enodev_quietly),
		kshim_unit_test(missing_irq),
		kshim_unit_test(missing_registers),
		kshim_unit_test(busy_registers),
		kshim_unit_test(interrupt_counts_alarms),
		kshim_unit_test(unbind_and_bind),
		kshim_unit_test(unload_removes),
		kshim_unit_test(driver_override_keeps_it_away),
		kshim_unit_test(sweep_of_probe),
	};

	return kshim_run_tests(tests);
}
