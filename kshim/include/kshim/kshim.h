/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * kshim: the simulated kernel, as a test sees it.
 *
 * Plain C types only, so a test can include this beside the C library, the
 * kernel headers or both.
 */
#ifndef _KSHIM_KSHIM_H
#define _KSHIM_KSHIM_H

#include <stdbool.h>
#include <stddef.h>

/* ---- The simulated kernel ---- */

/* A fresh kernel: no module loaded, empty log, no allocation, no fault armed. */
void kshim_reset(void);

/* What kshim_load() returns when init hit BUG(), panic() or a fatal signal. */
#define KSHIM_CRASH	(-2147483647 - 1)

/*
 * insmod: load module @name with parameter string @args (NULL for none), as
 * finit_module() does. Returns init's result (a positive one is warned about
 * and the module is loaded), -EEXIST when loaded already, -ENOENT when no
 * such module is linked in, the parameter's error, or KSHIM_CRASH.
 */
int kshim_load(const char *name, const char *args);
/*
 * A module built against the kernel tree (kshim-uml build, or Kbuild's .ko
 * linked by kshim-uml): open shared object @path, so that kshim_load() of
 * its name finds it. 0, or -errno after saying why on stderr. A test run
 * opens each file that $KSHIM_MODULES lists (':' between them) first.
 */
int kshim_module_open(const char *path);

/* rmmod: -ENOENT when not loaded, -EBUSY when the module has no exit. */
int kshim_unload(const char *name);

bool kshim_module_loaded(const char *name);
/*
 * /sys/module/<name>/refcnt: the references held (try_module_get(), and the
 * loader's own during init, which a crashed init never drops); -ENOENT when
 * the module is not loaded.
 */
int kshim_module_refcnt(const char *name);
/* Whether @name is linked in as a loadable module (compiled with MODULE). */
bool kshim_module_loadable(const char *name);

/* Unload every loaded module that can be unloaded; returns how many. */
int kshim_unload_all(void);

/* Whether module @name's exit has run since the last reset. */
bool kshim_exit_called(const char *name);

/*
 * Boot: run the built-in initcalls (modules compiled without MODULE) by level,
 * in link order, with the kernel command line @cmdline (for "mod.param=v").
 * A failing initcall does not stop the boot. Returns the number that failed.
 */
int kshim_boot(const char *cmdline);

/* The result of built-in @module's initcall in the last boot; -ENOENT if none ran. */
int kshim_initcall_result(const char *module);

/*
 * Read or write a module parameter as user space reads or writes
 * /sys/module/<module>/parameters/<param>: the text (with its newline) or
 * 0 on a write; -ENOENT when there is no such parameter, -EACCES when its
 * permissions forbid it, or the parameter's own error.
 */
int kshim_param_read(const char *module, const char *param, char *buf, size_t len);
int kshim_param_write(const char *module, const char *param, const char *val);

/* modinfo: the value of @tag ("license", "author"...), the @n-th one; NULL when absent. */
const char *kshim_modinfo(const char *module, const char *tag, unsigned int n);

/* modinfo's @n-th entry of @module, in declaration order, and its *@tag. */
const char *kshim_modinfo_nth(const char *module, unsigned int n, const char **tag);

/*
 * Turn loadable module @name (compiled with MODULE) into built-in code: its
 * init becomes a device initcall that kshim_boot() runs, its exit is
 * dropped. 0 when it is built in already, -ENOENT when there is no such
 * module, -EBUSY when it is loaded.
 */
int kshim_module_make_builtin(const char *name);

/* Registrations made so far (constructors, dlopen()), and the last one's module. */
unsigned long kshim_registry_count(const char **last_module);

/* Iterate over the modules linked in: NULL after the last. */
const char *kshim_module_name(unsigned int n);

/* ---- Time and deferred work ---- */

/*
 * Virtual time: jiffies (HZ 250) and the ns clock move only when a test
 * (or a delay) moves them. Timers due on the way fire in expiry order,
 * each at its own time, in softirq context, guarded like module code.
 */
void kshim_jiffies_advance(unsigned long ticks);
void kshim_time_advance_ms(unsigned long ms);
/* Pending timer_lists and hrtimers. */
size_t kshim_timers_pending(void);
/*
 * Run pending tasklets, then pending work in queue order (delayed work is
 * pending once its delay has passed), each item at most once per call:
 * work queued meanwhile runs too, work re-queuing itself waits for the
 * next call. Returns how many ran.
 */
