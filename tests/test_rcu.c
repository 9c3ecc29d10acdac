// SPDX-License-Identifier: GPL-2.0-only
/*
 * RCU in the simulated system: callbacks run in queue order at the next
 * grace period (synchronize_rcu(), rcu_barrier(), kshim_run_work()), a
 * callback queued by a callback waits for the one after, kfree_rcu()
 * frees after one, and a module that leaves callbacks behind at unload
 * is reported. Readers nest; rcu_dereference() outside a reader is
 * CONFIG_PROVE_RCU's "suspicious RCU usage".
 */
#include <linux/kernel.h>
#include <linux/rculist.h>
#include <linux/rcupdate.h>
#include <linux/slab.h>
#include <linux/string.h>

#include <kshim/cmocka.h>

static int order[8];
static int norder;
static struct rcu_head heads[4];

static void cb(struct rcu_head *head)
{
	order[norder++] = (int)(head - heads);
}

static void cb_requeue(struct rcu_head *head)
{
	cb(head);
	call_rcu(&heads[3], cb);
}

static void test_call_rcu_order(void **state)
{
	norder = 0;
	call_rcu(&heads[0], cb);
	call_rcu(&heads[1], cb_requeue);
	call_rcu(&heads[2], cb);
	assert_int_equal(kshim_rcu_pending(), 3);
	assert_int_equal(norder, 0);
	synchronize_rcu();
	/* Queue order; the one queued meanwhile waits for the next period. */
	assert_int_equal(norder, 3);
	assert_int_equal(order[0], 0);
	assert_int_equal(order[1], 1);
	assert_int_equal(order[2], 2);
	assert_int_equal(kshim_rcu_pending(), 1);
	synchronize_rcu();
	assert_int_equal(norder, 4);
	assert_int_equal(order[3], 3);
	assert_int_equal(kshim_rcu_pending(), 0);
}

static void test_rcu_barrier_and_run_work(void **state)
{
	norder = 0;
	call_rcu(&heads[1], cb_requeue);
	rcu_barrier();
	/* Until none is left: the requeued one too. */
	assert_int_equal(norder, 2);
	assert_int_equal(kshim_rcu_pending(), 0);

	call_rcu(&heads[0], cb);
	assert_int_equal(kshim_run_work(), 1);
	assert_int_equal(norder, 3);
	assert_int_equal(order[2], 0);
}

struct item {
	int v;
	struct list_head node;
	struct rcu_head rcu;
};

static void test_kfree_rcu(void **state)
{
	struct item *it = kzalloc(sizeof(*it), GFP_KERNEL);
	size_t live = kshim_alloc_live();

	assert_non_null(it);
	kfree_rcu(it, rcu);
	assert_int_equal(kshim_alloc_live(), live);
	synchronize_rcu();
	assert_int_equal(kshim_alloc_live(), live - 1);
	/* NULL is nothing to free. */
	it = NULL;
	kfree_rcu(it, rcu);
	assert_int_equal(kshim_rcu_pending(), 0);
}

static struct item __rcu *global;

static void test_readers_and_pointers(void **state)
{
	struct item a = { .v = 1 }, b = { .v = 2 }, *p;
	LIST_HEAD(list);
	int sum = 0;

	RCU_INIT_POINTER(global, &a);
	assert_int_equal(kshim_rcu_read_depth(), 0);
	rcu_read_lock();
	rcu_read_lock();
	assert_int_equal(kshim_rcu_read_depth(), 2);
	assert_true(rcu_read_lock_held());
	p = rcu_dereference(global);
	assert_int_equal(p->v, 1);
	rcu_assign_pointer(global, &b);
	assert_int_equal(rcu_dereference(global)->v, 2);
	rcu_read_unlock();
	rcu_read_unlock();
	assert_int_equal(kshim_rcu_read_depth(), 0);
	assert_ptr_equal(rcu_access_pointer(global), &b);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);

	list_add_tail_rcu(&a.node, &list);
	list_add_tail_rcu(&b.node, &list);
	rcu_read_lock();
	list_for_each_entry_rcu(p, &list, node)
		sum = sum * 10 + p->v;
	rcu_read_unlock();
	assert_int_equal(sum, 12);
	list_del_rcu(&a.node);
	assert_ptr_equal(list_first_or_null_rcu(&list, struct item, node), &b);
}

static void test_suspicious_usage(void **state)
{
	struct item a = { .v = 1 };

	RCU_INIT_POINTER(global, &a);
	/* Outside a reader: kernel/locking/lockdep.c's report. */
	assert_int_equal(rcu_dereference(global)->v, 1);
	assert_log_contains(4, "WARNING: suspicious RCU usage");
	assert_log_contains(4, "suspicious rcu_dereference_check() usage!");
	assert_defects(KSHIM_DEFECT_LOCKING, 1);
	/* With its condition true, no report. */
	assert_int_equal(rcu_dereference_check(global, 1)->v, 1);
	assert_int_equal(rcu_dereference_protected(global, 1)->v, 1);
	/* An unlock too many. */
	rcu_read_unlock();
	assert_defects(KSHIM_DEFECT_MISUSE, 1);
}

/* A grace period is a sleep: not inside a reader. */
static void test_synchronize_in_reader(void **state)
{
	rcu_read_lock();
	synchronize_rcu();
	rcu_read_unlock();
	assert_log_contains(3, "BUG: sleeping function called from invalid context");
	assert_defects(KSHIM_DEFECT_LOCKING, 1);
}

/* A module's exit without rcu_barrier(): its callback would run freed code. */
static void test_pending_at_unload(void **state)
{
	const char *msg;

	assert_int_equal(kshim_load("sched_bugs", "mode=6"), 0);
	assert_int_equal(kshim_rcu_pending(), 1);
	assert_int_equal(kshim_unload("sched_bugs"), 0);
	assert_int_equal(kshim_rcu_pending(), 0);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_MISUSE), 1);
	msg = kshim_defect_message(0);
	assert_non_null(strstr(msg, "call_rcu() callback sb_rcu_free"));
	assert_non_null(strstr(msg, "tests/modules/sched_bugs.c:"));
	assert_non_null(strstr(msg, "still pending after module sched_bugs exit"));
	assert_defects(KSHIM_DEFECT_MISUSE, 1);
	/* The object the callback would have freed is left over. */
	assert_int_equal(kshim_leak_check(), 1);
	assert_defects(KSHIM_DEFECT_LEAK, 1);
	kshim_reset();
}

static void test_barrier_at_unload(void **state)
{
	assert_int_equal(kshim_load("sched_bugs", "mode=6 rcu_wait=1"), 0);
	assert_int_equal(kshim_unload("sched_bugs"), 0);
	assert_log_contains(6, "sched_bugs: rcu callback for 42");
	assert_int_equal(kshim_rcu_pending(), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(test_call_rcu_order),
		kshim_unit_test(test_rcu_barrier_and_run_work),
		kshim_unit_test(test_kfree_rcu),
		kshim_unit_test(test_readers_and_pointers),
		kshim_unit_test(test_suspicious_usage),
		kshim_unit_test(test_synchronize_in_reader),
		kshim_unit_test(test_pending_at_unload),
		kshim_unit_test(test_barrier_at_unload),
	};

	return kshim_run_tests(tests);
}
