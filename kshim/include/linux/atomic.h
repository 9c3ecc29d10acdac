/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Atomic integers (atomic_t, atomic64_t, atomic_long_t) with GCC's __atomic
 * builtins: the value-returning operations are fully ordered, the others
 * relaxed, as Documentation/atomic_t.txt says. The _relaxed, _acquire and
 * _release forms are the fully ordered ones (stronger is allowed).
 */
#ifndef _LINUX_ATOMIC_H
#define _LINUX_ATOMIC_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <asm/rwonce.h>

#define ATOMIC_INIT(i)		{ (i) }
#define ATOMIC64_INIT(i)	{ (i) }
#define ATOMIC_LONG_INIT(i)	ATOMIC64_INIT(i)

#define smp_mb__before_atomic()	barrier()
#define smp_mb__after_atomic()	barrier()
#ifndef smp_load_acquire
#define smp_load_acquire(p)	__atomic_load_n((p), __ATOMIC_ACQUIRE)
#define smp_store_release(p, v)	__atomic_store_n((p), (v), __ATOMIC_RELEASE)
#endif
#ifndef smp_store_mb
#define smp_store_mb(var, value)					\
	__atomic_store_n(&(var), (value), __ATOMIC_SEQ_CST)
#endif

/* <asm/cmpxchg.h>: on any integer or pointer lvalue. */
#define xchg(ptr, v)	__atomic_exchange_n((ptr), (v), __ATOMIC_SEQ_CST)
#define cmpxchg(ptr, o, n) ({						\
	__typeof__(*(ptr)) __cx_old = (o);				\
	__atomic_compare_exchange_n((ptr), &__cx_old, (n), false,	\
				    __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); \
	__cx_old;							\
})
#define try_cmpxchg(ptr, po, n)						\
	__atomic_compare_exchange_n((ptr), (po), (n), false,		\
				    __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)

#define xchg_relaxed(ptr, v)		xchg(ptr, v)
#define cmpxchg_relaxed(ptr, o, n)	cmpxchg(ptr, o, n)
#define try_cmpxchg_relaxed(ptr, po, n)	try_cmpxchg(ptr, po, n)
#define xchg_acquire(ptr, v)		xchg(ptr, v)
#define cmpxchg_acquire(ptr, o, n)	cmpxchg(ptr, o, n)
#define try_cmpxchg_acquire(ptr, po, n)	try_cmpxchg(ptr, po, n)
#define xchg_release(ptr, v)		xchg(ptr, v)
#define cmpxchg_release(ptr, o, n)	cmpxchg(ptr, o, n)
#define try_cmpxchg_release(ptr, po, n)	try_cmpxchg(ptr, po, n)
#define cmpxchg64(ptr, o, n)		cmpxchg(ptr, o, n)
#define cmpxchg_local(ptr, o, n)	cmpxchg(ptr, o, n)
#define cmpxchg64_local(ptr, o, n)	cmpxchg(ptr, o, n)

#define __KSHIM_SC	__ATOMIC_SEQ_CST
#define __KSHIM_RX	__ATOMIC_RELAXED

/* ---- atomic_t ---- */

static __always_inline int atomic_read(const atomic_t *v)
{
	return __atomic_load_n(&v->counter, __KSHIM_RX);
}

static __always_inline int atomic_read_acquire(const atomic_t *v)
{
	return __atomic_load_n(&v->counter, __ATOMIC_ACQUIRE);
}

static __always_inline void atomic_set(atomic_t *v, int i)
{
	__atomic_store_n(&v->counter, i, __KSHIM_RX);
}

static __always_inline void atomic_set_release(atomic_t *v, int i)
{
	__atomic_store_n(&v->counter, i, __ATOMIC_RELEASE);
}

static __always_inline void atomic_add(int i, atomic_t *v)
{
	__atomic_fetch_add(&v->counter, i, __KSHIM_RX);
}

static __always_inline int atomic_fetch_add(int i, atomic_t *v)
{
	return __atomic_fetch_add(&v->counter, i, __KSHIM_SC);
}

