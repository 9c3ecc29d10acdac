// SPDX-License-Identifier: GPL-2.0-only
/*
 * kshim build: compile driver sources into a module for the simulated
 * kernel, as Kbuild compiles them: its flags and warnings, -DMODULE,
 * KBUILD_MODNAME from the module's name, kshim's <linux/...> headers.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli.h"
#include "kshim-config.h"

static const char help[] =
"usage: kshim build FILE.c... [-o NAME.so] [-I DIR] [-D NAME[=VALUE]] [--builtin]\n"
"\n"
"Compiles driver sources into a module for the simulated kernel, with Kbuild's\n"
"flags and warnings, -DMODULE (not with --builtin) and KBUILD_MODNAME from the\n"
"module's name (NAME, or the first file's name; '-' becomes '_'). The\n"
"compiler's errors are shown as it prints them. Exit status: 0 built, 1 the\n"
"compiler failed, 4 bad usage.\n";

/* kshim's headers: the source tree's when run from the build tree. */
static const char *include_dir(void)
{
	static char exe[PATH_MAX];
	const char *env = getenv("KSHIM_INCLUDE");
	ssize_t n;

	if (env && *env)
		return env;
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		if (!strncmp(exe, KSHIM_BUILD_ROOT "/", strlen(KSHIM_BUILD_ROOT) + 1))
			return KSHIM_SRC_INCLUDE;
	}
	return KSHIM_INSTALL_INCLUDE;
}

/* Kbuild's flags for a 6.1 driver, as kshim/meson.build lists them. */
static const char *const kflags[] = { KSHIM_KERNEL_FLAGS };
#define NKFLAGS	(sizeof(kflags) / sizeof(kflags[0]))

/* The strings of the command line built here, freed when it has run. */
static char *owned[64];
static unsigned int nowned;

static char *own(char *s)
{
	if (!s || nowned == sizeof(owned) / sizeof(owned[0]))
		abort();
	return owned[nowned++] = s;
}

static void free_owned(void)
{
	while (nowned)
		free(owned[--nowned]);
}

static char *concat(const char *a, const char *b)
{
	char *s = own(malloc(strlen(a) + strlen(b) + 1));

	return strcat(strcpy(s, a), b);
}

/* "drivers/foo-bar.c" -> "foo_bar", as Kbuild names a module. */
static char *modname_of(const char *path)
{
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	char *name = own(strdup(base)), *p;

	p = strrchr(name, '.');
	if (p)
		*p = '\0';
	for (p = name; *p; p++)
		if (*p == '-')
			*p = '_';
	return name;
}

static int build(int argc, char **argv, const char **args)
{
	const char *out = NULL, *inc = include_dir();
	char cwd[PATH_MAX], *name;
	int i, n = 0, nfiles = 0, builtin = 0, status;
	struct stat st;
	pid_t pid;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			fputs(help, stdout);
			return EXIT_CLEAN;
		}
	}
	args[n++] = KSHIM_CC;
	for (i = 0; i < (int)NKFLAGS; i++)
		args[n++] = kflags[i];
	args[n++] = concat("-I", inc);
	args[n++] = "-include";
	args[n++] = concat(inc, "/linux/kconfig.h");
	args[n++] = "-include";
	args[n++] = concat(inc, "/linux/compiler_types.h");
	if (getcwd(cwd, sizeof(cwd))) {
		args[n++] = concat(concat("-fmacro-prefix-map=", cwd), "/=");
		args[n++] = concat(concat("-fdebug-prefix-map=", cwd), "/=");
	}
	args[n++] = "-O2";
	args[n++] = "-g";
	args[n++] = "-fPIC";
	args[n++] = "-shared";

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (!strcmp(a, "-o") || !strcmp(a, "-I") || !strcmp(a, "-D")) {
			if (i + 1 == argc) {
				cli_error("build: %s needs a value (EINVAL)", a);
				return EXIT_USAGE;
			}
			if (!strcmp(a, "-o"))
				out = argv[++i];
			else
				args[n++] = concat(a, argv[++i]);
		} else if (!strncmp(a, "-I", 2) || !strncmp(a, "-D", 2)) {
			args[n++] = a;
		} else if (!strcmp(a, "--builtin")) {
			builtin = 1;
		} else if (a[0] == '-') {
			cli_error("build: %s: unknown option (EINVAL); see kshim build --help", a);
			return EXIT_USAGE;
		} else {
			if (stat(a, &st)) {
				cli_error("%s: %s (%s)", a, strerror(errno),
					  errno == ENOENT ? "ENOENT" : "EIO");
				return EXIT_USAGE;
			}
			nfiles++;
		}
	}
	if (!nfiles) {
		cli_error("build: no source file given (EINVAL); see kshim build --help");
		return EXIT_USAGE;
	}
	for (i = 1; i < argc && (argv[i][0] == '-' || !strcmp(argv[i - 1], "-o") ||
				 !strcmp(argv[i - 1], "-I") || !strcmp(argv[i - 1], "-D")); i++)
		;
	name = modname_of(out ? out : argv[i]);
	if (!out)
		out = concat(name, ".so");
	args[n++] = concat(concat("-DKBUILD_MODNAME=\"", name), "\"");
	args[n++] = concat(concat("-DKBUILD_BASENAME=\"", name), "\"");
	if (!builtin)
		args[n++] = "-DMODULE";
	args[n++] = "-o";
	args[n++] = out;
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-o") || !strcmp(argv[i], "-I") || !strcmp(argv[i], "-D"))
			i++;
		else if (argv[i][0] != '-')
			args[n++] = argv[i];
	}
	args[n] = NULL;

	if (getenv("KSHIM_VERBOSE")) {
		for (i = 0; i < n; i++)
			fprintf(stderr, "%s%s", i ? " " : "", args[i]);
		fputc('\n', stderr);
	}
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		execvp(args[0], (char *const *)args);
		cli_error("build: %s: %s", args[0], strerror(errno));
		_exit(127);
	}
	if (pid < 0 || waitpid(pid, &status, 0) < 0) {
		cli_error("build: fork: %s", strerror(errno));
		return EXIT_INIT;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status)) {
		cli_error("build: %s: the compiler failed", out);
		return EXIT_INIT;
	}
	return EXIT_CLEAN;
}

int cmd_build(int argc, char **argv)
{
	const char **args = calloc(argc + 64 + NKFLAGS, sizeof(*args));
	int status;

	if (!args)
		abort();
	status = build(argc, argv, args);
	free(args);
	free_owned();
	return status;
}
