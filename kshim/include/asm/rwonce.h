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

#ifdef __SANITIZE_THREAD__
/*
 * ThreadSanitizer models no fences (GCC refuses them under -fsanitize=thread):
 * a read-modify-write of one shared word orders the threads that do it, as
 * a barrier pairing would, in a way it sees (kernel/locking.c has the word).
 */
extern int __kshim_barrier_word;
#define __kshim_barrier()	\
	((void)__atomic_fetch_add(&__kshim_barrier_word, 0, __ATOMIC_ACQ_REL))
#define mb()	__kshim_barrier()
#define rmb()	__kshim_barrier()
#define wmb()	__kshim_barrier()
#else
#define mb()	__atomic_thread_fence(__ATOMIC_SEQ_CST)
#define rmb()	__atomic_thread_fence(__ATOMIC_ACQUIRE)
#define wmb()	__atomic_thread_fence(__ATOMIC_RELEASE)
#endif
#define smp_mb()	mb()
#define smp_rmb()	rmb()
#define smp_wmb()	wmb()

#endif /* __ASM_RWONCE_H */
