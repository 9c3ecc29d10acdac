// SPDX-License-Identifier: GPL-2.0-only
/*
 * User space on both paths: the us_chardev module's register_chrdev()
 * device, its cdev of two minors (a message, a kfifo) and its procfs files,
 * opened and used through the harness as a process would. The same source
 * runs against the old path (module linked in, or $KSHIM_MODULES) and the
 * new one ($KSHIM_MODULES: built with kshim-uml).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE	/* SEEK_DATA */
#endif
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <string.h>

#include <kshim/cmocka.h>

#define US_IOC_GET_LEN	_IOR('u', 1, int)
#define US_IOC_SET_LEN	_IOW('u', 2, int)
#define US_IOC_NAME	_IOW('u', 3, char *)
#define FIONBIO_CMD	0x5421

/* <linux/ioctl.h>'s encoding, which the C library does not give. */
#define _IOC(dir, type, nr, size) \
	(((dir) << 30) | ((type) << 8) | (nr) | ((size) << 16))
#define _IOR(type, nr, t)	_IOC(2U, type, nr, sizeof(t))
#define _IOW(type, nr, t)	_IOC(1U, type, nr, sizeof(t))
#define _IO(type, nr)		_IOC(0U, type, nr, 0)

/* <uapi/linux/eventpoll.h> */
#define EPOLLIN		0x001
#define EPOLLOUT	0x004
#define EPOLLRDNORM	0x040
#define EPOLLWRNORM	0x100
#define DEFAULT_POLLMASK	(EPOLLIN | EPOLLOUT | EPOLLRDNORM | EPOLLWRNORM)

static void load(const char *args)
{
	assert_int_equal(kshim_load("us_chardev", args), 0);
	assert_true(kshim_log_contains(6, "chrdev major 254, unit 253:4"));
}

static void read_text(const char *path, char *buf, size_t len)
{
	int fd = kshim_open(path, O_RDONLY);
	long n;

	assert_true(fd >= 0);
	memset(buf, 0, len);
	n = kshim_read(fd, buf, len - 1);
	assert_true(n >= 0);
	assert_int_equal(kshim_close(fd), 0);
}

static void test_message(void **state)
{
	int *arg = kshim_user_alloc(sizeof(int));
	char buf[32] = { 0 };
	int fd;

	load(NULL);
	fd = kshim_open("char:253:4", O_RDWR);
	assert_true(fd >= 0);
	assert_int_equal(kshim_module_refcnt("us_chardev"), 2);
	assert_int_equal(kshim_write(fd, "hello", 5), 5);
	assert_int_equal(kshim_llseek(fd, 0, SEEK_CUR), 5);
	assert_int_equal(kshim_llseek(fd, 0, SEEK_SET), 0);
	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), 5);
	assert_string_equal(buf, "hello");
	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), 0);
	assert_int_equal(kshim_llseek(fd, 0, SEEK_END), 64);
	assert_int_equal(kshim_llseek(fd, -1, SEEK_SET), -EINVAL);
	assert_int_equal(kshim_llseek(fd, 0, SEEK_DATA), -EINVAL);
	assert_int_equal(kshim_llseek(fd, 0, 5), -EINVAL);
	assert_int_equal(kshim_llseek(fd, 2, SEEK_SET), 2);
	assert_int_equal(kshim_read(fd, buf, 2), 2);
	assert_memory_equal(buf, "ll", 2);

	assert_int_equal(kshim_poll(fd), EPOLLIN | EPOLLRDNORM | EPOLLOUT | EPOLLWRNORM);
	assert_int_equal(kshim_poll_queues(fd), 1);
	assert_int_equal(kshim_ioctl(fd, US_IOC_GET_LEN, (unsigned long)arg), 0);
	assert_int_equal(*arg, 5);
	*arg = 0;
	assert_int_equal(kshim_ioctl(fd, US_IOC_SET_LEN, (unsigned long)arg), 0);
	assert_int_equal(kshim_poll(fd), EPOLLOUT | EPOLLWRNORM);
	assert_int_equal(kshim_ioctl(fd, _IO('u', 99), 0), -ENOTTY);
	*arg = 1;
	assert_int_equal(kshim_ioctl(fd, FIONBIO_CMD, (unsigned long)arg), 0);
	assert_int_equal(kshim_ioctl(fd, FIONBIO_CMD, (unsigned long)KSHIM_USER_BAD), -EFAULT);

	/* strndup_user(): a string of user memory, at most 16 with its NUL. */
	{
		char *name = kshim_user_alloc(32);

		strcpy(name, "unit");
		assert_int_equal(kshim_ioctl(fd, US_IOC_NAME, (unsigned long)name), 0);
		assert_true(kshim_log_contains(6, "named unit"));
		memset(name, 'x', 31);
		assert_int_equal(kshim_ioctl(fd, US_IOC_NAME, (unsigned long)name), -EINVAL);
		assert_int_equal(kshim_ioctl(fd, US_IOC_NAME, (unsigned long)KSHIM_USER_BAD),
				 -EFAULT);
	}

	read_text("/proc/us_chardev/state", buf, sizeof(buf));
	assert_string_equal(buf, "len 0 opens 1\nfifo 0\n");
	assert_int_equal(kshim_open_files(), 1);
	assert_int_equal(kshim_close(fd), 0);
	assert_int_equal(kshim_close(fd), -EBADF);
	assert_int_equal(kshim_open_files(), 0);
	assert_int_equal(kshim_module_refcnt("us_chardev"), 0);
	assert_int_equal(kshim_unload("us_chardev"), 0);
	assert_int_equal(kshim_open("char:253:4", O_RDWR), -ENXIO);
	assert_int_equal(kshim_open("/proc/us_chardev/state", O_RDONLY), -ENOENT);
}

