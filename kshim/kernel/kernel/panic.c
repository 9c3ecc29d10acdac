// SPDX-License-Identifier: GPL-2.0-only
/*
 * panic(), taint, WARN and dump_stack for modules built against the kernel's
 * own headers: format with the kernel's vsnprintf, then let the host side
 * stop the module call (panic) or record the defect (WARN).
 */
#include <linux/kernel.h>
#include <linux/panic.h>
#include <linux/printk.h>
#include <linux/bug.h>
#include <linux/debug_locks.h>
#include <kshim/kapi.h>

int panic_timeout;
EXPORT_SYMBOL_GPL(panic_timeout);
int panic_on_oops;
int panic_on_warn;

static unsigned long tainted_mask;
int debug_locks = 1;
EXPORT_SYMBOL_GPL(debug_locks);

void panic(const char *fmt, ...)
{
	/* 6.1's panic() formats into a 1024-byte buffer too. */
	static char buf[1024];
	va_list args;

	va_start(args, fmt);
	vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	kshim_panic(kshim_module_at(__builtin_return_address(0)), buf);
}
EXPORT_SYMBOL(panic);

void add_taint(unsigned int flag, enum lockdep_ok lockdep_ok)
{
	/*
	 * 6.1 gives up lock debugging once, at the first unreliable taint.
	 * Atomic, as the kernel's: WARN() may come from several threads.
	 */
	if (lockdep_ok == LOCKDEP_NOW_UNRELIABLE &&
	    __atomic_exchange_n(&debug_locks, 0, __ATOMIC_RELAXED))
		pr_warn("Disabling lock debugging due to kernel taint\n");
	__atomic_fetch_or(&tainted_mask, BIT(flag), __ATOMIC_RELAXED);
}
EXPORT_SYMBOL(add_taint);

/*
 * oops_enter(): the kernel cannot trust its locks after an oops; lock
 * debugging goes off silently, so the TAINT_DIE that follows says nothing.
 */
int debug_locks_off(void)
{
	return __atomic_exchange_n(&debug_locks, 0, __ATOMIC_RELAXED);
}
EXPORT_SYMBOL_GPL(debug_locks_off);

int test_taint(unsigned int flag)
{
	return !!(__atomic_load_n(&tainted_mask, __ATOMIC_RELAXED) & BIT(flag));
}
EXPORT_SYMBOL(test_taint);

unsigned long get_taint(void)
{
	return __atomic_load_n(&tainted_mask, __ATOMIC_RELAXED);
}

void kshim_taint_reset(void)
{
	__atomic_store_n(&tainted_mask, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&debug_locks, 1, __ATOMIC_RELAXED);
}

void dump_stack_lvl(const char *log_lvl)
{
	/* No registers or stack to show: the line names who is running. */
	/* The level is the caller's, as in lib/dump_stack.c. */
	printk("%sCPU: 0 PID: %d Comm: %s\n", log_lvl, kshim_current_pid(),
	       kshim_current_comm());
}
EXPORT_SYMBOL(dump_stack_lvl);

void dump_stack(void)
{
	dump_stack_lvl(KERN_DEFAULT);
}
EXPORT_SYMBOL(dump_stack);

/*
 * WARN(cond, fmt...) in a module: 6.1's __warn(), "cut here" first and the
 * message before the WARNING line, which the host side prints (host/bug.c).
 */
void warn_slowpath_fmt(const char *file, int line, unsigned int taint,
		       const char *fmt, ...)
{
	const void *caller = __builtin_return_address(0);
	const struct kshim_site *site = kshim_site_at(caller);
	va_list args;

	pr_warn("------------[ cut here ]------------\n");
	if (fmt) {
		va_start(args, fmt);
		vprintk(fmt, args);
		va_end(args);
	}
	kshim_warn(kshim_module_at(caller), file, line, site ? site->func : "?", 0);
}
EXPORT_SYMBOL(warn_slowpath_fmt);
