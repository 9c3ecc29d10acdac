// SPDX-License-Identifier: GPL-2.0-only
/*
 * ticker: /dev/ticker as user space uses it. Virtual time moves only when
 * the test moves it (kshim_time_advance_ms()) or when a blocking read
 * sleeps; the timer then queues the work, which kshim_run_work() runs.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <string.h>

#include <kshim/cmocka.h>

#include "../modules/ticker/ticker.h"

#define ERESTARTSYS	512	/* include/linux/errno.h: never seen by user space */

static char buf[512];

static int load_and_open(const char *args, int flags)
{
	int fd;

	assert_int_equal(kshim_load("ticker", args), 0);
	fd = kshim_open("/dev/ticker", flags);
	assert_true(fd >= 0);
	return fd;
}

/* One period passes: the timer fires, its work makes a line. */
static void tick(unsigned long ms)
{
	kshim_time_advance_ms(ms);
	assert_int_equal(kshim_work_pending_count(), 1);
	assert_int_equal(kshim_run_work(), 1);
}

static void read_expect(int fd, size_t len, const char *text)
{
	memset(buf, 0, sizeof(buf));
	assert_int_equal(kshim_read(fd, buf, len), strlen(text));
	assert_string_equal(buf, text);
}

static unsigned int ioc_count(int fd)
{
	unsigned int *count = kshim_user_alloc(sizeof(*count));

	assert_int_equal(kshim_ioctl(fd, TICKER_IOC_COUNT, (unsigned long)count), 0);
	return *count;
}

static long write_str(int fd, const char *cmd)
{
	return kshim_write(fd, cmd, strlen(cmd));
}

static void loads_ticks_and_unloads(void **state)
{
	assert_int_equal(kshim_load("ticker", NULL), 0);
	assert_log_contains(6, "ticker: /dev/ticker ticks every 1000 ms");
	assert_int_equal(kshim_timers_pending(), 1);
	tick(1000);
	tick(1000);
	assert_int_equal(kshim_unload("ticker"), 0);
	assert_log_contains(6, "ticker: stopped");
	assert_int_equal(kshim_timers_pending(), 0);
	assert_int_equal(kshim_work_pending_count(), 0);
	assert_int_equal(kshim_alloc_live(), 0);
}

static void period_out_of_range_fails_the_load(void **state)
{
	assert_int_equal(kshim_load("ticker", "period_ms=0"), -EINVAL);
	assert_log_contains(3, "ticker: period_ms=0 out of range 1..60000");
	assert_int_equal(kshim_load("ticker", "period_ms=60001"), -EINVAL);
	assert_log_contains(3, "ticker: period_ms=60001 out of range 1..60000");
	assert_false(kshim_module_loaded("ticker"));
	assert_int_equal(kshim_load("ticker", "period_ms=abc"), -EINVAL);
	assert_log_contains(3, "ticker: `abc' invalid for parameter `period_ms'");
	assert_false(kshim_module_loaded("ticker"));
	assert_int_equal(kshim_alloc_live(), 0);
	assert_int_equal(kshim_timers_pending(), 0);

	assert_int_equal(kshim_load("ticker", "period_ms=60000"), 0);
	assert_log_contains(6, "ticker: /dev/ticker ticks every 60000 ms");
	kshim_time_advance_ms(59999);
	assert_int_equal(kshim_work_pending_count(), 0);
	tick(1);
	assert_int_equal(kshim_unload("ticker"), 0);
}

static void blocking_read_waits_for_the_timer(void **state)
{
	int fd = load_and_open("period_ms=250", O_RDONLY);

	/* Nothing asked: nothing read, and no sleep. */
	assert_int_equal(kshim_read(fd, buf, 0), 0);
	assert_int_equal(kshim_work_pending_count(), 0);
	/* Nothing to read: the read sleeps until the timer and work ran. */
	read_expect(fd, sizeof(buf), "tick 1\n");
	read_expect(fd, sizeof(buf), "tick 2\n");
	assert_int_equal(ioc_count(fd), 2);
	assert_int_equal(kshim_close(fd), 0);
	assert_int_equal(kshim_unload("ticker"), 0);
}

