#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Locking, sleeping, time and workqueues on the kernel-tree path.

Usage: test_kernel_tree_sched.py KSHIM KSHIM_UML SOURCE_ROOT KERNEL_TREE.
Each module under tests/kernel-tree/ is built both ways and must give the
same dmesg, exit status and defect reports; and what it reports must be
what really happened: lockdep's report at the driver's lines, a timer that
fires only once virtual time has passed it.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

KSHIM, UML, SRC, TREE = (os.path.abspath(a) for a in sys.argv[1:5])
TMP = tempfile.mkdtemp(prefix="kshim-tree-sched-")
CLEAN, INIT, DEFECTS, CRASH, USAGE = 0, 1, 2, 3, 4


def run(prog, *args):
    p = subprocess.run([prog] + list(args), cwd=SRC, capture_output=True,
                       text=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


def built(prog, path, tag):
    name = os.path.splitext(os.path.basename(path))[0]
    out = os.path.join(TMP, tag, name + ".so")
    if not os.path.exists(out):
        os.makedirs(os.path.dirname(out), exist_ok=True)
        rc, _, err = run(prog, "build", path, "-o", out)
        if rc:
            raise RuntimeError("%s build %s: %s" % (prog, path, err))
    return out


def steady(text):
    """Not compared: timestamps, lock addresses (%px), pids."""
    text = re.sub(r"^\[ *\d+\.\d+\]", "[time]", text, flags=re.M)
    text = re.sub(r"\b[0-9a-f]{16}\b", "ADDR", text)
    text = re.sub(r"PID: \d+", "PID: PID", text)
    return re.sub(r"/\d+\b", "/PID", text)


class SameAsTheOldPath(unittest.TestCase):
    def same(self, path, *args):
        old = run(KSHIM, args[0], built(KSHIM, path, "old"), *args[1:])
        new = run(UML, args[0], built(UML, path, "uml"), *args[1:])
        self.assertEqual(old[0], new[0], "exit status\n" + old[2] + new[2])
        self.assertEqual(steady(old[1]), steady(new[1]))
        self.assertEqual(steady(old[2]).replace("/old/", "/"),
                         steady(new[2]).replace("/uml/", "/"))
        return new

    def test_lock_order_is_lockdeps_report(self):
        rc, out, err = self.same("tests/kernel-tree/lock_order.c", "run")
        self.assertEqual(rc, DEFECTS)
        self.assertIn("lock_order: a then b, locked: 1", out)
        # spin_is_locked() and mutex_is_locked() read the real fields.
        self.assertIn("lock_order: spin_is_locked 1", out)
        self.assertIn("lock_order: after unlock 0", out)
        self.assertIn("lock_order: unlocked: 0", out)
        self.assertIn("WARNING: possible circular locking dependency detected", out)
        self.assertIn("(lock_a), at: tests/kernel-tree/lock_order.c:33", out)
        self.assertIn("(&lock_b), at: tests/kernel-tree/lock_order.c:32", out)
        self.assertIn("lock (lock_a) taken at tests/kernel-tree/lock_order.c:20, "
                      "then lock (&lock_b) at tests/kernel-tree/lock_order.c:21", err)

    def test_timer_work_completion_in_virtual_time(self):
        rc, out, _ = self.same("tests/kernel-tree/time_timer.c", "run")
        self.assertEqual(rc, CLEAN)
        lines = [l.split("] ", 1)[1] for l in out.splitlines()
                 if l.startswith("[") and "time_timer:" in l]
        self.assertEqual(lines, [
            "time_timer: armed, pending 1",
            "time_timer: after 50 ms: fired 0",
            "time_timer: timer fired, pending 0",
            "time_timer: after 150 ms: fired 1, 150 ms passed",
            "time_timer: work ran",
            "time_timer: completed: 1",
            "time_timer: second wait timed out: 1, 350 ms passed",
            "time_timer: exit",
        ])


class NothingMissing(unittest.TestCase):
    def test_the_test_modules_need_nothing_kshim_lacks(self):
        for m in ("lock_order", "time_timer"):
            out = os.path.join(TMP, "check", m + ".so")
            os.makedirs(os.path.dirname(out), exist_ok=True)
            rc, _, err = run(UML, "build", "tests/kernel-tree/%s.c" % m, "-o", out)
            self.assertEqual(rc, CLEAN, err)
            self.assertNotIn("not simulated", err)


if __name__ == "__main__":
    try:
        unittest.main(argv=sys.argv[:1], verbosity=2)
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
