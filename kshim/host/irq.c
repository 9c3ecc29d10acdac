// SPDX-License-Identifier: GPL-2.0-only
/*
 * Simulated interrupt lines: request_irq() and friends, and the harness's
 * kshim_irq_raise(), following Linux 6.1's kernel/irq/manage.c (requests,
 * sharing, disable depth), handle.c (running the actions) and spurious.c
 * (the "nobody cared" detector).
 *
 * Each line has a descriptor; each request an action, allocated as a
 * tracked allocation at the driver's call site, so a line never freed is a
 * leak named "request_irq". Handlers run inside kshim_call_guarded(): a BUG
 * or a fault in one is reported and the raise goes on. Threads run right
 * after the hard handlers, in the raising host thread.
 *
 * One recursive lock covers the descriptors; it is dropped around handlers,
 * which may call the IRQ API themselves.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Values of include/linux/interrupt.h and irqreturn.h. */
#define IRQF_TRIGGER_MASK	0x0000000fUL
#define IRQF_SHARED		0x00000080UL
#define IRQF_PROBE_SHARED	0x00000100UL
#define IRQF_PERCPU		0x00000400UL
#define IRQF_ONESHOT		0x00002000UL
#define IRQF_NO_SUSPEND		0x00004000UL
#define IRQF_COND_SUSPEND	0x00040000UL
#define IRQF_NO_AUTOEN		0x00080000UL
#define IRQ_NOTCONNECTED	(1U << 31)
#define IRQ_NONE		0
#define IRQ_HANDLED		1
#define IRQ_WAKE_THREAD		2

/* kernel/irq/spurious.c */
#define SPURIOUS_DEFERRED	0x80000000UL
#define HZ			250

struct action {
	kshim_irq_fn handler;		/* NULL: the default primary handler */
	kshim_irq_fn thread_fn;
	unsigned long flags;
	const char *name;
	void *dev_id;
	int warned_no_thread;
	int warned_irqs_on;		/* WARN_ONCE: per handler here */
	int woken;			/* its thread is to run */
	struct action *next;
	char module[];			/* who requested it; "" for a test */
};

struct desc {
	struct action *action;
	unsigned int depth;		/* 1: shut down or disabled once */
	unsigned int wake_depth;
	unsigned int trigger;		/* IRQF_TRIGGER_* once set */
	int trigger_set;
	int inprogress;			/* hard handlers are running */
	int threads_running;
	int pending;			/* raised while disabled or running */
	int spurious_disabled;
	unsigned long irq_count, irqs_unhandled, last_unhandled;
	unsigned long threads_handled, threads_handled_last;
};

static pthread_mutex_t irq_lock = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
static struct desc descs[KSHIM_NR_IRQS];
static int bad_reports_left = 100;	/* report_bad_irq()'s budget */
static __thread int hardirq_depth;
static __thread unsigned long irqs_off;

/*
 * UML's arch_local_save_flags() reads the kernel's signals_enabled inline
 * (kernel/arch/um/os-Linux/signal.c): it follows the running thread's
 * flag. The old kernel half has no such variable.
 */
extern int signals_enabled __attribute__((weak));

static void set_irqs_off(unsigned long off)
{
	irqs_off = off;
	if (&signals_enabled)
		signals_enabled = !off;
}

static struct desc *irq_to_desc(unsigned int irq)
{
	return irq < KSHIM_NR_IRQS ? &descs[irq] : NULL;
}

void kshim_irq_reset(void)
{
	unsigned int i;

	/* The actions were tracked allocations: the slab reset freed them. */
	pthread_mutex_lock(&irq_lock);
	memset(descs, 0, sizeof(descs));
	for (i = 0; i < KSHIM_NR_IRQS; i++)
		descs[i].depth = 1;
	bad_reports_left = 100;
	pthread_mutex_unlock(&irq_lock);
}

__attribute__((constructor))
static void irq_init(void)
{
	kshim_irq_reset();
}

/* ---- Context ---- */

int kshim_in_hardirq(void)
{
	return hardirq_depth;
}

unsigned long kshim_local_irq_save(void)
{
	unsigned long old = irqs_off;

	set_irqs_off(1);
	return old;
}

void kshim_local_irq_restore(unsigned long flags)
{
	set_irqs_off(flags ? 1 : 0);
}

