#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Crash isolation seen from outside: run test_crash_meta, a cmocka runner in
which three tests crash without expecting it, and check that each crash
failed only its own test, with its report and the kernel log up to it, and
that the runner exited with the number of failures, not by a signal.

Usage: test_crash_meta.py <test_crash_meta binary>"""
import os
import subprocess
import sys


def main():
    env = dict(os.environ, KSHIM_LOGLEVEL='8', KSHIM_WATCHDOG='10')
    # cmocka's own handler for a fault in test code calls calloc(): under
    # TSan that is a "signal-unsafe call" report, cmocka's, not kshim's.
    tsan = env.get('TSAN_OPTIONS', '')
    env['TSAN_OPTIONS'] = (tsan + ':' if tsan else '') + 'report_signal_unsafe=0'
    p = subprocess.run([sys.argv[1]], env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, timeout=120)
    out = p.stdout.decode('utf-8', 'replace')
    errors = []

    def check(cond, what):
        if not cond:
            errors.append(what)

    # Each test's part of the output: from its RUN line to the next one.
    parts = {}
    for chunk in out.split('[ RUN      ] ')[1:]:
        name = chunk.split('\n', 1)[0].strip()
        parts[name] = chunk

    check(p.returncode == 3,
          'exit status %d, expected 3 (the number of failed tests)' % p.returncode)
    check('[==========] 6 test(s) run.' in out, 'not all 6 tests ran')
    check('[  PASSED  ] 3 test(s).' in out, 'not 3 tests passed')
    for name in ('passes_first', 'passes_between', 'passes_last'):
        check('[       OK ] ' + name in parts.get(name, ''), name + ' did not pass')

    expect = {
        'unexpected_bug': [
            '[  ERROR   ] unexpected_bug',
            # The defect, as the teardown reports it.
            '  BUG: kernel BUG at tests/modules/crash_zoo.c:51! in module crash_zoo',
            # The kernel log up to the crash, echoed to the console.
            'crash_zoo: crash=bug',
            'kernel BUG at tests/modules/crash_zoo.c:51!',
            'invalid opcode: 0000 [#1] PREEMPT SMP NOPTI',
            'RIP: 0010:crash_now+0x',
            'Call Trace:',
        ],
        'unexpected_null': [
            '[  ERROR   ] unexpected_null',
            '  crash: Segmentation fault (signal 11, SIGSEGV) in module crash_zoo'
            ' at tests/modules/crash_zoo.c:39 (crash_now)',
            'crash_zoo: crash=null',
            'BUG: kernel NULL pointer dereference, address: 0000000000000000',
            'Oops: 0000 [#1] PREEMPT SMP NOPTI',
            'RIP: 0010:crash_now+0x',
        ],
        'test_code_faults': [
            'Test failed with exception: Segmentation fault',
            '[  FAILED  ] test_code_faults',
        ],
    }
    for name, texts in expect.items():
        for text in texts:
            check(text in parts.get(name, ''),
                  '%s: no "%s" in its output' % (name, text))
    # Each failure stays in its own test's output.
    check('kernel BUG' not in parts.get('passes_between', 'kernel BUG'),
          'the BUG report leaked into the next test')
    check('3 FAILED TEST(S)' in out, 'no "3 FAILED TEST(S)" summary')

    if errors:
        print(out)
        for e in errors:
            print('FAIL:', e)
        return 1
    print('crash isolation: 3 unexpected crashes, 3 failures, 3 passes, exit 3')
    return 0


if __name__ == '__main__':
    sys.exit(main())
