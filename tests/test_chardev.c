// SPDX-License-Identifier: GPL-2.0-only
/*
 * Character devices seen from user space: the chardev_demo module's misc
 * device, register_chrdev() device and cdev, opened and used through the
 * harness as a process would, with the VFS's answers (fs/open.c,
 * read_write.c, ioctl.c, char_dev.c, drivers/char/misc.c of 6.1).
 */
#include <linux/kernel.h>
#include <linux/miscdevice.h>
#include <linux/device.h>
#include <linux/device/class.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/ioctl.h>
#include <linux/poll.h>
#include <linux/string.h>
#include <uapi/asm-generic/ioctls.h>

#include <kshim/cmocka.h>

#define DEMO_IOC_GET_LEN	_IOR('d', 1, int)
#define DEMO_IOC_SET_LEN	_IOW('d', 2, int)
#define DEMO_IOC_CRASH		_IO('d', 3)
#define DEMO_IOC_OPENS		_IOR('d', 4, int)

/* find_dynamic_major() hands out 254 first, then 253 (fs/char_dev.c). */
#define CHR_MAJOR	254
#define UNIT_MAJOR	253

static void load(const char *args)
{
	assert_int_equal(kshim_load("chardev_demo", args), 0);
}

static void test_misc_rw(void **state)
{
	int *arg = kshim_user_alloc(sizeof(int));
	char buf[32] = { 0 };
	int fd, fd2;

	load(NULL);
	/* The first dynamic misc minor is 127 (misc.c: DYNAMIC_MINORS - 1). */
	assert_true(kshim_log_contains(6, "misc minor 127, chrdev major 254, unit 253:4"));
	fd = kshim_open("/dev/chardev_demo", O_RDWR);
	assert_true(fd >= 0);
	assert_int_equal(kshim_module_refcnt("chardev_demo"), 1);
	assert_int_equal(kshim_write(fd, "hello", 5), 5);
	assert_int_equal(kshim_llseek(fd, 0, SEEK_CUR), 5);
	assert_int_equal(kshim_llseek(fd, 0, SEEK_SET), 0);
	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), 5);
	assert_string_equal(buf, "hello");
	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), 0);	/* EOF */
	/* fixed_size_llseek(): the end is the size; negative is -EINVAL. */
	assert_int_equal(kshim_llseek(fd, 0, SEEK_END), 64);
	assert_int_equal(kshim_llseek(fd, -1, SEEK_SET), -EINVAL);
	assert_int_equal(kshim_llseek(fd, 0, SEEK_DATA), -EINVAL);
	assert_int_equal(kshim_llseek(fd, 0, 5), -EINVAL);	/* > SEEK_MAX */
	assert_int_equal(kshim_llseek(fd, 2, SEEK_SET), 2);
	assert_int_equal(kshim_read(fd, buf, 2), 2);
	assert_memory_equal(buf, "ll", 2);

	assert_int_equal(kshim_poll(fd), EPOLLIN | EPOLLRDNORM | EPOLLOUT | EPOLLWRNORM);
	assert_int_equal(kshim_poll_queues(fd), 1);
	assert_int_equal(kshim_ioctl(fd, DEMO_IOC_GET_LEN, (unsigned long)arg), 0);
	assert_int_equal(*arg, 5);
	*arg = 0;
	assert_int_equal(kshim_ioctl(fd, DEMO_IOC_SET_LEN, (unsigned long)arg), 0);
	assert_int_equal(kshim_poll(fd), EPOLLOUT | EPOLLWRNORM);
	assert_int_equal(kshim_ioctl(fd, _IO('d', 99), 0), -ENOTTY);
	/* The VFS answers FIONBIO itself. */
	*arg = 1;
	assert_int_equal(kshim_ioctl(fd, FIONBIO, (unsigned long)arg), 0);
	assert_int_equal(kshim_ioctl(fd, FIONBIO, (unsigned long)KSHIM_USER_BAD), -EFAULT);
	assert_int_equal(kshim_ioctl(fd, DEMO_IOC_OPENS, (unsigned long)arg), 0);
	assert_int_equal(*arg, 1);
	/* The module's seq_file in /proc. */
	fd2 = kshim_open("/proc/chardev_demo", O_RDONLY);
	assert_true(fd2 >= 0);
	memset(buf, 0, sizeof(buf));
	assert_int_equal(kshim_read(fd2, buf, sizeof(buf) - 1), 14);
	assert_string_equal(buf, "len 0 opens 1\n");
	assert_int_equal(kshim_close(fd2), 0);

	assert_int_equal(kshim_open_files(), 1);
	assert_int_equal(kshim_close(fd), 0);
	assert_int_equal(kshim_close(fd), -EBADF);
	assert_int_equal(kshim_open_files(), 0);
	assert_int_equal(kshim_module_refcnt("chardev_demo"), 0);
	assert_int_equal(kshim_unload("chardev_demo"), 0);
	assert_int_equal(kshim_open("/dev/chardev_demo", O_RDWR), -ENOENT);
}