unsigned long kshim_irqs_disabled(void)
{
	return irqs_off;
}

/* A WARN() of kernel/irq code: its message, then the report. */
static void irq_warn(const char *file, int line, const char *func,
		     const char *msg, unsigned int irq)
{
	kshim_klog(4, "------------[ cut here ]------------");
	kshim_klog(4, msg, irq);
	kshim_warn(NULL, file, line, func, 0);
}

/* ---- Requesting and freeing ---- */

int kshim_request_irq(unsigned int irq, kshim_irq_fn handler,
		      kshim_irq_fn thread_fn, unsigned long flags,
		      const char *name, void *dev_id,
		      const struct kshim_site *site)
{
	const char *module = kshim_current_module();
	struct action *new, *old, **pp;
	struct desc *desc;
	int shared = 0;

	if (irq == IRQ_NOTCONNECTED)
		return -ENOTCONN;
	if (((flags & IRQF_SHARED) && !dev_id) ||
	    ((flags & IRQF_SHARED) && (flags & IRQF_NO_AUTOEN)) ||
	    (!(flags & IRQF_SHARED) && (flags & IRQF_COND_SUSPEND)) ||
	    ((flags & IRQF_NO_SUSPEND) && (flags & IRQF_COND_SUSPEND)))
		return -EINVAL;
	desc = irq_to_desc(irq);
	if (!desc)
		return -EINVAL;
	if (!handler && !thread_fn)
		return -EINVAL;
	/* The kernel's kzalloc() of the irqaction. */
	if (kshim_fault(site, "request_irq"))
		return -ENOMEM;
	if (!module)
		module = "";
	new = kshim_alloc_tracked(sizeof(*new) + strlen(module) + 1, site,
				  "request_irq");
	memset(new, 0, sizeof(*new));
	strcpy(new->module, module);
	new->handler = handler;
	new->thread_fn = thread_fn;
	new->flags = flags;
	new->name = name;
	new->dev_id = dev_id;

	pthread_mutex_lock(&irq_lock);
	pp = &desc->action;
	old = *pp;
	if (old) {
		unsigned int oldtype;

		if (desc->trigger_set) {
			oldtype = desc->trigger;
		} else {
			oldtype = flags & IRQF_TRIGGER_MASK;
			desc->trigger = oldtype;
			desc->trigger_set = 1;
		}
		if (!((old->flags & flags) & IRQF_SHARED) ||
		    oldtype != (flags & IRQF_TRIGGER_MASK) ||
		    ((old->flags ^ flags) & IRQF_ONESHOT) ||
		    (old->flags & IRQF_PERCPU) != (flags & IRQF_PERCPU))
			goto mismatch;
		while (*pp)
			pp = &(*pp)->next;
		shared = 1;
	}
	/*
	 * A thread alone, without IRQF_ONESHOT, on a chip that is not
	 * oneshot-safe (x86's IO-APIC is not): a level interrupt would storm.
	 */
	if (!handler && !(flags & IRQF_ONESHOT)) {
		kshim_klog(3, "Threaded irq requested with handler=NULL and !ONESHOT for %s (irq %d)",
			   name, irq);
		goto fail;
	}
	if (!shared) {
		if (flags & IRQF_TRIGGER_MASK) {
			desc->trigger = flags & IRQF_TRIGGER_MASK;
			desc->trigger_set = 1;
		}
		/* irq_startup() enables the line, unless told not to. */
		desc->depth = (flags & IRQF_NO_AUTOEN) ? 1 : 0;
	}
	*pp = new;
	desc->irq_count = 0;
	desc->irqs_unhandled = 0;
	if (shared && desc->spurious_disabled) {
		desc->spurious_disabled = 0;
		pthread_mutex_unlock(&irq_lock);
		enable_irq(irq);
		return 0;
	}
	pthread_mutex_unlock(&irq_lock);
	return 0;

mismatch:
	if (!(flags & IRQF_PROBE_SHARED))
		kshim_klog(3, "Flags mismatch irq %d. %08x (%s) vs. %08x (%s)",
			   irq, (unsigned int)flags, name,
			   (unsigned int)old->flags, old->name);
	pthread_mutex_unlock(&irq_lock);
	kshim_free(new, site, "request_irq");
	return -EBUSY;
fail:
	pthread_mutex_unlock(&irq_lock);
	kshim_free(new, site, "request_irq");
	return -EINVAL;
}

