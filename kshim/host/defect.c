// SPDX-License-Identifier: GPL-2.0-only
/*
 * Defects: what the simulated kernel caught (leaks, bad frees, overruns,
 * BUG, panic, WARN, crashes). Each is kept as a report for the test, and
 * echoed to stderr at once so that it is never lost.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

struct defect {
	enum kshim_defect_kind kind;
	char *msg;
};

static pthread_mutex_t defect_lock = PTHREAD_MUTEX_INITIALIZER;
static struct defect *defects;
static size_t ndefects, cap;

static const char *const kind_names[] = {
	[KSHIM_DEFECT_LEAK] = "leak",
	[KSHIM_DEFECT_DOUBLE_FREE] = "double free",
	[KSHIM_DEFECT_BAD_FREE] = "bad free",
	[KSHIM_DEFECT_OVERRUN] = "overrun",
	[KSHIM_DEFECT_BUG] = "BUG",
	[KSHIM_DEFECT_PANIC] = "panic",
	[KSHIM_DEFECT_WARN] = "WARN",
	[KSHIM_DEFECT_SIGNAL] = "crash",
	[KSHIM_DEFECT_MISUSE] = "misuse",
	[KSHIM_DEFECT_LOCKING] = "locking",
	[KSHIM_DEFECT_UNSIMULATED] = "not simulated",
	[KSHIM_DEFECT_ANY] = "any",
};

const char *kshim_defect_kind_name(enum kshim_defect_kind kind)
{
	if ((unsigned int)kind > KSHIM_DEFECT_ANY)
		return "?";
	return kind_names[kind];
}

void kshim_defect(enum kshim_defect_kind kind, const char *fmt, ...)
{
	char buf[2048];
	va_list args;
	char *msg;

	va_start(args, fmt);
	kshim_vsnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);

	fprintf(stderr, "kshim: %s: %s\n", kshim_defect_kind_name(kind), buf);
	fflush(stderr);

	msg = strdup(buf);
	pthread_mutex_lock(&defect_lock);
	if (ndefects == cap) {
		size_t ncap = cap ? cap * 2 : 16;
		struct defect *n = realloc(defects, ncap * sizeof(*n));

		if (!n) {
			pthread_mutex_unlock(&defect_lock);
			free(msg);
			return;
		}
		defects = n;
		cap = ncap;
	}
	defects[ndefects].kind = kind;
	defects[ndefects].msg = msg;
	ndefects++;
	pthread_mutex_unlock(&defect_lock);
}

size_t kshim_defect_count(enum kshim_defect_kind kind)
{
	size_t i, n = 0;

	pthread_mutex_lock(&defect_lock);
	for (i = 0; i < ndefects; i++)
		if (kind == KSHIM_DEFECT_ANY || defects[i].kind == kind)
			n++;
	pthread_mutex_unlock(&defect_lock);
	return n;
}

const char *kshim_defect_message(size_t i)
{
	const char *m = NULL;

	pthread_mutex_lock(&defect_lock);
	if (i < ndefects)
		m = defects[i].msg;
	pthread_mutex_unlock(&defect_lock);
	return m;
}

enum kshim_defect_kind kshim_defect_kind_of(size_t i)
{
	enum kshim_defect_kind k = KSHIM_DEFECT_ANY;

	pthread_mutex_lock(&defect_lock);
	if (i < ndefects)
		k = defects[i].kind;
	pthread_mutex_unlock(&defect_lock);
	return k;
}

void kshim_defects_clear(void)
{
	size_t i;

	pthread_mutex_lock(&defect_lock);
	for (i = 0; i < ndefects; i++)
		free(defects[i].msg);
	ndefects = 0;
	pthread_mutex_unlock(&defect_lock);
}

void kshim_defect_reset(void)
{
	kshim_defects_clear();
}

const char *kshim_site_str(const struct kshim_site *site, char *buf, size_t len)
{
	if (!site)
		snprintf(buf, len, "an unknown site");
	else
		snprintf(buf, len, "%s:%d (%s)", site->file, site->line, site->func);
	return buf;
}
