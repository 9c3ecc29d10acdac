/* SPDX-License-Identifier: GPL-2.0-only */
/* PLACEHOLDER: to be completed. */
#ifndef _LINUX_STRING_H
#define _LINUX_STRING_H
#include <linux/types.h>
#include <linux/stddef.h>
extern size_t strlen(const char *s);
extern int strcmp(const char *a, const char *b);
extern int strncmp(const char *a, const char *b, size_t n);
extern char *strstr(const char *h, const char *n);
extern char *strchr(const char *s, int c);
extern void *memcpy(void *d, const void *s, size_t n);
extern void *memset(void *s, int c, size_t n);
extern int memcmp(const void *a, const void *b, size_t n);
extern void *memmove(void *d, const void *s, size_t n);
#endif
