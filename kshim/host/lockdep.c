// SPDX-License-Identifier: GPL-2.0-only
/*
 * Locks, and their validation in the spirit of lockdep (CONFIG_PROVE_LOCKING)
 * and CONFIG_DEBUG_ATOMIC_SLEEP.
 *
 * Each host thread is a simulated task: it has its own stack of held locks
 * and its own preemption count (thread-local). A lock's state is one int,
 * changed with atomic operations only, so locks exclude between threads.
 * A task that waits for a lock another task holds yields until it is free;
 * a task that takes a lock it holds already would deadlock in the kernel:
 * that is reported, and the module call unwinds as a crash.
 *
 * Classes are lock_class_key addresses (one per init site, or the lock
 * itself for a static one) plus the subclass. The dependency graph (class A
 * held while B is taken) and the per-class IRQ usage are global, under
 * graph_lock; reports are made after it is dropped, since printing may take
 * kernel locks itself.
 */
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <kshim/lockdep.h>

#include "internal.h"

#define MAX_LOCK_DEPTH	48	/* as the kernel's (include/linux/sched.h) */
#define MAX_GUARDS	16
#define MAX_CLASSES	1024
#define MAX_EDGES	4096
#define MAX_ORPHANS	64
#define MAX_SLEEP_SITES	64

/* preempt.h's offsets; TAINT_WARN from panic.h. */
#define PREEMPT_OFFSET	0x1
#define SOFTIRQ_OFFSET	0x100
#define HARDIRQ_OFFSET	0x10000
#define TAINT_WARN	9

struct held {
	struct kshim_lock *lock;
	const struct kshim_site *site;		/* where it was taken */
	const char *module;			/* whose call took it */
	int cls;				/* index in classes[] */
	int read;
	int phantom;	/* taken again after a recursion report: owns nothing */
};

/* The current task. */
static __thread struct held held[MAX_LOCK_DEPTH];
static __thread int depth;
static __thread int preempt_cnt;	/* preempt_disable, spinlocks, bh */
static __thread const struct kshim_site *preempt_site;
/* At each guarded call's entry: held depth and preempt count. */
static __thread int guard_depth[MAX_GUARDS], guard_preempt[MAX_GUARDS];
static __thread int nguards;

/* Usage bits: each pair (2n, 2n + 1) excludes each other. */
#define USED_IN_HARDIRQ	0
#define ENABLED_HARDIRQ	1
#define USED_IN_SOFTIRQ	2
#define ENABLED_SOFTIRQ	3
#define USAGE_BITS	4

struct lclass {
	const void *key;
	int sub;
	const char *name;
	/* lockdep's usage bits (USED_IN_HARDIRQ...): where each was first seen. */
	const struct kshim_site *usage[USAGE_BITS];
	int usage_reported[USAGE_BITS / 2];	/* per exclusive pair */
};

/* "From" was held when "to" was taken: at from_site and to_site. */
struct edge {
	int from, to;
	const struct kshim_site *from_site, *to_site;
	int reported;
};

/* Locks left held by a module call that returned to user space. */
struct orphan {
	struct kshim_lock *lock;
	const struct kshim_site *site;
	char module[64];	/* a copy: the call's own name may be gone */
	int cls;
};

static pthread_mutex_t graph_lock = PTHREAD_MUTEX_INITIALIZER;
static struct lclass classes[MAX_CLASSES];
static int nclasses;
static struct edge edges[MAX_EDGES];
static int nedges;
static struct orphan orphans[MAX_ORPHANS];
static int norphans;
/* Sleeping reports made: the driver's site, or might_sleep()'s file and line. */
static struct {
	const void *where;
	int line;
} sleep_reported[MAX_SLEEP_SITES];
static int nsleep_reported;

/*
 * graph_lock, noted per thread: a module call that crashes (a watchdog
 * signal) while this thread holds it must not leave it locked.
 */
static __thread int in_graph;

static void graph_enter(void)
{
	pthread_mutex_lock(&graph_lock);
	in_graph = 1;
}

static void graph_exit(void)
{
	in_graph = 0;
	pthread_mutex_unlock(&graph_lock);
}

static const char *site_str(const struct kshim_site *site, char *buf, size_t len)
{
	if (!site)
		return "an unknown site";
	snprintf(buf, len, "%s:%d", site->file, site->line);
	return buf;
}

/* " in module foo", or nothing outside module calls. */
static const char *in_module(const char *module, char *buf, size_t len)
{
	if (!module)
		return "";
	snprintf(buf, len, " in module %s", module);
	return buf;
}

static const void *lock_key(const struct kshim_lock *l)
{
	return l->key ? l->key : (const void *)l;
}

