#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""The IDA, the IDR and kobjects on the kernel-tree path (ARCH=um headers).

Usage: test_kernel_tree_lib.py KSHIM KSHIM_UML SOURCE_ROOT KERNEL_TREE.
Modules built against the kernel's own headers must behave as the same
source built against kshim's: dmesg, exit statuses, defect and leak
reports, sweep tables; 6.1's own lib/test_ida.c and samples/kobject/
kobject-example.c, built unchanged from KERNEL_TREE/src, too. The IDR,
which the old path lacks, is checked on its own. (Their sysfs files, read
and written through the harness: tests/kernel-tree/ko_test_sysfs.c.)

A line of kshim's own code (a WARN in ida_free(), the name a kobject's
kobject_add() allocates) is kshim/kernel/idr.c's on one path and
kshim/kernel/lib/idr.c's on the other: such sites are compared without
their file and line, and tables without their column widths.
"""
import os
import re
import unittest

from kernel_tree import *  # noqa: F401,F403 (the shared harness of these tests)
from kernel_tree import built as build_once


def built(prog, path, tag, cwd=SRC):
    """Once, named as Kbuild names it ('-' as '_'); nothing may be missing."""
    name = os.path.splitext(os.path.basename(path))[0].replace("-", "_")
    return build_once(prog, path, tag, cwd=cwd, name=name, complete=True)

def comparable(text):
    """Timestamps, PIDs, kshim's own lines and column widths: not compared."""
    text = re.sub(r"^\[ *\d+\.\d+\]", "[time]", text, flags=re.M)
    text = re.sub(r"PID: \d+", "PID: N", text)
    text = re.sub(r"kshim/kernel/[\w/.-]+\.c:\d+", "kshim/kernel/FILE", text)
    text = re.sub(r"\bkshim_ida_", "ida_", text)
    return [" ".join(line.split()) for line in text.splitlines()]


class Same(unittest.TestCase):
    def same(self, path, *args, cwd=SRC, leaks=lambda t: t):
        old = run(KSHIM, args[0], built(KSHIM, path, "old", cwd=cwd), *args[1:])
        new = run(UML, args[0], built(UML, path, "uml", cwd=cwd), *args[1:])
        self.assertEqual(old[0], new[0], "exit status\n" + old[2] + new[2])
        self.assertEqual(comparable(leaks(old[1])), comparable(leaks(new[1])))
        self.assertEqual(comparable(leaks(old[2]).replace("/old/", "/")),
                         comparable(leaks(new[2]).replace("/uml/", "/")))
        return new


class Ida(Same):
    """tests/kernel-tree/ida_ids.c and 6.1's lib/test_ida.c."""

    IDS = "tests/kernel-tree/ida_ids.c"

    def test_ids(self):
        rc, out, err = self.same(self.IDS, "run")
        self.assertEqual(rc, DEFECTS)
        self.assertIn("ida_ids: 0 1, empty 0", out)
        self.assertIn("ida_ids: range: 1000 1001, then -28", out)
        self.assertIn("ida_ids: min 5000: 5000, max 1: -28, bad min: -28", out)
        self.assertIn("ida_free called for id=7 which is not allocated.", out)
        self.assertIn("ida_ids: destroyed, empty 1", out)
        self.assertIn("ida_ids: exit, empty 1", out)
        self.assertIn("1 defect (0 leaks)", out + err)

    def test_leak_is_the_alloc_line(self):
        rc, out, err = self.same(self.IDS, "run", "leak=1")
        self.assertEqual(rc, DEFECTS)
        self.assertIn("ida_ids: exit, empty 0", out)
        self.assertRegex(out + err, r"leak: \d+ bytes \(ida_alloc\) allocated at "
                         r"tests/kernel-tree/ida_ids.c:\d+ \(ids_init\)")

    def test_sweep(self):
        rc, out, _ = self.same(self.IDS, "sweep")
        self.assertRegex(out, r"ida_alloc +tests/kernel-tree/ida_ids.c:\d+ "
                         r"\(ids_init\) +-ENOMEM +ok")

    def test_linux_test_ida(self):
        # Returns -EINVAL by design; its bad-free checks WARN 128 times.
        rc, out, err = self.same("lib/test_ida.c", "run", cwd=KSRC)
        self.assertEqual(rc, DEFECTS)
        self.assertIn("IDA: 147357 of 147357 tests passed", out)
        self.assertIn("could not insert module", out + err)
        self.assertIn("Invalid parameters", out + err)
        self.assertEqual(out.count("which is not allocated"), 128)
        self.assertIn("128 defects (0 leaks)", out + err)


