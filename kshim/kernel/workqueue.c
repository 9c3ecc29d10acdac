// SPDX-License-Identifier: GPL-2.0-only
/*
 * Workqueues and tasklets over kshim's run queue (host/workqueue.c): this
 * side knows the structures and calls the callbacks; the host keeps what
 * is pending and when it runs (kernel/workqueue.c, kernel/softirq.c
 * semantics).
 */
#include <linux/kernel.h>
#include <linux/bug.h>
#include <linux/export.h>
#include <linux/gfp.h>
#include <linux/hardirq.h>
#include <linux/jiffies.h>
#include <linux/minmax.h>
#include <linux/printk.h>
#include <linux/string.h>
#include <linux/workqueue.h>

#define WQ_NAME_LEN	24

struct workqueue_struct {
	char		name[WQ_NAME_LEN];
	unsigned int	flags;
	int		max_active;
};

static struct workqueue_struct system_wqs[] = {
	{ "events", 0, 0 },
	{ "events_highpri", WQ_HIGHPRI, 0 },
	{ "events_long", 0, 0 },
	{ "events_unbound", WQ_UNBOUND, WQ_UNBOUND_MAX_ACTIVE },
	{ "events_freezable", WQ_FREEZABLE, 0 },
	{ "events_power_efficient", WQ_POWER_EFFICIENT, 0 },
	/* Cut to WQ_NAME_LEN - 1, as vsnprintf() cuts the kernel's. */
	{ "events_freezable_power_", WQ_FREEZABLE | WQ_POWER_EFFICIENT, 0 },
};

struct workqueue_struct *system_wq = &system_wqs[0];
EXPORT_SYMBOL(system_wq);
struct workqueue_struct *system_highpri_wq = &system_wqs[1];
EXPORT_SYMBOL_GPL(system_highpri_wq);
struct workqueue_struct *system_long_wq = &system_wqs[2];
EXPORT_SYMBOL_GPL(system_long_wq);
struct workqueue_struct *system_unbound_wq = &system_wqs[3];
EXPORT_SYMBOL_GPL(system_unbound_wq);
struct workqueue_struct *system_freezable_wq = &system_wqs[4];
EXPORT_SYMBOL_GPL(system_freezable_wq);
struct workqueue_struct *system_power_efficient_wq = &system_wqs[5];
EXPORT_SYMBOL_GPL(system_power_efficient_wq);
struct workqueue_struct *system_freezable_power_efficient_wq = &system_wqs[6];
EXPORT_SYMBOL_GPL(system_freezable_power_efficient_wq);

/* The host runs a work item through here (process context, a guard around). */
int kshim_work_call(void *work)
{
	struct work_struct *w = work;

	w->func(w);
	return 0;
}

/* A disabled tasklet stays scheduled: 1 tells the host it did not run. */
int kshim_tasklet_call(void *tasklet)
{
	struct tasklet_struct *t = tasklet;

	if (__atomic_load_n(&t->count.counter, __ATOMIC_SEQ_CST))
		return 1;
	if (t->use_callback)
		t->callback(t);
	else
		t->func(t->data);
	return 0;
}

struct workqueue_struct *kshim_alloc_workqueue(const struct kshim_site *site,
					       const char *fmt,
					       unsigned int flags,
					       int max_active, ...)
{
	struct workqueue_struct *wq;
	va_list args;
	int lim;

	/* An unbound queue of one is ordered (kernel/workqueue.c). */
	if ((flags & WQ_UNBOUND) && max_active == 1)
		flags |= __WQ_ORDERED;
	wq = kshim_alloc(sizeof(*wq), GFP_KERNEL, site, "alloc_workqueue");
	if (!wq)
		return NULL;
	memset(wq, 0, sizeof(*wq));
	va_start(args, max_active);
	vsnprintf(wq->name, sizeof(wq->name), fmt, args);
	va_end(args);
	wq->flags = flags;
	/* wq_clamp_max_active() */
	max_active = max_active ?: WQ_DFL_ACTIVE;
	lim = flags & WQ_UNBOUND ? WQ_UNBOUND_MAX_ACTIVE : WQ_MAX_ACTIVE;
	if (max_active < 1 || max_active > lim)
		pr_warn("workqueue: max_active %d requested for %s is out of range, clamping between %d and %d\n",
			max_active, wq->name, 1, lim);
	wq->max_active = clamp_val(max_active, 1, lim);
	return wq;
}
EXPORT_SYMBOL_GPL(kshim_alloc_workqueue);

/* Runs what is queued on @wq, and what that queues, until it is empty. */
void drain_workqueue(struct workqueue_struct *wq)
{
	kshim_wq_flush(wq, 1);
}
EXPORT_SYMBOL_GPL(drain_workqueue);

