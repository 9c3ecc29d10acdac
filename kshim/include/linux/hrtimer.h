/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * High-resolution timers on kshim's virtual clock (kernel/timer.c): a
 * queued hrtimer fires when a test moves time to its (hard) expiry, in
 * softirq context whatever its mode. Values are 6.1's.
 */
#ifndef _LINUX_HRTIMER_H
#define _LINUX_HRTIMER_H

#include <linux/kernel.h>
#include <linux/ktime.h>
#include <linux/timer.h>
#include <linux/types.h>
#include <kshim/kapi.h>

#ifndef CLOCK_REALTIME
#define CLOCK_REALTIME		0
#define CLOCK_MONOTONIC		1
#define CLOCK_MONOTONIC_RAW	4
#define CLOCK_BOOTTIME		7
#define CLOCK_TAI		11
#endif

enum hrtimer_mode {
	HRTIMER_MODE_ABS	= 0x00,
	HRTIMER_MODE_REL	= 0x01,
	HRTIMER_MODE_PINNED	= 0x02,
	HRTIMER_MODE_SOFT	= 0x04,
	HRTIMER_MODE_HARD	= 0x08,

	HRTIMER_MODE_ABS_PINNED = HRTIMER_MODE_ABS | HRTIMER_MODE_PINNED,
	HRTIMER_MODE_REL_PINNED = HRTIMER_MODE_REL | HRTIMER_MODE_PINNED,

	HRTIMER_MODE_ABS_SOFT	= HRTIMER_MODE_ABS | HRTIMER_MODE_SOFT,
	HRTIMER_MODE_REL_SOFT	= HRTIMER_MODE_REL | HRTIMER_MODE_SOFT,

	HRTIMER_MODE_ABS_PINNED_SOFT = HRTIMER_MODE_ABS_PINNED | HRTIMER_MODE_SOFT,
	HRTIMER_MODE_REL_PINNED_SOFT = HRTIMER_MODE_REL_PINNED | HRTIMER_MODE_SOFT,

	HRTIMER_MODE_ABS_HARD	= HRTIMER_MODE_ABS | HRTIMER_MODE_HARD,
	HRTIMER_MODE_REL_HARD	= HRTIMER_MODE_REL | HRTIMER_MODE_HARD,

	HRTIMER_MODE_ABS_PINNED_HARD = HRTIMER_MODE_ABS_PINNED | HRTIMER_MODE_HARD,
	HRTIMER_MODE_REL_PINNED_HARD = HRTIMER_MODE_REL_PINNED | HRTIMER_MODE_HARD,
};

enum hrtimer_restart {
	HRTIMER_NORESTART,	/* Timer is not restarted */
	HRTIMER_RESTART,	/* Timer must be restarted */
};

#define HRTIMER_STATE_INACTIVE	0x00
#define HRTIMER_STATE_ENQUEUED	0x01

struct timerqueue_node {
	ktime_t expires;
};

struct hrtimer {
	struct timerqueue_node	node;
	ktime_t			_softexpires;
	enum hrtimer_restart	(*function)(struct hrtimer *);
	void			*base;
	u8			state;
	u8			is_rel;
	u8			is_soft;
	u8			is_hard;
	int			kshim_clock;
	const struct kshim_site	*kshim_site;
	const char		*kshim_module;
};

/* High resolution: 1 ns (hrtimer_resolution). */
#define HIGH_RES_NSEC		1
#define KTIME_HIGH_RES		(HIGH_RES_NSEC)
#define MONOTONIC_RES_NSEC	HIGH_RES_NSEC
#define KTIME_MONOTONIC_RES	KTIME_HIGH_RES
#define hrtimer_resolution	((unsigned int)HIGH_RES_NSEC)

void __kshim_hrtimer_init(struct hrtimer *timer, int which_clock,
			  enum hrtimer_mode mode, const struct kshim_site *site,
			  const char *module);