static __always_inline void atomic_sub(int i, atomic_t *v)
{
	__atomic_fetch_sub(&v->counter, i, __KSHIM_RX);
}

static __always_inline int atomic_fetch_sub(int i, atomic_t *v)
{
	return __atomic_fetch_sub(&v->counter, i, __KSHIM_SC);
}

static __always_inline void atomic_and(int i, atomic_t *v)
{
	__atomic_fetch_and(&v->counter, i, __KSHIM_RX);
}

static __always_inline int atomic_fetch_and(int i, atomic_t *v)
{
	return __atomic_fetch_and(&v->counter, i, __KSHIM_SC);
}

static __always_inline void atomic_or(int i, atomic_t *v)
{
	__atomic_fetch_or(&v->counter, i, __KSHIM_RX);
}

static __always_inline int atomic_fetch_or(int i, atomic_t *v)
{
	return __atomic_fetch_or(&v->counter, i, __KSHIM_SC);
}

static __always_inline void atomic_xor(int i, atomic_t *v)
{
	__atomic_fetch_xor(&v->counter, i, __KSHIM_RX);
}

static __always_inline int atomic_fetch_xor(int i, atomic_t *v)
{
	return __atomic_fetch_xor(&v->counter, i, __KSHIM_SC);
}

static __always_inline void atomic_andnot(int i, atomic_t *v)
{
	__atomic_fetch_and(&v->counter, ~i, __KSHIM_RX);
}

static __always_inline int atomic_fetch_andnot(int i, atomic_t *v)
{
	return __atomic_fetch_and(&v->counter, ~i, __KSHIM_SC);
}

static __always_inline int atomic_add_return(int i, atomic_t *v)
{
	return __atomic_add_fetch(&v->counter, i, __KSHIM_SC);
}

static __always_inline int atomic_sub_return(int i, atomic_t *v)
{
	return __atomic_sub_fetch(&v->counter, i, __KSHIM_SC);
}

static __always_inline void atomic_inc(atomic_t *v)
{
	atomic_add(1, v);
}

static __always_inline void atomic_dec(atomic_t *v)
{
	atomic_sub(1, v);
}

static __always_inline int atomic_inc_return(atomic_t *v)
{
	return atomic_add_return(1, v);
}

static __always_inline int atomic_dec_return(atomic_t *v)
{
	return atomic_sub_return(1, v);
}

static __always_inline int atomic_fetch_inc(atomic_t *v)
{
	return atomic_fetch_add(1, v);
}

static __always_inline int atomic_fetch_dec(atomic_t *v)
{
	return atomic_fetch_sub(1, v);
}

static __always_inline bool atomic_sub_and_test(int i, atomic_t *v)
{
	return atomic_sub_return(i, v) == 0;
}

static __always_inline bool atomic_dec_and_test(atomic_t *v)
{
	return atomic_dec_return(v) == 0;
}

static __always_inline bool atomic_inc_and_test(atomic_t *v)
{
	return atomic_inc_return(v) == 0;
}

static __always_inline bool atomic_add_negative(int i, atomic_t *v)
{
	return atomic_add_return(i, v) < 0;
}

static __always_inline int atomic_xchg(atomic_t *v, int n)
{
	return __atomic_exchange_n(&v->counter, n, __KSHIM_SC);
}

/* The value found; @n was stored if it was @old. */
static __always_inline int atomic_cmpxchg(atomic_t *v, int old, int n)
{
	__typeof__(v->counter) o = old;

	__atomic_compare_exchange_n(&v->counter, &o, n, false, __KSHIM_SC, __KSHIM_SC);
	return o;
}

/* On failure, *@old is updated to the value found. */
static __always_inline bool atomic_try_cmpxchg(atomic_t *v, int *old, int n)
{
	__typeof__(v->counter) o = *old;
	bool ok = __atomic_compare_exchange_n(&v->counter, &o, n, false,
					      __KSHIM_SC, __KSHIM_SC);

	*old = o;
	return ok;
}

/* Add @a unless the value is @u; returns the value before. */
static __always_inline int atomic_fetch_add_unless(atomic_t *v, int a, int u)
{
	int c = atomic_read(v);

	do {
		if (c == u)
			break;
	} while (!atomic_try_cmpxchg(v, &c, c + a));
	return c;
}