class Idr(unittest.TestCase):
    """tests/kernel-tree/ida_idr.c: the old path has no IDR."""

    def setUp(self):
        self.so = built(UML, "tests/kernel-tree/ida_idr.c", "uml")

    def test_semantics(self):
        rc, out, err = run(UML, "run", self.so)
        self.assertEqual(rc, DEFECTS, out + err)
        for line in ("idr: empty 1", "idr: 10 11 19, empty 0", "idr: full: -28",
                     "idr: bad start: -22",
                     "idr: find 11=b, 12=0000000000000000",
                     "idr: replaced b, now c; missing: -2",
                     "idr: for_each stopped with 0",
                     "idr: for_each stopped with 1",
                     "idr: next from 12: 19=c", "idr: removed c",
                     "idr: removed again: 0000000000000000", "idr: then 11",
                     "idr: destroyed, empty 1",
                     "idr: cyclic 1 2 3 1, cursor 2", "idr: full -28",
                     "idr: base 100: u32 0 -> 100, find a",
                     "idr: below the base: -28", "idr: preloaded 0",
                     "idr: exit, empty 1"):
            self.assertIn(line, out)
        self.assertRegex(out, r"entry 10=a\n.*entry 11=c\n.*entry 19=c")
        # idr_alloc()'s WARN_ON_ONCE() for a negative start: the only defect.
        self.assertEqual(out.count("WARNING: CPU"), 1)
        self.assertIn("1 defect (0 leaks)", out + err)

    def test_leak_is_the_alloc_line(self):
        rc, out, err = run(UML, "run", self.so, "leak=1")
        self.assertRegex(out + err, r"leak: \d+ bytes \(idr_alloc\) allocated at "
                         r"tests/kernel-tree/ida_idr.c:\d+ \(idr_test_init\)")

    def test_sweep(self):
        rc, out, _ = run(UML, "sweep", self.so)
        for call in ("idr_alloc", "idr_alloc_u32"):
            self.assertRegex(out, r"%s +tests/kernel-tree/ida_idr.c:\d+ "
                             r"\(idr_test_init\) +-ENOMEM +ok" % call)
        self.assertRegex(out, r"idr_alloc_cyclic +tests/kernel-tree/ida_idr.c:\d+")
        self.assertNotIn("CRASH", out)
        self.assertNotIn("leak", out)


class Kobject(Same):
    """tests/kernel-tree/ko_files.c and 6.1's samples/kobject/kobject-example.c."""

    FILES = "tests/kernel-tree/ko_files.c"

    def test_files(self):
        rc, out, _ = self.same(self.FILES, "run")
        self.assertEqual(rc, CLEAN)
        self.assertIn("sysfs: cannot create duplicate filename "
                      "'/kernel/ko_files/value'", out)
        self.assertIn("ko_files: again: -17", out)
        self.assertIn("kobject_add_internal failed for ko_files with -EEXIST", out)
        self.assertIn("kobject_create_and_add: kobject_add error: -17", out)
        self.assertIn("ko_files: ko_files and ko_fw7 under firmware", out)
        # The reference held over kobject_del() keeps release() until exit.
        self.assertRegex(out, r"deleted\n.*one reference left\n.*release ko_fw7 "
                         r"\(7\)\n.*exit, value 3")

    def test_leak_is_the_create_line(self):
        # kshim's old struct kobject is bigger than the kernel's 64 bytes.
        rc, out, err = self.same(
            self.FILES, "run", "leak=1",
            leaks=lambda t: re.sub(r"leak: \d+ bytes \(kzalloc\)", "leak:", t))
        self.assertEqual(rc, DEFECTS)
        self.assertIn("leak: 64 bytes (kzalloc) allocated at "
                      "tests/kernel-tree/ko_files.c:97 (ko_files_init)", out + err)

    def test_sweep(self):
        rc, out, _ = self.same(self.FILES, "sweep")
        self.assertEqual(rc, CLEAN)
        self.assertIn("ko_files: all 9 failure paths clean", out)
        for call, line in (("kzalloc", 97), ("sysfs_create_file", 100),
                           ("sysfs_create_group", 103)):
            self.assertRegex(out, r"%s +tests/kernel-tree/ko_files.c:%d "
                             r"\(ko_files_init\) +-ENOMEM +ok" % (call, line))

    def test_linux_kobject_example(self):
        path = "samples/kobject/kobject-example.c"
        rc, out, err = self.same(path, "run", cwd=KSRC)
        self.assertEqual(rc, CLEAN, out + err)
        self.assertIn("clean: init returned 0, nothing leaked, no defect", out + err)
        rc, out, _ = self.same(path, "sweep", cwd=KSRC)
        self.assertEqual(rc, CLEAN)
        self.assertRegex(out, r"kzalloc +samples/kobject/kobject-example.c:\d+ "
                         r"\(example_init\) +-ENOMEM +ok")
        self.assertRegex(out, r"sysfs_create_group +samples/kobject/kobject-example"
                         r".c:\d+ \(example_init\) +-ENOMEM +ok")
        self.assertIn("all 2 failure paths clean", out)


if __name__ == "__main__":
    main()
