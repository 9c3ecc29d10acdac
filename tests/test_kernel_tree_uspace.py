#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""User space on the kernel-tree path: procfs, seq_file, kfifo, char devices.

Usage: test_kernel_tree_uspace.py KSHIM KSHIM_UML SOURCE_ROOT KERNEL_TREE. The
kernel's own kfifo samples (procfs + kfifo) and tests/kernel-tree/us_chardev.c
(register_chrdev(), a cdev, procfs) built both ways must give the same dmesg,
exit statuses, defect reports and sweep tables. The harness side (open, read,
ioctl...) is tests/kernel-tree/us_test_chardev.c, a cmocka test run on both.
"""
import os
import re
import unittest

from kernel_tree import *  # noqa: F401,F403 (the shared harness of these tests)


def unsized(text):
    """A leak's size: kshim's old struct cdev is not the kernel's."""
    return re.sub(r"leak: \d+ bytes", "leak: N bytes", text)


class SameAsTheOldPath(unittest.TestCase):
    def same(self, path, *args, cwd=SRC):
        old = run(KSHIM, args[0], built(KSHIM, path, "old", cwd=cwd), *args[1:], cwd=cwd)
        new = run(UML, args[0], built(UML, path, "uml", cwd=cwd), *args[1:], cwd=cwd)
        self.assertEqual(old[0], new[0], "exit status\n" + old[2] + new[2])
        self.assertEqual(untimed(old[1]), untimed(new[1]))
        self.assertEqual(unsized(untimed(old[2]).replace("/old/", "/")),
                         unsized(untimed(new[2]).replace("/uml/", "/")))
        return new

    def sample(self, name, first_line):
        path = "samples/kfifo/%s-example.c" % name
        rc, out, _ = self.same(path, "run", cwd=KSRC)
        self.assertEqual(rc, CLEAN)
        self.assertIn(first_line, out)
        self.assertIn("test passed", out)
        rc, out, _ = self.same(path, "sweep", cwd=KSRC)
        self.assertEqual(rc, CLEAN)
        self.assertRegex(out, r"kzalloc +%s:\d+ \(example_init\) +-ENOMEM +ok" % path)

    def test_kfifo_bytestream_sample(self):
        self.sample("bytestream", "byte stream fifo test start")

    def test_kfifo_inttype_sample(self):
        self.sample("inttype", "int fifo test start")

    def test_kfifo_record_sample(self):
        self.sample("record", "record fifo test start")

    def test_us_chardev(self):
        rc, out, err = self.same("tests/kernel-tree/us_chardev.c", "run")
        self.assertEqual(rc, CLEAN, err)
        self.assertIn("] chrdev major 254, unit 253:4", out)

    def test_us_chardev_left_registered(self):
        rc, _, err = self.same("tests/kernel-tree/us_chardev.c", "run", "leave=1")
        self.assertEqual(rc, DEFECTS)
        for what in ("char device region 'us_unit' (253:4-5)", "cdev 253:4 (2 minors)",
                     "proc entry '/proc/us_chardev'"):
            self.assertIn("misuse: %s registered at tests/kernel-tree/us_chardev.c:" % what,
                          err)

    def test_us_chardev_sweep(self):
        rc, out, _ = self.same("tests/kernel-tree/us_chardev.c", "sweep")
        self.assertEqual(rc, CLEAN)
        self.assertIn("9 fallible calls in init", out)
        self.assertIn("all 9 failure paths clean", out)


class NothingLacking(unittest.TestCase):
    """What these drivers call is all on the new path now."""

    def test_build_names_nothing(self):
        for path, cwd in (("samples/kfifo/bytestream-example.c", KSRC),
                          ("samples/kfifo/record-example.c", KSRC),
                          ("tests/kernel-tree/us_chardev.c", SRC)):
            out = os.path.join(TMP, "lack", os.path.basename(path) + ".so")
            os.makedirs(os.path.dirname(out), exist_ok=True)
            rc, _, err = run(UML, "build", path, "-o", out, cwd=cwd)
            self.assertEqual(rc, CLEAN, err)
            self.assertNotIn("is not simulated", err)


if __name__ == "__main__":
    main()