/* The class of @l's @sub; -1 when the table is full. Under graph_lock. */
static int class_of_locked(const struct kshim_lock *l, int sub)
{
	const void *key = lock_key(l);
	int i;

	for (i = 0; i < nclasses; i++)
		if (classes[i].key == key && classes[i].sub == sub)
			return i;
	if (nclasses == MAX_CLASSES)
		return -1;
	memset(&classes[nclasses], 0, sizeof(classes[0]));
	classes[nclasses].key = key;
	classes[nclasses].sub = sub;
	classes[nclasses].name = l->name ? l->name : "(unnamed)";
	return nclasses++;
}

static int class_of(const struct kshim_lock *l, int sub)
{
	int c;

	graph_enter();
	c = class_of_locked(l, sub);
	graph_exit();
	return c;
}

/* The class's name as lockdep prints it: "&priv->lock", "&priv->lock/1". */
static const char *class_name(int c, const struct kshim_lock *l, char *buf,
			      size_t len)
{
	const char *name;
	int sub = 0;

	graph_enter();
	if (c >= 0) {
		name = classes[c].name;
		sub = classes[c].sub;
	} else {
		name = l && l->name ? l->name : "(unnamed)";
	}
	graph_exit();
	if (sub)
		snprintf(buf, len, "%s/%d", name, sub);
	else
		snprintf(buf, len, "%s", name);
	return buf;
}

static const char *op_name(int kind, int read)
{
	switch (kind) {
	case KSHIM_LK_RWLOCK:
		return read ? "read_lock" : "write_lock";
	case KSHIM_LK_MUTEX:
		return "mutex_lock";
	case KSHIM_LK_RWSEM:
		return read ? "down_read" : "down_write";
	default:
		return "spin_lock";
	}
}

static int sleeps(int kind)
{
	return kind == KSHIM_LK_MUTEX || kind == KSHIM_LK_RWSEM;
}

/* lockdep_print_held_locks(), to the log. */
static void print_held_locks(void)
{
	char name[128], where[256];
	int i;

	if (!depth) {
		kshim_klog(4, "no locks held by %s/%d.", kshim_current_comm(),
			   kshim_current_pid());
		return;
	}
	kshim_klog(4, "%d lock%s held by %s/%d:", depth, depth > 1 ? "s" : "",
		   kshim_current_comm(), kshim_current_pid());
	for (i = 0; i < depth; i++)
		kshim_klog(4, " #%d: %px (%s), at: %s", i, held[i].lock,
			   class_name(held[i].cls, held[i].lock, name, sizeof(name)),
			   kshim_site_str(held[i].site, where, sizeof(where)));
}

static void banner(const char *rule, const char *headline)
{
	kshim_klog(4, "%s", "");
	kshim_klog(4, "%s", rule);
	kshim_klog(4, "%s", headline);
	kshim_klog(4, "%.*s", (int)strlen(rule), "----------------------------"
		   "----------------------------------------------------------");
}

void kshim_lock_init(struct kshim_lock *l, int kind, const char *name,
		     const void *key)
{
	__atomic_store_n(&l->state, 0, __ATOMIC_RELAXED);
	l->kind = kind;
	l->name = name;
	l->key = key;
	__atomic_store_n(&l->magic, KSHIM_LOCK_MAGIC, __ATOMIC_RELEASE);
}

void kshim_lock_set_class(struct kshim_lock *l, const char *name,
			  const void *key)
{
	l->name = name;
	l->key = key;
}

int kshim_lock_is_locked(const struct kshim_lock *l)
{
	return __atomic_load_n(&l->state, __ATOMIC_RELAXED) != 0;
}

static int held_index(const struct kshim_lock *l)
{
	int i;

	for (i = depth - 1; i >= 0; i--)
		if (held[i].lock == l)
			return i;
	return -1;
}

int kshim_lock_held(const struct kshim_lock *l)
{
	return held_index(l) >= 0;
}

void kshim_lock_assert_held(const struct kshim_lock *l, int want,
			    const struct kshim_site *site)
{
	if (kshim_lock_held(l) == want)
		return;
	/* lockdep_assert_held() is a WARN_ON at the caller's line. */
	kshim_warn(kshim_current_module(), site ? site->file : "?",
		   site ? site->line : 0, site ? site->func : "?", 1);
}

void kshim_lockdep_assert(int ok, const struct kshim_site *site)
{
	if (ok)
		return;
	kshim_warn(kshim_current_module(), site ? site->file : "?",
		   site ? site->line : 0, site ? site->func : "?", 1);
}

/* --- Sleeping in atomic context ------------------------------------------ */

int kshim_preempt_count(void)
{
	int pc = preempt_cnt + kshim_rcu_read_depth() * PREEMPT_OFFSET;

	if (kshim_in_softirq())
		pc += SOFTIRQ_OFFSET;
	if (kshim_in_hardirq())
		pc += HARDIRQ_OFFSET;
	return pc;
}

