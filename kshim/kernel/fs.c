// SPDX-License-Identifier: GPL-2.0-only
/*
 * The VFS of user space's system calls on character devices and procfs
 * files (fs/open.c, read_write.c, ioctl.c, file_table.c), the seek and
 * buffer helpers drivers use, and user memory access (uaccess.h).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/cdev.h>
#include <linux/module.h>
#include <linux/poll.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <uapi/asm-generic/ioctls.h>
#include <kshim/devapi.h>
#include <kshim/usapi.h>

#include "uspace.h"

/* ---- User memory ---- */

/* How many of the @n bytes at @p can be accessed (none if !access_ok()). */
static unsigned long user_ok(const void __user *p, unsigned long n,
			     const struct kshim_site *site, const char *what)
{
	return access_ok(p, n) ? kshim_user_access(p, n, site, what) : 0;
}

/*
 * Each user access may fault, and a fault may sleep: might_fault() where
 * 6.1's x86_64 build has it (lib/usercopy.c's out-of-line copies; get_user()
 * and put_user() are macros, so the driver's own line).
 */
static void user_might_fault(const char *file, int line,
			     const struct kshim_site *site)
{
	if (file)
		kshim_might_fault(file, line, site);
	else
		kshim_might_fault(site->file, site->line, NULL);
}

unsigned long kshim_copy_from_user(void *to, const void __user *from,
				   unsigned long n,
				   const struct kshim_site *site)
{
	unsigned long ok;

	user_might_fault("lib/usercopy.c", 14, site);
	ok = user_ok(from, n, site, "copy_from_user");
	memcpy(to, (const void __force *)from, ok);
	/* What could not be read is zeroed, as _copy_from_user() does. */
	memset(to + ok, 0, n - ok);
	return n - ok;
}
EXPORT_SYMBOL(kshim_copy_from_user);

unsigned long kshim_copy_to_user(void __user *to, const void *from,
				 unsigned long n,
				 const struct kshim_site *site)
{
	unsigned long ok;

	user_might_fault("lib/usercopy.c", 36, site);
	ok = user_ok(to, n, site, "copy_to_user");
	memcpy((void __force *)to, from, ok);
	return n - ok;
}
EXPORT_SYMBOL(kshim_copy_to_user);

unsigned long kshim_clear_user(void __user *to, unsigned long n,
			       const struct kshim_site *site)
{
	unsigned long ok;

	user_might_fault("arch/x86/include/asm/uaccess_64.h", 96, site);
	ok = user_ok(to, n, site, "clear_user");
	memset((void __force *)to, 0, ok);
	return n - ok;
}
EXPORT_SYMBOL(kshim_clear_user);

/* One access of @size bytes: all or nothing, as a single mov faults. */
int kshim_get_user(void *val, const void __user *ptr, unsigned long size,
		   const struct kshim_site *site)
{
	user_might_fault(NULL, 0, site);
	if (user_ok(ptr, size, site, "get_user") != size) {
		memset(val, 0, size);
		return -EFAULT;
	}
	memcpy(val, (const void __force *)ptr, size);
	return 0;
}
EXPORT_SYMBOL(kshim_get_user);

int kshim_put_user(const void *val, void __user *ptr, unsigned long size,
		   const struct kshim_site *site)
{
	user_might_fault(NULL, 0, site);
	if (user_ok(ptr, size, site, "put_user") != size)
		return -EFAULT;
	memcpy((void __force *)ptr, val, size);
	return 0;
}
EXPORT_SYMBOL(kshim_put_user);

/*
 * lib/strncpy_from_user.c: the length of the string copied (without its
 * NUL), @count when no NUL came within @count bytes, -EFAULT on a fault.
 */
