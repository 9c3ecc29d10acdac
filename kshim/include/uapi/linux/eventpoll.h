/* SPDX-License-Identifier: GPL-2.0-only */
/* The poll mask bits, with 6.1's values (uapi/linux/eventpoll.h). */
#ifndef _UAPI_LINUX_EVENTPOLL_H
#define _UAPI_LINUX_EVENTPOLL_H

typedef unsigned int __bitwise __poll_t;

#define EPOLLIN		((__force __poll_t)0x00000001)
#define EPOLLPRI	((__force __poll_t)0x00000002)
#define EPOLLOUT	((__force __poll_t)0x00000004)
#define EPOLLERR	((__force __poll_t)0x00000008)
#define EPOLLHUP	((__force __poll_t)0x00000010)
#define EPOLLNVAL	((__force __poll_t)0x00000020)
#define EPOLLRDNORM	((__force __poll_t)0x00000040)
#define EPOLLRDBAND	((__force __poll_t)0x00000080)
#define EPOLLWRNORM	((__force __poll_t)0x00000100)
#define EPOLLWRBAND	((__force __poll_t)0x00000200)
#define EPOLLMSG	((__force __poll_t)0x00000400)
#define EPOLLRDHUP	((__force __poll_t)0x00002000)
#define EPOLLEXCLUSIVE	((__force __poll_t)(1U << 28))
#define EPOLLWAKEUP	((__force __poll_t)(1U << 29))
#define EPOLLONESHOT	((__force __poll_t)(1U << 30))
#define EPOLLET		((__force __poll_t)(1U << 31))

#endif /* _UAPI_LINUX_EVENTPOLL_H */
