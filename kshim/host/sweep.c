// SPDX-License-Identifier: GPL-2.0-only
/*
 * The init-failure sweep, after SQLite's out-of-memory tests: load the
 * module with its 1st, 2nd, 3rd... fallible call failing, on a fresh kernel
 * each time, until a load goes through with nothing left to fail. Every
 * failure path must return a negative errno, leak nothing, never call exit,
 * and neither crash nor WARN.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

#define MAX_ERRNO	4095

static const char *const outcome_names[] = {
	[KSHIM_SWEEP_BASELINE] = "baseline",
	[KSHIM_SWEEP_OK] = "ok",
	[KSHIM_SWEEP_TOLERATED] = "tolerated",
	[KSHIM_SWEEP_BAD_RETURN] = "BAD RETURN",
	[KSHIM_SWEEP_LEAK] = "LEAK",
	[KSHIM_SWEEP_EXIT_CALLED] = "EXIT CALLED",
	[KSHIM_SWEEP_CRASH] = "CRASH",
	[KSHIM_SWEEP_WARN] = "WARN",
	[KSHIM_SWEEP_DEFECT] = "DEFECT",
};

const char *kshim_sweep_outcome_name(enum kshim_sweep_outcome o)
{
	if ((unsigned int)o >= sizeof(outcome_names) / sizeof(outcome_names[0]))
		return "?";
	return outcome_names[o];
}

static int is_failure(enum kshim_sweep_outcome o)
{
	return o >= KSHIM_SWEEP_BAD_RETURN;
}

/* The first defect of @kind (or any), as the step's detail. */
static char *first_defect(enum kshim_defect_kind kind)
{
	size_t i;

	for (i = 0; kshim_defect_message(i); i++)
		if (kind == KSHIM_DEFECT_ANY || kshim_defect_kind_of(i) == kind)
			return strdup(kshim_defect_message(i));
	return NULL;
}

static enum kshim_defect_kind worst_defect(enum kshim_sweep_outcome *o)
{
	if (kshim_defect_count(KSHIM_DEFECT_BUG) || kshim_defect_count(KSHIM_DEFECT_PANIC) ||
	    kshim_defect_count(KSHIM_DEFECT_SIGNAL)) {
		*o = KSHIM_SWEEP_CRASH;
		return KSHIM_DEFECT_ANY;
	}
	if (kshim_defect_count(KSHIM_DEFECT_DOUBLE_FREE) ||
	    kshim_defect_count(KSHIM_DEFECT_BAD_FREE) ||
	    kshim_defect_count(KSHIM_DEFECT_OVERRUN) ||
	    kshim_defect_count(KSHIM_DEFECT_MISUSE) ||
	    kshim_defect_count(KSHIM_DEFECT_LOCKING)) {
		*o = KSHIM_SWEEP_DEFECT;
		return KSHIM_DEFECT_ANY;
	}
	if (kshim_defect_count(KSHIM_DEFECT_WARN)) {
		*o = KSHIM_SWEEP_WARN;
		return KSHIM_DEFECT_WARN;
	}
	if (kshim_defect_count(KSHIM_DEFECT_LEAK)) {
		*o = KSHIM_SWEEP_LEAK;
		return KSHIM_DEFECT_LEAK;
	}
	return KSHIM_DEFECT_ANY;
}

/* One load with call @n failing (0: none), judged; false when nothing failed. */
static int sweep_step(const char *module, const char *args, unsigned long n,
		      void (*setup)(void *), void *arg, struct kshim_sweep_step *st)
{
	const struct kshim_site *site;
	const char *what = NULL;
	enum kshim_sweep_outcome o;
	enum kshim_defect_kind kind;
	int ret, probes, probe_ret;

	kshim_reset();
	kshim_fail_none();		/* the sweep alone decides what fails */
	if (setup)
		setup(arg);		/* the machine: devices the reset removed */
	if (n)
		kshim_fail_nth(n);
	ret = kshim_load(module, args);
	probes = kshim_probe_failures(&probe_ret);
	site = kshim_fault_last_failed(&what);
	if (n && !kshim_failed_calls()) {
		/* Init got through with nothing left to fail: the sweep is over. */
		kshim_unload(module);
		kshim_reset();
		return 0;
	}
	kshim_fail_none();

	memset(st, 0, sizeof(*st));
	st->n = n;
	st->ret = ret;
	st->call = n ? what : NULL;
	st->func = site ? site->func : NULL;
	st->file = site ? site->file : NULL;
	st->line = site ? site->line : 0;
	st->probes_failed = probes;
	st->probe_ret = probes ? probe_ret : 0;

	if (n && ret > 0)
		o = KSHIM_SWEEP_BAD_RETURN;
	else if (ret == KSHIM_CRASH)
		o = KSHIM_SWEEP_CRASH;
	else if (ret < -MAX_ERRNO)
		o = KSHIM_SWEEP_BAD_RETURN;
	else if (ret < 0 && kshim_exit_called(module))
		o = KSHIM_SWEEP_EXIT_CALLED;
	else if (n && ret == 0 && probes &&
		 (probe_ret > 0 || probe_ret < -MAX_ERRNO))
		o = KSHIM_SWEEP_BAD_RETURN;	/* probe's result is no errno */
	else if (n && ret == 0 && probes)
		o = KSHIM_SWEEP_OK;		/* init registered; probe failed cleanly */
	else
		o = n ? (ret < 0 ? KSHIM_SWEEP_OK : KSHIM_SWEEP_TOLERATED) :
			KSHIM_SWEEP_BASELINE;

	/* A module that loaded is unloaded; then nothing may be left. */
	if (ret >= 0 && ret != KSHIM_CRASH)
		kshim_unload(module);
	if (!kshim_modules_live())
		kshim_leak_check();

	if (!is_failure(o)) {
		kind = worst_defect(&o);
		if (is_failure(o))
			st->detail = first_defect(kind);
	} else if (o == KSHIM_SWEEP_CRASH) {
		st->detail = first_defect(KSHIM_DEFECT_ANY);
	}
	st->outcome = o;
	kshim_reset();
	return 1;
}

