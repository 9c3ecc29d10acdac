/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Bit operations on arrays of unsigned long, as on x86_64 (little endian,
 * 64-bit longs): bit nr of the array is bit nr % 64 of word nr / 64.
 *
 * set_bit() and friends are atomic (GCC's __atomic builtins); the __ ones
 * are not. Bit searches: ffs()/fls() count from 1 and give 0 for 0; __ffs(),
 * __fls() and ffz() count from 0 and are undefined for 0 (~0 for ffz).
 */
#ifndef _LINUX_BITOPS_H
#define _LINUX_BITOPS_H

#include <linux/bits.h>
#include <linux/compiler.h>
#include <linux/const.h>
#include <linux/typecheck.h>
#include <linux/types.h>

/* The bits of the first @n bytes of a word loaded from memory. */
#define aligned_byte_mask(n)	((1UL << 8 * (n)) - 1)

#define BITS_PER_TYPE(type)	(sizeof(type) * BITS_PER_BYTE)
#define BITS_TO_LONGS(nr)	__KERNEL_DIV_ROUND_UP(nr, BITS_PER_TYPE(long))
#define BITS_TO_U64(nr)		__KERNEL_DIV_ROUND_UP(nr, BITS_PER_TYPE(u64))
#define BITS_TO_U32(nr)		__KERNEL_DIV_ROUND_UP(nr, BITS_PER_TYPE(u32))
#define BITS_TO_BYTES(nr)	__KERNEL_DIV_ROUND_UP(nr, BITS_PER_TYPE(char))
#define BYTES_TO_BITS(nb)	((nb) * BITS_PER_BYTE)

/* ---- Single bits, non-atomic ---- */

#define __bitop_word(nr, addr)	((unsigned long *)(addr) + BIT_WORD(nr))

static __always_inline void __set_bit(unsigned long nr, volatile unsigned long *addr)
{
	*__bitop_word(nr, addr) |= BIT_MASK(nr);
}

static __always_inline void __clear_bit(unsigned long nr, volatile unsigned long *addr)
{
	*__bitop_word(nr, addr) &= ~BIT_MASK(nr);
}

static __always_inline void __change_bit(unsigned long nr, volatile unsigned long *addr)
{
	*__bitop_word(nr, addr) ^= BIT_MASK(nr);
}

static __always_inline bool
__test_and_set_bit(unsigned long nr, volatile unsigned long *addr)
{
	unsigned long old = *__bitop_word(nr, addr);

	*__bitop_word(nr, addr) = old | BIT_MASK(nr);
	return old & BIT_MASK(nr);
}

static __always_inline bool
__test_and_clear_bit(unsigned long nr, volatile unsigned long *addr)
{
	unsigned long old = *__bitop_word(nr, addr);

	*__bitop_word(nr, addr) = old & ~BIT_MASK(nr);
	return old & BIT_MASK(nr);
}

static __always_inline bool
__test_and_change_bit(unsigned long nr, volatile unsigned long *addr)
{
	unsigned long old = *__bitop_word(nr, addr);

	*__bitop_word(nr, addr) = old ^ BIT_MASK(nr);
	return old & BIT_MASK(nr);
}

static __always_inline bool test_bit(unsigned long nr, const volatile unsigned long *addr)
{
	return (addr[BIT_WORD(nr)] >> (nr % BITS_PER_LONG)) & 1;
}

static __always_inline bool
test_bit_acquire(unsigned long nr, const volatile unsigned long *addr)
{
	unsigned long word = __atomic_load_n(&addr[BIT_WORD(nr)], __ATOMIC_ACQUIRE);

	return (word >> (nr % BITS_PER_LONG)) & 1;
}

/* ---- Single bits, atomic ---- */

static __always_inline void set_bit(long nr, volatile unsigned long *addr)
{
	__atomic_fetch_or(__bitop_word(nr, addr), BIT_MASK(nr), __ATOMIC_RELAXED);
}

static __always_inline void clear_bit(long nr, volatile unsigned long *addr)
{
	__atomic_fetch_and(__bitop_word(nr, addr), ~BIT_MASK(nr), __ATOMIC_RELAXED);
}

static __always_inline void change_bit(long nr, volatile unsigned long *addr)
{
	__atomic_fetch_xor(__bitop_word(nr, addr), BIT_MASK(nr), __ATOMIC_RELAXED);
}

/* The test_and_ ones are fully ordered, as the kernel's value-returning atomics. */
static __always_inline bool test_and_set_bit(long nr, volatile unsigned long *addr)
{
	return __atomic_fetch_or(__bitop_word(nr, addr), BIT_MASK(nr),
				 __ATOMIC_SEQ_CST) & BIT_MASK(nr);
}

static __always_inline bool test_and_clear_bit(long nr, volatile unsigned long *addr)
{
	return __atomic_fetch_and(__bitop_word(nr, addr), ~BIT_MASK(nr),
				  __ATOMIC_SEQ_CST) & BIT_MASK(nr);
}

static __always_inline bool test_and_change_bit(long nr, volatile unsigned long *addr)
{
	return __atomic_fetch_xor(__bitop_word(nr, addr), BIT_MASK(nr),
				  __ATOMIC_SEQ_CST) & BIT_MASK(nr);
}

/* Bit locks: acquire on taking, release on dropping. */
static __always_inline bool test_and_set_bit_lock(long nr, volatile unsigned long *addr)
{
	return __atomic_fetch_or(__bitop_word(nr, addr), BIT_MASK(nr),
				 __ATOMIC_ACQUIRE) & BIT_MASK(nr);
}

static __always_inline void clear_bit_unlock(long nr, volatile unsigned long *addr)
{
	__atomic_fetch_and(__bitop_word(nr, addr), ~BIT_MASK(nr), __ATOMIC_RELEASE);
}

static __always_inline void __clear_bit_unlock(long nr, volatile unsigned long *addr)
{
	__atomic_store_n(__bitop_word(nr, addr),
			 *__bitop_word(nr, addr) & ~BIT_MASK(nr), __ATOMIC_RELEASE);
}

static __always_inline void assign_bit(long nr, volatile unsigned long *addr, bool value)
{
	if (value)
		set_bit(nr, addr);
	else
		clear_bit(nr, addr);
}

static __always_inline void __assign_bit(long nr, volatile unsigned long *addr, bool value)
{
	if (value)
		__set_bit(nr, addr);
	else
		__clear_bit(nr, addr);
}

/* Bits of a pointer-sized value other than an unsigned long. */
#define typecheck_pointer(x) \
	(sizeof(x) == sizeof(unsigned long) ? 1 : BUILD_BUG_ON_ZERO(1))
#define __ptr_set_bit(nr, addr) \
	({ (void)typecheck_pointer(*(addr)); __set_bit(nr, (unsigned long *)(addr)); })
#define __ptr_clear_bit(nr, addr) \
	({ (void)typecheck_pointer(*(addr)); __clear_bit(nr, (unsigned long *)(addr)); })
#define __ptr_test_bit(nr, addr) \
	({ (void)typecheck_pointer(*(addr)); test_bit(nr, (unsigned long *)(addr)); })

/* Atomically replace the @mask bits of *@ptr with @bits; returns the old value. */
#define set_mask_bits(ptr, mask, bits) ({				\
	const typeof(*(ptr)) __smb_mask = (mask), __smb_bits = (bits);	\
	typeof(*(ptr)) __smb_old = READ_ONCE(*(ptr)), __smb_new;	\
									\
	do {								\
		__smb_new = (__smb_old & ~__smb_mask) | __smb_bits;	\
	} while (!__atomic_compare_exchange_n(ptr, &__smb_old, __smb_new, \
			false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED));	\
	__smb_old;							\
})

