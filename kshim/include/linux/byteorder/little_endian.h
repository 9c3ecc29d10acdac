/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Conversions between the CPU's byte order (little-endian: x86_64) and the
 * fixed ones, as include/linux/byteorder/generic.h names them.
 */
#ifndef _LINUX_BYTEORDER_LITTLE_ENDIAN_H
#define _LINUX_BYTEORDER_LITTLE_ENDIAN_H

#ifndef __LITTLE_ENDIAN
#define __LITTLE_ENDIAN 1234
#endif
#ifndef __LITTLE_ENDIAN_BITFIELD
#define __LITTLE_ENDIAN_BITFIELD
#endif

#include <linux/types.h>
#include <linux/swab.h>

#define __cpu_to_le64(x)	((__force __le64)(__u64)(x))
#define __le64_to_cpu(x)	((__force __u64)(__le64)(x))
#define __cpu_to_le32(x)	((__force __le32)(__u32)(x))
#define __le32_to_cpu(x)	((__force __u32)(__le32)(x))
#define __cpu_to_le16(x)	((__force __le16)(__u16)(x))
#define __le16_to_cpu(x)	((__force __u16)(__le16)(x))
#define __cpu_to_be64(x)	((__force __be64)__swab64((x)))
#define __be64_to_cpu(x)	__swab64((__force __u64)(__be64)(x))
#define __cpu_to_be32(x)	((__force __be32)__swab32((x)))
#define __be32_to_cpu(x)	__swab32((__force __u32)(__be32)(x))
#define __cpu_to_be16(x)	((__force __be16)__swab16((x)))
#define __be16_to_cpu(x)	__swab16((__force __u16)(__be16)(x))

#define cpu_to_le64	__cpu_to_le64
#define le64_to_cpu	__le64_to_cpu
#define cpu_to_le32	__cpu_to_le32
#define le32_to_cpu	__le32_to_cpu
#define cpu_to_le16	__cpu_to_le16
#define le16_to_cpu	__le16_to_cpu
#define cpu_to_be64	__cpu_to_be64
#define be64_to_cpu	__be64_to_cpu
#define cpu_to_be32	__cpu_to_be32
#define be32_to_cpu	__be32_to_cpu
#define cpu_to_be16	__cpu_to_be16
#define be16_to_cpu	__be16_to_cpu

#define __constant_cpu_to_le16(x)	__cpu_to_le16(x)
#define __constant_cpu_to_le32(x)	__cpu_to_le32(x)
#define __constant_cpu_to_le64(x)	__cpu_to_le64(x)
#define __constant_cpu_to_be16(x)	__cpu_to_be16(x)
#define __constant_cpu_to_be32(x)	__cpu_to_be32(x)
#define __constant_cpu_to_be64(x)	__cpu_to_be64(x)
#define __constant_le16_to_cpu(x)	__le16_to_cpu(x)
#define __constant_le32_to_cpu(x)	__le32_to_cpu(x)
#define __constant_le64_to_cpu(x)	__le64_to_cpu(x)
#define __constant_be16_to_cpu(x)	__be16_to_cpu(x)
#define __constant_be32_to_cpu(x)	__be32_to_cpu(x)
#define __constant_be64_to_cpu(x)	__be64_to_cpu(x)

/* Through a pointer, and in place. */
static inline __le64 cpu_to_le64p(const __u64 *p) { return __cpu_to_le64(*p); }
static inline __u64 le64_to_cpup(const __le64 *p) { return __le64_to_cpu(*p); }
static inline __le32 cpu_to_le32p(const __u32 *p) { return __cpu_to_le32(*p); }
static inline __u32 le32_to_cpup(const __le32 *p) { return __le32_to_cpu(*p); }
static inline __le16 cpu_to_le16p(const __u16 *p) { return __cpu_to_le16(*p); }
static inline __u16 le16_to_cpup(const __le16 *p) { return __le16_to_cpu(*p); }
static inline __be64 cpu_to_be64p(const __u64 *p) { return __cpu_to_be64(*p); }
static inline __u64 be64_to_cpup(const __be64 *p) { return __be64_to_cpu(*p); }
static inline __be32 cpu_to_be32p(const __u32 *p) { return __cpu_to_be32(*p); }
static inline __u32 be32_to_cpup(const __be32 *p) { return __be32_to_cpu(*p); }
static inline __be16 cpu_to_be16p(const __u16 *p) { return __cpu_to_be16(*p); }
static inline __u16 be16_to_cpup(const __be16 *p) { return __be16_to_cpu(*p); }

#define cpu_to_le64s(x)	do { (void)(x); } while (0)
#define le64_to_cpus(x)	do { (void)(x); } while (0)
#define cpu_to_le32s(x)	do { (void)(x); } while (0)
#define le32_to_cpus(x)	do { (void)(x); } while (0)
#define cpu_to_le16s(x)	do { (void)(x); } while (0)
#define le16_to_cpus(x)	do { (void)(x); } while (0)
#define cpu_to_be64s(x)	__swab64s((x))
#define be64_to_cpus(x)	__swab64s((x))
#define cpu_to_be32s(x)	__swab32s((x))
#define be32_to_cpus(x)	__swab32s((x))
#define cpu_to_be16s(x)	__swab16s((x))
#define be16_to_cpus(x)	__swab16s((x))

static inline void le16_add_cpu(__le16 *var, u16 val)
{
	*var = cpu_to_le16(le16_to_cpu(*var) + val);
}

static inline void le32_add_cpu(__le32 *var, u32 val)
{
	*var = cpu_to_le32(le32_to_cpu(*var) + val);
}

static inline void le64_add_cpu(__le64 *var, u64 val)
{
	*var = cpu_to_le64(le64_to_cpu(*var) + val);
}

static inline void be16_add_cpu(__be16 *var, u16 val)
{
	*var = cpu_to_be16(be16_to_cpu(*var) + val);
}

static inline void be32_add_cpu(__be32 *var, u32 val)
{
	*var = cpu_to_be32(be32_to_cpu(*var) + val);
}

static inline void be64_add_cpu(__be64 *var, u64 val)
{
	*var = cpu_to_be64(be64_to_cpu(*var) + val);
}

#endif /* _LINUX_BYTEORDER_LITTLE_ENDIAN_H */
