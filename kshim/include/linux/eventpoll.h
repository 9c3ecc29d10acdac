/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _LINUX_EVENTPOLL_H
#define _LINUX_EVENTPOLL_H

#include <uapi/linux/eventpoll.h>

#endif /* _LINUX_EVENTPOLL_H */
