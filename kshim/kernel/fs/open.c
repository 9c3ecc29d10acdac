// SPDX-License-Identifier: GPL-2.0-only
/*
 * Opening and closing files of character devices and procfs (fs/open.c,
 * file_table.c) for modules built against the kernel's own headers: the
 * open() and close() of the harness (host/uspace.c), and the open helpers
 * drivers call from their ->open().
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/module.h>
#include <linux/string.h>
#include <kshim/devapi.h>
#include <kshim/usapi.h>
#include "internal.h"

int generic_file_open(struct inode *inode, struct file *filp)
{
	return 0;	/* only O_LARGEFILE checks, which 64 bits always pass */
}
EXPORT_SYMBOL(generic_file_open);

int nonseekable_open(struct inode *inode, struct file *filp)
{
	filp->f_mode &= ~(FMODE_LSEEK | FMODE_PREAD | FMODE_PWRITE);
	return 0;
}
EXPORT_SYMBOL(nonseekable_open);

int stream_open(struct inode *inode, struct file *filp)
{
	filp->f_mode &= ~(FMODE_LSEEK | FMODE_PREAD | FMODE_PWRITE |
			  FMODE_ATOMIC_POS);
	filp->f_mode |= FMODE_STREAM;
	return 0;
}
EXPORT_SYMBOL(stream_open);

/* ---- The system calls, for the harness (host/uspace.c) ---- */

/* kshim's bookkeeping: never a driver's leak, never failed. */
struct kshim_vfile *kshim_vfile_alloc(void)
{
	struct kshim_vfile *vf = kshim_host_zalloc(sizeof(*vf));

	vf->file.f_inode = &vf->inode;
	INIT_LIST_HEAD(&vf->pde_node);
	return vf;
}

void kshim_vfile_free(struct kshim_vfile *vf)
{
	kshim_host_free(vf);
}

/* What __fput() drops: the file's f_op and the cdev it opened. */
static void file_put_refs(struct kshim_vfile *vf)
{
	kshim_fops_put(vf->file.f_op);
	kshim_cdev_put(vf->cdev);
	vf->file.f_op = NULL;
	vf->cdev = NULL;
}

void *__kshim_vfs_open(const char *path, int flags, int *err)
{
	struct kshim_vfile *vf = kshim_vfile_alloc();
	struct file *filp = &vf->file;
	struct inode *inode = &vf->inode;
	dev_t devt;
	int ret;

	filp->f_flags = flags & ~(O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC);
	/* do_dentry_open(): all three set; ->open() may clear them. */
	filp->f_mode = OPEN_FMODE(flags) | FMODE_LSEEK | FMODE_PREAD |
		       FMODE_PWRITE;
	if (!strncmp(path, "/proc/", 6)) {
		ret = kshim_proc_open(path + 6, vf);
	} else {
		ret = kshim_chrdev_lookup(path, &devt);
		if (!ret) {
			inode->i_mode = S_IFCHR | 0600;
			inode->i_rdev = devt;
			ret = kshim_chrdev_open(inode, filp);
		}
	}
	if (ret) {
		file_put_refs(vf);
		kshim_proc_file_gone(vf);
		kshim_vfile_free(vf);
		*err = ret;
		return NULL;
	}
	filp->f_mode |= FMODE_OPENED;
	if ((filp->f_mode & FMODE_READ) && filp->f_op->read)
		filp->f_mode |= FMODE_CAN_READ;
	if ((filp->f_mode & FMODE_WRITE) && filp->f_op->write)
		filp->f_mode |= FMODE_CAN_WRITE;
	return filp;
}

/* filp_close()'s ->flush(), with the files table as the owner. */
static int files_token;

int __kshim_vfs_flush(void *f)
{
	struct file *filp = f;

	if (filp->f_op && filp->f_op->flush)
		return filp->f_op->flush(filp, &files_token);
	return 0;
}

void __kshim_vfs_release(void *f)
{
	struct kshim_vfile *vf = kshim_vfile(f);
	struct file *filp = f;

	if (filp->f_op && filp->f_op->release && !vf->released)
		filp->f_op->release(filp->f_inode, filp);
	vf->released = true;
	file_put_refs(vf);
	kshim_proc_file_gone(vf);
	kshim_vfile_free(vf);
}

/* Its module is gone: release() is freed code, never to be called. */
void __kshim_vfs_orphan(void *f)
{
	kshim_vfile(f)->released = true;
}

const char *__kshim_vfs_module(void *f)
{
	struct kshim_vfile *vf = kshim_vfile(f);
	struct file *filp = f;

	if (filp->f_op && filp->f_op->owner)
		return filp->f_op->owner->name;
	if (vf->pde)
		return kshim_proc_file_module(vf);
	if (vf->inode.i_rdev)
		return kshim_chrdev_module(vf->inode.i_rdev);
	return NULL;
}

const char *__kshim_path_module(const char *path)
{
	dev_t devt;

	if (!strncmp(path, "/proc/", 6))
		return kshim_proc_module(path + 6);
	if (!kshim_chrdev_lookup(path, &devt))
		return kshim_chrdev_module(devt);
	return NULL;
}

void __kshim_uspace_unload(const char *module, const char *when)
{
	kshim_chrdev_unload(module, when);
	kshim_proc_unload(module, when);
}

void __kshim_uspace_reset(void)
{
	kshim_chrdev_reset();
	kshim_proc_reset();
}
