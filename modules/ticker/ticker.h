/* SPDX-License-Identifier: GPL-2.0-only WITH Linux-syscall-note */
/*
 * ticker: the ioctls of /dev/ticker, for the driver and for user space.
 */
#ifndef _TICKER_H
#define _TICKER_H

#include <linux/ioctl.h>
#include <linux/types.h>

#define TICKER_IOC_MAGIC	't'

/* The ticks delivered since the load or the last "reset": a __u32. */
#define TICKER_IOC_COUNT	_IOR(TICKER_IOC_MAGIC, 1, __u32)
/* Stop the timer; lines already made stay readable. */
#define TICKER_IOC_PAUSE	_IO(TICKER_IOC_MAGIC, 2)
/* Start it again, a full period from now; nothing when it runs. */
#define TICKER_IOC_RESUME	_IO(TICKER_IOC_MAGIC, 3)

#endif /* _TICKER_H */
