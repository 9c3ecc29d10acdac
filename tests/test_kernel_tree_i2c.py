#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""I2C, regmap and hwmon on the kernel-tree path (ARCH=um headers).

Usage: test_kernel_tree_i2c.py KSHIM KSHIM_UML SOURCE_ROOT KERNEL_TREE.
I2C drivers built against the kernel's own headers must behave as the
same source built against kshim's, on the simulated chips of --i2c:
dmesg, exit statuses, defect reports and sweep tables (init and probe).
The drivers: lm73, lm83, tmp102 (regmap, hwmon_chip_info) from the
kernel's drivers/hwmon, the test driver tests/modules/i2c_demo.c, and
tests/kernel-tree/i2c_core.c, which checks the core's transfers, clients
and a register map from a module's init.
"""
import os
import re
import unittest

from kernel_tree import *  # noqa: F401,F403 (the shared harness of these tests)

DEMO = "tests/modules/i2c_demo.c"
DEMO_CHIP = ["--i2c", "0:0x48:demo-chip:0=0x5a,2=0x34,3=0x12,16=0xde,"
             "17=0xad,18=0xbe,19=0xef"]


def swapped(text):
    """
    i2c_smbus_read_word_swapped() is inline over i2c_smbus_read_word_data()
    in the kernel's header, so the new path names the call it makes.
    """
    return re.sub(r"i2c_smbus_read_word_swapped( *)",
                  lambda m: "i2c_smbus_read_word_data" + " " * max(
                      1, len(m.group(1)) - 3), text)


def columns(text):
    return [" ".join(line.split()) for line in text.splitlines()]


class Same(unittest.TestCase):
    def same(self, path, *args, cwd=SRC):
        old = run(KSHIM, args[0], built(KSHIM, path, "old", cwd=cwd), *args[1:])
        new = run(UML, args[0], built(UML, path, "uml", cwd=cwd), *args[1:])
        self.assertEqual(old[0], new[0], "exit status\n" + old[2] + new[2])
        self.assertEqual(columns(swapped(untimed(old[1]))),
                         columns(untimed(new[1])))
        self.assertEqual(untimed(old[2]).replace("/old/", "/"),
                         untimed(new[2]).replace("/uml/", "/"))
        return new

    def nothing_missing(self, path, cwd=SRC):
        out = os.path.join(TMP, "check", os.path.basename(path)[:-2] + ".so")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        rc, _, err = run(UML, "build", path, "-o", out, cwd=cwd)
        self.assertEqual(rc, CLEAN, err)
        self.assertNotIn("not simulated", err)


class Lm73(Same):
    """drivers/hwmon/lm73.c, the corpus's I2C hwmon driver."""

    def setUp(self):
        if not os.path.exists(os.path.join(KSRC, "drivers/hwmon/lm73.c")):
            self.skipTest("no kernel source")

    def test_builds_with_everything_simulated(self):
        self.nothing_missing("drivers/hwmon/lm73.c", cwd=KSRC)

    def test_on_its_chip(self):
        rc, out, _ = self.same("drivers/hwmon/lm73.c", "run", "--i2c",
                               "0:0x48:lm73:0=0x10", cwd=KSRC)
        self.assertEqual(rc, CLEAN)
        self.assertIn("lm73 0-0048: sensor 'lm73'", out)

    def test_without_a_device(self):
        rc, out, _ = self.same("drivers/hwmon/lm73.c", "run", cwd=KSRC)
        self.assertEqual(rc, CLEAN)
        self.assertNotIn("sensor", out)

    def test_sweep_of_init_and_probe(self):
        rc, out, _ = self.same("drivers/hwmon/lm73.c", "sweep", "--i2c",
                               "0:0x48:lm73:4=0x40", cwd=KSRC)
        self.assertEqual(rc, CLEAN)
        self.assertIn("lm73: all 7 failure paths clean", out)
        for call in ("i2c_smbus_read_byte_data", "devres_alloc", "ida_alloc",
                     "kvasprintf"):
            self.assertRegex(out, r"%s +drivers/hwmon/lm73.c:\d+ \(lm73_probe\)"
                             % call)


