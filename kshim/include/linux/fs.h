/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The part of 6.1's <linux/fs.h> character drivers use: struct file, struct
 * inode, struct file_operations, the seek helpers and the char device
 * registration calls. Files are opened by the harness (kshim/uspace.h).
 */
#ifndef _LINUX_FS_H
#define _LINUX_FS_H

#include <linux/types.h>
#include <linux/kdev_t.h>
#include <linux/fcntl.h>
#include <linux/list.h>
#include <linux/err.h>
#include <linux/limits.h>
#include <linux/ioctl.h>
/* What 6.1's fs.h brings along, and drivers count on. */
#include <linux/atomic.h>
#include <linux/bug.h>
#include <linux/build_bug.h>
#include <linux/init.h>
#include <linux/lockdep.h>
#include <linux/mutex.h>
#include <linux/rwsem.h>
#include <linux/slab.h>
#include <linux/stddef.h>
#include <linux/wait.h>
#include <linux/workqueue.h>
#include <kshim/kapi.h>

struct module;
struct file;
struct inode;
struct kiocb;
struct iov_iter;
struct io_comp_batch;
struct dir_context;
struct poll_table_struct;
struct vm_area_struct;
struct file_lock;
struct page;
struct pipe_inode_info;
struct seq_file;
struct io_uring_cmd;
struct cdev;
struct super_block;

typedef void *fl_owner_t;
typedef unsigned int __bitwise __poll_t;	/* uapi/linux/types.h */

/* uapi/linux/fs.h */
#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2
#define SEEK_DATA	3
#define SEEK_HOLE	4
#define SEEK_MAX	SEEK_HOLE

#define MAX_RW_COUNT	(INT_MAX & ~4095)	/* INT_MAX & PAGE_MASK */
#define MAX_LFS_FILESIZE	((loff_t)LLONG_MAX)
#define OFFSET_MAX	((loff_t)LLONG_MAX)

#define FMODE_READ		((__force fmode_t)0x1)
#define FMODE_WRITE		((__force fmode_t)0x2)
#define FMODE_LSEEK		((__force fmode_t)0x4)
#define FMODE_PREAD		((__force fmode_t)0x8)
#define FMODE_PWRITE		((__force fmode_t)0x10)
#define FMODE_EXEC		((__force fmode_t)0x20)
#define FMODE_NDELAY		((__force fmode_t)0x40)
#define FMODE_EXCL		((__force fmode_t)0x80)
#define FMODE_WRITE_IOCTL	((__force fmode_t)0x100)
#define FMODE_32BITHASH		((__force fmode_t)0x200)
#define FMODE_64BITHASH		((__force fmode_t)0x400)
#define FMODE_NOCMTIME		((__force fmode_t)0x800)
#define FMODE_RANDOM		((__force fmode_t)0x1000)
#define FMODE_UNSIGNED_OFFSET	((__force fmode_t)0x2000)
#define FMODE_PATH		((__force fmode_t)0x4000)
#define FMODE_ATOMIC_POS	((__force fmode_t)0x8000)
#define FMODE_WRITER		((__force fmode_t)0x10000)
#define FMODE_CAN_READ		((__force fmode_t)0x20000)
#define FMODE_CAN_WRITE		((__force fmode_t)0x40000)
#define FMODE_OPENED		((__force fmode_t)0x80000)
#define FMODE_CREATED		((__force fmode_t)0x100000)
#define FMODE_STREAM		((__force fmode_t)0x200000)
#define FMODE_NONOTIFY		((__force fmode_t)0x4000000)
#define FMODE_NOWAIT		((__force fmode_t)0x8000000)

/* The mode bits of an inode (uapi/linux/stat.h). */
#ifndef S_IFMT
#define S_IFMT		00170000
#define S_IFSOCK	0140000
#define S_IFLNK		0120000
#define S_IFREG		0100000
#define S_IFBLK		0060000
#define S_IFDIR		0040000
#define S_IFCHR		0020000
#define S_IFIFO		0010000
#define S_ISREG(m)	(((m) & S_IFMT) == S_IFREG)
#define S_ISDIR(m)	(((m) & S_IFMT) == S_IFDIR)
#define S_ISCHR(m)	(((m) & S_IFMT) == S_IFCHR)
#endif

