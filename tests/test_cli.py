#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""The kshim command line: every command, every exit status, every error.

Usage: test_cli.py KSHIM SOURCE_ROOT. Modules are built with `kshim build`
from tests/modules/ and tests/cli/ into a temporary directory.
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

KSHIM = os.path.abspath(sys.argv[1])
SRC = os.path.abspath(sys.argv[2])
TMP = tempfile.mkdtemp(prefix="kshim-cli-")
HPET = ["--mmio", "0xfed00000:0x400:0=0x8086a201"]
# modules/mmtemp's register window, its ID register set, and the platform
# device that has it as a resource, with an interrupt.
MMTEMP = ["--mmio", "0x20000000:0x20:0=0x544d0001",
          "--platform", "mmtemp:mem=0x20000000+0x20:irq=5"]
# tests/modules/i2c_demo.c's chip on adapter i2c-1: its ID register says 0x5a.
DEMO_CHIP = ["--i2c", "1:0x20:demo-chip:0=0x5a"]

CLEAN, INIT, DEFECTS, CRASH, USAGE = 0, 1, 2, 3, 4
# A kshim built with ThreadSanitizer (tests/sanitize's tsan job).
UNDER_TSAN = "libtsan" in subprocess.run(["ldd", KSHIM], capture_output=True,
                                         text=True).stdout


def kshim(*args, cwd=TMP, timeout=60):
    p = subprocess.run([KSHIM] + list(args), cwd=cwd, capture_output=True,
                       text=True, timeout=timeout)
    return p.returncode, p.stdout, p.stderr


def module(path, name=None, builtin=False):
    """Build SRC/path into TMP/name.so once; return the .so's name."""
    name = name or os.path.splitext(os.path.basename(path))[0]
    so = ("builtin/" if builtin else "") + name + ".so"
    os.makedirs(os.path.join(TMP, "builtin"), exist_ok=True)
    if not os.path.exists(os.path.join(TMP, so)):
        args = ["build", os.path.join(SRC, path), "-o", so]
        if builtin:
            args.append("--builtin")
        rc, out, err = kshim(*args)
        if rc:
            raise RuntimeError("kshim build %s failed:\n%s" % (path, err))
    return so


class Build(unittest.TestCase):
    def test_builds_a_module(self):
        rc, out, err = kshim("build", os.path.join(SRC, "modules/hello/hello.c"),
                             "-o", "hello-built.so")
        self.assertEqual(rc, CLEAN, err)
        self.assertTrue(os.path.exists(os.path.join(TMP, "hello-built.so")))

    def test_default_output_name(self):
        rc, out, err = kshim("build", os.path.join(SRC, "tests/modules/lc_ok.c"))
        self.assertEqual(rc, CLEAN, err)
        self.assertTrue(os.path.exists(os.path.join(TMP, "lc_ok.so")))

    def test_compiler_errors_are_shown(self):
        rc, out, err = kshim("build", os.path.join(SRC, "tests/cli/broken.c"),
                             "-o", "broken.so")
        self.assertEqual(rc, INIT)
        self.assertIn("broken.c:7", err)
        self.assertIn("undeclared_variable", err)
        self.assertIn("kshim: build: broken.so: the compiler failed", err)

    def test_missing_source(self):
        rc, out, err = kshim("build", "nosuch.c")
        self.assertEqual(rc, USAGE)
        self.assertIn("kshim: nosuch.c: No such file or directory (ENOENT)", err)

    def test_no_source(self):
        rc, out, err = kshim("build")
        self.assertEqual(rc, USAGE)
        self.assertIn("no source file given", err)

    def test_unknown_option(self):
        rc, out, err = kshim("build", "--frobnicate", "x.c")
        self.assertEqual(rc, USAGE)
        self.assertIn("--frobnicate: unknown option", err)

    def test_module_name_from_file(self):
        # KBUILD_MODNAME: '-' becomes '_', as Kbuild names modules.
        rc, out, err = kshim("build", os.path.join(SRC, "modules/hello/hello.c"),
                             "-o", "my-hello.so")
        self.assertEqual(rc, CLEAN, err)
        rc, out, err = kshim("modinfo", "my-hello.so")
        self.assertIn("name:           my_hello\n", out)


