// SPDX-License-Identifier: GPL-2.0
/*
 * Character devices for the user space tests: a misc device holding a
 * message (read, write, seek, ioctl, poll), a single-open register_chrdev()
 * device (with a class and a device node for minor 1), and a two-minor cdev
 * from alloc_chrdev_region(). Valid 6.1 code.
 * /proc/chardev_demo shows the message length. leave=1 forgets to remove
 * the misc device and the proc entry at exit.
 */
#include <linux/module.h>
#include <linux/atomic.h>
#include <linux/cdev.h>
#include <linux/device.h>
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mutex.h>
#include <linux/poll.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/wait.h>

#define DEMO_SIZE	64

#define DEMO_IOC_GET_LEN	_IOR('d', 1, int)
#define DEMO_IOC_SET_LEN	_IOW('d', 2, int)
#define DEMO_IOC_CRASH		_IO('d', 3)
#define DEMO_IOC_OPENS		_IOR('d', 4, int)

static bool leave;
module_param(leave, bool, 0444);
MODULE_PARM_DESC(leave, "leave the misc device registered at exit (a bug)");
static bool noowner;
module_param(noowner, bool, 0444);
MODULE_PARM_DESC(noowner, "add /dev/chardev_demo_bare, whose fops have no .owner (a bug)");

static DEFINE_MUTEX(demo_lock);
static DECLARE_WAIT_QUEUE_HEAD(demo_wait);
static char demo_msg[DEMO_SIZE];
static size_t demo_len;
static int demo_opens, demo_releases;

static int demo_open(struct inode *inode, struct file *file)
{
	struct miscdevice *misc = file->private_data;

	/* misc_open() put the device here before calling us. */
	if (!misc || strcmp(misc->name, "chardev_demo"))
		return -ENODEV;
	mutex_lock(&demo_lock);
	demo_opens++;
	mutex_unlock(&demo_lock);
	return 0;
}

static int demo_release(struct inode *inode, struct file *file)
{
	mutex_lock(&demo_lock);
	demo_releases++;
	mutex_unlock(&demo_lock);
	return 0;
}

static ssize_t demo_read(struct file *file, char __user *buf, size_t count,
			 loff_t *ppos)
{
	ssize_t ret;

	mutex_lock(&demo_lock);
	ret = simple_read_from_buffer(buf, count, ppos, demo_msg, demo_len);
	mutex_unlock(&demo_lock);
	return ret;
}

static ssize_t demo_write(struct file *file, const char __user *buf,
			  size_t count, loff_t *ppos)
{
	ssize_t ret;

	if (*ppos >= DEMO_SIZE && count)
		return -ENOSPC;
	mutex_lock(&demo_lock);
	ret = simple_write_to_buffer(demo_msg, DEMO_SIZE, ppos, buf, count);
	if (ret > 0 && *ppos > demo_len)
		demo_len = *ppos;
	mutex_unlock(&demo_lock);
	if (ret > 0)
		wake_up_interruptible(&demo_wait);
	return ret;
}

static loff_t demo_llseek(struct file *file, loff_t offset, int whence)
{
	return fixed_size_llseek(file, offset, whence, DEMO_SIZE);
}

static long demo_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	int __user *argp = (int __user *)arg;
	int len;

	switch (cmd) {
	case DEMO_IOC_GET_LEN:
		return put_user((int)demo_len, argp);
	case DEMO_IOC_SET_LEN:
		if (get_user(len, argp))
			return -EFAULT;
		if (len < 0 || len > DEMO_SIZE)
			return -EINVAL;
		demo_len = len;
		return 0;
	case DEMO_IOC_OPENS:
		return put_user(demo_opens - demo_releases, argp);
	case DEMO_IOC_CRASH:
		BUG();
	default:
		return -ENOTTY;
	}
}

static __poll_t demo_poll(struct file *file, poll_table *wait)
{
	__poll_t mask = EPOLLOUT | EPOLLWRNORM;

	poll_wait(file, &demo_wait, wait);
	if (demo_len)
		mask |= EPOLLIN | EPOLLRDNORM;
	return mask;
}

static const struct file_operations demo_fops = {
	.owner		= THIS_MODULE,
	.open		= demo_open,
	.release	= demo_release,
	.read		= demo_read,
	.write		= demo_write,
	.llseek		= demo_llseek,
	.unlocked_ioctl	= demo_ioctl,
	.poll		= demo_poll,
};

static struct miscdevice demo_misc = {
	.minor	= MISC_DYNAMIC_MINOR,
	.name	= "chardev_demo",
	.fops	= &demo_fops,
};

static int demo_proc_show(struct seq_file *m, void *v)
{
	seq_printf(m, "len %zu opens %d\n", demo_len, demo_opens);
	return 0;
}

