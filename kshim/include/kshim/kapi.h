/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The calls kshim's kernel headers make into the host side of kshim.
 *
 * This header is included both by code compiled against the kernel headers
 * (drivers, kshim's kernel-side sources) and by kshim's host-side sources,
 * which use the C library. So it uses plain C types only: no u32, no dev_t,
 * nothing that the kernel and glibc define differently.
 */
#ifndef _KSHIM_KAPI_H
#define _KSHIM_KAPI_H

#ifdef __KERNEL__
#include <linux/types.h>	/* size_t: -nostdinc has no <stddef.h> */
#else
#include <stddef.h>
#endif

/*
 * Where a driver called a kernel API: its file, function and line. One static
 * object per call site, so its address identifies the site. @internal: a
 * line of kshim's own kernel code (built with KSHIM_INTERNAL).
 */
struct kshim_site {
	const char *file;
	const char *func;
	int line;
	int internal;
};

#ifdef KSHIM_INTERNAL
#define KSHIM_SITE_INTERNAL	1
#else
#define KSHIM_SITE_INTERNAL	0
#endif

#define KSHIM_SITE ({							\
	static const struct kshim_site __kshim_site = {			\
		__FILE__, __func__, __LINE__, KSHIM_SITE_INTERNAL	\
	};								\
	&__kshim_site;							\
})

/*
 * A kernel API called at a driver's @site makes fallible calls of its own
 * on kshim's lines (a device's name, a devres record): for fault injection,
 * the sweep and leak reports they are the driver's call at @site, until the
 * block that says KSHIM_CALLER(site) ends. Driver code that runs meanwhile
 * (a probe the API calls) has calls of its own: the first one ends that.
 */
const struct kshim_site *kshim_caller_enter(const struct kshim_site *site);
void kshim_caller_exit(const struct kshim_site *const *saved);
#define KSHIM_CALLER(site)						\
	const struct kshim_site *__kshim_caller				\
	__attribute__((cleanup(kshim_caller_exit), unused)) =		\
		kshim_caller_enter(site)
/* The site a call at @site is reported at (host side). */
const struct kshim_site *kshim_site_for(const struct kshim_site *site);

/*
 * Modules built against the kernel's own headers have no KSHIM_SITE: a
 * kernel function takes its caller's site from its return address @ret,
 * symbolized from the module's DWARF (host/symbolize.c). One site per
 * address, kept for the life of the process; NULL outside any object.
 */
const struct kshim_site *kshim_site_at(const void *ret);
/*
 * Module references by name (host/module.c), behind each kernel half's
 * try_module_get() (1: had), __module_get() and module_put().
 */
int kshim_module_ref_try(const char *name);
void kshim_module_ref_get(const char *name);
void kshim_module_ref_put(const char *name);
/* The name of the loaded module whose code holds @addr, or NULL (host/ko.c). */
const char *kshim_module_at(const void *addr);

/*
 * Fault injection: every fallible kernel call asks this first. @what names
 * the API ("kmalloc", "ioremap"...). Nonzero means: fail this call.
 */
int kshim_fault(const struct kshim_site *site, const char *what);

/*
 * The kernel log: store one printk's text, without level prefix. @flags:
 * KSHIM_LOG_CONT appends to the last record if that one is still open;
 * KSHIM_LOG_NEWLINE says the text ended with a newline (dropped), which
 * closes the record.
 */
#define KSHIM_LOG_CONT		1
#define KSHIM_LOG_NEWLINE	2
void kshim_log_store(int level, const char *module, const char *text,
		     size_t len, int flags);

/* Fatal events: never return (the harness unwinds to the caller of the module). */
void kshim_bug(const char *file, int line) __attribute__((noreturn));
void kshim_panic(const char *module, const char *msg) __attribute__((noreturn));
/* WARN(): records a warning defect; the log lines are printed by the caller. */
void kshim_warn(const char *module, const char *file, int line, const char *func,
		int cut_here);

/* Allocation with tracking. @flags are gfp flags; @align 0 for natural. */
void *kshim_alloc(size_t size, unsigned int flags, const struct kshim_site *site,
		  const char *what);
void kshim_free(const void *p, const struct kshim_site *site, const char *what);
void *kshim_realloc(const void *p, size_t size, unsigned int flags,
		    const struct kshim_site *site, const char *what);
size_t kshim_alloc_size(const void *p);
/*
 * kshim_alloc_ex(): an allocation of @align alignment (0: natural) that
 * belongs to @owner (a kmem cache, or NULL).
 */
void *kshim_alloc_ex(size_t size, size_t align, unsigned int flags,
		     const void *owner, const struct kshim_site *site,
		     const char *what);
/* The owner of live object @p, or NULL (also when @p is not live). */
const void *kshim_alloc_owner(const void *p);
/* How many live objects @owner has. */
size_t kshim_alloc_owned(const void *owner);
/* ksize(): the usable size of @p, which may then all be used. */
size_t kshim_ksize(const void *p);
/* Is @p in read-only data (a string literal)? kstrdup_const() keeps those. */
int kshim_is_rodata(const void *p);