static __always_inline bool atomic_add_unless(atomic_t *v, int a, int u)
{
	return atomic_fetch_add_unless(v, a, u) != u;
}

static __always_inline bool atomic_inc_not_zero(atomic_t *v)
{
	return atomic_add_unless(v, 1, 0);
}

static __always_inline bool atomic_inc_unless_negative(atomic_t *v)
{
	int c = atomic_read(v);

	do {
		if (c < 0)
			return false;
	} while (!atomic_try_cmpxchg(v, &c, c + 1));
	return true;
}

static __always_inline bool atomic_dec_unless_positive(atomic_t *v)
{
	int c = atomic_read(v);

	do {
		if (c > 0)
			return false;
	} while (!atomic_try_cmpxchg(v, &c, c - 1));
	return true;
}

/* The value less one; stored only when that is not negative. */
static __always_inline int atomic_dec_if_positive(atomic_t *v)
{
	int c = atomic_read(v), dec;

	do {
		dec = c - 1;
		if (dec < 0)
			break;
	} while (!atomic_try_cmpxchg(v, &c, dec));
	return dec;
}

#define atomic_add_return_relaxed	atomic_add_return
#define atomic_add_return_acquire	atomic_add_return
#define atomic_add_return_release	atomic_add_return
#define atomic_sub_return_relaxed	atomic_sub_return
#define atomic_sub_return_acquire	atomic_sub_return
#define atomic_sub_return_release	atomic_sub_return
#define atomic_inc_return_relaxed	atomic_inc_return
#define atomic_inc_return_acquire	atomic_inc_return
#define atomic_inc_return_release	atomic_inc_return
#define atomic_dec_return_relaxed	atomic_dec_return
#define atomic_dec_return_acquire	atomic_dec_return
#define atomic_dec_return_release	atomic_dec_return
#define atomic_fetch_add_relaxed	atomic_fetch_add
#define atomic_fetch_add_acquire	atomic_fetch_add
#define atomic_fetch_add_release	atomic_fetch_add
#define atomic_fetch_sub_relaxed	atomic_fetch_sub
#define atomic_fetch_sub_acquire	atomic_fetch_sub
#define atomic_fetch_sub_release	atomic_fetch_sub
#define atomic_fetch_and_relaxed	atomic_fetch_and
#define atomic_fetch_and_acquire	atomic_fetch_and
#define atomic_fetch_and_release	atomic_fetch_and
#define atomic_fetch_or_relaxed	atomic_fetch_or
#define atomic_fetch_or_acquire	atomic_fetch_or
#define atomic_fetch_or_release	atomic_fetch_or
#define atomic_fetch_xor_relaxed	atomic_fetch_xor
#define atomic_fetch_xor_acquire	atomic_fetch_xor
#define atomic_fetch_xor_release	atomic_fetch_xor
#define atomic_fetch_andnot_relaxed	atomic_fetch_andnot
#define atomic_fetch_andnot_acquire	atomic_fetch_andnot
#define atomic_fetch_andnot_release	atomic_fetch_andnot
#define atomic_fetch_inc_relaxed	atomic_fetch_inc
#define atomic_fetch_inc_acquire	atomic_fetch_inc
#define atomic_fetch_inc_release	atomic_fetch_inc
#define atomic_fetch_dec_relaxed	atomic_fetch_dec
#define atomic_fetch_dec_acquire	atomic_fetch_dec
#define atomic_fetch_dec_release	atomic_fetch_dec
#define atomic_xchg_relaxed	atomic_xchg
#define atomic_xchg_acquire	atomic_xchg
#define atomic_xchg_release	atomic_xchg
#define atomic_cmpxchg_relaxed	atomic_cmpxchg
#define atomic_cmpxchg_acquire	atomic_cmpxchg
#define atomic_cmpxchg_release	atomic_cmpxchg
#define atomic_try_cmpxchg_relaxed	atomic_try_cmpxchg
#define atomic_try_cmpxchg_acquire	atomic_try_cmpxchg
#define atomic_try_cmpxchg_release	atomic_try_cmpxchg

