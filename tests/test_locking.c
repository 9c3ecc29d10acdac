// SPDX-License-Identifier: GPL-2.0-only
/*
 * The lock primitives themselves: spinlocks and mutexes exclude between
 * threads (every count exact), trylocks, rwlocks and rwsems share between
 * readers, irqsave restores what it saved, and the preemption count reads
 * as a 6.1 kernel with CONFIG_PREEMPT_COUNT has it (include/linux/preempt.h:
 * SOFTIRQ_DISABLE_OFFSET 0x200, SOFTIRQ_LOCK_OFFSET 0x201).
 */
#include <linux/atomic.h>
#include <linux/bottom_half.h>
#include <linux/irqflags.h>
#include <linux/kernel.h>
#include <linux/lockdep.h>
#include <linux/mutex.h>
#include <linux/preempt.h>
#include <linux/rwsem.h>
#include <linux/spinlock.h>
#include <linux/string.h>

#include <kshim/cmocka.h>

/* <pthread.h> cannot be included beside the kernel's headers (test_threads.c). */
int pthread_create(unsigned long *thread, const void *attr,
		   void *(*fn)(void *), void *arg);
int pthread_join(unsigned long thread, void **ret);
int sched_yield(void);

#define NTHREADS	4
#define ITERS		2000

static DEFINE_SPINLOCK(counter_lock);
static DEFINE_MUTEX(counter_mutex);
static DEFINE_RWLOCK(counter_rwlock);
static DECLARE_RWSEM(counter_rwsem);
/* Updated without atomics: only the lock keeps it exact. */
static unsigned long counter, counter2;
static int started;

static void start_together(void)
{
	__atomic_add_fetch(&started, 1, __ATOMIC_SEQ_CST);
	while (__atomic_load_n(&started, __ATOMIC_SEQ_CST) < NTHREADS)
		sched_yield();
}

/* A read, a pause in which another thread would get in, a write. */
static void bump_one(unsigned long *c)
{
	unsigned long v = *c;

	if (!(v % 64))
		sched_yield();
	*c = v + 1;
}

static void bump(void)
{
	bump_one(&counter);
}

static void *spin_worker(void *arg)
{
	int i;

	start_together();
	for (i = 0; i < ITERS; i++) {
		spin_lock(&counter_lock);
		bump();
		spin_unlock(&counter_lock);
	}
	return NULL;
}

static void *irqsave_worker(void *arg)
{
	unsigned long flags;
	int i;

	start_together();
	for (i = 0; i < ITERS; i++) {
		spin_lock_irqsave(&counter_lock, flags);
		bump();
		spin_unlock_irqrestore(&counter_lock, flags);
	}
	return NULL;
}

static void *mutex_worker(void *arg)
{
	int i;

	start_together();
	for (i = 0; i < ITERS; i++) {
		mutex_lock(&counter_mutex);
		bump();
		mutex_unlock(&counter_mutex);
	}
	return NULL;
}

static void *rw_worker(void *arg)
{
	unsigned long seen;
	int i;

	start_together();
	for (i = 0; i < ITERS; i++) {
		if (i % 2) {
			write_lock(&counter_rwlock);
			bump();
			write_unlock(&counter_rwlock);
			down_write(&counter_rwsem);
			bump_one(&counter2);
			up_write(&counter_rwsem);
		} else {
			read_lock(&counter_rwlock);
			seen = READ_ONCE(counter);
			read_unlock(&counter_rwlock);
			down_read(&counter_rwsem);
			seen += READ_ONCE(counter2);
			up_read(&counter_rwsem);
			(void)seen;
		}
	}
	return NULL;
}

static void run(void *(*fn)(void *))
{
	unsigned long tid[NTHREADS];
	int i;

	started = 0;
	counter = 0;
	counter2 = 0;
	for (i = 0; i < NTHREADS; i++)
		assert_int_equal(pthread_create(&tid[i], NULL, fn, NULL), 0);
	for (i = 0; i < NTHREADS; i++)
		assert_int_equal(pthread_join(tid[i], NULL), 0);
}

static void spinlock_excludes(void **state)
{
	run(spin_worker);
	assert_int_equal(counter, NTHREADS * ITERS);
	assert_false(spin_is_locked(&counter_lock));
	run(irqsave_worker);
	assert_int_equal(counter, NTHREADS * ITERS);
}

static void mutex_excludes(void **state)
{
	run(mutex_worker);
	assert_int_equal(counter, NTHREADS * ITERS);
	assert_false(mutex_is_locked(&counter_mutex));
}

static void writers_exclude(void **state)
{
	run(rw_worker);
	/* Each thread writes on half its iterations, each counter under its lock. */
	assert_int_equal(counter, NTHREADS * ITERS / 2);
	assert_int_equal(counter2, NTHREADS * ITERS / 2);
}