static void nonblocking_read_is_eagain(void **state)
{
	int fd = load_and_open(NULL, O_RDONLY | O_NONBLOCK);

	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), -EAGAIN);
	/* The timer fired, but the line comes from the work. */
	kshim_time_advance_ms(1000);
	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), -EAGAIN);
	assert_int_equal(kshim_run_work(), 1);
	read_expect(fd, sizeof(buf), "tick 1\n");
	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), -EAGAIN);
	assert_int_equal(kshim_close(fd), 0);
}

static void reads_return_whole_lines(void **state)
{
	int fd = load_and_open(NULL, O_RDONLY);

	tick(1000);
	tick(1000);
	tick(1000);
	/* "tick 1\ntick 2\n" is 14 bytes: 10 hold one line. */
	read_expect(fd, 10, "tick 1\n");
	/* Not even one line fits. */
	assert_int_equal(kshim_read(fd, buf, 6), -EINVAL);
	read_expect(fd, sizeof(buf), "tick 2\ntick 3\n");
	assert_int_equal(kshim_close(fd), 0);
}

static void ticks_pending_together_make_one_line(void **state)
{
	int fd = load_and_open(NULL, O_RDONLY | O_NONBLOCK);

	kshim_time_advance_ms(3000);
	assert_int_equal(kshim_run_work(), 1);
	read_expect(fd, sizeof(buf), "tick 1\n");
	assert_int_equal(ioc_count(fd), 1);
	assert_int_equal(kshim_close(fd), 0);
}

static void full_buffer_drops_the_newest_lines(void **state)
{
	int fd = load_and_open(NULL, O_RDONLY);
	int i;

	for (i = 0; i < 40; i++)
		tick(1000);
	/* 9 lines of 7 bytes, 24 of 8: 255 of the 256 bytes; then no room. */
	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), 255);
	assert_memory_equal(buf, "tick 1\n", 7);
	assert_memory_equal(buf + 255 - 8, "tick 33\n", 8);
	assert_int_equal(ioc_count(fd), 40);
	tick(1000);
	read_expect(fd, sizeof(buf), "tick 41\n");
	assert_int_equal(kshim_close(fd), 0);
}

static void read_into_bad_memory_is_efault(void **state)
{
	int fd = load_and_open(NULL, O_RDONLY);

	tick(1000);
	assert_int_equal(kshim_read(fd, KSHIM_USER_BAD, 64), -EFAULT);
	/* The line was not consumed. */
	read_expect(fd, sizeof(buf), "tick 1\n");
	assert_int_equal(kshim_close(fd), 0);
}

static void signal_ends_a_blocking_read(void **state)
{
	int fd = load_and_open(NULL, O_RDONLY);

	kshim_signal_pending(true);
	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), -ERESTARTSYS);
	kshim_signal_pending(false);
	assert_int_equal(kshim_close(fd), 0);
}

static void paused_reader_is_not_woken(void **state)
{
	int fd = load_and_open(NULL, O_RDONLY);

	assert_int_equal(kshim_ioctl(fd, TICKER_IOC_PAUSE, 0), 0);
	assert_int_equal(kshim_timers_pending(), 0);
	/* Nothing can wake the reader: the sleep is interrupted. */
	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), -ERESTARTSYS);
	assert_int_equal(kshim_close(fd), 0);
}

static void reset_clears_count_and_lines(void **state)
{
	int fd = load_and_open(NULL, O_RDWR | O_NONBLOCK);

	tick(1000);
	tick(1000);
	assert_int_equal(write_str(fd, "reset"), 5);
	assert_int_equal(ioc_count(fd), 0);
	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), -EAGAIN);
	tick(1000);
	/* As echo writes it, with a newline. */
	assert_int_equal(write_str(fd, "reset\n"), 6);
	tick(1000);
	read_expect(fd, sizeof(buf), "tick 1\n");
	assert_int_equal(kshim_close(fd), 0);
}