const void *kshim_free_irq(unsigned int irq, void *dev_id,
			   const struct kshim_site *site)
{
	struct desc *desc = irq_to_desc(irq);
	struct action *a, **pp;
	const char *name;

	if (!desc)
		return NULL;
	if (hardirq_depth)
		irq_warn("kernel/irq/manage.c", 1872, "__free_irq",
			 "Trying to free IRQ %d from IRQ context!", irq);
	pthread_mutex_lock(&irq_lock);
	for (pp = &desc->action; (a = *pp); pp = &a->next)
		if (a->dev_id == dev_id)
			break;
	if (!a) {
		pthread_mutex_unlock(&irq_lock);
		irq_warn("kernel/irq/manage.c", 1887, "__free_irq",
			 "Trying to free already-free IRQ %d", irq);
		return NULL;
	}
	if (desc->inprogress || desc->threads_running) {
		/* synchronize_irq() would wait for the handler calling us. */
		pthread_mutex_unlock(&irq_lock);
		kshim_defect(KSHIM_DEFECT_MISUSE,
			     "free_irq(%u) from a handler of that line at %s: it waits for the handler to finish, forever",
			     irq, kshim_site_str(site, (char[160]){ 0 }, 160));
		return NULL;
	}
	*pp = a->next;
	if (!desc->action) {
		/* irq_shutdown(): masked, depth 1, nothing pending. */
		desc->depth = 1;
		desc->pending = 0;
	}
	pthread_mutex_unlock(&irq_lock);
	name = a->name;
	kshim_free(a, site, "free_irq");
	return name;
}

/* ---- Enabling and disabling ---- */

void disable_irq_nosync(unsigned int irq)
{
	struct desc *desc = irq_to_desc(irq);

	if (!desc)
		return;
	pthread_mutex_lock(&irq_lock);
	desc->depth++;
	pthread_mutex_unlock(&irq_lock);
}

/* Waiting for our own handler is the deadlock the kernel would have. */
static int sync_would_hang(struct desc *desc, unsigned int irq, const char *what)
{
	if (!desc->inprogress && !desc->threads_running)
		return 0;
	kshim_defect(KSHIM_DEFECT_MISUSE,
		     "%s(%u) in a handler of that line: it waits for that handler to finish, forever (disable_irq_nosync() does not wait)",
		     what, irq);
	return 1;
}

bool synchronize_hardirq(unsigned int irq)
{
	struct desc *desc = irq_to_desc(irq);

	if (desc && desc->inprogress)
		sync_would_hang(desc, irq, "synchronize_hardirq");
	/* Whether no thread is active. */
	return !desc || !desc->threads_running;
}

void synchronize_irq(unsigned int irq)
{
	struct desc *desc = irq_to_desc(irq);

	if (desc)
		sync_would_hang(desc, irq, "synchronize_irq");
}

void disable_irq(unsigned int irq)
{
	struct desc *desc = irq_to_desc(irq);

	if (!desc)
		return;
	disable_irq_nosync(irq);
	if (desc->action)
		sync_would_hang(desc, irq, "disable_irq");
}

bool disable_hardirq(unsigned int irq)
{
	struct desc *desc = irq_to_desc(irq);

	if (!desc)
		return false;
	disable_irq_nosync(irq);
	return !desc->inprogress;
}

static int handle_line(unsigned int irq, struct desc *desc);

void enable_irq(unsigned int irq)
{
	struct desc *desc = irq_to_desc(irq);
	int resend = 0;

	if (!desc)
		return;
	pthread_mutex_lock(&irq_lock);
	if (desc->depth == 0) {
		pthread_mutex_unlock(&irq_lock);
		irq_warn("kernel/irq/manage.c", 781, "__enable_irq",
			 "Unbalanced enable for IRQ %d", irq);
		return;
	}
	if (--desc->depth == 0) {
		desc->spurious_disabled = 0;
		/* check_irq_resend(): a raise that came while disabled. */
		resend = desc->pending && desc->action && !desc->inprogress;
	}
	pthread_mutex_unlock(&irq_lock);
	if (resend)
		handle_line(irq, desc);
}