int kshim_run_work(void);
/* Work items and tasklets waiting to run (delayed work not yet due excluded). */
size_t kshim_work_pending_count(void);
/*
 * Work on a real thread: with @on, a kworker thread runs each work item as
 * soon as it is queued, concurrently with the test, and cancel_*_sync(),
 * flush_*() and kshim_run_work() wait for it. Off (the default; a reset
 * turns it off unless KSHIM_WORK_THREADS=1 is in the environment), work
 * runs only when kshim_run_work() or a flush runs it. Tasklets and RCU
 * callbacks run in the test's thread either way.
 */
void kshim_work_threads(bool on);
bool kshim_work_threaded(void);

/* ---- The kernel log ---- */

#define KSHIM_LOG_ANY	(-1)

struct kshim_log_record {
	unsigned long seq;
	int level;		/* 0 (KERN_EMERG) .. 7 (KERN_DEBUG) */
	const char *module;	/* KBUILD_MODNAME of the code that printed, or NULL */
	const char *text;	/* no level prefix, no trailing newline */
};

size_t kshim_log_count(void);
const struct kshim_log_record *kshim_log_record(size_t i);
/* Records at @level (or KSHIM_LOG_ANY) whose text contains @needle. */
size_t kshim_log_matches(int level, const char *needle);
bool kshim_log_contains(int level, const char *needle);
/* The first record whose text is exactly @text, or NULL. */
const struct kshim_log_record *kshim_log_find(const char *text);
void kshim_log_clear(void);
/*
 * Write the whole log to @fd as dmesg prints it ("[    0.000012] text").
 * A record returned by kshim_log_record() stays valid until the next printk.
 */
void kshim_log_dump(int fd);
/* Records at a level below this are echoed to stderr (default 7, or $KSHIM_LOGLEVEL). */
void kshim_console_loglevel(int level);
/* Echo to @fd instead of stderr (dup'ed; -1: back to stderr). */
void kshim_console_fd(int fd);

/* ---- Defects: leaks, bad frees, overruns, BUG, panic, WARN, crashes ---- */

enum kshim_defect_kind {
	KSHIM_DEFECT_LEAK,
	KSHIM_DEFECT_DOUBLE_FREE,
	KSHIM_DEFECT_BAD_FREE,		/* never allocated, or an interior pointer */
	KSHIM_DEFECT_OVERRUN,		/* write past the requested size */
	KSHIM_DEFECT_BUG,
	KSHIM_DEFECT_PANIC,
	KSHIM_DEFECT_WARN,
	KSHIM_DEFECT_SIGNAL,		/* a fatal signal in module code */
	KSHIM_DEFECT_MISUSE,		/* a kernel API called against its rules */
	KSHIM_DEFECT_LOCKING,		/* lockdep's reports; sleeping in atomic context */
	KSHIM_DEFECT_UNSIMULATED,	/* a kernel function kshim does not simulate was called */
	KSHIM_DEFECT_ANY,
};

size_t kshim_defect_count(enum kshim_defect_kind kind);
/* The @i-th defect's report, a one- or few-line message; NULL past the end. */
const char *kshim_defect_message(size_t i);
enum kshim_defect_kind kshim_defect_kind_of(size_t i);
const char *kshim_defect_kind_name(enum kshim_defect_kind kind);
void kshim_defects_clear(void);
/* Report every live allocation as a leak defect; returns how many. */
size_t kshim_leak_check(void);

/* ---- Allocations ---- */

size_t kshim_alloc_live(void);
size_t kshim_alloc_live_bytes(void);
unsigned long kshim_alloc_total(void);	/* allocations made since reset */

/* ---- Fault injection ---- */

/* The @n-th fallible call from now (1-based) fails; 0 disarms. */
void kshim_fail_nth(unsigned long n);
/* Every fallible call made at @file:@line fails (file matched by suffix). */
void kshim_fail_site(const char *file, int line);
/* Each fallible call fails with @percent probability, under @seed. */
void kshim_fail_random(unsigned int percent, unsigned long seed);
/* Only calls to @what ("kmalloc", "ioremap"...) count and fail; NULL for all. */
void kshim_fail_only(const char *what);
void kshim_fail_none(void);
/* Fallible calls made, and failed, since the last reset. */
unsigned long kshim_fallible_calls(void);
unsigned long kshim_failed_calls(void);

/* ---- The init-failure sweep ---- */

enum kshim_sweep_outcome {
	KSHIM_SWEEP_BASELINE,	/* nothing failed: init's own result */
	KSHIM_SWEEP_OK,		/* init failed cleanly with a negative errno */
	KSHIM_SWEEP_TOLERATED,	/* init succeeded despite the failure, unloaded cleanly */
	KSHIM_SWEEP_BAD_RETURN,	/* zero-or-positive where the failure was not survived, or not an errno */
	KSHIM_SWEEP_LEAK,
	KSHIM_SWEEP_EXIT_CALLED,
	KSHIM_SWEEP_CRASH,	/* BUG, panic, signal */
	KSHIM_SWEEP_WARN,
	KSHIM_SWEEP_DEFECT,	/* a bad free or overrun */
};