/* ---- atomic64_t ---- */

static __always_inline s64 atomic64_read(const atomic64_t *v)
{
	return __atomic_load_n(&v->counter, __KSHIM_RX);
}

static __always_inline s64 atomic64_read_acquire(const atomic64_t *v)
{
	return __atomic_load_n(&v->counter, __ATOMIC_ACQUIRE);
}

static __always_inline void atomic64_set(atomic64_t *v, s64 i)
{
	__atomic_store_n(&v->counter, i, __KSHIM_RX);
}

static __always_inline void atomic64_set_release(atomic64_t *v, s64 i)
{
	__atomic_store_n(&v->counter, i, __ATOMIC_RELEASE);
}

static __always_inline void atomic64_add(s64 i, atomic64_t *v)
{
	__atomic_fetch_add(&v->counter, i, __KSHIM_RX);
}

static __always_inline s64 atomic64_fetch_add(s64 i, atomic64_t *v)
{
	return __atomic_fetch_add(&v->counter, i, __KSHIM_SC);
}

static __always_inline void atomic64_sub(s64 i, atomic64_t *v)
{
	__atomic_fetch_sub(&v->counter, i, __KSHIM_RX);
}

static __always_inline s64 atomic64_fetch_sub(s64 i, atomic64_t *v)
{
	return __atomic_fetch_sub(&v->counter, i, __KSHIM_SC);
}

static __always_inline void atomic64_and(s64 i, atomic64_t *v)
{
	__atomic_fetch_and(&v->counter, i, __KSHIM_RX);
}

static __always_inline s64 atomic64_fetch_and(s64 i, atomic64_t *v)
{
	return __atomic_fetch_and(&v->counter, i, __KSHIM_SC);
}

static __always_inline void atomic64_or(s64 i, atomic64_t *v)
{
	__atomic_fetch_or(&v->counter, i, __KSHIM_RX);
}

static __always_inline s64 atomic64_fetch_or(s64 i, atomic64_t *v)
{
	return __atomic_fetch_or(&v->counter, i, __KSHIM_SC);
}

static __always_inline void atomic64_xor(s64 i, atomic64_t *v)
{
	__atomic_fetch_xor(&v->counter, i, __KSHIM_RX);
}

static __always_inline s64 atomic64_fetch_xor(s64 i, atomic64_t *v)
{
	return __atomic_fetch_xor(&v->counter, i, __KSHIM_SC);
}

static __always_inline void atomic64_andnot(s64 i, atomic64_t *v)
{
	__atomic_fetch_and(&v->counter, ~i, __KSHIM_RX);
}

static __always_inline s64 atomic64_fetch_andnot(s64 i, atomic64_t *v)
{
	return __atomic_fetch_and(&v->counter, ~i, __KSHIM_SC);
}

static __always_inline s64 atomic64_add_return(s64 i, atomic64_t *v)
{
	return __atomic_add_fetch(&v->counter, i, __KSHIM_SC);
}

static __always_inline s64 atomic64_sub_return(s64 i, atomic64_t *v)
{
	return __atomic_sub_fetch(&v->counter, i, __KSHIM_SC);
}

static __always_inline void atomic64_inc(atomic64_t *v)
{
	atomic64_add(1, v);
}

static __always_inline void atomic64_dec(atomic64_t *v)
{
	atomic64_sub(1, v);
}

static __always_inline s64 atomic64_inc_return(atomic64_t *v)
{
	return atomic64_add_return(1, v);
}

static __always_inline s64 atomic64_dec_return(atomic64_t *v)
{
	return atomic64_sub_return(1, v);
}

static __always_inline s64 atomic64_fetch_inc(atomic64_t *v)
{
	return atomic64_fetch_add(1, v);
}

static __always_inline s64 atomic64_fetch_dec(atomic64_t *v)
{
	return atomic64_fetch_sub(1, v);
}

static __always_inline bool atomic64_sub_and_test(s64 i, atomic64_t *v)
{
	return atomic64_sub_return(i, v) == 0;
}

