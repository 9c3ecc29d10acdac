/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Arithmetic that reports overflow, and size computations that saturate at
 * SIZE_MAX, so that an allocation of an overflowed size fails instead of
 * returning a buffer that is too small.
 */
#ifndef __LINUX_OVERFLOW_H
#define __LINUX_OVERFLOW_H

#include <linux/compiler.h>
#include <linux/limits.h>
#include <linux/const.h>
#include <linux/types.h>

/* Whether @x is an integer constant expression (the kernel's const.h has it). */
#ifndef __is_constexpr
#define __is_constexpr(x) \
	(sizeof(int) == sizeof(*(8 ? ((void *)((long)(x) * 0l)) : (int *)8)))
#endif

/* The largest and smallest values of integer type @T. */
#define __type_half_max(type) \
	((type)1 << (8 * sizeof(type) - 1 - is_signed_type(type)))
#define type_max(T)	((T)((__type_half_max(T) - 1) + __type_half_max(T)))
#define type_min(T)	((T)((T)-type_max(T) - (T)1))

/* Written so that neither warns "comparison always true" for unsigned @a. */
#define is_non_negative(a)	((a) > 0 || (a) == 0)
#define is_negative(a)		(!(is_non_negative(a)))

static inline bool __must_check __must_check_overflow(bool overflow)
{
	return unlikely(overflow);
}

/*
 * *@d = @a op @b, computed as if in infinite precision then truncated to
 * *@d's type. True when the result did not fit.
 */
#define check_add_overflow(a, b, d) \
	__must_check_overflow(__builtin_add_overflow(a, b, d))
#define check_sub_overflow(a, b, d) \
	__must_check_overflow(__builtin_sub_overflow(a, b, d))
#define check_mul_overflow(a, b, d) \
	__must_check_overflow(__builtin_mul_overflow(a, b, d))

/*
 * *@d = @a << @s. True (with *@d set to the truncated value, or to @a when
 * @s is out of range) if @s is negative or too wide, @a is negative, *@d
 * ends up negative or bits were lost.
 */
#define check_shl_overflow(a, s, d) __must_check_overflow(({		\
	typeof(a) __shl_a = (a);					\
	typeof(s) __shl_s = (s);					\
	typeof(d) __shl_d = (d);					\
	bool __shl_bad = is_negative(__shl_s) ||			\
			 __shl_s >= 8 * sizeof(*__shl_d);		\
	unsigned int __shl_n = __shl_bad ? 0 : __shl_s;			\
									\
	*__shl_d = (u64)__shl_a << __shl_n;				\
	__shl_bad || is_negative(*__shl_d) || is_negative(__shl_a) ||	\
		(*__shl_d >> __shl_n) != __shl_a;			\
}))

/* @a * @b, or SIZE_MAX if it overflows. */
static inline size_t __must_check size_mul(size_t factor1, size_t factor2)
{
	size_t bytes;

	return check_mul_overflow(factor1, factor2, &bytes) ? SIZE_MAX : bytes;
}

/* @a + @b, or SIZE_MAX if it overflows. */
static inline size_t __must_check size_add(size_t addend1, size_t addend2)
{
	size_t bytes;

	return check_add_overflow(addend1, addend2, &bytes) ? SIZE_MAX : bytes;
}

/* @a - @b, or SIZE_MAX if it underflows or either side is SIZE_MAX already. */
static inline size_t __must_check size_sub(size_t minuend, size_t subtrahend)
{
	size_t bytes;

	if (minuend == SIZE_MAX || subtrahend == SIZE_MAX ||
	    check_sub_overflow(minuend, subtrahend, &bytes))
		return SIZE_MAX;
	return bytes;
}

#define array_size(a, b)	size_mul(a, b)
#define array3_size(a, b, c)	size_mul(size_mul(a, b), c)

/* The bytes of @count elements of @p's flexible array @member. */
#define flex_array_size(p, member, count)				\
	__builtin_choose_expr(__is_constexpr(count),			\
		(count) * sizeof(*(p)->member) + __must_be_array((p)->member), \
		size_mul(count, sizeof(*(p)->member) + __must_be_array((p)->member)))

/* The bytes of *@p with @count elements in its flexible array @member. */
#define struct_size(p, member, count)					\
	__builtin_choose_expr(__is_constexpr(count),			\
		sizeof(*(p)) + flex_array_size(p, member, count),	\
		size_add(sizeof(*(p)), flex_array_size(p, member, count)))

#define struct_size_t(type, member, count) \
	struct_size((type *)NULL, member, count)

/* An on-stack object with a flexible array of a constant @count elements. */
#define _DEFINE_FLEX(type, name, member, count, initializer...)		\
	_Static_assert(__builtin_constant_p(count),			\
		       "onstack flex array members require compile-time const count"); \
	union {								\
		u8 bytes[struct_size_t(type, member, count)];		\
		type obj;						\
	} name##_u initializer;						\
	type *name = (type *)&name##_u

#define DEFINE_RAW_FLEX(type, name, member, count) \
	_DEFINE_FLEX(type, name, member, count, = {})

#define DEFINE_FLEX(TYPE, NAME, MEMBER, COUNTER, COUNT) \
	_DEFINE_FLEX(TYPE, NAME, MEMBER, COUNT, = { .obj.COUNTER = COUNT, })

#endif /* __LINUX_OVERFLOW_H */
