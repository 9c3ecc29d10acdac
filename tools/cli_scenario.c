// SPDX-License-Identifier: GPL-2.0-only
/*
 * kshim scenario: the steps of a scenario file (insmod, rmmod) run on one
 * simulated kernel, with the transcript the real-kernel run writes for the
 * same file (conformance/README.md): each step's stderr, exit status as a
 * shell gives it, and the kernel log lines it produced.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <kshim/kapi.h>
#include <kshim/kshim.h>

#include "cli.h"

#define STATUS_SIGSEGV	139	/* a task killed by an oops, as $? shows it */

static const char help[] =
"usage: kshim scenario SCENARIO.scn --modules DIR [options]\n"
"\n"
"Runs a scenario's steps (insmod MODULE [ARGS], rmmod MODULE; ARGS split as a\n"
"shell splits them) on one simulated kernel, loading DIR/MODULE.so, and prints\n"
"the transcript the real-kernel comparison reads: @@step, @@stderr, @@status\n"
"and the kernel log lines, as <level>text.\n"
"\n"
"  --modules DIR      where the modules' .so files are (repeatable)\n"
"  --mmio, --i2c, --platform, --unclaimed, --timeout   as for kshim run\n";

/* Split @line into words as /bin/sh would: quotes and backslashes. */
static int split_words(const char *line, char **words, int max)
{
	int n = 0;

	while (*line) {
		char *w, *o;

		while (isspace((unsigned char)*line))
			line++;
		if (!*line)
			break;
		if (n == max)
			return -1;
		w = o = malloc(strlen(line) + 1);
		while (*line && !isspace((unsigned char)*line)) {
			if (*line == '\'') {
				for (line++; *line && *line != '\''; )
					*o++ = *line++;
				if (!*line++)
					goto unterminated;
			} else if (*line == '"') {
				for (line++; *line && *line != '"'; line++) {
					if (*line == '\\' && strchr("\"\\$`", line[1]))
						line++;
					*o++ = *line;
				}
				if (!*line++)
					goto unterminated;
			} else {
				if (*line == '\\' && line[1])
					line++;
				*o++ = *line++;
			}
		}
		*o = '\0';
		words[n++] = w;
		continue;
unterminated:
		free(w);
		while (n)
			free(words[--n]);
		return -1;
	}
	return n;
}

/* The log records from @from on, as dmesg -r prints them: one per line. */
static void print_log(size_t from, int only_level)
{
	const struct kshim_log_record *r;

	for (; (r = kshim_log_record(from)); from++) {
		const char *p = r->text;

		if (only_level >= 0 && r->level != only_level)
			continue;
		do {
			const char *nl = strchr(p, '\n');
			int len = nl ? (int)(nl - p) : (int)strlen(p);

			printf("<%d>%.*s\n", r->level, len, p);
			p = nl ? nl + 1 : NULL;
		} while (p);
	}
}

struct scenario {
	const char *path;
	const char *dirs[8];		/* where the modules are, in order */
	int ndirs;
	char *lines[256];
	int nlines;
};