struct kshim_sweep_step {
	unsigned long n;		/* the call that failed; 0 for the baseline */
	const char *call;		/* "kmalloc", "ioremap"... */
	const char *func;		/* the driver's function, file and line */
	const char *file;
	int line;
	int ret;			/* init's result */
	enum kshim_sweep_outcome outcome;
	char *detail;			/* the first defect's message, or NULL */
	int probes_failed;		/* probes that failed during the load */
	int probe_ret;			/* the last failed probe's result */
};

struct kshim_sweep {
	const char *module;
	size_t nsteps;
	struct kshim_sweep_step *steps;
	size_t failures;		/* steps whose outcome is a defect */
};

/* Run init with the 1st, 2nd, ... fallible call failing, until none is left. */
struct kshim_sweep *kshim_sweep(const char *module, const char *args);
/*
 * The same, calling @setup(@arg) on each fresh kernel before the load: to
 * attach the register blocks a step's reset removed, for instance.
 */
struct kshim_sweep *kshim_sweep_setup(const char *module, const char *args,
				      void (*setup)(void *), void *arg);
void kshim_sweep_print(const struct kshim_sweep *sw, int fd);
const char *kshim_sweep_outcome_name(enum kshim_sweep_outcome o);
void kshim_sweep_free(struct kshim_sweep *sw);

/* ---- Simulated MMIO ---- */

struct kshim_regs;

typedef unsigned long long (*kshim_mmio_read_fn)(void *priv, unsigned long off,
						  unsigned int width);
typedef void (*kshim_mmio_write_fn)(void *priv, unsigned long off,
				    unsigned int width, unsigned long long val);

/* A zero-filled register block of @size bytes at physical address @phys. */
struct kshim_regs *kshim_mmio_attach(unsigned long long phys, size_t size);
/* The attached block that overlaps @phys..@phys + @size - 1, or NULL. */
struct kshim_regs *kshim_mmio_find(unsigned long long phys, size_t size);
/* Reads and writes go to callbacks instead of the block's memory. */
void kshim_mmio_set_ops(struct kshim_regs *regs, kshim_mmio_read_fn rd,
			kshim_mmio_write_fn wr, void *priv);
void kshim_mmio_poke(struct kshim_regs *regs, unsigned long off,
		     unsigned int width, unsigned long long val);
unsigned long long kshim_mmio_peek(struct kshim_regs *regs, unsigned long off,
				   unsigned int width);
void kshim_mmio_detach(struct kshim_regs *regs);
/* What a read returns where no device answers (default all ones; QEMU's PC reads 0). */
void kshim_mmio_unclaimed_value(unsigned long long val);

/* ---- Interrupt lines ---- */

/*
 * Raise line @irq once, as the hardware would: its handlers run in hard IRQ
 * context (in_interrupt(), interrupts off), each guarded like module code,
 * then the thread of each handler that returned IRQ_WAKE_THREAD. Returns how
 * many handlers and threads returned IRQ_HANDLED; 0 when the line has no
 * handler or is disabled (then it is left pending, and runs when enabled, as
 * an edge the kernel resends); -1 when there is no such line. Unhandled
 * raises count toward the kernel's "irq %d: nobody cared".
 */
int kshim_irq_raise(unsigned int irq);
/* How many handlers line @irq has. */
int kshim_irq_handlers(unsigned int irq);
/* Its disable depth: 0 when enabled; 1 when no handler was ever requested. */
int kshim_irq_depth(unsigned int irq);
/* Whether a raise is waiting for the line to be enabled. */
bool kshim_irq_pending(unsigned int irq);
/* Its irq_set_irq_wake() depth. */
int kshim_irq_wake_depth(unsigned int irq);
/* The simulated lines are 0 .. KSHIM_NR_IRQS - 1. */
#define KSHIM_NR_IRQS	256

/* ---- Devices ---- */

/*
 * Platform devices as firmware would describe them: a name and id,
 * resources, and a device-tree node. Devices are named as the kernel
 * names them ("foo.0", or "foo" for id -1): every call below takes that
 * name. Everything a test makes here is gone after kshim_reset().
 */
enum kshim_res_type { KSHIM_RES_MEM, KSHIM_RES_IRQ };

struct kshim_res {
	enum kshim_res_type type;
	unsigned long long start;	/* physical address, or IRQ number */
	unsigned long long size;	/* bytes (ignored for an IRQ) */
	const char *name;		/* for platform_get_resource_byname(), or NULL */
};

#define KSHIM_RES_MEM(_start, _size)	{ KSHIM_RES_MEM, (_start), (_size), NULL }
#define KSHIM_RES_IRQ(_irq)		{ KSHIM_RES_IRQ, (_irq), 1, NULL }