#define CHRDEV_MAJOR_MAX	512
#define CHRDEV_MAJOR_DYN_END	234
#define CHRDEV_MAJOR_DYN_EXT_START	511
#define CHRDEV_MAJOR_DYN_EXT_END	384

/*
 * One per open of a node: kshim makes a fresh inode for each open file
 * (the kernel shares one per node), with what drivers read from it.
 */
struct inode {
	umode_t i_mode;
	dev_t i_rdev;
	loff_t i_size;
	unsigned long i_ino;
	struct cdev *i_cdev;
	struct super_block *i_sb;
	void *i_private;
	/* kshim's own: the procfs entry behind it */
	void *kshim_pde;
};

struct file {
	const struct file_operations *f_op;
	struct inode *f_inode;
	unsigned int f_flags;
	fmode_t f_mode;
	loff_t f_pos;
	u64 f_version;
	void *private_data;
	/* kshim's own */
	struct list_head kshim_node;	/* on its procfs entry's list */
	struct cdev *kshim_cdev;	/* cdev whose owner it holds */
	bool kshim_released;		/* release() has run (procfs rundown) */
};

struct file_operations {
	struct module *owner;
	loff_t (*llseek)(struct file *, loff_t, int);
	ssize_t (*read)(struct file *, char __user *, size_t, loff_t *);
	ssize_t (*write)(struct file *, const char __user *, size_t, loff_t *);
	ssize_t (*read_iter)(struct kiocb *, struct iov_iter *);
	ssize_t (*write_iter)(struct kiocb *, struct iov_iter *);
	int (*iopoll)(struct kiocb *kiocb, struct io_comp_batch *,
		      unsigned int flags);
	int (*iterate)(struct file *, struct dir_context *);
	int (*iterate_shared)(struct file *, struct dir_context *);
	__poll_t (*poll)(struct file *, struct poll_table_struct *);
	long (*unlocked_ioctl)(struct file *, unsigned int, unsigned long);
	long (*compat_ioctl)(struct file *, unsigned int, unsigned long);
	int (*mmap)(struct file *, struct vm_area_struct *);
	unsigned long mmap_supported_flags;
	int (*open)(struct inode *, struct file *);
	int (*flush)(struct file *, fl_owner_t id);
	int (*release)(struct inode *, struct file *);
	int (*fsync)(struct file *, loff_t, loff_t, int datasync);
	int (*fasync)(int, struct file *, int);
	int (*lock)(struct file *, int, struct file_lock *);
	ssize_t (*sendpage)(struct file *, struct page *, int, size_t,
			    loff_t *, int);
	unsigned long (*get_unmapped_area)(struct file *, unsigned long,
					   unsigned long, unsigned long,
					   unsigned long);
	int (*check_flags)(int);
	int (*flock)(struct file *, int, struct file_lock *);
	ssize_t (*splice_write)(struct pipe_inode_info *, struct file *,
				loff_t *, size_t, unsigned int);
	ssize_t (*splice_read)(struct file *, loff_t *,
			       struct pipe_inode_info *, size_t, unsigned int);
	int (*setlease)(struct file *, long, struct file_lock **, void **);
	long (*fallocate)(struct file *file, int mode, loff_t offset,
			  loff_t len);
	void (*show_fdinfo)(struct seq_file *m, struct file *f);
	ssize_t (*copy_file_range)(struct file *, loff_t, struct file *,
				   loff_t, size_t, unsigned int);
	loff_t (*remap_file_range)(struct file *file_in, loff_t pos_in,
				   struct file *file_out, loff_t pos_out,
				   loff_t len, unsigned int remap_flags);
	int (*fadvise)(struct file *, loff_t, loff_t, int);
	int (*uring_cmd)(struct io_uring_cmd *ioucmd, unsigned int issue_flags);
	int (*uring_cmd_iopoll)(struct io_uring_cmd *, struct io_comp_batch *,
				unsigned int poll_flags);
};

static inline struct inode *file_inode(const struct file *f)
{
	return f->f_inode;
}

static inline unsigned int iminor(const struct inode *inode)
{
	return MINOR(inode->i_rdev);
}

static inline unsigned int imajor(const struct inode *inode)
{
	return MAJOR(inode->i_rdev);
}

