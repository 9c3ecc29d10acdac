// SPDX-License-Identifier: GPL-2.0-only
/*
 * seq_file (fs/seq_file.c) for modules built against the kernel's own
 * headers. A read prints every record into the buffer, doubling it until
 * all fit, then copies from it: simpler than the kernel's record-at-a-time
 * read, with the same bytes for a file that does not change while it is
 * read. The buffer is refilled at position 0, and after a failed read.
 *
 * Not yet: m->lock. struct mutex is the locking move's; until it lands,
 * reads of one seq_file are not serialised (the harness has one reader).
 */
#include <linux/kernel.h>
#include <linux/err.h>
#include <linux/fs.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <kshim/kapi.h>
#include "internal.h"

/* seq_file_cache: kmem_cache_zalloc(), as the old path names it. */
static int seq_open_at(struct file *file, const struct seq_operations *op,
		       const struct kshim_site *site)
{
	struct seq_file *p;

	WARN_ON(file->private_data);
	p = kshim_alloc(sizeof(*p), (__force unsigned int)(GFP_KERNEL | __GFP_ZERO),
			site, "kmem_cache_zalloc");
	if (!p)
		return -ENOMEM;
	file->private_data = p;
	p->op = op;
	p->file = file;
	/* No pwrite() on a seq_file. */
	file->f_mode &= ~FMODE_PWRITE;
	return 0;
}

