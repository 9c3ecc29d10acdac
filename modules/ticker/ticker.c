// SPDX-License-Identifier: GPL-2.0-only
/*
 * ticker: a character device that counts time.
 *
 * A timer fires every period_ms milliseconds and queues a work item; the
 * work appends a line "tick N\n" to a small buffer and wakes the reader.
 * /dev/ticker (a misc device) hands out those lines:
 *
 *   read()   blocks until a line is there (-EAGAIN with O_NONBLOCK) and
 *            returns as many whole lines as fit (-EINVAL if none does)
 *   write()  "reset": the count starts again from 0, unread lines go;
 *            "period=MS": a new period, 1..60000 ms; anything else -EINVAL
 *   ioctl()  TICKER_IOC_COUNT, TICKER_IOC_PAUSE, TICKER_IOC_RESUME
 *            (ticker.h)
 *   poll()   readable when a line is there; always writable
 *
 * Reads consume the lines, so one opener at a time: a second open() is
 * -EBUSY. A tick whose work is still pending when the timer fires again
 * is merged with it, and a line that does not fit in the buffer is
 * dropped: N counts the lines made, never half a line.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/fs.h>
#include <linux/jiffies.h>
#include <linux/miscdevice.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/poll.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/timer.h>
#include <linux/uaccess.h>
#include <linux/wait.h>
#include <linux/workqueue.h>

#include "ticker.h"

#define TICKER_PERIOD_MAX	60000	/* ms */
#define TICKER_BUF_SIZE		256
#define TICKER_CMD_MAX		32	/* the longest command written */

static unsigned int period_ms = 1000;
module_param(period_ms, uint, 0444);
MODULE_PARM_DESC(period_ms, "Milliseconds between ticks, 1..60000 (default 1000)");

struct ticker {
	struct miscdevice misc;
	struct timer_list timer;
	struct work_struct work;
	wait_queue_head_t wait;
	struct mutex lock;		/* protects everything below */
	unsigned int period_ms;		/* also read by the timer, unlocked */
	bool paused;
	bool busy;			/* open */
	u32 count;			/* lines made since load or reset */
	/* Bytes in buf, whole lines only; also read unlocked (READ_ONCE). */
	size_t len;
	char buf[TICKER_BUF_SIZE];
};

static struct ticker *ticker_dev;

static bool ticker_period_valid(unsigned int ms)
{
	return ms && ms <= TICKER_PERIOD_MAX;
}

static void ticker_arm(struct ticker *tk)
{
	mod_timer(&tk->timer,
		  jiffies + msecs_to_jiffies(READ_ONCE(tk->period_ms)));
}

/* Softirq context: no sleeping, so the line is made by the work item. */
static void ticker_timer(struct timer_list *t)
{
	struct ticker *tk = from_timer(tk, t, timer);

	schedule_work(&tk->work);
	ticker_arm(tk);
}

static void ticker_work(struct work_struct *work)
{
	struct ticker *tk = container_of(work, struct ticker, work);
	char line[24];
	int n;

	mutex_lock(&tk->lock);
	tk->count++;
	n = scnprintf(line, sizeof(line), "tick %u\n", tk->count);
	if (tk->len + n <= sizeof(tk->buf)) {
		memcpy(tk->buf + tk->len, line, n);
		WRITE_ONCE(tk->len, tk->len + n);
	}
	mutex_unlock(&tk->lock);
	wake_up_interruptible(&tk->wait);
}

static struct ticker *to_ticker(struct file *file)
{
	/* misc_open() left the miscdevice there. */
	return container_of(file->private_data, struct ticker, misc);
}

static int ticker_open(struct inode *inode, struct file *file)
{
	struct ticker *tk = to_ticker(file);
	int ret = 0;

	mutex_lock(&tk->lock);
	if (tk->busy)
		ret = -EBUSY;
	else
		tk->busy = true;
	mutex_unlock(&tk->lock);
	if (ret)
		return ret;
	return nonseekable_open(inode, file);
}

static int ticker_release(struct inode *inode, struct file *file)
{
	struct ticker *tk = to_ticker(file);

	mutex_lock(&tk->lock);
	tk->busy = false;
	mutex_unlock(&tk->lock);
	return 0;
}

static ssize_t ticker_read(struct file *file, char __user *ubuf, size_t count,
			   loff_t *ppos)
{
	struct ticker *tk = to_ticker(file);
	size_t n;
	ssize_t ret;

	if (!count)
		return 0;
	mutex_lock(&tk->lock);
	while (!tk->len) {
		mutex_unlock(&tk->lock);
		if (file->f_flags & O_NONBLOCK)
			return -EAGAIN;
		if (wait_event_interruptible(tk->wait, READ_ONCE(tk->len)))
			return -ERESTARTSYS;
		mutex_lock(&tk->lock);
	}

	/* The whole lines that fit. */
	n = min(count, tk->len);
	while (n && tk->buf[n - 1] != '\n')
		n--;
	if (!n) {
		ret = -EINVAL;
	} else if (copy_to_user(ubuf, tk->buf, n)) {
		ret = -EFAULT;
	} else {
		WRITE_ONCE(tk->len, tk->len - n);
		memmove(tk->buf, tk->buf + n, tk->len);
		ret = n;
	}
	mutex_unlock(&tk->lock);
	return ret;
}

