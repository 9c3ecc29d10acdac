#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Locking, sleeping, time, workqueues, hrtimers, kthreads, tasklets, RCU,
IRQ flags and notifier chains on the kernel-tree path.

Usage: test_kernel_tree_sched.py KSHIM KSHIM_UML SOURCE_ROOT KERNEL_TREE.
Each module under tests/kernel-tree/ is built both ways and must give the
same dmesg, exit status and defect reports; and what it reports must be
what really happened: lockdep's report at the driver's lines, a timer that
fires only once virtual time has passed it.
"""
import os
import re
import unittest

from kernel_tree import *  # noqa: F401,F403 (the shared harness of these tests)


def steady(text):
    """Not compared: timestamps, lock addresses (%px), pids."""
    text = re.sub(r"^\[ *\d+\.\d+\]", "[time]", text, flags=re.M)
    text = re.sub(r"\b[0-9a-f]{16}\b", "ADDR", text)
    text = re.sub(r"PID: \d+", "PID: PID", text)
    text = re.sub(r"pid: \d+", "pid: PID", text)
    return re.sub(r"/\d+\b", "/PID", text)


def dmesg(out, tag):
    """The module's own log lines, without timestamps."""
    return [l.split("] ", 1)[1] for l in out.splitlines()
            if l.startswith("[") and "] " + tag in l]


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


    def test_hrtimer_fires_after_virtual_time(self):
        rc, out, _ = self.same("tests/kernel-tree/hr_timer.c", "run")
        self.assertEqual(rc, CLEAN)
        self.assertEqual(dmesg(out, "hr_timer:"), [
            "hr_timer: started, queued 1",
            "hr_timer: after 10 ms: fired 0",
            "hr_timer: fired 1",
            "hr_timer: after 35 ms: fired 1",
            "hr_timer: fired 2",
            "hr_timer: fired 3",
            "hr_timer: after 85 ms: fired 3, queued 0, 85 ms passed",
            "hr_timer: restarted, cancel 0, again 1",
            "hr_timer: exit, fired 3",
        ])

    def test_set_current_state_and_schedule_on_current(self):
        rc, out, _ = self.same("tests/kernel-tree/kt_current.c", "run")
        self.assertEqual(rc, CLEAN)
        self.assertEqual(dmesg(out, "kt_current:"), [
            "kt_current: slept 50 ms, left 0, state 0",
            "kt_current: woken after 20 ms, time left 1",
            "kt_current: condition after 30 ms, signal 0",
            "kt_current: stalled wait ends with a signal: 1",
        ])

    def test_tasklet_and_rcu_grace_periods(self):
        rc, out, _ = self.same("tests/kernel-tree/rcu_tasklet.c", "run")
        self.assertEqual(rc, CLEAN)
        self.assertEqual(dmesg(out, "rcu_tasklet:"), [
            "rcu_tasklet: scheduled, ran 0",
            "rcu_tasklet: tasklet ran, in_softirq 1",
            "rcu_tasklet: after the wait, ran 1",
            "rcu_tasklet: read 1, held 1",
            "rcu_tasklet: after unlock, held 0",
            "rcu_tasklet: call_rcu queued, ran 0",
            "rcu_tasklet: callback for item 1",
            "rcu_tasklet: after synchronize_rcu, ran 1",
            "rcu_tasklet: exit",
        ])

    def test_sleeping_in_an_rcu_reader_is_reported(self):
        rc, out, err = self.same("tests/kernel-tree/rcu_sleep.c", "run")
        self.assertEqual(rc, DEFECTS)
        self.assertIn("BUG: scheduling while atomic", out)
        self.assertIn("in an RCU read-side critical section", err)
        self.assertIn("tests/kernel-tree/rcu_sleep.c:22 suspicious "
                      "rcu_dereference_check() usage!", out)

    def test_local_irq_save_then_sleeping_is_reported(self):
        rc, out, err = self.same("tests/kernel-tree/irq_flags.c", "run")
        self.assertEqual(rc, DEFECTS)
        self.assertEqual(dmesg(out, "irq_flags:"), [
            "irq_flags: at start, disabled 0",
            "irq_flags: saved, disabled 1, was off 0",
            "irq_flags: nested, inner was off 1",
            "irq_flags: inner restored, disabled 1",
            "irq_flags: restored, disabled 0",
            "irq_flags: after disable/enable, disabled 0",
        ])
        self.assertIn("irqs_disabled(): 1", out)
        self.assertIn("called at tests/kernel-tree/irq_flags.c:30 while IRQs "
                      "disabled", err)


class OnlyTheKernelTreePath(unittest.TestCase):
    """What the old path has no API for: kthreads, notifier chains,
    schedule_hrtimeout()."""

    def uml(self, name):
        return run(UML, "run", built(UML, "tests/kernel-tree/%s.c" % name, "uml"))

    def test_kthread_runs_in_virtual_time_and_stops(self):
        rc, out, err = self.uml("kt_thread")
        self.assertEqual(rc, CLEAN, err)
        self.assertEqual(dmesg(out, "kt_thread:"), [
            "kt_thread: created kt_worker/0, ticks 0",
            "kt_thread: kt_worker/0 running, kthread 1, data hello",
            "kt_thread: init saw 5 ticks, in time 1",
            "kt_thread: never stopped: -4",
            "kt_thread: told to stop after 5 ticks",
            "kt_thread: worker stopped: 42",
        ])

    def test_notifier_chains_in_priority_order(self):
        rc, out, err = self.uml("notif_chain")
        self.assertEqual(rc, CLEAN, err)
        self.assertEqual(dmesg(out, "notif_chain:"), [
            "notif_chain: atomic order 9951, ret 0x1",
            "notif_chain: stopped at 995, ret 0x8001",
            "notif_chain: blocking order 95, ret 0x1, unregister -2 0",
            "notif_chain: raw empty chain after unregister: 1",
            "notif_chain: reboot 0, panic 0",
            "notif_chain: running 1, bitrev8(0x01) 0x80, bitrev8(0xb4) 0x2d, "
            "__pa identity 1",
        ])

    def test_hrtimer_state_and_schedule_hrtimeout(self):
        rc, out, err = self.uml("hr_uml")
        self.assertEqual(rc, CLEAN, err)
        self.assertEqual(dmesg(out, "hr_uml:"), [
            "hr_uml: active 1, remaining 30 ms",
            "hr_uml: schedule_hrtimeout 0, 40 ms passed",
            "hr_uml: callback saw itself running: 1, active now 0",
        ])


class NothingMissing(unittest.TestCase):
    def test_the_test_modules_need_nothing_kshim_lacks(self):
        for m in ("lock_order", "time_timer", "hr_timer", "hr_uml", "kt_thread",
                  "kt_current", "rcu_tasklet", "rcu_sleep", "irq_flags",
                  "notif_chain"):
            out = os.path.join(TMP, "check", m + ".so")
            os.makedirs(os.path.dirname(out), exist_ok=True)
            rc, _, err = run(UML, "build", "tests/kernel-tree/%s.c" % m, "-o", out)
            self.assertEqual(rc, CLEAN, err)
            # kfree_rcu() with TINY_RCU is an inline that names kvfree()
            # (mm/'s, not there yet) on a path these modules never take.
            err = err.replace('"kvfree" [rcu_tasklet] is not simulated', "")
            self.assertNotIn("not simulated", err)


if __name__ == "__main__":
    main()