/* MMIO, for <asm/io.h>: mappings and accesses (host/io.c). */
void *kshim_ioremap(unsigned long long phys, unsigned long size,
		    const struct kshim_site *site);
void kshim_iounmap(const volatile void *addr, const struct kshim_site *site);
unsigned long long kshim_io_read(const volatile void *addr, unsigned int width,
				 const struct kshim_site *site);
void kshim_io_write(volatile void *addr, unsigned long long val,
		    unsigned int width, const struct kshim_site *site);
void kshim_io_read_rep(const volatile void *addr, void *buf,
		       unsigned long count, unsigned int width,
		       const struct kshim_site *site);
void kshim_io_write_rep(volatile void *addr, const void *buf,
			unsigned long count, unsigned int width,
			const struct kshim_site *site);
/* @n bytes, in accesses of @width bytes, or cut as x86 does when @width is 0. */
void kshim_io_copy_from(void *dst, const volatile void *src, size_t n,
			unsigned int width, const struct kshim_site *site);
void kshim_io_copy_to(volatile void *dst, const void *src, size_t n,
		      unsigned int width, const struct kshim_site *site);
void kshim_io_set(volatile void *dst, int c, size_t n,
		  const struct kshim_site *site);

/* Module registration, made by constructors the module macros expand to. */
struct kernel_param;

struct kshim_modinfo {
	const char *module;
	const char *tag;
	const char *value;
	int loadable;		/* compiled with MODULE */
	struct kshim_modinfo *next;
};

struct kshim_initcall {
	const char *module;
	int (*fn)(void);
	const char *fn_name;
	int level;		/* 0..7; KSHIM_INITCALL_ROOTFS sorts between 5 and 6 */
	int loadable;		/* compiled with MODULE */
	int clash_reported;	/* a module of the same name came first */
	struct kshim_initcall *next;
};

#define KSHIM_INITCALL_ROOTFS	55	/* between fs (5) and device (6): level * 10 */

struct kshim_exitcall {
	const char *module;
	void (*fn)(void);
	const char *fn_name;
	struct kshim_exitcall *next;
};

struct kshim_paramreg {
	const char *module;
	const struct kernel_param *param;
	struct kshim_paramreg *next;
};

void kshim_register_modinfo(struct kshim_modinfo *mi);
void kshim_register_initcall(struct kshim_initcall *ic);
void kshim_register_exitcall(struct kshim_exitcall *ec);
void kshim_register_param(struct kshim_paramreg *pr);

/*
 * Parse a module's parameter string as the kernel's parse_args() does, and
 * set the module's parameters. Kernel-side, in params.c. Returns 0 or -errno.
 */
int kshim_parse_args(const char *doing, char *args,
		     const struct kernel_param **params, unsigned int num,
		     int builtin);
/* Free what the parameters allocated (charp), as the kernel does at unload. */
void kshim_free_params(const struct kernel_param **params, unsigned int num);
/*
 * Put every parameter back to its compiled-in value, as a fresh copy of the
 * module would have it. The first call for a parameter records that value.
 */
void kshim_params_reset(const struct kernel_param **params, unsigned int num);
/* Read or write one parameter as its sysfs file would (ops->get, ops->set). */
int kshim_param_get(const struct kernel_param *kp, char *buf, size_t len);
int kshim_param_set(const struct kernel_param *kp, const char *val);
/* The parameter's name and permissions, for the host side. */
const char *kshim_param_name(const struct kernel_param *kp);
unsigned int kshim_param_perm(const struct kernel_param *kp);

/* "current": the process running the module code (insmod, rmmod, swapper/0). */
const char *kshim_current_comm(void);
int kshim_current_pid(void);

/* Taint flags (kernel/panic.c), reset with the simulated kernel. */
void kshim_taint_reset(void);
#ifndef KSHIM_UML	/* the kernel's own headers declare these */
void add_taint(unsigned int flag, int lockdep_ok);
int test_taint(unsigned int flag);
int debug_locks_off(void);
#endif
#define KSHIM_TAINT_PROPRIETARY_MODULE	0	/* TAINT_PROPRIETARY_MODULE */

/* Virtual time: jiffies only move when a test advances them. */
unsigned long kshim_jiffies(void);
/* Kernel side: the clock is now @ns; its jiffies (at its own HZ) follow. */
void kshim_jiffies_set(unsigned long long ns);
/* The monotonic clock, ns since boot (ktime_get()); host/time.c. */
unsigned long long kshim_clock_ns(void);
int kshim_in_softirq(void);
void kshim_softirq_enter(void);
void kshim_softirq_exit(void);

/*
 * Timers (host/time.c): @obj (a timer_list or hrtimer) fires by @fire(@obj)
 * in softirq context when the clock passes @when: a jiffies expiry, or with
 * @hr an absolute time in ns. @fn is the driver's callback and @site its
 * setup, for reports; @module owns it. Returns 1 when @obj was pending.
 * @hr 2: @when in ns too, but ties fire newest first, as timer_list's do.
 */
