/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * kshim for cmocka tests: every test starts on a fresh simulated kernel, and
 * fails at teardown if the kernel saw a defect the test did not clear
 * (a leak, a bad free, an overrun, BUG, panic, WARN, a crash).
 */
#ifndef _KSHIM_CMOCKA_H
#define _KSHIM_CMOCKA_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <kshim/kshim.h>

int kshim_test_setup(void **state);
int kshim_test_teardown(void **state);

/* A cmocka test run on a fresh kernel and checked for defects after. */
#define kshim_unit_test(f) \
	cmocka_unit_test_setup_teardown(f, kshim_test_setup, kshim_test_teardown)

/* Run a group of kshim tests; returns the number that failed. */
#define kshim_run_tests(group) \
	(kshim_cmocka_init(), cmocka_run_group_tests(group, NULL, NULL))
void kshim_cmocka_init(void);

/* Log assertions: a record at @level (KSHIM_LOG_ANY for any) containing @text. */
#define assert_log_contains(level, text) \
	_kshim_assert_log(level, text, true, __FILE__, __LINE__)
#define assert_log_lacks(level, text) \
	_kshim_assert_log(level, text, false, __FILE__, __LINE__)
void _kshim_assert_log(int level, const char *text, bool present,
		       const char *file, int line);

/* The kernel saw exactly @n defects of @kind; they are then cleared. */
#define assert_defects(kind, n) _kshim_assert_defects(kind, n, __FILE__, __LINE__)
void _kshim_assert_defects(enum kshim_defect_kind kind, size_t n,
			   const char *file, int line);

/* A sweep of @module's init in which every failure path is clean. */
#define assert_sweep_clean(module, args) \
	_kshim_assert_sweep_clean(module, args, __FILE__, __LINE__)
void _kshim_assert_sweep_clean(const char *module, const char *args,
			       const char *file, int line);

#endif /* _KSHIM_CMOCKA_H */
