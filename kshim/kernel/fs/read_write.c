// SPDX-License-Identifier: GPL-2.0-only
/*
 * Reading, writing and seeking (fs/read_write.c) for modules built against
 * the kernel's own headers: the llseek helpers drivers put in their
 * file_operations, and the read(), write() and lseek() of the harness.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/uaccess.h>
#include <kshim/usapi.h>
#include "internal.h"

static bool unsigned_offsets(struct file *file)
{
	return file->f_mode & FMODE_UNSIGNED_OFFSET;
}

loff_t vfs_setpos(struct file *file, loff_t offset, loff_t maxsize)
{
	if (offset < 0 && !unsigned_offsets(file))
		return -EINVAL;
	if (offset > maxsize)
		return -EINVAL;
	if (offset != file->f_pos) {
		file->f_pos = offset;
		file->f_version = 0;
	}
	return offset;
}
EXPORT_SYMBOL(vfs_setpos);

loff_t generic_file_llseek_size(struct file *file, loff_t offset, int whence,
				loff_t maxsize, loff_t eof)
{
	switch (whence) {
	case SEEK_END:
		offset += eof;
		break;
	case SEEK_CUR:
		/* Only the position asked for: no need to move it. */
		if (offset == 0)
			return file->f_pos;
		offset += file->f_pos;
		break;
	case SEEK_DATA:
		if ((unsigned long long)offset >= eof)
			return -ENXIO;
		break;
	case SEEK_HOLE:
		if ((unsigned long long)offset >= eof)
			return -ENXIO;
		offset = eof;
		break;
	}
	return vfs_setpos(file, offset, maxsize);
}
EXPORT_SYMBOL(generic_file_llseek_size);

loff_t generic_file_llseek(struct file *file, loff_t offset, int whence)
{
	return generic_file_llseek_size(file, offset, whence, MAX_LFS_FILESIZE,
					i_size_read(file_inode(file)));
}
EXPORT_SYMBOL(generic_file_llseek);

loff_t fixed_size_llseek(struct file *file, loff_t offset, int whence,
			 loff_t size)
{
	switch (whence) {
	case SEEK_SET:
	case SEEK_CUR:
	case SEEK_END:
		return generic_file_llseek_size(file, offset, whence, size, size);
	default:
		return -EINVAL;
	}
}
EXPORT_SYMBOL(fixed_size_llseek);

loff_t no_seek_end_llseek(struct file *file, loff_t offset, int whence)
{
	switch (whence) {
	case SEEK_SET:
	case SEEK_CUR:
		return generic_file_llseek_size(file, offset, whence,
						OFFSET_MAX, 0);
	default:
		return -EINVAL;
	}
}
EXPORT_SYMBOL(no_seek_end_llseek);

loff_t no_seek_end_llseek_size(struct file *file, loff_t offset, int whence,
			       loff_t size)
{
	switch (whence) {
	case SEEK_SET:
	case SEEK_CUR:
		return generic_file_llseek_size(file, offset, whence, size, 0);
	default:
		return -EINVAL;
	}
}
EXPORT_SYMBOL(no_seek_end_llseek_size);

loff_t noop_llseek(struct file *file, loff_t offset, int whence)
{
	return file->f_pos;
}
EXPORT_SYMBOL(noop_llseek);

loff_t default_llseek(struct file *file, loff_t offset, int whence)
{
	loff_t size = i_size_read(file_inode(file));

	switch (whence) {
	case SEEK_END:
		offset += size;
		break;
	case SEEK_CUR:
		if (offset == 0)
			return file->f_pos;
		offset += file->f_pos;
		break;
	case SEEK_DATA:
		if (offset >= size)
			return -ENXIO;
		break;
	case SEEK_HOLE:
		if (offset >= size)
			return -ENXIO;
		offset = size;
		break;
	}
	return vfs_setpos(file, offset, OFFSET_MAX);
}
EXPORT_SYMBOL(default_llseek);

/* ---- The system calls, for the harness (host/uspace.c) ---- */

/* rw_verify_area()'s position check; stream files have no position. */
static int rw_check(struct file *filp, const void __user *buf, size_t n,
		    loff_t *pos)
{
	if (!access_ok(buf, n))
		return -EFAULT;
	if (pos && *pos < 0 && !unsigned_offsets(filp))
		return -EINVAL;
	return 0;
}

/* vfs_read(), or vfs_write() if @write, and ksys_read()'s f_pos update. */
static long vfs_rw(struct file *filp, const void __user *buf, size_t n,
		   bool write)
{
	loff_t pos = filp->f_pos, *ppos;
	ssize_t ret;

	if (!(filp->f_mode & (write ? FMODE_WRITE : FMODE_READ)))
		return -EBADF;
	if (!(filp->f_mode & (write ? FMODE_CAN_WRITE : FMODE_CAN_READ)))
		return -EINVAL;
	ppos = filp->f_mode & FMODE_STREAM ? NULL : &pos;
	ret = rw_check(filp, buf, n, ppos);
	if (ret)
		return ret;
	if (n > MAX_RW_COUNT)
		n = MAX_RW_COUNT;
	if (write)
		ret = filp->f_op->write(filp, buf, n, ppos);
	else	/* @buf is __kshim_vfs_read()'s, writable */
		ret = filp->f_op->read(filp, (void __user *)buf, n, ppos);
	if (ret >= 0 && ppos)
		filp->f_pos = pos;
	return ret;
}

long __kshim_vfs_read(void *f, void *buf, size_t n)
{
	return vfs_rw(f, (const void __force __user *)buf, n, false);
}

long __kshim_vfs_write(void *f, const void *buf, size_t n)
{
	return vfs_rw(f, (const void __force __user *)buf, n, true);
}

long long __kshim_vfs_llseek(void *f, long long off, int whence)
{
	struct file *filp = f;

	if (whence < 0 || whence > SEEK_MAX)
		return -EINVAL;
	/*
	 * vfs_llseek(): without FMODE_LSEEK or ->llseek, -ESPIPE (this tree's
	 * no_llseek is NULL, no function).
	 */
	if ((filp->f_mode & FMODE_LSEEK) && filp->f_op->llseek)
		return filp->f_op->llseek(filp, off, whence);
	return -ESPIPE;
}
