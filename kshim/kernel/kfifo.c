// SPDX-License-Identifier: GPL-2.0-only
/*
 * kfifo (lib/kfifo.c's semantics): in and out count elements and wrap
 * freely; the buffer holds mask + 1 elements of esize bytes each. A record
 * fifo stores each record's length in recsize bytes (low byte first) before
 * the record.
 *
 * Built both ways: against kshim's old headers, whose kfifo macros pass
 * their call site (kshim_kfifo_*()), and against the kernel's, where the
 * exported functions take their caller's site from the return address.
 */
#include <linux/kernel.h>
#include <linux/kfifo.h>
#include <linux/log2.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <kshim/kapi.h>

#ifdef KSHIM_UML
#include "fs/internal.h"
#define copy_to_user_at		kshim_copy_to_user_at
#define copy_from_user_at	kshim_copy_from_user_at
#else
#define copy_to_user_at		kshim_copy_to_user
#define copy_from_user_at	kshim_copy_from_user
#endif

static unsigned int kfifo_unused(struct __kfifo *fifo)
{
	return (fifo->mask + 1) - (fifo->in - fifo->out);
}

static int kfifo_alloc_at(struct __kfifo *fifo, unsigned int size,
			  size_t esize, gfp_t gfp_mask,
			  const struct kshim_site *site)
{
	/* The indices wrap by masking: round up to a power of two. */
	size = size ? roundup_pow_of_two(size) : 0;
	fifo->in = 0;
	fifo->out = 0;
	fifo->esize = esize;
	if (size < 2) {
		fifo->data = NULL;
		fifo->mask = 0;
		return -EINVAL;
	}
	fifo->data = kshim_alloc(esize * size, (__force unsigned int)gfp_mask,
				 site, "kmalloc_array");
	if (!fifo->data) {
		fifo->mask = 0;
		return -ENOMEM;
	}
	fifo->mask = size - 1;
	return 0;
}

static void kfifo_free_at(struct __kfifo *fifo, const struct kshim_site *site)
{
	kshim_free(fifo->data, site, "kfree");
	fifo->in = 0;
	fifo->out = 0;
	fifo->esize = 0;
	fifo->data = NULL;
	fifo->mask = 0;
}

