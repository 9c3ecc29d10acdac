/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * timer_list on kshim's virtual clock (kernel/timer.c, host/time.c): a
 * pending timer fires, in softirq context, when a test (or a delay)
 * moves time past its expiry. Flag values are 6.1's.
 *
 * The pending state is kept by kshim, not in @entry: timer_pending() asks
 * it. The kshim_ fields record where the timer was set up and by which
 * module, for the report made when a module's exit leaves it pending.
 */
#ifndef _LINUX_TIMER_H
#define _LINUX_TIMER_H

#include <linux/kernel.h>
#include <linux/bug.h>
#include <linux/container_of.h>
#include <linux/jiffies.h>
#include <linux/ktime.h>
#include <linux/types.h>
#include <kshim/kapi.h>

struct timer_list {
	struct hlist_node	entry;
	unsigned long		expires;
	void			(*function)(struct timer_list *);
	u32			flags;
	const struct kshim_site	*kshim_site;
	const char		*kshim_module;
};

#define TIMER_CPUMASK		0x0003FFFF
#define TIMER_MIGRATING		0x00040000
#define TIMER_BASEMASK		(TIMER_CPUMASK | TIMER_MIGRATING)
#define TIMER_DEFERRABLE	0x00080000
#define TIMER_PINNED		0x00100000
#define TIMER_IRQSAFE		0x00200000
#define TIMER_INIT_FLAGS	(TIMER_DEFERRABLE | TIMER_PINNED | TIMER_IRQSAFE)
#define TIMER_ARRAYSHIFT	22
#define TIMER_ARRAYMASK		0xFFC00000

/* The setup site of a static timer: a file-scope compound literal. */
#define __KSHIM_STATIC_SITE(_what)					\
	(&(const struct kshim_site){ __FILE__, _what, __LINE__ })

#define __TIMER_INITIALIZER(_function, _flags) {			\
		.entry = { .next = NULL, .pprev = NULL },		\
		.function = (_function),				\
		.flags = (_flags),					\
		.kshim_site = __KSHIM_STATIC_SITE("DEFINE_TIMER"),	\
		.kshim_module = KSHIM_MODNAME,				\
	}

#define DEFINE_TIMER(_name, _function)					\
	struct timer_list _name = __TIMER_INITIALIZER(_function, 0)

void __kshim_timer_setup(struct timer_list *timer,
			 void (*func)(struct timer_list *), unsigned int flags,
			 const struct kshim_site *site, const char *module);

#define timer_setup(timer, callback, flags)				\
	__kshim_timer_setup((timer), (callback), (flags), KSHIM_SITE,	\
			    KSHIM_MODNAME)
#define timer_setup_on_stack(timer, callback, flags)			\
	timer_setup(timer, callback, flags)

static inline void destroy_timer_on_stack(struct timer_list *timer)
{
}

#define from_timer(var, callback_timer, timer_fieldname)		\
	container_of(callback_timer, typeof(*var), timer_fieldname)

static inline int timer_pending(const struct timer_list *timer)
{
	return kshim_timer_pending(timer);
}

extern int mod_timer(struct timer_list *timer, unsigned long expires);
extern int mod_timer_pending(struct timer_list *timer, unsigned long expires);
extern int timer_reduce(struct timer_list *timer, unsigned long expires);
extern void add_timer(struct timer_list *timer);
extern void add_timer_on(struct timer_list *timer, int cpu);
extern int del_timer(struct timer_list *timer);
extern int try_to_del_timer_sync(struct timer_list *timer);
extern int del_timer_sync(struct timer_list *timer);

#define del_singleshot_timer_sync(t)	del_timer_sync(t)

#endif /* _LINUX_TIMER_H */
