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
#include <dlfcn.h>
#include <execinfo.h>
#include <setjmp.h>
#include <signal.h>
#include <ucontext.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

#define MAX_FRAMES	32

struct guard {
	sigjmp_buf env;
	struct guard *prev;
	const char *module;
	/* A fatal signal, recorded by the handler, reported after the unwind. */
	int sig;
	unsigned long addr;		/* the faulting data address */
	void *pc;
	void *frames[MAX_FRAMES];
	int nframes;
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
	/* Initcalls run in kernel_init, PID 1, still named swapper/0. */
	if (current_comm && !strcmp(current_comm, "swapper/0"))
		return 1;
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

/* "name+0xoff/0xsize [module]" of a code address, as %pS prints it. */
static const char *symbol_str(void *pc, char *buf, size_t len)
{
	unsigned long off, size;
	char name[128];

	if (kshim_symbolize(pc, name, sizeof(name), &off, &size))
		snprintf(buf, len, "0x%lx", (unsigned long)pc);
	else
		snprintf(buf, len, "%s+0x%lx/0x%lx", name, off, size);
	return buf;
}

/*
 * What 6.1's die() prints: the header, the task, then (for a fault) the
 * instruction pointer and the call trace down to the module call; no
 * registers. @g is NULL for BUG().
 */
static void oops(const char *what, const struct guard *g)
{
	char sym[200];
	int i;

	kshim_klog(4, "%s: 0000 [#%d] PREEMPT SMP NOPTI", what, ++die_counter);
	kshim_klog(4, "CPU: 0 PID: %d Comm: %s", kshim_current_pid(),
		   kshim_current_comm());
	if (g && g->pc) {
		kshim_klog(4, "RIP: 0010:%s", symbol_str(g->pc, sym, sizeof(sym)));
		kshim_klog(4, "Call Trace:");
		kshim_klog(4, " <TASK>");
		/* Frame 0 is the faulting function, shown as RIP. */
		for (i = 1; i < g->nframes; i++)
			kshim_klog(4, " %s", symbol_str(g->frames[i], sym, sizeof(sym)));
		kshim_klog(4, " </TASK>");
		kshim_modules_linked_in();
	}
	kshim_klog(4, "---[ end trace 0000000000000000 ]---");
	add_taint(7 /* TAINT_DIE */, 1 /* LOCKDEP_NOW_UNRELIABLE */);
}

/*
 * The source line of code address @pc, from its object's debug information
 * (binutils' addr2line): "file:line (func)", or "" when none can be had.
 */
static const char *source_line(void *pc, char *buf, size_t len)
{
	char cmd[1200], func[256] = "", where[512] = "";
	const char *obj;
	unsigned long addr;
	Dl_info info;
	FILE *p;

	buf[0] = '\0';
	if (!dladdr(pc, &info) || !info.dli_fname)
		return buf;
	/* The program itself is named by its path in /proc. */
	obj = info.dli_fname[0] ? info.dli_fname : "/proc/self/exe";
	if (strchr(obj, '\'') || access("/usr/bin/addr2line", X_OK))
		return buf;
	/* Position-independent code: the offset into the object. */
	addr = (unsigned long)pc - (unsigned long)info.dli_fbase;
	snprintf(cmd, sizeof(cmd), "/usr/bin/addr2line -f -e '%s' 0x%lx 2>/dev/null",
		 obj, addr);
	p = popen(cmd, "r");
	if (!p)
		return buf;
	if (fgets(func, sizeof(func), p) && fgets(where, sizeof(where), p) &&
	    where[0] != '?') {
		func[strcspn(func, "\n")] = '\0';
		where[strcspn(where, " \n")] = '\0';
		/* Built with -fdebug-prefix-map: "./" stands for the source tree. */
		snprintf(buf, len, "%s (%s)",
			 strncmp(where, "./", 2) ? where : where + 2, func);
	}
	pclose(p);
	return buf;
}

void kshim_bug(const char *file, int line)
{
	char report[512];

	/* lib/bug.c: "cut here" at the default level, then pr_crit. */
	kshim_klog(4, "------------[ cut here ]------------");
	kshim_klog(2, "kernel BUG at %s:%d!", file, line);
	oops("invalid opcode", NULL);
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

static const char *signal_name(int sig)
{
	return sig == SIGSEGV ? "SIGSEGV" : sig == SIGBUS ? "SIGBUS" :
	       sig == SIGFPE ? "SIGFPE" : sig == SIGILL ? "SIGILL" : "SIGABRT";
}

/*
 * Only what is safe in a handler: note the fault and unwind. The report is
 * made by the guard, back on a sane stack.
 */
static void on_fatal_signal(int sig, siginfo_t *info, void *uctx)
{
	struct guard *g = guard_top;
	ucontext_t *uc = uctx;
	void *frames[MAX_FRAMES + 2];
	int n, i;

	if (!g) {
		/* Not module code: hand it back to whoever had it (cmocka). */
		for (i = 0; i < (int)(sizeof(fatal_signals) / sizeof(fatal_signals[0])); i++)
			if (fatal_signals[i] == sig)
				sigaction(sig, &saved[i], NULL);
		raise(sig);
		return;
	}
	g->sig = sig;
	g->addr = (unsigned long)info->si_addr;
	g->pc = (void *)uc->uc_mcontext.gregs[REG_RIP];
	/* The frames above the faulting one: this handler and the trampoline. */
	n = backtrace(frames, MAX_FRAMES + 2);
	g->nframes = 0;
	for (i = 0; i < n && frames[i] != g->pc; i++)
		;
	for (; i < n && g->nframes < MAX_FRAMES; i++)
		g->frames[g->nframes++] = frames[i];
	siglongjmp(g->env, 1);
}

/* Keep the frames of module code: stop at the harness's own call. */
static void trim_frames(struct guard *g)
{
	char name[64];
	unsigned long off, size;
	int i;

	for (i = 0; i < g->nframes; i++) {
		if (!kshim_symbolize(g->frames[i], name, sizeof(name), &off, &size) &&
		    !strcmp(name, "kshim_call_guarded"))
			break;
	}
	g->nframes = i;
}

/* The oops for a fault in module code, and its defect. */
static void report_fault(struct guard *g)
{
	char where[800];
	int sig = g->sig;

	trim_frames(g);
	/* arch/x86/mm/fault.c: show_fault_oops() names the first page NULL. */
	if ((sig == SIGSEGV || sig == SIGBUS) && g->addr < 4096)
		kshim_klog(1, "BUG: kernel NULL pointer dereference, address: %016lx",
			   g->addr);
	else if (sig == SIGSEGV || sig == SIGBUS)
		kshim_klog(1, "BUG: unable to handle page fault for address: %016lx",
			   g->addr);
	oops(sig == SIGFPE ? "divide error" : sig == SIGILL ? "invalid opcode" :
	     "Oops", g);
	source_line(g->pc, where, sizeof(where));
	kshim_defect(KSHIM_DEFECT_SIGNAL, "%s (signal %d, %s) in module %s%s%s",
		     strsignal(sig), sig, signal_name(sig),
		     g->module ? g->module : "?", where[0] ? " at " : "", where);
}

static void install_signal_handlers(void)
{
	static int warm;
	struct sigaction sa;
	size_t i;

	/* backtrace() loads libgcc on first use: not in a signal handler. */
	if (!warm) {
		void *f[1];

		warm = backtrace(f, 1);
	}

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
	g.sig = 0;
	if (sigsetjmp(g.env, 1)) {
		if (g.sig)
			report_fault(&g);
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
