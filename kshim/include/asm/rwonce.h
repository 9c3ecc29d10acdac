/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef __ASM_RWONCE_H
#define __ASM_RWONCE_H

#define __READ_ONCE(x)	(*(const volatile __unqual_scalar_typeof(x) *)&(x))
#define READ_ONCE(x)	({ __unqual_scalar_typeof(x) __x = __READ_ONCE(x); (typeof(x))__x; })
#define __WRITE_ONCE(x, val)	do { *(volatile typeof(x) *)&(x) = (val); } while (0)
#define WRITE_ONCE(x, val)	__WRITE_ONCE(x, val)

#define mb()	__atomic_thread_fence(__ATOMIC_SEQ_CST)
#define rmb()	__atomic_thread_fence(__ATOMIC_ACQUIRE)
#define wmb()	__atomic_thread_fence(__ATOMIC_RELEASE)
#define smp_mb()	mb()
#define smp_rmb()	rmb()
#define smp_wmb()	wmb()

#endif /* __ASM_RWONCE_H */