void kshim_preempt_add(int delta, const struct kshim_site *site)
{
	if (delta > 0 && !preempt_cnt)
		preempt_site = site;
	/* An unbalanced enable would underflow; the kernel warns, kshim clamps. */
	if (preempt_cnt + delta < 0) {
		kshim_defect(KSHIM_DEFECT_MISUSE,
			     "preempt_enable()/local_bh_enable() without a disable at %s:%d",
			     site ? site->file : "?", site ? site->line : 0);
		return;
	}
	preempt_cnt += delta;
}

/* The innermost reason the task may not sleep, with the site behind it. */
static void atomic_reason(char *buf, size_t len)
{
	char name[128], where[128];
	int i;

	for (i = depth - 1; i >= 0; i--)
		if (!sleeps(held[i].lock->kind)) {
			snprintf(buf, len, "lock (%s) held, taken at %s",
				 class_name(held[i].cls, held[i].lock, name,
					    sizeof(name)),
				 site_str(held[i].site, where, sizeof(where)));
			return;
		}
	if (kshim_in_hardirq())
		snprintf(buf, len, "in a hard IRQ handler");
	else if (kshim_in_softirq())
		snprintf(buf, len, "in softirq context");
	else if (kshim_rcu_read_depth())
		snprintf(buf, len, "in an RCU read-side critical section");
	else if (preempt_cnt & 0xff)
		snprintf(buf, len, "preemption disabled at %s",
			 site_str(preempt_site, where, sizeof(where)));
	else if (preempt_cnt)
		snprintf(buf, len, "bottom halves disabled at %s",
			 site_str(preempt_site, where, sizeof(where)));
	else
		snprintf(buf, len, "IRQs disabled");
}

/* __might_resched(): @file:@line is the might_sleep(), @site the driver's call. */
static void sleep_check(const char *file, int line,
			const struct kshim_site *site)
{
	int pc = kshim_preempt_count(), irqs = kshim_irqs_disabled() != 0;
	char reason[320], where[128], mod[128];
	int i, seen = 0;

	if (!pc && !irqs)
		return;
	/* Once per call site, as the kernel's once-a-second limit would have it. */
	graph_enter();
	for (i = 0; i < nsleep_reported; i++)
		if (sleep_reported[i].where == (site ? (const void *)site : file) &&
		    sleep_reported[i].line == line)
			seen = 1;
	if (!seen && nsleep_reported < MAX_SLEEP_SITES) {
		sleep_reported[nsleep_reported].where = site ? (const void *)site : file;
		sleep_reported[nsleep_reported++].line = line;
	}
	graph_exit();
	if (seen)
		return;

	kshim_klog(3, "BUG: sleeping function called from invalid context at %s:%d",
		   file, line);
	kshim_klog(3, "in_atomic(): %d, irqs_disabled(): %d, non_block: %d, pid: %d, name: %s",
		   pc != 0, irqs, 0, kshim_current_pid(), kshim_current_comm());
	kshim_klog(3, "preempt_count: %x, expected: %x", pc, 0);
	print_held_locks();
	dump_stack();
	add_taint(TAINT_WARN, 0);
	atomic_reason(reason, sizeof(reason));
	kshim_defect(KSHIM_DEFECT_LOCKING,
		     "BUG: sleeping function called from invalid context at %s:%d%s: called at %s while %s",
		     file, line, in_module(kshim_current_module(), mod, sizeof(mod)),
		     site ? site_str(site, where, sizeof(where)) : "there", reason);
}

void kshim_might_sleep(const char *file, int line)
{
	/* might_sleep() in the driver: the headline names its line already. */
	sleep_check(file, line, NULL);
}

void kshim_might_alloc(unsigned int gfp, const struct kshim_site *site)
{
	/* include/linux/sched/mm.h might_alloc(): __GFP_DIRECT_RECLAIM. */
	if (gfp & 0x400u)
		sleep_check("include/linux/sched/mm.h", 274, site);
}

static __thread int pagefaults_off;

void kshim_pagefault_add(int delta)
{
	pagefaults_off += delta;
}

int kshim_pagefault_disabled(void)
{
	return pagefaults_off;
}

void kshim_might_fault(const char *file, int line, const struct kshim_site *site)
{
	if (!pagefaults_off)
		sleep_check(file, line, site);
}

void kshim_cant_sleep(const char *file, int line)
{
	char mod[128];

	if (kshim_irqs_disabled() || kshim_preempt_count())
		return;
	kshim_klog(3, "BUG: assuming atomic context at %s:%d", file, line);
	kshim_klog(3, "in_atomic(): %d, irqs_disabled(): %d, pid: %d, name: %s",
		   0, 0, kshim_current_pid(), kshim_current_comm());
	print_held_locks();
	add_taint(TAINT_WARN, 0);
	kshim_defect(KSHIM_DEFECT_LOCKING, "BUG: assuming atomic context at %s:%d%s",
		     file, line, in_module(kshim_current_module(), mod, sizeof(mod)));
}

