// SPDX-License-Identifier: GPL-2.0-only
/* linux/list.h: list_head and hlist, as 6.1's include/linux/list.h. */
#include <linux/kernel.h>
#include <linux/list.h>
#include <linux/poison.h>

#include <kshim/cmocka.h>

struct item {
	int val;
	struct list_head node;
	struct hlist_node hnode;
};

static struct item items[6];

/* @head's entries, as their values in order, must be @want (ends at -1). */
static void check_order(struct list_head *head, const int *want)
{
	struct item *it;
	size_t n = 0, count;

	list_for_each_entry(it, head, node)
		assert_int_equal(it->val, want[n++]);
	assert_int_equal(want[n], -1);
	count = n;
	assert_int_equal(list_count_nodes(head), count);
	assert_int_equal(list_empty(head), count == 0);
	/* The back links agree with the forward ones. */
	list_for_each_entry_reverse(it, head, node)
		assert_int_equal(it->val, want[--n]);
	assert_int_equal(n, 0);
}

static void fill(struct list_head *head, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		items[i].val = i;
		list_add_tail(&items[i].node, head);
	}
}

static void init_and_add(void **state)
{
	LIST_HEAD(head);
	struct list_head dyn;

	assert_true(list_empty(&head));
	assert_ptr_equal(head.next, &head);
	assert_ptr_equal(head.prev, &head);
	INIT_LIST_HEAD(&dyn);
	assert_true(list_empty(&dyn));
	assert_true(list_empty_careful(&dyn));

	items[0].val = 0;
	items[1].val = 1;
	items[2].val = 2;
	list_add(&items[1].node, &head);
	assert_true(list_is_singular(&head));
	list_add(&items[0].node, &head);		/* front */
	list_add_tail(&items[2].node, &head);	/* back */
	assert_false(list_is_singular(&head));
	check_order(&head, (const int[]){ 0, 1, 2, -1 });
	assert_int_equal(list_count_nodes(&head), 3);
	assert_true(list_is_first(&items[0].node, &head));
	assert_true(list_is_last(&items[2].node, &head));
	assert_true(list_is_head(&head, &head));
	assert_ptr_equal(list_first_entry(&head, struct item, node), &items[0]);
	assert_ptr_equal(list_last_entry(&head, struct item, node), &items[2]);
	assert_ptr_equal(list_next_entry(&items[0], node), &items[1]);
	assert_ptr_equal(list_prev_entry(&items[2], node), &items[1]);
	assert_ptr_equal(list_next_entry_circular(&items[2], &head, node), &items[0]);
	assert_ptr_equal(list_prev_entry_circular(&items[0], &head, node), &items[2]);
	assert_ptr_equal(list_first_entry_or_null(&head, struct item, node), &items[0]);
	assert_null(list_first_entry_or_null(&dyn, struct item, node));
}

static void delete_poisons(void **state)
{
	LIST_HEAD(head);

	fill(&head, 3);
	list_del(&items[1].node);
	check_order(&head, (const int[]){ 0, 2, -1 });
	/* 6.1's poison values: a use after list_del() faults. */
	assert_ptr_equal(items[1].node.next, LIST_POISON1);
	assert_ptr_equal(items[1].node.prev, LIST_POISON2);
	assert_true((unsigned long)LIST_POISON1 == 0xdead000000000100UL);
	assert_true((unsigned long)LIST_POISON2 == 0xdead000000000122UL);

	list_del_init(&items[0].node);
	assert_true(list_empty(&items[0].node));
	check_order(&head, (const int[]){ 2, -1 });
	list_del_init_careful(&items[2].node);
	assert_true(list_empty_careful(&items[2].node));
	assert_true(list_empty(&head));
}