static void test_efault(void **state)
{
	static char unmapped[8];
	char buf[8];
	int fd;

	load(NULL);
	fd = kshim_open("char:253:4", O_RDWR);
	assert_int_equal(kshim_write(fd, "abc", 3), 3);
	assert_int_equal(kshim_llseek(fd, 0, SEEK_SET), 0);
	assert_int_equal(kshim_read(fd, NULL, 3), -EFAULT);
	assert_int_equal(kshim_write(fd, NULL, 3), -EFAULT);
	assert_int_equal(kshim_ioctl(fd, US_IOC_GET_LEN, (unsigned long)unmapped), -EFAULT);
	kshim_fail_only("copy_to_user");
	kshim_fail_nth(1);
	assert_int_equal(kshim_read(fd, buf, 3), -EFAULT);
	kshim_fail_only(NULL);
	/* simple_read_from_buffer()'s copy is the driver's line. */
	kshim_fail_site("tests/kernel-tree/us_chardev.c", 118);
	assert_int_equal(kshim_read(fd, buf, 3), -EFAULT);
	kshim_fail_none();
	assert_int_equal(kshim_read(fd, buf, 3), 3);
	/* The failed write zeroed the message: copy_from_user() zeroes the rest. */
	assert_memory_equal(buf, "\0\0\0", 3);
	assert_int_equal(kshim_close(fd), 0);
	assert_int_equal(kshim_unload("us_chardev"), 0);
}

static void test_fifo(void **state)
{
	char buf[32];
	int fd;

	load(NULL);
	fd = kshim_open("char:253:5", O_RDWR);
	assert_true(fd >= 0);
	/* nonseekable_open() */
	assert_int_equal(kshim_llseek(fd, 0, SEEK_SET), -ESPIPE);
	assert_int_equal(kshim_write(fd, "abc", 3), 3);
	read_text("/proc/us_chardev/fifo", buf, sizeof(buf));
	assert_string_equal(buf, "0: 0x61\n1: 0x62\n2: 0x63\n");
	read_text("/proc/us_chardev/state", buf, sizeof(buf));
	assert_string_equal(buf, "len 0 opens 1\nfifo 3\n");
	/* 16 bytes hold, the rest is refused: a short write. */
	assert_int_equal(kshim_write(fd, "0123456789abcdefgh", 18), 13);
	memset(buf, 0, sizeof(buf));
	assert_int_equal(kshim_read(fd, buf, 4), 4);
	assert_string_equal(buf, "abc0");
	assert_int_equal(kshim_write(fd, "clear", 5), 5);
	assert_int_equal(kshim_read(fd, buf, 4), 0);
	/* kfifo_to_user() into memory that faults. */
	assert_int_equal(kshim_write(fd, "xy", 2), 2);
	assert_int_equal(kshim_read(fd, NULL, 2), -EFAULT);
	kshim_fail_only("copy_from_user");
	kshim_fail_nth(1);
	assert_int_equal(kshim_write(fd, "zz", 2), -EFAULT);
	kshim_fail_only(NULL);
	assert_int_equal(kshim_read(fd, buf, 8), 2);
	assert_memory_equal(buf, "xy", 2);
	/* memdup_user_nul() fails: -ENOMEM, at the driver's line. */
	kshim_fail_site("tests/kernel-tree/us_chardev.c", 199);
	assert_int_equal(kshim_write(fd, "clear", 5), -ENOMEM);
	kshim_fail_none();
	assert_int_equal(kshim_close(fd), 0);
	assert_int_equal(kshim_unload("us_chardev"), 0);
}

