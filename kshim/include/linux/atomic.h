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

/*
 * __KSHIM_ATOMIC_OPS() makes the operations of one family, as the kernel's
 * scripts/atomic/ make them: @pfx names the family (atomic, atomic64,
 * atomic_long), @atom_t is its type and @val_t the type of its values. Each
 * is a function; so are the _relaxed, _acquire and _release forms of those
 * that return a value, which are as fully ordered as the plain one:
 *
 *	read, read_acquire, set, set_release,
 *	add, sub, and, or, xor, andnot, inc, dec,
 *	fetch_add, fetch_sub, fetch_and, fetch_or, fetch_xor, fetch_andnot,
 *	fetch_inc, fetch_dec, add_return, sub_return, inc_return, dec_return,
 *	xchg, cmpxchg, try_cmpxchg (these in each ordering),
 *	sub_and_test, dec_and_test, inc_and_test, add_negative,
 *	fetch_add_unless, add_unless, inc_not_zero, inc_unless_negative,
 *	dec_unless_positive, dec_if_positive
 */

/* @op: __atomic_fetch_@builtin() of @arg, relaxed. */
#define __KSHIM_ATOMIC_OP(pfx, atom_t, val_t, op, builtin, arg)		\
static __always_inline void pfx##_##op(val_t i, atom_t *v)		\
{									\
	__atomic_fetch_##builtin(&v->counter, arg, __KSHIM_RX);		\
}

/* fetch_@op@order: the same, fully ordered, returning the value before. */
#define __KSHIM_ATOMIC_FETCH_OP(pfx, atom_t, val_t, op, builtin, arg, order) \
static __always_inline val_t pfx##_fetch_##op##order(val_t i, atom_t *v) \
{									\
	return __atomic_fetch_##builtin(&v->counter, arg, __KSHIM_SC);	\
}

/* @op##_return@order: the value after. */
#define __KSHIM_ATOMIC_OP_RETURN(pfx, atom_t, val_t, op, order)		\
static __always_inline val_t pfx##_##op##_return##order(val_t i,	\
							atom_t *v)	\
{									\
	return __atomic_##op##_fetch(&v->counter, i, __KSHIM_SC);	\
}

/* @name (inc, dec): @op of 1. */
#define __KSHIM_ATOMIC_INC_DEC(pfx, atom_t, val_t, name, op)		\
static __always_inline void pfx##_##name(atom_t *v)			\
{									\
	pfx##_##op(1, v);						\
}									\
									\
static __always_inline bool pfx##_##name##_and_test(atom_t *v)		\
{									\
	return pfx##_##name##_return(v) == 0;				\
}

/* @name##_return@order and fetch_@name@order. */
#define __KSHIM_ATOMIC_INC_DEC_RETURN(pfx, atom_t, val_t, name, op, order) \
static __always_inline val_t pfx##_##name##_return##order(atom_t *v)	\
{									\
	return pfx##_##op##_return##order(1, v);			\
}									\
									\
static __always_inline val_t pfx##_fetch_##name##order(atom_t *v)	\
{									\
	return pfx##_fetch_##op##order(1, v);				\
}

/*
 * The operations that return a value, with the suffix @order (none for the
 * plain ones): all fully ordered.
 */
#define __KSHIM_ATOMIC_ORDERED_OPS(pfx, atom_t, val_t, order...)	\
static __always_inline val_t pfx##_xchg##order(atom_t *v, val_t n)	\
{									\
	return __atomic_exchange_n(&v->counter, n, __KSHIM_SC);		\
}									\
									\
/* The value found; @n was stored if it was @old. */			\
static __always_inline val_t pfx##_cmpxchg##order(atom_t *v, val_t old,	\
						   val_t n)		\
{									\
	__typeof__(v->counter) o = old;					\
									\
	__atomic_compare_exchange_n(&v->counter, &o, n, false,		\
				    __KSHIM_SC, __KSHIM_SC);		\
	return o;							\
}									\
									\
/* On failure, *@old is updated to the value found. */			\
static __always_inline bool pfx##_try_cmpxchg##order(atom_t *v, val_t *old, \
						     val_t n)		\
{									\
	__typeof__(v->counter) o = *old;				\
	bool ok = __atomic_compare_exchange_n(&v->counter, &o, n, false, \
					      __KSHIM_SC, __KSHIM_SC);	\
									\
	*old = o;							\
	return ok;							\
}									\
									\
__KSHIM_ATOMIC_FETCH_OP(pfx, atom_t, val_t, add, add, i, order)		\
__KSHIM_ATOMIC_FETCH_OP(pfx, atom_t, val_t, sub, sub, i, order)		\
__KSHIM_ATOMIC_FETCH_OP(pfx, atom_t, val_t, and, and, i, order)		\
__KSHIM_ATOMIC_FETCH_OP(pfx, atom_t, val_t, or, or, i, order)		\
__KSHIM_ATOMIC_FETCH_OP(pfx, atom_t, val_t, xor, xor, i, order)		\
__KSHIM_ATOMIC_FETCH_OP(pfx, atom_t, val_t, andnot, and, ~i, order)	\
__KSHIM_ATOMIC_OP_RETURN(pfx, atom_t, val_t, add, order)		\
__KSHIM_ATOMIC_OP_RETURN(pfx, atom_t, val_t, sub, order)		\
__KSHIM_ATOMIC_INC_DEC_RETURN(pfx, atom_t, val_t, inc, add, order)	\
__KSHIM_ATOMIC_INC_DEC_RETURN(pfx, atom_t, val_t, dec, sub, order)

