// SPDX-License-Identifier: GPL-2.0-only
/*
 * Notifier chains (kernel/notifier.c), for modules built against the
 * kernel's own headers: the kernel's struct notifier_block lists, highest
 * priority first and, among equals, in registration order. An atomic
 * chain's callbacks run in an RCU read-side section (they must not sleep:
 * kshim reports it if they do), a blocking chain's under its rwsem.
 *
 * panic_notifier_list is kernel/panic.c's variable, defined here beside
 * the chains: kshim's panic() does not call it (the machine stops there).
 */
#include <linux/notifier.h>
#include <linux/rcupdate.h>
#include <linux/spinlock.h>
#include <linux/rwsem.h>
#include <linux/bug.h>
#include <linux/export.h>
#include <linux/panic_notifier.h>

ATOMIC_NOTIFIER_HEAD(panic_notifier_list);
EXPORT_SYMBOL(panic_notifier_list);

static int chain_register(struct notifier_block **nl,
			  struct notifier_block *n, bool unique_priority)
{
	while (*nl) {
		if (unlikely(*nl == n)) {
			WARN(1, "notifier callback %ps already registered",
			     n->notifier_call);
			return -EEXIST;
		}
		if (n->priority > (*nl)->priority)
			break;
		if (n->priority == (*nl)->priority && unique_priority)
			return -EBUSY;
		nl = &(*nl)->next;
	}
	n->next = *nl;
	rcu_assign_pointer(*nl, n);
	return 0;
}

static int chain_unregister(struct notifier_block **nl,
			    struct notifier_block *n)
{
	while (*nl) {
		if (*nl == n) {
			rcu_assign_pointer(*nl, n->next);
			return 0;
		}
		nl = &(*nl)->next;
	}
	return -ENOENT;
}

/* Each block in turn until one says stop, at most @nr_to_call (-1: all). */
static int call_chain(struct notifier_block **nl, unsigned long val, void *v,
		      int nr_to_call, int *nr_calls)
{
	struct notifier_block *nb = rcu_dereference_raw(*nl), *next;
	int ret = NOTIFY_DONE;

	while (nb && nr_to_call) {
		next = rcu_dereference_raw(nb->next);
		ret = nb->notifier_call(nb, val, v);
		if (nr_calls)
			(*nr_calls)++;
		if (ret & NOTIFY_STOP_MASK)
			break;
		nb = next;
		nr_to_call--;
	}
	return ret;
}

/* @val_up to all; when one refuses, @val_down to those already told. */
static int call_chain_robust(struct notifier_block **nl, unsigned long val_up,
			     unsigned long val_down, void *v)
{
	int ret, nr = 0;

	ret = call_chain(nl, val_up, v, -1, &nr);
	if (ret & NOTIFY_STOP_MASK)
		call_chain(nl, val_down, v, nr - 1, NULL);
	return ret;
}

/* ---- atomic ---- */

int atomic_notifier_chain_register(struct atomic_notifier_head *nh,
				   struct notifier_block *n)
{
	unsigned long flags;
	int ret;

	spin_lock_irqsave(&nh->lock, flags);
	ret = chain_register(&nh->head, n, false);
	spin_unlock_irqrestore(&nh->lock, flags);
	return ret;
}
EXPORT_SYMBOL_GPL(atomic_notifier_chain_register);

int atomic_notifier_chain_register_unique_prio(struct atomic_notifier_head *nh,
					       struct notifier_block *n)
{
	unsigned long flags;
	int ret;

	spin_lock_irqsave(&nh->lock, flags);
	ret = chain_register(&nh->head, n, true);
	spin_unlock_irqrestore(&nh->lock, flags);
	return ret;
}
EXPORT_SYMBOL_GPL(atomic_notifier_chain_register_unique_prio);

int atomic_notifier_chain_unregister(struct atomic_notifier_head *nh,
				     struct notifier_block *n)
{
	unsigned long flags;
	int ret;