#ifdef KSHIM_UML
int __kfifo_alloc(struct __kfifo *fifo, unsigned int size, size_t esize,
		  gfp_t gfp_mask)
{
	return kfifo_alloc_at(fifo, size, esize, gfp_mask, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(__kfifo_alloc);

void __kfifo_free(struct __kfifo *fifo)
{
	kfifo_free_at(fifo, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(__kfifo_free);
#else
int kshim_kfifo_alloc(struct __kfifo *fifo, unsigned int size, size_t esize,
		      gfp_t gfp_mask, const struct kshim_site *site)
{
	return kfifo_alloc_at(fifo, size, esize, gfp_mask, site);
}
EXPORT_SYMBOL(kshim_kfifo_alloc);

void kshim_kfifo_free(struct __kfifo *fifo, const struct kshim_site *site)
{
	kfifo_free_at(fifo, site);
}
EXPORT_SYMBOL(kshim_kfifo_free);
#endif

int __kfifo_init(struct __kfifo *fifo, void *buffer, unsigned int size,
		 size_t esize)
{
	/* A given buffer can only shrink to a power of two. */
	size /= esize;
	if (size && !is_power_of_2(size))
		size = rounddown_pow_of_two(size);
	fifo->in = 0;
	fifo->out = 0;
	fifo->esize = esize;
	fifo->data = buffer;
	if (size < 2) {
		fifo->mask = 0;
		return -EINVAL;
	}
	fifo->mask = size - 1;
	return 0;
}
EXPORT_SYMBOL(__kfifo_init);

/* Byte offsets and lengths of the (up to) two pieces at element @off. */
static void pieces(struct __kfifo *fifo, unsigned int len, unsigned int off,
		   unsigned int *boff, unsigned int *first, unsigned int *rest)
{
	unsigned int size = (fifo->mask + 1) * fifo->esize;

	len *= fifo->esize;
	*boff = (off & fifo->mask) * fifo->esize;
	*first = min(len, size - *boff);
	*rest = len - *first;
}

static void copy_in(struct __kfifo *fifo, const void *src, unsigned int len,
		    unsigned int off)
{
	unsigned int boff, first, rest;

	pieces(fifo, len, off, &boff, &first, &rest);
	memcpy(fifo->data + boff, src, first);
	memcpy(fifo->data, src + first, rest);
	/* The data is in before the caller moves fifo->in (one reader, one writer). */
	smp_wmb();
}

static void copy_out(struct __kfifo *fifo, void *dst, unsigned int len,
		     unsigned int off)
{
	unsigned int boff, first, rest;

	pieces(fifo, len, off, &boff, &first, &rest);
	memcpy(dst, fifo->data + boff, first);
	memcpy(dst + first, fifo->data, rest);
	/* The data is out before the caller moves fifo->out. */
	smp_wmb();
}

unsigned int __kfifo_in(struct __kfifo *fifo, const void *buf,
			unsigned int len)
{
	len = min(len, kfifo_unused(fifo));
	copy_in(fifo, buf, len, fifo->in);
	fifo->in += len;
	return len;
}
EXPORT_SYMBOL(__kfifo_in);

unsigned int __kfifo_out_peek(struct __kfifo *fifo, void *buf,
			      unsigned int len)
{
	len = min(len, fifo->in - fifo->out);
	copy_out(fifo, buf, len, fifo->out);
	return len;
}
EXPORT_SYMBOL(__kfifo_out_peek);

unsigned int __kfifo_out(struct __kfifo *fifo, void *buf, unsigned int len)
{
	len = __kfifo_out_peek(fifo, buf, len);
	fifo->out += len;
	return len;
}
EXPORT_SYMBOL(__kfifo_out);

/* One piece of a user copy: the bytes not copied. */
static unsigned long copy_piece(void *data, void __user *ubuf, unsigned int n,
				bool to, const struct kshim_site *site)
{
	if (to)
		return copy_to_user_at(ubuf, data, n, site);
	return copy_from_user_at(data, ubuf, n, site);
}

/*
 * User copies, @to user memory or from it: the elements not copied,
 * rounded up (a partly copied element does not count); *@copied is the
 * bytes of whole elements.
 */
static unsigned long copy_user(struct __kfifo *fifo, void __user *ubuf,
			       unsigned int len, unsigned int off,
			       unsigned int *copied, bool to,
			       const struct kshim_site *site)
{
	unsigned int boff, first, rest, esize = fifo->esize;
	unsigned long ret;

	pieces(fifo, len, off, &boff, &first, &rest);
	ret = copy_piece(fifo->data + boff, ubuf, first, to, site);
	if (ret)
		ret = DIV_ROUND_UP(ret + rest, esize);
	else {
		ret = copy_piece(fifo->data, ubuf + first, rest, to, site);
		if (ret)
			ret = DIV_ROUND_UP(ret, esize);
	}
	*copied = len * esize - ret * esize;
	/* As copy_in() and copy_out(): before the index moves. */
	smp_wmb();
	return ret;
}

/* ---- Records ---- */

unsigned int __kfifo_max_r(unsigned int len, size_t recsize)
{
	unsigned int max = (1 << (recsize << 3)) - 1;

	return len > max ? max : len;
}
EXPORT_SYMBOL(__kfifo_max_r);

static unsigned int peek_n(struct __kfifo *fifo, size_t recsize)
{
	unsigned char *data = fifo->data;
	unsigned int l = data[fifo->out & fifo->mask];

	if (recsize > 1)
		l |= data[(fifo->out + 1) & fifo->mask] << 8;
	return l;
}

static void poke_n(struct __kfifo *fifo, unsigned int n, size_t recsize)
{
	unsigned char *data = fifo->data;

	data[fifo->in & fifo->mask] = n;
	if (recsize > 1)
		data[(fifo->in + 1) & fifo->mask] = n >> 8;
}

unsigned int __kfifo_len_r(struct __kfifo *fifo, size_t recsize)
{
	return peek_n(fifo, recsize);
}
EXPORT_SYMBOL(__kfifo_len_r);

unsigned int __kfifo_in_r(struct __kfifo *fifo, const void *buf,
			  unsigned int len, size_t recsize)
{
	if (len + recsize > kfifo_unused(fifo))
		return 0;
	poke_n(fifo, len, recsize);
	copy_in(fifo, buf, len, fifo->in + recsize);
	fifo->in += len + recsize;
	return len;
}
EXPORT_SYMBOL(__kfifo_in_r);

/* Copy the first record (cut to @len); *@n is its whole length. */
static unsigned int out_copy_r(struct __kfifo *fifo, void *buf,
			       unsigned int len, size_t recsize,
			       unsigned int *n)
{
	*n = peek_n(fifo, recsize);
	if (len > *n)
		len = *n;
	copy_out(fifo, buf, len, fifo->out + recsize);
	return len;
}

unsigned int __kfifo_out_peek_r(struct __kfifo *fifo, void *buf,
				unsigned int len, size_t recsize)
{
	unsigned int n;

	if (fifo->in == fifo->out)
		return 0;
	return out_copy_r(fifo, buf, len, recsize, &n);
}
EXPORT_SYMBOL(__kfifo_out_peek_r);

unsigned int __kfifo_out_r(struct __kfifo *fifo, void *buf, unsigned int len,
			   size_t recsize)
{
	unsigned int n;

	if (fifo->in == fifo->out)
		return 0;
	len = out_copy_r(fifo, buf, len, recsize, &n);
	fifo->out += n + recsize;	/* the rest of a cut record is lost */
	return len;
}
EXPORT_SYMBOL(__kfifo_out_r);

void __kfifo_skip_r(struct __kfifo *fifo, size_t recsize)
{
	fifo->out += peek_n(fifo, recsize) + recsize;
}
EXPORT_SYMBOL(__kfifo_skip_r);

static int kfifo_from_user_at(struct __kfifo *fifo, const void __user *from,
			      unsigned long len, unsigned int *copied,
			      size_t recsize, const struct kshim_site *site)
{
	void __user *ubuf = (void __user *)from;	/* only read */
	unsigned long ret;

	if (recsize) {
		len = __kfifo_max_r(len, recsize);
		if (len + recsize > kfifo_unused(fifo)) {
			*copied = 0;
			return 0;
		}
		poke_n(fifo, len, recsize);
		if (copy_user(fifo, ubuf, len, fifo->in + recsize, copied,
			      false, site)) {
			*copied = 0;
			return -EFAULT;
		}
		fifo->in += len + recsize;
		return 0;
	}
	if (fifo->esize != 1)
		len /= fifo->esize;
	len = min_t(unsigned long, len, kfifo_unused(fifo));
	ret = copy_user(fifo, ubuf, len, fifo->in, copied, false, site);
	fifo->in += len - ret;
	return ret ? -EFAULT : 0;
}

static int kfifo_to_user_at(struct __kfifo *fifo, void __user *to,
			    unsigned long len, unsigned int *copied,
			    size_t recsize, const struct kshim_site *site)
{
	unsigned long ret;
	unsigned int n;

	if (recsize) {
		if (fifo->in == fifo->out) {
			*copied = 0;
			return 0;
		}
		n = peek_n(fifo, recsize);
		if (len > n)
			len = n;
		if (copy_user(fifo, to, len, fifo->out + recsize, copied, true,
			      site)) {
			*copied = 0;
			return -EFAULT;
		}
		fifo->out += n + recsize;
		return 0;
	}
	if (fifo->esize != 1)
		len /= fifo->esize;
	len = min_t(unsigned long, len, fifo->in - fifo->out);
	ret = copy_user(fifo, to, len, fifo->out, copied, true, site);
	fifo->out += len - ret;
	return ret ? -EFAULT : 0;
}

#ifdef KSHIM_UML
int __kfifo_from_user(struct __kfifo *fifo, const void __user *from,
		      unsigned long len, unsigned int *copied)
{
	return kfifo_from_user_at(fifo, from, len, copied, 0,
				  KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(__kfifo_from_user);

int __kfifo_from_user_r(struct __kfifo *fifo, const void __user *from,
			unsigned long len, unsigned int *copied,
			size_t recsize)
{
	return kfifo_from_user_at(fifo, from, len, copied, recsize,
				  KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(__kfifo_from_user_r);

int __kfifo_to_user(struct __kfifo *fifo, void __user *to, unsigned long len,
		    unsigned int *copied)
{
	return kfifo_to_user_at(fifo, to, len, copied, 0, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(__kfifo_to_user);

int __kfifo_to_user_r(struct __kfifo *fifo, void __user *to,
		      unsigned long len, unsigned int *copied, size_t recsize)
{
	return kfifo_to_user_at(fifo, to, len, copied, recsize,
				KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(__kfifo_to_user_r);
#else
int kshim_kfifo_from_user(struct __kfifo *fifo, const void __user *from,
			  unsigned long len, unsigned int *copied,
			  size_t recsize, const struct kshim_site *site)
{
	return kfifo_from_user_at(fifo, from, len, copied, recsize, site);
}
EXPORT_SYMBOL(kshim_kfifo_from_user);

int kshim_kfifo_to_user(struct __kfifo *fifo, void __user *to,
			unsigned long len, unsigned int *copied,
			size_t recsize, const struct kshim_site *site)
{
	return kfifo_to_user_at(fifo, to, len, copied, recsize, site);
}
EXPORT_SYMBOL(kshim_kfifo_to_user);
#endif