void kshim_schedule_check(void)
{
	/* __schedule() prints the count with its own preempt_disable(). */
	int pc = kshim_preempt_count();
	char reason[320], mod[128];

	if (!pc)
		return;
	kshim_klog(3, "BUG: scheduling while atomic: %s/%d/0x%08x",
		   kshim_current_comm(), kshim_current_pid(), pc + 1);
	print_held_locks();
	kshim_modules_linked_in();
	dump_stack();
	add_taint(TAINT_WARN, 0);
	atomic_reason(reason, sizeof(reason));
	kshim_defect(KSHIM_DEFECT_LOCKING,
		     "BUG: scheduling while atomic: %s/%d/0x%08x%s: %s",
		     kshim_current_comm(), kshim_current_pid(), pc + 1,
		     in_module(kshim_current_module(), mod, sizeof(mod)), reason);
}

/* --- Lock order and recursion --------------------------------------------- */

/*
 * Is there a path from class @from to class @to? Breadth first, each class
 * once; *@first_edge is the path's first edge. Under graph_lock.
 */
static int reaches(int from, int to, int *first_edge)
{
	static int queue[MAX_CLASSES], via[MAX_CLASSES];
	static unsigned char seen[MAX_CLASSES];
	int head = 0, tail = 0, c, i;

	memset(seen, 0, nclasses);
	queue[tail++] = from;
	seen[from] = 1;
	via[from] = -1;
	while (head < tail) {
		c = queue[head++];
		for (i = 0; i < nedges; i++) {
			int next = edges[i].to;

			if (edges[i].from != c || seen[next])
				continue;
			/* The first edge out of @from leads here. */
			via[next] = c == from ? i : via[c];
			if (next == to) {
				*first_edge = via[next];
				return 1;
			}
			seen[next] = 1;
			queue[tail++] = next;
		}
	}
	return 0;
}

static void report_recursion(struct kshim_lock *l, int cls, const struct held *h,
			     const struct kshim_site *site)
{
	char name[128], hname[128], where[128], hwhere[128], mod[128];

	banner("============================================",
	       "WARNING: possible recursive locking detected");
	kshim_klog(4, "%s/%d is trying to acquire lock:", kshim_current_comm(),
		   kshim_current_pid());
	kshim_klog(4, "%px (%s), at: %s", l, class_name(cls, l, name, sizeof(name)),
		   site_str(site, where, sizeof(where)));
	kshim_klog(4, "%s", "");
	kshim_klog(4, "but task is already holding lock:");
	kshim_klog(4, "%px (%s), at: %s", h->lock,
		   class_name(h->cls, h->lock, hname, sizeof(hname)),
		   site_str(h->site, hwhere, sizeof(hwhere)));
	kshim_klog(4, "%s", "");
	kshim_klog(4, "other info that might help us debug this:");
	print_held_locks();
	dump_stack();
	kshim_defect(KSHIM_DEFECT_LOCKING,
		     "WARNING: possible recursive locking detected%s: %s/%d is trying to acquire lock (%s) at %s but task is already holding lock (%s) taken at %s",
		     in_module(kshim_current_module(), mod, sizeof(mod)),
		     kshim_current_comm(), kshim_current_pid(), name, where, hname,
		     hwhere);
}

