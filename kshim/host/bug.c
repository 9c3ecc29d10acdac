// SPDX-License-Identifier: GPL-2.0-only
/*
 * BUG(), panic(), WARN() and faults in module code.
 *
 * The harness runs every module call (init, exit, an initcall) inside a
 * guard. BUG(), panic() or a fatal signal there logs what the kernel logs,
 * records a defect and unwinds to the guard: the call fails, the process
 * (the test runner) goes on. Outside a guard, the fatal hook (cmocka's
 * fail_msg) gets the report; without a hook, kshim aborts.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

struct guard {
	sigjmp_buf env;
	struct guard *prev;
	const char *module;
};

static __thread struct guard *guard_top;
static __thread const char *current_comm;
static void (*fatal_hook)(const char *report);
static int die_counter;

int kshim_guarded(void)
{
	return guard_top != NULL;
}

const char *kshim_current_module(void)
{
	return guard_top ? guard_top->module : NULL;
}

const char *kshim_current_comm(void)
{
	return current_comm ? current_comm : "kshim";
}

void kshim_set_comm(const char *comm)
{
	current_comm = comm;
}

int kshim_current_pid(void)
{
	return (int)getpid();
}

void kshim_set_fatal_hook(void (*hook)(const char *report))
{
	fatal_hook = hook;
}

static void unwind(const char *report) __attribute__((noreturn));
static void unwind(const char *report)
{
	if (guard_top)
		siglongjmp(guard_top->env, 1);
	if (fatal_hook)
		fatal_hook(report);
	fprintf(stderr, "kshim: %s outside any module call; aborting\n", report);
	abort();
}

/* What 6.1's die() prints first, then the end marker; no registers here. */
static void oops(const char *what)
{
	kshim_klog(4, "%s: 0000 [#%d] PREEMPT SMP NOPTI", what, ++die_counter);
	kshim_klog(4, "CPU: 0 PID: %d Comm: %s", kshim_current_pid(),
		   kshim_current_comm());
	kshim_klog(4, "---[ end trace 0000000000000000 ]---");
	add_taint(7 /* TAINT_DIE */, 1 /* LOCKDEP_NOW_UNRELIABLE */);
}

void kshim_bug(const char *file, int line)
{
	char report[512];

	/* lib/bug.c: "cut here" at the default level, then pr_crit. */
	kshim_klog(4, "------------[ cut here ]------------");
	kshim_klog(2, "kernel BUG at %s:%d!", file, line);
	oops("invalid opcode");
	snprintf(report, sizeof(report), "kernel BUG at %s:%d!", file, line);
	kshim_defect(KSHIM_DEFECT_BUG, "%s", report);
	unwind(report);
}

void kshim_panic(const char *module, const char *msg)
{
	char report[1200];
	size_t n = strlen(msg);

	/* kernel/panic.c: the message, then the end marker, both KERN_EMERG. */
	if (n && msg[n - 1] == '\n')
		n--;
	kshim_klog(0, "Kernel panic - not syncing: %.*s", (int)n, msg);
	kshim_klog(0, "---[ end Kernel panic - not syncing: %.*s ]---", (int)n, msg);
	snprintf(report, sizeof(report), "Kernel panic - not syncing: %.*s",
		 (int)n, msg);
	kshim_defect(KSHIM_DEFECT_PANIC, "%s%s%s", report,
		     module ? " in module " : "", module ? module : "");
	kshim_panicked_set();
	unwind(report);
}

void kshim_warn(const char *module, const char *file, int line,
		const char *func, int cut_here)
{
	if (cut_here)
		kshim_klog(4, "------------[ cut here ]------------");
	/* kernel/panic.c __warn(): the caller as %pS would name it. */
	kshim_klog(4, "WARNING: CPU: 0 PID: %d at %s:%d %s%s%s%s",
		   kshim_current_pid(), file, line, func,
		   module ? " [" : "", module ? module : "", module ? "]" : "");
	kshim_modules_linked_in();
	kshim_klog(4, "---[ end trace 0000000000000000 ]---");
	add_taint(9 /* TAINT_WARN */, 0 /* LOCKDEP_STILL_OK */);
	kshim_defect(KSHIM_DEFECT_WARN, "WARNING at %s:%d %s()%s%s", file, line,
		     func, module ? " in module " : "", module ? module : "");
}

/*
 * Fatal signals while a guard is up: the module faulted (a NULL pointer,
 * a division by zero, abort()). Report as an oops and unwind.
 */
static const int fatal_signals[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT };
static struct sigaction saved[sizeof(fatal_signals) / sizeof(fatal_signals[0])];

static void on_fatal_signal(int sig, siginfo_t *info, void *uctx)
{
	char report[256];

	if (!guard_top) {
		/* Not module code: hand it back to whoever had it (cmocka). */
		size_t i;

		for (i = 0; i < sizeof(fatal_signals) / sizeof(fatal_signals[0]); i++)
			if (fatal_signals[i] == sig)
				sigaction(sig, &saved[i], NULL);
		raise(sig);
		return;
	}
	/* arch/x86/mm/fault.c: show_fault_oops() names the first page NULL. */
	if ((sig == SIGSEGV || sig == SIGBUS) &&
	    (unsigned long)info->si_addr < 4096)
		kshim_klog(1, "BUG: kernel NULL pointer dereference, address: %016lx",
			   (unsigned long)info->si_addr);
	else if (sig == SIGSEGV || sig == SIGBUS)
		kshim_klog(1, "BUG: unable to handle page fault for address: %016lx",
			   (unsigned long)info->si_addr);
	snprintf(report, sizeof(report), "%s (signal %d, %s) in module %s",
		 strsignal(sig), sig, sig == SIGSEGV ? "SIGSEGV" :
		 sig == SIGBUS ? "SIGBUS" : sig == SIGFPE ? "SIGFPE" :
		 sig == SIGILL ? "SIGILL" : "SIGABRT",
		 guard_top->module ? guard_top->module : "?");
	oops(sig == SIGFPE ? "divide error" : sig == SIGILL ? "invalid opcode" :
	     "Oops");
	kshim_defect(KSHIM_DEFECT_SIGNAL, "%s", report);
	siglongjmp(guard_top->env, 1);
}

static void install_signal_handlers(void)
{
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_fatal_signal;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(fatal_signals) / sizeof(fatal_signals[0]); i++)
		sigaction(fatal_signals[i], &sa, &saved[i]);
}

static void restore_signal_handlers(void)
{
	size_t i;

	for (i = 0; i < sizeof(fatal_signals) / sizeof(fatal_signals[0]); i++)
		sigaction(fatal_signals[i], &saved[i], NULL);
}

int kshim_call_guarded(const char *module, int (*fn)(void *), void *arg,
		       int *ret)
{
	struct guard g;
	volatile int outer = guard_top == NULL;

	g.prev = guard_top;
	g.module = module;
	if (sigsetjmp(g.env, 1)) {
		guard_top = g.prev;
		if (outer)
			restore_signal_handlers();
		return -1;
	}
	if (outer)
		install_signal_handlers();
	guard_top = &g;
	*ret = fn(arg);
	guard_top = g.prev;
	if (outer)
		restore_signal_handlers();
	return 0;
}

void kshim_bug_reset(void)
{
	die_counter = 0;
}
