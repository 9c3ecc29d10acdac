/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Workqueues and tasklets (kernel/workqueue.c, host/workqueue.c). Work
 * runs when a test calls kshim_run_work() or the driver flushes it, as a
 * kworker in process context; delayed work is queued when its timer fires
 * (time moved by a test). Tasklets, which 6.1 declares in
 * <linux/interrupt.h> (it includes this header), run in kshim_run_work()
 * too, in softirq context. The pending state is kshim's, not in @data.
 * Values are 6.1's.
 */
#ifndef _LINUX_WORKQUEUE_H
#define _LINUX_WORKQUEUE_H

#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/container_of.h>
#include <linux/timer.h>
#include <linux/types.h>
#include <kshim/kapi.h>

struct workqueue_struct;
struct work_struct;
typedef void (*work_func_t)(struct work_struct *work);
void delayed_work_timer_fn(struct timer_list *t);

enum {
	WORK_STRUCT_PENDING_BIT	= 0,
	WORK_CPU_UNBOUND	= 1,	/* NR_CPUS: kshim has one CPU */
};

struct work_struct {
	atomic_long_t		data;
	struct list_head	entry;
	work_func_t		func;
	const struct kshim_site	*kshim_site;
	const char		*kshim_module;
};

struct delayed_work {
	struct work_struct	work;
	struct timer_list	timer;
	struct workqueue_struct	*wq;
	int			cpu;
};

struct rcu_work {
	struct work_struct	work;
	struct workqueue_struct	*wq;
};

static inline struct delayed_work *to_delayed_work(struct work_struct *work)
{
	return container_of(work, struct delayed_work, work);
}

#define __WORK_INITIALIZER(n, f) {					\
	.data = { 0 },							\
	.entry = { &(n).entry, &(n).entry },				\
	.func = (f),							\
	.kshim_site = __KSHIM_STATIC_SITE("DECLARE_WORK"),		\
	.kshim_module = KSHIM_MODNAME,					\
	}

#define __DELAYED_WORK_INITIALIZER(n, f, tflags) {			\
	.work = __WORK_INITIALIZER((n).work, (f)),			\
	.timer = __TIMER_INITIALIZER(delayed_work_timer_fn,		\
				     (tflags) | TIMER_IRQSAFE),		\
	}

#define DECLARE_WORK(n, f)						\
	struct work_struct n = __WORK_INITIALIZER(n, f)
#define DECLARE_DELAYED_WORK(n, f)					\
	struct delayed_work n = __DELAYED_WORK_INITIALIZER(n, f, 0)
#define DECLARE_DEFERRABLE_WORK(n, f)					\
	struct delayed_work n = __DELAYED_WORK_INITIALIZER(n, f, TIMER_DEFERRABLE)

static inline void __kshim_init_work(struct work_struct *work, work_func_t func,
				     const struct kshim_site *site,
				     const char *module)
{
	work->data.counter = 0;
	work->entry.next = &work->entry;
	work->entry.prev = &work->entry;
	work->func = func;
	work->kshim_site = site;
	work->kshim_module = module;
}

#define INIT_WORK(_work, _func)						\
	__kshim_init_work((_work), (_func), KSHIM_SITE, KSHIM_MODNAME)
#define INIT_WORK_ONSTACK(_work, _func)	INIT_WORK(_work, _func)

#define __INIT_DELAYED_WORK(_work, _func, _tflags)			\
	do {								\
		const struct kshim_site *__site = KSHIM_SITE;		\
									\
		__kshim_init_work(&(_work)->work, (_func), __site,	\
				  KSHIM_MODNAME);			\
		__kshim_timer_setup(&(_work)->timer,			\
				    delayed_work_timer_fn,		\
				    (_tflags) | TIMER_IRQSAFE, __site,	\
				    KSHIM_MODNAME);			\
	} while (0)

#define INIT_DELAYED_WORK(_work, _func)					\
	__INIT_DELAYED_WORK(_work, _func, 0)
#define INIT_DELAYED_WORK_ONSTACK(_work, _func)				\
	__INIT_DELAYED_WORK(_work, _func, 0)
#define INIT_DEFERRABLE_WORK(_work, _func)				\
	__INIT_DELAYED_WORK(_work, _func, TIMER_DEFERRABLE)

static inline void destroy_work_on_stack(struct work_struct *work) { }
static inline void destroy_delayed_work_on_stack(struct delayed_work *work) { }

#define work_pending(work)		((bool)kshim_work_pending(work))
#define delayed_work_pending(w)		work_pending(&(w)->work)

