/* SPDX-License-Identifier: GPL-2.0-only */
/* Between kshim's kernel-side user space files: fs.c, char_dev.c, procfs.c. */
#ifndef _KSHIM_KERNEL_USPACE_H
#define _KSHIM_KERNEL_USPACE_H

#include <linux/fs.h>

/* char_dev.c: "/dev/<name>" or "char:MAJOR:MINOR" to a device number. */
int kshim_chrdev_lookup(const char *path, dev_t *devt);
/* chrdev_open(), misc_open(): the file's f_op set, module references taken. */
int kshim_chrdev_open(struct inode *inode, struct file *filp);
const char *kshim_chrdev_module(dev_t devt);
void kshim_chrdev_unload(const char *module, const char *when);
void kshim_chrdev_reset(void);

/* procfs.c: @path is below /proc. */
int kshim_proc_open(const char *path, struct inode *inode, struct file *filp);
const char *kshim_proc_module(const char *path);
const char *kshim_proc_file_module(struct file *filp);
void kshim_proc_file_gone(struct file *filp);	/* the file is freed */
void kshim_proc_unload(const char *module, const char *when);
void kshim_proc_reset(void);

/* fs.c */
struct file *kshim_file_alloc(void);
void kshim_file_free(struct file *filp);

#endif /* _KSHIM_KERNEL_USPACE_H */
