/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _LINUX_MATH_H
#define _LINUX_MATH_H

#include <linux/types.h>

#define __round_mask(x, y) ((__typeof__(x))((y)-1))
#define round_up(x, y) ((((x)-1) | __round_mask(x, y))+1)
#define round_down(x, y) ((x) & ~__round_mask(x, y))

#define DIV_ROUND_UP(n, d)	(((n) + (d) - 1) / (d))
#define DIV_ROUND_DOWN_ULL(ll, d) \
	({ unsigned long long _tmp = (ll); _tmp / (d); })
#define DIV_ROUND_UP_ULL(ll, d)	DIV_ROUND_DOWN_ULL((unsigned long long)(ll) + (d) - 1, (d))
#define roundup(x, y) ({ typeof(y) __y = y; (((x) + (__y - 1)) / __y) * __y; })
#define rounddown(x, y) ({ typeof(x) __x = (x); __x - (__x % (y)); })
#define DIV_ROUND_CLOSEST(x, divisor) ({				\
	typeof(x) __x = x;						\
	typeof(divisor) __d = divisor;					\
	(((typeof(x))-1) > 0 ||						\
	 ((typeof(divisor))-1) > 0 ||					\
	 (((__x) > 0) == ((__d) > 0))) ?				\
		(((__x) + ((__d) / 2)) / (__d)) :			\
		(((__x) - ((__d) / 2)) / (__d));			\
})
#define DIV_ROUND_CLOSEST_ULL(x, divisor) ({		\
	typeof(divisor) __d = divisor;			\
	unsigned long long _tmp = (x) + (__d) / 2;	\
	_tmp / __d;					\
})
#define mult_frac(x, numer, denom) ({			\
	typeof(x) quot = (x) / (denom);			\
	typeof(x) rem  = (x) % (denom);			\
	(quot * (numer)) + ((rem * (numer)) / (denom));	\
})

#define abs(x) __builtin_choose_expr(sizeof(x) == sizeof(long long),	\
	({ long long __a = (x); __a < 0 ? -__a : __a; }),		\
	({ long __a = (x); __a < 0 ? -__a : __a; }))

#define abs_diff(a, b) ({			\
	typeof(a) __a = (a);			\
	typeof(b) __b = (b);			\
	(void)(&__a == &__b);			\
	__a > __b ? (__a - __b) : (__b - __a);	\
})

#define sector_div(a, b) ({ u32 __rem = (a) % (b); (a) /= (b); __rem; })

static inline u32 reciprocal_scale(u32 val, u32 ep_ro)
{
	return (u32)(((u64) val * ep_ro) >> 32);
}

u64 int_pow(u64 base, unsigned int exp);
unsigned long int_sqrt(unsigned long x);

#endif /* _LINUX_MATH_H */