static void trylocks(void **state)
{
	spinlock_t s;
	struct mutex m;
	raw_spinlock_t r;

	spin_lock_init(&s);
	mutex_init(&m);
	raw_spin_lock_init(&r);

	assert_int_equal(spin_trylock(&s), 1);
	assert_true(spin_is_locked(&s));
	/* Busy: a trylock fails, it never waits nor reports. */
	assert_int_equal(spin_trylock(&s), 0);
	spin_unlock(&s);
	assert_false(spin_is_locked(&s));

	assert_int_equal(mutex_trylock(&m), 1);
	assert_true(mutex_is_locked(&m));
	assert_int_equal(mutex_trylock(&m), 0);
	mutex_unlock(&m);
	assert_false(mutex_is_locked(&m));
	assert_int_equal(mutex_lock_interruptible(&m), 0);
	mutex_unlock(&m);
	assert_int_equal(mutex_lock_killable(&m), 0);
	mutex_unlock(&m);
	mutex_destroy(&m);

	assert_int_equal(raw_spin_trylock(&r), 1);
	assert_true(raw_spin_is_locked(&r));
	assert_int_equal(raw_spin_trylock(&r), 0);
	raw_spin_unlock(&r);
	assert_false(raw_spin_is_locked(&r));
}

static void trylock_irqsave(void **state)
{
	unsigned long flags = 0, other = 0;
	DEFINE_SPINLOCK(s);

	assert_true(spin_trylock_irqsave(&s, flags));
	assert_true(irqs_disabled());
	assert_int_equal(flags, 0);
	/* Failing, it leaves the interrupt state as it found it. */
	assert_false(spin_trylock_irqsave(&s, other));
	assert_true(irqs_disabled());
	spin_unlock_irqrestore(&s, flags);
	assert_false(irqs_disabled());
	assert_true(spin_trylock_irq(&s));
	assert_true(irqs_disabled());
	spin_unlock_irq(&s);
	assert_true(spin_trylock_bh(&s));
	assert_int_equal(preempt_count(), 0x201);
	spin_unlock_bh(&s);
	assert_int_equal(preempt_count(), 0);
	assert_false(irqs_disabled());
}

static void readers_share(void **state)
{
	struct rw_semaphore sem;
	rwlock_t rw;

	init_rwsem(&sem);
	rwlock_init(&rw);

	down_read(&sem);
	assert_true(rwsem_is_locked(&sem));
	/* Another reader gets in (a trylock: no recursion report), a writer not. */
	assert_int_equal(down_read_trylock(&sem), 1);
	assert_int_equal(down_write_trylock(&sem), 0);
	up_read(&sem);
	up_read(&sem);
	assert_false(rwsem_is_locked(&sem));

	down_write(&sem);
	assert_int_equal(down_read_trylock(&sem), 0);
	assert_int_equal(down_write_trylock(&sem), 0);
	downgrade_write(&sem);
	assert_int_equal(down_read_trylock(&sem), 1);
	up_read(&sem);
	up_read(&sem);
	assert_int_equal(down_write_trylock(&sem), 1);
	up_write(&sem);
	assert_int_equal(down_read_interruptible(&sem), 0);
	up_read(&sem);
	assert_int_equal(down_read_killable(&sem), 0);
	up_read(&sem);

	/* rwlock_t readers are recursive, even without a trylock. */
	read_lock(&rw);
	read_lock(&rw);
	assert_int_equal(write_trylock(&rw), 0);
	read_unlock(&rw);
	read_unlock(&rw);
	assert_int_equal(write_trylock(&rw), 1);
	assert_int_equal(read_trylock(&rw), 0);
	write_unlock(&rw);
}

static void irqsave_restores(void **state)
{
	unsigned long outer = 1, inner = 0;
	spinlock_t a, b;
	rwlock_t rw;

	spin_lock_init(&a);
	spin_lock_init(&b);
	rwlock_init(&rw);
	assert_false(irqs_disabled());
	spin_lock_irqsave(&a, outer);
	assert_int_equal(outer, 0);		/* they were on */
	assert_true(irqs_disabled());
	spin_lock_irqsave(&b, inner);
	assert_int_not_equal(inner, 0);		/* they were off */
	spin_unlock_irqrestore(&b, inner);
	assert_true(irqs_disabled());		/* still the outer section */
	spin_unlock_irqrestore(&a, outer);
	assert_false(irqs_disabled());

	spin_lock_irq(&a);
	assert_true(irqs_disabled());
	spin_unlock_irq(&a);
	assert_false(irqs_disabled());

	write_lock_irqsave(&rw, outer);
	assert_true(irqs_disabled());
	write_unlock_irqrestore(&rw, outer);
	read_lock_irq(&rw);
	assert_true(irqs_disabled());
	read_unlock_irq(&rw);
	assert_false(irqs_disabled());
}