static __always_inline bool atomic64_dec_and_test(atomic64_t *v)
{
	return atomic64_dec_return(v) == 0;
}

static __always_inline bool atomic64_inc_and_test(atomic64_t *v)
{
	return atomic64_inc_return(v) == 0;
}

static __always_inline bool atomic64_add_negative(s64 i, atomic64_t *v)
{
	return atomic64_add_return(i, v) < 0;
}

static __always_inline s64 atomic64_xchg(atomic64_t *v, s64 n)
{
	return __atomic_exchange_n(&v->counter, n, __KSHIM_SC);
}

/* The value found; @n was stored if it was @old. */
static __always_inline s64 atomic64_cmpxchg(atomic64_t *v, s64 old, s64 n)
{
	__typeof__(v->counter) o = old;

	__atomic_compare_exchange_n(&v->counter, &o, n, false, __KSHIM_SC, __KSHIM_SC);
	return o;
}

/* On failure, *@old is updated to the value found. */
static __always_inline bool atomic64_try_cmpxchg(atomic64_t *v, s64 *old, s64 n)
{
	__typeof__(v->counter) o = *old;
	bool ok = __atomic_compare_exchange_n(&v->counter, &o, n, false,
					      __KSHIM_SC, __KSHIM_SC);

	*old = o;
	return ok;
}

/* Add @a unless the value is @u; returns the value before. */
static __always_inline s64 atomic64_fetch_add_unless(atomic64_t *v, s64 a, s64 u)
{
	s64 c = atomic64_read(v);

	do {
		if (c == u)
			break;
	} while (!atomic64_try_cmpxchg(v, &c, c + a));
	return c;
}

static __always_inline bool atomic64_add_unless(atomic64_t *v, s64 a, s64 u)
{
	return atomic64_fetch_add_unless(v, a, u) != u;
}

static __always_inline bool atomic64_inc_not_zero(atomic64_t *v)
{
	return atomic64_add_unless(v, 1, 0);
}

static __always_inline bool atomic64_inc_unless_negative(atomic64_t *v)
{
	s64 c = atomic64_read(v);

	do {
		if (c < 0)
			return false;
	} while (!atomic64_try_cmpxchg(v, &c, c + 1));
	return true;
}

static __always_inline bool atomic64_dec_unless_positive(atomic64_t *v)
{
	s64 c = atomic64_read(v);

	do {
		if (c > 0)
			return false;
	} while (!atomic64_try_cmpxchg(v, &c, c - 1));
	return true;
}

/* The value less one; stored only when that is not negative. */
static __always_inline s64 atomic64_dec_if_positive(atomic64_t *v)
{
	s64 c = atomic64_read(v), dec;

	do {
		dec = c - 1;
		if (dec < 0)
			break;
	} while (!atomic64_try_cmpxchg(v, &c, dec));
	return dec;
}

