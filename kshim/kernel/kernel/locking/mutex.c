// SPDX-License-Identifier: GPL-2.0-only
/*
 * Mutexes and rw-semaphores (kernel/locking/mutex.c, mutex-debug.c,
 * rwsem.c), for modules built against the kernel's own headers: the
 * sleeping locks of host/lockdep.c, whose struct kshim_lock lives in the
 * lock's lockdep_map. The fields the kernel's inline helpers read stay
 * true: ->owner is the holder (mutex_is_locked()), rwsem_is_locked() ->count.
 * No signal interrupts a lock wait in kshim: the interruptible and
 * killable forms always get the lock and return 0, as the old path does.
 */
#include <linux/mutex.h>
#include <linux/rwsem.h>
#include <linux/export.h>
#include "../sched/sched.h"

/* ---- mutexes ---- */

static struct kshim_lock *mutex_map(struct mutex *lock)
{
	kshim_lock_static(&lock->dep_map, KSHIM_LK_MUTEX, lock->magic == lock);
	return kshim_map_lock(&lock->dep_map);
}

void __mutex_init(struct mutex *lock, const char *name,
		  struct lock_class_key *key)
{
	atomic_long_set(&lock->owner, 0);
	raw_spin_lock_init(&lock->wait_lock);
	INIT_LIST_HEAD(&lock->wait_list);
	lock->magic = lock;
	kshim_lock_init(kshim_map_lock(&lock->dep_map), KSHIM_LK_MUTEX, name, key);
}
EXPORT_SYMBOL(__mutex_init);

/* CONFIG_DEBUG_MUTEXES: a destroyed mutex is no longer initialised. */
void mutex_destroy(struct mutex *lock)
{
	lock->magic = NULL;
	kshim_map_lock(&lock->dep_map)->magic = 0;
}
EXPORT_SYMBOL_GPL(mutex_destroy);

static int mutex_take(struct mutex *lock, int flags, int sub,
		      const struct kshim_site *site)
{
	if (!kshim_lock_acquire(mutex_map(lock),
				flags | KSHIM_LA_KIND(KSHIM_LK_MUTEX), sub, site))
		return 0;
	atomic_long_set(&lock->owner, (long)kshim_task());
	return 1;
}

