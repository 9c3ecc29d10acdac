/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _LINUX_FCNTL_H
#define _LINUX_FCNTL_H

#include <uapi/asm-generic/fcntl.h>

#define AT_FDCWD	-100

#endif /* _LINUX_FCNTL_H */
