/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Lists read under RCU: writers publish with release stores, readers load
 * with acquire; list_del_rcu() leaves ->next intact for readers still on
 * the entry (only ->prev is poisoned), as in the kernel.
 */
#ifndef _LINUX_RCULIST_H
#define _LINUX_RCULIST_H

#include <linux/list.h>
#include <linux/rcupdate.h>

#define list_next_rcu(list)	(*((struct list_head **)(&(list)->next)))

static inline void INIT_LIST_HEAD_RCU(struct list_head *list)
{
	WRITE_ONCE(list->next, list);
	WRITE_ONCE(list->prev, list);
}

static inline void __list_add_rcu(struct list_head *new, struct list_head *prev,
				  struct list_head *next)
{
	new->next = next;
	new->prev = prev;
	rcu_assign_pointer(list_next_rcu(prev), new);
	next->prev = new;
}

static inline void list_add_rcu(struct list_head *new, struct list_head *head)
{
	__list_add_rcu(new, head, head->next);
}

static inline void list_add_tail_rcu(struct list_head *new, struct list_head *head)
{
	__list_add_rcu(new, head->prev, head);
}

static inline void list_del_rcu(struct list_head *entry)
{
	__list_del_entry(entry);
	entry->prev = LIST_POISON2;
}

static inline void list_del_init_rcu(struct list_head *entry)
{
	__list_del_entry(entry);
	INIT_LIST_HEAD(entry);
}

static inline void list_replace_rcu(struct list_head *old, struct list_head *new)
{
	new->next = old->next;
	new->prev = old->prev;
	rcu_assign_pointer(list_next_rcu(new->prev), new);
	new->next->prev = new;
	old->prev = LIST_POISON2;
}

/* @ptr: the ->next to follow (an lvalue), loaded with acquire. */
#define list_entry_rcu(ptr, type, member)				\
	container_of(__atomic_load_n(&(ptr), __ATOMIC_ACQUIRE), type, member)

#define list_first_or_null_rcu(ptr, type, member) ({			\
	struct list_head *__ptr = (ptr);				\
	struct list_head *__next = __atomic_load_n(&__ptr->next, __ATOMIC_ACQUIRE); \
	likely(__ptr != __next) ? container_of(__next, type, member) : NULL; \
})

#define list_next_or_null_rcu(head, ptr, type, member) ({		\
	struct list_head *__head = (head);				\
	struct list_head *__ptr = (ptr);				\
	struct list_head *__next = __atomic_load_n(&__ptr->next, __ATOMIC_ACQUIRE); \
	likely(__next != __head) ? container_of(__next, type, member) : NULL; \
})

/* The optional lockdep condition is accepted and not checked. */
#define list_for_each_entry_rcu(pos, head, member, cond...)		\
	for (pos = list_entry_rcu((head)->next, typeof(*pos), member);	\
	     &pos->member != (head);					\
	     pos = list_entry_rcu(pos->member.next, typeof(*pos), member))

#define list_for_each_entry_srcu(pos, head, member, cond)		\
	list_for_each_entry_rcu(pos, head, member)

#define list_for_each_entry_continue_rcu(pos, head, member)		\
	for (pos = list_entry_rcu(pos->member.next, typeof(*pos), member); \
	     &pos->member != (head);					\
	     pos = list_entry_rcu(pos->member.next, typeof(*pos), member))

/* ---- hlists ---- */

static inline void hlist_del_rcu(struct hlist_node *n)
{
	__hlist_del(n);
	WRITE_ONCE(n->pprev, LIST_POISON2);
}

static inline void hlist_del_init_rcu(struct hlist_node *n)
{
	if (!hlist_unhashed(n)) {
		__hlist_del(n);
		WRITE_ONCE(n->pprev, NULL);
	}
}

static inline void hlist_add_head_rcu(struct hlist_node *n, struct hlist_head *h)
{
	struct hlist_node *first = h->first;

	n->next = first;
	WRITE_ONCE(n->pprev, &h->first);
	__atomic_store_n(&h->first, n, __ATOMIC_RELEASE);
	if (first)
		WRITE_ONCE(first->pprev, &n->next);
}

#define hlist_for_each_entry_rcu(pos, head, member, cond...)		\
	for (pos = hlist_entry_safe(__atomic_load_n(&(head)->first,	\
				    __ATOMIC_ACQUIRE), typeof(*(pos)), member); \
	     pos;							\
	     pos = hlist_entry_safe(__atomic_load_n(&(pos)->member.next, \
				    __ATOMIC_ACQUIRE), typeof(*(pos)), member))

#endif /* _LINUX_RCULIST_H */