struct kshim_sweep *kshim_sweep_setup(const char *module, const char *args,
				      void (*setup)(void *), void *arg)
{
	struct kshim_sweep *sw = calloc(1, sizeof(*sw));
	size_t cap = 0;
	unsigned long n;

	if (!sw)
		return NULL;
	sw->module = module;
	for (n = 0;; n++) {
		struct kshim_sweep_step st;

		if (!sweep_step(module, args, n, setup, arg, &st))
			break;
		if (sw->nsteps == cap) {
			size_t ncap = cap ? cap * 2 : 16;
			struct kshim_sweep_step *s = realloc(sw->steps, ncap * sizeof(*s));

			if (!s) {
				free(st.detail);
				break;
			}
			sw->steps = s;
			cap = ncap;
		}
		sw->steps[sw->nsteps++] = st;
		if (is_failure(st.outcome))
			sw->failures++;
		/* A baseline that crashes would crash on every path: stop. */
		if (n == 0 && st.outcome == KSHIM_SWEEP_CRASH)
			break;
	}
	return sw;
}

struct kshim_sweep *kshim_sweep(const char *module, const char *args)
{
	return kshim_sweep_setup(module, args, NULL, NULL);
}

static const char *ret_str(int ret, char *buf, size_t len)
{
	const char *name;

	if (ret == KSHIM_CRASH)
		return "crashed";
	name = ret < 0 ? kshim_errname(ret) : NULL;
	if (name)
		return name;
	snprintf(buf, len, "%d", ret);
	return buf;
}

static const char *step_site(const struct kshim_sweep_step *st, char *buf,
			     size_t len)
{
	if (!st->file)
		return "-";
	snprintf(buf, len, "%s:%d (%s)", st->file, st->line, st->func);
	return buf;
}

/* The table's columns are as wide as their longest call and site. */
void kshim_sweep_print(const struct kshim_sweep *sw, int fd)
{
	FILE *out = kshim_fdopen_dup(fd);
	int wcall = 10, wsite = 44, n;
	char site[512], num[32];
	size_t i, base_bad;

	if (!out)
		return;
	for (i = 0; i < sw->nsteps; i++) {
		const struct kshim_sweep_step *st = &sw->steps[i];

		n = st->call ? (int)strlen(st->call) : 1;
		wcall = n > wcall ? n : wcall;
		n = (int)strlen(step_site(st, site, sizeof(site)));
		wsite = n > wsite ? n : wsite;
	}
	fprintf(out, "sweep of %s: %zu fallible call%s in init\n", sw->module,
		sw->nsteps ? sw->nsteps - 1 : 0, sw->nsteps == 2 ? "" : "s");
	fprintf(out, "  %4s  %-*s %-*s %-10s %s\n", "#", wcall, "call", wsite, "site",
		"init", "outcome");
	for (i = 0; i < sw->nsteps; i++) {
		const struct kshim_sweep_step *st = &sw->steps[i];

		fprintf(out, "  %4lu  %-*s %-*s %-10s %s", st->n, wcall,
			st->call ? st->call : "-", wsite, step_site(st, site, sizeof(site)),
			ret_str(st->ret, num, sizeof(num)),
			kshim_sweep_outcome_name(st->outcome));
		if (st->probes_failed)
			fprintf(out, " (probe %s)", ret_str(st->probe_ret, num, sizeof(num)));
		fputc('\n', out);
		if (st->detail)
			fprintf(out, "        %s\n", st->detail);
	}
	/* The baseline is a step, not a failure path: said on its own. */
	base_bad = sw->nsteps && is_failure(sw->steps[0].outcome);
	if (base_bad)
		fprintf(out, "%s: the baseline, with no call failed, is not clean\n",
			sw->module);
	if (sw->failures > base_bad)
		fprintf(out, "%s: %zu of %zu failure paths are not clean\n", sw->module,
			sw->failures - base_bad, sw->nsteps ? sw->nsteps - 1 : 0);
	else if (!base_bad)
		fprintf(out, "%s: all %zu failure paths clean\n", sw->module,
			sw->nsteps ? sw->nsteps - 1 : 0);
	fclose(out);
}

void kshim_sweep_free(struct kshim_sweep *sw)
{
	size_t i;

	if (!sw)
		return;
	for (i = 0; i < sw->nsteps; i++)
		free(sw->steps[i].detail);
	free(sw->steps);
	free(sw);
}
