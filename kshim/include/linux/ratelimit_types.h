/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _LINUX_RATELIMIT_TYPES_H
#define _LINUX_RATELIMIT_TYPES_H

#include <linux/types.h>
#include <linux/bits.h>

#define DEFAULT_RATELIMIT_INTERVAL	(5 * CONFIG_HZ)
#define DEFAULT_RATELIMIT_BURST		10

/* issue all messages immediately, and do not print "callbacks suppressed" */
#define RATELIMIT_MSG_ON_RELEASE	BIT(0)

struct ratelimit_state {
	int lock;		/* the kernel's raw_spinlock_t: 1 while held */
	int interval;
	int burst;
	int printed;
	int missed;
	unsigned long begin;
	unsigned long flags;
};

#define RATELIMIT_STATE_INIT(name, interval_init, burst_init) {		\
		.interval	= interval_init,			\
		.burst		= burst_init,				\
	}

#define DEFINE_RATELIMIT_STATE(name, interval_init, burst_init)		\
	struct ratelimit_state name =					\
		RATELIMIT_STATE_INIT(name, interval_init, burst_init)	\

extern int ___ratelimit(struct ratelimit_state *rs, const char *func);
#define __ratelimit(state) ___ratelimit(state, __func__)

#endif /* _LINUX_RATELIMIT_TYPES_H */