static ssize_t ticker_write(struct file *file, const char __user *ubuf,
			    size_t count, loff_t *ppos)
{
	struct ticker *tk = to_ticker(file);
	char cmd[TICKER_CMD_MAX];
	unsigned int ms;
	size_t arg;
	int ret;

	if (count >= sizeof(cmd))
		return -EINVAL;
	if (copy_from_user(cmd, ubuf, count))
		return -EFAULT;
	cmd[count] = '\0';

	if (sysfs_streq(cmd, "reset")) {
		mutex_lock(&tk->lock);
		tk->count = 0;
		WRITE_ONCE(tk->len, 0);
		mutex_unlock(&tk->lock);
		return count;
	}

	arg = str_has_prefix(cmd, "period=");
	if (!arg)
		return -EINVAL;
	ret = kstrtouint(cmd + arg, 10, &ms);
	if (ret)
		return ret;
	if (!ticker_period_valid(ms))
		return -EINVAL;
	mutex_lock(&tk->lock);
	WRITE_ONCE(tk->period_ms, ms);
	if (!tk->paused)
		ticker_arm(tk);
	mutex_unlock(&tk->lock);
	return count;
}

static long ticker_ioctl(struct file *file, unsigned int cmd,
			 unsigned long arg)
{
	struct ticker *tk = to_ticker(file);
	u32 count;

	switch (cmd) {
	case TICKER_IOC_COUNT:
		mutex_lock(&tk->lock);
		count = tk->count;
		mutex_unlock(&tk->lock);
		return put_user(count, (u32 __user *)arg);
	case TICKER_IOC_PAUSE:
		/* The timer takes no lock: waiting for it here is safe. */
		mutex_lock(&tk->lock);
		tk->paused = true;
		del_timer_sync(&tk->timer);
		mutex_unlock(&tk->lock);
		/* A tick already queued is made now: none comes after this. */
		flush_work(&tk->work);
		return 0;
	case TICKER_IOC_RESUME:
		mutex_lock(&tk->lock);
		if (tk->paused) {
			tk->paused = false;
			ticker_arm(tk);
		}
		mutex_unlock(&tk->lock);
		return 0;
	default:
		return -ENOTTY;
	}
}

static __poll_t ticker_poll(struct file *file, poll_table *wait)
{
	struct ticker *tk = to_ticker(file);
	__poll_t mask = EPOLLOUT | EPOLLWRNORM;

	poll_wait(file, &tk->wait, wait);
	if (READ_ONCE(tk->len))
		mask |= EPOLLIN | EPOLLRDNORM;
	return mask;
}

static const struct file_operations ticker_fops = {
	.owner = THIS_MODULE,
	.open = ticker_open,
	.release = ticker_release,
	.read = ticker_read,
	.write = ticker_write,
	.unlocked_ioctl = ticker_ioctl,
	.poll = ticker_poll,
	.llseek = no_llseek,
};

static int __init ticker_init(void)
{
	struct ticker *tk;
	int ret;

	if (!ticker_period_valid(period_ms)) {
		pr_err("period_ms=%u out of range 1..%u\n", period_ms,
		       TICKER_PERIOD_MAX);
		return -EINVAL;
	}

	tk = kzalloc(sizeof(*tk), GFP_KERNEL);
	if (!tk)
		return -ENOMEM;
	mutex_init(&tk->lock);
	init_waitqueue_head(&tk->wait);
	INIT_WORK(&tk->work, ticker_work);
	timer_setup(&tk->timer, ticker_timer, 0);
	tk->period_ms = period_ms;
	tk->misc.minor = MISC_DYNAMIC_MINOR;
	tk->misc.name = "ticker";
	tk->misc.fops = &ticker_fops;

	/* Ticking before the device appears: nobody can pause it yet. */
	ticker_arm(tk);
	ret = misc_register(&tk->misc);
	if (ret)
		goto err_stop;

	ticker_dev = tk;
	pr_info("/dev/%s ticks every %u ms\n", tk->misc.name, tk->period_ms);
	return 0;

err_stop:
	del_timer_sync(&tk->timer);
	cancel_work_sync(&tk->work);
	mutex_destroy(&tk->lock);
	kfree(tk);
	return ret;
}

static void __exit ticker_exit(void)
{
	struct ticker *tk = ticker_dev;

	/* No opener is left (the module is held while one is). */
	misc_deregister(&tk->misc);
	del_timer_sync(&tk->timer);
	cancel_work_sync(&tk->work);
	mutex_destroy(&tk->lock);
	kfree(tk);
	pr_info("stopped\n");
}

module_init(ticker_init);
module_exit(ticker_exit);

MODULE_LICENSE("GPL");
MODULE_AUTHOR("The kshim developers");
MODULE_DESCRIPTION("A character device whose lines come from a timer");
