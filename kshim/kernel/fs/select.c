// SPDX-License-Identifier: GPL-2.0-only
/*
 * poll() (fs/select.c) of the harness, for modules built against the
 * kernel's own headers. poll_wait() is inline in the driver: it calls the
 * table's _qproc, which here counts the wait queues instead of sleeping on
 * them (kshim_poll_queues()).
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/poll.h>
#include <kshim/usapi.h>
#include "internal.h"

struct kshim_poll_table {
	poll_table pt;
	size_t nqueues;
};

static void count_queue(struct file *filp, struct wait_queue_head *wq,
			poll_table *pt)
{
	container_of(pt, struct kshim_poll_table, pt)->nqueues++;
}

unsigned int __kshim_vfs_poll(void *f, size_t *nqueues)
{
	struct kshim_poll_table t;
	__poll_t mask;

	init_poll_funcptr(&t.pt, count_queue);
	t.nqueues = 0;
	mask = vfs_poll(f, &t.pt);
	*nqueues = t.nqueues;
	return (__force unsigned int)mask;
}