	spin_lock_irqsave(&nh->lock, flags);
	ret = chain_unregister(&nh->head, n);
	spin_unlock_irqrestore(&nh->lock, flags);
	synchronize_rcu();
	return ret;
}
EXPORT_SYMBOL_GPL(atomic_notifier_chain_unregister);

int atomic_notifier_call_chain(struct atomic_notifier_head *nh,
			       unsigned long val, void *v)
{
	int ret;

	rcu_read_lock();
	ret = call_chain(&nh->head, val, v, -1, NULL);
	rcu_read_unlock();
	return ret;
}
EXPORT_SYMBOL_GPL(atomic_notifier_call_chain);

bool atomic_notifier_call_chain_is_empty(struct atomic_notifier_head *nh)
{
	return !rcu_access_pointer(nh->head);
}

/* ---- blocking ---- */

int blocking_notifier_chain_register(struct blocking_notifier_head *nh,
				     struct notifier_block *n)
{
	int ret;

	down_write(&nh->rwsem);
	ret = chain_register(&nh->head, n, false);
	up_write(&nh->rwsem);
	return ret;
}
EXPORT_SYMBOL_GPL(blocking_notifier_chain_register);

int blocking_notifier_chain_register_unique_prio(struct blocking_notifier_head *nh,
						 struct notifier_block *n)
{
	int ret;

	down_write(&nh->rwsem);
	ret = chain_register(&nh->head, n, true);
	up_write(&nh->rwsem);
	return ret;
}
EXPORT_SYMBOL_GPL(blocking_notifier_chain_register_unique_prio);

int blocking_notifier_chain_unregister(struct blocking_notifier_head *nh,
				       struct notifier_block *n)
{
	int ret;

	down_write(&nh->rwsem);
	ret = chain_unregister(&nh->head, n);
	up_write(&nh->rwsem);
	return ret;
}
EXPORT_SYMBOL_GPL(blocking_notifier_chain_unregister);

int blocking_notifier_call_chain_robust(struct blocking_notifier_head *nh,
					unsigned long val_up,
					unsigned long val_down, void *v)
{
	int ret = NOTIFY_DONE;

	/* Lockless peek first, as the kernel: an empty chain takes no lock. */
	if (rcu_access_pointer(nh->head)) {
		down_read(&nh->rwsem);
		ret = call_chain_robust(&nh->head, val_up, val_down, v);
		up_read(&nh->rwsem);
	}
	return ret;
}
EXPORT_SYMBOL_GPL(blocking_notifier_call_chain_robust);

int blocking_notifier_call_chain(struct blocking_notifier_head *nh,
				 unsigned long val, void *v)
{
	int ret = NOTIFY_DONE;

	if (rcu_access_pointer(nh->head)) {
		down_read(&nh->rwsem);
		ret = call_chain(&nh->head, val, v, -1, NULL);
		up_read(&nh->rwsem);
	}
	return ret;
}
EXPORT_SYMBOL_GPL(blocking_notifier_call_chain);

/* ---- raw: the caller locks ---- */

int raw_notifier_chain_register(struct raw_notifier_head *nh,
				struct notifier_block *n)
{
	return chain_register(&nh->head, n, false);
}
EXPORT_SYMBOL_GPL(raw_notifier_chain_register);

int raw_notifier_chain_unregister(struct raw_notifier_head *nh,
				  struct notifier_block *n)
{
	return chain_unregister(&nh->head, n);
}
EXPORT_SYMBOL_GPL(raw_notifier_chain_unregister);

int raw_notifier_call_chain_robust(struct raw_notifier_head *nh,
				   unsigned long val_up,
				   unsigned long val_down, void *v)
{
	return call_chain_robust(&nh->head, val_up, val_down, v);
}
EXPORT_SYMBOL_GPL(raw_notifier_call_chain_robust);

int raw_notifier_call_chain(struct raw_notifier_head *nh,
			    unsigned long val, void *v)
{
	return call_chain(&nh->head, val, v, -1, NULL);
}
EXPORT_SYMBOL_GPL(raw_notifier_call_chain);
