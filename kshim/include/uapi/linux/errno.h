/* SPDX-License-Identifier: GPL-2.0-only */
/* The user-visible error numbers: x86_64 uses the generic ones. */
#ifndef _UAPI_LINUX_ERRNO_H
#define _UAPI_LINUX_ERRNO_H

#include <asm-generic/errno.h>

#endif /* _UAPI_LINUX_ERRNO_H */
