/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _KSHIM_SCHED_H
#define _KSHIM_SCHED_H

#endif /* _KSHIM_SCHED_H */