long kshim_strncpy_from_user(char *dst, const char __user *src, long count,
			     const struct kshim_site *site)
{
	const char *s = (const char __force *)src;
	unsigned long ok;
	long i;

	user_might_fault("lib/strncpy_from_user.c", 117, site);
	if (count <= 0)
		return 0;
	if (!access_ok(src, 1))
		return -EFAULT;
	ok = kshim_user_access(src, count, site, "strncpy_from_user");
	for (i = 0; i < (long)ok; i++) {
		dst[i] = s[i];
		if (!s[i])
			return i;
	}
	return i == count ? count : -EFAULT;
}
EXPORT_SYMBOL(kshim_strncpy_from_user);

/*
 * lib/strnlen_user.c: the size of the string with its NUL; more than @n
 * when it is longer; 0 on a fault.
 */
long kshim_strnlen_user(const char __user *str, long n,
			const struct kshim_site *site)
{
	const char *s = (const char __force *)str;
	unsigned long ok;
	long i;

	if (n <= 0 || !access_ok(str, 1))
		return 0;
	ok = kshim_user_access(str, n, site, "strnlen_user");
	for (i = 0; i < (long)ok; i++)
		if (!s[i])
			return i + 1;
	return i == n ? n + 1 : 0;
}
EXPORT_SYMBOL(kshim_strnlen_user);

/* mm/util.c: @len bytes from @src in a new buffer of @size. */
static void *memdup(const void __user *src, size_t len, size_t size,
		    gfp_t gfp, const struct kshim_site *site)
{
	void *p = kshim_alloc(size, (__force unsigned int)gfp, site, "kmalloc");

	if (!p)
		return ERR_PTR(-ENOMEM);
	if (kshim_copy_from_user(p, src, len, site)) {
		kshim_free(p, site, "kfree");
		return ERR_PTR(-EFAULT);
	}
	return p;
}

void *kshim_memdup_user(const void __user *src, size_t len,
			const struct kshim_site *site)
{
	return memdup(src, len, len, GFP_USER | __GFP_NOWARN, site);
}
EXPORT_SYMBOL(kshim_memdup_user);

void *kshim_memdup_user_nul(const void __user *src, size_t len,
			    const struct kshim_site *site)
{
	char *p = memdup(src, len, len + 1, GFP_KERNEL, site);

	if (!IS_ERR(p))
		p[len] = '\0';
	return p;
}
EXPORT_SYMBOL(kshim_memdup_user_nul);

char *kshim_strndup_user(const char __user *s, long n,
			 const struct kshim_site *site)
{
	long length = kshim_strnlen_user(s, n, site);
	char *p;

	if (!length)
		return ERR_PTR(-EFAULT);
	if (length > n)
		return ERR_PTR(-EINVAL);
	p = kshim_memdup_user(s, length, site);
	if (IS_ERR(p))
		return p;
	p[length - 1] = '\0';
	return p;
}
EXPORT_SYMBOL(kshim_strndup_user);

/* ---- Seeking (fs/read_write.c) ---- */

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

loff_t no_llseek(struct file *file, loff_t offset, int whence)
{
	return -ESPIPE;
}
EXPORT_SYMBOL(no_llseek);

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

/* fs/open.c */
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

/* fs/libfs.c */
int simple_open(struct inode *inode, struct file *file)
{
	if (inode->i_private)
		file->private_data = inode->i_private;
	return 0;
}
EXPORT_SYMBOL(simple_open);

/*
 * At most @count bytes between user memory at @ubuf and the @available
 * bytes at @buf, from *@ppos: @to user memory, or from it.
 */
static ssize_t simple_copy(void *buf, size_t available, loff_t *ppos,
			   void __user *ubuf, size_t count, bool to,
			   const struct kshim_site *site)
{
	loff_t pos = *ppos;
	size_t left;

	if (pos < 0)
		return -EINVAL;
	if (pos >= available || !count)
		return 0;
	if (count > available - pos)
		count = available - pos;
	if (to)
		left = kshim_copy_to_user(ubuf, buf + pos, count, site);
	else
		left = kshim_copy_from_user(buf + pos, ubuf, count, site);
	if (left == count)
		return -EFAULT;
	count -= left;
	*ppos = pos + count;
	return count;
}