/* ---- A register_chrdev() device: one opener at a time, no seeking ---- */

static int chr_major;
static struct class *chr_class;
static struct device *chr_dev;
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

/* Says which minor it is, every time: a stream has no position. */
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

/* ---- A cdev of two minors: each keeps a counter ---- */

struct demo_unit {
	struct cdev cdev;
	int count[2];
};

static dev_t unit_devt;
static struct demo_unit *unit;

static int unit_open(struct inode *inode, struct file *file)
{
	struct demo_unit *u = container_of(inode->i_cdev, struct demo_unit,
					   cdev);

	file->private_data = &u->count[MINOR(inode->i_rdev) - MINOR(unit_devt)];
	return nonseekable_open(inode, file);
}

static ssize_t unit_write(struct file *file, const char __user *buf,
			  size_t count, loff_t *ppos)
{
	int *counter = file->private_data;

	*counter += count;
	return count;
}

static long unit_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	int *counter = file->private_data;

	if (cmd != DEMO_IOC_GET_LEN)
		return -ENOIOCTLCMD;
	return put_user(*counter, (int __user *)arg);
}

static const struct file_operations unit_fops = {
	.owner		= THIS_MODULE,
	.open		= unit_open,
	.write		= unit_write,
	.unlocked_ioctl	= unit_ioctl,
};

/* No .owner: an open file does not hold the module, rmmod goes on. */
static ssize_t bare_read(struct file *file, char __user *buf, size_t count,
			 loff_t *ppos)
{
	return 0;
}

static const struct file_operations bare_fops = {
	.read		= bare_read,
};

static struct miscdevice bare_misc = {
	.minor		= MISC_DYNAMIC_MINOR,
	.name		= "chardev_demo_bare",
	.fops		= &bare_fops,
};

static int __init chardev_demo_init(void)
{
	int ret;

	if (!proc_create_single("chardev_demo", 0444, NULL, demo_proc_show))
		return -ENOMEM;
	ret = misc_register(&demo_misc);
	if (ret)
		goto err_proc;
	chr_major = register_chrdev(0, "chardev_demo_chr", &chr_fops);
	if (chr_major < 0) {
		ret = chr_major;
		goto err_misc;
	}
	chr_class = class_create(THIS_MODULE, "chardev_demo");
	if (IS_ERR(chr_class)) {
		ret = PTR_ERR(chr_class);
		goto err_chr;
	}
	chr_dev = device_create(chr_class, NULL, MKDEV(chr_major, 1), NULL,
				"chardev_demo_chr%d", 1);
	if (IS_ERR(chr_dev)) {
		ret = PTR_ERR(chr_dev);
		goto err_class;
	}
	unit = kzalloc(sizeof(*unit), GFP_KERNEL);
	if (!unit) {
		ret = -ENOMEM;
		goto err_dev;
	}
	ret = alloc_chrdev_region(&unit_devt, 4, 2, "chardev_demo_unit");
	if (ret)
		goto err_unit;
	cdev_init(&unit->cdev, &unit_fops);
	unit->cdev.owner = THIS_MODULE;
	ret = cdev_add(&unit->cdev, unit_devt, 2);
	if (ret)
		goto err_region;
	if (noowner) {
		ret = misc_register(&bare_misc);
		if (ret)
			goto err_cdev;
	}
	pr_info("misc minor %d, chrdev major %d, unit %u:%u\n", demo_misc.minor,
		chr_major, MAJOR(unit_devt), MINOR(unit_devt));
	return 0;

err_cdev:
	cdev_del(&unit->cdev);
err_region:
	unregister_chrdev_region(unit_devt, 2);
err_unit:
	kfree(unit);
err_dev:
	device_destroy(chr_class, MKDEV(chr_major, 1));
err_class:
	class_destroy(chr_class);
err_chr:
	unregister_chrdev(chr_major, "chardev_demo_chr");
err_misc:
	misc_deregister(&demo_misc);
err_proc:
	remove_proc_entry("chardev_demo", NULL);
	return ret;
}

static void __exit chardev_demo_exit(void)
{
	if (noowner)
		misc_deregister(&bare_misc);
	cdev_del(&unit->cdev);
	unregister_chrdev_region(unit_devt, 2);
	kfree(unit);
	device_destroy(chr_class, MKDEV(chr_major, 1));
	class_destroy(chr_class);
	unregister_chrdev(chr_major, "chardev_demo_chr");
	if (leave)
		return;
	misc_deregister(&demo_misc);
	remove_proc_entry("chardev_demo", NULL);
}

module_init(chardev_demo_init);
module_exit(chardev_demo_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Character devices for kshim's user space tests");