static void test_efault(void **state)
{
	static char unmapped[8];
	char buf[8];
	int fd;

	load(NULL);
	fd = kshim_open("/dev/chardev_demo", O_RDWR);
	assert_int_equal(kshim_write(fd, "abc", 3), 3);
	assert_int_equal(kshim_llseek(fd, 0, SEEK_SET), 0);
	assert_int_equal(kshim_read(fd, NULL, 3), -EFAULT);
	assert_int_equal(kshim_write(fd, NULL, 3), -EFAULT);
	/* An ioctl argument is user memory only if the test mapped it. */
	assert_int_equal(kshim_ioctl(fd, DEMO_IOC_GET_LEN, (unsigned long)unmapped), -EFAULT);
	/* A failed copy_to_user() is a fault too. */
	kshim_fail_only("copy_to_user");
	kshim_fail_nth(1);
	assert_int_equal(kshim_read(fd, buf, 3), -EFAULT);
	kshim_fail_only(NULL);
	/* simple_read_from_buffer()'s copy is the driver's line (chardev_demo.c:72). */
	kshim_fail_site("tests/modules/chardev_demo.c", 72);
	assert_int_equal(kshim_read(fd, buf, 3), -EFAULT);
	kshim_fail_none();
	assert_int_equal(kshim_read(fd, buf, 3), 3);
	/* The failed write zeroed the message: copy_from_user() zeroes the rest. */
	assert_memory_equal(buf, "\0\0\0", 3);
	assert_int_equal(kshim_close(fd), 0);
	assert_int_equal(kshim_unload("chardev_demo"), 0);
}

static void test_open_modes(void **state)
{
	char buf[4];
	int fd;

	load(NULL);
	assert_int_equal(kshim_open("/dev/nothing", O_RDONLY), -ENOENT);
	assert_int_equal(kshim_open("nothing", O_RDONLY), -ENOENT);
	assert_int_equal(kshim_open("char:10:200", O_RDONLY), -ENODEV);
	assert_int_equal(kshim_open("char:300:0", O_RDONLY), -ENXIO);
	/* The misc device is also char 10:127. */
	fd = kshim_open("char:10:127", O_WRONLY);
	assert_true(fd >= 0);
	assert_int_equal(kshim_read(fd, buf, 4), -EBADF);
	assert_int_equal(kshim_write(fd, "x", 1), 1);
	assert_int_equal(kshim_close(fd), 0);
	fd = kshim_open("/dev/chardev_demo", O_RDONLY);
	assert_int_equal(kshim_write(fd, "x", 1), -EBADF);
	assert_int_equal(kshim_close(fd), 0);
	assert_int_equal(kshim_read(fd, buf, 4), -EBADF);
	assert_int_equal(kshim_unload("chardev_demo"), 0);
}

