// SPDX-License-Identifier: GPL-2.0-only
/*
 * Spinlocks, rwlocks and the lockdep entry points that modules call
 * (kernel/locking/spinlock.c, spinlock_debug.c, lockdep.c), for modules
 * built against the kernel's own headers. Exclusion and validation are
 * host/lockdep.c's, on a struct kshim_lock that lives in each lock's
 * lockdep_map (lockdep's own state, which no driver looks into). What
 * the kernel's inline helpers read stays true: spin_is_locked() reads
 * raw_lock.slock (UP with CONFIG_DEBUG_SPINLOCK: 0 when held).
 */
#include <linux/spinlock.h>
#include <linux/rwlock.h>
#include <linux/export.h>
#include <linux/lockdep.h>
#include "../sched/sched.h"

/* local_bh_disable()'s SOFTIRQ_DISABLE_OFFSET, as the old path adds it. */
#define SOFTIRQ_DISABLE	0x200

/* The static-initialiser conversion, one lock at a time. */
static int convert_lock;

void kshim_lock_static(struct lockdep_map *map, int kind, bool valid)
{
	struct kshim_lock *l = kshim_map_lock(map);
	const char *name;
	const void *key;

	if (__atomic_load_n(&l->magic, __ATOMIC_ACQUIRE) == KSHIM_LOCK_MAGIC ||
	    !valid)
		return;
	while (__atomic_exchange_n(&convert_lock, 1, __ATOMIC_ACQUIRE))
		;
	if (__atomic_load_n(&l->magic, __ATOMIC_ACQUIRE) != KSHIM_LOCK_MAGIC) {
		/* Read the kernel's fields before kshim's overwrite them. */
		name = map->name;
		key = map->key;
		kshim_lock_init(l, kind, name, key);
	}
	__atomic_store_n(&convert_lock, 0, __ATOMIC_RELEASE);
}

void lockdep_init_map_type(struct lockdep_map *lock, const char *name,
			   struct lock_class_key *key, int subclass,
			   u8 inner, u8 outer, u8 lock_type)
{
	struct kshim_lock *l = kshim_map_lock(lock);

	/* lockdep_set_class() on a lock in use: kshim's map already. */
	if (__atomic_load_n(&l->magic, __ATOMIC_ACQUIRE) == KSHIM_LOCK_MAGIC) {
		kshim_lock_set_class(l, name, key);
		return;
	}
	/* A work's map, or a static lock not used yet: the kernel's fields. */
	lock->key = key;
	lock->name = name;
	KSHIM_MAP_SITE(lock) = KSHIM_CALLER_SITE;
	lock->wait_type_inner = inner;
	lock->wait_type_outer = outer;
	lock->lock_type = lock_type;
}
EXPORT_SYMBOL_GPL(lockdep_init_map_type);

int lock_is_held_type(const struct lockdep_map *lock, int read)
{
	return kshim_lock_held((const struct kshim_lock *)lock);
}
EXPORT_SYMBOL_GPL(lock_is_held_type);

/* ---- raw spinlocks ---- */

static struct kshim_lock *raw_map(raw_spinlock_t *lock)
{
	kshim_lock_static(&lock->dep_map, KSHIM_LK_SPIN,
			  lock->magic == SPINLOCK_MAGIC);
	return kshim_map_lock(&lock->dep_map);
}

void __raw_spin_lock_init(raw_spinlock_t *lock, const char *name,
			  struct lock_class_key *key, short inner)
{
	lock->raw_lock = (arch_spinlock_t)__ARCH_SPIN_LOCK_UNLOCKED;
	lock->magic = SPINLOCK_MAGIC;
	lock->owner = SPINLOCK_OWNER_INIT;
	lock->owner_cpu = -1;
	kshim_lock_init(kshim_map_lock(&lock->dep_map), KSHIM_LK_SPIN, name, key);
}
EXPORT_SYMBOL(__raw_spin_lock_init);