#define atomic64_add_return_relaxed	atomic64_add_return
#define atomic64_add_return_acquire	atomic64_add_return
#define atomic64_add_return_release	atomic64_add_return
#define atomic64_sub_return_relaxed	atomic64_sub_return
#define atomic64_sub_return_acquire	atomic64_sub_return
#define atomic64_sub_return_release	atomic64_sub_return
#define atomic64_inc_return_relaxed	atomic64_inc_return
#define atomic64_inc_return_acquire	atomic64_inc_return
#define atomic64_inc_return_release	atomic64_inc_return
#define atomic64_dec_return_relaxed	atomic64_dec_return
#define atomic64_dec_return_acquire	atomic64_dec_return
#define atomic64_dec_return_release	atomic64_dec_return
#define atomic64_fetch_add_relaxed	atomic64_fetch_add
#define atomic64_fetch_add_acquire	atomic64_fetch_add
#define atomic64_fetch_add_release	atomic64_fetch_add
#define atomic64_fetch_sub_relaxed	atomic64_fetch_sub
#define atomic64_fetch_sub_acquire	atomic64_fetch_sub
#define atomic64_fetch_sub_release	atomic64_fetch_sub
#define atomic64_fetch_and_relaxed	atomic64_fetch_and
#define atomic64_fetch_and_acquire	atomic64_fetch_and
#define atomic64_fetch_and_release	atomic64_fetch_and
#define atomic64_fetch_or_relaxed	atomic64_fetch_or
#define atomic64_fetch_or_acquire	atomic64_fetch_or
#define atomic64_fetch_or_release	atomic64_fetch_or
#define atomic64_fetch_xor_relaxed	atomic64_fetch_xor
#define atomic64_fetch_xor_acquire	atomic64_fetch_xor
#define atomic64_fetch_xor_release	atomic64_fetch_xor
#define atomic64_fetch_andnot_relaxed	atomic64_fetch_andnot
#define atomic64_fetch_andnot_acquire	atomic64_fetch_andnot
#define atomic64_fetch_andnot_release	atomic64_fetch_andnot
#define atomic64_fetch_inc_relaxed	atomic64_fetch_inc
#define atomic64_fetch_inc_acquire	atomic64_fetch_inc
#define atomic64_fetch_inc_release	atomic64_fetch_inc
#define atomic64_fetch_dec_relaxed	atomic64_fetch_dec
#define atomic64_fetch_dec_acquire	atomic64_fetch_dec
#define atomic64_fetch_dec_release	atomic64_fetch_dec
#define atomic64_xchg_relaxed	atomic64_xchg
#define atomic64_xchg_acquire	atomic64_xchg
#define atomic64_xchg_release	atomic64_xchg
#define atomic64_cmpxchg_relaxed	atomic64_cmpxchg
#define atomic64_cmpxchg_acquire	atomic64_cmpxchg
#define atomic64_cmpxchg_release	atomic64_cmpxchg
#define atomic64_try_cmpxchg_relaxed	atomic64_try_cmpxchg
#define atomic64_try_cmpxchg_acquire	atomic64_try_cmpxchg
#define atomic64_try_cmpxchg_release	atomic64_try_cmpxchg

/* ---- atomic_long_t ---- */

static __always_inline long atomic_long_read(const atomic_long_t *v)
{
	return __atomic_load_n(&v->counter, __KSHIM_RX);
}

static __always_inline long atomic_long_read_acquire(const atomic_long_t *v)
{
	return __atomic_load_n(&v->counter, __ATOMIC_ACQUIRE);
}

static __always_inline void atomic_long_set(atomic_long_t *v, long i)
{
	__atomic_store_n(&v->counter, i, __KSHIM_RX);
}

static __always_inline void atomic_long_set_release(atomic_long_t *v, long i)
{
	__atomic_store_n(&v->counter, i, __ATOMIC_RELEASE);
}

static __always_inline void atomic_long_add(long i, atomic_long_t *v)
{
	__atomic_fetch_add(&v->counter, i, __KSHIM_RX);
}

static __always_inline long atomic_long_fetch_add(long i, atomic_long_t *v)
{
	return __atomic_fetch_add(&v->counter, i, __KSHIM_SC);
}

static __always_inline void atomic_long_sub(long i, atomic_long_t *v)
{
	__atomic_fetch_sub(&v->counter, i, __KSHIM_RX);
}

static __always_inline long atomic_long_fetch_sub(long i, atomic_long_t *v)
{
	return __atomic_fetch_sub(&v->counter, i, __KSHIM_SC);
}

static __always_inline void atomic_long_and(long i, atomic_long_t *v)
{
	__atomic_fetch_and(&v->counter, i, __KSHIM_RX);
}

static __always_inline long atomic_long_fetch_and(long i, atomic_long_t *v)
{
	return __atomic_fetch_and(&v->counter, i, __KSHIM_SC);
}

static __always_inline void atomic_long_or(long i, atomic_long_t *v)
{
	__atomic_fetch_or(&v->counter, i, __KSHIM_RX);
}

static __always_inline long atomic_long_fetch_or(long i, atomic_long_t *v)
{
	return __atomic_fetch_or(&v->counter, i, __KSHIM_SC);
}