/* Taking @cls while holding @h: does the graph say @cls comes first? */
static void check_order(struct kshim_lock *l, int cls, const struct held *h,
			const struct kshim_site *site)
{
	char name[128], hname[128], where[128], hwhere[128], mod[128];
	char e1[128], e2[128];
	const struct kshim_site *s1 = NULL, *s2 = NULL;
	int e = -1, found, i, dup = 0, c1 = -1, c2 = -1;
	char n1[128], n2[128];

	if (cls < 0 || h->cls < 0 || h->cls == cls)
		return;
	graph_enter();
	found = reaches(cls, h->cls, &e);
	if (found) {
		dup = edges[e].reported;
		edges[e].reported = 1;
		s1 = edges[e].from_site;
		s2 = edges[e].to_site;
		c1 = edges[e].from;
		c2 = edges[e].to;
	} else {
		for (i = 0; i < nedges; i++)
			if (edges[i].from == h->cls && edges[i].to == cls)
				break;
		if (i == nedges && nedges < MAX_EDGES) {
			edges[nedges].from = h->cls;
			edges[nedges].to = cls;
			edges[nedges].from_site = h->site;
			edges[nedges].to_site = site;
			edges[nedges].reported = 0;
			nedges++;
		}
	}
	graph_exit();
	if (!found || dup)
		return;

	class_name(cls, l, name, sizeof(name));
	class_name(h->cls, h->lock, hname, sizeof(hname));
	class_name(c1, NULL, n1, sizeof(n1));
	class_name(c2, NULL, n2, sizeof(n2));
	banner("======================================================",
	       "WARNING: possible circular locking dependency detected");
	kshim_klog(4, "%s/%d is trying to acquire lock:", kshim_current_comm(),
		   kshim_current_pid());
	kshim_klog(4, "%px (%s), at: %s", l, name, site_str(site, where, sizeof(where)));
	kshim_klog(4, "%s", "");
	kshim_klog(4, "but task is already holding lock:");
	kshim_klog(4, "%px (%s), at: %s", h->lock, hname,
		   site_str(h->site, hwhere, sizeof(hwhere)));
	kshim_klog(4, "%s", "");
	kshim_klog(4, "which lock already depends on the new lock.");
	kshim_klog(4, "%s", "");
	kshim_klog(4, "%s", "");
	kshim_klog(4, "the existing dependency chain (in reverse order) is:");
	kshim_klog(4, "%s", "");
	kshim_klog(4, "-> #1 (%s):", n2);
	kshim_klog(4, "       %s", site_str(s2, e2, sizeof(e2)));
	kshim_klog(4, "%s", "");
	kshim_klog(4, "-> #0 (%s):", n1);
	kshim_klog(4, "       %s", site_str(s1, e1, sizeof(e1)));
	kshim_klog(4, "%s", "");
	kshim_klog(4, "other info that might help us debug this:");
	print_held_locks();
	dump_stack();
	kshim_defect(KSHIM_DEFECT_LOCKING,
		     "WARNING: possible circular locking dependency detected%s: %s/%d is trying to acquire lock (%s) at %s but task is already holding lock (%s) taken at %s; the existing dependency chain: lock (%s) taken at %s, then lock (%s) at %s",
		     in_module(kshim_current_module(), mod, sizeof(mod)),
		     kshim_current_comm(), kshim_current_pid(), name, where,
		     hname, hwhere, n1, e1, n2, e2);
}

/*
 * IRQ safety (lockdep's usage bits, for writers): a lock taken in a hard
 * IRQ handler must never be taken with IRQs on, one taken in softirq
 * (a timer, a tasklet) never with softirqs on; lockdep's mark_usage().
 */
static const char *const usage_str[USAGE_BITS] = {
	"IN-HARDIRQ-W", "HARDIRQ-ON-W", "IN-SOFTIRQ-W", "SOFTIRQ-ON-W",
};

static void check_usage(struct kshim_lock *l, int cls, int read, int try,
			const struct kshim_site *site)
{
	int hardirq = kshim_in_hardirq() != 0, irqs_on = !kshim_irqs_disabled();
	int softirq = !hardirq && kshim_in_softirq();
	int softirqs_on = irqs_on && !softirq && !(preempt_cnt & 0xff00);
	const struct kshim_site *prev = NULL;
	char name[128], where[128], pwhere[128], mod[128];
	int uses[USAGE_BITS], n = 0, i, bit = -1, other = -1;

	if (cls < 0 || read || sleeps(l->kind))
		return;
	if (hardirq && !try)
		uses[n++] = USED_IN_HARDIRQ;
	if (softirq && !try)
		uses[n++] = USED_IN_SOFTIRQ;
	if (irqs_on)
		uses[n++] = ENABLED_HARDIRQ;
	if (softirqs_on)
		uses[n++] = ENABLED_SOFTIRQ;
	graph_enter();
	for (i = 0; i < n; i++) {
		int b = uses[i], x = b ^ 1;	/* the bit it excludes */

		if (!classes[cls].usage[b])
			classes[cls].usage[b] = site;
		if (bit < 0 && classes[cls].usage[x] &&
		    !classes[cls].usage_reported[b / 2]) {
			classes[cls].usage_reported[b / 2] = 1;
			bit = b;
			other = x;
			prev = classes[cls].usage[x];
		}
	}
	graph_exit();
	if (bit < 0)
		return;

	class_name(cls, l, name, sizeof(name));
	banner("================================", "WARNING: inconsistent lock state");
	kshim_klog(4, "inconsistent {%s} -> {%s} usage.", usage_str[other],
		   usage_str[bit]);
	kshim_klog(4, "%s/%d [HC%d[%d]:SC%d[%d]:HE%d:SE%d] takes:",
		   kshim_current_comm(), kshim_current_pid(), hardirq, hardirq,
		   softirq, softirq, irqs_on, softirqs_on);
	kshim_klog(4, "%px (%s), at: %s", l, name, site_str(site, where, sizeof(where)));
	kshim_klog(4, "{%s} state was registered at:", usage_str[other]);
	kshim_klog(4, "  %s", site_str(prev, pwhere, sizeof(pwhere)));
	print_held_locks();
	dump_stack();
	kshim_defect(KSHIM_DEFECT_LOCKING,
		     "WARNING: inconsistent lock state%s: inconsistent {%s} -> {%s} usage of lock (%s): {%s} at %s, {%s} at %s",
		     in_module(kshim_current_module(), mod, sizeof(mod)),
		     usage_str[other], usage_str[bit], name, usage_str[other],
		     pwhere, usage_str[bit], where);
}

