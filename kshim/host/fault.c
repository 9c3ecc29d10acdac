// SPDX-License-Identifier: GPL-2.0-only
/*
 * Fault injection: every fallible kernel call asks kshim_fault() first.
 *
 * Modes (they combine: a call fails when any armed mode says so):
 * - nth: the n-th counted call from when it was armed fails, once (as
 *   /proc/self/fail-nth does);
 * - site: every call made at file:line fails;
 * - random: each call fails with a probability, from a seeded generator.
 * A filter (kshim_fail_only()) restricts counting and failing to calls of
 * the listed APIs. kshim_fault_reset() disarms everything, zeroes the
 * counts and arms what $KSHIM_FAIL_NTH, _SITE, _RANDOM and _ONLY say.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static pthread_mutex_t fault_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned long calls, failed;
static unsigned long nth_target;	/* the count that fails; 0: off */
static char *site_file;			/* NULL: off */
static int site_line;
static unsigned int rnd_percent;	/* 0: off */
static unsigned long long rnd_state;
static char *only;			/* comma-separated API names; NULL: all */
static const struct kshim_site *last_site;
static const char *last_what;

/* Is @what in the comma-separated @list? */
static int in_list(const char *list, const char *what)
{
	size_t n = strlen(what);
	const char *p = list;

	while (*p) {
		const char *end = strchr(p, ',');
		size_t len = end ? (size_t)(end - p) : strlen(p);

		if (len == n && !strncmp(p, what, n))
			return 1;
		if (!end)
			break;
		p = end + 1;
	}
	return 0;
}

/* Does @file end with the path @suffix, at a component boundary? */
static int file_matches(const char *file, const char *suffix)
{
	size_t fl = strlen(file), sl = strlen(suffix);

	if (sl > fl || strcmp(file + fl - sl, suffix))
		return 0;
	return sl == fl || file[fl - sl - 1] == '/' || suffix[0] == '/';
}

/* xorshift64*: reproducible under a seed, independent of libc's rand(). */
static unsigned long long next_random(void)
{
	rnd_state ^= rnd_state >> 12;
	rnd_state ^= rnd_state << 25;
	rnd_state ^= rnd_state >> 27;
	return rnd_state * 0x2545F4914F6CDD1DULL;
}

/* The innermost driver call of a KSHIM_CALLER() API on this thread. */
static __thread const struct kshim_site *caller;

const struct kshim_site *kshim_caller_enter(const struct kshim_site *site)
{
	const struct kshim_site *saved = caller;

	if (site && !site->internal)
		caller = site;
	return saved;
}

void kshim_caller_exit(const struct kshim_site *const *saved)
{
	caller = *saved;
}

const struct kshim_site *kshim_site_for(const struct kshim_site *site)
{
	if (!site || !caller)
		return site;
	if (site->internal)
		return caller;
	/* The driver's own code runs (a callback): its calls are its own. */
	if (site != caller)
		caller = NULL;
	return site;
}

int kshim_fault(const struct kshim_site *site, const char *what)
{
	int fail = 0;

	site = kshim_site_for(site);

	pthread_mutex_lock(&fault_lock);
	if (only && (!what || !in_list(only, what))) {
		pthread_mutex_unlock(&fault_lock);
		return 0;
	}
	calls++;
	if (nth_target && calls == nth_target) {
		fail = 1;
		nth_target = 0;
	}
	if (site_file && site && site->line == site_line && site->file &&
	    file_matches(site->file, site_file))
		fail = 1;
	if (rnd_percent && next_random() % 100 < rnd_percent)
		fail = 1;
	if (fail) {
		failed++;
		last_site = site;
		last_what = what;
	}
	pthread_mutex_unlock(&fault_lock);
	return fail;
}

void kshim_fail_nth(unsigned long n)
{
	pthread_mutex_lock(&fault_lock);
	nth_target = n ? calls + n : 0;
	pthread_mutex_unlock(&fault_lock);
}

static void set_site(const char *file, int line)
{
	free(site_file);
	site_file = file ? strdup(file) : NULL;
	site_line = line;
}