int irq_set_irq_wake(unsigned int irq, unsigned int on)
{
	struct desc *desc = irq_to_desc(irq);

	if (!desc)
		return -EINVAL;
	pthread_mutex_lock(&irq_lock);
	if (on) {
		/* x86's IO-APIC chip skips set_wake: it always succeeds. */
		desc->wake_depth++;
	} else if (desc->wake_depth == 0) {
		pthread_mutex_unlock(&irq_lock);
		irq_warn("kernel/irq/manage.c", 907, "irq_set_irq_wake",
			 "Unbalanced IRQ %d wake disable", irq);
		return 0;
	} else {
		desc->wake_depth--;
	}
	pthread_mutex_unlock(&irq_lock);
	return 0;
}

bool irq_has_action(unsigned int irq)
{
	struct desc *desc = irq_to_desc(irq);

	return desc && desc->action;
}

/* ---- Raising a line ---- */

struct call {
	struct action *a;
	unsigned int irq;
	int thread;
};

static int call_handler(void *arg)
{
	struct call *c = arg;
	kshim_irq_fn fn = c->thread ? c->a->thread_fn : c->a->handler;

	/* irq_default_primary_handler() only wakes the thread. */
	if (!fn)
		return IRQ_WAKE_THREAD;
	return fn((int)c->irq, c->a->dev_id);
}

/* report_bad_irq() and __report_bad_irq() of kernel/irq/spurious.c. */
static void report_bad_irq(unsigned int irq, struct desc *desc, unsigned int ret,
			   int budget)
{
	struct action *a;

	if (budget) {
		if (bad_reports_left <= 0)
			return;
		bad_reports_left--;
	}
	if (ret > (IRQ_HANDLED | IRQ_WAKE_THREAD))
		kshim_klog(3, "irq event %d: bogus return value %x", irq, ret);
	else
		kshim_klog(3, "irq %d: nobody cared (try booting with the \"irqpoll\" option)",
			   irq);
	dump_stack();
	kshim_klog(3, "handlers:");
	for (a = desc->action; a; a = a->next) {
		void *h = (void *)a->handler, *t = (void *)a->thread_fn;

		if (t)
			kshim_klog(3, "[<%p>] %ps threaded [<%p>] %ps", h, h, t, t);
		else
			kshim_klog(3, "[<%p>] %ps", h, h);
	}
}

/* note_interrupt(): counts unhandled interrupts, kills a stuck line. */
static void note_interrupt(unsigned int irq, struct desc *desc, unsigned int ret)
{
	unsigned long now = kshim_jiffies();

	if (ret > (IRQ_HANDLED | IRQ_WAKE_THREAD)) {
		report_bad_irq(irq, desc, ret, 1);
		return;
	}
	if (ret & IRQ_WAKE_THREAD) {
		/* Judged at the next interrupt, by the threads' count. */
		if (ret == IRQ_WAKE_THREAD) {
			unsigned long handled;

			if (!(desc->threads_handled_last & SPURIOUS_DEFERRED)) {
				desc->threads_handled_last |= SPURIOUS_DEFERRED;
				return;
			}
			handled = desc->threads_handled | SPURIOUS_DEFERRED;
			if (handled != desc->threads_handled_last) {
				ret = IRQ_HANDLED;
				desc->threads_handled_last = handled;
			} else {
				ret = IRQ_NONE;
			}
		} else {
			desc->threads_handled_last &= ~SPURIOUS_DEFERRED;
		}
	}
	if (ret == IRQ_NONE) {
		/* time_after(jiffies, last_unhandled + HZ/10) */
		if ((long)(desc->last_unhandled + HZ / 10 - now) < 0)
			desc->irqs_unhandled = 1;
		else
			desc->irqs_unhandled++;
		desc->last_unhandled = now;
	}
	if (!desc->irqs_unhandled)
		return;
	if (++desc->irq_count < 100000)
		return;
	desc->irq_count = 0;
	if (desc->irqs_unhandled > 99900) {
		report_bad_irq(irq, desc, ret, 0);
		kshim_klog(0, "Disabling IRQ #%d", irq);
		desc->spurious_disabled = 1;
		desc->depth++;
	}
	desc->irqs_unhandled = 0;
}

static int run_guarded(struct call *c, int *ret)
{
	const char *module = c->a->module[0] ? c->a->module : NULL;

	*ret = IRQ_NONE;
	/* A crash is reported by the guard; the interrupt counts as unhandled. */
	if (kshim_call_guarded(module, call_handler, c, ret))
		*ret = IRQ_NONE;
	return *ret;
}

