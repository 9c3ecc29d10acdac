// SPDX-License-Identifier: GPL-2.0-only
/*
 * printk for modules built against the kernel's own headers: split off the
 * level, format with the kernel's vsnprintf, hand the text to the log
 * (host/log.c). As in 6.1, a message without a trailing newline stays open
 * for KERN_CONT continuations. The record's module is the one whose code
 * called printk, found from the return address.
 */
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/string.h>
#include <kshim/kapi.h>

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

static int vprintk_at(const void *caller, const char *fmt, va_list args)
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
	kshim_log_store(level, kshim_module_at(caller), text, len, flags);
	/* vprintk_store(): the stored text's length, no prefix, no newline. */
	return (int)len;
}

int vprintk(const char *fmt, va_list args)
{
	return vprintk_at(__builtin_return_address(0), fmt, args);
}
EXPORT_SYMBOL(vprintk);

/*
 * BUG() on UML is asm-generic's: this printk, then panic("BUG!"). Linux 6.1
 * on x86, which kshim stands for, traps instead: "kernel BUG at FILE:LINE!"
 * and an oops, which is what kshim_bug() reports.
 */
static const char generic_bug[] = "BUG: failure at %s:%d/%s()!\n";

int _printk(const char *fmt, ...)
{
	va_list args;
	int r;

	if (!strcmp(fmt, generic_bug)) {
		const char *file;
		int line;

		va_start(args, fmt);
		file = va_arg(args, const char *);
		line = va_arg(args, int);
		va_end(args);
		kshim_bug(file, line);
	}
	va_start(args, fmt);
	r = vprintk_at(__builtin_return_address(0), fmt, args);
	va_end(args);
	return r;
}
EXPORT_SYMBOL(_printk);