static void preempt_counts(void **state)
{
	struct mutex m;
	spinlock_t s;
	rwlock_t rw, rw2;

	spin_lock_init(&s);
	mutex_init(&m);
	rwlock_init(&rw);
	rwlock_init(&rw2);
	assert_int_equal(preempt_count(), 0);
	assert_false(in_atomic());
	assert_true(preemptible());

	spin_lock(&s);
	assert_int_equal(preempt_count(), 1);
	assert_true(in_atomic());
	spin_unlock(&s);
	assert_int_equal(preempt_count(), 0);

	spin_lock_bh(&s);
	assert_int_equal(preempt_count(), SOFTIRQ_LOCK_OFFSET);
	assert_int_equal(preempt_count(), 0x201);
	spin_unlock_bh(&s);

	local_bh_disable();
	assert_int_equal(preempt_count(), 0x200);
	assert_int_equal(softirq_count(), SOFTIRQ_DISABLE_OFFSET);
	preempt_disable();
	assert_int_equal(preempt_count(), 0x201);
	preempt_enable();
	local_bh_enable();

	read_lock(&rw);
	write_lock_bh(&rw2);
	assert_int_equal(preempt_count(), 0x202);
	write_unlock_bh(&rw2);
	read_unlock(&rw);

	/* A mutex is no atomic context. */
	mutex_lock(&m);
	assert_int_equal(preempt_count(), 0);
	assert_true(lockdep_is_held(&m));
	mutex_unlock(&m);
	assert_false(lockdep_is_held(&m));
	assert_int_equal(preempt_count(), 0);
	assert_false(in_atomic());
}

/* lib/dec_and_lock.c: the lock only when the count reaches zero, then held. */
static void dec_and_lock(void **state)
{
	static DEFINE_RAW_SPINLOCK(raw);
	atomic_t cnt = ATOMIC_INIT(2);
	unsigned long flags;
	struct mutex m;
	spinlock_t s;

	spin_lock_init(&s);
	mutex_init(&m);
	assert_int_equal(atomic_dec_and_lock(&cnt, &s), 0);
	assert_false(spin_is_locked(&s));
	assert_int_equal(atomic_dec_and_lock(&cnt, &s), 1);
	assert_true(spin_is_locked(&s));
	assert_int_equal(atomic_read(&cnt), 0);
	spin_unlock(&s);

	atomic_set(&cnt, 1);
	assert_int_equal(atomic_dec_and_lock_irqsave(&cnt, &s, flags), 1);
	assert_true(irqs_disabled());
	spin_unlock_irqrestore(&s, flags);
	assert_false(irqs_disabled());

	atomic_set(&cnt, 2);
	assert_int_equal(atomic_dec_and_mutex_lock(&cnt, &m), 0);
	assert_int_equal(atomic_dec_and_mutex_lock(&cnt, &m), 1);
	assert_true(mutex_is_locked(&m));
	mutex_unlock(&m);

	raw_spin_lock_irqsave(&raw, flags);
	assert_true(irqs_disabled());
	assert_int_equal(preempt_count(), 1);
	raw_spin_unlock_irqrestore(&raw, flags);
	assert_false(irqs_disabled());
	assert_int_equal(preempt_count(), 0);
}

static void uninitialised_lock(void **state)
{
	spinlock_t s;
	struct mutex m;

	/* As CONFIG_DEBUG_SPINLOCK finds it: no magic. Then it works. */
	memset(&s, 0, sizeof(s));
	spin_lock(&s);
	assert_true(spin_is_locked(&s));
	spin_unlock(&s);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_MISUSE), 1);
	assert_non_null(strstr(kshim_defect_message(0),
			       "spin_lock on an uninitialised lock"));
	assert_non_null(strstr(kshim_defect_message(0), "test_locking.c:"));
	kshim_defects_clear();

	memset(&m, 0, sizeof(m));
	mutex_lock(&m);
	mutex_unlock(&m);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_MISUSE), 1);
	assert_non_null(strstr(kshim_defect_message(0),
			       "mutex_lock on an uninitialised lock"));
	kshim_defects_clear();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(spinlock_excludes),
		kshim_unit_test(mutex_excludes),
		kshim_unit_test(writers_exclude),
		kshim_unit_test(trylocks),
		kshim_unit_test(trylock_irqsave),
		kshim_unit_test(readers_share),
		kshim_unit_test(irqsave_restores),
		kshim_unit_test(preempt_counts),
		kshim_unit_test(dec_and_lock),
		kshim_unit_test(uninitialised_lock),
	};

	return kshim_run_tests(tests);
}
