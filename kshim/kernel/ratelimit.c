// SPDX-License-Identifier: GPL-2.0-only
/*
 * Rate limiting, as 6.1's lib/ratelimit.c behaves: @burst messages per
 * @interval jiffies, then a count of the suppressed ones. Time is kshim's
 * virtual jiffies.
 */
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/ratelimit_types.h>

int ___ratelimit(struct ratelimit_state *rs, const char *func)
{
	unsigned long now = kshim_jiffies();
	int ret;

	if (!rs->interval)
		return 1;

	/*
	 * As 6.1's trylock: a state busy on another CPU means too busy to
	 * print; the call is suppressed, and not counted as missed.
	 */
	if (__atomic_exchange_n(&rs->lock, 1, __ATOMIC_ACQUIRE))
		return 0;

	if (!rs->begin)
		rs->begin = now;

	/* A new interval: report what the last one suppressed. */
	if ((long)(rs->begin + rs->interval - now) < 0) {
		if (rs->missed && !(rs->flags & RATELIMIT_MSG_ON_RELEASE)) {
			printk_deferred(KERN_WARNING "%s: %d callbacks suppressed\n",
					func, rs->missed);
			rs->missed = 0;
		}
		rs->begin = now;
		rs->printed = 0;
	}
	if (rs->burst && rs->burst > rs->printed) {
		rs->printed++;
		ret = 1;
	} else {
		rs->missed++;
		ret = 0;
	}
	__atomic_store_n(&rs->lock, 0, __ATOMIC_RELEASE);
	return ret;
}
