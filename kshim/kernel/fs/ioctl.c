// SPDX-License-Identifier: GPL-2.0-only
/*
 * ioctl() (fs/ioctl.c) of the harness, for modules built against the
 * kernel's own headers: the commands every file has, then the driver's.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/uaccess.h>
#include <uapi/asm-generic/ioctls.h>
#include <kshim/usapi.h>
#include "internal.h"

/* A flag argument, read as the kernel's get_user(): all or nothing. */
static int get_flag(int __user *argp, int *on)
{
	if (kshim_copy_from_user_at(on, argp, sizeof(*on), KSHIM_SITE))
		return -EFAULT;
	return 0;
}

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
		if (get_flag(argp, &on))
			return -EFAULT;
		if (on)
			filp->f_flags |= O_NONBLOCK;
		else
			filp->f_flags &= ~O_NONBLOCK;
		return 0;
	case FIOASYNC:
		if (get_flag(argp, &on))
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
