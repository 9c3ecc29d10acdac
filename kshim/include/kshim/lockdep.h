/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Locks and their validation, between kshim's kernel headers (spinlock.h,
 * mutex.h, rwsem.h...) and the host side (host/lockdep.c). Plain C types
 * only, as in kapi.h.
 *
 * Every kernel lock embeds a struct kshim_lock. The host side makes locks
 * exclude between host threads (each thread is a simulated task), keeps
 * each task's held locks, and checks them as lockdep does.
 */
#ifndef _KSHIM_LOCKDEP_H
#define _KSHIM_LOCKDEP_H

#include <kshim/kapi.h>

/* CONFIG_DEBUG_SPINLOCK's SPINLOCK_MAGIC: an initialised lock has it. */
#define KSHIM_LOCK_MAGIC	0xdead4eadu

/* What kind of lock: how it excludes, whether it may sleep. */
#define KSHIM_LK_SPIN		0	/* spinlock_t, raw_spinlock_t */
#define KSHIM_LK_RWLOCK		1	/* rwlock_t: recursive readers */
#define KSHIM_LK_MUTEX		2	/* struct mutex */
#define KSHIM_LK_RWSEM		3	/* struct rw_semaphore */

struct kshim_lock {
	int state;		/* 0: free; >0: readers; -1: held exclusively */
	unsigned int magic;	/* KSHIM_LOCK_MAGIC once initialised */
	int kind;		/* KSHIM_LK_* */
	const char *name;	/* the class's name: the init's expression */
	const void *key;	/* the class: a static key per init site */
	const struct kshim_site *released;	/* the last unlock's site */
};

/* A static lock's initialiser: its class is the lock itself. */
#define KSHIM_LOCK_INIT(kd, nm) {					\
	.state = 0, .magic = KSHIM_LOCK_MAGIC, .kind = (kd),		\
	.name = (nm), .key = 0, .released = 0,				\
}

/* How to acquire: flags for kshim_lock_acquire(). */
#define KSHIM_LA_READ		1	/* shared (read_lock, down_read) */
#define KSHIM_LA_TRY		2	/* a trylock: never waits */
#define KSHIM_LA_KIND(kind)	((kind) << 4)	/* for an uninitialised lock */

void kshim_lock_init(struct kshim_lock *l, int kind, const char *name,
		     const void *key);
/*
 * Take @l for the current task at the driver's @site. Returns 1 when taken,
 * 0 when a trylock found it busy. A lock this task holds already is
 * lockdep's recursion report; when that would deadlock, the module call
 * unwinds as a crash (outside one, the lock counts as taken once more).
 */
int kshim_lock_acquire(struct kshim_lock *l, int flags, int subclass,
		       const struct kshim_site *site);
void kshim_lock_release(struct kshim_lock *l, const struct kshim_site *site);
/* downgrade_write(): the writer becomes a reader. */
void kshim_lock_downgrade(struct kshim_lock *l, const struct kshim_site *site);
int kshim_lock_is_locked(const struct kshim_lock *l);
/* Does the current task hold @l? (lockdep_is_held) */
int kshim_lock_held(const struct kshim_lock *l);
/* lockdep_assert_held() and friends: a WARN at @site when @l is not held. */
void kshim_lock_assert_held(const struct kshim_lock *l, int held,
			    const struct kshim_site *site);
/* lockdep_assert(): a WARN at @site unless @ok. */
void kshim_lockdep_assert(int ok, const struct kshim_site *site);
void kshim_lock_set_class(struct kshim_lock *l, const char *name,
			  const void *key);

/* preempt_disable() (+1) and local_bh_disable() (+0x200) of this task. */
void kshim_preempt_add(int delta, const struct kshim_site *site);
/* cant_sleep() at @file:@line. */
void kshim_cant_sleep(const char *file, int line);

/*
 * Host side only. kshim_lockdep_enter() / _leave(): a guarded module call
 * of @module starts / ends (@crashed: it unwound; @outer: back to the
 * harness, "user space"). kshim_lockdep_depth(): the current task's held
 * depth. kshim_lockdep_freed(): allocation @p is being freed at @site.
 * kshim_might_alloc(): an allocation with @gfp flags at @site.
 * kshim_guard_unwind(): unwind the current guarded call as a crash whose
 * report was made already (host/bug.c).
 */
void kshim_lockdep_enter(void);
void kshim_lockdep_leave(const char *module, int crashed, int outer);
int kshim_lockdep_depth(void);
void kshim_lockdep_freed(const void *p, const struct kshim_site *site);
void kshim_might_alloc(unsigned int gfp, const struct kshim_site *site);
void kshim_guard_unwind(void) __attribute__((noreturn));

/*
 * might_fault() (mm/memory.c's __might_fault()): a user access may sleep
 * on a page fault, unless page faults are off (pagefault_disable(), per
 * task). @file:@line is the kernel's might_fault(); @site the driver's call
 * (NULL when the headline names it already).
 */
void kshim_might_fault(const char *file, int line, const struct kshim_site *site);
void kshim_pagefault_add(int delta);
int kshim_pagefault_disabled(void);

#endif /* _KSHIM_LOCKDEP_H */
