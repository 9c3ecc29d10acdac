#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""The class drivers on the kernel-tree path (ARCH=um headers).

Usage: test_kernel_tree_class.py KSHIM KSHIM_UML SOURCE_ROOT KERNEL_TREE.
LEDs, input and hw_random built against the kernel's own headers must
behave as the same source built against kshim's (dmesg, exit statuses,
defect reports, sweep tables); GPIO chips and lookup tables and the
watchdog core, which the old path lacks, are checked on their own; 6.1's
gpio-beeper builds with every call simulated and loads as on the old path.
"""
import os
import re
import unittest

from kernel_tree import *  # noqa: F401,F403 (the shared harness of these tests)
from kernel_tree import built as build_once


def built(prog, path, tag, cwd=SRC):
    """Once; nothing the new path lacks may be needed."""
    return build_once(prog, path, tag, cwd=cwd, complete=True)

def comparable(text):
    """Timestamps and PIDs depend on the host run: not compared."""
    text = re.sub(r"^\[ *\d+\.\d+\]", "[time]", text, flags=re.M)
    return re.sub(r"PID: \d+", "PID: N", text)


class Same(unittest.TestCase):
    def same(self, path, *args, cwd=SRC):
        old = run(KSHIM, args[0], built(KSHIM, path, "old", cwd=cwd), *args[1:])
        new = run(UML, args[0], built(UML, path, "uml", cwd=cwd), *args[1:])
        self.assertEqual(old[0], new[0], "exit status\n" + old[2] + new[2])
        self.assertEqual(comparable(old[1]), comparable(new[1]))
        self.assertEqual(comparable(old[2]).replace("/old/", "/"),
                         comparable(new[2]).replace("/uml/", "/"))
        return new


class BothPaths(Same):
    def test_leds(self):
        rc, out, _ = self.same("tests/kernel-tree/cls_led.c", "run")
        self.assertEqual(rc, CLEAN)
        self.assertIn("Led cls:green renamed to cls:green_1 due to name collision", out)
        self.assertIn("cls_led: brightness 10 and 7", out)
        self.assertRegex(out, r"cls:green_1 set to 0 \(blocking\)\n.*cls:green set to 0")

    def test_leds_sweep(self):
        rc, out, _ = self.same("tests/kernel-tree/cls_led.c", "sweep")
        self.assertIn("all 4 failure paths clean", out)
        self.assertNotIn("kshim/kernel/", out)

    def test_input(self):
        rc, out, _ = self.same("tests/kernel-tree/cls_input.c", "run")
        self.assertEqual(rc, CLEAN)
        self.assertIn("input_set_capability: invalid code 768 for type 1", out)
        self.assertIn("input: cls keys as /devices/virtual/input/input0", out)
        self.assertIn("input1: Absolute device without dev->absinfo, refusing to register", out)

    def test_input_sweep(self):
        rc, out, _ = self.same("tests/kernel-tree/cls_input.c", "sweep")
        self.assertIn("all 4 failure paths clean", out)
        self.assertNotIn("kshim/kernel/", out)

    def test_hwrng(self):
        rc, out, _ = self.same("tests/kernel-tree/cls_hwrng.c", "run")
        self.assertEqual(rc, CLEAN)
        self.assertRegex(out, r"cls-high init\n.*cls-low cleanup\n.*cls-high read 32")
        self.assertIn("cls_hwrng: duplicate: -17", out)
        self.assertRegex(out, r"cls-high cleanup\n.*cls-low init\n.*cls-low read 32")

    def test_gpio_beeper(self):
        # 6.1's drivers/input/misc/gpio-beeper.c, unchanged: registers its driver.
        src = os.path.join(TREE, "src")
        rc, out, err = self.same("drivers/input/misc/gpio-beeper.c", "run", cwd=src)
        self.assertEqual(rc, CLEAN, err)
        self.assertIn("gpio_beeper: clean", out)


class NewPathOnly(unittest.TestCase):
    def test_gpio_chip_and_lookup(self):
        rc, out, err = run(UML, "run", built(UML, "tests/kernel-tree/cls_gpio.c", "uml"))
        self.assertEqual(rc, CLEAN, out + err)
        self.assertIn("cls_gpio: cls-chip at base 508", out)
        self.assertIn("cls-gpio cls-gpio.0: led 0 (raw 1), button 0, irq 43", out)
        self.assertIn("led again: -16", out)
        self.assertIn("optional reset: absent", out)
        self.assertIn("requested GPIO 0 (9) is out of range [0..3] for chip cls-chip", out)
        self.assertIn("chip data ok", out)
        self.assertIn("nothing leaked, no defect", out)

    def test_gpio_sweep(self):
        rc, out, err = run(UML, "sweep", built(UML, "tests/kernel-tree/cls_gpio.c", "uml"))
        self.assertEqual(rc, CLEAN, out + err)
        self.assertRegex(out, r"all \d+ failure paths clean")
        self.assertRegex(out, r"devres_alloc +tests/kernel-tree/cls_gpio.c:\d+ "
                         r"\(cls_probe\) +0 +ok \(probe -ENOMEM\)")

    def test_watchdog_registers(self):
        rc, out, err = run(UML, "run", built(UML, "tests/kernel-tree/cls_wdt.c", "uml"),
                           "timeout=900")
        self.assertEqual(rc, CLEAN, out + err)
        self.assertIn("cls watchdog: driver supplied timeout (900) out of range", out)
        self.assertIn("cls watchdog: falling back to default timeout (30)", out)
        self.assertIn("cls_wdt: watchdog0, timeout 30 s", out)

    def test_watchdog_sweep(self):
        rc, out, err = run(UML, "sweep", built(UML, "tests/kernel-tree/cls_wdt.c", "uml"))
        self.assertEqual(rc, CLEAN, out + err)
        self.assertRegex(out, r"all \d+ failure paths clean")


if __name__ == "__main__":
    main()
