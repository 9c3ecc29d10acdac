/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * kfifo: a ring buffer of fixed-size elements whose size is a power of two;
 * in and out run free and are masked on access. Byte fifos (struct kfifo),
 * typed fifos (DECLARE_KFIFO(f, type, n)) and record fifos (recsize 1 or
 * 2: each record is preceded by its length) are all supported; the DMA
 * scatterlist calls are not.
 */
#ifndef _LINUX_KFIFO_H
#define _LINUX_KFIFO_H

#include <linux/array_size.h>
#include <linux/errno.h>
#include <linux/spinlock.h>
#include <linux/stddef.h>
#include <linux/types.h>
#include <kshim/kapi.h>

struct __kfifo {
	unsigned int	in;
	unsigned int	out;
	unsigned int	mask;
	unsigned int	esize;
	void		*data;
};

/*
 * The union gives the macros the element type (type, const_type), the
 * record header size (sizeof(*rectype)) and the pointer type callers pass
 * (ptr, ptr_const) without storing anything.
 */
#define __STRUCT_KFIFO_COMMON(datatype, recsize, ptrtype)		\
	union {								\
		struct __kfifo	kfifo;					\
		datatype	*type;					\
		const datatype	*const_type;				\
		char		(*rectype)[recsize];			\
		ptrtype		*ptr;					\
		ptrtype const	*ptr_const;				\
	}

/* A size that is not a power of two, or under 2, fails to compile. */
#define __STRUCT_KFIFO(type, size, recsize, ptrtype)			\
{									\
	__STRUCT_KFIFO_COMMON(type, recsize, ptrtype);			\
	type		buf[((size < 2) || (size & (size - 1))) ? -1 : size]; \
}

#define STRUCT_KFIFO(type, size)					\
	struct __STRUCT_KFIFO(type, size, 0, type)

#define __STRUCT_KFIFO_PTR(type, recsize, ptrtype)			\
{									\
	__STRUCT_KFIFO_COMMON(type, recsize, ptrtype);			\
	type		buf[0];						\
}

#define STRUCT_KFIFO_PTR(type)						\
	struct __STRUCT_KFIFO_PTR(type, 0, type)

/* The byte fifo whose buffer is allocated (kfifo_alloc()) or given. */
struct kfifo __STRUCT_KFIFO_PTR(unsigned char, 0, void);

#define STRUCT_KFIFO_REC_1(size)					\
	struct __STRUCT_KFIFO(unsigned char, size, 1, void)
#define STRUCT_KFIFO_REC_2(size)					\
	struct __STRUCT_KFIFO(unsigned char, size, 2, void)

struct kfifo_rec_ptr_1 __STRUCT_KFIFO_PTR(unsigned char, 1, void);
struct kfifo_rec_ptr_2 __STRUCT_KFIFO_PTR(unsigned char, 2, void);

/* A fifo with its buffer elsewhere has a zero-length buf. */
#define __is_kfifo_ptr(fifo)						\
	(sizeof(*fifo) == sizeof(STRUCT_KFIFO_PTR(typeof(*(fifo)->type))))

#define DECLARE_KFIFO_PTR(fifo, type)	STRUCT_KFIFO_PTR(type) fifo
#define DECLARE_KFIFO(fifo, type, size)	STRUCT_KFIFO(type, size) fifo

#define INIT_KFIFO(fifo)						\
(void)({								\
	typeof(&(fifo)) __tmp = &(fifo);				\
	struct __kfifo *__kfifo = &__tmp->kfifo;			\
	__kfifo->in = 0;						\
	__kfifo->out = 0;						\
	__kfifo->mask = __is_kfifo_ptr(__tmp) ? 0 :			\
			ARRAY_SIZE(__tmp->buf) - 1;			\
	__kfifo->esize = sizeof(*__tmp->buf);				\
	__kfifo->data = __is_kfifo_ptr(__tmp) ? NULL : __tmp->buf;	\
})

