/* SPDX-License-Identifier: GPL-2.0-only */
/* The kernel finds the uapi header under this name too (-I include/uapi). */
#include <uapi/linux/input-event-codes.h>
