/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _LINUX_ERRNAME_H
#define _LINUX_ERRNAME_H

/*
 * The symbolic name of an errno: "-ENODEV" for -19, "ENODEV" for 19, NULL
 * when the value has no name (as 6.1 with CONFIG_SYMBOLIC_ERRNAME=y).
 */
const char *errname(int err);

#endif /* _LINUX_ERRNAME_H */
