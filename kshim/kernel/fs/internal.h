/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Between the files of kshim's fs/ on the new path (char_dev.c, open.c,
 * read_write.c, libfs.c, seq_file.c, proc/), lib/kfifo.c, mm/util.c and
 * drivers/char/misc.c: an open file's bookkeeping, and user copies made at
 * a site that is not their own line.
 */
#ifndef _KSHIM_KERNEL_FS_INTERNAL_H
#define _KSHIM_KERNEL_FS_INTERNAL_H

#include <linux/fs.h>
#include <linux/list.h>
#include <kshim/kapi.h>
#include "../internal.h"

struct proc_dir_entry;
struct seq_file;
struct seq_operations;

/*
 * What the VFS keeps beside a struct file of the harness's: its inode (one
 * per open: there is no dcache), the cdev the open took, the procfs entry
 * it holds. Never a driver's allocation.
 */
struct kshim_vfile {
	struct file file;
	struct inode inode;
	struct cdev *cdev;
	struct proc_dir_entry *pde;
	struct list_head pde_node;	/* on the entry's list of open files */
	bool released;			/* ->release() ran (or must not) */
};

static inline struct kshim_vfile *kshim_vfile(struct file *file)
{
	return container_of(file, struct kshim_vfile, file);
}

/* open.c */
struct kshim_vfile *kshim_vfile_alloc(void);
void kshim_vfile_free(struct kshim_vfile *vf);

/* char_dev.c: "/dev/NAME" or "char:MAJOR:MINOR" to a device number. */
int kshim_chrdev_lookup(const char *path, dev_t *devt);
int kshim_chrdev_open(struct inode *inode, struct file *filp);
const char *kshim_chrdev_module(dev_t devt);
void kshim_chrdev_unload(const char *module, const char *when);
void kshim_chrdev_reset(void);
void kshim_cdev_put(struct cdev *p);
/* fops_get() and fops_put(): host/module.c counts the references. */
const struct file_operations *kshim_fops_get(const struct file_operations *fops);
void kshim_fops_put(const struct file_operations *fops);

/*
 * drivers/char/misc.c, once it is on the new path (weak until then): the
 * module of misc device 10:@minor, and the forgetting of what @module left.
 * Its nodes are devtmpfs' (kshim_find_device()).
 */
const char *kshim_misc_module(unsigned int minor) __weak;
void kshim_misc_unload(const char *module, const char *when) __weak;
void kshim_misc_reset(void) __weak;
/* misc_open(), the open of major 10; and misc's nodes by nodename or name. */
int kshim_misc_open(struct inode *inode, struct file *filp) __weak;
int kshim_misc_lookup(const char *node, dev_t *devt) __weak;
/* drivers/base/class.c: classes and device_create() devices left behind. */
void kshim_devclass_unload(const char *module, const char *when) __weak;
void kshim_devclass_reset(void) __weak;
/* drivers/base/: a registered device by name (devtmpfs' node), if there. */
struct device *kshim_find_device(const char *name) __weak;

/* proc/: @path is below /proc. */
int kshim_proc_open(const char *path, struct kshim_vfile *vf);
const char *kshim_proc_module(const char *path);
const char *kshim_proc_file_module(struct kshim_vfile *vf);
void kshim_proc_file_gone(struct kshim_vfile *vf);
void kshim_proc_unload(const char *module, const char *when);
void kshim_proc_reset(void);

/* seq_file.c: the opens procfs makes for proc_create_seq/single(). */
int kshim_seq_open_private_at(struct file *file,
			      const struct seq_operations *ops, int psize,
			      const struct kshim_site *site);
int kshim_single_open_at(struct file *file,
			 int (*show)(struct seq_file *, void *), void *data,
			 size_t size, const struct kshim_site *site);

/*
 * copy_to_user() and copy_from_user() at @site: the kernel's are inline,
 * so a kernel API's copy would be named at kshim's line, not at the
 * driver's call of the API (simple_read_from_buffer() in a ->read()).
 */
unsigned long kshim_copy_to_user_at(void __user *to, const void *from,
				    unsigned long n,
				    const struct kshim_site *site);
unsigned long kshim_copy_from_user_at(void *to, const void __user *from,
				      unsigned long n,
				      const struct kshim_site *site);

#endif /* _KSHIM_KERNEL_FS_INTERNAL_H */
