/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Error numbers: the user-visible ones (1..133), then the kernel-internal
 * ones (512 and up) of the kernel's include/linux/errno.h. The internal codes
 * must never reach user space: a syscall turns them into something else.
 */
#ifndef _LINUX_ERRNO_H
#define _LINUX_ERRNO_H

#include <uapi/linux/errno.h>

/* Restart codes: only meaningful with a signal pending. */
#define ERESTARTSYS		512
#define ERESTARTNOINTR		513
#define ERESTARTNOHAND		514
#define ENOIOCTLCMD		515	/* the ioctl is not this driver's */
#define ERESTART_RESTARTBLOCK	516
#define EPROBE_DEFER		517	/* probe again later */
#define EOPENSTALE		518
#define ENOPARAM		519

/* From the NFSv3 protocol; ENOTSUPP (524) is not EOPNOTSUPP (95). */
#define EBADHANDLE		521
#define ENOTSYNC		522
#define EBADCOOKIE		523
#define ENOTSUPP		524
#define ETOOSMALL		525
#define ESERVERFAULT		526
#define EBADTYPE		527
#define EJUKEBOX		528
#define EIOCBQUEUED		529
#define ERECALLCONFLICT		530
#define ENOGRACE		531

#endif /* _LINUX_ERRNO_H */