class Run(unittest.TestCase):
    def test_clean_load_and_unload(self):
        rc, out, err = kshim("run", module("modules/hello/hello.c"))
        self.assertEqual(rc, CLEAN, err)
        self.assertRegex(out, r"\[ +\d+\.\d{6}\] hello: initialized successfully\n")
        self.assertIn("hello: exiting", out)
        self.assertIn("kshim: hello: clean", out)

    def test_init_failure(self):
        rc, out, err = kshim("run", module("modules/hwid/hwid.c"))
        self.assertEqual(rc, INIT)
        self.assertIn("hwid: no device at 0xfed00000 (id 0xffffffff)", out)
        self.assertIn("insmod: ERROR: could not insert module hwid.so: No such device", err)

    def test_device_present(self):
        rc, out, err = kshim("run", module("modules/hwid/hwid.c"), *HPET)
        self.assertEqual(rc, CLEAN, err)
        self.assertIn("hwid: hwid-8086-rev1 at 0xfed00000", out)

    def test_i2c_chip_probed(self):
        rc, out, err = kshim("run", module("tests/modules/i2c_demo.c"), *DEMO_CHIP)
        self.assertEqual(rc, CLEAN, err)
        self.assertIn("i2c_demo 1-0020: demo chip 'demo-chip' at 0x20, irq 0", out)

    def test_i2c_wrong_chip(self):
        # The ID register reads 0: probe fails, the load does not.
        rc, out, err = kshim("run", module("tests/modules/i2c_demo.c"),
                             "--i2c", "1:0x20:demo-chip", "--i2c", "1:0x21")
        self.assertEqual(rc, CLEAN, err)
        self.assertIn("i2c_demo 1-0020: error -ENODEV: unknown chip id 0x00", out)

    def test_platform_device_probed(self):
        rc, out, err = kshim("run", module("modules/mmtemp/mmtemp.c"), *MMTEMP)
        self.assertEqual(rc, CLEAN, err)
        self.assertIn("mmtemp mmtemp: mmtemp: revision 1, alarm at 85000 mC", out)
        self.assertIn("mmtemp mmtemp: mmtemp: removed after 0 alarm(s)", out)

    def test_platform_device_tree(self):
        # Matched by its device-tree node; a compatible and a property with commas.
        rc, out, err = kshim("run", module("modules/mmtemp/mmtemp.c"),
                             "--mmio", "0x20000000:0x20:0=0x544d0002", "--platform",
                             "mmtemp.0:mem=0x20000000+0x20:irq=5:compatible=kshim,mmtemp-v2:"
                             "kshim,alarm-millicelsius=150000")
        self.assertEqual(rc, CLEAN, err)
        self.assertIn("mmtemp mmtemp.0: mmtemp.0: revision 2, alarm at 150000 mC", out)

    def test_unclaimed_value(self):
        rc, out, err = kshim("run", module("modules/hwid/hwid.c"), "--unclaimed", "0")
        self.assertEqual(rc, INIT)
        self.assertIn("(id 0x00000000)", out)

    def test_bad_parameter(self):
        rc, out, err = kshim("run", module("modules/hwid/hwid.c"), "vendor=intel")
        self.assertEqual(rc, INIT)
        self.assertIn("hwid: `intel' invalid for parameter `vendor'", out)
        self.assertIn("could not insert module hwid.so: Invalid parameters", err)

    def test_unknown_parameter(self):
        rc, out, err = kshim("run", module("modules/hwid/hwid.c"), "nosuch=1", *HPET)
        self.assertEqual(rc, CLEAN, err)
        self.assertIn("hwid: unknown parameter 'nosuch' ignored", out)

    def test_parameters_reach_the_module(self):
        rc, out, err = kshim("run", module("tests/modules/lc_fail.c"), "err=-12")
        self.assertEqual(rc, INIT)
        self.assertIn("init failing with -ENOMEM", out)
        self.assertIn("Cannot allocate memory", err)

    def test_positive_init(self):
        rc, out, err = kshim("run", module("tests/modules/lc_positive.c"))
        self.assertEqual(rc, CLEAN, err)
        self.assertIn("do_init_module: 'lc_positive'->init suspiciously returned 1", out)
        self.assertIn("do_init_module: loading module anyway...", out)

    def test_no_exit_cannot_be_removed(self):
        rc, out, err = kshim("run", module("tests/modules/lc_noexit.c"))
        self.assertEqual(rc, CLEAN, err)
        self.assertIn("rmmod: ERROR: could not remove module lc_noexit: Device or resource busy", err)
        # libkmod's own line, as Debian 12's kmod prints it.
        self.assertIn("rmmod: ERROR: ../libkmod/libkmod-module.c:856 kmod_module_remove_module() "
                      "could not remove 'lc_noexit': Device or resource busy", err)
        self.assertIn("lc_noexit is still loaded: no leak check", out)

    def test_leak(self):
        rc, out, err = kshim("run", module("tests/cli/leaky.c"))
        self.assertEqual(rc, DEFECTS)
        self.assertIn("40 bytes", err)
        self.assertIn("tests/cli/leaky.c:", err)

    def test_double_free(self):
        # Twice in a row: SLUB's check BUGs, as on Debian's kernel.
        rc, out, err = kshim("run", module("tests/cli/leaky.c"), "mode=double")
        self.assertEqual(rc, CRASH)
        self.assertIn("kernel BUG at mm/slub.c:419!", out)
        self.assertIn("double free: kfree(", err)
        self.assertIn("tests/cli/leaky.c:", err)

    def test_double_free_slub_cannot_see(self):
        rc, out, err = kshim("run", module("tests/cli/leaky.c"), "mode=double_late")
        self.assertEqual(rc, DEFECTS)
        self.assertIn("double free: kfree(", err)
        self.assertNotIn("kernel BUG", out)

    def test_bug(self):
        rc, out, err = kshim("run", module("tests/modules/lc_bug.c"), "mode=1")
        self.assertEqual(rc, CRASH)
        self.assertRegex(out, r"kernel BUG at .*tests/modules/lc_bug.c:\d+!")
        self.assertIn("lc_bug: init, mode 1", out)   # the log before the crash

    def test_segfault(self):
        rc, out, err = kshim("run", module("tests/modules/lc_bug.c"), "mode=3")
        self.assertEqual(rc, CRASH)
        self.assertIn("BUG: kernel NULL pointer dereference", out)
        self.assertIn("SIGSEGV", err)

    def test_panic(self):
        rc, out, err = kshim("run", module("tests/modules/lc_panic.c"))
        self.assertEqual(rc, CRASH)
        self.assertIn("Kernel panic - not syncing: lc_panic: out of options (42)", out)

    def test_timeout(self):
        rc, out, err = kshim("run", module("tests/cli/hang.c"), "--timeout", "1")
        self.assertEqual(rc, CRASH)
        if UNDER_TSAN:
            # TSan holds the watchdog's signal back from a bare loop: the
            # command's own timeout stops it (docs/reliability.md).
            self.assertIn("timed out after 1 s; killed", err)
            return
        # The kernel's soft lockup report, at the driver's line.
        self.assertIn("watchdog: BUG: soft lockup - CPU#0 stuck for 1s! [insmod:", out)
        self.assertIn("tests/cli/hang.c:9 (hang_init)", err)

    def test_json(self):
        rc, out, err = kshim("run", module("modules/hwid/hwid.c"), "--json")
        self.assertEqual(rc, INIT)
        r = json.loads(out)
        self.assertEqual(r["module"], "hwid")
        self.assertEqual(r["init"]["ret"], -19)
        self.assertEqual(r["init"]["errname"], "-ENODEV")
        self.assertIsNone(r["rmmod"])
        self.assertEqual(r["dmesg"][0]["level"], 6)
        self.assertEqual(r["dmesg"][0]["text"], "hwid: no device at 0xfed00000 (id 0xffffffff)")
        self.assertEqual(r["defects"], [])
        self.assertEqual(r["status"], INIT)

    def test_json_defects(self):
        rc, out, err = kshim("run", module("tests/cli/leaky.c"), "--json")
        self.assertEqual(rc, DEFECTS)
        r = json.loads(out)
        self.assertEqual(r["rmmod"]["ret"], 0)
        self.assertEqual(r["defects"][0]["kind"], "leak")

    def test_missing_file(self):
        rc, out, err = kshim("run", "nosuch.so")
        self.assertEqual(rc, USAGE)
        self.assertIn("insmod: ERROR: could not load module nosuch.so: No such file or directory", err)

    def test_not_an_elf_file(self):
        with open(os.path.join(TMP, "text.so"), "w") as f:
            f.write("not a module\n")
        rc, out, err = kshim("run", "text.so")
        self.assertEqual(rc, USAGE)
        self.assertIn("could not insert module text.so: Invalid module format", err)

    def test_not_a_module(self):
        so = os.path.join(TMP, "notmod.so")
        subprocess.run(["cc", "-shared", "-fPIC", "-o", so,
                        os.path.join(SRC, "tests/cli/notmod.c")], check=True)
        rc, out, err = kshim("run", "notmod.so")
        self.assertEqual(rc, USAGE)
        self.assertIn("notmod.so: not a kshim module", err)

    def test_unknown_symbol(self):
        rc, out, err = kshim("run", module("tests/cli/unknown_sym.c"))
        self.assertEqual(rc, USAGE)
        self.assertIn("Unknown symbol kshim_test_no_such_kernel_function", err)
        self.assertIn("could not insert module unknown_sym.so: Unknown symbol in module", err)

    def test_module_name_clash(self):
        import shutil
        so = module("modules/hello/hello.c")
        os.makedirs(os.path.join(TMP, "other"), exist_ok=True)
        shutil.copy(os.path.join(TMP, so), os.path.join(TMP, "other", so))
        rc, out, err = kshim("boot", so, "other/" + so)
        self.assertEqual(rc, USAGE)
        self.assertIn("other/hello.so: module hello is loaded already from another file: "
                      "a name clash (EEXIST)", err)

    def test_builtin_module_is_not_loadable(self):
        rc, out, err = kshim("run", module("modules/hello/hello.c", builtin=True))
        self.assertEqual(rc, USAGE)
        self.assertIn("built-in code", err)

    def test_no_module(self):
        rc, out, err = kshim("run")
        self.assertEqual(rc, USAGE)
        self.assertIn("no module given", err)

    def test_bad_options(self):
        so = module("modules/hello/hello.c")
        for args, text in ((["--frob"], "--frob: unknown option"),
                           (["--timeout", "soon"], "--timeout soon: not a number"),
                           (["--timeout"], "--timeout: needs a value"),
                           (["--mmio", "0xfed00000"], "--mmio 0xfed00000: expected"),
                           (["--mmio", "1:2:x"], "expected PHYS:SIZE"),
                           (["--unclaimed", "ones"], "--unclaimed ones: not a number"),
                           (["--i2c", "0:0x07"], "--i2c 0:0x07: the address must be 0x08..0x77"),
                           (["--i2c", "0"], "--i2c 0: expected BUS:ADDR[:TYPE][:REG=VALUE,...]"),
                           (["--i2c", "0:0x20:chip:0=256"], "expected BUS:ADDR"),
                           (["--i2c", "0:0x20:chip:256=1"], "expected BUS:ADDR"),
                           (["--i2c", "0:0x20::"], "expected BUS:ADDR"),
                           (["--platform", "mmtemp:mem=1"], "--platform mmtemp:mem=1: expected NAME"),
                           (["--platform", "mmtemp:irq=1+2"], "expected NAME[:mem=PHYS+SIZE]"),
                           (["--platform", "mmtemp:mem=0+0"], "expected NAME"),
                           (["--platform", "mmtemp:label=x"], "expected NAME"),
                           (["--platform", ""], "expected NAME")):
            rc, out, err = kshim("run", so, *args)
            self.assertEqual(rc, USAGE, args)
            self.assertIn(text, err)


