/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef __ASM_RWONCE_H
#define __ASM_RWONCE_H

/*
 * Marked accesses, as KCSAN sees them: relaxed atomics, so that a data race
 * detector (ThreadSanitizer) takes a READ_ONCE() racing with a WRITE_ONCE()
 * for the intended lockless access it is. On x86 the same code as the
 * kernel's volatile access, for the integers and pointers it is used on.
 */
#define __READ_ONCE(x)	__atomic_load_n(&(x), __ATOMIC_RELAXED)
#define READ_ONCE(x)	({ __unqual_scalar_typeof(x) __x = __READ_ONCE(x); (typeof(x))__x; })
#define __WRITE_ONCE(x, val)						\
	__atomic_store_n((__unqual_scalar_typeof(x) *)&(x), (val), __ATOMIC_RELAXED)
#define WRITE_ONCE(x, val)	do { __WRITE_ONCE(x, val); } while (0)

#define mb()	__atomic_thread_fence(__ATOMIC_SEQ_CST)
#define rmb()	__atomic_thread_fence(__ATOMIC_ACQUIRE)
#define wmb()	__atomic_thread_fence(__ATOMIC_RELEASE)
#define smp_mb()	mb()
#define smp_rmb()	rmb()
#define smp_wmb()	wmb()

#endif /* __ASM_RWONCE_H */
