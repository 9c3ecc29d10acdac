// SPDX-License-Identifier: GPL-2.0-only
/*
 * The kernel log: every record with its level, module and text, echoed to
 * stderr as console lines when it is complete, filtered by the console
 * loglevel as the kernel's console is (a record prints when its level is
 * below console_loglevel).
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

#define CONSOLE_LOGLEVEL_DEFAULT	7

struct record {
	struct kshim_log_record pub;
	size_t len;
	double ts;		/* seconds since the simulated kernel started */
	int open;		/* no newline yet: KERN_CONT may extend it */
	int echoed;
};

/*
 * log_lock guards everything below, and is the innermost lock: nothing is
 * called with it held that could take another kshim lock (the console is
 * written with it held, so that records reach it whole and in order).
 * Records are allocated one by one, so that a pointer to one stays valid
 * while other threads print (until kshim_log_clear()).
 */
static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;
static struct record **records;
static size_t nrecords, cap;
static unsigned long next_seq;
static int console_level = -1;	/* -1: not read from the environment yet */
static struct timespec boot_time;
static FILE *console;		/* NULL: stderr */

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	if (!boot_time.tv_sec && !boot_time.tv_nsec)
		boot_time = t;
	return (t.tv_sec - boot_time.tv_sec) + (t.tv_nsec - boot_time.tv_nsec) / 1e9;
}

static int console_loglevel(void)
{
	if (console_level < 0) {
		const char *env = getenv("KSHIM_LOGLEVEL");
		char *end;
		long v;

		console_level = CONSOLE_LOGLEVEL_DEFAULT;
		if (env && *env) {
			v = strtol(env, &end, 10);
			if (*end || v < 0 || v > 15)
				fprintf(stderr, "kshim: KSHIM_LOGLEVEL=%s: not a loglevel from 0 to 15 (EINVAL); using %d\n",
					env, CONSOLE_LOGLEVEL_DEFAULT);
			else
				console_level = (int)v;
		}
	}
	return console_level;
}

void kshim_console_loglevel(int level)
{
	pthread_mutex_lock(&log_lock);
	console_level = level;
	pthread_mutex_unlock(&log_lock);
}

void kshim_console_fd(int fd)
{
	FILE *f = fd >= 0 ? kshim_fdopen_dup(fd) : NULL;

	pthread_mutex_lock(&log_lock);
	if (console)
		fclose(console);
	console = f;
	pthread_mutex_unlock(&log_lock);
}

/* One record as console lines: each line of the text gets the timestamp. */
static void format_record(const struct record *r, int with_level, FILE *out)
{
	const char *p = r->pub.text;

	do {
		const char *nl = strchr(p, '\n');
		int n = nl ? (int)(nl - p) : (int)strlen(p);

		if (with_level)
			fprintf(out, "<%d>", r->pub.level);
		fprintf(out, "[%5lu.%06lu] %.*s\n", (unsigned long)r->ts,
			(unsigned long)((r->ts - (unsigned long)r->ts) * 1e6), n, p);
		p = nl ? nl + 1 : NULL;
	} while (p);
}

static void echo(struct record *r)
{
	if (r->echoed)
		return;
	r->echoed = 1;
	if (r->pub.level < console_loglevel()) {
		FILE *out = console ? console : stderr;

		format_record(r, 0, out);
		fflush(out);
	}
}

static struct record *new_record(int level, const char *module)
{
	struct record *r;

	if (nrecords == cap) {
		size_t ncap = cap ? cap * 2 : 256;
		struct record **n = realloc(records, ncap * sizeof(*n));

		if (!n)
			return NULL;
		records = n;
		cap = ncap;
	}
	/* Every stored record has a text, "" at least. */
	r = calloc(1, sizeof(*r));
	if (r)
		r->pub.text = calloc(1, 1);
	if (!r || !r->pub.text) {
		free(r);
		return NULL;
	}
	records[nrecords++] = r;
	r->pub.seq = next_seq++;
	r->pub.level = level;
	/* A copy: a module's strings go away when its .so is unloaded. */
	r->pub.module = module ? strdup(module) : NULL;
	r->ts = now();
	return r;
}

static int append(struct record *r, const char *text, size_t len)
{
	char *t = realloc((char *)r->pub.text, r->len + len + 1);

	if (!t)
		return -1;
	memcpy(t + r->len, text, len);
	r->len += len;
	t[r->len] = '\0';
	r->pub.text = t;
	return 0;
}

