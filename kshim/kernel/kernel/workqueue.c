// SPDX-License-Identifier: GPL-2.0-only
/*
 * Workqueues (kernel/workqueue.c), for modules built against the kernel's
 * own headers, over host/workqueue.c's run queue, as the old path's
 * kernel/workqueue.c. work_pending() is inline: it reads the PENDING bit
 * of work->data, kept true here. A work's INIT_WORK() site is kept in its
 * lockdep_map (lockdep_init_map_type(), kernel/locking/spinlock.c).
 */
#include <linux/workqueue.h>
#include <linux/timer.h>
#include <linux/export.h>
#include <linux/printk.h>
#include <linux/string.h>
#include <linux/minmax.h>
#include <linux/slab.h>
#include "sched/sched.h"

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
	/* WQ_UNBOUND_MAX_ACTIVE on one CPU. */
	{ "events_unbound", WQ_UNBOUND, WQ_MAX_ACTIVE },
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

static void set_pending(struct work_struct *work, bool pending)
{
	if (pending)
		set_bit(WORK_STRUCT_PENDING_BIT, work_data_bits(work));
	else
		clear_bit(WORK_STRUCT_PENDING_BIT, work_data_bits(work));
}

/* The host runs a work item through here (process context, a guard around). */
int kshim_work_call(void *work)
{
	struct work_struct *w = work;

	set_pending(w, false);
	w->func(w);
	return 0;
}

struct workqueue_struct *alloc_workqueue(const char *fmt, unsigned int flags,
					 int max_active, ...)
{
	struct workqueue_struct *wq;
	va_list args;
	int lim;

	/* An unbound queue of one is ordered. */
	if ((flags & WQ_UNBOUND) && max_active == 1)
		flags |= __WQ_ORDERED;
	wq = kshim_alloc(sizeof(*wq), (__force unsigned int)GFP_KERNEL,
			 KSHIM_CALLER_SITE, "alloc_workqueue");
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
EXPORT_SYMBOL_GPL(alloc_workqueue);

void drain_workqueue(struct workqueue_struct *wq)
{
	kshim_wq_flush(wq, 1);
}
EXPORT_SYMBOL_GPL(drain_workqueue);

void __flush_workqueue(struct workqueue_struct *wq)
{
	kshim_wq_flush(wq, 0);
}
EXPORT_SYMBOL(__flush_workqueue);

void destroy_workqueue(struct workqueue_struct *wq)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;

	kshim_wq_flush(wq, 1);
	kshim_wq_destroyed(wq);
	kshim_free(wq, site, "destroy_workqueue");
}
EXPORT_SYMBOL_GPL(destroy_workqueue);

static const struct kshim_site *work_site(struct work_struct *work)
{
	return KSHIM_MAP_SITE(&work->lockdep_map);
}

static bool queue(struct workqueue_struct *wq, struct work_struct *work,
		  struct timer_list *timer)
{
	if (!kshim_work_queue(wq, work, timer, (const void *)work->func,
			      work_site(work), kshim_module_at(work->func)))
		return false;
	set_pending(work, true);
	return true;
}

/* False when @work was pending already (it stays where it is). */
bool queue_work_on(int cpu, struct workqueue_struct *wq,
		   struct work_struct *work)
{
	return queue(wq, work, NULL);
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
	if (!queue(wq, &dwork->work, delay ? &dwork->timer : NULL))
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
	bool timer = timer_delete(&dwork->timer);
	bool queued = kshim_work_cancel(&dwork->work);

	set_pending(&dwork->work, false);
	return timer || queued;
}

bool mod_delayed_work_on(int cpu, struct workqueue_struct *wq,
			 struct delayed_work *dwork, unsigned long delay)
{
	bool was = grab_pending(dwork);

	queue_delayed(wq, dwork, delay);
	return was;
}
EXPORT_SYMBOL_GPL(mod_delayed_work_on);

bool flush_work(struct work_struct *work)
{
	return kshim_work_flush(work);
}
EXPORT_SYMBOL_GPL(flush_work);

bool cancel_work(struct work_struct *work)
{
	bool was = kshim_work_cancel(work);

	set_pending(work, false);
	return was;
}
EXPORT_SYMBOL(cancel_work);

bool cancel_work_sync(struct work_struct *work)
{
	bool was = kshim_work_cancel_sync(work);

	set_pending(work, false);
	return was;
}
EXPORT_SYMBOL_GPL(cancel_work_sync);

/* A timer still pending is cut short: the work is queued and run now. */
bool flush_delayed_work(struct delayed_work *dwork)
{
	if (timer_delete_sync(&dwork->timer))
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
	} while (kshim_timer_pending(&dwork->timer) ||
		 kshim_work_pending(&dwork->work));
	return was;
}
EXPORT_SYMBOL(cancel_delayed_work_sync);

unsigned int work_busy(struct work_struct *work)
{
	return (kshim_work_pending(work) ? WORK_BUSY_PENDING : 0) |
	       (kshim_work_running(work) ? WORK_BUSY_RUNNING : 0);
}
EXPORT_SYMBOL_GPL(work_busy);