static __always_inline void atomic_long_xor(long i, atomic_long_t *v)
{
	__atomic_fetch_xor(&v->counter, i, __KSHIM_RX);
}

static __always_inline long atomic_long_fetch_xor(long i, atomic_long_t *v)
{
	return __atomic_fetch_xor(&v->counter, i, __KSHIM_SC);
}

static __always_inline void atomic_long_andnot(long i, atomic_long_t *v)
{
	__atomic_fetch_and(&v->counter, ~i, __KSHIM_RX);
}

static __always_inline long atomic_long_fetch_andnot(long i, atomic_long_t *v)
{
	return __atomic_fetch_and(&v->counter, ~i, __KSHIM_SC);
}

static __always_inline long atomic_long_add_return(long i, atomic_long_t *v)
{
	return __atomic_add_fetch(&v->counter, i, __KSHIM_SC);
}

static __always_inline long atomic_long_sub_return(long i, atomic_long_t *v)
{
	return __atomic_sub_fetch(&v->counter, i, __KSHIM_SC);
}

static __always_inline void atomic_long_inc(atomic_long_t *v)
{
	atomic_long_add(1, v);
}

static __always_inline void atomic_long_dec(atomic_long_t *v)
{
	atomic_long_sub(1, v);
}

static __always_inline long atomic_long_inc_return(atomic_long_t *v)
{
	return atomic_long_add_return(1, v);
}

static __always_inline long atomic_long_dec_return(atomic_long_t *v)
{
	return atomic_long_sub_return(1, v);
}

static __always_inline long atomic_long_fetch_inc(atomic_long_t *v)
{
	return atomic_long_fetch_add(1, v);
}

static __always_inline long atomic_long_fetch_dec(atomic_long_t *v)
{
	return atomic_long_fetch_sub(1, v);
}

static __always_inline bool atomic_long_sub_and_test(long i, atomic_long_t *v)
{
	return atomic_long_sub_return(i, v) == 0;
}

static __always_inline bool atomic_long_dec_and_test(atomic_long_t *v)
{
	return atomic_long_dec_return(v) == 0;
}

static __always_inline bool atomic_long_inc_and_test(atomic_long_t *v)
{
	return atomic_long_inc_return(v) == 0;
}

static __always_inline bool atomic_long_add_negative(long i, atomic_long_t *v)
{
	return atomic_long_add_return(i, v) < 0;
}

static __always_inline long atomic_long_xchg(atomic_long_t *v, long n)
{
	return __atomic_exchange_n(&v->counter, n, __KSHIM_SC);
}

/* The value found; @n was stored if it was @old. */
static __always_inline long atomic_long_cmpxchg(atomic_long_t *v, long old, long n)
{
	__typeof__(v->counter) o = old;

	__atomic_compare_exchange_n(&v->counter, &o, n, false, __KSHIM_SC, __KSHIM_SC);
	return o;
}

/* On failure, *@old is updated to the value found. */
static __always_inline bool atomic_long_try_cmpxchg(atomic_long_t *v, long *old, long n)
{
	__typeof__(v->counter) o = *old;
	bool ok = __atomic_compare_exchange_n(&v->counter, &o, n, false,
					      __KSHIM_SC, __KSHIM_SC);

	*old = o;
	return ok;
}

/* Add @a unless the value is @u; returns the value before. */
static __always_inline long atomic_long_fetch_add_unless(atomic_long_t *v, long a, long u)
{
	long c = atomic_long_read(v);

	do {
		if (c == u)
			break;
	} while (!atomic_long_try_cmpxchg(v, &c, c + a));
	return c;
}

static __always_inline bool atomic_long_add_unless(atomic_long_t *v, long a, long u)
{
	return atomic_long_fetch_add_unless(v, a, u) != u;
}

static __always_inline bool atomic_long_inc_not_zero(atomic_long_t *v)
{
	return atomic_long_add_unless(v, 1, 0);
}

static __always_inline bool atomic_long_inc_unless_negative(atomic_long_t *v)
{
	long c = atomic_long_read(v);

	do {
		if (c < 0)
			return false;
	} while (!atomic_long_try_cmpxchg(v, &c, c + 1));
	return true;
}

