/* SPDX-License-Identifier: GPL-2.0-only */
/* Shell-style pattern matching (lib/glob.c). */
#ifndef _LINUX_GLOB_H
#define _LINUX_GLOB_H

#include <linux/types.h>
#include <linux/compiler.h>

/* Like !fnmatch(@pat, @str, 0): ?, *, [classes] with ! and ranges, \ escapes. */
bool __pure glob_match(char const *pat, char const *str);
/* The same on the first @len bytes of @str (a NUL still ends it). */
bool __pure glob_match_len(char const *pat, char const *str, size_t len);

#endif /* _LINUX_GLOB_H */
