// SPDX-License-Identifier: GPL-2.0
/*
 * User space on both paths: character devices, procfs and a kfifo, with
 * nothing of the device model, locks or wait queue wake-ups (not on the
 * new path yet). Valid 6.1 code.
 *  - "us_chr" (register_chrdev(), all 256 minors): one opener at a time, a
 *    stream that says which minor it is;
 *  - "us_unit" (alloc_chrdev_region() + a cdev of minors 4 and 5): a message
 *    on minor 4 (read, write, fixed_size_llseek(), ioctl, poll) and a kfifo
 *    on minor 5 (kfifo_from_user(), kfifo_to_user());
 *  - /proc/us_chardev/state (proc_mkdir() + proc_create_single()) and
 *    /proc/us_chardev/fifo (proc_create_seq(): one line per byte queued).
 * leave=1 forgets the proc directory and the unit at exit.
 */
#include <linux/module.h>
#include <linux/atomic.h>
#include <linux/cdev.h>
#include <linux/fs.h>
#include <linux/kfifo.h>
#include <linux/poll.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/wait.h>

#define US_SIZE		64
#define US_IOC_GET_LEN	_IOR('u', 1, int)
#define US_IOC_SET_LEN	_IOW('u', 2, int)
#define US_IOC_NAME	_IOW('u', 3, char *)

static bool leave;
module_param(leave, bool, 0444);
MODULE_PARM_DESC(leave, "leave /proc/us_chardev and the unit registered at exit (a bug)");

static DECLARE_WAIT_QUEUE_HEAD(us_wait);
static char us_msg[US_SIZE];
static size_t us_len;
static char *us_name;
static DEFINE_KFIFO(us_fifo, unsigned char, 16);

/* ---- register_chrdev(): one opener, a stream ---- */

static int chr_major;
static atomic_t chr_busy = ATOMIC_INIT(0);

static int chr_open(struct inode *inode, struct file *file)
{
	if (atomic_cmpxchg(&chr_busy, 0, 1))
		return -EBUSY;
	file->private_data = (void *)(unsigned long)iminor(inode);
	return stream_open(inode, file);
}

static int chr_release(struct inode *inode, struct file *file)
{
	atomic_set(&chr_busy, 0);
	return 0;
}

static ssize_t chr_read(struct file *file, char __user *buf, size_t count,
			loff_t *ppos)
{
	char text[16];
	int len = snprintf(text, sizeof(text), "minor %lu\n",
			   (unsigned long)file->private_data);

	if (ppos)
		return -EINVAL;
	if (count < len)
		return -EINVAL;
	if (copy_to_user(buf, text, len))
		return -EFAULT;
	return len;
}

static const struct file_operations chr_fops = {
	.owner		= THIS_MODULE,
	.open		= chr_open,
	.release	= chr_release,
	.read		= chr_read,
	.llseek		= no_llseek,
};

/* ---- A cdev of two minors: the message, and the fifo ---- */

struct us_unit {
	struct cdev cdev;
	int opens;
};

static dev_t unit_devt;
static struct us_unit *unit;

static int unit_open(struct inode *inode, struct file *file)
{
	struct us_unit *u = container_of(inode->i_cdev, struct us_unit, cdev);

	u->opens++;
	file->private_data = u;
	if (MINOR(inode->i_rdev) - MINOR(unit_devt) == 1)
		return nonseekable_open(inode, file);
	return 0;
}

static int unit_release(struct inode *inode, struct file *file)
{
	struct us_unit *u = file->private_data;

	u->opens--;
	return 0;
}

static ssize_t msg_read(struct file *file, char __user *buf, size_t count,
			loff_t *ppos)
{
	return simple_read_from_buffer(buf, count, ppos, us_msg, us_len);
}

static ssize_t msg_write(struct file *file, const char __user *buf,
			 size_t count, loff_t *ppos)
{
	ssize_t ret;

	if (*ppos >= US_SIZE && count)
		return -ENOSPC;
	ret = simple_write_to_buffer(us_msg, US_SIZE, ppos, buf, count);
	if (ret > 0 && *ppos > us_len)
		us_len = *ppos;
	return ret;
}

static loff_t msg_llseek(struct file *file, loff_t offset, int whence)
{
	return fixed_size_llseek(file, offset, whence, US_SIZE);
}

static long msg_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	int __user *argp = (int __user *)arg;
	char *name;
	int len;

	switch (cmd) {
	case US_IOC_GET_LEN:
		return put_user((int)us_len, argp);
	case US_IOC_SET_LEN:
		if (get_user(len, argp))
			return -EFAULT;
		if (len < 0 || len > US_SIZE)
			return -EINVAL;
		us_len = len;
		return 0;
	case US_IOC_NAME:
		name = strndup_user((const char __user *)arg, 16);
		if (IS_ERR(name))
			return PTR_ERR(name);
		kfree(us_name);
		us_name = name;
		pr_info("named %s\n", us_name);
		return 0;
	default:
		return -ENOIOCTLCMD;
	}
}

static __poll_t msg_poll(struct file *file, poll_table *wait)
{
	__poll_t mask = EPOLLOUT | EPOLLWRNORM;

	poll_wait(file, &us_wait, wait);
	if (us_len)
		mask |= EPOLLIN | EPOLLRDNORM;
	return mask;
}

