#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""The device model on the kernel-tree path (ARCH=um headers).

Usage: test_kernel_tree_device.py KSHIM KSHIM_UML SOURCE_ROOT KERNEL_TREE.
Platform drivers built against the kernel's own headers must behave as
the same source built against kshim's: dmesg, exit statuses, defect
reports and sweep tables (init and probe), with and without their device,
matched by name, id_table and device tree; modules that make their own
devices; deferred probe; devres released newest first.
"""
import os
import re
import unittest

from kernel_tree import *  # noqa: F401,F403 (the shared harness of these tests)

MMTEMP = "modules/mmtemp/mmtemp.c"
PLATFORM = ["--platform", "mmtemp:mem=0x20000000+0x20:irq=5"]
SENSOR = ["--mmio", "0x20000000:0x20:0=0x544d0001"] + PLATFORM


def siteless(text):
    """A sweep table without its site column (see test_its_sweep())."""
    rows, cut = [], None
    for line in text.splitlines():
        if re.match(r" +# +call +site +init +outcome", line):
            cut = (line.index("site"), line.index("init"))
            line = line[:cut[0]] + line[cut[1]:]
        elif cut and re.match(r" +\d+ ", line):
            line = line[:cut[0]] + line[cut[1]:]
        rows.append(" ".join(line.split()))
    return rows


class Same(unittest.TestCase):
    def same(self, path, *args, sites=True):
        old = run(KSHIM, args[0], built(KSHIM, path, "old"), *args[1:])
        new = run(UML, args[0], built(UML, path, "uml"), *args[1:])
        self.assertEqual(old[0], new[0], "exit status\n" + old[2] + new[2])
        if sites:
            self.assertEqual(untimed(old[1]), untimed(new[1]))
        else:
            self.assertEqual(siteless(old[1]), siteless(new[1]))
        self.assertEqual(untimed(old[2]).replace("/old/", "/"),
                         untimed(new[2]).replace("/uml/", "/"))
        return new


class Mmtemp(Same):
    """modules/mmtemp, the example platform driver."""

    def test_builds_with_everything_simulated(self):
        out = os.path.join(TMP, "check", "mmtemp.so")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        rc, _, err = run(UML, "build", MMTEMP, "-o", out)
        self.assertEqual(rc, CLEAN, err)
        self.assertNotIn("not simulated", err)

    def test_on_its_device(self):
        rc, out, _ = self.same(MMTEMP, "run", *SENSOR)
        self.assertEqual(rc, CLEAN)
        self.assertIn("mmtemp mmtemp: mmtemp: revision 1, alarm at 85000 mC", out)
        self.assertIn("mmtemp mmtemp: mmtemp: removed after 0 alarm(s)", out)

    def test_without_its_device(self):
        rc, out, _ = self.same(MMTEMP, "run")
        self.assertEqual(rc, CLEAN)
        self.assertNotIn("mmtemp mmtemp", out)

    def test_a_bad_id(self):
        rc, out, _ = self.same(MMTEMP, "run", "--mmio",
                               "0x20000000:0x20:0=0x12340001", *PLATFORM)
        self.assertEqual(rc, CLEAN)
        self.assertIn("mmtemp mmtemp: error -ENODEV: unknown ID 0x12340001", out)
        self.assertNotIn("removed", out)

    def test_no_register_block(self):
        # No --mmio: the window reads as zeroes, so the ID is wrong.
        rc, out, _ = self.same(MMTEMP, "run", *PLATFORM)
        self.assertIn("unknown ID 0x00000000", out)

    def test_device_tree_match_and_property(self):
        rc, out, _ = self.same(MMTEMP, "run", "--mmio", "0x20000000:0x20:0=0x544d0002",
                               "--platform", "mmtemp.0:mem=0x20000000+0x20:irq=5:"
                               "compatible=kshim,mmtemp-v2:kshim,alarm-millicelsius=150000")
        self.assertEqual(rc, CLEAN)
        self.assertIn("mmtemp mmtemp.0: mmtemp.0: revision 2, alarm at 150000 mC", out)

    def test_property_out_of_range(self):
        rc, out, _ = self.same(MMTEMP, "run", "--mmio", "0x20000000:0x20:0=0x544d0002",
                               "--platform", "mmtemp.0:mem=0x20000000+0x20:irq=5:"
                               "compatible=kshim,mmtemp:kshim,alarm-millicelsius=150001")
        self.assertIn("error -EINVAL: alarm at 150001 mC out of range", out)
        self.assertIn("mmtemp: probe of mmtemp.0 failed with error -22", out)

    def test_no_irq(self):
        rc, out, _ = self.same(MMTEMP, "run", "--mmio", "0x20000000:0x20:0=0x544d0001",
                               "--platform", "mmtemp:mem=0x20000000+0x20")
        self.assertIn("mmtemp mmtemp: error -ENXIO: IRQ index 0 not found", out)

    def test_sweep_of_init_and_probe(self):
        rc, out, _ = self.same(MMTEMP, "sweep", *SENSOR)
        self.assertEqual(rc, CLEAN)
        self.assertIn("mmtemp: all 11 failure paths clean", out)
        for call, line, res in (("kzalloc", 251, r"-ENOMEM +ok"),
                                ("devm_kzalloc", 166, r"0 +ok \(probe -ENOMEM\)"),
                                ("devm_kasprintf", 177, r"0 +ok \(probe -ENOMEM\)"),
                                ("ioremap", 177, r"0 +ok \(probe -ENOMEM\)"),
                                ("request_irq", 202, r"0 +ok \(probe -ENOMEM\)"),
                                ("devm_add_action", 209, r"0 +ok \(probe -ENOMEM\)")):
            self.assertRegex(out, r"%s +modules/mmtemp/mmtemp.c:%d \(mmtemp\w+\) +%s"
                             % (call, line, res))
        self.assertNotIn("kshim/kernel/", out)

    def test_sweep_without_its_device(self):
        rc, out, _ = self.same(MMTEMP, "sweep")
        self.assertEqual(rc, CLEAN)
        self.assertIn("1 fallible call in init", out)


class OwnDevices(Same):
    """Modules that make their devices (tests/kernel-tree/plat_*, dev_*)."""

    def test_a_module_registers_its_device(self):
        rc, out, _ = self.same("tests/kernel-tree/plat_selfdev.c", "run")
        self.assertEqual(rc, CLEAN)
        self.assertIn("selftest selftest.3: bound: selftest.3-first, irq 7, "
                      "mem 0x30000000+0x100, driver selftest", out)
        self.assertIn("plat_selfdev: selftest.3 is bound", out)
        self.assertNotIn("claimed twice", out)
        self.assertNotIn("second IRQ", out)
        # remove(), then the devres newest first, before the device goes.
        self.assertRegex(out, r"unbinding\n.*undo second \(2\)\n.*undo "
                         r"selftest.3-first \(1\)\n.*plat_selfdev: gone")

    # A call made inside a header's inline function that GCC kept out of
    # line (platform_device_register_simple(), devm_add_action_or_reset()
    # called more than once) is reported at the header's line on both
    # paths, not always the same one: the sweep's calls and outcomes are
    # compared, and the driver's own lines are checked.
    def test_its_sweep(self):
        rc, out, _ = self.same("tests/kernel-tree/plat_selfdev.c", "sweep",
                               sites=False)
        self.assertEqual(rc, CLEAN, out)
        self.assertRegex(out, r"all \d+ failure paths clean")
        self.assertRegex(out, r"kzalloc +tests/kernel-tree/plat_selfdev.c:\d+ "
                         r"\(self_init\) +-ENOMEM +ok")
        self.assertRegex(out, r"devm_kasprintf +tests/kernel-tree/plat_selfdev.c:\d+ "
                         r"\(self_probe\) +0 +ok \(probe -ENOMEM\)")

    def test_deferred_probe(self):
        rc, out, _ = self.same("tests/kernel-tree/dev_defer.c", "run")
        self.assertEqual(rc, CLEAN)
        self.assertIn("dev_defer: consumer deferred", out)
        # dev_err_probe() keeps a deferral quiet, and prints other errors.
        self.assertNotIn("waiting for the supplier", out)
        self.assertIn("supplier supplier.1: error -EIO: broken supplier 1", out)
        self.assertIn("supplier: probe of supplier.1 failed with error -5", out)
        self.assertRegex(out, r"supplier bound\n.*consumer consumer.0: consumer "
                         r"bound after its supplier\n.*dev_defer: consumer bound, "
                         r"supplier.1 unbound")

    def test_deferred_probe_sweep(self):
        rc, out, _ = self.same("tests/kernel-tree/dev_defer.c", "sweep",
                               sites=False)
        self.assertEqual(rc, CLEAN, out)
        self.assertIn("baseline (probe -EIO)", out)
        self.assertRegex(out, r"kzalloc +tests/kernel-tree/dev_defer.c:57 "
                         r"\(defer_init\) +-ENOMEM +ok")


if __name__ == "__main__":
    main()
