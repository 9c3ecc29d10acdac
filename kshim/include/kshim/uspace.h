/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * User space, for tests: a test acts as a process that opens character
 * devices and procfs files and calls their file operations, and says which
 * memory is user memory. Each call runs the driver's code guarded: a crash
 * there returns KSHIM_CRASH. Errors are -errno, as the system calls give.
 * Everything here is forgotten by kshim_reset(); files still open are
 * closed then (their release runs).
 */
#ifndef _KSHIM_USPACE_H
#define _KSHIM_USPACE_H

#include <stddef.h>

/*
 * Open @path: "/dev/<name>" (a misc device, or a device node made by
 * device_create() or a registered device with a device number),
 * "char:MAJOR:MINOR" (any char device number), "/proc/<path>". @flags are
 * open(2)'s (O_RDONLY, O_RDWR, O_NONBLOCK...; the same values in the C
 * library and the kernel on x86). Returns an fd >= 0 or -errno: -ENOENT
 * (no such node), -ENXIO (no cdev behind the number), -ENODEV (no misc
 * device of that minor), -EMFILE, or the driver's open() error.
 */
int kshim_open(const char *path, int flags);
/* read(2), write(2): the buffer is user memory for the call. */
long kshim_read(int fd, void *buf, size_t n);
long kshim_write(int fd, const void *buf, size_t n);
/* lseek(2) */
long long kshim_llseek(int fd, long long off, int whence);
/* ioctl(2): @arg as given (map the memory it points to first). */
long kshim_ioctl(int fd, unsigned int cmd, unsigned long arg);
/*
 * poll(): the driver's ->poll() with a poll table (or DEFAULT_POLLMASK
 * without one): the event mask, -EBADF or KSHIM_CRASH.
 */
int kshim_poll(int fd);
/* The wait queues the last kshim_poll() on @fd registered with poll_wait(). */
size_t kshim_poll_queues(int fd);
/*
 * close(2): the result of ->flush() (0 without one), as close() returns;
 * ->release() runs too, when the last reference goes (its result is
 * ignored, as the kernel ignores it).
 */
int kshim_close(int fd);
/* Files open now. */
size_t kshim_open_files(void);

/*
 * User memory: [@ptr, @ptr + @len) becomes user memory until unmapped
 * (0, or -EINVAL when it overlaps a mapping or is outside the user range).
 */
int kshim_user_map(const void *ptr, size_t len);
int kshim_user_unmap(const void *ptr);	/* 0, or -EINVAL when not mapped */
/* Zeroed user memory of @len bytes, freed by kshim_reset(). */
void *kshim_user_alloc(size_t len);
/* A user pointer that always faults. */
#define KSHIM_USER_BAD	((void *)0x1000)

#endif /* _KSHIM_USPACE_H */