static inline loff_t i_size_read(const struct inode *inode)
{
	return inode->i_size;
}

static inline void i_size_write(struct inode *inode, loff_t i_size)
{
	inode->i_size = i_size;
}

/* fs/read_write.c and fs/open.c */
loff_t no_llseek(struct file *file, loff_t offset, int whence);
loff_t noop_llseek(struct file *file, loff_t offset, int whence);
loff_t default_llseek(struct file *file, loff_t offset, int whence);
loff_t vfs_setpos(struct file *file, loff_t offset, loff_t maxsize);
loff_t generic_file_llseek(struct file *file, loff_t offset, int whence);
loff_t generic_file_llseek_size(struct file *file, loff_t offset, int whence,
				loff_t maxsize, loff_t eof);
loff_t fixed_size_llseek(struct file *file, loff_t offset, int whence,
			 loff_t size);
loff_t no_seek_end_llseek(struct file *file, loff_t offset, int whence);
loff_t no_seek_end_llseek_size(struct file *file, loff_t offset, int whence,
			       loff_t size);
int nonseekable_open(struct inode *inode, struct file *filp);
int stream_open(struct inode *inode, struct file *filp);
int generic_file_open(struct inode *inode, struct file *filp);
int simple_open(struct inode *inode, struct file *file);

/* fs/libfs.c; the user copies are fallible at the caller's line. */
ssize_t simple_read_from_buffer(void __user *to, size_t count, loff_t *ppos,
				const void *from, size_t available);
ssize_t simple_write_to_buffer(void *to, size_t available, loff_t *ppos,
			       const void __user *from, size_t count);
ssize_t kshim_simple_read_from_buffer(void __user *to, size_t count,
				      loff_t *ppos, const void *from,
				      size_t available,
				      const struct kshim_site *site);
ssize_t kshim_simple_write_to_buffer(void *to, size_t available, loff_t *ppos,
				     const void __user *from, size_t count,
				     const struct kshim_site *site);
#define simple_read_from_buffer(to, count, ppos, from, available)	\
	kshim_simple_read_from_buffer(to, count, ppos, from, available,	\
				      KSHIM_SITE)
#define simple_write_to_buffer(to, available, ppos, from, count)	\
	kshim_simple_write_to_buffer(to, available, ppos, from, count,	\
				     KSHIM_SITE)
ssize_t memory_read_from_buffer(void *to, size_t count, loff_t *ppos,
				const void *from, size_t available);

/* fs/char_dev.c: a registration names the driver's call site. */
int kshim_alloc_chrdev_region(dev_t *dev, unsigned int baseminor,
			      unsigned int count, const char *name,
			      const struct kshim_site *site);
int kshim_register_chrdev_region(dev_t from, unsigned int count,
				 const char *name,
				 const struct kshim_site *site);
int kshim_register_chrdev(unsigned int major, unsigned int baseminor,
			  unsigned int count, const char *name,
			  const struct file_operations *fops,
			  const struct kshim_site *site);
void unregister_chrdev_region(dev_t from, unsigned int count);
void __unregister_chrdev(unsigned int major, unsigned int baseminor,
			 unsigned int count, const char *name);

#define alloc_chrdev_region(dev, baseminor, count, name)		\
	kshim_alloc_chrdev_region(dev, baseminor, count, name, KSHIM_SITE)
#define register_chrdev_region(from, count, name)			\
	kshim_register_chrdev_region(from, count, name, KSHIM_SITE)
#define __register_chrdev(major, baseminor, count, name, fops)		\
	kshim_register_chrdev(major, baseminor, count, name, fops, KSHIM_SITE)
#define register_chrdev(major, name, fops)				\
	kshim_register_chrdev(major, 0, 256, name, fops, KSHIM_SITE)

static inline void unregister_chrdev(unsigned int major, const char *name)
{
	__unregister_chrdev(major, 0, 256, name);
}

/* fs/file_table.c, fs/open.c: what fops_get() and fops_put() do. */
#define fops_get(fops)							\
	(((fops) && try_module_get((fops)->owner) ? (fops) : NULL))
#define fops_put(fops)							\
	do {								\
		if (fops)						\
			module_put((fops)->owner);			\
	} while (0)

#endif /* _LINUX_FS_H */