enum {
	WQ_UNBOUND		= 1 << 1,
	WQ_FREEZABLE		= 1 << 2,
	WQ_MEM_RECLAIM		= 1 << 3,
	WQ_HIGHPRI		= 1 << 4,
	WQ_CPU_INTENSIVE	= 1 << 5,
	WQ_SYSFS		= 1 << 6,
	WQ_POWER_EFFICIENT	= 1 << 7,

	__WQ_DRAINING		= 1 << 16,
	__WQ_ORDERED		= 1 << 17,
	__WQ_LEGACY		= 1 << 18,
	__WQ_ORDERED_EXPLICIT	= 1 << 19,

	WQ_MAX_ACTIVE		= 512,
	WQ_MAX_UNBOUND_PER_CPU	= 4,
	WQ_DFL_ACTIVE		= WQ_MAX_ACTIVE / 2,
};

/* One possible CPU: max(WQ_MAX_ACTIVE, 1 * WQ_MAX_UNBOUND_PER_CPU). */
#define WQ_UNBOUND_MAX_ACTIVE	WQ_MAX_ACTIVE

extern struct workqueue_struct *system_wq;
extern struct workqueue_struct *system_highpri_wq;
extern struct workqueue_struct *system_long_wq;
extern struct workqueue_struct *system_unbound_wq;
extern struct workqueue_struct *system_freezable_wq;
extern struct workqueue_struct *system_power_efficient_wq;
extern struct workqueue_struct *system_freezable_power_efficient_wq;

/* Fallible (fault injection: "alloc_workqueue"): it takes the caller's site. */
__printf(2, 5) struct workqueue_struct *
kshim_alloc_workqueue(const struct kshim_site *site, const char *fmt,
		      unsigned int flags, int max_active, ...);