#define DEFINE_KFIFO(fifo, type, size)					\
	DECLARE_KFIFO(fifo, type, size) =				\
	(typeof(fifo)) {						\
		{							\
			{						\
			.in	= 0,					\
			.out	= 0,					\
			.mask	= __is_kfifo_ptr(&(fifo)) ? 0 :		\
				  ARRAY_SIZE((fifo).buf) - 1,		\
			.esize	= sizeof(*(fifo).buf),			\
			.data	= __is_kfifo_ptr(&(fifo)) ? NULL :	\
				  (fifo).buf,				\
			}						\
		}							\
	}

/* kernel/kfifo.c: lengths are in elements; records are bytes. */
int kshim_kfifo_alloc(struct __kfifo *fifo, unsigned int size, size_t esize,
		      gfp_t gfp_mask, const struct kshim_site *site);
void kshim_kfifo_free(struct __kfifo *fifo, const struct kshim_site *site);
int __kfifo_init(struct __kfifo *fifo, void *buffer, unsigned int size,
		 size_t esize);
unsigned int __kfifo_in(struct __kfifo *fifo, const void *buf,
			unsigned int len);
unsigned int __kfifo_out(struct __kfifo *fifo, void *buf, unsigned int len);
unsigned int __kfifo_out_peek(struct __kfifo *fifo, void *buf,
			      unsigned int len);
int kshim_kfifo_from_user(struct __kfifo *fifo, const void __user *from,
			  unsigned long len, unsigned int *copied,
			  size_t recsize, const struct kshim_site *site);
int kshim_kfifo_to_user(struct __kfifo *fifo, void __user *to,
			unsigned long len, unsigned int *copied,
			size_t recsize, const struct kshim_site *site);
unsigned int __kfifo_in_r(struct __kfifo *fifo, const void *buf,
			  unsigned int len, size_t recsize);
unsigned int __kfifo_out_r(struct __kfifo *fifo, void *buf, unsigned int len,
			   size_t recsize);
unsigned int __kfifo_out_peek_r(struct __kfifo *fifo, void *buf,
				unsigned int len, size_t recsize);
unsigned int __kfifo_len_r(struct __kfifo *fifo, size_t recsize);
void __kfifo_skip_r(struct __kfifo *fifo, size_t recsize);
unsigned int __kfifo_max_r(unsigned int len, size_t recsize);

#define kfifo_initialized(fifo)	((fifo)->kfifo.mask)
#define kfifo_esize(fifo)	((fifo)->kfifo.esize)
#define kfifo_recsize(fifo)	(sizeof(*(fifo)->rectype))
#define kfifo_size(fifo)	((fifo)->kfifo.mask + 1)

#define kfifo_reset(fifo)						\
(void)({								\
	typeof((fifo) + 1) __tmp = (fifo);				\
	__tmp->kfifo.in = __tmp->kfifo.out = 0;				\
})

#define kfifo_reset_out(fifo)						\
(void)({								\
	typeof((fifo) + 1) __tmp = (fifo);				\
	__tmp->kfifo.out = __tmp->kfifo.in;				\
})

#define kfifo_len(fifo)							\
({									\
	typeof((fifo) + 1) __tmpl = (fifo);				\
	__tmpl->kfifo.in - __tmpl->kfifo.out;				\
})

#define kfifo_is_empty(fifo)						\
({									\
	typeof((fifo) + 1) __tmpq = (fifo);				\
	__tmpq->kfifo.in == __tmpq->kfifo.out;				\
})

/* The value of @expr, of @type, taken under spin_lock_irqsave(@lock). */
#define __kfifo_spinlocked(type, expr, lock)				\
({									\
	unsigned long __flags;						\
	type __ret;							\
	spin_lock_irqsave(lock, __flags);				\
	__ret = expr;							\
	spin_unlock_irqrestore(lock, __flags);				\
	__ret;								\
})

/* The same under spin_lock(@lock). */
#define __kfifo_spinlocked_noirqsave(type, expr, lock)			\
({									\
	type __ret;							\
	spin_lock(lock);						\
	__ret = expr;							\
	spin_unlock(lock);						\
	__ret;								\
})

