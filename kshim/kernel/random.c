// SPDX-License-Identifier: GPL-2.0-only
/*
 * get_random_*() on kshim's seeded generator (host/random.c), and the
 * Tausworthe generator of lib/random32.c for prandom_*_state().
 */
#include <linux/random.h>
#include <linux/prandom.h>
#include <linux/string.h>
#include <linux/export.h>
#include <kshim/kapi.h>

void get_random_bytes(void *buf, size_t len)
{
	u8 *p = buf;

	while (len) {
		u64 v = kshim_random_u64();
		size_t n = min(len, sizeof(v));

		memcpy(p, &v, n);
		p += n;
		len -= n;
	}
}
EXPORT_SYMBOL(get_random_bytes);

u8 get_random_u8(void)
{
	return (u8)kshim_random_u64();
}
EXPORT_SYMBOL(get_random_u8);

u16 get_random_u16(void)
{
	return (u16)kshim_random_u64();
}
EXPORT_SYMBOL(get_random_u16);

u32 get_random_u32(void)
{
	return (u32)kshim_random_u64();
}
EXPORT_SYMBOL(get_random_u32);

u64 get_random_u64(void)
{
	return kshim_random_u64();
}
EXPORT_SYMBOL(get_random_u64);

u32 __get_random_u32_below(u32 ceil)
{
	u64 prod;

	if (ceil <= 1)
		return 0;
	/*
	 * The high half of a 32x32 product is uniform once the low halves
	 * that fall in the short remainder range are rejected.
	 */
	do {
		prod = (u64)get_random_u32() * ceil;
	} while ((u32)prod < (u32)(-ceil) % ceil);
	return prod >> 32;
}
EXPORT_SYMBOL(__get_random_u32_below);

/* One step of each of the four Tausworthe components (taus113). */
static u32 taus_step(u32 s, unsigned int a, unsigned int b, u32 c,
		     unsigned int d)
{
	return ((s & c) << d) ^ (((s << a) ^ s) >> b);
}

u32 prandom_u32_state(struct rnd_state *state)
{
	state->s1 = taus_step(state->s1, 6, 13, 4294967294U, 18);
	state->s2 = taus_step(state->s2, 2, 27, 4294967288U, 2);
	state->s3 = taus_step(state->s3, 13, 21, 4294967280U, 7);
	state->s4 = taus_step(state->s4, 3, 12, 4294967168U, 13);
	return state->s1 ^ state->s2 ^ state->s3 ^ state->s4;
}
EXPORT_SYMBOL(prandom_u32_state);

void prandom_bytes_state(struct rnd_state *state, void *buf, size_t bytes)
{
	u8 *p = buf;

	/* Whole words little-endian, then the tail from one more word. */
	while (bytes) {
		u32 v = prandom_u32_state(state);
		size_t n = min(bytes, sizeof(v));

		memcpy(p, &v, n);
		p += n;
		bytes -= n;
	}
}
EXPORT_SYMBOL(prandom_bytes_state);