static void test_chrdev_and_cdev(void **state)
{
	int *arg = kshim_user_alloc(sizeof(int));
	char buf[16] = { 0 };
	int fd, fd2;

	load(NULL);
	fd = kshim_open("char:254:3", O_RDONLY);
	assert_true(fd >= 0);
	/* The file holds the cdev's owner and the fops' owner. */
	assert_int_equal(kshim_module_refcnt("chardev_demo"), 2);
	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), 8);
	assert_string_equal(buf, "minor 3\n");
	/* A stream: no position, no seeking (no_llseek). */
	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), 8);
	assert_int_equal(kshim_llseek(fd, 0, SEEK_SET), -ESPIPE);
	/* Its open() refuses a second opener; the references go again. */
	assert_int_equal(kshim_open("char:254:0", O_RDONLY), -EBUSY);
	assert_int_equal(kshim_module_refcnt("chardev_demo"), 2);
	assert_int_equal(kshim_close(fd), 0);
	assert_int_equal(kshim_module_refcnt("chardev_demo"), 0);
	/* register_chrdev() takes all 256 minors. */
	fd = kshim_open("char:254:255", O_RDONLY);
	assert_true(fd >= 0);
	assert_int_equal(kshim_close(fd), 0);
	/* device_create() made a node for minor 1. */
	fd = kshim_open("/dev/chardev_demo_chr1", O_RDONLY);
	assert_true(fd >= 0);
	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), 8);
	assert_memory_equal(buf, "minor 1\n", 8);
	assert_int_equal(kshim_close(fd), 0);

	/* The cdev: minors 4 and 5 of major 253, a counter each. */
	assert_int_equal(kshim_open("char:253:3", O_WRONLY), -ENXIO);
	assert_int_equal(kshim_open("char:253:6", O_WRONLY), -ENXIO);
	fd = kshim_open("char:253:4", O_RDWR);
	fd2 = kshim_open("char:253:5", O_WRONLY);
	assert_true(fd >= 0 && fd2 >= 0);
	assert_int_equal(kshim_write(fd, "abc", 3), 3);
	assert_int_equal(kshim_write(fd2, "abcdefg", 7), 7);
	assert_int_equal(kshim_ioctl(fd, DEMO_IOC_GET_LEN, (unsigned long)arg), 0);
	assert_int_equal(*arg, 3);
	assert_int_equal(kshim_ioctl(fd2, DEMO_IOC_GET_LEN, (unsigned long)arg), 0);
	assert_int_equal(*arg, 7);
	/* -ENOIOCTLCMD becomes -ENOTTY; no ->read is -EINVAL. */
	assert_int_equal(kshim_ioctl(fd, DEMO_IOC_SET_LEN, (unsigned long)arg), -ENOTTY);
	assert_int_equal(kshim_read(fd, buf, 4), -EINVAL);
	/* nonseekable_open(): -ESPIPE. No ->poll: the default mask. */
	assert_int_equal(kshim_llseek(fd, 0, SEEK_SET), -ESPIPE);
	assert_int_equal(kshim_poll(fd), DEFAULT_POLLMASK);
	assert_int_equal(kshim_close(fd), 0);
	assert_int_equal(kshim_close(fd2), 0);
	assert_int_equal(kshim_unload("chardev_demo"), 0);
	assert_int_equal(kshim_open("char:253:4", O_RDWR), -ENXIO);
	assert_int_equal(kshim_open("/dev/chardev_demo_chr1", O_RDWR), -ENOENT);
}

static void test_rmmod_while_open(void **state)
{
	int fd;

	load(NULL);
	fd = kshim_open("/dev/chardev_demo", O_RDONLY);
	assert_true(fd >= 0);
	/* delete_module(): a held module is -EWOULDBLOCK (rmmod's EAGAIN). */
	assert_int_equal(kshim_unload("chardev_demo"), -EWOULDBLOCK);
	assert_int_equal(kshim_close(fd), 0);
	assert_int_equal(kshim_unload("chardev_demo"), 0);
}

static void test_left_registered(void **state)
{
	load("leave=1");
	assert_int_equal(kshim_unload("chardev_demo"), 0);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_MISUSE), 2);
	assert_non_null(strstr(kshim_defect_message(0),
			       "misc device 'chardev_demo' (10:127) registered at tests/modules/chardev_demo.c:"));
	assert_non_null(strstr(kshim_defect_message(0),
			       "still registered after module unload (module chardev_demo, exit)"));
	assert_non_null(strstr(kshim_defect_message(1),
			       "proc entry '/proc/chardev_demo' registered at tests/modules/chardev_demo.c:"));
	kshim_defects_clear();
	/* Forgotten: no node, and the minor is free again. */
	assert_int_equal(kshim_open("/dev/chardev_demo", O_RDONLY), -ENOENT);
	assert_int_equal(kshim_open("/proc/chardev_demo", O_RDONLY), -ENOENT);
	load(NULL);
	assert_true(kshim_log_contains(6, "misc minor 127,"));
	assert_int_equal(kshim_unload("chardev_demo"), 0);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
}

static void test_crash_in_fop(void **state)
{
	int fd;

	load(NULL);
	fd = kshim_open("/dev/chardev_demo", O_RDWR);
	assert_int_equal(kshim_ioctl(fd, DEMO_IOC_CRASH, 0), KSHIM_CRASH);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_BUG), 1);
	kshim_defects_clear();
	/* The runner, and the file, survive. */
	assert_int_equal(kshim_write(fd, "ok", 2), 2);
	assert_int_equal(kshim_close(fd), 0);
	assert_int_equal(kshim_unload("chardev_demo"), 0);
}

