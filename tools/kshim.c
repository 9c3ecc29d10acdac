// SPDX-License-Identifier: GPL-2.0-only
/*
 * kshim: a user-space insmod. Builds a driver as Kbuild would, then loads,
 * sweeps or boots it in the simulated kernel. See docs/cli.md.
 */
#include <dlfcn.h>
#include <errno.h>
#include <execinfo.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <kshim/kapi.h>
#include <kshim/kshim.h>

#include "cli.h"

#define DEFAULT_TIMEOUT	30

static const char usage[] =
"usage: kshim COMMAND [ARGS]\n"
"\n"
"  build FILE.c... [-o NAME.so]     compile a driver as Kbuild would, into a module\n"
"  run MODULE.so [param=value...]   insmod, its dmesg, rmmod, the leak report\n"
"  sweep MODULE.so [param=value...] fail each fallible call of init in turn\n"
"  boot MODULE.so... [cmdline...]   the modules as built-in code, booted\n"
"  modinfo MODULE.so                the module's information, as modinfo prints it\n"
"  scenario FILE.scn --modules DIR  a scenario's steps, as the real-kernel comparison reads them\n"
"\n"
"'kshim COMMAND --help' for a command's options. Exit status: 0 clean, 1 init\n"
"failed, 2 defects found, 3 crashed or timed out, 4 bad usage or input.\n";

void cli_error(const char *fmt, ...)
{
	va_list ap;

	fputs("kshim: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

const char *cli_errname(int err)
{
	const char *name = kshim_errname(err);
	static char buf[32];

	if (name)
		return name;
	snprintf(buf, sizeof(buf), "%d", err);
	return buf;
}

const char *cli_color(const struct cli *cli, const char *what)
{
	if (!cli->color)
		return "";
	if (!strcmp(what, "bad"))
		return "\033[1;31m";
	if (!strcmp(what, "good"))
		return "\033[32m";
	if (!strcmp(what, "bold"))
		return "\033[1m";
	return "\033[0m";
}

void json_str(FILE *out, const char *s)
{
	if (!s) {
		fputs("null", out);
		return;
	}
	fputc('"', out);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", out);
		else if (c == '\t')
			fputs("\\t", out);
		else if (c < 0x20)
			fprintf(out, "\\u%04x", c);
		else
			fputc(c, out);
	}
	fputc('"', out);
}

char *cli_join(int argc, char **argv)
{
	size_t len = 1;
	char *s;
	int i;

	for (i = 0; i < argc; i++)
		len += strlen(argv[i]) + 1;
	s = calloc(1, len);
	if (!s)
		abort();
	for (i = 0; i < argc; i++) {
		if (i)
			strcat(s, " ");
		strcat(s, argv[i]);
	}
	return s;
}

/* ---- Options ---- */

int cli_options(struct cli *cli, int argc, char **argv, const char *help)
{
	int i, n = 0;

	cli->json = false;
	cli->color = isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
	cli->timeout = DEFAULT_TIMEOUT;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		char *end;

		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			fputs(help, stdout);
			return 0;
		} else if (!strcmp(a, "--json")) {
			cli->json = true;
			cli->color = false;
		} else if (!strcmp(a, "--timeout") || !strcmp(a, "--mmio") ||
			   !strcmp(a, "--unclaimed") || !strcmp(a, "--i2c") ||
			   !strcmp(a, "--platform")) {
			unsigned long t;
			int ret;

			if (i + 1 == argc) {
				cli_error("%s: needs a value (EINVAL)", a);
				return -1;
			}
			ret = cli_device_option(a, argv[i + 1]);
			a = argv[++i];
			if (ret < 0)
				return -1;
			if (ret)
				continue;
			errno = 0;
			t = strtoul(a, &end, 10);
			if (errno || *end || !*a || t > 86400) {
				cli_error("--timeout %s: not a number of seconds (EINVAL)", a);
				return -1;
			}
			cli->timeout = (unsigned int)t;
		} else if (a[0] == '-' && a[1] == '-') {
			cli_error("%s: unknown option (EINVAL); see %s --help", a, argv[0]);
			return -1;
		} else {
			argv[++n] = argv[i];
		}
	}
	return n + 1;
}

/* ---- Modules ---- */

/* Modules opened already, by path: a second dlopen() registers nothing. */
static struct {
	char *path;
	const char *name;
} opened[64];
static unsigned int nopened;