void kshim_log_store(int level, const char *module, const char *text,
		     size_t len, int flags)
{
	struct record *last, *r;

	pthread_mutex_lock(&log_lock);
	last = nrecords ? records[nrecords - 1] : NULL;
	if ((flags & KSHIM_LOG_CONT) && last && last->open) {
		r = last;
	} else {
		if (last && last->open) {
			last->open = 0;
			echo(last);
		}
		r = new_record(level, module);
	}
	if (!r || append(r, text, len)) {
		pthread_mutex_unlock(&log_lock);
		fprintf(stderr, "kshim: out of memory for the kernel log (ENOMEM)\n");
		return;
	}
	r->open = !(flags & KSHIM_LOG_NEWLINE);
	if (!r->open)
		echo(r);
	pthread_mutex_unlock(&log_lock);
}

void kshim_klog(int level, const char *fmt, ...)
{
	char buf[1024];
	va_list args;
	int n;

	va_start(args, fmt);
	n = kshim_vsnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	if (n >= (int)sizeof(buf))
		n = sizeof(buf) - 1;
	if (n > 0 && buf[n - 1] == '\n')
		n--;
	kshim_log_store(level, NULL, buf, n, KSHIM_LOG_NEWLINE);
}

/* Close an open record, so that what follows starts a new one. */
static void close_open(void)
{
	if (nrecords && records[nrecords - 1]->open) {
		records[nrecords - 1]->open = 0;
		echo(records[nrecords - 1]);
	}
}

size_t kshim_log_count(void)
{
	size_t n;

	pthread_mutex_lock(&log_lock);
	n = nrecords;
	pthread_mutex_unlock(&log_lock);
	return n;
}

const struct kshim_log_record *kshim_log_record(size_t i)
{
	const struct kshim_log_record *r = NULL;

	pthread_mutex_lock(&log_lock);
	if (i < nrecords)
		r = &records[i]->pub;
	pthread_mutex_unlock(&log_lock);
	return r;
}

size_t kshim_log_matches(int level, const char *needle)
{
	size_t i, n = 0;

	pthread_mutex_lock(&log_lock);
	for (i = 0; i < nrecords; i++) {
		const struct kshim_log_record *r = &records[i]->pub;

		if (level != KSHIM_LOG_ANY && r->level != level)
			continue;
		if (strstr(r->text, needle ? needle : ""))
			n++;
	}
	pthread_mutex_unlock(&log_lock);
	return n;
}

bool kshim_log_contains(int level, const char *needle)
{
	return kshim_log_matches(level, needle) > 0;
}

const struct kshim_log_record *kshim_log_find(const char *text)
{
	const struct kshim_log_record *r = NULL;
	size_t i;

	pthread_mutex_lock(&log_lock);
	for (i = 0; i < nrecords && !r; i++)
		if (!strcmp(records[i]->pub.text, text))
			r = &records[i]->pub;
	pthread_mutex_unlock(&log_lock);
	return r;
}

FILE *kshim_fdopen_dup(int fd)
{
	int dupfd = dup(fd);
	FILE *f = dupfd >= 0 ? fdopen(dupfd, "w") : NULL;

	if (!f && dupfd >= 0)
		close(dupfd);
	return f;
}

void kshim_log_dump(int fd)
{
	FILE *out = kshim_fdopen_dup(fd);
	size_t i;

	if (!out)
		return;
	pthread_mutex_lock(&log_lock);
	close_open();
	for (i = 0; i < nrecords; i++)
		format_record(records[i], 0, out);
	pthread_mutex_unlock(&log_lock);
	fclose(out);
}

void kshim_log_clear(void)
{
	size_t i;

	pthread_mutex_lock(&log_lock);
	close_open();
	for (i = 0; i < nrecords; i++) {
		free((char *)records[i]->pub.text);
		free((char *)records[i]->pub.module);
		free(records[i]);
	}
	nrecords = 0;
	pthread_mutex_unlock(&log_lock);
}

void kshim_log_reset(void)
{
	kshim_log_clear();
	pthread_mutex_lock(&log_lock);
	console_level = -1;
	pthread_mutex_unlock(&log_lock);
}