class MoreHwmon(Same):
    """Other drivers/hwmon I2C drivers: lm83 both ways, tmp102 on regmap."""

    def setUp(self):
        if not os.path.exists(os.path.join(KSRC, "drivers/hwmon/tmp102.c")):
            self.skipTest("no kernel source")

    def test_lm83_run_and_sweep(self):
        for cmd in ("run", "sweep"):
            rc, out, _ = self.same("drivers/hwmon/lm83.c", cmd, "--i2c",
                                   "0:0x18:lm83", cwd=KSRC)
            self.assertEqual(rc, CLEAN, out)

    def test_tmp102_on_regmap_and_hwmon_info(self):
        self.nothing_missing("drivers/hwmon/tmp102.c", cwd=KSRC)
        so = built(UML, "drivers/hwmon/tmp102.c", "uml", cwd=KSRC)
        rc, out, err = run(UML, "run", so, "--i2c", "0:0x48:tmp102:1=0x60,2=0xa0")
        self.assertEqual(rc, CLEAN, err)
        self.assertIn("tmp102 0-0048: initialized", out)
        rc, out, err = run(UML, "sweep", so, "--i2c", "0:0x48:tmp102:1=0x60,2=0xa0")
        self.assertEqual(rc, CLEAN, err)
        self.assertRegex(out, r"i2c_transfer +drivers/hwmon/tmp102.c:\d+ "
                         r"\(tmp102_probe\) +0 +ok \(probe -EIO\)")
        self.assertIn("all 14 failure paths clean", out)
        # The wrong configuration: probe refuses the chip.
        rc, out, _ = run(UML, "run", so, "--i2c", "0:0x48:tmp102")
        self.assertEqual(rc, CLEAN)
        self.assertIn("tmp102 0-0048: unexpected config register value", out)


class Demo(Same):
    """tests/modules/i2c_demo.c, the I2C tests' driver."""

    def test_builds_with_everything_simulated(self):
        self.nothing_missing(DEMO)

    def test_on_its_chip(self):
        rc, out, _ = self.same(DEMO, "run", *DEMO_CHIP)
        self.assertEqual(rc, CLEAN)
        self.assertIn("i2c_demo 0-0048: demo chip 'demo-chip' at 0x48, irq 0", out)

    def test_the_wrong_chip(self):
        rc, out, _ = self.same(DEMO, "run", "--i2c", "0:0x48:demo-chip:0=0x17")
        self.assertEqual(rc, CLEAN)
        self.assertIn("i2c_demo 0-0048: error -ENODEV: unknown chip id 0x17", out)

    def test_no_chip_name(self):
        rc, out, _ = self.same(DEMO, "run", "--i2c", "0:0x48")
        self.assertEqual(rc, CLEAN)
        self.assertNotIn("demo chip", out)

    def test_sweep_of_probe(self):
        rc, out, _ = self.same(DEMO, "sweep", *DEMO_CHIP)
        self.assertEqual(rc, CLEAN)
        self.assertIn("i2c_demo: all 6 failure paths clean", out)
        for call, res in (("kzalloc", r"-ENOMEM +ok"),
                          ("devm_kzalloc", r"0 +ok \(probe -ENOMEM\)"),
                          ("i2c_smbus_read_word_data", r"0 +ok \(probe -EIO\)"),
                          ("i2c_smbus_read_i2c_block_data", r"0 +ok \(probe -EIO\)")):
            self.assertRegex(out, r"%s +tests/modules/i2c_demo.c:\d+ \(demo_\w+\) +%s"
                             % (call, res))


class Core(Same):
    """tests/kernel-tree/i2c_core.c: the core's calls from a module."""
    PATH = "tests/kernel-tree/i2c_core.c"

    def test_checks_pass(self):
        rc, out, _ = self.same(self.PATH, "run", "--i2c", "0:0x50")
        self.assertEqual(rc, CLEAN)
        self.assertIn("i2c_core: 47 checks, 0 failed", out)
        for msg in ("i2c i2c-0: Invalid 7-bit I2C address 0x80",
                    "i2c i2c-0: Invalid 10-bit I2C address 0x400",
                    "i2c i2c-0: Failed to register i2c client raw at 0x50 (-16)",
                    "i2c i2c-0: Invalid block write size 33",
                    "i2c i2c-0: Unsupported transaction 42"):
            self.assertIn(msg, out)

    def test_no_adapter(self):
        rc, out, err = self.same(self.PATH, "run")
        self.assertIn("No such device", out + err)

    def test_sweep(self):
        rc, out, _ = self.same(self.PATH, "sweep", "--i2c", "0:0x50")
        self.assertEqual(rc, CLEAN)
        self.assertIn("i2c_core: all 40 failure paths clean", out)
        self.assertRegex(out, r"i2c_transfer +tests/kernel-tree/i2c_core.c:\d+ "
                         r"\(map\) +-EINVAL +ok")


if __name__ == "__main__":
    main()