int cli_open(const char *path, struct cli_module *mod)
{
	const char *before[64];
	unsigned int nbefore = 0, i;
	unsigned long nreg;
	struct stat st;
	const char *name, *found = NULL;
	void *h;

	mod->path = path;
	mod->base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	if (stat(path, &st)) {
		/* As insmod says it. */
		fprintf(stderr, "insmod: ERROR: could not load module %s: %s\n", path,
			strerror(errno));
		return -1;
	}
	for (i = 0; i < nopened; i++) {
		if (!strcmp(opened[i].path, path)) {
			mod->name = opened[i].name;
			return 0;
		}
	}
#ifdef KSHIM_UML
	/* Built against the kernel tree: what the kernel's loader reads. */
	if (cli_open_ko(path, mod))
		return -1;
	if (nopened < sizeof(opened) / sizeof(opened[0])) {
		opened[nopened].path = strdup(path);
		opened[nopened++].name = mod->name;
	}
	return 0;
#endif
	while (nbefore < 64 && (name = kshim_module_name(nbefore)))
		before[nbefore++] = name;
	nreg = kshim_registry_count(NULL);
	/* dlopen() needs a slash to take the path as a path. */
	if (!strchr(path, '/')) {
		char *p = malloc(strlen(path) + 3);

		sprintf(p, "./%s", path);
		h = dlopen(p, RTLD_NOW | RTLD_LOCAL);
		free(p);
	} else {
		h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
	}
	if (!h) {
		const char *err = dlerror();
		const char *sym = strstr(err, "undefined symbol: ");

		if (sym) {
			/* What the kernel logs, and insmod says, for an unknown symbol. */
			fprintf(stderr, "kshim: %s: Unknown symbol %s (err %d): a kernel API kshim does not provide\n",
				mod->base, sym + strlen("undefined symbol: "), -ENOENT);
			fprintf(stderr, "insmod: ERROR: could not insert module %s: Unknown symbol in module\n",
				path);
		} else {
			fprintf(stderr, "insmod: ERROR: could not insert module %s: Invalid module format (%s)\n",
				path, err);
		}
		return -1;
	}
	for (i = 0; (name = kshim_module_name(i)); i++) {
		if (i < nbefore && before[i] == name)
			continue;
		if (found) {
			cli_error("%s: holds more than one module (%s, %s): build one per file (EINVAL)",
				  path, found, name);
			return -1;
		}
		found = name;
	}
	if (!found && kshim_registry_count(&name) != nreg) {
		/* It registered, but under a name another file has. */
		cli_error("%s: module %s is loaded already from another file: a name clash (EEXIST)",
			  path, name);
		return -1;
	}
	if (!found) {
		cli_error("%s: not a kshim module: no module_init, module_exit or MODULE_ tag in it (ENOEXEC)",
			  path);
		return -1;
	}
	mod->name = found;
	if (nopened < sizeof(opened) / sizeof(opened[0])) {
		opened[nopened].path = strdup(path);
		opened[nopened++].name = found;
	}
	return 0;
}

/* ---- The child ---- */

static void on_alarm(int sig)
{
	static const char msg[] =
		"kshim: timed out: the module did not return; killed. Backtrace:\n";
	void *frames[32];
	int n;

	if (write(STDERR_FILENO, msg, sizeof(msg) - 1) < 0)
		_exit(EXIT_CRASH);
	n = backtrace(frames, 32);
	backtrace_symbols_fd(frames, n, STDERR_FILENO);
	_exit(EXIT_CRASH);
}

int cli_supervise(const struct cli *cli, const char *what, int (*fn)(void *),
		  void *arg)
{
	struct timespec tick = { 0, 5 * 1000 * 1000 };
	unsigned long waited = 0;
	int status;
	pid_t pid;

	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid < 0) {
		cli_error("%s: fork: %s", what, strerror(errno));
		return EXIT_CRASH;
	}
	if (!pid) {
		/*
		 * A module call that does not return is the kernel's soft
		 * lockup: kshim's watchdog reports it at the timeout. The
		 * alarm is for a hang outside module code.
		 */
		kshim_set_watchdog(cli->timeout);
		if (cli->timeout) {
			signal(SIGALRM, on_alarm);
			alarm(cli->timeout + 2);
		}
		status = fn(arg);
		fflush(stdout);
		fflush(stderr);
#ifdef KSHIM_UML
		/* Destructors run: a module built --coverage writes its .gcda. */
		exit(status);
#else
		_exit(status);
#endif
	}
	/* The child stops itself at the timeout; this is the safety net. */
	while (waitpid(pid, &status, WNOHANG) == 0) {
		nanosleep(&tick, NULL);
		if (cli->timeout && ++waited > (cli->timeout + 5UL) * 200) {
			kill(pid, SIGKILL);
			waitpid(pid, &status, 0);
			cli_error("%s: timed out after %u s; killed", what, cli->timeout);
			return EXIT_CRASH;
		}
	}
	if (WIFSIGNALED(status)) {
		cli_error("%s: killed by signal %d (SIG%s: %s), outside what the harness catches",
			  what, WTERMSIG(status), sigabbrev_np(WTERMSIG(status)),
			  strsignal(WTERMSIG(status)));
		return EXIT_CRASH;
	}
	return WEXITSTATUS(status);
}

int main(int argc, char **argv)
{
	static const struct {
		const char *name;
		int (*fn)(int argc, char **argv);
	} cmds[] = {
		{ "build", cmd_build },
		{ "run", cmd_run },
		{ "sweep", cmd_sweep },
		{ "boot", cmd_boot },
		{ "modinfo", cmd_modinfo },
		{ "scenario", cmd_scenario },
#ifdef KSHIM_UML
		{ "symbols", cmd_symbols },
#endif
	};
	size_t i;

	if (argc < 2) {
		fputs(usage, stderr);
		return EXIT_USAGE;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") ||
	    !strcmp(argv[1], "help")) {
		fputs(usage, stdout);
		return EXIT_CLEAN;
	}
	for (i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
		if (!strcmp(argv[1], cmds[i].name))
			return cmds[i].fn(argc - 1, argv + 1);
	cli_error("%s: unknown command (EINVAL); try kshim --help", argv[1]);
	return EXIT_USAGE;
}