/* One step; returns 1 when the kernel panicked and nothing more can run. */
static int run_step(const struct scenario *sc, int n, const char *line)
{
	char *words[64], file[4096], *errbuf = NULL, *p, *nl;
	size_t errlen = 0;
	FILE *rmmod_err;
	struct cli_module mod;
	int nwords, ret, status, panicked = 0;
	size_t from = kshim_log_count();
	char *args;

	printf("@@step %d %s\n", n, line);
	nwords = split_words(line, words, 64);
	if (nwords < 2 || (strcmp(words[0], "insmod") && strcmp(words[0], "rmmod"))) {
		printf("@@stderr kshim: %s: bad step `%s': expected insmod MODULE [ARGS] or rmmod MODULE\n",
		       sc->path, line);
		printf("@@status 2\n");
		goto out;
	}
	snprintf(file, sizeof(file), "%s.ko", words[1]);
	if (!strcmp(words[0], "insmod")) {
		char path[4096];
		int d;

		/* The first directory that has it; else the first, for the error. */
		for (d = sc->ndirs - 1; d >= 0; d--) {
			snprintf(path, sizeof(path), "%s/%s.so", sc->dirs[d], words[1]);
			if (!access(path, F_OK))
				break;
		}
		if (d < 0)
			snprintf(path, sizeof(path), "%s/%s.so", sc->dirs[0], words[1]);
		fflush(stdout);
		if (cli_open(path, &mod)) {
			printf("@@status 1\n");
			goto out;
		}
		args = cli_join(nwords - 2, words + 2);
		ret = kshim_load(mod.name, args);
		free(args);
	} else {
		rmmod_err = open_memstream(&errbuf, &errlen);
		ret = kmod_rmmod(rmmod_err, words[1]);
		fclose(rmmod_err);
	}
	if (ret == KSHIM_CRASH && kshim_defect_count(KSHIM_DEFECT_PANIC)) {
		printf("@@status panic\n");
		print_log(from, 0);
		panicked = 1;
		goto out;
	}
	if (ret == KSHIM_CRASH) {
		status = STATUS_SIGSEGV;
	} else if (ret < 0) {
		if (!strcmp(words[0], "insmod")) {
			printf("@@stderr ");
			kmod_insmod_error(stdout, file, ret);
		}
		status = 1;
	} else {
		status = 0;
	}
	/* rmmod's messages, one @@stderr line each. */
	for (p = errbuf; p && *p; p = nl + 1) {
		nl = strchr(p, '\n');
		printf("@@stderr %.*s\n", (int)(nl ? nl - p : (long)strlen(p)), p);
		if (!nl)
			break;
	}
	printf("@@status %d\n", status);
	print_log(from, -1);
out:
	free(errbuf);
	while (nwords > 0)
		free(words[--nwords]);
	fflush(stdout);
	return panicked;
}

static int do_scenario(void *arg)
{
	struct scenario *sc = arg;
	int i, n = 0;

	kshim_reset();
	/* The transcript is the output: no console echo. */
	kshim_console_loglevel(0);
	setenv("KSHIM_LOGLEVEL", "0", 1);
	cli_attach_devices(NULL);
	for (i = 0; i < sc->nlines; i++)
		if (run_step(sc, ++n, sc->lines[i]))
			break;
	printf("@@end\n");
	return EXIT_CLEAN;
}

static int read_scenario(struct scenario *sc)
{
	char buf[4096];
	FILE *f = fopen(sc->path, "r");
	int lineno = 0;

	if (!f) {
		cli_error("%s: %s (%s)", sc->path, strerror(errno),
			  errno == ENOENT ? "ENOENT" : "EIO");
		return -1;
	}
	while (fgets(buf, sizeof(buf), f)) {
		char *p = buf, *end;

		lineno++;
		while (isspace((unsigned char)*p))
			p++;
		end = p + strlen(p);
		while (end > p && isspace((unsigned char)end[-1]))
			*--end = '\0';
		if (!*p || *p == '#')
			continue;
		if (strncmp(p, "insmod ", 7) && strncmp(p, "rmmod ", 6)) {
			cli_error("%s:%d: `%s': expected insmod MODULE [ARGS] or rmmod MODULE (EINVAL)",
				  sc->path, lineno, p);
			fclose(f);
			return -1;
		}
		if (sc->nlines == (int)(sizeof(sc->lines) / sizeof(sc->lines[0]))) {
			cli_error("%s:%d: too many steps (E2BIG)", sc->path, lineno);
			fclose(f);
			return -1;
		}
		sc->lines[sc->nlines++] = strdup(p);
	}
	fclose(f);
	return 0;
}

int cmd_scenario(int argc, char **argv)
{
	struct scenario sc = { 0 };
	struct cli cli;
	int i, n, status;

	/* --modules is this command's own option: take it out first. */
	for (i = 1, n = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--modules") && i + 1 < argc &&
		    sc.ndirs < (int)(sizeof(sc.dirs) / sizeof(sc.dirs[0])))
			sc.dirs[sc.ndirs++] = argv[++i];
		else
			argv[n++] = argv[i];
	}
	argc = cli_options(&cli, n, argv, help);
	if (argc <= 0)
		return argc ? EXIT_USAGE : EXIT_CLEAN;
	if (argc != 2 || !sc.ndirs) {
		cli_error("scenario: expected SCENARIO.scn --modules DIR (EINVAL); see kshim scenario --help");
		return EXIT_USAGE;
	}
	sc.path = argv[1];
	if (read_scenario(&sc))
		status = EXIT_USAGE;
	else
		status = cli_supervise(&cli, sc.path, do_scenario, &sc);
	for (i = 0; i < sc.nlines; i++)
		free(sc.lines[i]);
	return status;
}
