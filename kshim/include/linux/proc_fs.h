/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * procfs: files under /proc whose operations are the driver's proc_ops.
 * The harness opens them as "/proc/<path>" (kshim/uspace.h).
 */
#ifndef _LINUX_PROC_FS_H
#define _LINUX_PROC_FS_H

#include <linux/types.h>
#include <linux/fs.h>
#include <kshim/kapi.h>

struct proc_dir_entry;
struct seq_file;
struct seq_operations;

enum {
	/* Never removed: kshim treats every entry as removable. */
#ifdef MODULE
	PROC_ENTRY_PERMANENT		= 0U,
#else
	PROC_ENTRY_PERMANENT		= 1U << 0,
#endif
	PROC_ENTRY_proc_read_iter	= 1U << 1,
	PROC_ENTRY_proc_compat_ioctl	= 1U << 2,
	PROC_ENTRY_proc_lseek		= 1U << 3,
};

struct proc_ops {
	unsigned int proc_flags;
	int	(*proc_open)(struct inode *, struct file *);
	ssize_t	(*proc_read)(struct file *, char __user *, size_t, loff_t *);
	ssize_t (*proc_read_iter)(struct kiocb *, struct iov_iter *);
	ssize_t	(*proc_write)(struct file *, const char __user *, size_t, loff_t *);
	/* mandatory unless nonseekable_open() or equivalent is used */
	loff_t	(*proc_lseek)(struct file *, loff_t, int);
	int	(*proc_release)(struct inode *, struct file *);
	__poll_t (*proc_poll)(struct file *, struct poll_table_struct *);
	long	(*proc_ioctl)(struct file *, unsigned int, unsigned long);
	long	(*proc_compat_ioctl)(struct file *, unsigned int, unsigned long);
	int	(*proc_mmap)(struct file *, struct vm_area_struct *);
	unsigned long (*proc_get_unmapped_area)(struct file *, unsigned long,
						unsigned long, unsigned long,
						unsigned long);
};

typedef int (*proc_write_t)(struct file *, char *, size_t);

struct proc_dir_entry *kshim_proc_create_data(const char *name, umode_t mode,
					      struct proc_dir_entry *parent,
					      const struct proc_ops *proc_ops,
					      void *data,
					      const struct kshim_site *site);
struct proc_dir_entry *kshim_proc_mkdir_data(const char *name, umode_t mode,
					     struct proc_dir_entry *parent,
					     void *data,
					     const struct kshim_site *site);
struct proc_dir_entry *kshim_proc_create_seq_private(const char *name,
		umode_t mode, struct proc_dir_entry *parent,
		const struct seq_operations *ops, unsigned int state_size,
		void *data, const struct kshim_site *site);
struct proc_dir_entry *kshim_proc_create_single_data(const char *name,
		umode_t mode, struct proc_dir_entry *parent,
		int (*show)(struct seq_file *, void *), void *data,
		const struct kshim_site *site);

#define proc_create_data(name, mode, parent, proc_ops, data)		\
	kshim_proc_create_data(name, mode, parent, proc_ops, data, KSHIM_SITE)
#define proc_create(name, mode, parent, proc_ops)			\
	kshim_proc_create_data(name, mode, parent, proc_ops, NULL, KSHIM_SITE)
#define proc_mkdir_data(name, mode, parent, data)			\
	kshim_proc_mkdir_data(name, mode, parent, data, KSHIM_SITE)
#define proc_mkdir_mode(name, mode, parent)				\
	kshim_proc_mkdir_data(name, mode, parent, NULL, KSHIM_SITE)
#define proc_mkdir(name, parent)					\
	kshim_proc_mkdir_data(name, 0, parent, NULL, KSHIM_SITE)
#define proc_create_seq_private(name, mode, parent, ops, state_size, data) \
	kshim_proc_create_seq_private(name, mode, parent, ops, state_size, \
				      data, KSHIM_SITE)
#define proc_create_seq_data(name, mode, parent, ops, data)		\
	proc_create_seq_private(name, mode, parent, ops, 0, data)
#define proc_create_seq(name, mode, parent, ops)			\
	proc_create_seq_private(name, mode, parent, ops, 0, NULL)
#define proc_create_single_data(name, mode, parent, show, data)	\
	kshim_proc_create_single_data(name, mode, parent, show, data,	\
				      KSHIM_SITE)
#define proc_create_single(name, mode, parent, show)			\
	proc_create_single_data(name, mode, parent, show, NULL)

void proc_set_size(struct proc_dir_entry *de, loff_t size);
void remove_proc_entry(const char *name, struct proc_dir_entry *parent);
int remove_proc_subtree(const char *name, struct proc_dir_entry *parent);
void proc_remove(struct proc_dir_entry *de);
void *proc_get_parent_data(const struct inode *inode);

/* The data given to proc_create_data() (6.1 has no PDE_DATA any more). */
static inline void *pde_data(const struct inode *inode)
{
	return inode->i_private;
}

#endif /* _LINUX_PROC_FS_H */