static void push(struct kshim_lock *l, int cls, int read, int phantom,
		 const struct kshim_site *site)
{
	if (depth == MAX_LOCK_DEPTH) {
		kshim_defect(KSHIM_DEFECT_LOCKING,
			     "BUG: MAX_LOCK_DEPTH too low! (%d locks held) at %s:%d",
			     depth, site ? site->file : "?", site ? site->line : 0);
		return;
	}
	held[depth].lock = l;
	held[depth].site = site;
	held[depth].module = kshim_current_module();
	held[depth].cls = cls;
	held[depth].read = read;
	held[depth].phantom = phantom;
	depth++;
}

/* Take the state: 1 when taken; a trylock gives up at once. */
static int take(struct kshim_lock *l, int read, int try)
{
	int s;

	for (;;) {
		s = __atomic_load_n(&l->state, __ATOMIC_RELAXED);
		if (read ? s >= 0 : s == 0) {
			if (__atomic_compare_exchange_n(&l->state, &s,
							read ? s + 1 : -1, 0,
							__ATOMIC_ACQUIRE,
							__ATOMIC_RELAXED))
				return 1;
			continue;
		}
		if (try)
			return 0;
		sched_yield();
	}
}

int kshim_lock_acquire(struct kshim_lock *l, int flags, int sub,
		       const struct kshim_site *site)
{
	int read = flags & KSHIM_LA_READ, try = flags & KSHIM_LA_TRY;
	int kind = (flags >> 4) & 3, cls, i;
	char where[128], mod[128];

	if (__atomic_load_n(&l->magic, __ATOMIC_ACQUIRE) != KSHIM_LOCK_MAGIC) {
		/* CONFIG_DEBUG_SPINLOCK's bad magic; go on with a fresh lock. */
		kshim_defect(KSHIM_DEFECT_MISUSE,
			     "%s on an uninitialised lock at %s%s",
			     op_name(kind, read), site_str(site, where, sizeof(where)),
			     in_module(kshim_current_module(), mod, sizeof(mod)));
		kshim_lock_init(l, kind, "(uninitialised)", NULL);
	}
	kind = l->kind;
	cls = class_of(l, sub);
	/* The might_sleep() of mutex_lock_nested() / down_read() / down_write(). */
	if (kind == KSHIM_LK_MUTEX && !try)
		sleep_check("kernel/locking/mutex.c", 580, site);
	else if (kind == KSHIM_LK_RWSEM && !try)
		sleep_check("kernel/locking/rwsem.c", read ? 1519 : 1572, site);

	for (i = depth - 1; i >= 0 && !try; i--) {
		struct held *h = &held[i];
		int recursive_read = kind == KSHIM_LK_RWLOCK && read && h->read;

		if (h->cls != cls || recursive_read)
			continue;
		report_recursion(l, cls, h, site);
		if (h->lock != l || (read && h->read))
			break;		/* no deadlock by itself: go on */
		/* This task would wait for itself forever. */
		if (kshim_guarded())
			kshim_guard_unwind();
		push(l, cls, read, 1, site);
		return 1;
	}
	for (i = 0; i < depth && !try; i++)
		check_order(l, cls, &held[i], site);
	if (!take(l, read, try))
		return 0;
	if (!sleeps(kind))
		preempt_cnt += PREEMPT_OFFSET;
	check_usage(l, cls, read, try, site);
	push(l, cls, read, 0, site);
	return 1;
}

static void report_bad_unlock(struct kshim_lock *l, const struct kshim_site *site)
{
	const struct kshim_site *last = __atomic_load_n(&l->released, __ATOMIC_RELAXED);
	char name[128], where[128], lwhere[160], mod[128];

	class_name(-1, l, name, sizeof(name));
	banner("=====================================",
	       "WARNING: bad unlock balance detected!");
	kshim_klog(4, "%s/%d is trying to release lock (%s) at:", kshim_current_comm(),
		   kshim_current_pid(), name);
	kshim_klog(4, "%s", site_str(site, where, sizeof(where)));
	kshim_klog(4, "but there are no more locks to release!");
	lwhere[0] = '\0';
	if (last) {
		strcpy(lwhere, " (it was released last at ");
		site_str(last, lwhere + strlen(lwhere), sizeof(lwhere) - 40);
		strcat(lwhere, ")");
	}
	kshim_klog(4, "%s", "");
	kshim_klog(4, "other info that might help us debug this:");
	print_held_locks();
	dump_stack();
	kshim_defect(KSHIM_DEFECT_LOCKING,
		     "WARNING: bad unlock balance detected!%s: %s/%d is trying to release lock (%s) at %s but there are no more locks to release!%s",
		     in_module(kshim_current_module(), mod, sizeof(mod)),
		     kshim_current_comm(), kshim_current_pid(), name, where, lwhere);
}