class Sweep(unittest.TestCase):
    def test_clean(self):
        rc, out, err = kshim("sweep", module("tests/modules/sweep_good.c"))
        self.assertEqual(rc, CLEAN, out + err)
        self.assertIn("sweep of sweep_good: 3 fallible calls in init", out)
        self.assertIn("sweep_good: all 3 failure paths clean", out)

    def test_leak(self):
        rc, out, err = kshim("sweep", module("tests/modules/sweep_leaky.c"))
        self.assertEqual(rc, DEFECTS)
        self.assertIn("LEAK", out)
        self.assertIn("sweep_leaky: 1 of 2 failure paths are not clean", out)

    def test_bad_return(self):
        rc, out, err = kshim("sweep", module("tests/modules/sweep_badret.c"))
        self.assertEqual(rc, DEFECTS)
        self.assertIn("BAD RETURN", out)

    def test_crash(self):
        rc, out, err = kshim("sweep", module("tests/modules/lc_bug.c"), "mode=1")
        self.assertEqual(rc, CRASH)
        self.assertIn("CRASH", out)

    def test_i2c_probe(self):
        # Driver registration probes the chip: probe's calls are swept too.
        rc, out, err = kshim("sweep", module("tests/modules/i2c_demo.c"), *DEMO_CHIP)
        self.assertEqual(rc, CLEAN, out + err)
        self.assertRegex(out, r"i2c_smbus_read_byte_data +\S*tests/modules/i2c_demo.c:\d+ "
                         r"\(demo_probe\) +0 +ok \(probe -EIO\)")
        self.assertIn("i2c_demo: all 6 failure paths clean", out)

    def test_platform_probe(self):
        rc, out, err = kshim("sweep", module("modules/mmtemp/mmtemp.c"), *MMTEMP)
        self.assertEqual(rc, CLEAN, out + err)
        self.assertRegex(out, r"devm_kzalloc +\S*modules/mmtemp/mmtemp.c:\d+ \(mmtemp_probe\) +0 +"
                         r"ok \(probe -ENOMEM\)")
        self.assertIn("mmtemp: all 11 failure paths clean", out)
        # devm_request_irq()'s record and request, at the driver's line.
        self.assertRegex(out, r"request_irq +\S*modules/mmtemp/mmtemp.c:\d+ \(mmtemp_probe\)")
        self.assertNotIn("kshim/kernel/", out)

    def test_device(self):
        rc, out, err = kshim("sweep", module("modules/hwid/hwid.c"), *HPET)
        self.assertEqual(rc, CLEAN, out + err)
        self.assertIn("modules/hwid/hwid.c:65 (hwid_init)", out)

    def test_json(self):
        rc, out, err = kshim("sweep", module("tests/modules/sweep_leaky.c"), "--json")
        self.assertEqual(rc, DEFECTS)
        r = json.loads(out)
        self.assertEqual(len(r["steps"]), 3)
        self.assertEqual(r["steps"][2]["outcome"], "LEAK")
        self.assertEqual(r["steps"][2]["errname"], "-ENOMEM")
        self.assertEqual(r["steps"][2]["call"], "kmalloc")
        self.assertEqual(r["failures"], 1)

    def test_timeout(self):
        rc, out, err = kshim("sweep", module("tests/cli/hang.c"), "--timeout", "1")
        self.assertEqual(rc, CRASH)
        if UNDER_TSAN:
            self.assertIn("timed out after 1 s; killed", err)
            return
        self.assertIn("soft lockup - CPU#0 stuck for 1s!", err)
        self.assertIn("CRASH", out)