#define __KSHIM_ATOMIC_OPS(pfx, atom_t, val_t)				\
static __always_inline val_t pfx##_read(const atom_t *v)		\
{									\
	return __atomic_load_n(&v->counter, __KSHIM_RX);		\
}									\
									\
static __always_inline val_t pfx##_read_acquire(const atom_t *v)	\
{									\
	return __atomic_load_n(&v->counter, __ATOMIC_ACQUIRE);		\
}									\
									\
static __always_inline void pfx##_set(atom_t *v, val_t i)		\
{									\
	__atomic_store_n(&v->counter, i, __KSHIM_RX);			\
}									\
									\
static __always_inline void pfx##_set_release(atom_t *v, val_t i)	\
{									\
	__atomic_store_n(&v->counter, i, __ATOMIC_RELEASE);		\
}									\
									\
__KSHIM_ATOMIC_OP(pfx, atom_t, val_t, add, add, i)			\
__KSHIM_ATOMIC_OP(pfx, atom_t, val_t, sub, sub, i)			\
__KSHIM_ATOMIC_OP(pfx, atom_t, val_t, and, and, i)			\
__KSHIM_ATOMIC_OP(pfx, atom_t, val_t, or, or, i)			\
__KSHIM_ATOMIC_OP(pfx, atom_t, val_t, xor, xor, i)			\
__KSHIM_ATOMIC_OP(pfx, atom_t, val_t, andnot, and, ~i)			\
__KSHIM_ATOMIC_ORDERED_OPS(pfx, atom_t, val_t)				\
__KSHIM_ATOMIC_ORDERED_OPS(pfx, atom_t, val_t, _relaxed)		\
__KSHIM_ATOMIC_ORDERED_OPS(pfx, atom_t, val_t, _acquire)		\
__KSHIM_ATOMIC_ORDERED_OPS(pfx, atom_t, val_t, _release)		\
__KSHIM_ATOMIC_INC_DEC(pfx, atom_t, val_t, inc, add)			\
__KSHIM_ATOMIC_INC_DEC(pfx, atom_t, val_t, dec, sub)			\
									\
static __always_inline bool pfx##_sub_and_test(val_t i, atom_t *v)	\
{									\
	return pfx##_sub_return(i, v) == 0;				\
}									\
									\
static __always_inline bool pfx##_add_negative(val_t i, atom_t *v)	\
{									\
	return pfx##_add_return(i, v) < 0;				\
}									\
									\
/* Add @a unless the value is @u; returns the value before. */		\
static __always_inline val_t pfx##_fetch_add_unless(atom_t *v, val_t a,	\
						     val_t u)		\
{									\
	val_t c = pfx##_read(v);					\
									\
	do {								\
		if (c == u)						\
			break;						\
	} while (!pfx##_try_cmpxchg(v, &c, c + a));			\
	return c;							\
}									\
									\
static __always_inline bool pfx##_add_unless(atom_t *v, val_t a,	\
					      val_t u)			\
{									\
	return pfx##_fetch_add_unless(v, a, u) != u;			\
}									\
									\
static __always_inline bool pfx##_inc_not_zero(atom_t *v)		\
{									\
	return pfx##_add_unless(v, 1, 0);				\
}									\
									\
static __always_inline bool pfx##_inc_unless_negative(atom_t *v)	\
{									\
	val_t c = pfx##_read(v);					\
									\
	do {								\
		if (c < 0)						\
			return false;					\
	} while (!pfx##_try_cmpxchg(v, &c, c + 1));			\
	return true;							\
}									\
									\
static __always_inline bool pfx##_dec_unless_positive(atom_t *v)	\
{									\
	val_t c = pfx##_read(v);					\
									\
	do {								\
		if (c > 0)						\
			return false;					\
	} while (!pfx##_try_cmpxchg(v, &c, c - 1));			\
	return true;							\
}									\
									\
/* The value less one; stored only when that is not negative. */	\
static __always_inline val_t pfx##_dec_if_positive(atom_t *v)		\
{									\
	val_t c = pfx##_read(v), dec;					\
									\
	do {								\
		dec = c - 1;						\
		if (dec < 0)						\
			break;						\
	} while (!pfx##_try_cmpxchg(v, &c, dec));			\
	return dec;							\
}

__KSHIM_ATOMIC_OPS(atomic, atomic_t, int)
__KSHIM_ATOMIC_OPS(atomic64, atomic64_t, s64)
__KSHIM_ATOMIC_OPS(atomic_long, atomic_long_t, long)

#endif /* _LINUX_ATOMIC_H */