/* handle_irq_event() and the threads it woke, until nothing is pending. */
static int handle_line(unsigned int irq, struct desc *desc)
{
	int handled = 0;

	pthread_mutex_lock(&irq_lock);
	do {
		struct action *a, *next;
		unsigned int retval = 0;
		unsigned long saved_off = irqs_off;

		desc->pending = 0;
		desc->inprogress = 1;
		hardirq_depth++;
		set_irqs_off(1);
		for (a = desc->action; a; a = next) {
			struct call c = { a, irq, 0 };
			int res;

			next = a->next;
			pthread_mutex_unlock(&irq_lock);
			run_guarded(&c, &res);
			pthread_mutex_lock(&irq_lock);
			if (!irqs_off && !a->warned_irqs_on++) {
				kshim_klog(4, "------------[ cut here ]------------");
				kshim_klog(4, "irq %u handler %ps enabled interrupts",
					   irq, (void *)a->handler);
				kshim_warn(NULL, "kernel/irq/handle.c", 161,
					   "__handle_irq_event_percpu", 0);
			}
			set_irqs_off(1);
			if (res & IRQ_WAKE_THREAD) {
				if (!a->thread_fn) {
					if (!a->warned_no_thread++)
						kshim_klog(4, "IRQ %d device %s returned IRQ_WAKE_THREAD but no thread function available.",
							   irq, a->name);
				} else {
					a->woken = 1;
				}
			}
			if (res == IRQ_HANDLED)
				handled++;
			retval |= (unsigned int)res;
		}
		hardirq_depth--;
		set_irqs_off(saved_off);
		note_interrupt(irq, desc, retval);
		desc->inprogress = 0;

		/* The woken threads, in process context. */
		desc->threads_running++;
		for (a = desc->action; a; a = next) {
			struct call c = { a, irq, 1 };
			char comm[32];
			const char *saved_comm;
			int res;

			next = a->next;
			if (!a->woken)
				continue;
			a->woken = 0;
			snprintf(comm, sizeof(comm), "irq/%u-%s", irq,
				 a->name ? a->name : "");
			/* TASK_COMM_LEN: the kernel keeps 15 characters. */
			comm[15] = '\0';
			saved_comm = kshim_current_comm();
			pthread_mutex_unlock(&irq_lock);
			kshim_set_comm(comm);
			run_guarded(&c, &res);
			kshim_set_comm(saved_comm);
			pthread_mutex_lock(&irq_lock);
			if (res == IRQ_HANDLED) {
				desc->threads_handled++;
				handled++;
			}
		}
		desc->threads_running--;
	} while (desc->pending && !desc->depth && desc->action);
	pthread_mutex_unlock(&irq_lock);
	return handled;
}

int kshim_irq_raise(unsigned int irq)
{
	struct desc *desc = irq_to_desc(irq);

	if (!desc)
		return -1;
	pthread_mutex_lock(&irq_lock);
	if (!desc->action) {
		/* Shut down: the line is masked at the chip. */
		pthread_mutex_unlock(&irq_lock);
		return 0;
	}
	if (desc->depth || desc->inprogress) {
		/* handle_edge_irq(): remembered, handled when possible. */
		desc->pending = 1;
		pthread_mutex_unlock(&irq_lock);
		return 0;
	}
	pthread_mutex_unlock(&irq_lock);
	return handle_line(irq, desc);
}

int kshim_irq_handlers(unsigned int irq)
{
	struct desc *desc = irq_to_desc(irq);
	struct action *a;
	int n = 0;

	if (!desc)
		return 0;
	pthread_mutex_lock(&irq_lock);
	for (a = desc->action; a; a = a->next)
		n++;
	pthread_mutex_unlock(&irq_lock);
	return n;
}

int kshim_irq_depth(unsigned int irq)
{
	struct desc *desc = irq_to_desc(irq);

	return desc ? (int)desc->depth : -1;
}

bool kshim_irq_pending(unsigned int irq)
{
	struct desc *desc = irq_to_desc(irq);

	return desc && desc->pending;
}

int kshim_irq_wake_depth(unsigned int irq)
{
	struct desc *desc = irq_to_desc(irq);

	return desc ? (int)desc->wake_depth : -1;
}