static void test_chrdev(void **state)
{
	char buf[16] = { 0 };
	int fd;

	load(NULL);
	assert_int_equal(kshim_open("/dev/nothing", O_RDONLY), -ENOENT);
	assert_int_equal(kshim_open("nothing", O_RDONLY), -ENOENT);
	assert_int_equal(kshim_open("char:300:0", O_RDONLY), -ENXIO);
	assert_int_equal(kshim_open("char:253:3", O_WRONLY), -ENXIO);
	assert_int_equal(kshim_open("char:253:6", O_WRONLY), -ENXIO);
	fd = kshim_open("char:254:3", O_RDONLY);
	assert_true(fd >= 0);
	assert_int_equal(kshim_module_refcnt("us_chardev"), 2);
	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), 8);
	assert_string_equal(buf, "minor 3\n");
	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), 8);
	assert_int_equal(kshim_llseek(fd, 0, SEEK_SET), -ESPIPE);
	assert_int_equal(kshim_write(fd, "x", 1), -EBADF);
	assert_int_equal(kshim_open("char:254:0", O_RDONLY), -EBUSY);
	assert_int_equal(kshim_module_refcnt("us_chardev"), 2);
	assert_int_equal(kshim_unload("us_chardev"), -EWOULDBLOCK);
	assert_int_equal(kshim_close(fd), 0);
	assert_int_equal(kshim_module_refcnt("us_chardev"), 0);
	fd = kshim_open("char:254:255", O_RDONLY);
	assert_true(fd >= 0);
	assert_int_equal(kshim_close(fd), 0);
	assert_int_equal(kshim_unload("us_chardev"), 0);
	assert_int_equal(kshim_open("char:254:0", O_RDONLY), -ENXIO);
}

static void test_left_registered(void **state)
{
	load("leave=1");
	assert_int_equal(kshim_unload("us_chardev"), 0);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_MISUSE), 3);
	assert_non_null(strstr(kshim_defect_message(0),
			       "char device region 'us_unit' (253:4-5) registered at tests/kernel-tree/us_chardev.c:"));
	assert_non_null(strstr(kshim_defect_message(1),
			       "cdev 253:4 (2 minors) registered at tests/kernel-tree/us_chardev.c:"));
	assert_non_null(strstr(kshim_defect_message(2),
			       "proc entry '/proc/us_chardev' registered at tests/kernel-tree/us_chardev.c:"));
	/* The unit it never freed: one leak (sizeof(struct cdev) differs). */
	assert_int_equal(kshim_leak_check(), 1);
	kshim_defects_clear();
	kshim_reset();
	assert_int_equal(kshim_open("char:253:4", O_RDONLY), -ENXIO);
	assert_int_equal(kshim_open("/proc/us_chardev/state", O_RDONLY), -ENOENT);
	load(NULL);
	assert_int_equal(kshim_unload("us_chardev"), 0);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
}

/* A proc file open while its module goes: the release runs, then -EIO. */
static void test_proc_outlives_its_entry(void **state)
{
	char buf[32];
	int fd;

	load(NULL);
	fd = kshim_open("/proc/us_chardev/state", O_RDONLY);
	assert_true(fd >= 0);
	assert_int_equal(kshim_unload("us_chardev"), 0);
	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), -EIO);
	assert_int_equal(kshim_close(fd), -EIO);
	kshim_defects_clear();
}

static void test_closed_at_reset(void **state)
{
	load(NULL);
	assert_true(kshim_open("char:253:4", O_RDONLY) >= 0);
	assert_true(kshim_open("char:254:0", O_RDONLY) >= 0);
	assert_true(kshim_open("/proc/us_chardev/fifo", O_RDONLY) >= 0);
	assert_int_equal(kshim_open_files(), 3);
	kshim_reset();
	assert_int_equal(kshim_open_files(), 0);
	assert_int_equal(kshim_open("char:253:4", O_RDONLY), -ENXIO);
}

static void test_init_sweep(void **state)
{
	struct kshim_sweep *sw = kshim_sweep("us_chardev", NULL);
	size_t i;

	assert_non_null(sw);
	assert_int_equal(sw->nsteps, 10);
	assert_int_equal(sw->failures, 0);
	for (i = 1; i < sw->nsteps; i++)
		assert_string_equal(sw->steps[i].file, "tests/kernel-tree/us_chardev.c");
	kshim_sweep_free(sw);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(test_message),
		kshim_unit_test(test_efault),
		kshim_unit_test(test_fifo),
		kshim_unit_test(test_chrdev),
		kshim_unit_test(test_left_registered),
		kshim_unit_test(test_proc_outlives_its_entry),
		kshim_unit_test(test_closed_at_reset),
		kshim_unit_test(test_init_sweep),
	};

	return kshim_run_tests(tests);
}
