// SPDX-License-Identifier: GPL-2.0
/*
 * Locking bugs on demand, for the lock validator's tests: bug=<name> picks
 * what init (or, for the exit_* ones, exit) does wrong. Every bug has a
 * clean twin that does the same work correctly. The lines of the calls
 * involved are kept in lock_bugs_line[], for the tests to name.
 */
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/workqueue.h>

static char *bug = "none";
module_param(bug, charp, 0444);
MODULE_PARM_DESC(bug, "Which locking bug to commit (none, unlock_twice, ...)");

/* The lines of the calls a report must name, in the order they ran. */
int lock_bugs_line[4];
#define MARK(i)		(lock_bugs_line[i] = __LINE__)

struct lb_obj {
	spinlock_t lock;
	int value;
};

static DEFINE_SPINLOCK(lock_a);
static DEFINE_SPINLOCK(lock_b);
static DEFINE_SPINLOCK(lock_c);
static DEFINE_MUTEX(lb_mutex);
static struct lb_obj objs[2];

/* One init site for both objects: one lock class, as lockdep has it. */
static void lb_obj_init(struct lb_obj *o)
{
	spin_lock_init(&o->lock);
	o->value = 0;
}

static void a_then_b(void)
{
	spin_lock(&lock_a); MARK(0);
	spin_lock(&lock_b); MARK(1);
	spin_unlock(&lock_b);
	spin_unlock(&lock_a);
}

static void b_then_a(void)
{
	spin_lock(&lock_b); MARK(2);
	spin_lock(&lock_a); MARK(3);
	spin_unlock(&lock_a);
	spin_unlock(&lock_b);
}

static void b_then_c(void)
{
	spin_lock(&lock_b);
	spin_lock(&lock_c);
	spin_unlock(&lock_c);
	spin_unlock(&lock_b);
}

static void c_then_a(void)
{
	spin_lock(&lock_c); MARK(2);
	spin_lock(&lock_a); MARK(3);
	spin_unlock(&lock_a);
	spin_unlock(&lock_c);
}

static bool work_leaks;

static void lb_work_fn(struct work_struct *work)
{
	spin_lock(&lock_c); MARK(0);
	if (!work_leaks)
		spin_unlock(&lock_c);
}

static DECLARE_WORK(lb_work, lb_work_fn);

static int commit(const char *what)
{
	unsigned long flags;
	struct lb_obj *p;
	void *mem;

	if (!strcmp(what, "none")) {
		a_then_b();
		a_then_b();
		mutex_lock(&lb_mutex);
		mutex_unlock(&lb_mutex);
	} else if (!strcmp(what, "unlock_twice")) {
		spin_lock(&lock_a);
		spin_unlock(&lock_a); MARK(0);
		spin_unlock(&lock_a); MARK(1);
	} else if (!strcmp(what, "unlock_unheld")) {
		mutex_unlock(&lb_mutex); MARK(0);
	} else if (!strcmp(what, "held") || !strcmp(what, "exit_held")) {
		spin_lock(&lock_a); MARK(0);
	} else if (!strcmp(what, "recursive")) {
		spin_lock(&lock_a); MARK(0);
		spin_lock(&lock_a); MARK(1);
		/* Not reached: the task waits for itself. */
		spin_unlock(&lock_a);
		spin_unlock(&lock_a);
	} else if (!strcmp(what, "same_class")) {
		lb_obj_init(&objs[0]);
		lb_obj_init(&objs[1]);
		spin_lock(&objs[0].lock); MARK(0);
		spin_lock(&objs[1].lock); MARK(1);
		spin_unlock(&objs[1].lock);
		spin_unlock(&objs[0].lock);
	} else if (!strcmp(what, "nested")) {
		lb_obj_init(&objs[0]);
		lb_obj_init(&objs[1]);
		spin_lock(&objs[0].lock);
		spin_lock_nested(&objs[1].lock, SINGLE_DEPTH_NESTING);
		spin_unlock(&objs[1].lock);
		spin_unlock(&objs[0].lock);
	} else if (!strcmp(what, "mutex_in_spin")) {
		spin_lock(&lock_a); MARK(0);
		mutex_lock(&lb_mutex); MARK(1);
		mutex_unlock(&lb_mutex);
		spin_unlock(&lock_a);
	} else if (!strcmp(what, "mutex_then_spin")) {
		mutex_lock(&lb_mutex);
		spin_lock(&lock_a);
		spin_unlock(&lock_a);
		mutex_unlock(&lb_mutex);
	} else if (!strcmp(what, "alloc_in_spin")) {
		spin_lock_irqsave(&lock_a, flags); MARK(0);
		mem = kmalloc(32, GFP_KERNEL); MARK(1);
		spin_unlock_irqrestore(&lock_a, flags);
		kfree(mem);
	} else if (!strcmp(what, "atomic_alloc_in_spin")) {
		spin_lock_irqsave(&lock_a, flags);
		mem = kmalloc(32, GFP_ATOMIC);
		spin_unlock_irqrestore(&lock_a, flags);
		kfree(mem);
	} else if (!strcmp(what, "sleep_irqs_off")) {
		local_irq_save(flags);
		might_sleep(); MARK(0);
		local_irq_restore(flags);
	} else if (!strcmp(what, "sleep_preempt_off")) {
		preempt_disable(); MARK(0);
		mutex_lock(&lb_mutex); MARK(1);
		mutex_unlock(&lb_mutex);
		preempt_enable();
	} else if (!strcmp(what, "sleep_bh_off")) {
		local_bh_disable(); MARK(0);
		mutex_lock(&lb_mutex); MARK(1);
		mutex_unlock(&lb_mutex);
		local_bh_enable();
	} else if (!strcmp(what, "abba")) {
		a_then_b();
		b_then_a();
	} else if (!strcmp(what, "abab")) {
		a_then_b();
		a_then_b();
	} else if (!strcmp(what, "abca")) {
		a_then_b();
		b_then_c();
		c_then_a();
	} else if (!strcmp(what, "free_held")) {
		p = kzalloc(sizeof(*p), GFP_KERNEL);
		if (!p)
			return -ENOMEM;
		lb_obj_init(p);
		spin_lock(&p->lock); MARK(0);
		kfree(p); MARK(1);
	} else if (!strcmp(what, "work_leak") || !strcmp(what, "work_ok")) {
		work_leaks = !strcmp(what, "work_leak");
		schedule_work(&lb_work);
	} else if (!strcmp(what, "free_unlocked")) {
		p = kzalloc(sizeof(*p), GFP_KERNEL);
		if (!p)
			return -ENOMEM;
		lb_obj_init(p);
		spin_lock(&p->lock);
		spin_unlock(&p->lock);
		kfree(p);
	}
	return 0;
}

static int __init lock_bugs_init(void)
{
	memset(lock_bugs_line, 0, sizeof(lock_bugs_line));
	if (!strncmp(bug, "exit_", 5))
		return 0;
	return commit(bug);
}

static void __exit lock_bugs_exit(void)
{
	cancel_work_sync(&lb_work);
	if (!strncmp(bug, "exit_", 5))
		commit(bug);
}

module_init(lock_bugs_init);
module_exit(lock_bugs_exit);
MODULE_DESCRIPTION("Locking bugs on demand, for kshim's lock validator tests");
MODULE_LICENSE("GPL");
