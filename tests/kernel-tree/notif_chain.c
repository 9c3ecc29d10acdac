// SPDX-License-Identifier: GPL-2.0-only
/*
 * Notifier chains: blocks are called highest priority first (equals in
 * registration order), NOTIFY_STOP ends the walk, a block registered twice
 * is refused; reboot and panic notifiers register and unregister. And the
 * variables drivers read: system_state, bitrev8(), __pa().
 */
#include <linux/module.h>
#include <linux/notifier.h>
#include <linux/reboot.h>
#include <linux/panic_notifier.h>
#include <linux/bitrev.h>
#include <linux/mm.h>
#include <linux/printk.h>

static ATOMIC_NOTIFIER_HEAD(achain);
static BLOCKING_NOTIFIER_HEAD(bchain);
static RAW_NOTIFIER_HEAD(rchain);
static char order[16];
static int n;

static int notif_call(struct notifier_block *nb, unsigned long val, void *v)
{
	order[n++] = '0' + nb->priority % 10;
	return nb->priority == 5 && val == 2 ? NOTIFY_STOP : NOTIFY_OK;
}

static struct notifier_block nb_a = { .notifier_call = notif_call, .priority = 1 };
static struct notifier_block nb_b = { .notifier_call = notif_call, .priority = 9 };
static struct notifier_block nb_c = { .notifier_call = notif_call, .priority = 5 };
static struct notifier_block nb_d = { .notifier_call = notif_call, .priority = 9 };
static struct notifier_block nb_r = { .notifier_call = notif_call, .priority = 0 };
static struct notifier_block nb_p = { .notifier_call = notif_call, .priority = 0 };

static int __init notif_chain_init(void)
{
	int ret;

	atomic_notifier_chain_register(&achain, &nb_a);
	atomic_notifier_chain_register(&achain, &nb_b);
	atomic_notifier_chain_register(&achain, &nb_c);
	atomic_notifier_chain_register(&achain, &nb_d);
	ret = atomic_notifier_call_chain(&achain, 1, NULL);
	pr_info("notif_chain: atomic order %s, ret %#x\n", order, ret);
	n = 0;
	memset(order, 0, sizeof(order));
	ret = atomic_notifier_call_chain(&achain, 2, NULL);
	pr_info("notif_chain: stopped at %s, ret %#x\n", order, ret);
	atomic_notifier_chain_unregister(&achain, &nb_b);
	atomic_notifier_chain_unregister(&achain, &nb_d);
	atomic_notifier_chain_unregister(&achain, &nb_c);
	atomic_notifier_chain_unregister(&achain, &nb_a);

	n = 0;
	memset(order, 0, sizeof(order));
	blocking_notifier_chain_register(&bchain, &nb_c);
	blocking_notifier_chain_register(&bchain, &nb_b);
	ret = blocking_notifier_call_chain(&bchain, 1, NULL);
	pr_info("notif_chain: blocking order %s, ret %#x, unregister %d %d\n",
		order, ret, blocking_notifier_chain_unregister(&bchain, &nb_c),
		blocking_notifier_chain_unregister(&bchain, &nb_c));
	blocking_notifier_chain_unregister(&bchain, &nb_b);

	raw_notifier_chain_register(&rchain, &nb_r);
	pr_info("notif_chain: raw empty chain after unregister: %d\n",
		raw_notifier_chain_unregister(&rchain, &nb_r) == 0 &&
		raw_notifier_call_chain(&rchain, 1, NULL) == NOTIFY_DONE);

	pr_info("notif_chain: reboot %d, panic %d\n",
		register_reboot_notifier(&nb_r),
		atomic_notifier_chain_register(&panic_notifier_list, &nb_p));
	pr_info("notif_chain: running %d, bitrev8(0x01) %#x, bitrev8(0xb4) %#x, __pa identity %d\n",
		system_state == SYSTEM_RUNNING, bitrev8(0x01), bitrev8(0xb4),
		__pa(&n) == (unsigned long)&n);
	return 0;
}

static void __exit notif_chain_exit(void)
{
	atomic_notifier_chain_unregister(&panic_notifier_list, &nb_p);
	unregister_reboot_notifier(&nb_r);
}

module_init(notif_chain_init);
module_exit(notif_chain_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Notifier chains in priority order");
