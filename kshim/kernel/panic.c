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
	/* 6.1 gives up lock debugging once, at the first unreliable taint. */
	if (lockdep_ok == LOCKDEP_NOW_UNRELIABLE && debug_locks) {
		debug_locks = 0;
		pr_warn("Disabling lock debugging due to kernel taint\n");
	}
	tainted_mask |= BIT(flag);
}

int test_taint(unsigned int flag)
{
	return !!(tainted_mask & BIT(flag));
}

unsigned long get_taint(void)
{
	return tainted_mask;
}

void kshim_taint_reset(void)
{
	tainted_mask = 0;
	debug_locks = 1;
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