static ssize_t fifo_read(struct file *file, char __user *buf, size_t count,
			 loff_t *ppos)
{
	unsigned int copied;
	int ret;

	ret = kfifo_to_user(&us_fifo, buf, count, &copied);
	if (ret)
		return ret;
	return copied;
}

/* A command ("clear") or bytes for the fifo. */
static ssize_t fifo_write(struct file *file, const char __user *buf,
			  size_t count, loff_t *ppos)
{
	unsigned int copied;
	char *cmd;
	int ret;

	if (count == 5) {
		cmd = memdup_user_nul(buf, count);
		if (IS_ERR(cmd))
			return PTR_ERR(cmd);
		ret = strcmp(cmd, "clear");
		kfree(cmd);
		if (!ret) {
			kfifo_reset(&us_fifo);
			return count;
		}
	}
	ret = kfifo_from_user(&us_fifo, buf, count, &copied);
	if (ret)
		return ret;
	return copied;
}

static ssize_t unit_read(struct file *file, char __user *buf, size_t count,
			 loff_t *ppos)
{
	if (MINOR(file_inode(file)->i_rdev) - MINOR(unit_devt))
		return fifo_read(file, buf, count, ppos);
	return msg_read(file, buf, count, ppos);
}

static ssize_t unit_write(struct file *file, const char __user *buf,
			  size_t count, loff_t *ppos)
{
	if (MINOR(file_inode(file)->i_rdev) - MINOR(unit_devt))
		return fifo_write(file, buf, count, ppos);
	return msg_write(file, buf, count, ppos);
}

static loff_t unit_llseek(struct file *file, loff_t offset, int whence)
{
	return msg_llseek(file, offset, whence);
}

static const struct file_operations unit_fops = {
	.owner		= THIS_MODULE,
	.open		= unit_open,
	.release	= unit_release,
	.read		= unit_read,
	.write		= unit_write,
	.llseek		= unit_llseek,
	.unlocked_ioctl	= msg_ioctl,
	.poll		= msg_poll,
};

/* ---- /proc/us_chardev ---- */

static struct proc_dir_entry *us_dir;

static int state_show(struct seq_file *m, void *v)
{
	seq_printf(m, "len %zu opens %d", us_len, unit ? unit->opens : -1);
	seq_putc(m, '\n');
	seq_puts(m, "fifo ");
	seq_put_decimal_ull(m, "", kfifo_len(&us_fifo));
	seq_putc(m, '\n');
	return 0;
}

/* One record per byte queued, peeked at, not taken. */
static void *fifo_start(struct seq_file *m, loff_t *pos)
{
	return *pos < kfifo_len(&us_fifo) ? pos : NULL;
}

static void *fifo_next(struct seq_file *m, void *v, loff_t *pos)
{
	++*pos;
	return fifo_start(m, pos);
}

static void fifo_stop(struct seq_file *m, void *v)
{
}

static int fifo_show(struct seq_file *m, void *v)
{
	unsigned char buf[16];
	loff_t i = *(loff_t *)v;

	if (kfifo_out_peek(&us_fifo, buf, sizeof(buf)) <= i)
		return SEQ_SKIP;
	seq_printf(m, "%lld: 0x%02x\n", i, buf[i]);
	return 0;
}

static const struct seq_operations fifo_seq_ops = {
	.start	= fifo_start,
	.next	= fifo_next,
	.stop	= fifo_stop,
	.show	= fifo_show,
};

static int __init us_chardev_init(void)
{
	int ret;

	us_len = 0;
	kfifo_reset(&us_fifo);
	us_dir = proc_mkdir("us_chardev", NULL);
	if (!us_dir)
		return -ENOMEM;
	if (!proc_create_single("state", 0444, us_dir, state_show) ||
	    !proc_create_seq("fifo", 0444, us_dir, &fifo_seq_ops)) {
		ret = -ENOMEM;
		goto err_proc;
	}
	chr_major = register_chrdev(0, "us_chr", &chr_fops);
	if (chr_major < 0) {
		ret = chr_major;
		goto err_proc;
	}
	unit = kzalloc(sizeof(*unit), GFP_KERNEL);
	if (!unit) {
		ret = -ENOMEM;
		goto err_chr;
	}
	ret = alloc_chrdev_region(&unit_devt, 4, 2, "us_unit");
	if (ret)
		goto err_unit;
	cdev_init(&unit->cdev, &unit_fops);
	unit->cdev.owner = THIS_MODULE;
	ret = cdev_add(&unit->cdev, unit_devt, 2);
	if (ret)
		goto err_region;
	pr_info("chrdev major %d, unit %u:%u\n", chr_major, MAJOR(unit_devt),
		MINOR(unit_devt));
	return 0;

err_region:
	unregister_chrdev_region(unit_devt, 2);
err_unit:
	kfree(unit);
	unit = NULL;
err_chr:
	unregister_chrdev(chr_major, "us_chr");
err_proc:
	proc_remove(us_dir);
	return ret;
}

static void __exit us_chardev_exit(void)
{
	unregister_chrdev(chr_major, "us_chr");
	kfree(us_name);
	us_name = NULL;
	if (leave)
		return;
	cdev_del(&unit->cdev);
	unregister_chrdev_region(unit_devt, 2);
	kfree(unit);
	unit = NULL;
	remove_proc_subtree("us_chardev", NULL);
}

module_init(us_chardev_init);
module_exit(us_chardev_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Character devices, procfs and a kfifo for kshim's user space tests");
