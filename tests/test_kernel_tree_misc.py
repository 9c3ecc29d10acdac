#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Classes and misc devices on the kernel-tree path.

Usage: test_kernel_tree_misc.py KSHIM KSHIM_UML SOURCE_ROOT KERNEL_TREE. The
example misc device modules/ticker, the corpus's drivers/leds/uleds.c and
tests/kernel-tree/cm_misc.c (a class, device_create() nodes, misc devices)
built both ways must give the same dmesg, exit statuses, defect reports and
sweep tables; tests/kernel-tree/cm_iter.c (class iteration and attributes,
which the old half lacks) runs on the new path alone. The harness side of
cm_misc is tests/kernel-tree/cm_test_misc.c, a cmocka test run on both.
"""
import os
import unittest

from kernel_tree import *  # noqa: F401,F403 (the shared harness of these tests)


class SameAsTheOldPath(unittest.TestCase):
    def same(self, path, *args, cwd=SRC):
        old = run(KSHIM, args[0], built(KSHIM, path, "old", cwd=cwd), *args[1:], cwd=cwd)
        new = run(UML, args[0], built(UML, path, "uml", cwd=cwd), *args[1:], cwd=cwd)
        self.assertEqual(old[0], new[0], "exit status\n" + old[2] + new[2])
        self.assertEqual(untimed(old[1]), untimed(new[1]))
        self.assertEqual(untimed(old[2]).replace("/old/", "/"),
                         untimed(new[2]).replace("/uml/", "/"))
        return new

    def test_ticker(self):
        rc, out, _ = self.same("modules/ticker/ticker.c", "run")
        self.assertEqual(rc, CLEAN)
        self.assertIn("ticker: /dev/ticker ticks every 1000 ms", out)

    def test_ticker_bad_period(self):
        rc, _, err = self.same("modules/ticker/ticker.c", "run", "period_ms=0")
        self.assertEqual(rc, INIT)
        self.assertIn("Invalid parameters", err)

    def test_ticker_sweep(self):
        rc, out, _ = self.same("modules/ticker/ticker.c", "sweep")
        self.assertEqual(rc, CLEAN)
        self.assertRegex(out, r"kvasprintf +modules/ticker/ticker.c:\d+ \(ticker_init\) +-ENOMEM +ok")
        self.assertIn("all 3 failure paths clean", out)

    def test_uleds(self):
        rc, _, err = self.same("drivers/leds/uleds.c", "run", cwd=KSRC)
        self.assertEqual(rc, CLEAN, err)

    def test_uleds_sweep(self):
        rc, out, _ = self.same("drivers/leds/uleds.c", "sweep", cwd=KSRC)
        self.assertEqual(rc, CLEAN)
        self.assertIn("all 2 failure paths clean", out)

    def test_cm_misc(self):
        rc, out, err = self.same("tests/kernel-tree/cm_misc.c", "run")
        self.assertEqual(rc, CLEAN, err)
        self.assertIn("class cm_class, cm0 and cm1 at 254:0, misc minors 127 and 200", out)

    def test_cm_misc_taken(self):
        rc, out, _ = self.same("tests/kernel-tree/cm_misc.c", "run", "dup=1")
        self.assertEqual(rc, CLEAN)
        for line in ("same misc name: -17", "same misc minor: -16",
                     "same class name: -17",
                     "kobject_add_internal failed for cm_class with -EEXIST"):
            self.assertIn(line, out)

    def test_cm_misc_left_registered(self):
        rc, _, err = self.same("tests/kernel-tree/cm_misc.c", "run", "leave=1")
        self.assertEqual(rc, DEFECTS)
        for what in ("misc device 'cm_misc' (10:127)", "device 'cm0' (254:0)",
                     "class 'cm_class'"):
            self.assertIn("misuse: %s registered at tests/kernel-tree/cm_misc.c:" % what,
                          err)

    def test_cm_misc_sweep(self):
        rc, out, _ = self.same("tests/kernel-tree/cm_misc.c", "sweep")
        self.assertEqual(rc, CLEAN)
        self.assertIn("11 fallible calls in init", out)
        self.assertIn("all 11 failure paths clean", out)


class NewPathOnly(unittest.TestCase):
    PATH = "tests/kernel-tree/cm_iter.c"

    def test_cm_iter(self):
        rc, out, err = run(UML, "run", built(UML, self.PATH, "uml", cwd=SRC))
        self.assertEqual(rc, CLEAN, err)
        lines = [l.split("] ", 1)[1] for l in out.splitlines() if "] " in l]
        self.assertEqual(lines, [
            "sysfs: cannot create duplicate filename '/class/cm_iter/version'",
            "cm_iter: second version file: -17",
            "cm_iter: 3 devices",
            "cm_iter: stopped with 7",
            "cm_iter: found cmi2 at 240:2",
            "cm_iter: no 240:9: none",
            "cm_iter: walk cmi0",
            "cm_iter: walk cmi1",
            "cm_iter: walk cmi2",
            "cm_iter: 2 devices left",
            "cm_iter: class cm_iter unregistered",
        ])

    def test_cm_iter_sweep(self):
        rc, out, _ = run(UML, "sweep", built(UML, self.PATH, "uml", cwd=SRC))
        self.assertEqual(rc, CLEAN)
        self.assertIn("all 6 failure paths clean", out)


class NothingLacking(unittest.TestCase):
    """What these drivers call is all on the new path now."""

    def test_build_names_nothing(self):
        for path in ("modules/ticker/ticker.c", "tests/kernel-tree/cm_misc.c",
                     "tests/kernel-tree/cm_iter.c"):
            out = os.path.join(TMP, "lack", os.path.basename(path) + ".so")
            os.makedirs(os.path.dirname(out), exist_ok=True)
            rc, _, err = run(UML, "build", path, "-o", out)
            self.assertEqual(rc, CLEAN, err)
            self.assertNotIn("is not simulated", err)


if __name__ == "__main__":
    main()
