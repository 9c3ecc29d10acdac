// SPDX-License-Identifier: GPL-2.0-only
/*
 * A module whose init calls a kernel function kshim does not simulate
 * (a kernel socket): the call must be reported at this file's line, the
 * init stopped, and the module's exit never run.
 */
#include <linux/module.h>
#include <linux/net.h>
#include <linux/printk.h>
#include <linux/socket.h>

static struct socket *sock;

static int __init unsim_init(void)
{
	int err;

	pr_info("unsim: making a socket\n");
	err = sock_create_kern(NULL, PF_INET, SOCK_DGRAM, 0, &sock);
	pr_info("unsim: sock_create_kern() returned %d\n", err);
	return err;
}

static void __exit unsim_exit(void)
{
	pr_info("unsim: exit\n");
}

module_init(unsim_init);
module_exit(unsim_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Calls a function kshim does not simulate");