static int spin_take(raw_spinlock_t *lock, int flags, int sub,
		     const struct kshim_site *site)
{
	if (!kshim_lock_acquire(raw_map(lock), flags | KSHIM_LA_KIND(KSHIM_LK_SPIN),
				sub, site))
		return 0;
	lock->raw_lock.slock = 0;
	lock->owner_cpu = 0;
	lock->owner = kshim_task();
	return 1;
}

static void spin_give(raw_spinlock_t *lock, const struct kshim_site *site)
{
	struct kshim_lock *l = raw_map(lock);

	kshim_lock_release(l, site);
	/* A recursion report's second take owns nothing: still held. */
	if (!kshim_lock_is_locked(l)) {
		lock->owner = SPINLOCK_OWNER_INIT;
		lock->owner_cpu = -1;
		lock->raw_lock.slock = 1;
	}
}

void _raw_spin_lock(raw_spinlock_t *lock)
{
	spin_take(lock, 0, 0, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(_raw_spin_lock);

void _raw_spin_lock_nested(raw_spinlock_t *lock, int subclass)
{
	spin_take(lock, 0, subclass, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(_raw_spin_lock_nested);

void _raw_spin_lock_nest_lock(raw_spinlock_t *lock, struct lockdep_map *nest)
{
	spin_take(lock, 0, 0, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(_raw_spin_lock_nest_lock);

void _raw_spin_lock_irq(raw_spinlock_t *lock)
{
	kshim_local_irq_save();
	spin_take(lock, 0, 0, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(_raw_spin_lock_irq);

unsigned long _raw_spin_lock_irqsave(raw_spinlock_t *lock)
{
	unsigned long flags = kshim_local_irq_save();

	spin_take(lock, 0, 0, KSHIM_CALLER_SITE);
	return flags;
}
EXPORT_SYMBOL(_raw_spin_lock_irqsave);

unsigned long _raw_spin_lock_irqsave_nested(raw_spinlock_t *lock, int subclass)
{
	unsigned long flags = kshim_local_irq_save();

	spin_take(lock, 0, subclass, KSHIM_CALLER_SITE);
	return flags;
}
EXPORT_SYMBOL(_raw_spin_lock_irqsave_nested);

void _raw_spin_lock_bh(raw_spinlock_t *lock)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;

	kshim_preempt_add(SOFTIRQ_DISABLE, site);
	spin_take(lock, 0, 0, site);
}
EXPORT_SYMBOL(_raw_spin_lock_bh);

int _raw_spin_trylock(raw_spinlock_t *lock)
{
	return spin_take(lock, KSHIM_LA_TRY, 0, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(_raw_spin_trylock);

int _raw_spin_trylock_bh(raw_spinlock_t *lock)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;

	kshim_preempt_add(SOFTIRQ_DISABLE, site);
	if (spin_take(lock, KSHIM_LA_TRY, 0, site))
		return 1;
	kshim_preempt_add(-SOFTIRQ_DISABLE, site);
	return 0;
}
EXPORT_SYMBOL(_raw_spin_trylock_bh);

void _raw_spin_unlock(raw_spinlock_t *lock)
{
	spin_give(lock, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(_raw_spin_unlock);

void _raw_spin_unlock_irq(raw_spinlock_t *lock)
{
	spin_give(lock, KSHIM_CALLER_SITE);
	kshim_local_irq_restore(0);
}
EXPORT_SYMBOL(_raw_spin_unlock_irq);

void _raw_spin_unlock_irqrestore(raw_spinlock_t *lock, unsigned long flags)
{
	spin_give(lock, KSHIM_CALLER_SITE);
	kshim_local_irq_restore(flags);
}
EXPORT_SYMBOL(_raw_spin_unlock_irqrestore);

void _raw_spin_unlock_bh(raw_spinlock_t *lock)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;

	spin_give(lock, site);
	kshim_preempt_add(-SOFTIRQ_DISABLE, site);
}
EXPORT_SYMBOL(_raw_spin_unlock_bh);

/* ---- rwlocks ---- */

static struct kshim_lock *rw_map(rwlock_t *lock)
{
	kshim_lock_static(&lock->dep_map, KSHIM_LK_RWLOCK,
			  lock->magic == RWLOCK_MAGIC);
	return kshim_map_lock(&lock->dep_map);
}

void __rwlock_init(rwlock_t *lock, const char *name, struct lock_class_key *key)
{
	lock->raw_lock = (arch_rwlock_t)__ARCH_RW_LOCK_UNLOCKED;
	lock->magic = RWLOCK_MAGIC;
	lock->owner = SPINLOCK_OWNER_INIT;
	lock->owner_cpu = -1;
	kshim_lock_init(kshim_map_lock(&lock->dep_map), KSHIM_LK_RWLOCK, name, key);
}
EXPORT_SYMBOL(__rwlock_init);

static int rw_take(rwlock_t *lock, int flags, const struct kshim_site *site)
{
	return kshim_lock_acquire(rw_map(lock),
				  flags | KSHIM_LA_KIND(KSHIM_LK_RWLOCK), 0, site);
}

#define RW_OPS(op, flags)						\
void _raw_##op##_lock(rwlock_t *lock)					\
{									\
	rw_take(lock, flags, KSHIM_CALLER_SITE);			\
}									\
EXPORT_SYMBOL(_raw_##op##_lock);					\
									\
void _raw_##op##_lock_irq(rwlock_t *lock)				\
{									\
	kshim_local_irq_save();						\
	rw_take(lock, flags, KSHIM_CALLER_SITE);			\
}									\
EXPORT_SYMBOL(_raw_##op##_lock_irq);					\
									\
unsigned long _raw_##op##_lock_irqsave(rwlock_t *lock)			\
{									\
	unsigned long irqflags = kshim_local_irq_save();		\
									\
	rw_take(lock, flags, KSHIM_CALLER_SITE);			\
	return irqflags;						\
}									\
EXPORT_SYMBOL(_raw_##op##_lock_irqsave);				\
									\
void _raw_##op##_lock_bh(rwlock_t *lock)				\
{									\
	const struct kshim_site *site = KSHIM_CALLER_SITE;		\
									\
	kshim_preempt_add(SOFTIRQ_DISABLE, site);			\
	rw_take(lock, flags, site);					\
}									\
EXPORT_SYMBOL(_raw_##op##_lock_bh);					\
									\
int _raw_##op##_trylock(rwlock_t *lock)					\
{									\
	return rw_take(lock, (flags) | KSHIM_LA_TRY, KSHIM_CALLER_SITE);\
}									\
EXPORT_SYMBOL(_raw_##op##_trylock);					\
									\
void _raw_##op##_unlock(rwlock_t *lock)					\
{									\
	kshim_lock_release(rw_map(lock), KSHIM_CALLER_SITE);		\
}									\
EXPORT_SYMBOL(_raw_##op##_unlock);					\
									\
void _raw_##op##_unlock_irq(rwlock_t *lock)				\
{									\
	kshim_lock_release(rw_map(lock), KSHIM_CALLER_SITE);		\
	kshim_local_irq_restore(0);					\
}									\
EXPORT_SYMBOL(_raw_##op##_unlock_irq);					\
									\
void _raw_##op##_unlock_irqrestore(rwlock_t *lock, unsigned long irqflags) \
{									\
	kshim_lock_release(rw_map(lock), KSHIM_CALLER_SITE);		\
	kshim_local_irq_restore(irqflags);				\
}									\
EXPORT_SYMBOL(_raw_##op##_unlock_irqrestore);				\
									\
void _raw_##op##_unlock_bh(rwlock_t *lock)				\
{									\
	const struct kshim_site *site = KSHIM_CALLER_SITE;		\
									\
	kshim_lock_release(rw_map(lock), site);				\
	kshim_preempt_add(-SOFTIRQ_DISABLE, site);			\
}									\
EXPORT_SYMBOL(_raw_##op##_unlock_bh)

RW_OPS(read, KSHIM_LA_READ);
RW_OPS(write, 0);
