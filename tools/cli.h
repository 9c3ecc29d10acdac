/* SPDX-License-Identifier: GPL-2.0-only */
/* The kshim command line: what its commands share. */
#ifndef _KSHIM_CLI_H
#define _KSHIM_CLI_H

#include <stdbool.h>
#include <stdio.h>

/* Exit statuses, documented in docs/cli.md. */
#define EXIT_CLEAN	0	/* all went well */
#define EXIT_INIT	1	/* init failed, or the compiler did */
#define EXIT_DEFECTS	2	/* leaks, bad frees, overruns, WARN, misuse, unclean sweep */
#define EXIT_CRASH	3	/* BUG, panic, a fatal signal, a timeout */
#define EXIT_USAGE	4	/* bad command line, missing file, not a module */

struct cli {
	const char *prog;		/* argv[0] of the command: "kshim run" */
	bool json;
	bool color;
	unsigned int timeout;		/* seconds; 0 for none */
};

/* A module shared object, opened: its file and the module it holds. */
struct cli_module {
	const char *path;
	const char *base;		/* the file name without directories */
	const char *name;		/* its KBUILD_MODNAME */
};

int cmd_build(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_sweep(int argc, char **argv);
int cmd_boot(int argc, char **argv);
int cmd_modinfo(int argc, char **argv);
int cmd_symbols(int argc, char **argv);	/* kshim-uml only (cli_kbuild.c) */

/* "kshim: <file>: <message>" on stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/*
 * Common options (--json, --timeout, the devices', --help): parse
 * them out of @argv, leaving the rest in order. Returns the new argc, or -1
 * after printing the error (or 0 after --help, printed from @usage).
 */
int cli_options(struct cli *cli, int argc, char **argv, const char *usage);

/* Open module @path: dlopen it and find the one module it registers. */
int cli_open(const char *path, struct cli_module *mod);
/* The same for a module built against the kernel tree (cli_kbuild.c). */
int cli_open_ko(const char *path, struct cli_module *mod);
/* Link Kbuild's relocatable @ko into shared object @out (cli_kbuild.c). */
int cli_link_ko(const char *ko, const char *out, const char *modname);

/*
 * --mmio, --i2c, --platform, --unclaimed (cli_devices.c): 1 when @opt is one
 * of them and @arg is right, -1 after printing the error, 0 for another.
 */
int cli_device_option(const char *opt, const char *arg);
/* Attach the simulated devices to a fresh kernel. */
void cli_attach_devices(void *unused);

/*
 * Run @fn(@arg) in a child process: a hang is stopped after cli->timeout
 * seconds (with a backtrace), a crash the harness could not catch is
 * reported. Returns the child's exit status, or EXIT_CRASH.
 */
int cli_supervise(const struct cli *cli, const char *what, int (*fn)(void *),
		  void *arg);

/* JSON output. */
void json_str(FILE *out, const char *s);

/* The parameter string insmod would pass: the arguments joined by spaces. */
char *cli_join(int argc, char **argv);

/* An errno's name and text: "-ENODEV", "No such device". */
const char *cli_errname(int err);

/* What kmod's insmod prints for the kernel's error @err (negative). */
void kmod_insmod_error(FILE *out, const char *file, int err);
/* rmmod @name as kmod does it, its errors to @out; kshim_unload()'s result. */
int kmod_rmmod(FILE *out, const char *name);

int cmd_scenario(int argc, char **argv);

/* Colours, only on a terminal. */
const char *cli_color(const struct cli *cli, const char *what);

#endif /* _KSHIM_CLI_H */