/* Atomically clear @clear in *@ptr unless a @test bit is set; true if cleared. */
#define bit_clear_unless(ptr, clear, test) ({				\
	const typeof(*(ptr)) __bcu_clear = (clear), __bcu_test = (test); \
	typeof(*(ptr)) __bcu_old = READ_ONCE(*(ptr)), __bcu_new;	\
									\
	while (!(__bcu_old & __bcu_test)) {				\
		__bcu_new = __bcu_old & ~__bcu_clear;			\
		if (__atomic_compare_exchange_n(ptr, &__bcu_old, __bcu_new, \
				false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED)) \
			break;						\
	}								\
	!(__bcu_old & __bcu_test);					\
})

/* ---- Searching a word ---- */

/* 1 + the index of the lowest set bit; 0 if none. */
static __always_inline int ffs(int x)
{
	return __builtin_ffs(x);
}

/* 1 + the index of the highest set bit; 0 if none. */
static __always_inline int fls(unsigned int x)
{
	return x ? 32 - __builtin_clz(x) : 0;
}

static __always_inline int fls64(__u64 x)
{
	return x ? 64 - __builtin_clzll(x) : 0;
}

/* The index of the lowest set bit: undefined for 0. */
static __always_inline unsigned long __ffs(unsigned long word)
{
	return __builtin_ctzl(word);
}

