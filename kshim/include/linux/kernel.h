/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _LINUX_KERNEL_H
#define _LINUX_KERNEL_H

#include <linux/stdarg.h>
#include <linux/align.h>
#include <linux/array_size.h>
#include <linux/limits.h>
#include <linux/linkage.h>
#include <linux/stddef.h>
#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/container_of.h>
#include <linux/bitops.h>
#include <linux/kstrtox.h>
#include <linux/math.h>
#include <linux/minmax.h>
#include <linux/typecheck.h>
#include <linux/panic.h>
#include <linux/printk.h>
#include <linux/build_bug.h>

#define STACK_MAGIC	0xdeadbeef

#define REPEAT_BYTE(x)	((~0ul / 0xff) * (x))

#define READ			0
#define WRITE			1

#define upper_32_bits(n) ((u32)(((n) >> 16) >> 16))
#define lower_32_bits(n) ((u32)((n) & 0xffffffff))
#define upper_16_bits(n) ((u16)((n) >> 16))
#define lower_16_bits(n) ((u16)((n) & 0xffff))

#define u64_to_user_ptr(x) ((void __user *)(uintptr_t)(x))

/* CONFIG_DEBUG_ATOMIC_SLEEP's checks: host/lockdep.c. */
#include <kshim/lockdep.h>
#define might_sleep() kshim_might_sleep(__FILE__, __LINE__)
#define might_sleep_if(cond) do { if (cond) might_sleep(); } while (0)
#define might_resched() do { } while (0)
#define cant_sleep() kshim_cant_sleep(__FILE__, __LINE__)
#define might_fault() kshim_might_fault(__FILE__, __LINE__, NULL)
#define sched_annotate_sleep() do { } while (0)

#define ptr_to_hashval(ptr, hashval_out) (-ENOSYS)

#define TAINT_FLAGS_MAX	((1UL << TAINT_FLAGS_COUNT) - 1)

/*
 * The kernel's formatted output (kernel/vsprintf.c). The names are the
 * kernel's; the symbols are kshim's, so that the C library's printf family
 * stays the C library's.
 */
__printf(2, 3) int sprintf(char *buf, const char *fmt, ...) __asm__("kshim_sprintf");
__printf(2, 0) int vsprintf(char *buf, const char *fmt, va_list args) __asm__("kshim_vsprintf");
__printf(3, 4) int snprintf(char *buf, size_t size, const char *fmt, ...) __asm__("kshim_snprintf");
__printf(3, 0) int vsnprintf(char *buf, size_t size, const char *fmt, va_list args) __asm__("kshim_vsnprintf");
__printf(3, 4) int scnprintf(char *buf, size_t size, const char *fmt, ...);
__printf(3, 0) int vscnprintf(char *buf, size_t size, const char *fmt, va_list args);
__scanf(2, 3) int sscanf(const char *buf, const char *fmt, ...) __asm__("kshim_sscanf");
__scanf(2, 0) int vsscanf(const char *buf, const char *fmt, va_list args) __asm__("kshim_vsscanf");

/*
 * kasprintf() and friends allocate: they take the caller's site, so fault
 * injection and leak reports name the driver's line. Free with kfree()
 * (kvasprintf_const(): kfree_const()).
 */
#include <kshim/kapi.h>
__printf(3, 4) __malloc
char *kshim_kasprintf(const struct kshim_site *site, gfp_t gfp, const char *fmt, ...);
__printf(3, 0) __malloc
char *kshim_kvasprintf(const struct kshim_site *site, gfp_t gfp, const char *fmt,
		       va_list args);
__printf(3, 0)
const char *kshim_kvasprintf_const(const struct kshim_site *site, gfp_t gfp,
				   const char *fmt, va_list args);
#define kasprintf(gfp, fmt, ...) \
	kshim_kasprintf(KSHIM_SITE, gfp, fmt, ##__VA_ARGS__)
#define kvasprintf(gfp, fmt, args) \
	kshim_kvasprintf(KSHIM_SITE, gfp, fmt, args)
#define kvasprintf_const(gfp, fmt, args) \
	kshim_kvasprintf_const(KSHIM_SITE, gfp, fmt, args)

int num_to_str(char *buf, int size, unsigned long long num, unsigned int width);

/* Set by the no_hash_pointers boot option in 6.1: %p prints raw addresses. */
extern bool no_hash_pointers;

extern int hex_to_bin(unsigned char ch);
extern int __must_check hex2bin(u8 *dst, const char *src, size_t count);
extern char *bin2hex(char *dst, const void *src, size_t count);
extern const char hex_asc[];
extern const char hex_asc_upper[];
#define hex_asc_lo(x)	hex_asc[((x) & 0x0f)]
#define hex_asc_hi(x)	hex_asc[((x) & 0xf0) >> 4]
#define hex_asc_upper_lo(x)	hex_asc_upper[((x) & 0x0f)]
#define hex_asc_upper_hi(x)	hex_asc_upper[((x) & 0xf0) >> 4]

static inline char *hex_byte_pack(char *buf, u8 byte)
{
	*buf++ = hex_asc_hi(byte);
	*buf++ = hex_asc_lo(byte);
	return buf;
}

static inline char *hex_byte_pack_upper(char *buf, u8 byte)
{
	*buf++ = hex_asc_upper_hi(byte);
	*buf++ = hex_asc_upper_lo(byte);
	return buf;
}

bool mac_pton(const char *s, u8 *mac);

#endif /* _LINUX_KERNEL_H */
