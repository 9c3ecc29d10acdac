// SPDX-License-Identifier: GPL-2.0-only
/*
 * BUG(), panic(), WARN() and faults in module code.
 *
 * The harness runs every module call (init, exit, an initcall) inside a
 * guard. BUG(), panic() or a fatal signal there logs what the kernel logs,
 * records a defect and unwinds to the guard: the call fails, the process
 * (the test runner) goes on. Outside a guard, the fatal hook (cmocka's
 * fail_msg) gets the report; without a hook, kshim aborts.
 *
 * Fatal signals are taken on an alternate stack, so that a module that
 * overflows its stack is caught too; the report is made after the unwind,
 * back on the normal stack. A watchdog timer stops a module call that runs
 * for too long and reports it as the kernel's soft lockup.
 */
#include <dlfcn.h>
#include <errno.h>
#include <execinfo.h>
#include <limits.h>
#include <link.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <ucontext.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <kshim/lockdep.h>
#include "internal.h"

#define MAX_FRAMES	32

struct guard {
	sigjmp_buf env;
	struct guard *prev;
	const char *module;
	/* A fatal signal, recorded by the handler, reported after the unwind. */
	int sig;
	unsigned long addr;		/* the faulting data address */
	int code;			/* its si_code */
	unsigned long sp;		/* the stack pointer at the fault */
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

/* A deadlock in module code (host/lockdep.c), reported already. */
void kshim_guard_unwind(void)
{
	if (!guard_top)
		abort();
	siglongjmp(guard_top->env, 1);
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

/*
 * "name+0xoff/0xsize" of a return address, as %pB prints it: the symbol of
 * the call (@pc - 1), so that a call to a noreturn function at the very end
 * of a function is named after its caller.
 */
static const char *trace_str(void *pc, char *buf, size_t len)
{
	unsigned long off, size;
	char name[128];

	if (kshim_symbolize((char *)pc - 1, name, sizeof(name), &off, &size))
		snprintf(buf, len, "0x%lx", (unsigned long)pc);
	else
		snprintf(buf, len, "%s+0x%lx/0x%lx", name, off + 1, size);
	return buf;
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

/* The call trace as show_trace_log_lvl() prints it, from frame @first. */
static void print_trace(const struct guard *g, int first)
{
	char sym[200];
	int i;

	kshim_klog(4, "Call Trace:");
	kshim_klog(4, " <TASK>");
	for (i = first; i < g->nframes; i++)
		kshim_klog(4, " %s", trace_str(g->frames[i], sym, sizeof(sym)));
	kshim_klog(4, " </TASK>");
}

/*
 * What 6.1's die() prints: the header, the task, then the instruction
 * pointer and the call trace down to the module call; no registers.
 */
static void oops(const char *what, const struct guard *g)
{
	char sym[200];

	/* oops_begin() -> oops_enter(): lock debugging off, silently. */
	debug_locks_off();
	kshim_klog(4, "%s: 0000 [#%d] PREEMPT SMP NOPTI", what,
		   __atomic_add_fetch(&die_counter, 1, __ATOMIC_RELAXED));
	kshim_klog(4, "CPU: 0 PID: %d Comm: %s", kshim_current_pid(),
		   kshim_current_comm());
	if (g && g->pc) {
		kshim_klog(4, "RIP: 0010:%s", symbol_str(g->pc, sym, sizeof(sym)));
		/* Frame 0 is the faulting function, shown as RIP. */
		print_trace(g, 1);
		kshim_modules_linked_in();
	}
	kshim_klog(4, "---[ end trace 0000000000000000 ]---");
	add_taint(7 /* TAINT_DIE */, 1 /* LOCKDEP_NOW_UNRELIABLE */);
}

/* A line of kshim's kernel headers (an inline such as cpu_relax()). */
static int in_kshim_header(const char *where)
{
	return strstr(where, "kshim/include/") || strstr(where, "include/kshim/");
}

/*
 * The source line of code address @pc, from its object's debug information
 * (binutils' addr2line): "file:line (func)", or "" when none can be had.
 * Code inlined from kshim's headers is the line that called it.
 */
static const char *source_line(void *pc, char *buf, size_t len)
{
	char cmd[1200], func[256] = "", where[512] = "";
	const char *obj;
	unsigned long addr;
	Dl_info info;
	FILE *p;

	buf[0] = '\0';
	/* A module built against the kernel tree: its DWARF, as its sites are. */
	if (kshim_module_at(pc)) {
		const struct kshim_site *site = kshim_site_at((char *)pc + 1);

		if (site && site->line) {
			snprintf(buf, len, "%s:%d (%s)", site->file, site->line, site->func);
			return buf;
		}
	}
	if (!dladdr(pc, &info) || !info.dli_fname)
		return buf;
	/* The program itself is named by its path in /proc. */
	obj = info.dli_fname[0] ? info.dli_fname : "/proc/self/exe";
	if (strchr(obj, '\'') || access("/usr/bin/addr2line", X_OK))
		return buf;
	/* Position-independent code: the offset into the object. */
	addr = (unsigned long)pc - (unsigned long)info.dli_fbase;
	snprintf(cmd, sizeof(cmd), "/usr/bin/addr2line -f -i -e '%s' 0x%lx 2>/dev/null",
		 obj, addr);
	p = popen(cmd, "r");
	if (!p)
		return buf;
	/* Innermost first, then each function it is inlined into. */
	while (fgets(func, sizeof(func), p) && fgets(where, sizeof(where), p) &&
	       where[0] != '?') {
		func[strcspn(func, "\n")] = '\0';
		where[strcspn(where, " \n")] = '\0';
		/* Built with -fdebug-prefix-map: "./" stands for the source tree. */
		snprintf(buf, len, "%s (%s)",
			 strncmp(where, "./", 2) ? where : where + 2, func);
		if (!in_kshim_header(where))
			break;
	}
	pclose(p);
	return buf;
}

/* Keep the frames of module code: stop at the harness's own call. */
static void trim_frames(struct guard *g)
{
	char name[64];
	unsigned long off, size;
	int i;

	for (i = 0; i < g->nframes; i++) {
		if (!kshim_symbolize(g->frames[i], name, sizeof(name), &off, &size) &&
		    (!strcmp(name, "kshim_call_guarded") || !strcmp(name, "kshim_task_call") ||
		     !strcmp(name, "kshim_call_on_stack")))
			break;
	}
	g->nframes = i;
}

/*
 * The driver's frames below kshim's BUG() or panic() code: the first frame
 * that is not kshim's own (kshim_bug, kshim_panicf, panic) is the caller.
 */
static __attribute__((noinline)) void caller_frames(struct guard *g)
{
	void *frames[MAX_FRAMES + 9], *lo, *hi;
	unsigned long off, size;
	char name[64];
	int n, i;

	n = backtrace(frames, MAX_FRAMES + 8);
	/*
	 * On a simulated task's stack (module code built against the kernel
	 * tree, without unwind tables), the frame pointers: kshim's own frames
	 * have them too, so the walk from here reaches the driver's.
	 */
	if (kshim_task_stack_range(&lo, &hi) && (void *)&n >= lo && (void *)&n < hi) {
		void **fp = __builtin_frame_address(0);

		n = 0;
		while (n < MAX_FRAMES + 8 && (void *)fp >= lo && (void *)(fp + 2) <= hi && fp[1]) {
			frames[n++] = fp[1];
			if ((void **)fp[0] <= fp)
				break;
			fp = fp[0];
		}
		/* The walk starts at this function's caller: a frame for itself. */
		memmove(frames + 1, frames, n * sizeof(frames[0]));
		frames[0] = (char *)caller_frames + 1;
		n++;
	}
	/* This function's frame, after a sanitizer's backtrace() if any. */
	/*
	 * Return addresses, named by the call (one byte before): a call to a
	 * noreturn function may be a function's last instruction.
	 */
	for (i = 0; i < n; i++)
		if (!kshim_symbolize((char *)frames[i] - 1, name, sizeof(name), &off, &size) &&
		    !strcmp(name, "caller_frames"))
			break;
	for (i = i < n ? i + 1 : 0; i < n; i++) {
		/* _printk: UML's BUG() is a printk that kshim turns into kshim_bug(). */
		if (kshim_symbolize((char *)frames[i] - 1, name, sizeof(name), &off, &size) ||
		    (strncmp(name, "kshim_", 6) && strcmp(name, "panic") &&
		     strcmp(name, "_printk")))
			break;
	}
	g->nframes = 0;
	for (; i < n && g->nframes < MAX_FRAMES; i++)
		g->frames[g->nframes++] = frames[i];
	trim_frames(g);
	/* A return address: the call itself is one byte before. */
	g->pc = g->nframes ? (char *)g->frames[0] - 1 : NULL;
}

void kshim_bug(const char *file, int line)
{
	const char *module = kshim_current_module();
	char report[512];
	struct guard g;

	caller_frames(&g);
	/* lib/bug.c: "cut here" at the default level, then pr_crit. */
	kshim_klog(4, "------------[ cut here ]------------");
	kshim_klog(2, "kernel BUG at %s:%d!", file, line);
	oops("invalid opcode", &g);
	/* The report names the driver's line already. */
	snprintf(report, sizeof(report), "kernel BUG at %s:%d!", file, line);
	kshim_defect(KSHIM_DEFECT_BUG, "%s%s%s", report,
		     module ? " in module " : "", module ? module : "");
	unwind(report);
}

void kshim_panic(const char *module, const char *msg)
{
	char report[1200], where[800];
	size_t n = strlen(msg);
	struct guard g;

	caller_frames(&g);
	/* kernel/panic.c: the message, dump_stack(), the end marker. */
	if (n && msg[n - 1] == '\n')
		n--;
	kshim_klog(0, "Kernel panic - not syncing: %.*s", (int)n, msg);
	kshim_klog(4, "CPU: 0 PID: %d Comm: %s", kshim_current_pid(),
		   kshim_current_comm());
	if (g.nframes)
		print_trace(&g, 0);
	kshim_klog(0, "---[ end Kernel panic - not syncing: %.*s ]---", (int)n, msg);
	snprintf(report, sizeof(report), "Kernel panic - not syncing: %.*s",
		 (int)n, msg);
	where[0] = '\0';
	if (g.pc)
		source_line(g.pc, where, sizeof(where));
	kshim_defect(KSHIM_DEFECT_PANIC, "%s%s%s%s%s", report,
		     module ? " in module " : "", module ? module : "",
		     where[0] ? " at " : "", where);
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
#define NR_FATAL	(int)(sizeof(fatal_signals) / sizeof(fatal_signals[0]))
static struct sigaction saved[NR_FATAL];

static const char *signal_name(int sig)
{
	return sig == SIGSEGV ? "SIGSEGV" : sig == SIGBUS ? "SIGBUS" :
	       sig == SIGFPE ? "SIGFPE" : sig == SIGILL ? "SIGILL" :
	       sig == SIGALRM ? "SIGALRM" : "SIGABRT";
}

/*
 * The watchdog: a per-thread POSIX timer armed by the outermost guard,
 * delivering SIGALRM to this thread. Its value carries kshim's tag; a tick
 * is stale (queued before the timer was stopped) when no call is armed or
 * the current one has not run its time yet.
 */
#define WATCHDOG_DEFAULT	10	/* seconds */
#define WD_MAGIC		0x6b730000
#define WD_MAX_DEFER		200	/* times 10 ms inside the C library */

static int watchdog_secs = -1;	/* -1: not read from $KSHIM_WATCHDOG yet */
static pthread_once_t alarm_once = PTHREAD_ONCE_INIT;
static struct sigaction saved_alarm;
static __thread timer_t wd_timer;
static __thread volatile int wd_gen;	/* the armed timer's; 0: none */
static __thread unsigned int wd_secs;	/* the current period's length */
static __thread int wd_defer;
static __thread struct timespec wd_start;

/* Code of the C library and the sanitizer runtimes: not to be unwound. */
struct code_range {
	unsigned long start, end;
};
static struct code_range libc_code[8];
static int nr_libc_code;
static pthread_once_t libc_once = PTHREAD_ONCE_INIT;

void kshim_set_watchdog(unsigned int seconds)
{
	__atomic_store_n(&watchdog_secs, seconds > INT_MAX ? INT_MAX : (int)seconds,
			 __ATOMIC_RELAXED);
}

static unsigned int watchdog_seconds(void)
{
	int v = __atomic_load_n(&watchdog_secs, __ATOMIC_RELAXED);
	const char *env;
	char *end;
	long l;

	if (v >= 0)
		return v;
	v = WATCHDOG_DEFAULT;
	env = getenv("KSHIM_WATCHDOG");
	if (env && *env) {
		l = strtol(env, &end, 10);
		if (*end || l < 0 || l > INT_MAX)
			fprintf(stderr, "kshim: KSHIM_WATCHDOG=%s: not a number of seconds (EINVAL); using %d\n",
				env, WATCHDOG_DEFAULT);
		else
			v = (int)l;
	}
	__atomic_store_n(&watchdog_secs, v, __ATOMIC_RELAXED);
	return v;
}

static int libc_range(struct dl_phdr_info *info, size_t size, void *data)
{
	static const char *const names[] = { "libc.so", "libasan", "libtsan",
					     "libubsan", "liblsan", "ld-linux" };
	const char *base = strrchr(info->dlpi_name, '/');
	size_t i;
	int j;

	base = base ? base + 1 : info->dlpi_name;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strncmp(base, names[i], strlen(names[i])))
			break;
	if (i == sizeof(names) / sizeof(names[0]))
		return 0;
	for (j = 0; j < info->dlpi_phnum && nr_libc_code < 8; j++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[j];

		if (ph->p_type == PT_LOAD && (ph->p_flags & PF_X)) {
			libc_code[nr_libc_code].start = info->dlpi_addr + ph->p_vaddr;
			libc_code[nr_libc_code].end = info->dlpi_addr + ph->p_vaddr +
						      ph->p_memsz;
			nr_libc_code++;
		}
	}
	return 0;
}

static int in_libc(unsigned long pc)
{
	int i;

	for (i = 0; i < nr_libc_code; i++)
		if (pc >= libc_code[i].start && pc < libc_code[i].end)
			return 1;
	return 0;
}

/* Has the current call run its time? (A queued tick may be an old one.) */
static int watchdog_expired(void)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - wd_start.tv_sec) * 1000000000L +
	       (now.tv_nsec - wd_start.tv_nsec) >= (long)wd_secs * 1000000000L;
}

/* A SIGALRM that is not the watchdog's goes where it went before kshim. */
static void forward_alarm(int sig, siginfo_t *info, void *uctx)
{
	if (saved_alarm.sa_flags & SA_SIGINFO) {
		saved_alarm.sa_sigaction(sig, info, uctx);
	} else if (saved_alarm.sa_handler == SIG_DFL) {
		/* Its default action: terminate, once this handler returns. */
		sigaction(SIGALRM, &saved_alarm, NULL);
		raise(SIGALRM);
	} else if (saved_alarm.sa_handler != SIG_IGN) {
		saved_alarm.sa_handler(sig);
	}
}

/* Note the fault's frames, from the frame that faulted on. */
/*
 * Module code built by Kbuild has no unwind tables, but frame pointers: its
 * frames are walked by the chain of saved frame pointers, from @fp, while
 * they stay on the simulated task's stack (host/task.c), where the module
 * call began. Only reads within that stack: safe in a signal handler.
 */
static void fp_frames(struct guard *g, void **fp)
{
	void *lo, *hi;

	g->frames[0] = g->pc;
	g->nframes = 1;
	if (!kshim_task_stack_range(&lo, &hi))
		return;
	while (g->nframes < MAX_FRAMES && (void *)fp >= lo &&
	       (void *)(fp + 2) <= hi && fp[1]) {
		g->frames[g->nframes++] = fp[1];
		if ((void **)fp[0] <= fp)
			break;		/* a chain goes up the stack, or ends */
		fp = fp[0];
	}
}

static void note_frames(struct guard *g, int sig, siginfo_t *info, ucontext_t *uc)
{
	void *frames[MAX_FRAMES + 2];
	int n, i;

	g->sig = sig;
	g->code = info->si_code;
	g->addr = (unsigned long)info->si_addr;
	g->pc = (void *)uc->uc_mcontext.gregs[REG_RIP];
	g->sp = (unsigned long)uc->uc_mcontext.gregs[REG_RSP];
	/* The frames above the faulting one: this handler and the trampoline. */
	n = backtrace(frames, MAX_FRAMES + 2);
	g->nframes = 0;
	for (i = 0; i < n && frames[i] != g->pc; i++)
		;
	for (; i < n && g->nframes < MAX_FRAMES; i++)
		g->frames[g->nframes++] = frames[i];
	if (g->nframes <= 1)
		fp_frames(g, (void **)uc->uc_mcontext.gregs[REG_RBP]);
}

/*
 * Only what is safe in a handler: note the fault and unwind. The report is
 * made by the guard, back on a sane stack.
 */
static void on_fatal_signal(int sig, siginfo_t *info, void *uctx)
{
	struct guard *g = guard_top;
	ucontext_t *uc = uctx;
	int i;

	if (sig == SIGALRM) {
		if (info->si_code != SI_TIMER ||
		    (info->si_value.sival_int & 0xffff0000) != WD_MAGIC) {
			forward_alarm(sig, info, uctx);
			return;
		}
		/* Stale: from a timer deleted since, or no module running. */
		if (!g || !wd_gen || info->si_value.sival_int != wd_gen ||
		    !watchdog_expired())
			return;
		/*
		 * Unwinding out of the C library could leave its locks (malloc's,
		 * stdio's) held: let the loop come back to module code first.
		 */
		if (in_libc((unsigned long)uc->uc_mcontext.gregs[REG_RIP]) &&
		    wd_defer++ < WD_MAX_DEFER) {
			struct itimerspec its = { .it_value.tv_nsec = 10000000 };

			timer_settime(wd_timer, 0, &its, NULL);
			return;
		}
	} else if (!g) {
		/* Not module code: hand it back to whoever had it (cmocka). */
		for (i = 0; i < NR_FATAL; i++)
			if (fatal_signals[i] == sig)
				sigaction(sig, &saved[i], NULL);
		raise(sig);
		return;
	}
	note_frames(g, sig, info, uc);
	siglongjmp(g->env, 1);
}

static void find_libc(void)
{
	dl_iterate_phdr(libc_range, NULL);
}

static void install_alarm_handler(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_fatal_signal;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESTART;
	sigemptyset(&sa.sa_mask);
	/* Kept for the life of the process: a queued tick may come late. */
	sigaction(SIGALRM, &sa, &saved_alarm);
}

/*
 * What a thread keeps for its module calls, made on its first one: the
 * timer and the alternate signal stack. Freed when the thread exits.
 */
static pthread_key_t thread_key;
static pthread_once_t key_once = PTHREAD_ONCE_INIT;
static __thread int wd_have_timer;
static __thread void *alt_stack;
static __thread size_t alt_size;
static __thread stack_t saved_alt;

/*
 * The C library's timer_delete(): the kernel half of kshim-uml exports the
 * kernel's timer_delete() (a timer_list's), which this program's own
 * definition would otherwise bind the plain name to.
 */
static int libc_timer_delete(timer_t timer)
{
	static int (*fn)(timer_t);

	if (!fn)
		fn = (int (*)(timer_t))dlsym(RTLD_NEXT, "timer_delete");
	return fn ? fn(timer) : -1;
}

static void thread_gone(void *unused)
{
	if (wd_have_timer)
		libc_timer_delete(wd_timer);
	wd_have_timer = 0;
	free(alt_stack);
	alt_stack = NULL;
}

/* A forked child has no timers: the parent's timer ID means nothing there. */
static void forked(void)
{
	wd_have_timer = 0;
	wd_gen = 0;
}

static void make_key(void)
{
	pthread_key_create(&thread_key, thread_gone);
	pthread_atfork(NULL, NULL, forked);
}

static void watchdog_start(void)
{
	struct itimerspec its = { .it_value.tv_sec = wd_secs };

	clock_gettime(CLOCK_MONOTONIC, &wd_start);
	wd_defer = 0;
	if (wd_gen)
		timer_settime(wd_timer, 0, &its, NULL);
}

static void watchdog_arm(void)
{
	struct sigevent sev;

	wd_secs = watchdog_seconds();
	if (!wd_secs)
		return;
	pthread_once(&alarm_once, install_alarm_handler);
	if (!wd_have_timer) {
		memset(&sev, 0, sizeof(sev));
		sev.sigev_notify = SIGEV_THREAD_ID;
		sev.sigev_signo = SIGALRM;
		sev._sigev_un._tid = gettid();
		sev.sigev_value.sival_int = WD_MAGIC | (gettid() & 0xffff);
		if (timer_create(CLOCK_MONOTONIC, &sev, &wd_timer)) {
			fprintf(stderr, "kshim: no watchdog for module calls: timer_create: %s\n",
				strerror(errno));
			return;
		}
		wd_have_timer = 1;
		pthread_setspecific(thread_key, &wd_have_timer);
	}
	wd_gen = WD_MAGIC | (gettid() & 0xffff);
	watchdog_start();
}

static void watchdog_disarm(void)
{
	struct itimerspec off = { 0 };

	if (!wd_gen)
		return;
	/* First: a tick still queued when the timer stops is then stale. */
	wd_gen = 0;
	timer_settime(wd_timer, 0, &off, NULL);
}

/* kernel/watchdog.c watchdog_timer_fn(): the soft lockup report. */
static void report_lockup(struct guard *g)
{
	struct timespec now;
	char where[800];

	trim_frames(g);
	clock_gettime(CLOCK_MONOTONIC, &now);
	kshim_klog(0, "watchdog: BUG: soft lockup - CPU#0 stuck for %lus! [%s:%d]",
		   (unsigned long)(now.tv_sec - wd_start.tv_sec),
		   kshim_current_comm(), kshim_current_pid());
	kshim_modules_linked_in();
	kshim_klog(4, "CPU: 0 PID: %d Comm: %s", kshim_current_pid(),
		   kshim_current_comm());
	kshim_klog(4, "RIP: 0010:%s", symbol_str(g->pc, where, sizeof(where)));
	print_trace(g, 1);
	add_taint(14 /* TAINT_SOFTLOCKUP */, 0 /* LOCKDEP_STILL_OK */);
	source_line(g->pc, where, sizeof(where));
	/* The kind's name makes it read "BUG: soft lockup - ...". */
	kshim_defect(KSHIM_DEFECT_BUG,
		     "soft lockup - CPU#0 stuck for %lus! [%s:%d] in module %s%s%s",
		     (unsigned long)(now.tv_sec - wd_start.tv_sec),
		     kshim_current_comm(), kshim_current_pid(),
		     g->module ? g->module : "?", where[0] ? " at " : "", where);
}

/*
 * A fault near the stack pointer is the stack running into its guard page:
 * what 6.1 reports from handle_stack_overflow() (arch/x86/kernel/traps.c).
 */
static int stack_overflow(const struct guard *g, void **lo, void **hi)
{
	pthread_attr_t attr;
	size_t size = 0;
	void *base = NULL;

	if (g->sig != SIGSEGV || g->addr < 4096 ||
	    g->addr + 65536 < g->sp || g->addr > g->sp + 65536)
		return 0;
	/* Module code on a simulated task's stack (host/task.c), or the thread's. */
	if (kshim_task_stack_range(lo, hi) && (char *)*lo <= (char *)g->sp &&
	    (char *)g->sp < (char *)*hi)
		return 1;
	if (!pthread_getattr_np(pthread_self(), &attr)) {
		pthread_attr_getstack(&attr, &base, &size);
		pthread_attr_destroy(&attr);
	}
	*lo = base;
	*hi = (char *)base + size;
	return 1;
}

/* The oops for a fault in module code, and its defect. */
static void report_fault(struct guard *g)
{
	char where[800];
	int sig = g->sig, overflow;
	void *lo = NULL, *hi = NULL;
	const char *what;

	trim_frames(g);
	/*
	 * A sanitizer's check of the driver's access faulted (TSan reads its
	 * shadow of the address): the driver's frame is the first outside it.
	 */
	while (in_libc((unsigned long)g->pc) && g->nframes > 1) {
		memmove(g->frames, g->frames + 1, --g->nframes * sizeof(g->frames[0]));
		g->pc = (char *)g->frames[0] - 1;
	}
	overflow = stack_overflow(g, &lo, &hi);
	/* arch/x86/mm/fault.c: show_fault_oops() names the first page NULL. */
	if (overflow)
		kshim_klog(0, "BUG: TASK stack guard page was hit at %p (stack is %p..%p)",
			   (void *)g->addr, lo, hi);
	else if (sig == SIGSEGV && g->code == SI_KERNEL)
		;	/* a non-canonical address: #GP, no page fault */
	else if ((sig == SIGSEGV || sig == SIGBUS) && g->addr < 4096)
		kshim_klog(1, "BUG: kernel NULL pointer dereference, address: %016lx",
			   g->addr);
	else if (sig == SIGSEGV || sig == SIGBUS)
		kshim_klog(1, "BUG: unable to handle page fault for address: %016lx",
			   g->addr);
	if (overflow)
		what = "stack guard page";
	else if (sig == SIGSEGV && g->code == SI_KERNEL)
		what = "general protection fault";
	else
		what = sig == SIGFPE ? "divide error" : sig == SIGILL ?
		       "invalid opcode" : "Oops";
	oops(what, g);
	source_line(g->pc, where, sizeof(where));
	kshim_defect(KSHIM_DEFECT_SIGNAL, "%s (signal %d, %s)%s in module %s%s%s",
		     strsignal(sig), sig, signal_name(sig),
		     overflow ? ": stack overflow" : "",
		     g->module ? g->module : "?", where[0] ? " at " : "", where);
}

/*
 * An alternate stack for the handler, for this thread while module code
 * runs: a handler on the overflowed stack would fault again.
 */
static void altstack_push(void)
{
	long min = sysconf(_SC_SIGSTKSZ);
	stack_t ss;

	if (!alt_stack) {
		/* backtrace() in the handler needs room beyond the minimum. */
		alt_size = 65536 + (min > 0 ? (size_t)min : SIGSTKSZ);
		alt_stack = malloc(alt_size);
		if (!alt_stack)
			return;
		pthread_setspecific(thread_key, &wd_have_timer);
	}
	ss.ss_sp = alt_stack;
	ss.ss_size = alt_size;
	ss.ss_flags = 0;
	if (sigaltstack(&ss, &saved_alt))
		saved_alt.ss_flags = -1;
}

static void altstack_pop(void)
{
	if (alt_stack && saved_alt.ss_flags != -1)
		sigaltstack(&saved_alt, NULL);
}

static pthread_mutex_t handlers_lock = PTHREAD_MUTEX_INITIALIZER;
static int handlers_users;

static void install_signal_handlers(void)
{
	static int warm;
	struct sigaction sa;
	int i;

	/* backtrace() loads libgcc on first use: not in a signal handler. */
	if (!warm) {
		void *f[1];

		warm = backtrace(f, 1);
	}

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_fatal_signal;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	/*
	 * The handlers are the process's: installed by the first thread to
	 * enter module code, given back by the last to leave it. The handler
	 * itself tells by the thread's own guard whether a fault is a module's.
	 */
	pthread_mutex_lock(&handlers_lock);
	if (handlers_users++ == 0)
		for (i = 0; i < NR_FATAL; i++)
			sigaction(fatal_signals[i], &sa, &saved[i]);
	pthread_mutex_unlock(&handlers_lock);
}

static void restore_signal_handlers(void)
{
	int i;

	pthread_mutex_lock(&handlers_lock);
	if (--handlers_users == 0)
		for (i = 0; i < NR_FATAL; i++)
			sigaction(fatal_signals[i], &saved[i], NULL);
	pthread_mutex_unlock(&handlers_lock);
}

static void guard_leave(struct guard *g, int outer)
{
	guard_top = g->prev;
	if (!outer)
		return;
	watchdog_disarm();
	restore_signal_handlers();
	altstack_pop();
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
		/* A late tick while reporting goes to the caller's guard. */
		guard_top = g.prev;
		kshim_lockdep_leave(module, 1, outer);
		if (outer)
			watchdog_disarm();
		if (g.sig == SIGALRM) {
			report_lockup(&g);
			/* The caller is module code too: a fresh period for it. */
			if (!outer)
				watchdog_start();
		} else if (g.sig) {
			report_fault(&g);
		}
		guard_leave(&g, outer);
		return -1;
	}
	if (outer) {
		pthread_once(&key_once, make_key);
		pthread_once(&libc_once, find_libc);
		altstack_push();
		install_signal_handlers();
		watchdog_arm();
	}
	guard_top = &g;
	kshim_lockdep_enter();
	*ret = kshim_task_call(fn, arg);
	kshim_lockdep_leave(module, 0, outer);
	guard_leave(&g, outer);
	return 0;
}

void kshim_bug_reset(void)
{
	die_counter = 0;
}
