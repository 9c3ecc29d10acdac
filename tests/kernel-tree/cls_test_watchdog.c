// SPDX-License-Identifier: GPL-2.0-only
/*
 * The watchdog core on the kernel-tree path: cls_wdt's /dev/watchdog0
 * opened, written and ioctl'd through the harness as a daemon would
 * (WDIOC_*), closed with and without the magic 'V'.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>

#include <kshim/cmocka.h>

/* <linux/ioctl.h>'s encoding, and <uapi/linux/watchdog.h>'s numbers. */
#define _IOC(dir, type, nr, size) \
	(((dir) << 30) | ((type) << 8) | (nr) | ((size) << 16))
#define _IOR(type, nr, size)	_IOC(2U, type, nr, size)
#define _IOWR(type, nr, size)	_IOC(3U, type, nr, size)
#define WDIOC_GETSUPPORT	_IOR('W', 0, 40)
#define WDIOC_GETSTATUS		_IOR('W', 1, 4)
#define WDIOC_SETOPTIONS	_IOR('W', 4, 4)
#define WDIOC_KEEPALIVE		_IOR('W', 5, 4)
#define WDIOC_SETTIMEOUT	_IOWR('W', 6, 4)
#define WDIOC_GETTIMEOUT	_IOR('W', 7, 4)
#define WDIOC_SETPRETIMEOUT	_IOWR('W', 8, 4)
#define WDIOC_GETPRETIMEOUT	_IOR('W', 9, 4)
#define WDIOF_SETTIMEOUT	0x0080
#define WDIOF_MAGICCLOSE	0x0100
#define WDIOF_KEEPALIVEPING	0x8000
#define WDIOS_DISABLECARD	0x0001
#define WDIOS_ENABLECARD	0x0002

struct wd_info {
	unsigned int options;
	unsigned int firmware_version;
	char identity[32];
};

static void test_open_ping_close(void **state)
{
	struct wd_info *info = kshim_user_alloc(sizeof(*info));
	int *val = kshim_user_alloc(sizeof(int));
	int fd;

	assert_int_equal(kshim_load("cls_wdt", NULL), 0);
	assert_true(kshim_log_contains(6, "cls_wdt: watchdog0, timeout 30 s"));
	fd = kshim_open("/dev/watchdog0", O_WRONLY);
	assert_true(fd >= 0);
	assert_true(kshim_log_contains(6, "cls_wdt: start (30 s)"));
	/* one opener at a time */
	assert_int_equal(kshim_open("/dev/watchdog0", O_WRONLY), -EBUSY);

	assert_int_equal(kshim_ioctl(fd, WDIOC_GETSUPPORT, (unsigned long)info), 0);
	assert_int_equal(info->options, WDIOF_SETTIMEOUT | WDIOF_KEEPALIVEPING |
			 WDIOF_MAGICCLOSE);
	assert_string_equal(info->identity, "cls watchdog");
	assert_int_equal(kshim_ioctl(fd, WDIOC_KEEPALIVE, 0), 0);
	assert_true(kshim_log_contains(6, "cls_wdt: ping"));
	assert_int_equal(kshim_ioctl(fd, WDIOC_GETSTATUS, (unsigned long)val), 0);
	assert_int_equal(*val, WDIOF_KEEPALIVEPING);

	*val = 60;
	assert_int_equal(kshim_ioctl(fd, WDIOC_SETTIMEOUT, (unsigned long)val), 0);
	assert_int_equal(*val, 60);
	assert_true(kshim_log_contains(6, "cls_wdt: timeout 60"));
	*val = 601;
	assert_int_equal(kshim_ioctl(fd, WDIOC_SETTIMEOUT, (unsigned long)val), -EINVAL);
	assert_int_equal(kshim_ioctl(fd, WDIOC_GETTIMEOUT, (unsigned long)val), 0);
	assert_int_equal(*val, 60);
	/* no pretimeout without WDIOF_PRETIMEOUT */
	*val = 10;
	assert_int_equal(kshim_ioctl(fd, WDIOC_SETPRETIMEOUT, (unsigned long)val),
			 -EOPNOTSUPP);
	assert_int_equal(kshim_ioctl(fd, WDIOC_GETPRETIMEOUT, (unsigned long)val), 0);
	assert_int_equal(*val, 0);
	assert_int_equal(kshim_ioctl(fd, 0x1234, 0), -ENOTTY);
	/* a bad user pointer */
	assert_int_equal(kshim_ioctl(fd, WDIOC_GETTIMEOUT, 16), -EFAULT);

	/* closed without the magic character: it keeps running */
	assert_int_equal(kshim_write(fd, "x", 1), 1);
	assert_int_equal(kshim_close(fd), 0);
	assert_true(kshim_log_contains(2, "watchdog0: watchdog did not stop!"));
	assert_false(kshim_log_contains(6, "cls_wdt: stop"));

	/* reopened (it is running already), closed after 'V': stopped */
	fd = kshim_open("/dev/watchdog0", O_WRONLY);
	assert_true(fd >= 0);
	assert_int_equal(kshim_ioctl(fd, WDIOC_GETSTATUS, (unsigned long)val), 0);
	assert_int_equal(kshim_write(fd, "V", 1), 1);
	assert_int_equal(kshim_ioctl(fd, WDIOC_GETSTATUS, (unsigned long)val), 0);
	assert_true(*val & WDIOF_MAGICCLOSE);
	assert_int_equal(kshim_close(fd), 0);
	assert_true(kshim_log_contains(6, "cls_wdt: stop"));
	assert_int_equal(kshim_unload("cls_wdt"), 0);
	assert_int_equal(kshim_open("/dev/watchdog0", O_WRONLY), -ENOENT);
}

static void test_setoptions_and_nowayout(void **state)
{
	int *val = kshim_user_alloc(sizeof(int));
	int fd;

	assert_int_equal(kshim_load("cls_wdt", "nowayout=1 timeout=700"), 0);
	assert_true(kshim_log_contains(3, "cls watchdog: driver supplied timeout (700) out of range"));
	assert_true(kshim_log_contains(4, "cls watchdog: falling back to default timeout (30)"));
	fd = kshim_open("/dev/watchdog0", O_WRONLY);
	assert_true(fd >= 0);
	*val = WDIOS_DISABLECARD;
	assert_int_equal(kshim_ioctl(fd, WDIOC_SETOPTIONS, (unsigned long)val), -EBUSY);
	assert_true(kshim_log_contains(6, "watchdog0: nowayout prevents watchdog being stopped!"));
	assert_int_equal(kshim_write(fd, "V", 1), 1);
	assert_int_equal(kshim_close(fd), 0);
	assert_true(kshim_log_contains(2, "watchdog0: watchdog did not stop!"));
	/* Closed, it holds no module reference: it unloads, still running. */
	assert_int_equal(kshim_unload("cls_wdt"), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(test_open_ping_close),
		kshim_unit_test(test_setoptions_and_nowayout),
	};

	return kshim_run_tests(tests);
}
