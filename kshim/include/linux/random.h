/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Random numbers. kshim's come from a seeded generator (kernel/random.c),
 * restarted with every fresh simulated kernel so that a run can be
 * repeated: $KSHIM_RANDOM_SEED picks another sequence. Nothing here is fit
 * for cryptography; the entropy-feeding calls do nothing.
 */
#ifndef _LINUX_RANDOM_H
#define _LINUX_RANDOM_H

#include <linux/bug.h>
#include <linux/kernel.h>
#include <linux/types.h>
#include <linux/log2.h>

static inline void add_device_randomness(const void *buf, size_t len) { }
static inline void add_input_randomness(unsigned int type, unsigned int code,
					unsigned int value) { }
static inline void add_interrupt_randomness(int irq) { }
static inline void add_latent_entropy(void) { }

void get_random_bytes(void *buf, size_t len);
u8 get_random_u8(void);
u16 get_random_u16(void);
u32 get_random_u32(void);
u64 get_random_u64(void);

static inline unsigned long get_random_long(void)
{
	return get_random_u64();
}

/* Uniform in [0, ceil); 0 for a ceil of 0 or 1. */
u32 __get_random_u32_below(u32 ceil);

static inline u32 get_random_u32_below(u32 ceil)
{
	return __get_random_u32_below(ceil);
}

/* Uniform in (floor, U32_MAX]. */
static inline u32 get_random_u32_above(u32 floor)
{
	return floor + 1 + get_random_u32_below(U32_MAX - floor);
}

/* Uniform in [floor, ceil]. */
static inline u32 get_random_u32_inclusive(u32 floor, u32 ceil)
{
	return floor + get_random_u32_below(ceil - floor + 1);
}

static inline int wait_for_random_bytes(void)
{
	return 0;
}

static inline int get_random_bytes_wait(void *buf, size_t nbytes)
{
	get_random_bytes(buf, nbytes);
	return 0;
}

#include <linux/prandom.h>

#endif /* _LINUX_RANDOM_H */
