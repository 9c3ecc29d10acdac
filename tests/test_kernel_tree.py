#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Drivers built against the kernel's own headers (the ARCH=um tree).

Usage: test_kernel_tree.py KSHIM KSHIM_UML SOURCE_ROOT KERNEL_TREE. The same
driver source built both ways must give the same dmesg, results and sweep;
a Kbuild-built .ko loads; a function kshim does not simulate is a report
at the driver's line; a data symbol kshim lacks is a load failure naming it.
"""
import os
import re
import shutil
import subprocess
import unittest

from kernel_tree import *  # noqa: F401,F403 (the shared harness of these tests)

HPET = ["--mmio", "0xfed00000:0x400:0=0x8086a201"]


def untimed(text):
    """dmesg timestamps depend on how long the host took: not compared."""
    text = re.sub(r"^\[ *\d+\.\d+\]", "[time]", text, flags=re.M)
    # initcall_debug's durations and function sizes (-O2 against Kbuild's -Os).
    text = re.sub(r"after \d+ usecs", "after N usecs", text)
    return re.sub(r"\+0x0/0x[0-9a-f]+", "+0x0/0xN", text)


class SameAsTheOldPath(unittest.TestCase):
    """One source, two builds: the kernel-tree build behaves as kshim did."""

    def same(self, path, *args):
        old = run(KSHIM, args[0], built(KSHIM, path, "old"), *args[1:])
        new = run(UML, args[0], built(UML, path, "uml"), *args[1:])
        self.assertEqual(old[0], new[0], "exit status\n" + old[2] + new[2])
        self.assertEqual(untimed(old[1]), untimed(new[1]))
        self.assertEqual(untimed(old[2]).replace("/old/", "/"),
                         untimed(new[2]).replace("/uml/", "/"))
        return new

    def test_hello(self):
        rc, out, _ = self.same("modules/hello/hello.c", "run")
        self.assertEqual(rc, CLEAN)
        self.assertIn("hello: initialized successfully", out)

    def test_hwid_without_its_device(self):
        rc, out, err = self.same("modules/hwid/hwid.c", "run")
        self.assertEqual(rc, INIT)
        self.assertIn("-ENODEV", out)

    def test_hwid_on_its_device(self):
        rc, out, _ = self.same("modules/hwid/hwid.c", "run", *HPET)
        self.assertEqual(rc, CLEAN)
        self.assertIn("hwid: hwid-8086-rev1 at 0xfed00000", out)

    def test_hwid_parameters(self):
        rc, out, _ = self.same("modules/hwid/hwid.c", "run", "base=0x1000",
                               "bogus=1")
        self.assertIn("hwid: unknown parameter 'bogus' ignored", out)
        self.assertIn("no device at 0x1000", out)

    def test_boot_built_in(self):
        old = run(KSHIM, "boot", built(KSHIM, "modules/hello/hello.c", "old", "--builtin"),
                  built(KSHIM, "modules/hwid/hwid.c", "old", "--builtin"),
                  "initcall_debug", "hwid.base=0x1000")
        new = run(UML, "boot", built(UML, "modules/hello/hello.c", "uml", "--builtin"),
                  built(UML, "modules/hwid/hwid.c", "uml", "--builtin"),
                  "initcall_debug", "hwid.base=0x1000")
        self.assertEqual(old[0], new[0])
        self.assertEqual(untimed(old[1]), untimed(new[1]))
        self.assertEqual(new[0], INIT)
        self.assertIn("calling  hello_init+0x0/", new[1])
        self.assertIn("hwid: no device at 0x1000", new[1])
        self.assertIn("kshim: hwid: initcall returned -ENODEV", new[1])

    def test_iomap_accessors(self):
        rc, out, _ = self.same("tests/kernel-tree/io_iomap.c", "run", *HPET)
        self.assertEqual(rc, CLEAN)
        self.assertIn("io_iomap: id 8086a201, as big-endian 01a28680, low half a201", out)
        # A _rep read is of one register, again and again (a FIFO's).
        self.assertIn("io_iomap: 11223344 cdab, bytes 44 44 44 44", out)

    def test_kbasename(self):
        rc, out, _ = self.same("tests/kernel-tree/str_base.c", "run")
        self.assertEqual(rc, CLEAN)
        self.assertIn("str_base: lm73.c plain", out)

    def test_hwid_sweep_names_the_drivers_lines(self):
        rc, out, _ = self.same("modules/hwid/hwid.c", "sweep", *HPET)
        self.assertEqual(rc, CLEAN)
        for call, line in (("kzalloc", 48), ("ioremap", 52), ("kasprintf", 65)):
            self.assertRegex(out, r"%s +modules/hwid/hwid.c:%d \(hwid_init\) +-ENOMEM +ok"
                             % (call, line))


class Tasks(unittest.TestCase):
    """Module code runs on a simulated task's stack: `current` works."""

    def test_current_is_insmod_then_rmmod(self):
        rc, out, _ = SameAsTheOldPath.same(self, "tests/kernel-tree/task_current.c", "run")
        self.assertEqual(rc, CLEAN)
        self.assertIn("task_current: init in insmod, pid set, in_interrupt 0, in_atomic 0", out)
        self.assertIn("task_current: exit in rmmod", out)

    def test_a_null_dereference_is_an_oops_with_its_call_trace(self):
        rc, out, err = run(UML, "run", built(UML, "tests/modules/crash_zoo.c", "uml"),
                           "crash=null")
        self.assertEqual(rc, CRASH)
        self.assertIn("BUG: kernel NULL pointer dereference, address: 0000000000000000", out)
        self.assertIn("tests/modules/crash_zoo.c:39 (crash_now)", err)
        # Frame pointers: the trace reaches the module's init.
        self.assertRegex(out, r"Call Trace:\n.*<TASK>\n.* (init_module|crash_zoo_init)\+0x")

    def test_a_stack_overflow_hits_the_task_stacks_guard_page(self):
        rc, out, err = run(UML, "run", built(UML, "tests/modules/crash_zoo.c", "uml"),
                           "crash=stack")
        self.assertEqual(rc, CRASH)
        self.assertIn("BUG: TASK stack guard page was hit at", out)
        self.assertIn("stack overflow in module crash_zoo at tests/modules/crash_zoo.c:26 (recurse)",
                      err)