static __always_inline bool atomic_long_dec_unless_positive(atomic_long_t *v)
{
	long c = atomic_long_read(v);

	do {
		if (c > 0)
			return false;
	} while (!atomic_long_try_cmpxchg(v, &c, c - 1));
	return true;
}

/* The value less one; stored only when that is not negative. */
static __always_inline long atomic_long_dec_if_positive(atomic_long_t *v)
{
	long c = atomic_long_read(v), dec;

	do {
		dec = c - 1;
		if (dec < 0)
			break;
	} while (!atomic_long_try_cmpxchg(v, &c, dec));
	return dec;
}

#define atomic_long_add_return_relaxed	atomic_long_add_return
#define atomic_long_add_return_acquire	atomic_long_add_return
#define atomic_long_add_return_release	atomic_long_add_return
#define atomic_long_sub_return_relaxed	atomic_long_sub_return
#define atomic_long_sub_return_acquire	atomic_long_sub_return
#define atomic_long_sub_return_release	atomic_long_sub_return
#define atomic_long_inc_return_relaxed	atomic_long_inc_return
#define atomic_long_inc_return_acquire	atomic_long_inc_return
#define atomic_long_inc_return_release	atomic_long_inc_return
#define atomic_long_dec_return_relaxed	atomic_long_dec_return
#define atomic_long_dec_return_acquire	atomic_long_dec_return
#define atomic_long_dec_return_release	atomic_long_dec_return
#define atomic_long_fetch_add_relaxed	atomic_long_fetch_add
#define atomic_long_fetch_add_acquire	atomic_long_fetch_add
#define atomic_long_fetch_add_release	atomic_long_fetch_add
#define atomic_long_fetch_sub_relaxed	atomic_long_fetch_sub
#define atomic_long_fetch_sub_acquire	atomic_long_fetch_sub
#define atomic_long_fetch_sub_release	atomic_long_fetch_sub
#define atomic_long_fetch_and_relaxed	atomic_long_fetch_and
#define atomic_long_fetch_and_acquire	atomic_long_fetch_and
#define atomic_long_fetch_and_release	atomic_long_fetch_and
#define atomic_long_fetch_or_relaxed	atomic_long_fetch_or
#define atomic_long_fetch_or_acquire	atomic_long_fetch_or
#define atomic_long_fetch_or_release	atomic_long_fetch_or
#define atomic_long_fetch_xor_relaxed	atomic_long_fetch_xor
#define atomic_long_fetch_xor_acquire	atomic_long_fetch_xor
#define atomic_long_fetch_xor_release	atomic_long_fetch_xor
#define atomic_long_fetch_andnot_relaxed	atomic_long_fetch_andnot
#define atomic_long_fetch_andnot_acquire	atomic_long_fetch_andnot
#define atomic_long_fetch_andnot_release	atomic_long_fetch_andnot
#define atomic_long_fetch_inc_relaxed	atomic_long_fetch_inc
#define atomic_long_fetch_inc_acquire	atomic_long_fetch_inc
#define atomic_long_fetch_inc_release	atomic_long_fetch_inc
#define atomic_long_fetch_dec_relaxed	atomic_long_fetch_dec
#define atomic_long_fetch_dec_acquire	atomic_long_fetch_dec
#define atomic_long_fetch_dec_release	atomic_long_fetch_dec
#define atomic_long_xchg_relaxed	atomic_long_xchg
#define atomic_long_xchg_acquire	atomic_long_xchg
#define atomic_long_xchg_release	atomic_long_xchg
#define atomic_long_cmpxchg_relaxed	atomic_long_cmpxchg
#define atomic_long_cmpxchg_acquire	atomic_long_cmpxchg
#define atomic_long_cmpxchg_release	atomic_long_cmpxchg
#define atomic_long_try_cmpxchg_relaxed	atomic_long_try_cmpxchg
#define atomic_long_try_cmpxchg_acquire	atomic_long_try_cmpxchg
#define atomic_long_try_cmpxchg_release	atomic_long_try_cmpxchg


#endif /* _LINUX_ATOMIC_H */