ssize_t kshim_simple_read_from_buffer(void __user *to, size_t count,
				      loff_t *ppos, const void *from,
				      size_t available,
				      const struct kshim_site *site)
{
	/* @from is only read. */
	return simple_copy((void *)from, available, ppos, to, count, true, site);
}
EXPORT_SYMBOL(kshim_simple_read_from_buffer);

ssize_t kshim_simple_write_to_buffer(void *to, size_t available, loff_t *ppos,
				     const void __user *from, size_t count,
				     const struct kshim_site *site)
{
	/* @from is only read. */
	return simple_copy(to, available, ppos, (void __user *)from, count,
			   false, site);
}
EXPORT_SYMBOL(kshim_simple_write_to_buffer);

/* The functions themselves, for a caller that takes their address. */
ssize_t (simple_read_from_buffer)(void __user *to, size_t count, loff_t *ppos,
				  const void *from, size_t available)
{
	return kshim_simple_read_from_buffer(to, count, ppos, from, available,
					     KSHIM_SITE);
}
EXPORT_SYMBOL(simple_read_from_buffer);

ssize_t (simple_write_to_buffer)(void *to, size_t available, loff_t *ppos,
				 const void __user *from, size_t count)
{
	return kshim_simple_write_to_buffer(to, available, ppos, from, count,
					    KSHIM_SITE);
}
EXPORT_SYMBOL(simple_write_to_buffer);

ssize_t memory_read_from_buffer(void *to, size_t count, loff_t *ppos,
				const void *from, size_t available)
{
	loff_t pos = *ppos;

	if (pos < 0)
		return -EINVAL;
	if (pos >= available)
		return 0;
	if (count > available - pos)
		count = available - pos;
	memcpy(to, from + pos, count);
	*ppos = pos + count;
	return count;
}
EXPORT_SYMBOL(memory_read_from_buffer);

/* ---- The system calls, for the harness (host/uspace.c) ---- */

/* kshim's bookkeeping: never a driver's leak, never failed. */
struct file *kshim_file_alloc(void)
{
	struct file *filp = kshim_host_zalloc(sizeof(*filp));

	filp->f_inode = kshim_host_zalloc(sizeof(*filp->f_inode));
	INIT_LIST_HEAD(&filp->kshim_node);
	return filp;
}

void kshim_file_free(struct file *filp)
{
	kshim_host_free(filp->f_inode);
	kshim_host_free(filp);
}

/* What __fput() drops: the file's f_op and the cdev it opened. */
static void file_put_refs(struct file *filp)
{
	fops_put(filp->f_op);
	if (filp->kshim_cdev)
		cdev_put(filp->kshim_cdev);
	filp->f_op = NULL;
	filp->kshim_cdev = NULL;
}

#define OPEN_FMODE(flag)	((__force fmode_t)(((flag) + 1) & O_ACCMODE))