/* Drop held[@i]; with @release, give the lock's state back too. */
static void drop(int i, int release)
{
	struct held h = held[i];

	memmove(&held[i], &held[i + 1], (depth - i - 1) * sizeof(held[0]));
	depth--;
	if (h.phantom || !release)
		return;
	if (h.read)
		__atomic_fetch_sub(&h.lock->state, 1, __ATOMIC_RELEASE);
	else
		__atomic_store_n(&h.lock->state, 0, __ATOMIC_RELEASE);
	if (!sleeps(h.lock->kind) && preempt_cnt >= PREEMPT_OFFSET)
		preempt_cnt -= PREEMPT_OFFSET;
}

void kshim_lock_release(struct kshim_lock *l, const struct kshim_site *site)
{
	int i = held_index(l);

	if (i < 0) {
		/* Not this task's: the state stays as it is (kshim differs). */
		report_bad_unlock(l, site);
		return;
	}
	__atomic_store_n(&l->released, site, __ATOMIC_RELAXED);
	drop(i, 1);
}

void kshim_lock_downgrade(struct kshim_lock *l, const struct kshim_site *site)
{
	int i = held_index(l);

	if (i < 0 || held[i].read || held[i].phantom) {
		report_bad_unlock(l, site);
		return;
	}
	held[i].read = 1;
	__atomic_store_n(&l->state, 1, __ATOMIC_RELEASE);
}

/* --- Module calls, frees, unload, reset ------------------------------------ */

int kshim_lockdep_depth(void)
{
	return depth;
}

void kshim_lockdep_enter(void)
{
	if (nguards < MAX_GUARDS) {
		guard_depth[nguards] = depth;
		guard_preempt[nguards] = preempt_cnt;
	}
	nguards++;
}

/* Locks a returning call leaves held stay held, by a task now gone. */
static void orphan(int i)
{
	graph_enter();
	if (!held[i].phantom && norphans < MAX_ORPHANS) {
		orphans[norphans].lock = held[i].lock;
		orphans[norphans].site = held[i].site;
		snprintf(orphans[norphans].module, sizeof(orphans[0].module), "%s",
			 held[i].module ? held[i].module : "");
		orphans[norphans].cls = held[i].cls;
		/* Read unlocked by kshim_lockdep_freed(): stores are atomic. */
		__atomic_store_n(&norphans, norphans + 1, __ATOMIC_RELAXED);
	}
	graph_exit();
	drop(i, 0);
}

/* kernel/workqueue.c process_one_work(): a work item returns in atomic context. */
static void workqueue_leak(const char *module, int base, int pbase)
{
	char name[128], where[128], what[320];
	int pc = kshim_preempt_count();

	if (depth <= base && preempt_cnt == pbase)
		return;
	kshim_klog(3, "BUG: workqueue leaked lock or atomic: %s/0x%08x/%d",
		   kshim_current_comm(), pc, kshim_current_pid());
	print_held_locks();
	dump_stack();
	if (depth > base)
		snprintf(what, sizeof(what), "lock (%s) taken at %s",
			 class_name(held[depth - 1].cls, held[depth - 1].lock,
				    name, sizeof(name)),
			 site_str(held[depth - 1].site, where, sizeof(where)));
	else
		atomic_reason(what, sizeof(what));
	kshim_defect(KSHIM_DEFECT_LOCKING,
		     "BUG: workqueue leaked lock or atomic: %s/0x%08x/%d in module %s: %s",
		     kshim_current_comm(), pc, kshim_current_pid(),
		     module ? module : "?", what);
	while (depth > base)
		orphan(depth - 1);
	preempt_cnt = pbase;
}

void kshim_lockdep_leave(const char *module, int crashed, int outer)
{
	char name[128], where[128];
	int base = 0, pbase = 0, i;

	nguards--;
	if (nguards < MAX_GUARDS) {
		base = guard_depth[nguards];
		pbase = guard_preempt[nguards];
	}
	if (crashed) {
		if (in_graph)
			graph_exit();
		/* The task died: its locks go with it, so others do not hang. */
		while (depth > base)
			drop(depth - 1, 1);
		preempt_cnt = pbase;
		return;
	}
	if (!strncmp(kshim_current_comm(), "kworker/", 8)) {
		workqueue_leak(module, base, pbase);
		return;
	}
	if (!outer || depth <= base)
		return;
	/* lockdep_sys_exit(): the module call returns to user space. */
	banner("================================================",
	       "WARNING: lock held when returning to user space!");
	kshim_klog(4, "%s/%d is leaving the kernel with locks still held!",
		   kshim_current_comm(), kshim_current_pid());
	print_held_locks();
	for (i = base; i < depth; i++)
		kshim_defect(KSHIM_DEFECT_LOCKING,
			     "WARNING: lock held when returning to user space! in module %s: %s/%d is leaving the kernel with locks still held! lock (%s) taken at %s",
			     module ? module : "?", kshim_current_comm(),
			     kshim_current_pid(),
			     class_name(held[i].cls, held[i].lock, name, sizeof(name)),
			     site_str(held[i].site, where, sizeof(where)));
	while (depth > base)
		orphan(depth - 1);
	preempt_cnt = pbase;
}