#define alloc_workqueue(fmt, flags, max_active, ...)			\
	kshim_alloc_workqueue(KSHIM_SITE, fmt, flags, max_active,	\
			      ##__VA_ARGS__)
#define alloc_ordered_workqueue(fmt, flags, args...)			\
	alloc_workqueue(fmt, WQ_UNBOUND | __WQ_ORDERED |		\
			__WQ_ORDERED_EXPLICIT | (flags), 1, ##args)
#define create_workqueue(name)						\
	alloc_workqueue("%s", __WQ_LEGACY | WQ_MEM_RECLAIM, 1, (name))
#define create_freezable_workqueue(name)				\
	alloc_workqueue("%s", __WQ_LEGACY | WQ_FREEZABLE | WQ_UNBOUND |	\
			WQ_MEM_RECLAIM, 1, (name))
#define create_singlethread_workqueue(name)				\
	alloc_ordered_workqueue("%s", __WQ_LEGACY | WQ_MEM_RECLAIM, name)

extern void destroy_workqueue(struct workqueue_struct *wq);
extern void flush_workqueue(struct workqueue_struct *wq);
extern void drain_workqueue(struct workqueue_struct *wq);

extern bool queue_work_on(int cpu, struct workqueue_struct *wq,
			  struct work_struct *work);
extern bool queue_delayed_work_on(int cpu, struct workqueue_struct *wq,
				  struct delayed_work *work, unsigned long delay);
extern bool mod_delayed_work_on(int cpu, struct workqueue_struct *wq,
				struct delayed_work *dwork, unsigned long delay);

extern bool flush_work(struct work_struct *work);
extern bool cancel_work(struct work_struct *work);
extern bool cancel_work_sync(struct work_struct *work);
extern bool flush_delayed_work(struct delayed_work *dwork);
extern bool cancel_delayed_work(struct delayed_work *dwork);
extern bool cancel_delayed_work_sync(struct delayed_work *dwork);
extern unsigned int work_busy(struct work_struct *work);

/* work_busy() */
enum {
	WORK_BUSY_PENDING	= 1 << 0,
	WORK_BUSY_RUNNING	= 1 << 1,
};

static inline bool queue_work(struct workqueue_struct *wq,
			      struct work_struct *work)
{
	return queue_work_on(WORK_CPU_UNBOUND, wq, work);
}

static inline bool queue_delayed_work(struct workqueue_struct *wq,
				      struct delayed_work *dwork,
				      unsigned long delay)
{
	return queue_delayed_work_on(WORK_CPU_UNBOUND, wq, dwork, delay);
}

static inline bool mod_delayed_work(struct workqueue_struct *wq,
				    struct delayed_work *dwork,
				    unsigned long delay)
{
	return mod_delayed_work_on(WORK_CPU_UNBOUND, wq, dwork, delay);
}

static inline bool schedule_work_on(int cpu, struct work_struct *work)
{
	return queue_work_on(cpu, system_wq, work);
}

static inline bool schedule_work(struct work_struct *work)
{
	return queue_work(system_wq, work);
}

static inline bool schedule_delayed_work_on(int cpu, struct delayed_work *dwork,
					    unsigned long delay)
{
	return queue_delayed_work_on(cpu, system_wq, dwork, delay);
}

static inline bool schedule_delayed_work(struct delayed_work *dwork,
					 unsigned long delay)
{
	return queue_delayed_work(system_wq, dwork, delay);
}

#define flush_scheduled_work()	flush_workqueue(system_wq)

/* ---- Tasklets (6.1: <linux/interrupt.h>) ---- */

struct tasklet_struct {
	struct tasklet_struct	*next;
	unsigned long		state;
	atomic_t		count;
	bool			use_callback;
	union {
		void (*func)(unsigned long data);
		void (*callback)(struct tasklet_struct *t);
	};
	unsigned long		data;
	const struct kshim_site	*kshim_site;
	const char		*kshim_module;
};

enum {
	TASKLET_STATE_SCHED,	/* Tasklet is scheduled for execution */
	TASKLET_STATE_RUN	/* Tasklet is running (SMP only) */
};

#define DECLARE_TASKLET(name, _callback)				\
struct tasklet_struct name = {						\
	.count = { 0 },							\
	.callback = _callback,						\
	.use_callback = true,						\
	.kshim_site = __KSHIM_STATIC_SITE("DECLARE_TASKLET"),		\
	.kshim_module = KSHIM_MODNAME,					\
}

#define DECLARE_TASKLET_DISABLED(name, _callback)			\
struct tasklet_struct name = {						\
	.count = { 1 },							\
	.callback = _callback,						\
	.use_callback = true,						\
	.kshim_site = __KSHIM_STATIC_SITE("DECLARE_TASKLET"),		\
	.kshim_module = KSHIM_MODNAME,					\
}

#define DECLARE_TASKLET_OLD(name, _func)				\
struct tasklet_struct name = {						\
	.count = { 0 },							\
	.func = _func,							\
	.kshim_site = __KSHIM_STATIC_SITE("DECLARE_TASKLET_OLD"),	\
	.kshim_module = KSHIM_MODNAME,					\
}

#define from_tasklet(var, callback_tasklet, tasklet_fieldname)		\
	container_of(callback_tasklet, typeof(*var), tasklet_fieldname)

static inline void __kshim_tasklet_init(struct tasklet_struct *t,
					void (*func)(unsigned long),
					void (*callback)(struct tasklet_struct *),
					unsigned long data,
					const struct kshim_site *site,
					const char *module)
{
	t->next = NULL;
	t->state = 0;
	t->count.counter = 0;
	t->use_callback = callback != NULL;
	if (callback)
		t->callback = callback;
	else
		t->func = func;
	t->data = data;
	t->kshim_site = site;
	t->kshim_module = module;
}

#define tasklet_init(t, func, data)					\
	__kshim_tasklet_init((t), (func), NULL, (data), KSHIM_SITE,	\
			     KSHIM_MODNAME)
#define tasklet_setup(t, callback)					\
	__kshim_tasklet_init((t), NULL, (callback), 0, KSHIM_SITE,	\
			     KSHIM_MODNAME)

static inline void tasklet_schedule(struct tasklet_struct *t)
{
	kshim_tasklet_schedule(t, t->use_callback ? (const void *)t->callback :
						     (const void *)t->func,
			       t->kshim_site, t->kshim_module);
}

#define tasklet_hi_schedule(t)		tasklet_schedule(t)

static inline void tasklet_disable_nosync(struct tasklet_struct *t)
{
	__atomic_add_fetch(&t->count.counter, 1, __ATOMIC_SEQ_CST);
}

static inline void tasklet_disable(struct tasklet_struct *t)
{
	tasklet_disable_nosync(t);
}

#define tasklet_disable_in_atomic(t)	tasklet_disable(t)

static inline void tasklet_enable(struct tasklet_struct *t)
{
	__atomic_sub_fetch(&t->count.counter, 1, __ATOMIC_SEQ_CST);
}

static inline void tasklet_unlock_wait(struct tasklet_struct *t)
{
}

extern void tasklet_kill(struct tasklet_struct *t);

#endif /* _LINUX_WORKQUEUE_H */