int seq_open(struct file *file, const struct seq_operations *op)
{
	return seq_open_at(file, op, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(seq_open);

static void *seq_open_private_at(struct file *file,
				 const struct seq_operations *ops, int psize,
				 const struct kshim_site *site)
{
	struct seq_file *seq;
	void *private;

	private = kshim_alloc(psize,
			      (__force unsigned int)(GFP_KERNEL_ACCOUNT | __GFP_ZERO),
			      site, "kzalloc");
	if (!private)
		return NULL;
	if (seq_open_at(file, ops, site)) {
		kshim_free(private, site, "kfree");
		return NULL;
	}
	seq = file->private_data;
	seq->private = private;
	return private;
}

void *__seq_open_private(struct file *file, const struct seq_operations *ops,
			 int psize)
{
	return seq_open_private_at(file, ops, psize, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(__seq_open_private);

int seq_open_private(struct file *file, const struct seq_operations *ops,
		     int psize)
{
	return seq_open_private_at(file, ops, psize, KSHIM_CALLER_SITE) ?
	       0 : -ENOMEM;
}
EXPORT_SYMBOL(seq_open_private);

int kshim_seq_open_private_at(struct file *file,
			      const struct seq_operations *ops, int psize,
			      const struct kshim_site *site)
{
	if (!psize)
		return seq_open_at(file, ops, site);
	return seq_open_private_at(file, ops, psize, site) ? 0 : -ENOMEM;
}

void *single_start(struct seq_file *p, loff_t *pos)
{
	return *pos ? NULL : SEQ_START_TOKEN;
}
EXPORT_SYMBOL(single_start);

static void *single_next(struct seq_file *p, void *v, loff_t *pos)
{
	++*pos;
	return NULL;
}

static void single_stop(struct seq_file *p, void *v)
{
}

int kshim_single_open_at(struct file *file,
			 int (*show)(struct seq_file *, void *), void *data,
			 size_t size, const struct kshim_site *site)
{
	struct seq_operations *op;
	struct seq_file *m;
	int res;

	op = kshim_alloc(sizeof(*op), (__force unsigned int)GFP_KERNEL_ACCOUNT,
			 site, "kmalloc");
	if (!op)
		return -ENOMEM;
	op->start = single_start;
	op->next = single_next;
	op->stop = single_stop;
	op->show = show;
	res = seq_open_at(file, op, site);
	if (res) {
		kshim_free(op, site, "kfree");
		return res;
	}
	m = file->private_data;
	m->private = data;
	/* single_open_size(): the first buffer is this big. */
	m->size = size;
	return 0;
}

int single_open(struct file *file, int (*show)(struct seq_file *, void *),
		void *data)
{
	return kshim_single_open_at(file, show, data, 0, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(single_open);

int single_open_size(struct file *file, int (*show)(struct seq_file *, void *),
		     void *data, size_t size)
{
	return kshim_single_open_at(file, show, data, size, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(single_open_size);

static void buf_free(struct seq_file *m)
{
	kshim_free(m->buf, KSHIM_SITE, "kvfree");
	m->buf = NULL;
}

int seq_release(struct inode *inode, struct file *file)
{
	struct seq_file *m = file->private_data;

	buf_free(m);
	kshim_free(m, KSHIM_SITE, "kfree");
	return 0;
}
EXPORT_SYMBOL(seq_release);

int seq_release_private(struct inode *inode, struct file *file)
{
	struct seq_file *seq = file->private_data;

	kshim_free(seq->private, KSHIM_SITE, "kfree");
	seq->private = NULL;
	return seq_release(inode, file);
}
EXPORT_SYMBOL(seq_release_private);

int single_release(struct inode *inode, struct file *file)
{
	const struct seq_operations *op =
		((struct seq_file *)file->private_data)->op;
	int res = seq_release(inode, file);

	kshim_free(op, KSHIM_SITE, "kfree");
	return res;
}
EXPORT_SYMBOL(single_release);

/* Print every record into m->buf, doubling it until everything fits. */
static int seq_fill(struct seq_file *m)
{
	size_t before;
	loff_t pos;
	void *p;
	int err;

	for (;;) {
		if (!m->buf) {
			if (!m->size)
				m->size = PAGE_SIZE;
			m->buf = kshim_alloc(m->size,
					     (__force unsigned int)GFP_KERNEL_ACCOUNT,
					     KSHIM_SITE, "kvmalloc");
			if (!m->buf)
				return -ENOMEM;
		}
		m->count = 0;
		m->from = 0;
		pos = 0;
		err = 0;
		p = m->op->start(m, &pos);
		while (p && !IS_ERR(p)) {
			before = m->count;
			err = m->op->show(m, p);
			if (err < 0)
				break;
			if (err > 0)		/* SEQ_SKIP */
				m->count = before;
			err = 0;
			if (seq_has_overflowed(m))
				break;
			p = m->op->next(m, p, &pos);
		}
		m->op->stop(m, p);
		if (!err && IS_ERR(p))
			err = PTR_ERR(p);
		if (err || !seq_has_overflowed(m))
			break;
		buf_free(m);
		m->size <<= 1;
	}
	m->index = pos;
	if (err) {
		m->count = 0;
		buf_free(m);	/* the next read fills it again */
	}
	return err;
}

ssize_t seq_read(struct file *file, char __user *buf, size_t size,
		 loff_t *ppos)
{
	struct seq_file *m = file->private_data;
	loff_t pos = ppos ? *ppos : m->read_pos;
	size_t n, left;
	ssize_t ret;

	/* A buffer means it is filled (seq_fill() frees it on an error). */
	if (pos == 0 || !m->buf) {
		ret = seq_fill(m);
		if (ret)
			return ret;
	}
	if (pos < 0 || pos >= m->count || !size)
		return 0;
	n = min_t(size_t, size, m->count - pos);
	left = kshim_copy_to_user_at(buf, m->buf + pos, n, KSHIM_SITE);
	if (left == n)
		return -EFAULT;
	n -= left;
	pos += n;
	m->read_pos = pos;
	if (ppos)
		*ppos = pos;
	return n;
}
EXPORT_SYMBOL(seq_read);

loff_t seq_lseek(struct file *file, loff_t offset, int whence)
{
	struct seq_file *m = file->private_data;
	loff_t retval = -EINVAL;

	switch (whence) {
	case SEEK_CUR:
		offset += file->f_pos;
		fallthrough;
	case SEEK_SET:
		if (offset < 0)
			break;
		retval = offset;
		file->f_pos = offset;
		m->read_pos = offset;
	}
	return retval;
}
EXPORT_SYMBOL(seq_lseek);

void seq_vprintf(struct seq_file *m, const char *f, va_list args)
{
	int len;

	if (m->count < m->size) {
		len = vsnprintf(m->buf + m->count, m->size - m->count, f, args);
		if (m->count + len < m->size) {
			m->count += len;
			return;
		}
	}
	m->count = m->size;	/* overflow: seq_read() retries, bigger */
}
EXPORT_SYMBOL(seq_vprintf);

void seq_printf(struct seq_file *m, const char *f, ...)
{
	va_list args;

	va_start(args, f);
	seq_vprintf(m, f, args);
	va_end(args);
}
EXPORT_SYMBOL(seq_printf);

int seq_write(struct seq_file *seq, const void *data, size_t len)
{
	if (seq->count + len < seq->size) {
		memcpy(seq->buf + seq->count, data, len);
		seq->count += len;
		return 0;
	}
	seq->count = seq->size;
	return -1;
}
EXPORT_SYMBOL(seq_write);

void seq_puts(struct seq_file *m, const char *s)
{
	seq_write(m, s, strlen(s));
}
EXPORT_SYMBOL(seq_puts);

void seq_putc(struct seq_file *m, char c)
{
	if (m->count >= m->size)
		return;
	m->buf[m->count++] = c;
}
EXPORT_SYMBOL(seq_putc);

void seq_pad(struct seq_file *m, char c)
{
	int size = m->pad_until - m->count;

	if (size > 0) {
		if (size + m->count > m->size) {
			m->count = m->size;
			return;
		}
		memset(m->buf + m->count, ' ', size);
		m->count += size;
	}
	if (c)
		seq_putc(m, c);
}
EXPORT_SYMBOL(seq_pad);

void seq_put_decimal_ull_width(struct seq_file *m, const char *delimiter,
			       unsigned long long num, unsigned int width)
{
	seq_printf(m, "%s%*llu", delimiter ?: "", width, num);
}
EXPORT_SYMBOL(seq_put_decimal_ull_width);

void seq_put_decimal_ull(struct seq_file *m, const char *delimiter,
			 unsigned long long num)
{
	seq_printf(m, "%s%llu", delimiter ?: "", num);
}
EXPORT_SYMBOL(seq_put_decimal_ull);

void seq_put_decimal_ll(struct seq_file *m, const char *delimiter, long long num)
{
	seq_printf(m, "%s%lld", delimiter ?: "", num);
}
EXPORT_SYMBOL(seq_put_decimal_ll);

void seq_put_hex_ll(struct seq_file *m, const char *delimiter,
		    unsigned long long v, unsigned int width)
{
	seq_printf(m, "%s%0*llx", delimiter ?: "", width, v);
}
EXPORT_SYMBOL(seq_put_hex_ll);

struct list_head *seq_list_start(struct list_head *head, loff_t pos)
{
	struct list_head *lh;

	list_for_each(lh, head)
		if (pos-- == 0)
			return lh;
	return NULL;
}
EXPORT_SYMBOL(seq_list_start);

struct list_head *seq_list_start_head(struct list_head *head, loff_t pos)
{
	if (!pos)
		return head;
	return seq_list_start(head, pos - 1);
}
EXPORT_SYMBOL(seq_list_start_head);

struct list_head *seq_list_next(void *v, struct list_head *head, loff_t *ppos)
{
	struct list_head *lh = ((struct list_head *)v)->next;

	++*ppos;
	return lh == head ? NULL : lh;
}
EXPORT_SYMBOL(seq_list_next);

struct hlist_node *seq_hlist_start(struct hlist_head *head, loff_t pos)
{
	struct hlist_node *node;

	hlist_for_each(node, head)
		if (pos-- == 0)
			return node;
	return NULL;
}
EXPORT_SYMBOL(seq_hlist_start);

struct hlist_node *seq_hlist_start_head(struct hlist_head *head, loff_t pos)
{
	if (!pos)
		return SEQ_START_TOKEN;
	return seq_hlist_start(head, pos - 1);
}
EXPORT_SYMBOL(seq_hlist_start_head);

struct hlist_node *seq_hlist_next(void *v, struct hlist_head *head,
				  loff_t *ppos)
{
	struct hlist_node *node = v;

	++*ppos;
	if (v == SEQ_START_TOKEN)
		return head->first;
	return node->next;
}
EXPORT_SYMBOL(seq_hlist_next);