class Boot(unittest.TestCase):
    def test_all_succeed(self):
        rc, out, err = kshim("boot", module("modules/hello/hello.c"))
        self.assertEqual(rc, CLEAN, err)
        self.assertIn("hello: initialized successfully", out)
        self.assertIn("kshim: hello: initcall returned 0", out)

    def test_failure_does_not_stop_the_boot(self):
        rc, out, err = kshim("boot", module("modules/hwid/hwid.c"),
                             module("modules/hello/hello.c"))
        self.assertEqual(rc, INIT)
        self.assertIn("hwid: no device", out)
        self.assertIn("hello: initialized successfully", out)
        self.assertIn("kshim: hwid: initcall returned -ENODEV", out)

    def test_levels_of_a_builtin_build(self):
        # Built with --builtin, initcall levels are kept: core before subsys.
        rc, out, err = kshim("boot", module("tests/modules/boot_fail.c", builtin=True),
                             module("tests/modules/boot_a.c", builtin=True))
        self.assertEqual(rc, INIT)
        self.assertLess(out.index("boot_a: core"), out.index("boot_fail: subsys"))
        self.assertLess(out.index("boot_fail: subsys"), out.index("boot_a: late"))

    def test_command_line(self):
        rc, out, err = kshim("boot", module("tests/modules/boot_b.c", builtin=True),
                             "boot_b.level=5", "initcall_debug")
        self.assertEqual(rc, CLEAN, err)
        self.assertIn("boot_b: device, level=5", out)
        self.assertIn("calling  boot_b_init+", out)

    def test_crash(self):
        rc, out, err = kshim("boot", module("tests/modules/lc_bug.c"), "lc_bug.mode=1")
        self.assertEqual(rc, CRASH)
        self.assertIn("kernel BUG at", out)

    def test_json(self):
        rc, out, err = kshim("boot", module("modules/hwid/hwid.c"), "--json")
        self.assertEqual(rc, INIT)
        r = json.loads(out)
        self.assertEqual(r["initcalls"], [{"module": "hwid", "ret": -19, "crashed": False}])