void flush_workqueue(struct workqueue_struct *wq)
{
	kshim_wq_flush(wq, 0);
}
EXPORT_SYMBOL(flush_workqueue);

void destroy_workqueue(struct workqueue_struct *wq)
{
	drain_workqueue(wq);
	kshim_wq_destroyed(wq);
	kshim_free(wq, KSHIM_SITE, "destroy_workqueue");
}
EXPORT_SYMBOL_GPL(destroy_workqueue);

/* False when @work was pending already (it stays where it is). */
bool queue_work_on(int cpu, struct workqueue_struct *wq,
		   struct work_struct *work)
{
	return kshim_work_queue(wq, work, NULL, (const void *)work->func,
				work->kshim_site, work->kshim_module);
}
EXPORT_SYMBOL(queue_work_on);

/* The timer of a delayed work fired: the work joins its queue. */
void delayed_work_timer_fn(struct timer_list *t)
{
	struct delayed_work *dwork = from_timer(dwork, t, timer);

	kshim_work_due(&dwork->work);
}
EXPORT_SYMBOL(delayed_work_timer_fn);

static bool queue_delayed(struct workqueue_struct *wq,
			  struct delayed_work *dwork, unsigned long delay)
{
	struct work_struct *work = &dwork->work;

	if (!kshim_work_queue(wq, work, delay ? &dwork->timer : NULL,
			      (const void *)work->func,
			      work->kshim_site, work->kshim_module))
		return false;
	dwork->wq = wq;
	dwork->cpu = WORK_CPU_UNBOUND;
	if (delay)
		mod_timer(&dwork->timer, jiffies + delay);
	return true;
}

/* A delay of 0 queues at once, as __queue_delayed_work() does. */
bool queue_delayed_work_on(int cpu, struct workqueue_struct *wq,
			   struct delayed_work *dwork, unsigned long delay)
{
	return queue_delayed(wq, dwork, delay);
}
EXPORT_SYMBOL(queue_delayed_work_on);

/* Takes @dwork off its timer or queue; true when it was pending. */
static bool grab_pending(struct delayed_work *dwork)
{
	bool timer = del_timer(&dwork->timer);
	bool queued = kshim_work_cancel(&dwork->work);

	return timer || queued;
}

/* True when @dwork was pending (its delay is replaced), false when queued anew. */
bool mod_delayed_work_on(int cpu, struct workqueue_struct *wq,
			 struct delayed_work *dwork, unsigned long delay)
{
	bool was = grab_pending(dwork);

	queue_delayed(wq, dwork, delay);
	return was;
}
EXPORT_SYMBOL_GPL(mod_delayed_work_on);

/* True when it had to wait: @work was queued (it runs now) or is running. */
bool flush_work(struct work_struct *work)
{
	return kshim_work_flush(work);
}
EXPORT_SYMBOL_GPL(flush_work);

bool cancel_work(struct work_struct *work)
{
	return kshim_work_cancel(work);
}
EXPORT_SYMBOL(cancel_work);

/* With a kworker thread, it waits for a running @work to finish. */
bool cancel_work_sync(struct work_struct *work)
{
	return kshim_work_cancel_sync(work);
}
EXPORT_SYMBOL_GPL(cancel_work_sync);

/* A timer still pending is cut short: the work is queued and run now. */
bool flush_delayed_work(struct delayed_work *dwork)
{
	if (del_timer_sync(&dwork->timer))
		kshim_work_due(&dwork->work);
	return flush_work(&dwork->work);
}
EXPORT_SYMBOL(flush_delayed_work);

bool cancel_delayed_work(struct delayed_work *dwork)
{
	return grab_pending(dwork);
}
EXPORT_SYMBOL(cancel_delayed_work);

/* Until neither pending nor running: the work may have armed itself again. */
bool cancel_delayed_work_sync(struct delayed_work *dwork)
{
	bool was = false;

	do {
		was |= grab_pending(dwork);
		kshim_work_sync(&dwork->work);
	} while (timer_pending(&dwork->timer) || kshim_work_pending(&dwork->work));
	return was;
}
EXPORT_SYMBOL(cancel_delayed_work_sync);

unsigned int work_busy(struct work_struct *work)
{
	return (kshim_work_pending(work) ? WORK_BUSY_PENDING : 0) |
	       (kshim_work_running(work) ? WORK_BUSY_RUNNING : 0);
}
EXPORT_SYMBOL_GPL(work_busy);

/* A scheduled tasklet runs first: the kernel waits for it (kernel/softirq.c). */
void tasklet_kill(struct tasklet_struct *t)
{
	if (in_interrupt())
		pr_notice("Attempt to kill tasklet from interrupt\n");
	kshim_tasklet_kill(t);
}
EXPORT_SYMBOL(tasklet_kill);
