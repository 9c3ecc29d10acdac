/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The kernel's basic types, as on x86_64: 64-bit integers are long long.
 * Never mixed with glibc's <stdint.h> or <sys/types.h> in one file: they
 * disagree on uint64_t, dev_t and loff_t.
 */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

#include <linux/compiler_types.h>
#include <linux/stddef.h>

#ifndef __ASSEMBLY__

#ifndef __bool_true_false_are_defined
typedef _Bool			bool;
#endif

typedef signed char		__s8;
typedef unsigned char		__u8;
typedef signed short		__s16;
typedef unsigned short		__u16;
typedef signed int		__s32;
typedef unsigned int		__u32;
typedef signed long long	__s64;
typedef unsigned long long	__u64;

typedef __s8	s8;
typedef __u8	u8;
typedef __s16	s16;
typedef __u16	u16;
typedef __s32	s32;
typedef __u32	u32;
typedef __s64	s64;
typedef __u64	u64;

typedef __u16 __bitwise __le16;
typedef __u16 __bitwise __be16;
typedef __u32 __bitwise __le32;
typedef __u32 __bitwise __be32;
typedef __u64 __bitwise __le64;
typedef __u64 __bitwise __be64;
typedef __u16 __bitwise __sum16;
typedef __u32 __bitwise __wsum;

typedef u8	uint8_t;
typedef u16	uint16_t;
typedef u32	uint32_t;
typedef u64	uint64_t;
typedef s8	int8_t;
typedef s16	int16_t;
typedef s32	int32_t;
typedef s64	int64_t;
typedef u8	u_int8_t;
typedef u16	u_int16_t;
typedef u32	u_int32_t;
typedef u64	u_int64_t;

typedef unsigned char		u_char;
typedef unsigned short		u_short;
typedef unsigned int		u_int;
typedef unsigned long		u_long;
typedef unsigned char		unchar;
typedef unsigned short		ushort;
typedef unsigned int		uint;
typedef unsigned long		ulong;
typedef unsigned long		uintptr_t;
typedef long			intptr_t;

typedef long			__kernel_long_t;
typedef unsigned long		__kernel_ulong_t;
typedef __kernel_long_t		__kernel_ssize_t;
typedef __kernel_ulong_t	__kernel_size_t;
typedef long long		__kernel_loff_t;
typedef __kernel_long_t		__kernel_off_t;
typedef int			__kernel_pid_t;
typedef unsigned int		__kernel_uid32_t;
typedef unsigned int		__kernel_gid32_t;
typedef __kernel_long_t		__kernel_time_t;
typedef long long		__kernel_time64_t;
typedef int			__kernel_clockid_t;
typedef int			__kernel_timer_t;

typedef long			ssize_t;
typedef __kernel_loff_t		loff_t;
typedef __kernel_off_t		off_t;
typedef __kernel_pid_t		pid_t;
typedef u32			__kernel_dev_t;
typedef __kernel_dev_t		dev_t;
typedef unsigned short		umode_t;
typedef u32			nlink_t;
typedef __kernel_uid32_t	uid_t;
typedef __kernel_gid32_t	gid_t;
typedef __kernel_time_t		time_t;
typedef __kernel_time64_t	time64_t;
typedef __kernel_clockid_t	clockid_t;
typedef unsigned long		ino_t;
typedef s64			ktime_t;
typedef unsigned int __bitwise	gfp_t;
typedef unsigned int __bitwise	slab_flags_t;
typedef unsigned int __bitwise	fmode_t;
typedef u64			phys_addr_t;
typedef phys_addr_t		resource_size_t;
typedef u64			dma_addr_t;
typedef unsigned long		irq_hw_number_t;
typedef u64			sector_t;
typedef u64			blkcnt_t;

typedef struct {
	int counter;
} atomic_t;

typedef struct {
	s64 counter;
} atomic64_t;

typedef atomic64_t atomic_long_t;

struct list_head {
	struct list_head *next, *prev;
};

struct hlist_head {
	struct hlist_node *first;
};

struct hlist_node {
	struct hlist_node *next, **pprev;
};

struct callback_head {
	struct callback_head *next;
	void (*func)(struct callback_head *head);
} __attribute__((aligned(sizeof(void *))));
#define rcu_head callback_head

typedef void (*rcu_callback_t)(struct rcu_head *head);

#endif /* __ASSEMBLY__ */
#endif /* _LINUX_TYPES_H */
