/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _LINUX_BH_H
#define _LINUX_BH_H

#include <kshim/lockdep.h>

/* SOFTIRQ_DISABLE_OFFSET (preempt.h): softirqs off for this task. */
#define local_bh_disable()	kshim_preempt_add(2 * 0x100, KSHIM_SITE)
#define local_bh_enable()	kshim_preempt_add(-2 * 0x100, KSHIM_SITE)
#define _local_bh_enable()	local_bh_enable()
#define local_bh_enable_ip(ip)	local_bh_enable()

#endif /* _LINUX_BH_H */
