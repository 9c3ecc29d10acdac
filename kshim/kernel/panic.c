// SPDX-License-Identifier: GPL-2.0-only
/*
 * panic(), taint and dump_stack, kernel side: format the message with the
 * kernel's vsnprintf, then let the host side stop the module call.
 */
#include <linux/kernel.h>
#include <linux/panic.h>
#include <linux/printk.h>

int panic_timeout;
int panic_on_oops;
int panic_on_warn;

static unsigned long tainted_mask;
static int debug_locks = 1;

void kshim_panicf(const char *module, const char *fmt, ...)
{
	/* 6.1's panic() formats into a 1024-byte buffer too. */
	static char buf[1024];
	va_list args;

	va_start(args, fmt);
	vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	kshim_panic(module, buf);
}

#undef panic
void panic(const char *fmt, ...)
{
	static char buf[1024];
	va_list args;

	va_start(args, fmt);
	vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	kshim_panic(NULL, buf);
}

void add_taint(unsigned int flag, int lockdep_ok)
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

/*
 * oops_enter(): the kernel cannot trust its locks after an oops; lock
 * debugging goes off silently, so the TAINT_DIE that follows says nothing.
 */
int debug_locks_off(void)
{
	return __atomic_exchange_n(&debug_locks, 0, __ATOMIC_RELAXED);
}

int test_taint(unsigned int flag)
{
	return !!(__atomic_load_n(&tainted_mask, __ATOMIC_RELAXED) & BIT(flag));
}

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
	printk("%sCPU: 0 PID: %d Comm: %s\n", log_lvl, kshim_current_pid(), kshim_current_comm());
}

void dump_stack(void)
{
	dump_stack_lvl(KERN_DEFAULT);
}

void show_stack(void *task, unsigned long *sp, const char *loglvl)
{
	dump_stack_lvl(loglvl);
}