static void period_command_rearms_the_timer(void **state)
{
	int fd = load_and_open(NULL, O_RDWR | O_NONBLOCK);

	kshim_time_advance_ms(600);
	assert_int_equal(write_str(fd, "period=500\n"), 11);
	/* A full new period from the write: not at 1000 ms. */
	kshim_time_advance_ms(499);
	assert_int_equal(kshim_work_pending_count(), 0);
	tick(1);
	tick(500);
	read_expect(fd, sizeof(buf), "tick 1\ntick 2\n");
	assert_int_equal(kshim_close(fd), 0);
}

static void bad_commands_are_rejected(void **state)
{
	char long_cmd[33];
	int fd = load_and_open(NULL, O_WRONLY);

	memset(long_cmd, 'x', 32);
	long_cmd[32] = '\0';

	assert_int_equal(write_str(fd, "period=0"), -EINVAL);
	assert_int_equal(write_str(fd, "period=60001"), -EINVAL);
	assert_int_equal(write_str(fd, "period=abc"), -EINVAL);
	assert_int_equal(write_str(fd, "period="), -EINVAL);
	assert_int_equal(write_str(fd, "period=-5"), -EINVAL);
	/* kstrtouint()'s own error for a number too big. */
	assert_int_equal(write_str(fd, "period=99999999999"), -ERANGE);
	assert_int_equal(write_str(fd, "resetx"), -EINVAL);
	assert_int_equal(write_str(fd, "hello"), -EINVAL);
	/* 32 bytes: longer than any command. */
	assert_int_equal(write_str(fd, long_cmd), -EINVAL);
	assert_int_equal(kshim_write(fd, KSHIM_USER_BAD, 5), -EFAULT);
	/* None of them changed the period. */
	tick(1000);
	assert_int_equal(kshim_close(fd), 0);
}

static void ioctls(void **state)
{
	int fd = load_and_open(NULL, O_RDWR | O_NONBLOCK);

	assert_int_equal(ioc_count(fd), 0);
	tick(1000);
	assert_int_equal(ioc_count(fd), 1);
	assert_int_equal(kshim_ioctl(fd, TICKER_IOC_COUNT,
				     (unsigned long)KSHIM_USER_BAD), -EFAULT);
	assert_int_equal(kshim_ioctl(fd, _IO('t', 99), 0), -ENOTTY);
	assert_int_equal(kshim_ioctl(fd, _IOR('t', 1, __u64), 0), -ENOTTY);

	/* Paused: no timer, time passes without a tick. */
	assert_int_equal(kshim_ioctl(fd, TICKER_IOC_PAUSE, 0), 0);
	assert_int_equal(kshim_ioctl(fd, TICKER_IOC_PAUSE, 0), 0);
	assert_int_equal(kshim_timers_pending(), 0);
	kshim_time_advance_ms(5000);
	assert_int_equal(kshim_work_pending_count(), 0);
	/* A new period while paused does not start the timer. */
	assert_int_equal(write_str(fd, "period=200"), 10);
	assert_int_equal(kshim_timers_pending(), 0);

	assert_int_equal(kshim_ioctl(fd, TICKER_IOC_RESUME, 0), 0);
	assert_int_equal(kshim_timers_pending(), 1);
	tick(200);
	/* Resuming a running ticker changes nothing. */
	kshim_time_advance_ms(100);
	assert_int_equal(kshim_ioctl(fd, TICKER_IOC_RESUME, 0), 0);
	tick(100);
	assert_int_equal(ioc_count(fd), 3);
	read_expect(fd, sizeof(buf), "tick 1\ntick 2\ntick 3\n");
	assert_int_equal(kshim_close(fd), 0);
}

