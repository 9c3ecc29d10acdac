// SPDX-License-Identifier: GPL-2.0-only
/*
 * printk: split off the level, format with the kernel's vsnprintf, hand the
 * text to the log (host/log.c). As in 6.1, a message without a trailing
 * newline stays open for KERN_CONT continuations; the next message that is
 * not a continuation starts a new record.
 */
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/string.h>

/* 6.1: LOG_LINE_MAX, CONSOLE_LOG_MAX less the prefix; longer is cut. */
#define KSHIM_PRINTK_MAX	992

static int parse_prefix(const char **text, int *level, int *flags)
{
	int n = 0;
	int kern;

	while ((kern = printk_get_level(*text))) {
		if (kern == 'c')
			*flags |= KSHIM_LOG_CONT;
		else if (*level == LOGLEVEL_DEFAULT)
			*level = kern - '0';
		*text += 2;
		n += 2;
	}
	return n;
}

int kshim_vprintk(const char *module, const char *fmt, va_list args)
{
	char buf[KSHIM_PRINTK_MAX];
	const char *text = buf;
	int level = LOGLEVEL_DEFAULT;
	int flags = 0;
	size_t len;
	int n;

	n = vscnprintf(buf, sizeof(buf), fmt, args);
	len = n - parse_prefix(&text, &level, &flags);
	if (len && text[len - 1] == '\n') {
		len--;
		flags |= KSHIM_LOG_NEWLINE;
	}
	if (level == LOGLEVEL_DEFAULT)
		level = MESSAGE_LOGLEVEL_DEFAULT;
	kshim_log_store(level, module, text, len, flags);
	/* vprintk_store(): the stored text's length, no prefix, no newline. */
	return (int)len;
}

int kshim_printk(const char *module, const char *fmt, ...)
{
	va_list args;
	int r;

	va_start(args, fmt);
	r = kshim_vprintk(module, fmt, args);
	va_end(args);
	return r;
}

/* The kernel's own entry points, for code that takes their address. */
#undef vprintk
int vprintk(const char *fmt, va_list args)
{
	return kshim_vprintk(NULL, fmt, args);
}

int _printk(const char *fmt, ...)
{
	va_list args;
	int r;

	va_start(args, fmt);
	r = kshim_vprintk(NULL, fmt, args);
	va_end(args);
	return r;
}

int printk_ratelimit(void)
{
	static DEFINE_RATELIMIT_STATE(printk_ratelimit_state,
				      DEFAULT_RATELIMIT_INTERVAL,
				      DEFAULT_RATELIMIT_BURST);

	return __ratelimit(&printk_ratelimit_state);
}