class Modinfo(unittest.TestCase):
    def test_fields(self):
        rc, out, err = kshim("modinfo", module("modules/hwid/hwid.c"))
        self.assertEqual(rc, CLEAN, err)
        self.assertRegex(out, r"^filename: +/.*hwid.so\n")
        self.assertIn("license:        GPL\n", out)
        self.assertIn("description:    Finds a device by its ID register", out)
        self.assertIn("parm:           base:Physical address of the register window "
                      "(default 0xfed00000) (ulong)\n", out)
        self.assertIn("parm:           vendor:", out)
        self.assertIn("(ushort)\n", out)

    def test_parameter_without_description(self):
        rc, out, err = kshim("modinfo", module("tests/modules/lc_bug.c"))
        self.assertIn("parm:           mode:int\n", out)

    def test_missing_file(self):
        rc, out, err = kshim("modinfo", "nosuch.so")
        self.assertEqual(rc, USAGE)


class Scenario(unittest.TestCase):
    def test_transcript(self):
        module("modules/hello/hello.c")
        module("modules/hwid/hwid.c")
        scn = os.path.join(TMP, "s.scn")
        with open(scn, "w") as f:
            f.write("# a comment\ninsmod hello\ninsmod hello\nrmmod hello\nrmmod hello\n"
                    "insmod hwid 'vendor=\"0x10de\"'\n")
        rc, out, err = kshim("scenario", scn, "--modules", TMP, *HPET)
        self.assertEqual(rc, CLEAN, err)
        self.assertEqual(out.splitlines(), [
            "@@step 1 insmod hello",
            "@@status 0",
            "<6>hello: initialized successfully",
            "@@step 2 insmod hello",
            "@@stderr insmod: ERROR: could not insert module hello.ko: File exists",
            "@@status 1",
            "@@step 3 rmmod hello",
            "@@status 0",
            "<6>hello: exiting",
            "@@step 4 rmmod hello",
            "@@stderr rmmod: ERROR: Module hello is not currently loaded",
            "@@status 1",
            "@@step 5 insmod hwid 'vendor=\"0x10de\"'",
            "@@stderr insmod: ERROR: could not insert module hwid.ko: No such device",
            "@@status 1",
            "<6>hwid: no device at 0xfed00000 (id 0x8086a201)",
            "@@end"])

    def test_crash_and_panic(self):
        module("tests/modules/lc_bug.c")
        module("tests/modules/lc_panic.c")
        scn = os.path.join(TMP, "crash.scn")
        with open(scn, "w") as f:
            f.write("insmod lc_bug mode=1\nrmmod lc_bug\ninsmod lc_panic\ninsmod lc_bug\n")
        rc, out, err = kshim("scenario", scn, "--modules", TMP)
        lines = out.splitlines()
        # An oops kills insmod with SIGSEGV: the shell's status is 139.
        self.assertEqual(lines[1], "@@status 139")
        self.assertIn("<2>kernel BUG at %s/tests/modules/lc_bug.c:15!" % SRC, lines)
        # kmod finds the loader's reference, never dropped: "in use".
        self.assertIn("@@stderr rmmod: ERROR: Module lc_bug is in use", lines)
        # After a panic nothing more runs.
        self.assertIn("@@status panic", lines)
        self.assertIn("<0>Kernel panic - not syncing: lc_panic: out of options (42)", lines)
        self.assertNotIn("@@step 4 insmod lc_bug", lines)
        self.assertEqual(lines[-1], "@@end")

    def test_bad_scenario(self):
        scn = os.path.join(TMP, "bad.scn")
        with open(scn, "w") as f:
            f.write("insmod hello\nmodprobe hello\n")
        rc, out, err = kshim("scenario", scn, "--modules", TMP)
        self.assertEqual(rc, USAGE)
        self.assertIn("bad.scn:2: `modprobe hello': expected insmod MODULE [ARGS] or rmmod MODULE", err)
        rc, out, err = kshim("scenario", scn)
        self.assertEqual(rc, USAGE)