#define hrtimer_init(timer, which_clock, mode)				\
	__kshim_hrtimer_init((timer), (which_clock), (mode), KSHIM_SITE,	\
			     KSHIM_MODNAME)
#define hrtimer_init_on_stack(timer, which_clock, mode)			\
	hrtimer_init(timer, which_clock, mode)

static inline void destroy_hrtimer_on_stack(struct hrtimer *timer)
{
}

void hrtimer_start_range_ns(struct hrtimer *timer, ktime_t tim,
			    u64 range_ns, const enum hrtimer_mode mode);

static inline void hrtimer_start(struct hrtimer *timer, ktime_t tim,
				 const enum hrtimer_mode mode)
{
	hrtimer_start_range_ns(timer, tim, 0, mode);
}

int hrtimer_cancel(struct hrtimer *timer);
int hrtimer_try_to_cancel(struct hrtimer *timer);
u64 hrtimer_forward(struct hrtimer *timer, ktime_t now, ktime_t interval);
/* The timer's clock now (CLOCK_REALTIME and CLOCK_TAI: the wall clock). */
ktime_t hrtimer_cb_get_time(struct hrtimer *timer);

static inline u64 hrtimer_forward_now(struct hrtimer *timer, ktime_t interval)
{
	return hrtimer_forward(timer, hrtimer_cb_get_time(timer), interval);
}

static inline void hrtimer_set_expires(struct hrtimer *timer, ktime_t time)
{
	timer->node.expires = time;
	timer->_softexpires = time;
}

static inline void hrtimer_set_expires_range_ns(struct hrtimer *timer,
						ktime_t time, u64 delta)
{
	timer->_softexpires = time;
	timer->node.expires = ktime_add_safe(time, ns_to_ktime(delta));
}

static inline void hrtimer_set_expires_tv64(struct hrtimer *timer, const s64 tv64)
{
	timer->node.expires = tv64;
	timer->_softexpires = tv64;
}

static inline void hrtimer_add_expires(struct hrtimer *timer, ktime_t time)
{
	timer->node.expires = ktime_add_safe(timer->node.expires, time);
	timer->_softexpires = ktime_add_safe(timer->_softexpires, time);
}

static inline void hrtimer_add_expires_ns(struct hrtimer *timer, u64 ns)
{
	timer->node.expires = ktime_add_ns(timer->node.expires, ns);
	timer->_softexpires = ktime_add_ns(timer->_softexpires, ns);
}

static inline ktime_t hrtimer_get_expires(const struct hrtimer *timer)
{
	return timer->node.expires;
}

static inline ktime_t hrtimer_get_softexpires(const struct hrtimer *timer)
{
	return timer->_softexpires;
}

static inline s64 hrtimer_get_expires_tv64(const struct hrtimer *timer)
{
	return timer->node.expires;
}

static inline s64 hrtimer_get_expires_ns(const struct hrtimer *timer)
{
	return ktime_to_ns(timer->node.expires);
}

static inline ktime_t hrtimer_expires_remaining(const struct hrtimer *timer)
{
	return ktime_sub(timer->node.expires, hrtimer_cb_get_time((struct hrtimer *)timer));
}

static inline ktime_t hrtimer_get_remaining(const struct hrtimer *timer)
{
	return hrtimer_expires_remaining(timer);
}

static inline bool hrtimer_is_queued(struct hrtimer *timer)
{
	return kshim_timer_pending(timer);
}

static inline bool hrtimer_callback_running(struct hrtimer *timer)
{
	return kshim_timer_running(timer);
}

static inline bool hrtimer_active(const struct hrtimer *timer)
{
	return kshim_timer_pending(timer) || kshim_timer_running(timer);
}

static inline void hrtimer_restart(struct hrtimer *timer)
{
	hrtimer_start(timer, hrtimer_get_expires(timer), HRTIMER_MODE_ABS);
}

#endif /* _LINUX_HRTIMER_H */