static void poll_says_when_a_line_is_there(void **state)
{
	int fd = load_and_open(NULL, O_RDONLY);

	assert_int_equal(kshim_poll(fd), POLLOUT | POLLWRNORM);
	assert_int_equal(kshim_poll_queues(fd), 1);
	tick(1000);
	assert_int_equal(kshim_poll(fd), POLLIN | POLLRDNORM | POLLOUT | POLLWRNORM);
	read_expect(fd, sizeof(buf), "tick 1\n");
	assert_int_equal(kshim_poll(fd), POLLOUT | POLLWRNORM);
	assert_int_equal(kshim_close(fd), 0);
}

static void not_seekable(void **state)
{
	int fd = load_and_open(NULL, O_RDONLY);

	assert_int_equal(kshim_llseek(fd, 0, 0), -ESPIPE);
	assert_int_equal(kshim_llseek(fd, 10, 1), -ESPIPE);
	assert_int_equal(kshim_close(fd), 0);
}

static void one_opener_at_a_time(void **state)
{
	int fd = load_and_open(NULL, O_RDONLY);

	assert_int_equal(kshim_open("/dev/ticker", O_RDONLY), -EBUSY);
	assert_int_equal(kshim_open_files(), 1);
	assert_int_equal(kshim_close(fd), 0);
	fd = kshim_open("/dev/ticker", O_RDWR);
	assert_true(fd >= 0);
	assert_int_equal(kshim_close(fd), 0);
	assert_int_equal(kshim_unload("ticker"), 0);
	assert_int_equal(kshim_open("/dev/ticker", O_RDONLY), -ENOENT);
}

static void rmmod_while_open_is_refused(void **state)
{
	int fd = load_and_open(NULL, O_RDONLY);

	/* The open file holds the module (fops.owner): kernel/module/main.c. */
	assert_int_equal(kshim_module_refcnt("ticker"), 1);
	assert_int_equal(kshim_unload("ticker"), -EWOULDBLOCK);
	assert_true(kshim_module_loaded("ticker"));
	assert_false(kshim_exit_called("ticker"));
	tick(1000);
	read_expect(fd, sizeof(buf), "tick 1\n");
	assert_int_equal(kshim_close(fd), 0);
	assert_int_equal(kshim_module_refcnt("ticker"), 0);
	assert_int_equal(kshim_unload("ticker"), 0);
}

static void unload_cancels_pending_work(void **state)
{
	assert_int_equal(kshim_load("ticker", NULL), 0);
	kshim_time_advance_ms(1000);
	assert_int_equal(kshim_work_pending_count(), 1);
	assert_int_equal(kshim_unload("ticker"), 0);
	assert_int_equal(kshim_work_pending_count(), 0);
	assert_int_equal(kshim_timers_pending(), 0);
	assert_int_equal(kshim_alloc_live(), 0);
	/* Time goes on with nothing left of the module. */
	kshim_time_advance_ms(10000);
	assert_int_equal(kshim_run_work(), 0);
}

/*
 * Work on a kworker thread, as on a real kernel: the reader sleeps in its
 * own thread while the timer queues the work and the kworker makes the
 * line and wakes it.
 */
static void kworker_thread_feeds_the_reader(void **state)
{
	int fd;

	kshim_work_threads(true);
	fd = load_and_open("period_ms=250", O_RDWR);
	read_expect(fd, sizeof(buf), "tick 1\n");
	read_expect(fd, sizeof(buf), "tick 2\n");
	assert_int_equal(write_str(fd, "reset"), 5);
	read_expect(fd, sizeof(buf), "tick 1\n");
	assert_int_equal(ioc_count(fd), 1);
	assert_int_equal(kshim_ioctl(fd, TICKER_IOC_PAUSE, 0), 0);
	/* The kworker may have made a tick before the pause; none after. */
	if (kshim_poll(fd) & POLLIN)
		read_expect(fd, sizeof(buf), "tick 2\n");
	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), -ERESTARTSYS);
	assert_int_equal(kshim_close(fd), 0);
	assert_int_equal(kshim_unload("ticker"), 0);
	assert_int_equal(kshim_work_pending_count(), 0);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
}

