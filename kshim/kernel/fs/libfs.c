// SPDX-License-Identifier: GPL-2.0-only
/*
 * The buffer helpers of fs/libfs.c, for modules built against the kernel's
 * own headers. Their user copies are the driver's call of the helper, at
 * its return address: a sweep or a failed copy names the driver's line.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/string.h>
#include <kshim/kapi.h>
#include "internal.h"

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
		left = kshim_copy_to_user_at(ubuf, buf + pos, count, site);
	else
		left = kshim_copy_from_user_at(buf + pos, ubuf, count, site);
	if (left == count)
		return -EFAULT;
	count -= left;
	*ppos = pos + count;
	return count;
}

ssize_t simple_read_from_buffer(void __user *to, size_t count, loff_t *ppos,
				const void *from, size_t available)
{
	/* @from is only read. */
	return simple_copy((void *)from, available, ppos, to, count, true,
			   KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(simple_read_from_buffer);

ssize_t simple_write_to_buffer(void *to, size_t available, loff_t *ppos,
			       const void __user *from, size_t count)
{
	/* @from is only read. */
	return simple_copy(to, available, ppos, (void __user *)from, count,
			   false, KSHIM_CALLER_SITE);
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