void *__kshim_vfs_open(const char *path, int flags, int *err)
{
	struct file *filp = kshim_file_alloc();
	struct inode *inode = filp->f_inode;
	dev_t devt;
	int ret;

	filp->f_flags = flags & ~(O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC);
	/* do_dentry_open(): all three set; ->open() may clear them. */
	filp->f_mode = OPEN_FMODE(flags) | FMODE_LSEEK | FMODE_PREAD |
		       FMODE_PWRITE;
	if (!strncmp(path, "/proc/", 6)) {
		ret = kshim_proc_open(path + 6, inode, filp);
	} else {
		ret = kshim_chrdev_lookup(path, &devt);
		if (!ret) {
			inode->i_mode = S_IFCHR | 0600;
			inode->i_rdev = devt;
			ret = kshim_chrdev_open(inode, filp);
		}
	}
	if (ret) {
		file_put_refs(filp);
		kshim_proc_file_gone(filp);
		kshim_file_free(filp);
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
static long vfs_rw(struct file *filp, const void *buf, size_t n, bool write)
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
		ret = filp->f_op->read(filp, (void *)buf, n, ppos);
	if (ret >= 0 && ppos)
		filp->f_pos = pos;
	return ret;
}

long __kshim_vfs_read(void *f, void *buf, size_t n)
{
	return vfs_rw(f, buf, n, false);
}

long __kshim_vfs_write(void *f, const void *buf, size_t n)
{
	return vfs_rw(f, buf, n, true);
}

long long __kshim_vfs_llseek(void *f, long long off, int whence)
{
	struct file *filp = f;

	if (whence < 0 || whence > SEEK_MAX)
		return -EINVAL;
	/* vfs_llseek(): without FMODE_LSEEK or ->llseek, no_llseek(). */
	if ((filp->f_mode & FMODE_LSEEK) && filp->f_op->llseek)
		return filp->f_op->llseek(filp, off, whence);
	return no_llseek(filp, off, whence);
}

/* do_vfs_ioctl(): the commands every file has, then ->unlocked_ioctl(). */
long __kshim_vfs_ioctl(void *f, unsigned int cmd, unsigned long arg)
{
	struct file *filp = f;
	int __user *argp = (int __user *)arg;
	long ret;
	int on;

	switch (cmd) {
	case FIOCLEX:
	case FIONCLEX:
		return 0;
	case FIONBIO:
		if (get_user(on, argp))
			return -EFAULT;
		if (on)
			filp->f_flags |= O_NONBLOCK;
		else
			filp->f_flags &= ~O_NONBLOCK;
		return 0;
	case FIOASYNC:
		if (get_user(on, argp))
			return -EFAULT;
		ret = 0;
		/* ->fasync() changes f_flags itself (fasync_helper()). */
		if (((on ? FASYNC : 0) ^ filp->f_flags) & FASYNC) {
			if (filp->f_op->fasync)
				ret = filp->f_op->fasync(0, filp, on);
			else
				ret = -ENOTTY;
		}
		return ret < 0 ? ret : 0;
	case FIOQSIZE:
		return -ENOTTY;		/* not a directory, link or file */
	}
	if (!filp->f_op->unlocked_ioctl)
		return -ENOTTY;
	ret = filp->f_op->unlocked_ioctl(filp, cmd, arg);
	if (ret == -ENOIOCTLCMD)
		ret = -ENOTTY;
	return ret;
}

struct kshim_poll_table {
	poll_table pt;
	size_t nqueues;
};

static void count_queue(struct file *filp, struct wait_queue_head *wq,
			poll_table *pt)
{
	container_of(pt, struct kshim_poll_table, pt)->nqueues++;
}

unsigned int __kshim_vfs_poll(void *f, size_t *nqueues)
{
	struct kshim_poll_table t;
	__poll_t mask;

	init_poll_funcptr(&t.pt, count_queue);
	t.nqueues = 0;
	mask = vfs_poll(f, &t.pt);
	*nqueues = t.nqueues;
	return (__force unsigned int)mask;
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
	struct file *filp = f;

	if (filp->f_op && filp->f_op->release && !filp->kshim_released)
		filp->f_op->release(filp->f_inode, filp);
	filp->kshim_released = true;
	file_put_refs(filp);
	kshim_proc_file_gone(filp);
	kshim_file_free(filp);
}

/* Its module is gone: release() is freed code, never to be called. */
void __kshim_vfs_orphan(void *f)
{
	((struct file *)f)->kshim_released = true;
}

const char *__kshim_vfs_module(void *f)
{
	struct file *filp = f;

	if (filp->f_op && filp->f_op->owner)
		return module_name(filp->f_op->owner);
	if (filp->f_inode->kshim_pde)
		return kshim_proc_file_module(filp);
	if (filp->f_inode->i_rdev)
		return kshim_chrdev_module(filp->f_inode->i_rdev);
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