static void test_closed_at_reset(void **state)
{
	load(NULL);
	assert_true(kshim_open("/dev/chardev_demo", O_RDONLY) >= 0);
	assert_true(kshim_open("char:254:0", O_RDONLY) >= 0);
	assert_int_equal(kshim_open_files(), 2);
	kshim_reset();
	assert_int_equal(kshim_open_files(), 0);
	assert_int_equal(kshim_open("/dev/chardev_demo", O_RDONLY), -ENOENT);
}

/* Every fallible call of init, failed in turn: a clean error each time. */
static void test_init_sweep(void **state)
{
	struct kshim_sweep *sw = kshim_sweep("chardev_demo", NULL);
	size_t i;

	assert_non_null(sw);
	assert_true(sw->nsteps >= 6);
	assert_int_equal(sw->failures, 0);
	/* Each at the module's own line, device_create()'s name included. */
	for (i = 1; i < sw->nsteps; i++)
		assert_string_equal(sw->steps[i].file, "tests/modules/chardev_demo.c");
	kshim_sweep_free(sw);
}

/* fops without .owner: rmmod goes on while the file is open; using it after is freed code. */
static void test_file_outlives_its_module(void **state)
{
	char buf[8];
	int fd;

	load("noowner=1");
	fd = kshim_open("/dev/chardev_demo_bare", O_RDONLY);
	assert_true(fd >= 0);
	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), 0);
	assert_int_equal(kshim_module_refcnt("chardev_demo"), 0);
	assert_int_equal(kshim_unload("chardev_demo"), 0);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), -EIO);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_MISUSE), 1);
	assert_non_null(strstr(kshim_defect_message(0),
			       "read() on a file of module chardev_demo, which was unloaded while the file was open"));
	/* Said once: the close runs nothing of the module either. */
	assert_int_equal(kshim_close(fd), -EIO);
	assert_defects(KSHIM_DEFECT_MISUSE, 1);
	assert_int_equal(kshim_open_files(), 0);
}

/* A device's name has no length limit (kobject_set_name_vargs()). */
static void test_long_device_name(void **state)
{
	struct class *cls = class_create(NULL, "kt_long");
	struct device *dev;
	char want[101];

	assert_false(IS_ERR(cls));
	memset(want, 'n', 100);
	want[100] = '\0';
	dev = device_create(cls, NULL, MKDEV(240, 0), NULL, "%s", want);
	assert_false(IS_ERR(dev));
	assert_string_equal(dev_name(dev), want);
	device_destroy(cls, MKDEV(240, 0));
	class_destroy(cls);
}

static int flush_ret;

static int interrupted_flush(struct file *file, fl_owner_t id)
{
	return flush_ret;
}

static const struct file_operations flush_fops = {
	.flush = interrupted_flush,
};

static struct miscdevice flush_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "kt_flush",
	.fops = &flush_fops,
};

/* close() returns ->flush()'s error, but never one that asks for a restart. */
static void test_close_is_never_restarted(void **state)
{
	static const int restarts[] = { 512, 513, 514, 516 };	/* -ERESTART* */
	int i;

	assert_int_equal(misc_register(&flush_misc), 0);
	for (i = 0; i < 4; i++) {
		flush_ret = -restarts[i];
		assert_int_equal(kshim_close(kshim_open("/dev/kt_flush", O_RDONLY)), -EINTR);
	}
	flush_ret = -EIO;
	assert_int_equal(kshim_close(kshim_open("/dev/kt_flush", O_RDONLY)), -EIO);
	misc_deregister(&flush_misc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(test_misc_rw),
		kshim_unit_test(test_efault),
		kshim_unit_test(test_open_modes),
		kshim_unit_test(test_chrdev_and_cdev),
		kshim_unit_test(test_rmmod_while_open),
		kshim_unit_test(test_left_registered),
		kshim_unit_test(test_crash_in_fop),
		kshim_unit_test(test_closed_at_reset),
		kshim_unit_test(test_init_sweep),
		kshim_unit_test(test_close_is_never_restarted),
		kshim_unit_test(test_file_outlives_its_module),
		kshim_unit_test(test_long_device_name),
	};

	return kshim_run_tests(tests);
}