#define kfifo_is_empty_spinlocked(fifo, lock)				\
	__kfifo_spinlocked(bool, kfifo_is_empty(fifo), lock)

#define kfifo_is_empty_spinlocked_noirqsave(fifo, lock)			\
	__kfifo_spinlocked_noirqsave(bool, kfifo_is_empty(fifo), lock)

#define kfifo_is_full(fifo)						\
({									\
	typeof((fifo) + 1) __tmpq = (fifo);				\
	kfifo_len(__tmpq) > __tmpq->kfifo.mask;				\
})

#define kfifo_avail(fifo)						\
({									\
	typeof((fifo) + 1) __tmpq = (fifo);				\
	const size_t __recsize = sizeof(*__tmpq->rectype);		\
	unsigned int __avail = kfifo_size(__tmpq) - kfifo_len(__tmpq);	\
	(__recsize) ? ((__avail <= __recsize) ? 0 :			\
		       __kfifo_max_r(__avail - __recsize, __recsize)) :	\
		      __avail;						\
})

#define kfifo_skip(fifo)						\
(void)({								\
	typeof((fifo) + 1) __tmp = (fifo);				\
	const size_t __recsize = sizeof(*__tmp->rectype);		\
	struct __kfifo *__kfifo = &__tmp->kfifo;			\
	if (__recsize)							\
		__kfifo_skip_r(__kfifo, __recsize);			\
	else								\
		__kfifo->out++;						\
})

#define kfifo_peek_len(fifo)						\
({									\
	typeof((fifo) + 1) __tmp = (fifo);				\
	const size_t __recsize = sizeof(*__tmp->rectype);		\
	struct __kfifo *__kfifo = &__tmp->kfifo;			\
	(!__recsize) ? kfifo_len(__tmp) * sizeof(*__tmp->type) :	\
		       __kfifo_len_r(__kfifo, __recsize);		\
})

/* Only for a fifo declared with DECLARE_KFIFO_PTR(): else -EINVAL. */
#define kfifo_alloc(fifo, size, gfp_mask)				\
({									\
	typeof((fifo) + 1) __tmp = (fifo);				\
	struct __kfifo *__kfifo = &__tmp->kfifo;			\
	__is_kfifo_ptr(__tmp) ?						\
	kshim_kfifo_alloc(__kfifo, size, sizeof(*__tmp->type), gfp_mask, \
			  KSHIM_SITE) :					\
	-EINVAL;							\
})

#define kfifo_free(fifo)						\
({									\
	typeof((fifo) + 1) __tmp = (fifo);				\
	struct __kfifo *__kfifo = &__tmp->kfifo;			\
	if (__is_kfifo_ptr(__tmp))					\
		kshim_kfifo_free(__kfifo, KSHIM_SITE);			\
})

#define kfifo_init(fifo, buffer, size)					\
({									\
	typeof((fifo) + 1) __tmp = (fifo);				\
	struct __kfifo *__kfifo = &__tmp->kfifo;			\
	__is_kfifo_ptr(__tmp) ?						\
	__kfifo_init(__kfifo, buffer, size, sizeof(*__tmp->type)) :	\
	-EINVAL;							\
})

/* One element (or a record of one element): 1, or 0 when full. */
#define kfifo_put(fifo, val)						\
({									\
	typeof((fifo) + 1) __tmp = (fifo);				\
	typeof(*__tmp->const_type) __val = (val);			\
	const size_t __recsize = sizeof(*__tmp->rectype);		\
	struct __kfifo *__kfifo = &__tmp->kfifo;			\
	(__recsize) ?							\
	__kfifo_in_r(__kfifo, &__val, sizeof(__val), __recsize) :	\
	__kfifo_in(__kfifo, &__val, 1);					\
})

/*
 * One element (or a record of one element) out of the fifo into *@val, by
 * @fn (__kfifo_out or __kfifo_out_peek) or @fn##_r: 1, or 0 when empty.
 */