/* The index of the highest set bit: undefined for 0. */
static __always_inline unsigned long __fls(unsigned long word)
{
	return BITS_PER_LONG - 1 - __builtin_clzl(word);
}

/* The index of the lowest clear bit: undefined for ~0UL. */
#define ffz(x)	__ffs(~(x))

static inline unsigned int fls_long(unsigned long l)
{
	return fls64(l);
}

static inline unsigned long __ffs64(u64 word)
{
	return __ffs((unsigned long)word);
}

/* The index of the @n-th (from 0) set bit of @word; BITS_PER_LONG if none. */
static inline unsigned long fns(unsigned long word, unsigned int n)
{
	for (; word; word &= word - 1)
		if (n-- == 0)
			return __ffs(word);
	return BITS_PER_LONG;
}

static inline int get_bitmask_order(unsigned int count)
{
	return fls(count);
}

/* log2 of @count rounded up; -1 for 0. */
static inline int get_count_order(unsigned int count)
{
	return count ? fls(count - 1) : -1;
}

static inline int get_count_order_long(unsigned long l)
{
	return l ? (int)fls_long(l - 1) : -1;
}

/* Population counts; constant for constant arguments. */
#define hweight8(w)	((unsigned int)__builtin_popcount((u8)(w)))
#define hweight16(w)	((unsigned int)__builtin_popcount((u16)(w)))
#define hweight32(w)	((unsigned int)__builtin_popcount((u32)(w)))
#define hweight64(w)	((unsigned long)__builtin_popcountll((u64)(w)))

static __always_inline unsigned long hweight_long(unsigned long w)
{
	return hweight64(w);
}

/* Rotations: the shift is taken modulo the width. */
static inline __u64 rol64(__u64 word, unsigned int shift)
{
	return (word << (shift & 63)) | (word >> ((-shift) & 63));
}

static inline __u64 ror64(__u64 word, unsigned int shift)
{
	return (word >> (shift & 63)) | (word << ((-shift) & 63));
}

static inline __u32 rol32(__u32 word, unsigned int shift)
{
	return (word << (shift & 31)) | (word >> ((-shift) & 31));
}

static inline __u32 ror32(__u32 word, unsigned int shift)
{
	return (word >> (shift & 31)) | (word << ((-shift) & 31));
}

static inline __u16 rol16(__u16 word, unsigned int shift)
{
	return (word << (shift & 15)) | (word >> ((-shift) & 15));
}

static inline __u16 ror16(__u16 word, unsigned int shift)
{
	return (word >> (shift & 15)) | (word << ((-shift) & 15));
}

static inline __u8 rol8(__u8 word, unsigned int shift)
{
	return (word << (shift & 7)) | (word >> ((-shift) & 7));
}

static inline __u8 ror8(__u8 word, unsigned int shift)
{
	return (word >> (shift & 7)) | (word << ((-shift) & 7));
}

/* @value with bit @index taken as its sign bit. */
static __always_inline __s32 sign_extend32(__u32 value, int index)
{
	__u8 shift = 31 - index;

	return (__s32)(value << shift) >> shift;
}

static __always_inline __s64 sign_extend64(__u64 value, int index)
{
	__u8 shift = 63 - index;

	return (__s64)(value << shift) >> shift;
}

/* ---- Searching a bitmap (the kernel's linux/find.h) ---- */

/* The bits of a bitmap's last word that belong to a bitmap of @nbits. */
#define BITMAP_FIRST_WORD_MASK(start)	(~0UL << ((start) & (BITS_PER_LONG - 1)))
#define BITMAP_LAST_WORD_MASK(nbits)	(~0UL >> (-(nbits) & (BITS_PER_LONG - 1)))