static void report_freed(const struct kshim_lock *l, int cls,
			 const struct kshim_site *site, const void *from,
			 size_t size, const char *module,
			 const struct kshim_site *fsite)
{
	char name[128], where[128], fwhere[128], mod[128];

	class_name(cls, l, name, sizeof(name));
	banner("=========================", "WARNING: held lock freed!");
	kshim_klog(4, "%s/%d is freeing memory %px-%px, with a lock still held there!",
		   kshim_current_comm(), kshim_current_pid(), from,
		   (const char *)from + size - 1);
	kshim_klog(4, "%px (%s), at: %s", l, name, site_str(site, where, sizeof(where)));
	print_held_locks();
	kshim_defect(KSHIM_DEFECT_LOCKING,
		     "WARNING: held lock freed!%s: %s/%d is freeing memory at %s with a lock still held there: lock (%s) taken at %s",
		     in_module(module, mod, sizeof(mod)), kshim_current_comm(),
		     kshim_current_pid(), site_str(fsite, fwhere, sizeof(fwhere)),
		     name, where);
}

static int inside(const void *l, const void *p, size_t size)
{
	return (uintptr_t)l >= (uintptr_t)p && (uintptr_t)l < (uintptr_t)p + size;
}

/*
 * Take out of the table into *@o the first orphan that @module left, or
 * (@module NULL) whose lock is in the @size bytes at @p: 0 when none is.
 */
static int take_orphan(struct orphan *o, const char *module, const void *p,
		       size_t size)
{
	int i, found = 0;

	graph_enter();
	for (i = 0; i < norphans; i++) {
		if (module ? strcmp(orphans[i].module, module) :
			     !inside(orphans[i].lock, p, size))
			continue;
		*o = orphans[i];
		orphans[i] = orphans[norphans - 1];
		__atomic_store_n(&norphans, norphans - 1, __ATOMIC_RELAXED);
		found = 1;
		break;
	}
	graph_exit();
	return found;
}

void kshim_lockdep_freed(const void *p, const struct kshim_site *fsite)
{
	struct orphan o;
	size_t size;
	int i;

	/* The common case, cheaply: nothing held anywhere that could be freed. */
	if (!depth && !__atomic_load_n(&norphans, __ATOMIC_RELAXED))
		return;
	size = kshim_alloc_size(p);

	for (i = depth - 1; i >= 0; i--) {
		if (!inside(held[i].lock, p, size) || held[i].phantom)
			continue;
		report_freed(held[i].lock, held[i].cls, held[i].site, p, size,
			     kshim_current_module(), fsite);
		/* Its state goes with the memory; the preemption count not. */
		if (!sleeps(held[i].lock->kind) && preempt_cnt >= PREEMPT_OFFSET)
			preempt_cnt -= PREEMPT_OFFSET;
		drop(i, 0);
	}
	while (take_orphan(&o, NULL, p, size))
		report_freed(o.lock, o.cls, o.site, p, size,
			     o.module[0] ? o.module : NULL, fsite);
}

void kshim_lockdep_unload(const char *module, const char *when)
{
	char name[128], where[128];
	struct orphan o;

	while (take_orphan(&o, module, NULL, 0)) {
		if (!kshim_lock_is_locked(o.lock))
			continue;
		/* The module's memory is vfree()d: print_freed_lock_bug(). */
		banner("=========================", "WARNING: held lock freed!");
		kshim_klog(4, "%s/%d is freeing memory of module %s, with a lock still held there!",
			   kshim_current_comm(), kshim_current_pid(), module);
		kshim_klog(4, "%px (%s), at: %s", o.lock,
			   class_name(o.cls, o.lock, name, sizeof(name)),
			   site_str(o.site, where, sizeof(where)));
		kshim_defect(KSHIM_DEFECT_LOCKING,
			     "WARNING: held lock freed! in module %s: lock (%s) taken at %s is still held after its %s",
			     module, class_name(o.cls, o.lock, name, sizeof(name)),
			     site_str(o.site, where, sizeof(where)), when);
		/* The module's memory goes: a fresh copy starts unlocked. */
		__atomic_store_n(&o.lock->state, 0, __ATOMIC_RELEASE);
	}
}

void kshim_lockdep_reset(void)
{
	graph_enter();
	nclasses = 0;
	nedges = 0;
	__atomic_store_n(&norphans, 0, __ATOMIC_RELAXED);
	nsleep_reported = 0;
	graph_exit();
	depth = 0;
	preempt_cnt = 0;
	preempt_site = NULL;
	pagefaults_off = 0;
	nguards = 0;
}