int kshim_timer_add(void *obj, int hr, unsigned long long when,
		    int (*fire)(void *obj), const void *fn,
		    const struct kshim_site *site, const char *module);
int kshim_timer_del(void *obj);			/* 1: it was pending */
int kshim_timer_pending(const void *obj);
int kshim_timer_running(const void *obj);	/* its callback is running here */
unsigned long long kshim_timer_key(const void *obj);	/* when it fires (ns) */

/*
 * Work and tasklets (host/workqueue.c), run by kshim_work_call() and
 * kshim_tasklet_call() (kernel/workqueue.c) when a test says so.
 * kshim_work_queue(): 0 when @work is pending already; with @timer (a
 * delayed work's) pending on that timer, runnable after kshim_work_due().
 */
int kshim_work_queue(void *wq, void *work, void *timer, const void *fn,
		     const struct kshim_site *site, const char *module);
void kshim_work_due(void *work);
int kshim_work_cancel(void *work);		/* 1: it was pending */
int kshim_work_cancel_sync(void *work);		/* and not running on return */
void kshim_work_sync(const void *work);		/* wait until not running */
int kshim_work_pending(const void *work);
int kshim_work_running(const void *work);
int kshim_work_flush(void *work);		/* 1: it waited for it */
void kshim_wq_flush(void *wq, int drain);
void kshim_wq_destroyed(void *wq);
int kshim_work_call(void *work);
int kshim_tasklet_schedule(void *t, const void *fn,
			   const struct kshim_site *site, const char *module);
int kshim_tasklet_pending(const void *t);
void kshim_tasklet_kill(void *t);
int kshim_tasklet_call(void *t);		/* 1: disabled, not run */

/* Kernel-side formatting, for the host side (no <stdio.h> here). */
int kshim_vsnprintf(char *buf, size_t size, const char *fmt, __builtin_va_list args);
int kshim_snprintf(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
const char *kshim_errname(int err);

/*
 * For %pS and %ps: the name of the symbol containing @addr, @addr's offset in
 * it and the symbol's size, from the program's symbol tables (host/symbol.c).
 * Returns 0, or -1 when no symbol is known there (the kernel then prints the
 * raw address).
 */
int kshim_symbolize(const void *addr, char *name, size_t len,
		    unsigned long *offset, unsigned long *size);
const char *kshim_strerror(int err);	/* "No such device"; either sign */

/*
 * <linux/delay.h>: move virtual time by @ns. @sleep: 0 a busy wait, 1 a
 * sleep, 2 msleep() (one tick more). host/delay.c.
 */
void kshim_delay_ns(unsigned long long ns, int sleep);

/* Random numbers (host/random.c): seeded, restarted with each fresh kernel. */
unsigned long long kshim_random_u64(void);

/*
 * Interrupt lines (host/irq.c), for <linux/interrupt.h>. A handler is the
 * kernel's irq_handler_t, which returns enum irqreturn (an unsigned int).
 */
typedef int (*kshim_irq_fn)(int irq, void *dev_id);
int kshim_request_irq(unsigned int irq, kshim_irq_fn handler,
		      kshim_irq_fn thread_fn, unsigned long flags,
		      const char *name, void *dev_id,
		      const struct kshim_site *site);
const void *kshim_free_irq(unsigned int irq, void *dev_id,
			   const struct kshim_site *site);
#ifndef KSHIM_UML	/* the kernel's own headers declare these */
_Bool irq_has_action(unsigned int irq);
void disable_irq_nosync(unsigned int irq);
_Bool disable_hardirq(unsigned int irq);
void disable_irq(unsigned int irq);
void enable_irq(unsigned int irq);
void synchronize_irq(unsigned int irq);
_Bool synchronize_hardirq(unsigned int irq);
int irq_set_irq_wake(unsigned int irq, unsigned int on);
#endif
/* Nonzero in a hard IRQ handler; the local CPU's interrupt flag. */
int kshim_in_hardirq(void);
unsigned long kshim_local_irq_save(void);	/* the old flag; turns them off */
void kshim_local_irq_restore(unsigned long flags);
unsigned long kshim_irqs_disabled(void);

/*
 * Atomic context and sleeping, between the lock validator (host/lockdep.c)
 * and the scheduler (host/sched.c).
 * kshim_might_sleep(): might_sleep() at @file:@line; reported as the kernel
 * does when the caller may not sleep (a spinlock held, IRQs off, in an IRQ
 * handler or softirq, in an RCU read-side section).
 * kshim_schedule_check(): schedule() itself; "scheduling while atomic".
 */
void kshim_might_sleep(const char *file, int line);
void kshim_schedule_check(void);
/* preempt_count(): spinlocks held and preempt_disable(), plus softirq and hardirq. */
int kshim_preempt_count(void);
/* rcu_read_lock() nesting of the current task. */
int kshim_rcu_read_depth(void);

#endif /* _KSHIM_KAPI_H */