class Usage(unittest.TestCase):
    def test_help(self):
        for cmd in ("build", "run", "sweep", "boot", "modinfo", "scenario"):
            rc, out, err = kshim(cmd, "--help")
            self.assertEqual(rc, CLEAN, cmd)
            self.assertIn("usage: kshim " + cmd, out)
        rc, out, err = kshim("--help")
        self.assertEqual(rc, CLEAN)
        self.assertIn("usage: kshim COMMAND", out)

    def test_no_command(self):
        rc, out, err = kshim()
        self.assertEqual(rc, USAGE)
        self.assertIn("usage: kshim COMMAND", err)

    def test_unknown_command(self):
        rc, out, err = kshim("frob")
        self.assertEqual(rc, USAGE)
        self.assertIn("kshim: frob: unknown command", err)

    def test_colours_only_on_a_terminal(self):
        import pty
        so = os.path.join(TMP, module("modules/hello/hello.c"))
        rc, out, err = kshim("run", so)
        self.assertNotIn("\033[", out)
        # The same run with its stdout on a terminal.
        pid, fd = pty.fork()
        if pid == 0:
            os.environ.pop("NO_COLOR", None)
            os.execv(KSHIM, [KSHIM, "run", so])
        data = b""
        while True:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            data += chunk
        os.waitpid(pid, 0)
        self.assertIn(b"\033[32mclean\033[0m", data)

    def test_works_from_any_directory(self):
        so = os.path.join(TMP, module("modules/hello/hello.c"))
        rc, out, err = kshim("run", so, cwd="/")
        self.assertEqual(rc, CLEAN, err)


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
