/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * seq_file: a file whose text a show() callback prints, record by record.
 * kshim prints every record on the first read from position 0 and serves
 * reads from that text (the kernel fills one page at a time); what a
 * reader sees is the same for callbacks that print the same text twice.
 */
#ifndef _LINUX_SEQ_FILE_H
#define _LINUX_SEQ_FILE_H

#include <linux/types.h>
#include <linux/stdarg.h>
#include <linux/err.h>
#include <linux/string.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/fs.h>
#include <kshim/kapi.h>

struct seq_operations;

struct seq_file {
	char *buf;
	size_t size;
	size_t from;
	size_t count;
	size_t pad_until;
	loff_t index;
	loff_t read_pos;
	struct mutex lock;
	const struct seq_operations *op;
	int poll_event;
	const struct file *file;
	void *private;
	/* kshim's own: buf holds every record's text */
	bool kshim_filled;
};

struct seq_operations {
	void *(*start)(struct seq_file *m, loff_t *pos);
	void (*stop)(struct seq_file *m, void *v);
	void *(*next)(struct seq_file *m, void *v, loff_t *pos);
	int (*show)(struct seq_file *m, void *v);
};

#define SEQ_SKIP		1
#define SEQ_START_TOKEN		((void *)1)

static inline bool seq_has_overflowed(struct seq_file *m)
{
	return m->count == m->size;
}

static inline size_t seq_get_buf(struct seq_file *m, char **bufp)
{
	if (m->count < m->size)
		*bufp = m->buf + m->count;
	else
		*bufp = NULL;
	return m->size - m->count;
}

static inline void seq_commit(struct seq_file *m, int num)
{
	if (num < 0)
		m->count = m->size;
	else
		m->count += num;
}

int kshim_seq_open(struct file *file, const struct seq_operations *op,
		   const struct kshim_site *site);
void *kshim_seq_open_private(struct file *file,
			     const struct seq_operations *ops, int psize,
			     const struct kshim_site *site);
int kshim_single_open(struct file *file, int (*show)(struct seq_file *, void *),
		      void *data, const struct kshim_site *site);

#define seq_open(file, op)	kshim_seq_open(file, op, KSHIM_SITE)
#define __seq_open_private(file, ops, psize)				\
	kshim_seq_open_private(file, ops, psize, KSHIM_SITE)
#define seq_open_private(file, ops, psize)				\
	(kshim_seq_open_private(file, ops, psize, KSHIM_SITE) ? 0 : -ENOMEM)
#define single_open(file, show, data)					\
	kshim_single_open(file, show, data, KSHIM_SITE)
#define single_open_size(file, show, data, size)			\
	kshim_single_open(file, show, data, KSHIM_SITE)

ssize_t seq_read(struct file *file, char __user *buf, size_t size,
		 loff_t *ppos);
loff_t seq_lseek(struct file *file, loff_t offset, int whence);
int seq_release(struct inode *inode, struct file *file);
int seq_release_private(struct inode *inode, struct file *file);
int single_release(struct inode *inode, struct file *file);

__printf(2, 0) void seq_vprintf(struct seq_file *m, const char *fmt, va_list args);
__printf(2, 3) void seq_printf(struct seq_file *m, const char *fmt, ...);
void seq_putc(struct seq_file *m, char c);
void seq_puts(struct seq_file *m, const char *s);
int seq_write(struct seq_file *seq, const void *data, size_t len);
void seq_pad(struct seq_file *m, char c);
void seq_put_decimal_ull(struct seq_file *m, const char *delimiter,
			 unsigned long long num);
void seq_put_decimal_ll(struct seq_file *m, const char *delimiter, long long num);
void seq_put_hex_ll(struct seq_file *m, const char *delimiter,
		    unsigned long long v, unsigned int width);

struct list_head *seq_list_start(struct list_head *head, loff_t pos);
struct list_head *seq_list_start_head(struct list_head *head, loff_t pos);
struct list_head *seq_list_next(void *v, struct list_head *head, loff_t *ppos);

static inline struct user_namespace *seq_user_ns(struct seq_file *seq)
{
	return NULL;
}

/* The file_operations of DEFINE_SEQ_ATTRIBUTE() and DEFINE_SHOW_ATTRIBUTE(). */
#define __KSHIM_SEQ_FOPS(__fops, __open, __release)			\
static const struct file_operations __fops = {				\
	.owner		= THIS_MODULE,					\
	.open		= __open,					\
	.read		= seq_read,					\
	.llseek		= seq_lseek,					\
	.release	= __release,					\
}

#define DEFINE_SEQ_ATTRIBUTE(__name)					\
static int __name ## _open(struct inode *inode, struct file *file)	\
{									\
	int ret = seq_open(file, &__name ## _sops);			\
	if (!ret && inode->i_private) {					\
		struct seq_file *seq_f = file->private_data;		\
		seq_f->private = inode->i_private;			\
	}								\
	return ret;							\
}									\
									\
__KSHIM_SEQ_FOPS(__name ## _fops, __name ## _open, seq_release)

#define DEFINE_SHOW_ATTRIBUTE(__name)					\
static int __name ## _open(struct inode *inode, struct file *file)	\
{									\
	return single_open(file, __name ## _show, inode->i_private);	\
}									\
									\
__KSHIM_SEQ_FOPS(__name ## _fops, __name ## _open, single_release)

#define DEFINE_PROC_SHOW_ATTRIBUTE(__name)				\
static int __name ## _open(struct inode *inode, struct file *file)	\
{									\
	return single_open(file, __name ## _show, pde_data(inode));	\
}									\
									\
static const struct proc_ops __name ## _proc_ops = {			\
	.proc_open	= __name ## _open,				\
	.proc_read	= seq_read,					\
	.proc_lseek	= seq_lseek,					\
	.proc_release	= single_release,				\
}

#endif /* _LINUX_SEQ_FILE_H */
