/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The lock validator's annotations. kshim validates every lock (host/
 * lockdep.c), as a kernel built with CONFIG_PROVE_LOCKING does; these are
 * the calls a driver makes into it.
 */
#ifndef __LINUX_LOCKDEP_H
#define __LINUX_LOCKDEP_H

#include <linux/lockdep_types.h>

#define lockdep_is_held(lock)	kshim_lock_held(&(lock)->dep_map)

#define lockdep_assert_held(l)						\
	kshim_lock_assert_held(&(l)->dep_map, 1, KSHIM_SITE)
#define lockdep_assert_not_held(l)					\
	kshim_lock_assert_held(&(l)->dep_map, 0, KSHIM_SITE)
#define lockdep_assert_held_write(l)	lockdep_assert_held(l)
#define lockdep_assert_held_read(l)	lockdep_assert_held(l)
#define lockdep_assert_held_once(l)	lockdep_assert_held(l)
#define lockdep_assert_none_held_once()	do { } while (0)

/* lockdep_assert(): a WARN at the caller's line when @cond is false. */
#define lockdep_assert(cond)		kshim_lockdep_assert(!!(cond), KSHIM_SITE)
#define lockdep_assert_once(cond)	lockdep_assert(cond)
#define lockdep_assert_irqs_enabled()	lockdep_assert(!kshim_irqs_disabled())
#define lockdep_assert_irqs_disabled()	lockdep_assert(kshim_irqs_disabled())
#define lockdep_assert_in_irq()		lockdep_assert(kshim_in_hardirq())
#define lockdep_assert_in_softirq()	lockdep_assert(kshim_in_softirq())
#define lockdep_assert_preemption_enabled()				\
	lockdep_assert(!kshim_preempt_count() && !kshim_irqs_disabled())
#define lockdep_assert_preemption_disabled()				\
	lockdep_assert(kshim_preempt_count() || kshim_irqs_disabled())

/* Dependencies a lock could add: kshim records them when it is taken. */
#define might_lock(lock)		do { (void)(lock); } while (0)
#define might_lock_read(lock)		do { (void)(lock); } while (0)
#define might_lock_nested(lock, sub)	do { (void)(lock); } while (0)

#define lockdep_set_class(lock, key)					\
	kshim_lock_set_class(&(lock)->dep_map, #key, key)
#define lockdep_set_class_and_name(lock, key, name)			\
	kshim_lock_set_class(&(lock)->dep_map, name, key)
#define lockdep_set_class_and_subclass(lock, key, sub)			\
	lockdep_set_class(lock, key)
#define lockdep_set_subclass(lock, sub)		do { } while (0)
#define lockdep_set_novalidate_class(lock)	do { } while (0)

/* Dynamic keys: kshim keeps no per-key state, so there is nothing to do. */
#define lockdep_register_key(key)	do { (void)(key); } while (0)
#define lockdep_unregister_key(key)	do { (void)(key); } while (0)

#define lockdep_off()			do { } while (0)
#define lockdep_on()			do { } while (0)
#define debug_show_all_locks()		do { } while (0)
#define debug_show_held_locks(task)	do { } while (0)

#endif /* __LINUX_LOCKDEP_H */