#define __kfifo_get_one(fifo, val, fn)					\
({									\
	typeof((fifo) + 1) __tmp = (fifo);				\
	typeof(__tmp->ptr) __val = (val);				\
	const size_t __recsize = sizeof(*__tmp->rectype);		\
	struct __kfifo *__kfifo = &__tmp->kfifo;			\
	(__recsize) ?							\
	fn##_r(__kfifo, __val, sizeof(*__val), __recsize) :		\
	fn(__kfifo, __val, 1);						\
})

/* One element into *@val: 1, or 0 when empty. */
#define kfifo_get(fifo, val)	__kfifo_get_one(fifo, val, __kfifo_out)
#define kfifo_peek(fifo, val)	__kfifo_get_one(fifo, val, __kfifo_out_peek)

/*
 * @n elements (a record of @n bytes) between @buf, whose type is the
 * fifo's @ptr_member, and the fifo, by @fn or, for a record fifo, @fn##_r.
 */
#define __kfifo_copy(fifo, buf, n, ptr_member, fn)			\
({									\
	typeof((fifo) + 1) __tmp = (fifo);				\
	typeof(__tmp->ptr_member) __buf = (buf);			\
	unsigned long __n = (n);					\
	const size_t __recsize = sizeof(*__tmp->rectype);		\
	struct __kfifo *__kfifo = &__tmp->kfifo;			\
	(__recsize) ?							\
	fn##_r(__kfifo, __buf, __n, __recsize) :			\
	fn(__kfifo, __buf, __n);					\
})

#define kfifo_in(fifo, buf, n)						\
	__kfifo_copy(fifo, buf, n, ptr_const, __kfifo_in)

#define kfifo_in_spinlocked(fifo, buf, n, lock)				\
	__kfifo_spinlocked(unsigned int, kfifo_in(fifo, buf, n), lock)

#define kfifo_in_spinlocked_noirqsave(fifo, buf, n, lock)		\
	__kfifo_spinlocked_noirqsave(unsigned int, kfifo_in(fifo, buf, n), lock)

#define kfifo_in_locked(fifo, buf, n, lock)				\
	kfifo_in_spinlocked(fifo, buf, n, lock)

#define kfifo_out(fifo, buf, n)						\
	__kfifo_copy(fifo, buf, n, ptr, __kfifo_out)

#define kfifo_out_spinlocked(fifo, buf, n, lock)			\
	__kfifo_spinlocked(unsigned int, kfifo_out(fifo, buf, n), lock)

#define kfifo_out_spinlocked_noirqsave(fifo, buf, n, lock)		\
	__kfifo_spinlocked_noirqsave(unsigned int, kfifo_out(fifo, buf, n), \
				     lock)

#define kfifo_out_locked(fifo, buf, n, lock)				\
	kfifo_out_spinlocked(fifo, buf, n, lock)

#define kfifo_out_peek(fifo, buf, n)					\
	__kfifo_copy(fifo, buf, n, ptr, __kfifo_out_peek)

/* 0 or -EFAULT; *@copied: the bytes copied. */
#define kfifo_from_user(fifo, from, len, copied)			\
({									\
	typeof((fifo) + 1) __tmp = (fifo);				\
	const void __user *__from = (from);				\
	unsigned int __len = (len);					\
	unsigned int *__copied = (copied);				\
	const size_t __recsize = sizeof(*__tmp->rectype);		\
	struct __kfifo *__kfifo = &__tmp->kfifo;			\
	kshim_kfifo_from_user(__kfifo, __from, __len, __copied,		\
			      __recsize, KSHIM_SITE);			\
})

#define kfifo_to_user(fifo, to, len, copied)				\
({									\
	typeof((fifo) + 1) __tmp = (fifo);				\
	void __user *__to = (to);					\
	unsigned int __len = (len);					\
	unsigned int *__copied = (copied);				\
	const size_t __recsize = sizeof(*__tmp->rectype);		\
	struct __kfifo *__kfifo = &__tmp->kfifo;			\
	kshim_kfifo_to_user(__kfifo, __to, __len, __copied, __recsize,	\
			    KSHIM_SITE);				\
})

#endif /* _LINUX_KFIFO_H */