class EmptyBuses(unittest.TestCase):
    def test_pci_and_spi_drivers_register_with_no_device(self):
        rc, out, err = run(UML, "run", built(UML, "tests/kernel-tree/bus_empty.c", "uml"))
        self.assertEqual(rc, CLEAN, err)
        self.assertIn("SPI driver bus_empty_spi has no spi_device_id for acme,thing", out)
        self.assertNotIn("for acme,bus_empty_spi", out)
        self.assertIn("bus_empty: 0 probes", out)
        self.assertIn("bus_empty: a device 8086:1237 not found", out)


class PortSpace(unittest.TestCase):
    def test_no_chip_answers_in_port_space(self):
        rc, out, err = run(UML, "run", built(UML, "tests/kernel-tree/io_port.c", "uml"))
        self.assertEqual(rc, INIT, err)
        self.assertIn("io_port: chip id ff, word ffff, long ffffffff", out)
        self.assertIn("init failed with -ENODEV; nothing leaked, no defect", out)


class MultiFile(unittest.TestCase):
    def test_a_module_of_two_files(self):
        so = os.path.join(TMP, "multi", "mf.so")
        os.makedirs(os.path.dirname(so), exist_ok=True)
        rc, _, err = run(UML, "build", "tests/kernel-tree/mf_main.c",
                         "tests/kernel-tree/mf_helper.c", "-o", so)
        self.assertEqual(rc, CLEAN, err)
        rc, out, err = run(UML, "run", so)
        self.assertEqual(rc, CLEAN, err)
        self.assertIn("mf: helper says 42", out)


