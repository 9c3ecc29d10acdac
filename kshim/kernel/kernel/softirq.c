// SPDX-License-Identifier: GPL-2.0-only
/*
 * Tasklets (kernel/softirq.c), for modules built against the kernel's own
 * headers, over host/workqueue.c's run queue, as the old path's
 * kernel/workqueue.c has them: run in softirq context when the system is
 * stepped. tasklet_schedule() is inline: it sets TASKLET_STATE_SCHED and
 * calls __tasklet_schedule() when the bit was clear; running the tasklet
 * clears it. Its setup's site is kept in t->next (the host queues it).
 */
#include <linux/interrupt.h>
#include <linux/hardirq.h>
#include <linux/export.h>
#include <linux/printk.h>
#include "sched/sched.h"

#define TASKLET_SITE(t)	(*(const struct kshim_site **)&(t)->next)

static const void *tasklet_fn(struct tasklet_struct *t)
{
	return t->use_callback ? (const void *)t->callback : (const void *)t->func;
}

/* A disabled tasklet stays scheduled: 1 tells the host it did not run. */
int kshim_tasklet_call(void *tasklet)
{
	struct tasklet_struct *t = tasklet;

	if (atomic_read(&t->count))
		return 1;
	clear_bit(TASKLET_STATE_SCHED, &t->state);
	if (t->use_callback)
		t->callback(t);
	else
		t->func(t->data);
	return 0;
}

void __tasklet_schedule(struct tasklet_struct *t)
{
	kshim_tasklet_schedule(t, tasklet_fn(t), TASKLET_SITE(t),
			       kshim_module_at(tasklet_fn(t)));
}
EXPORT_SYMBOL(__tasklet_schedule);

/* One queue: a high-priority tasklet is an ordinary one. */
void __tasklet_hi_schedule(struct tasklet_struct *t)
{
	__tasklet_schedule(t);
}
EXPORT_SYMBOL(__tasklet_hi_schedule);

static void init(struct tasklet_struct *t, bool use_callback,
		 const struct kshim_site *site)
{
	t->state = 0;
	atomic_set(&t->count, 0);
	t->use_callback = use_callback;
	TASKLET_SITE(t) = site;
}

void tasklet_setup(struct tasklet_struct *t,
		   void (*callback)(struct tasklet_struct *))
{
	init(t, true, KSHIM_CALLER_SITE);
	t->callback = callback;
	t->data = 0;
}
EXPORT_SYMBOL(tasklet_setup);

void tasklet_init(struct tasklet_struct *t,
		  void (*func)(unsigned long), unsigned long data)
{
	init(t, false, KSHIM_CALLER_SITE);
	t->func = func;
	t->data = data;
}
EXPORT_SYMBOL(tasklet_init);

/* A scheduled tasklet runs first: the kernel waits for it. */
void tasklet_kill(struct tasklet_struct *t)
{
	if (in_interrupt())
		pr_notice("Attempt to kill tasklet from interrupt\n");
	kshim_tasklet_kill(t);
	clear_bit(TASKLET_STATE_SCHED, &t->state);
}
EXPORT_SYMBOL(tasklet_kill);