static void replace_swap_move(void **state)
{
	LIST_HEAD(head);
	LIST_HEAD(other);

	fill(&head, 4);
	items[4].val = 4;
	list_replace(&items[1].node, &items[4].node);
	check_order(&head, (const int[]){ 0, 4, 2, 3, -1 });
	items[5].val = 5;
	list_replace_init(&items[4].node, &items[5].node);
	assert_true(list_empty(&items[4].node));
	check_order(&head, (const int[]){ 0, 5, 2, 3, -1 });

	list_swap(&items[0].node, &items[3].node);
	check_order(&head, (const int[]){ 3, 5, 2, 0, -1 });
	/* Neighbours. */
	list_swap(&items[5].node, &items[2].node);
	check_order(&head, (const int[]){ 3, 2, 5, 0, -1 });

	list_move(&items[0].node, &head);
	check_order(&head, (const int[]){ 0, 3, 2, 5, -1 });
	list_move_tail(&items[3].node, &head);
	check_order(&head, (const int[]){ 0, 2, 5, 3, -1 });
	list_move(&items[2].node, &other);
	check_order(&other, (const int[]){ 2, -1 });
	check_order(&head, (const int[]){ 0, 5, 3, -1 });

	list_bulk_move_tail(&head, &items[0].node, &items[5].node);
	check_order(&head, (const int[]){ 3, 0, 5, -1 });
	list_rotate_left(&head);
	check_order(&head, (const int[]){ 0, 5, 3, -1 });
	list_rotate_to_front(&items[3].node, &head);
	check_order(&head, (const int[]){ 3, 0, 5, -1 });
}

static void splice(void **state)
{
	LIST_HEAD(a);
	LIST_HEAD(b);

	fill(&a, 2);			/* 0 1 */
	items[2].val = 2;
	items[3].val = 3;
	list_add_tail(&items[2].node, &b);
	list_add_tail(&items[3].node, &b);	/* 2 3 */
	list_splice_init(&b, &a);
	check_order(&a, (const int[]){ 2, 3, 0, 1, -1 });
	assert_true(list_empty(&b));
	/* Splicing an empty list changes nothing. */
	list_splice(&b, &a);
	list_splice_tail(&b, &a);
	check_order(&a, (const int[]){ 2, 3, 0, 1, -1 });

	list_cut_position(&b, &a, &items[3].node);
	check_order(&b, (const int[]){ 2, 3, -1 });
	check_order(&a, (const int[]){ 0, 1, -1 });
	list_splice_tail_init(&b, &a);
	check_order(&a, (const int[]){ 0, 1, 2, 3, -1 });
	assert_true(list_empty(&b));

	list_cut_before(&b, &a, &items[2].node);
	check_order(&b, (const int[]){ 0, 1, -1 });
	check_order(&a, (const int[]){ 2, 3, -1 });
	list_splice_tail(&b, &a);
	check_order(&a, (const int[]){ 2, 3, 0, 1, -1 });
	/* Cutting at the head itself moves nothing. */
	list_cut_position(&b, &a, &a);
	assert_true(list_empty(&b));
	list_cut_before(&b, &a, a.next);
	assert_true(list_empty(&b));
	check_order(&a, (const int[]){ 2, 3, 0, 1, -1 });
}

/*
 * list_prepare_entry() casts the head to an entry, which GCC 12's
 * -Warray-bounds flags at -O2; 6.1 builds with -Wno-array-bounds on
 * GCC >= 11 (Makefile, CONFIG_CC_NO_ARRAY_BOUNDS).
 */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Warray-bounds"
static void iterators(void **state)
{
	LIST_HEAD(head);
	struct list_head *pos, *n;
	struct item *it, *tmp;
	int sum = 0, count = 0;

	fill(&head, 5);
	list_for_each(pos, &head)
		sum += list_entry(pos, struct item, node)->val;
	assert_int_equal(sum, 0 + 1 + 2 + 3 + 4);
	list_for_each_prev(pos, &head)
		count++;
	assert_int_equal(count, 5);

	/* The _safe forms allow removing the current entry. */
	list_for_each_entry_safe(it, tmp, &head, node)
		if (it->val % 2)
			list_del(&it->node);
	check_order(&head, (const int[]){ 0, 2, 4, -1 });
	list_for_each_safe(pos, n, &head)
		if (list_entry(pos, struct item, node)->val == 0)
			list_del_init(pos);
	check_order(&head, (const int[]){ 2, 4, -1 });
	list_for_each_entry_safe_reverse(it, tmp, &head, node)
		list_del(&it->node);
	assert_true(list_empty(&head));

	fill(&head, 5);
	/* _continue starts after @pos, _from at it. */
	it = &items[1];
	sum = 0;
	list_for_each_entry_continue(it, &head, node)
		sum += it->val;
	assert_int_equal(sum, 2 + 3 + 4);
	assert_true(list_entry_is_head(it, &head, node));
	it = &items[3];
	sum = 0;
	list_for_each_entry_from(it, &head, node)
		sum += it->val;
	assert_int_equal(sum, 3 + 4);
	it = &items[3];
	sum = 0;
	list_for_each_entry_continue_reverse(it, &head, node)
		sum += it->val;
	assert_int_equal(sum, 2 + 1 + 0);
	it = &items[1];
	sum = 0;
	list_for_each_entry_from_reverse(it, &head, node)
		sum += it->val;
	assert_int_equal(sum, 1 + 0);
	/* list_prepare_entry(NULL) starts _continue from the beginning. */
	it = NULL;
	it = list_prepare_entry(it, &head, node);
	count = 0;
	list_for_each_entry_continue(it, &head, node)
		count++;
	assert_int_equal(count, 5);
	it = &items[2];
	count = 0;
	list_for_each_entry_safe_continue(it, tmp, &head, node)
		count++;
	assert_int_equal(count, 2);
	it = &items[2];
	count = 0;
	list_for_each_entry_safe_from(it, tmp, &head, node) {
		list_safe_reset_next(it, tmp, node);
		count++;
	}
	assert_int_equal(count, 3);
	pos = &items[2].node;
	count = 0;
	list_for_each_continue(pos, &head)
		count++;
	assert_int_equal(count, 2);
	count = 0;
	list_for_each_prev_safe(pos, n, &head) {
		list_del(pos);
		count++;
	}
	assert_int_equal(count, 5);
	assert_true(list_empty(&head));
}
#pragma GCC diagnostic pop