void mutex_lock_nested(struct mutex *lock, unsigned int subclass)
{
	mutex_take(lock, 0, subclass, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(mutex_lock_nested);

void _mutex_lock_nest_lock(struct mutex *lock, struct lockdep_map *nest)
{
	mutex_take(lock, 0, 0, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(_mutex_lock_nest_lock);

int mutex_lock_interruptible_nested(struct mutex *lock, unsigned int subclass)
{
	mutex_take(lock, 0, subclass, KSHIM_CALLER_SITE);
	return 0;
}
EXPORT_SYMBOL_GPL(mutex_lock_interruptible_nested);

int mutex_lock_killable_nested(struct mutex *lock, unsigned int subclass)
{
	mutex_take(lock, 0, subclass, KSHIM_CALLER_SITE);
	return 0;
}
EXPORT_SYMBOL_GPL(mutex_lock_killable_nested);

void mutex_lock_io_nested(struct mutex *lock, unsigned int subclass)
{
	mutex_take(lock, 0, subclass, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(mutex_lock_io_nested);

int mutex_trylock(struct mutex *lock)
{
	return mutex_take(lock, KSHIM_LA_TRY, 0, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(mutex_trylock);

void mutex_unlock(struct mutex *lock)
{
	struct kshim_lock *l = mutex_map(lock);

	kshim_lock_release(l, KSHIM_CALLER_SITE);
	if (!kshim_lock_is_locked(l))
		atomic_long_set(&lock->owner, 0);
}
EXPORT_SYMBOL(mutex_unlock);

bool mutex_is_locked(struct mutex *lock)
{
	return (atomic_long_read(&lock->owner) & ~0x07L) != 0;
}
EXPORT_SYMBOL(mutex_is_locked);

/* Drops @cnt by one unless it is 1: then it takes @lock to reach zero. */
int atomic_dec_and_mutex_lock(atomic_t *cnt, struct mutex *lock)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;

	if (atomic_add_unless(cnt, -1, 1))
		return 0;
	mutex_take(lock, 0, 0, site);
	if (atomic_dec_and_test(cnt))
		return 1;
	kshim_lock_release(mutex_map(lock), site);
	atomic_long_set(&lock->owner, 0);
	return 0;
}
EXPORT_SYMBOL(atomic_dec_and_mutex_lock);

/* ---- rw-semaphores ---- */

static struct kshim_lock *rwsem_map(struct rw_semaphore *sem)
{
	kshim_lock_static(&sem->dep_map, KSHIM_LK_RWSEM, sem->magic == sem);
	return kshim_map_lock(&sem->dep_map);
}

void __init_rwsem(struct rw_semaphore *sem, const char *name,
		  struct lock_class_key *key)
{
	atomic_long_set(&sem->count, 0);
	atomic_long_set(&sem->owner, 0);
	raw_spin_lock_init(&sem->wait_lock);
	INIT_LIST_HEAD(&sem->wait_list);
	sem->magic = sem;
	kshim_lock_init(kshim_map_lock(&sem->dep_map), KSHIM_LK_RWSEM, name, key);
}
EXPORT_SYMBOL(__init_rwsem);

/* ->count as rwsem.c keeps it: a writer bit, readers in units of 256. */
#define RWSEM_WRITER		1L
#define RWSEM_READER		256L

static int rwsem_take(struct rw_semaphore *sem, int read, int try, int sub,
		      const struct kshim_site *site)
{
	int flags = (read ? KSHIM_LA_READ : 0) | (try ? KSHIM_LA_TRY : 0);

	if (!kshim_lock_acquire(rwsem_map(sem),
				flags | KSHIM_LA_KIND(KSHIM_LK_RWSEM), sub, site))
		return 0;
	atomic_long_add(read ? RWSEM_READER : RWSEM_WRITER, &sem->count);
	if (!read)
		atomic_long_set(&sem->owner, (long)kshim_task());
	return 1;
}

static void rwsem_give(struct rw_semaphore *sem, int read,
		       const struct kshim_site *site)
{
	struct kshim_lock *l = rwsem_map(sem);

	kshim_lock_release(l, site);
	if (!kshim_lock_is_locked(l)) {
		atomic_long_set(&sem->count, 0);
		atomic_long_set(&sem->owner, 0);
	} else if (read && atomic_long_read(&sem->count) >= RWSEM_READER) {
		atomic_long_sub(RWSEM_READER, &sem->count);
	}
}

void down_read(struct rw_semaphore *sem)
{
	rwsem_take(sem, 1, 0, 0, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(down_read);

void down_read_nested(struct rw_semaphore *sem, int subclass)
{
	rwsem_take(sem, 1, 0, subclass, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(down_read_nested);

int down_read_interruptible(struct rw_semaphore *sem)
{
	rwsem_take(sem, 1, 0, 0, KSHIM_CALLER_SITE);
	return 0;
}
EXPORT_SYMBOL(down_read_interruptible);

int down_read_killable(struct rw_semaphore *sem)
{
	rwsem_take(sem, 1, 0, 0, KSHIM_CALLER_SITE);
	return 0;
}
EXPORT_SYMBOL(down_read_killable);

int down_read_trylock(struct rw_semaphore *sem)
{
	return rwsem_take(sem, 1, 1, 0, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(down_read_trylock);

void down_write(struct rw_semaphore *sem)
{
	rwsem_take(sem, 0, 0, 0, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(down_write);

void down_write_nested(struct rw_semaphore *sem, int subclass)
{
	rwsem_take(sem, 0, 0, subclass, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(down_write_nested);

int down_write_killable(struct rw_semaphore *sem)
{
	rwsem_take(sem, 0, 0, 0, KSHIM_CALLER_SITE);
	return 0;
}
EXPORT_SYMBOL(down_write_killable);

int down_write_trylock(struct rw_semaphore *sem)
{
	return rwsem_take(sem, 0, 1, 0, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(down_write_trylock);

void up_read(struct rw_semaphore *sem)
{
	rwsem_give(sem, 1, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(up_read);

void up_write(struct rw_semaphore *sem)
{
	rwsem_give(sem, 0, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(up_write);

void downgrade_write(struct rw_semaphore *sem)
{
	kshim_lock_downgrade(rwsem_map(sem), KSHIM_CALLER_SITE);
	atomic_long_set(&sem->count, RWSEM_READER);
	atomic_long_set(&sem->owner, 0);
}
EXPORT_SYMBOL(downgrade_write);