/*
 * The first bit at or after @start, below @size, set in (@a1 ^ @invert) and
 * (if @a2) in @a2; @size if none. Bits past @size are never looked at as
 * answers, but the words holding them are read.
 */
static inline unsigned long __kshim_find_bit(const unsigned long *a1,
					     const unsigned long *a2,
					     unsigned long size,
					     unsigned long start,
					     unsigned long invert)
{
	unsigned long word;

	if (unlikely(start >= size))
		return size;
	word = a1[BIT_WORD(start)] ^ invert;
	if (a2)
		word &= a2[BIT_WORD(start)];
	word &= BITMAP_FIRST_WORD_MASK(start);
	start &= ~(BITS_PER_LONG - 1UL);
	while (!word) {
		start += BITS_PER_LONG;
		if (start >= size)
			return size;
		word = a1[BIT_WORD(start)] ^ invert;
		if (a2)
			word &= a2[BIT_WORD(start)];
	}
	start += __ffs(word);
	return start < size ? start : size;
}

static inline unsigned long find_next_bit(const unsigned long *addr,
					  unsigned long size, unsigned long offset)
{
	return __kshim_find_bit(addr, NULL, size, offset, 0);
}

static inline unsigned long find_next_zero_bit(const unsigned long *addr,
					       unsigned long size,
					       unsigned long offset)
{
	return __kshim_find_bit(addr, NULL, size, offset, ~0UL);
}

static inline unsigned long find_next_and_bit(const unsigned long *addr1,
					      const unsigned long *addr2,
					      unsigned long size,
					      unsigned long offset)
{
	return __kshim_find_bit(addr1, addr2, size, offset, 0);
}

static inline unsigned long find_first_bit(const unsigned long *addr, unsigned long size)
{
	return find_next_bit(addr, size, 0);
}

static inline unsigned long find_first_zero_bit(const unsigned long *addr,
						unsigned long size)
{
	return find_next_zero_bit(addr, size, 0);
}

static inline unsigned long find_first_and_bit(const unsigned long *addr1,
					       const unsigned long *addr2,
					       unsigned long size)
{
	return find_next_and_bit(addr1, addr2, size, 0);
}

/* The last set bit below @size; @size if none. */
static inline unsigned long find_last_bit(const unsigned long *addr, unsigned long size)
{
	unsigned long idx, word;

	if (!size)
		return size;
	idx = (size - 1) / BITS_PER_LONG;
	word = addr[idx] & BITMAP_LAST_WORD_MASK(size);
	for (;;) {
		if (word)
			return idx * BITS_PER_LONG + __fls(word);
		if (!idx)
			return size;
		word = addr[--idx];
	}
}

/* The @n-th (from 0) set bit below @size; @size if there are not that many. */
static inline unsigned long find_nth_bit(const unsigned long *addr,
					 unsigned long size, unsigned long n)
{
	unsigned long bit;

	for (bit = find_first_bit(addr, size); bit < size;
	     bit = find_next_bit(addr, size, bit + 1))
		if (n-- == 0)
			return bit;
	return size;
}

#define for_each_set_bit(bit, addr, size)				\
	for ((bit) = 0;							\
	     (bit) = find_next_bit((addr), (size), (bit)), (bit) < (size); \
	     (bit)++)

#define for_each_set_bit_from(bit, addr, size)				\
	for (; (bit) = find_next_bit((addr), (size), (bit)), (bit) < (size); \
	     (bit)++)

#define for_each_clear_bit(bit, addr, size)				\
	for ((bit) = 0;							\
	     (bit) = find_next_zero_bit((addr), (size), (bit)), (bit) < (size); \
	     (bit)++)

#define for_each_clear_bit_from(bit, addr, size)			\
	for (; (bit) = find_next_zero_bit((addr), (size), (bit)), (bit) < (size); \
	     (bit)++)

#define for_each_and_bit(bit, addr1, addr2, size)			\
	for ((bit) = 0;							\
	     (bit) = find_next_and_bit((addr1), (addr2), (size), (bit)),	\
	     (bit) < (size);						\
	     (bit)++)

#endif /* _LINUX_BITOPS_H */