class Dependencies(unittest.TestCase):
    """A module using another's EXPORT_SYMBOLs, loaded after it."""

    def test_exports_reach_the_module_loaded_after(self):
        core = built(UML, "tests/kernel-tree/exp_core.c", "uml")
        user = built(UML, "tests/kernel-tree/exp_user.c", "uml")
        rc, out, err = run(UML, "run", core, user)
        self.assertEqual(rc, CLEAN, err)
        self.assertIn("exp_user: 2 + 3 = 5, 1 call(s), this module is exp_user", out)
        # Removed after the module that needs it, as modprobe -r does.
        self.assertLess(out.index("exp_user: exit"), out.index("exp_core: 1 calls"))

    def test_without_its_dependency_it_does_not_load(self):
        rc, out, err = run(UML, "run", built(UML, "tests/kernel-tree/exp_user.c", "uml"))
        self.assertEqual(rc, USAGE)
        self.assertIn("Unknown symbol exp_core_calls", err)


class KbuildModule(unittest.TestCase):
    def test_a_ko_from_make_M_loads(self):
        d = os.path.join(TMP, "kbuild")
        os.makedirs(d, exist_ok=True)
        shutil.copy(os.path.join(SRC, "modules/hwid/hwid.c"), d)
        shutil.copy(os.path.join(SRC, "tests/kernel-tree/unsim.c"), d)
        with open(os.path.join(d, "Makefile"), "w") as f:
            f.write("obj-m := hwid.o unsim.o\n")
        p = subprocess.run(["make", "-s", "-C", os.path.join(TREE, "tree"), "ARCH=um",
                            "M=" + d, "KCFLAGS=-fPIC", "KBUILD_MODPOST_WARN=1",
                            "modules"], capture_output=True, text=True, timeout=300)
        self.assertEqual(p.returncode, 0, p.stderr)
        # The tree's Module.symvers lists what kshim provides: modpost names
        # the one symbol kshim lacks, and nothing of hwid's.
        self.assertIn('WARNING: modpost: "sock_create_kern" [%s/unsim.ko] undefined!' % d,
                      p.stderr)
        self.assertNotIn("hwid.ko] undefined", p.stderr)
        rc, out, err = run(UML, "run", os.path.join(d, "hwid.ko"), *HPET)
        self.assertEqual(rc, CLEAN, err)
        self.assertIn("hwid: hwid-8086-rev1 at 0xfed00000", out)
        self.assertIn("hwid: hwid-8086-rev1 removed", out)


class WhatKshimLacks(unittest.TestCase):
    def test_a_function_is_named_at_build(self):
        out = os.path.join(TMP, "unsim-b.so")
        rc, _, err = run(UML, "build", "tests/kernel-tree/unsim.c", "-o", out)
        self.assertEqual(rc, CLEAN, err)
        self.assertIn('WARNING: kshim: "sock_create_kern" [unsim_b] is not simulated', err)

    def test_a_function_call_is_a_report_not_a_crash(self):
        rc, out, err = run(UML, "run", built(UML, "tests/kernel-tree/unsim.c", "uml"))
        self.assertEqual(rc, CRASH)
        self.assertIn("sock_create_kern() is not simulated (called from "
                      "tests/kernel-tree/unsim.c:19, unsim_init)", err)
        self.assertIn("unsim: making a socket", out)
        # The call never returned, and the exit of a failed init never runs.
        self.assertNotIn("returned", out)
        self.assertNotIn("unsim: exit", out)
        self.assertIn("kshim does not simulate; exit not run", out)

    def test_a_data_symbol_is_a_load_failure(self):
        so = os.path.join(TMP, "undata.so")
        rc, _, err = run(UML, "build", "tests/kernel-tree/undata.c", "-o", so)
        self.assertEqual(rc, CLEAN, err)
        self.assertIn('"init_net" [undata] is not simulated: data', err)
        rc, out, err = run(UML, "run", so)
        self.assertEqual(rc, USAGE)
        self.assertIn("Unknown symbol init_net", err)
        self.assertIn("could not insert module", err)
        self.assertNotIn("undata: init_net", out)


if __name__ == "__main__":
    main()
