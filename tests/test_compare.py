#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""conformance/compare on transcripts written for it: what must differ
between kshim and Linux is normalised away, anything else is a mismatch.

Usage: test_compare.py SOURCE_ROOT
"""
import os
import subprocess
import sys
import tempfile
import unittest

COMPARE = os.path.join(os.path.abspath(sys.argv[1]), "conformance", "compare")

# What Linux 6.1 logs for BUG() in a module's init (trimmed).
LINUX_BUG = """@@step 1 insmod lc_bug mode=1
@@status 139
<6>lc_bug: loading out-of-tree module taints kernel.
<4>lc_bug: module verification failed: signature and/or required key missing - tainting kernel
<6>lc_bug: init, mode 1
<4>------------[ cut here ]------------
<2>kernel BUG at /tmp/kbuild.x1/tests/modules/lc_bug.c:15!
<4>invalid opcode: 0000 [#1] PREEMPT SMP NOPTI
<4>CPU: 0 PID: 71 Comm: insmod Tainted: G           OE      6.1.0-56-amd64 #1  Debian 6.1.192-2
<4>Hardware name: QEMU Standard PC (i440FX + PIIX, 1996), BIOS 1.16.2-debian-1.16.2-1 04/01/2014
<4>RIP: 0010:lc_bug_init+0x2a/0x1000 [lc_bug]
<4>Code: Unable to access opcode bytes at 0xffffffffc0a0f000.
<4>RSP: 0018:ffffb4a1c019bc70 EFLAGS: 00010246
<4>RAX: 0000000000000017 RBX: 0000000000000000 RCX: 0000000000000000
<4>Call Trace:
<4> <TASK>
<4> do_one_initcall+0x5b/0x220
<4> </TASK>
<4>---[ end trace 0000000000000000 ]---
@@end
"""

KSHIM_BUG = """@@step 1 insmod lc_bug mode=1
@@status 139
<6>lc_bug: init, mode 1
<4>------------[ cut here ]------------
<2>kernel BUG at tests/modules/lc_bug.c:15!
<4>invalid opcode: 0000 [#1] PREEMPT SMP NOPTI
<4>CPU: 0 PID: 28214 Comm: insmod
<4>---[ end trace 0000000000000000 ]---
@@end
"""


def compare(kshim, linux):
    with tempfile.TemporaryDirectory() as d:
        for side, text in (("kshim", kshim), ("linux", linux)):
            os.mkdir(os.path.join(d, side))
            with open(os.path.join(d, side, "s.txt"), "w") as f:
                f.write(text)
        p = subprocess.run([sys.executable, COMPARE, os.path.join(d, "kshim"),
                            os.path.join(d, "linux"), "--doc", os.path.join(d, "doc.md")],
                           capture_output=True, text=True)
        with open(os.path.join(d, "doc.md")) as f:
            return p.returncode, p.stdout, f.read()


class Compare(unittest.TestCase):
    def test_oops_details_are_normalised(self):
        rc, out, doc = compare(KSHIM_BUG, LINUX_BUG)
        self.assertEqual(rc, 0, out)
        self.assertIn("1 of 1 scenarios match", out)
        self.assertIn("| s | `insmod lc_bug mode=1` | 139 | 139 | yes |", doc)

    def test_a_wrong_message_is_caught(self):
        wrong = KSHIM_BUG.replace("kernel BUG at", "kernel bug at")
        rc, out, doc = compare(wrong, LINUX_BUG)
        self.assertEqual(rc, 1)
        self.assertIn("step 1: kernel log differs", out)
        self.assertIn("-<2>kernel bug at lc_bug.c:15!", out)
        self.assertIn("+<2>kernel BUG at lc_bug.c:15!", out)
        self.assertIn("**no**", doc)

    def test_a_wrong_level_is_caught(self):
        wrong = KSHIM_BUG.replace("<6>lc_bug: init", "<4>lc_bug: init")
        rc, out, doc = compare(wrong, LINUX_BUG)
        self.assertEqual(rc, 1)

    def test_a_wrong_status_is_caught(self):
        wrong = KSHIM_BUG.replace("@@status 139", "@@status 1")
        rc, out, doc = compare(wrong, LINUX_BUG)
        self.assertEqual(rc, 1)
        self.assertIn("step 1: status 1 on kshim, 139 on Linux", out)

    def test_stderr_is_compared(self):
        linux = "@@step 1 rmmod hello\n@@stderr rmmod: ERROR: Module hello is not currently loaded\n@@status 1\n@@end\n"
        kshim = linux.replace("not currently loaded", "not loaded")
        self.assertEqual(compare(linux, linux)[0], 0)
        rc, out, doc = compare(kshim, linux)
        self.assertEqual(rc, 1)
        self.assertIn("step 1: stderr differs", out)

    def test_missing_steps_are_caught(self):
        one = "@@step 1 insmod hello\n@@status 0\n<6>hello: initialized successfully\n@@end\n"
        two = one.replace("@@end\n", "@@step 2 rmmod hello\n@@status 0\n<6>hello: exiting\n@@end\n")
        rc, out, doc = compare(one, two)
        self.assertEqual(rc, 1)
        self.assertIn("kshim ran 1 steps, Linux 2", out)

    def test_warning_paths_pids_and_offsets(self):
        linux = ("@@step 1 insmod lc_warn\n@@status 0\n"
                 "<4>WARNING: CPU: 0 PID: 70 at /tmp/k/tests/modules/lc_warn.c:9 lc_warn_init+0x15/0x1000 [lc_warn]\n"
                 "<4>Modules linked in: lc_warn(OE+)\n@@end\n")
        kshim = ("@@step 1 insmod lc_warn\n@@status 0\n"
                 "<4>WARNING: CPU: 0 PID: 28291 at tests/modules/lc_warn.c:9 lc_warn_init [lc_warn]\n"
                 "<4>Modules linked in: lc_warn(OE+)\n@@end\n")
        self.assertEqual(compare(kshim, linux)[0], 0)
        self.assertEqual(compare(kshim.replace(".c:9", ".c:10"), linux)[0], 1)


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