static void locking_stays_quiet(void **state)
{
	/* 20 ms: 5 jiffies at HZ 250, a period the timer keeps exactly. */
	int fd = load_and_open("period_ms=20", O_RDWR);
	int i;

	for (i = 0; i < 5; i++) {
		read_expect(fd, sizeof(buf), i ? "tick 2\n" : "tick 1\n");
		assert_int_equal(write_str(fd, "reset"), 5);
		assert_int_equal(kshim_ioctl(fd, TICKER_IOC_PAUSE, 0), 0);
		assert_int_equal(kshim_ioctl(fd, TICKER_IOC_RESUME, 0), 0);
		assert_true(kshim_poll(fd) > 0);
		tick(20);
		tick(20);
		assert_int_equal(ioc_count(fd), 2);
		assert_int_equal(write_str(fd, "reset"), 5);
		tick(20);
		tick(20);
		read_expect(fd, 7, "tick 1\n");
	}
	assert_int_equal(kshim_close(fd), 0);
	assert_int_equal(kshim_unload("ticker"), 0);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_LOCKING), 0);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_ANY), 0);
}

static void sweep_init(void **state)
{
	struct kshim_sweep *sw = kshim_sweep("ticker", NULL);
	size_t i;

	assert_non_null(sw);
	assert_int_equal(sw->steps[0].ret, 0);
	/* Our kzalloc, then the allocations inside misc_register(). */
	assert_true(sw->nsteps >= 3);
	assert_string_equal(sw->steps[1].call, "kzalloc");
	assert_string_equal(sw->steps[1].file, "modules/ticker/ticker.c");
	assert_string_equal(sw->steps[1].func, "ticker_init");
	for (i = 1; i < sw->nsteps; i++) {
		assert_int_equal(sw->steps[i].ret, -ENOMEM);
		assert_int_equal(sw->steps[i].outcome, KSHIM_SWEEP_OK);
		/* misc_register()'s own allocations are its caller's line. */
		assert_string_equal(sw->steps[i].file, "modules/ticker/ticker.c");
		assert_string_equal(sw->steps[i].func, "ticker_init");
	}
	assert_string_equal(sw->steps[sw->nsteps - 1].call, "kvasprintf");
	assert_int_equal(sw->failures, 0);
	kshim_sweep_free(sw);
	assert_sweep_clean("ticker", "period_ms=5000");
}

static void sweep_bad_period(void **state)
{
	struct kshim_sweep *sw = kshim_sweep("ticker", "period_ms=0");

	assert_non_null(sw);
	/* Refused before anything fallible. */
	assert_int_equal(sw->nsteps, 1);
	assert_int_equal(sw->steps[0].ret, -EINVAL);
	assert_int_equal(sw->failures, 0);
	kshim_sweep_free(sw);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(loads_ticks_and_unloads),
		kshim_unit_test(period_out_of_range_fails_the_load),
		kshim_unit_test(blocking_read_waits_for_the_timer),
		kshim_unit_test(nonblocking_read_is_eagain),
		kshim_unit_test(reads_return_whole_lines),
		kshim_unit_test(ticks_pending_together_make_one_line),
		kshim_unit_test(full_buffer_drops_the_newest_lines),
		kshim_unit_test(read_into_bad_memory_is_efault),
		kshim_unit_test(signal_ends_a_blocking_read),
		kshim_unit_test(paused_reader_is_not_woken),
		kshim_unit_test(reset_clears_count_and_lines),
		kshim_unit_test(period_command_rearms_the_timer),
		kshim_unit_test(bad_commands_are_rejected),
		kshim_unit_test(ioctls),
		kshim_unit_test(poll_says_when_a_line_is_there),
		kshim_unit_test(not_seekable),
		kshim_unit_test(one_opener_at_a_time),
		kshim_unit_test(rmmod_while_open_is_refused),
		kshim_unit_test(unload_cancels_pending_work),
		kshim_unit_test(kworker_thread_feeds_the_reader),
		kshim_unit_test(locking_stays_quiet),
		kshim_unit_test(sweep_init),
		kshim_unit_test(sweep_bad_period),
	};

	return kshim_run_tests(tests);
}