static void hlists(void **state)
{
	HLIST_HEAD(h);
	struct hlist_head h2 = HLIST_HEAD_INIT;
	struct hlist_node *pos, *n;
	struct item *it;
	int order[6], k = 0, i;

	assert_true(hlist_empty(&h));
	for (i = 0; i < 3; i++) {
		items[i].val = i;
		INIT_HLIST_NODE(&items[i].hnode);
		assert_true(hlist_unhashed(&items[i].hnode));
	}
	hlist_add_head(&items[0].hnode, &h);
	assert_true(hlist_is_singular_node(&items[0].hnode, &h));
	hlist_add_head(&items[1].hnode, &h);		/* 1 0 */
	assert_false(hlist_is_singular_node(&items[0].hnode, &h));
	hlist_add_behind(&items[2].hnode, &items[1].hnode);	/* 1 2 0 */
	items[3].val = 3;
	hlist_add_before(&items[3].hnode, &items[1].hnode);	/* 3 1 2 0 */
	hlist_for_each_entry(it, &h, hnode)
		order[k++] = it->val;
	assert_int_equal(k, 4);
	assert_true(order[0] == 3 && order[1] == 1 && order[2] == 2 && order[3] == 0);
	assert_false(hlist_unhashed(&items[2].hnode));

	hlist_del(&items[2].hnode);
	assert_ptr_equal(items[2].hnode.next, LIST_POISON1);
	assert_ptr_equal(items[2].hnode.pprev, LIST_POISON2);
	hlist_del_init(&items[3].hnode);
	assert_true(hlist_unhashed(&items[3].hnode));
	/* A second hlist_del_init() is harmless. */
	hlist_del_init(&items[3].hnode);
	k = 0;
	hlist_for_each(pos, &h)
		order[k++] = hlist_entry(pos, struct item, hnode)->val;
	assert_true(k == 2 && order[0] == 1 && order[1] == 0);

	it = &items[1];
	k = 0;
	hlist_for_each_entry_continue(it, hnode)
		k++;
	assert_int_equal(k, 1);
	it = &items[1];
	k = 0;
	hlist_for_each_entry_from(it, hnode)
		k++;
	assert_int_equal(k, 2);

	hlist_move_list(&h, &h2);
	assert_true(hlist_empty(&h));
	assert_ptr_equal(items[1].hnode.pprev, &h2.first);
	hlist_for_each_entry_safe(it, n, &h2, hnode)
		hlist_del(&it->hnode);
	assert_true(hlist_empty(&h2));
	hlist_for_each_safe(pos, n, &h2)
		fail();

	hlist_add_fake(&items[4].hnode);
	assert_true(hlist_fake(&items[4].hnode));
	assert_false(hlist_unhashed(&items[4].hnode));
	INIT_HLIST_HEAD(&h);
	assert_null(hlist_entry_safe(h.first, struct item, hnode));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(init_and_add),
		kshim_unit_test(delete_poisons),
		kshim_unit_test(replace_swap_move),
		kshim_unit_test(splice),
		kshim_unit_test(iterators),
		kshim_unit_test(hlists),
	};

	return kshim_run_tests(tests);
}