/* A simulated device-tree node. */
struct kshim_dt_node;

/* A node for a device, "compatible" = @compatible (NULL: none). */
struct kshim_dt_node *kshim_dt_node(const char *compatible);
/* A child node @name of @parent ("channel@0"...). */
struct kshim_dt_node *kshim_dt_child(struct kshim_dt_node *parent, const char *name);
/* Properties; setting one again replaces it. */
void kshim_dt_set_u32(struct kshim_dt_node *np, const char *prop, unsigned int val);
void kshim_dt_set_u32_array(struct kshim_dt_node *np, const char *prop,
			    const unsigned int *vals, size_t n);
void kshim_dt_set_string(struct kshim_dt_node *np, const char *prop, const char *val);
/* A string list ("compatible" with fallbacks...): @n strings. */
void kshim_dt_set_strings(struct kshim_dt_node *np, const char *prop,
			  const char *const *vals, size_t n);
/* A property without a value: true for of_property_read_bool(). */
void kshim_dt_set_bool(struct kshim_dt_node *np, const char *prop);
/* Raw bytes, as a malformed tree may hold them. */
void kshim_dt_set_raw(struct kshim_dt_node *np, const char *prop,
		      const void *val, size_t len);
void kshim_dt_remove(struct kshim_dt_node *np, const char *prop);

/*
 * Register platform device @name with id @id (-1: none, -2: automatic,
 * "name.N.auto") with @nres
 * resources and device-tree node @np (NULL: none), as firmware would: a
 * matching driver probes it at once. Each memory resource gets a
 * zero-filled register block (kshim_mmio_attach()) unless one is already
 * attached there; kshim_device_regs() finds it. Returns the device's name
 * (valid until it is removed), or NULL when it cannot be made (name taken).
 */
const char *kshim_platform_device_add(const char *name, int id,
				      const struct kshim_res *res, size_t nres,
				      struct kshim_dt_node *np);
/* Unregister it (unbinding it first); -ENODEV if there is no such device. */
int kshim_platform_device_remove(const char *dev);
/* The register block behind memory resource @index of @dev, or NULL. */
struct kshim_regs *kshim_device_regs(const char *dev, unsigned int index);

/* Is @dev bound to a driver? Which one (NULL: none)? */
bool kshim_device_bound(const char *dev);
const char *kshim_device_driver(const char *dev);
bool kshim_device_exists(const char *dev);
/*
 * Bind and unbind as user space writes /sys/bus/<bus>/drivers/<drv>/bind
 * and unbind: 0, or -ENODEV (no such device or driver, no match, not
 * bound), -EBUSY (bound already), -EAGAIN (probe deferred), probe's error.
 */
int kshim_device_bind(const char *dev, const char *driver);
int kshim_device_unbind(const char *dev);
/* The result of @dev's last probe (0 when it never probed). */
int kshim_device_probe_result(const char *dev);
/* Is @dev waiting on the deferred-probe list, and why (dev_err_probe()'s text)? */
bool kshim_device_deferred(const char *dev);
const char *kshim_device_deferred_reason(const char *dev);
/* Probes that failed since the reset, and the last failure's result. */
int kshim_probe_failures(int *last);

/*
 * Read or write device attribute @attr ("name", or "group/name") of @dev,
 * as user space reads or writes its sysfs file: the show() result (the
 * text in @buf, cut to @len - 1) or the store() result; -ENOENT when there
 * is no such attribute, -EACCES when its mode forbids it, -EIO without
 * show() or store().
 */
int kshim_attr_read(const char *dev, const char *attr, char *buf, size_t len);
int kshim_attr_write(const char *dev, const char *attr, const char *val);

/* ---- Hooks for test frameworks ---- */

/*
 * The watchdog: a module call (init, exit, a handler) still running after
 * @seconds is stopped and reported as the kernel's soft lockup, and the call
 * crashes (KSHIM_CRASH). 0 disables it. The default is 10 seconds, or
 * $KSHIM_WATCHDOG; the setting outlives kshim_reset().
 */
void kshim_set_watchdog(unsigned int seconds);

/*
 * Called with a report when a fatal event (BUG, panic) happens outside any
 * call the harness guards (a test calling driver code directly). It should
 * not return (cmocka's fail_msg() does not); if it does, kshim aborts.
 */
void kshim_set_fatal_hook(void (*hook)(const char *report));

/* The harness of each subsystem that has one of its own. */
#include <kshim/sched.h>
#include <kshim/uspace.h>
#include <kshim/i2c.h>
#include <kshim/sysfs.h>
#include <kshim/drivers.h>

#endif /* _KSHIM_KSHIM_H */
