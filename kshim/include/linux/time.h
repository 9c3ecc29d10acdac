/* SPDX-License-Identifier: GPL-2.0-only */
/* <linux/time.h>: time units, jiffies and the clocks. */
#ifndef _LINUX_TIME_H
#define _LINUX_TIME_H

#include <linux/time64.h>
#include <linux/jiffies.h>
#include <linux/ktime.h>
#include <linux/timekeeping.h>

#endif /* _LINUX_TIME_H */
