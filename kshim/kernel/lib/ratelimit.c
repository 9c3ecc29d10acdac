// SPDX-License-Identifier: GPL-2.0-only
/*
 * Rate limiting (lib/ratelimit.c), as 6.1 behaves: @burst messages per
 * @interval jiffies, then a count of the suppressed ones. Time is the
 * kernel's jiffies, which the virtual clock keeps at the tree's HZ. The
 * state's raw spinlock is not taken: module code runs one call at a time
 * here.
 */
#include <linux/jiffies.h>
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/ratelimit.h>

int ___ratelimit(struct ratelimit_state *rs, const char *func)
{
	unsigned long now = jiffies;
	int ret;

	if (!rs->interval)
		return 1;
	if (!rs->begin)
		rs->begin = now;

	/* A new interval: report what the last one suppressed. */
	if ((long)(rs->begin + rs->interval - now) < 0) {
		if (rs->missed && !(rs->flags & RATELIMIT_MSG_ON_RELEASE)) {
			printk(KERN_WARNING "%s: %d callbacks suppressed\n",
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
	return ret;
}
EXPORT_SYMBOL(___ratelimit);
