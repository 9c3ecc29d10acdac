/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What kshim's host-side files share. Host side: the C library is fine here,
 * kernel headers never are.
 */
#ifndef _KSHIM_HOST_INTERNAL_H
#define _KSHIM_HOST_INTERNAL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <kshim/kapi.h>
#include <kshim/kshim.h>

#define KSHIM_PRINTF(a, b) __attribute__((format(printf, a, b)))

/*
 * Record a defect: @fmt is formatted with the kernel's vsnprintf (so %pe
 * and friends work) and kept as the defect's report; it is also echoed to
 * stderr as "kshim: <report>". Multi-line reports are fine.
 */
void kshim_defect(enum kshim_defect_kind kind, const char *fmt, ...) KSHIM_PRINTF(2, 3);

/* Print a kernel log record from host code (kernel formats; no level prefix). */
void kshim_klog(int level, const char *fmt, ...) KSHIM_PRINTF(2, 3);

/* "file:line (func)" of a call site, into @buf; "an unknown site" for NULL. */
const char *kshim_site_str(const struct kshim_site *site, char *buf, size_t len);

/* Every subsystem forgets its state when the simulated kernel is reset. */
void kshim_log_reset(void);
void kshim_defect_reset(void);
void kshim_slab_reset(void);	/* after the leak check: frees what is left */
void kshim_fault_reset(void);	/* disarms, zeroes the counts, re-reads $KSHIM_FAIL_* */
void kshim_io_reset(void);	/* unmaps, detaches every register block */
void kshim_device_reset(void);	/* forgets devices, drivers, device-tree nodes */
/* Is @owner a live device? Its devm allocations are then no leak. */
int kshim_device_live(const void *owner);
/*
 * Until called again with NULL, kshim_alloc_tracked() allocations belong
 * to @owner: a device's managed mapping or IRQ is no leak while it lives.
 */
void kshim_alloc_hold(const void *owner);
void kshim_irq_reset(void);
void kshim_random_reset(void);	/* back to $KSHIM_RANDOM_SEED */	/* after the slab reset: forgets every line's handlers */

void kshim_time_reset(void);
void kshim_time_advance(unsigned long ticks);
/* host/time.c: move the clock, firing due timers (from process context). */
void kshim_time_advance_ns(unsigned long long ns);
void kshim_time_sleep_ticks(unsigned long ticks);	/* to a tick's start */
void kshim_time_sleep_ns(unsigned long long ns);	/* rounded up to a tick */
/*
 * After a module's exit or failed init (@when: "exit", "failed init"), its
 * pending timers and work are defects (MISUSE), and are forgotten.
 */
void kshim_timer_unload(const char *module, const char *when);
void kshim_deferred_unload(const char *module, const char *when);	/* host/workqueue.c */
void kshim_work_reset(void);
/* kshim_run_work() that never waits for the kworker: a sleeper's step. */
int kshim_run_work_nowait(void);
int kshim_kworker_busy(void);	/* it has work queued or running */
/* @start 0: stop the kworker (a reset's first step); 1: as KSHIM_WORK_THREADS says. */
void kshim_work_threads_reset(int start);
/* Locks still held, locks in the module's memory (host/lockdep.c). */
void kshim_lockdep_unload(const char *module, const char *when);
void kshim_lockdep_reset(void);
/* Tasks, sleeping and waking (host/sched.c). */
void kshim_sched_reset(void);
/* Character devices, procfs entries and user memory (host/uspace.c). */
void kshim_uspace_unload(const char *module, const char *when);
void kshim_uspace_reset(void);
/* I2C adapters and simulated chips (host/i2c.c). */
void kshim_i2c_unload(const char *module, const char *when);
void kshim_i2c_reset(void);

/*
 * fn(arg) on this thread's simulated task stack, when the kernel half has
 * tasks (host/task.c); that stack's bounds, 0 when there is none yet.
 */
int kshim_task_call(int (*fn)(void *), void *arg);
int kshim_task_stack_range(void **lo, void **hi);

/*
 * Run @fn(@arg) as module code of @module: BUG(), panic() or a fatal signal
 * unwinds back here. Returns 0 with fn's result in *@ret, or -1 when the
 * call crashed (the defect is recorded).
 */
int kshim_call_guarded(const char *module, int (*fn)(void *), void *arg,
		       int *ret);
/* The name of "current" for the log (insmod, rmmod, swapper/0); NULL: kshim. */
void kshim_set_comm(const char *comm);
/* kernel/panic.c */
void dump_stack(void);
void kshim_bug_reset(void);
void kshim_panicked_set(void);
/* "Modules linked in: ..." as the kernel prints it in a WARN or oops. */
void kshim_modules_linked_in(void);

/* How many modules are loaded, or stuck loading (their init crashed). */
int kshim_modules_live(void);
/* Forget a module whose shared object is being unloaded. */
void kshim_module_forget(const char *name);

/* The module whose init or exit is running (NULL outside module calls). */
const char *kshim_current_module(void);

/*
 * A tracked allocation for kshim's own bookkeeping made on a driver's
 * behalf (a leak names @site and @what), never failed by fault injection
 * and not counted as a fallible call. Free with kshim_free().
 */
void *kshim_alloc_tracked(size_t size, const struct kshim_site *site,
			  const char *what);

/* The call that fault injection failed last, and its API name; NULL if none. */
const struct kshim_site *kshim_fault_last_failed(const char **what);

/* A stdio stream on a duplicate of @fd (fclose() leaves @fd open); NULL on error. */
FILE *kshim_fdopen_dup(int fd);

/* Is a call guarded by the harness running (a module's init or exit)? */
int kshim_guarded(void);


#endif /* _KSHIM_HOST_INTERNAL_H */