void kshim_fail_site(const char *file, int line)
{
	pthread_mutex_lock(&fault_lock);
	set_site(file, line);
	pthread_mutex_unlock(&fault_lock);
}

static void set_random(unsigned int percent, unsigned long seed)
{
	rnd_percent = percent > 100 ? 100 : percent;
	/* xorshift must not start from 0. */
	rnd_state = seed ? seed : 0x9E3779B97F4A7C15ULL;
}

void kshim_fail_random(unsigned int percent, unsigned long seed)
{
	pthread_mutex_lock(&fault_lock);
	set_random(percent, seed);
	pthread_mutex_unlock(&fault_lock);
}

static void set_only(const char *what)
{
	free(only);
	only = what && *what ? strdup(what) : NULL;
}

void kshim_fail_only(const char *what)
{
	pthread_mutex_lock(&fault_lock);
	set_only(what);
	pthread_mutex_unlock(&fault_lock);
}

/* Disarm nth, site and random; the kshim_fail_only() filter stays. */
void kshim_fail_none(void)
{
	pthread_mutex_lock(&fault_lock);
	nth_target = 0;
	set_site(NULL, 0);
	rnd_percent = 0;
	pthread_mutex_unlock(&fault_lock);
}

unsigned long kshim_fallible_calls(void)
{
	unsigned long n;

	pthread_mutex_lock(&fault_lock);
	n = calls;
	pthread_mutex_unlock(&fault_lock);
	return n;
}

unsigned long kshim_failed_calls(void)
{
	unsigned long n;

	pthread_mutex_lock(&fault_lock);
	n = failed;
	pthread_mutex_unlock(&fault_lock);
	return n;
}

const struct kshim_site *kshim_fault_last_failed(const char **what)
{
	const struct kshim_site *site;

	pthread_mutex_lock(&fault_lock);
	site = last_site;
	if (what)
		*what = last_what;
	pthread_mutex_unlock(&fault_lock);
	return site;
}

static int parse_ulong(const char *s, unsigned long *v)
{
	char *end;

	errno = 0;
	*v = strtoul(s, &end, 0);
	return !errno && end != s && !*end && s[0] != '-';
}

static void bad_env(const char *name, const char *val, const char *want)
{
	fprintf(stderr, "kshim: ignoring %s=%s: expected %s\n", name, val, want);
}

/* Arm what the environment asks for. Called locked. */
static void read_env(void)
{
	const char *v;
	unsigned long n, seed;
	char *copy, *colon;

	v = getenv("KSHIM_FAIL_NTH");
	if (v && *v) {
		if (parse_ulong(v, &n))
			nth_target = n;
		else
			bad_env("KSHIM_FAIL_NTH", v, "a number");
	}
	v = getenv("KSHIM_FAIL_SITE");
	if (v && *v) {
		copy = strdup(v);
		colon = copy ? strrchr(copy, ':') : NULL;
		if (colon && colon != copy && parse_ulong(colon + 1, &n) && n <= 0x7fffffff) {
			*colon = '\0';
			set_site(copy, (int)n);
		} else {
			bad_env("KSHIM_FAIL_SITE", v, "file:line");
		}
		free(copy);
	}
	v = getenv("KSHIM_FAIL_RANDOM");
	if (v && *v) {
		copy = strdup(v);
		colon = copy ? strchr(copy, ':') : NULL;
		seed = 0;
		if (colon)
			*colon = '\0';
		if (copy && parse_ulong(copy, &n) && n <= 100 &&
		    (!colon || parse_ulong(colon + 1, &seed)))
			set_random((unsigned int)n, seed);
		else
			bad_env("KSHIM_FAIL_RANDOM", v, "percent[:seed], percent 0..100");
		free(copy);
	}
	v = getenv("KSHIM_FAIL_ONLY");
	if (v && *v)
		set_only(v);
}

void kshim_fault_reset(void)
{
	pthread_mutex_lock(&fault_lock);
	calls = failed = 0;
	nth_target = 0;
	set_site(NULL, 0);
	rnd_percent = 0;
	set_only(NULL);
	last_site = NULL;
	last_what = NULL;
	read_env();
	pthread_mutex_unlock(&fault_lock);
}
