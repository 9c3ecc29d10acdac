// SPDX-License-Identifier: GPL-2.0-only
/*
 * kshim run, sweep, boot and modinfo: a module shared object in a fresh
 * simulated kernel, in a child process so that a hang or a crash the
 * harness cannot catch never takes the command down.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <kshim/kapi.h>
#include <kshim/kshim.h>

#include "cli.h"

#define COMMON_OPTIONS \
"  --json             machine-readable results on stdout (dmesg goes to stderr)\n" \
"  --timeout SECONDS  stop a module that does not return (default 30; 0: never)\n" \
"  --mmio PHYS:SIZE[:OFFSET=VALUE,...]\n" \
"                     attach a register block, with 32-bit register values\n" \
"  --unclaimed VALUE  what reads return where no device is (default all ones)\n" \
"  --i2c BUS:ADDR[:TYPE][:REG=VALUE,...]\n" \
"                     put a chip of 256 8-bit registers on adapter i2c-BUS, and\n" \
"                     with TYPE a client device for an I2C driver to probe\n" \
"  --platform NAME[:mem=PHYS+SIZE][:irq=N][:compatible=STR][:PROP=N...]\n" \
"                     a platform device with its resources and, given compatible\n" \
"                     or a PROP, a device-tree node with u32 properties\n"

static const char run_help[] =
"usage: kshim run [DEPENDENCY.so...] MODULE.so [param=value...] [options]\n"
"\n"
"insmod with the parameters (joined by spaces, as insmod passes them), the\n"
"kernel log as dmesg prints it, rmmod, then the leak and misuse report. The\n"
"modules before MODULE.so are loaded first, in that order, and removed after\n"
"it, as modprobe does with a module's dependencies.\n"
"Exit status: 0 clean, 1 init failed, 2 defects found, 3 crashed or timed out,\n"
"4 bad usage or input.\n\n" COMMON_OPTIONS;

static const char sweep_help[] =
"usage: kshim sweep MODULE.so [param=value...] [options]\n"
"\n"
"Loads the module with its 1st, 2nd, 3rd... fallible call failing, until init\n"
"runs with nothing left to fail, and prints each failure path's outcome.\n"
"Exit status: 0 every path clean, 2 a path leaks, returns a wrong value or\n"
"misuses an API, 3 a path crashes or times out, 4 bad usage or input.\n\n"
COMMON_OPTIONS;

static const char boot_help[] =
"usage: kshim boot MODULE.so... [cmdline words...] [options]\n"
"\n"
"Links the modules in as built-in code and boots: initcalls by level, in the\n"
"order given; a failing one is logged and the boot goes on. Words that are not\n"
"files are the kernel command line (mod.param=value, initcall_debug).\n"
"Exit status: 0 every initcall succeeded, 1 one failed, 2 defects found,\n"
"3 crashed or timed out, 4 bad usage or input.\n\n" COMMON_OPTIONS;

static const char modinfo_help[] =
"usage: kshim modinfo MODULE.so\n"
"\n"
"The module's .modinfo, as modinfo prints it.\n";

struct job {
	struct cli *cli;
	struct cli_module mods[32];
	int nmods;
	char *args;
};

static void print_dmesg_json(FILE *out)
{
	const struct kshim_log_record *r;
	size_t i;

	fputs("[", out);
	for (i = 0; (r = kshim_log_record(i)); i++) {
		fprintf(out, "%s{\"level\": %d, \"module\": ", i ? ", " : "", r->level);
		json_str(out, r->module);
		fputs(", \"text\": ", out);
		json_str(out, r->text);
		fputs("}", out);
	}
	fputs("]", out);
}

static void print_defects_json(FILE *out)
{
	const char *msg;
	size_t i;

	fputs("[", out);
	for (i = 0; (msg = kshim_defect_message(i)); i++) {
		fprintf(out, "%s{\"kind\": ", i ? ", " : "");
		json_str(out, kshim_defect_kind_name(kshim_defect_kind_of(i)));
		fputs(", \"message\": ", out);
		json_str(out, msg);
		fputs("}", out);
	}
	fputs("]", out);
}

static size_t defects_besides(enum kshim_defect_kind a, enum kshim_defect_kind b)
{
	return kshim_defect_count(KSHIM_DEFECT_ANY) - kshim_defect_count(a) -
		kshim_defect_count(b);
}

/* A fresh kernel, echoing every record to @fd as dmesg lines. */
static void fresh_kernel(const struct job *job)
{
	kshim_reset();
	kshim_console_fd(job->cli->json ? STDERR_FILENO : STDOUT_FILENO);
	kshim_console_loglevel(8);
	cli_attach_devices(NULL);
}

/* The modules a run loads before its last one, in order, as modprobe would. */
static int load_dependencies(const struct job *job)
{
	int i, ret;

	for (i = 0; i < job->nmods - 1; i++) {
		ret = kshim_load(job->mods[i].name, NULL);
		if (ret < 0) {
			if (!job->cli->json)
				fprintf(stderr, "kshim: %s: %s, which %s needs, did not load (%s)\n",
					job->mods[job->nmods - 1].name, job->mods[i].name,
					job->mods[job->nmods - 1].name,
					ret == KSHIM_CRASH ? "it crashed" : cli_errname(ret));
			return -1;
		}
	}
	return 0;
}

static void unload_dependencies(const struct job *job)
{
	int i;

	for (i = job->nmods - 2; i >= 0; i--)
		if (kshim_module_loaded(job->mods[i].name))
			kmod_rmmod(job->cli->json ? NULL : stderr, job->mods[i].name);
}

static int do_run(void *arg)
{
	struct job *job = arg;
	const struct cli_module *m = &job->mods[job->nmods - 1];
	const struct cli *cli = job->cli;
	int init, rm = 0, status = EXIT_CLEAN, removed = 0;
	size_t leaks = 0;
	bool checked = false;

	fresh_kernel(job);
	if (load_dependencies(job))
		return EXIT_INIT;
	init = kshim_load(m->name, job->args);
	if (init == KSHIM_CRASH && kshim_defect_count(KSHIM_DEFECT_UNSIMULATED)) {
		/* Not the driver's fault, nor a crash: kshim's gap, said as such. */
		status = EXIT_CRASH;
		if (!cli->json)
			fprintf(stderr, "insmod: ERROR: could not insert module %s: init stopped: %s\n",
				m->path, kshim_defect_message(0));
	} else if (init == KSHIM_CRASH) {
		status = EXIT_CRASH;
		if (!cli->json)
			fprintf(stderr, "insmod: ERROR: could not insert module %s: the module crashed (%s)\n",
				m->path, kshim_defect_message(0));
	} else if (init < 0) {
		status = EXIT_INIT;
		if (!cli->json)
			kmod_insmod_error(stderr, m->path, init);
	} else {
		rm = kmod_rmmod(cli->json ? NULL : stderr, m->name);
		removed = rm == 0;
		if (rm == KSHIM_CRASH)
			status = EXIT_CRASH;
	}
	if (init != KSHIM_CRASH && rm != KSHIM_CRASH)
		unload_dependencies(job);
	/* Leaks only mean something once the module is gone. */
	if (!kshim_module_loaded(m->name) && init != KSHIM_CRASH && rm != KSHIM_CRASH) {
		leaks = kshim_leak_check();
		checked = true;
	}
	if (status != EXIT_CRASH &&
	    (leaks || defects_besides(KSHIM_DEFECT_LEAK, KSHIM_DEFECT_LEAK)))
		status = EXIT_DEFECTS;

	if (cli->json) {
		printf("{\"command\": \"run\", \"module\": ");
		json_str(stdout, m->name);
		printf(", \"file\": ");
		json_str(stdout, m->path);
		printf(", \"params\": ");
		json_str(stdout, job->args);
		printf(", \"init\": {\"ret\": %d, \"crashed\": %s, \"errname\": ",
		       init == KSHIM_CRASH ? 0 : init, init == KSHIM_CRASH ? "true" : "false");
		json_str(stdout, init < 0 && init != KSHIM_CRASH ? cli_errname(init) : NULL);
		printf("}, \"rmmod\": ");
		if (init < 0)
			printf("null");
		else
			printf("{\"ret\": %d, \"crashed\": %s}", rm == KSHIM_CRASH ? 0 : rm,
			       rm == KSHIM_CRASH ? "true" : "false");
		printf(", \"leak_check\": %s, \"dmesg\": ", checked ? "true" : "false");
		print_dmesg_json(stdout);
		printf(", \"defects\": ");
		print_defects_json(stdout);
		printf(", \"status\": %d}\n", status);
		return status;
	}
	if (!checked && init >= 0 && !removed && rm != KSHIM_CRASH)
		printf("kshim: %s is still loaded: no leak check\n", m->name);
	if (status == EXIT_CLEAN)
		printf("kshim: %s: %sclean%s: init returned %d, %s\n", m->name,
		       cli_color(cli, "good"), cli_color(cli, "off"), init,
		       checked ? "nothing leaked, no defect" : "no defect");
	else if (status == EXIT_INIT)
		printf("kshim: %s: init failed with %s; nothing leaked, no defect\n",
		       m->name, cli_errname(init));
	else if (status == EXIT_CRASH && kshim_defect_count(KSHIM_DEFECT_UNSIMULATED))
		printf("kshim: %s: %sstopped%s: it called a kernel function kshim does not simulate; exit not run\n",
		       m->name, cli_color(cli, "bad"), cli_color(cli, "off"));
	else if (status == EXIT_CRASH)
		printf("kshim: %s: %scrashed%s: see the report above\n", m->name,
		       cli_color(cli, "bad"), cli_color(cli, "off"));
	else
		printf("kshim: %s: %s%zu defect%s%s (%zu leak%s): see the messages above\n",
		       m->name, cli_color(cli, "bad"), kshim_defect_count(KSHIM_DEFECT_ANY),
		       kshim_defect_count(KSHIM_DEFECT_ANY) == 1 ? "" : "s",
		       cli_color(cli, "off"), leaks, leaks == 1 ? "" : "s");
	return status;
}

static void print_sweep_json(const struct kshim_sweep *sw)
{
	size_t i;

	printf("{\"command\": \"sweep\", \"module\": ");
	json_str(stdout, sw->module);
	printf(", \"steps\": [");
	for (i = 0; i < sw->nsteps; i++) {
		const struct kshim_sweep_step *st = &sw->steps[i];

		printf("%s{\"n\": %lu, \"call\": ", i ? ", " : "", st->n);
		json_str(stdout, st->call);
		printf(", \"func\": ");
		json_str(stdout, st->func);
		printf(", \"file\": ");
		json_str(stdout, st->file);
		printf(", \"line\": %d, \"ret\": %d, \"errname\": ", st->line,
		       st->ret == KSHIM_CRASH ? 0 : st->ret);
		json_str(stdout, st->ret < 0 && st->ret != KSHIM_CRASH ?
			 cli_errname(st->ret) : NULL);
		printf(", \"outcome\": ");
		json_str(stdout, kshim_sweep_outcome_name(st->outcome));
		printf(", \"detail\": ");
		json_str(stdout, st->detail);
		printf("}");
	}
	printf("], \"failures\": %zu}\n", sw->failures);
}

static int do_sweep(void *arg)
{
	struct job *job = arg;
	struct kshim_sweep *sw;
	int status = EXIT_CLEAN;
	size_t i;

	fresh_kernel(job);
	/* The table is the output: the steps' dmesg would drown it. */
	kshim_console_loglevel(0);
	setenv("KSHIM_LOGLEVEL", "0", 1);
	sw = kshim_sweep_setup(job->mods[0].name, job->args, cli_attach_devices, NULL);
	if (!sw) {
		cli_error("%s: sweep: out of memory (ENOMEM)", job->mods[0].path);
		return EXIT_CRASH;
	}
	for (i = 0; i < sw->nsteps; i++) {
		if (sw->steps[i].outcome == KSHIM_SWEEP_CRASH)
			status = EXIT_CRASH;
		else if (sw->steps[i].outcome >= KSHIM_SWEEP_BAD_RETURN && status != EXIT_CRASH)
			status = EXIT_DEFECTS;
	}
	fflush(stdout);
	if (job->cli->json)
		print_sweep_json(sw);
	else
		kshim_sweep_print(sw, STDOUT_FILENO);
	kshim_sweep_free(sw);
	return status;
}

static int do_boot(void *arg)
{
	struct job *job = arg;
	int failed, status = EXIT_CLEAN, i;

	fresh_kernel(job);
	failed = kshim_boot(job->args);
	if (failed > 0)
		status = EXIT_INIT;
	if (kshim_defect_count(KSHIM_DEFECT_BUG) || kshim_defect_count(KSHIM_DEFECT_PANIC) ||
	    kshim_defect_count(KSHIM_DEFECT_SIGNAL))
		status = EXIT_CRASH;
	else if (kshim_defect_count(KSHIM_DEFECT_ANY))
		status = EXIT_DEFECTS;

	if (job->cli->json) {
		printf("{\"command\": \"boot\", \"cmdline\": ");
		json_str(stdout, job->args);
		printf(", \"initcalls\": [");
		for (i = 0; i < job->nmods; i++) {
			int ret = kshim_initcall_result(job->mods[i].name);

			printf("%s{\"module\": ", i ? ", " : "");
			json_str(stdout, job->mods[i].name);
			printf(", \"ret\": %d, \"crashed\": %s}", ret == KSHIM_CRASH ? 0 : ret,
			       ret == KSHIM_CRASH ? "true" : "false");
		}
		printf("], \"dmesg\": ");
		print_dmesg_json(stdout);
		printf(", \"defects\": ");
		print_defects_json(stdout);
		printf(", \"status\": %d}\n", status);
		return status;
	}
	for (i = 0; i < job->nmods; i++) {
		int ret = kshim_initcall_result(job->mods[i].name);

		if (ret == KSHIM_CRASH)
			printf("kshim: %s: initcall crashed\n", job->mods[i].name);
		else
			printf("kshim: %s: initcall returned %s\n", job->mods[i].name,
			       ret < 0 ? cli_errname(ret) : ret ? "a positive value" : "0");
	}
	return status;
}

/* Parse options and open the modules; -1: exit with *@status. */
static int prepare(struct job *job, struct cli *cli, int argc, char **argv,
		   const char *help, int many, int *status)
{
	int i, nargs = 0;
	char **rest;

	job->cli = cli;
	cli->prog = argv[0];
	argc = cli_options(cli, argc, argv, help);
	if (argc <= 0) {
		*status = argc ? EXIT_USAGE : EXIT_CLEAN;
		return -1;
	}
	rest = calloc(argc, sizeof(*rest));
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		size_t len = strlen(a);
		bool is_file = len > 3 && (!strcmp(a + len - 3, ".so") || !strcmp(a + len - 3, ".ko"));

		if (is_file && (many || !job->nmods) && !nargs) {
			if (job->nmods == (int)(sizeof(job->mods) / sizeof(job->mods[0]))) {
				cli_error("too many modules (E2BIG)");
				goto fail;
			}
			if (cli_open(a, &job->mods[job->nmods]))
				goto fail;
			job->nmods++;
		} else {
			rest[nargs++] = argv[i];
		}
	}
	if (!job->nmods) {
		cli_error("%s: no module given (a MODULE.so file) (EINVAL); see %s --help",
			  argv[0], argv[0]);
		goto fail;
	}
	job->args = cli_join(nargs, rest);
	free(rest);
	return 0;
fail:
	free(rest);
	*status = EXIT_USAGE;
	return -1;
}

/* A built-in module cannot be run or swept: tell how to build it. */
static int needs_loadable(const struct cli_module *m)
{
	if (kshim_module_loadable(m->name))
		return 0;
	cli_error("%s: built-in code (built with --builtin), not a loadable module: use kshim boot (EINVAL)",
		  m->path);
	return -1;
}

int cmd_run(int argc, char **argv)
{
	struct cli cli;
	struct job job = { 0 };
	int status;

	if (prepare(&job, &cli, argc, argv, run_help, 1, &status))
		return status;
	if (needs_loadable(&job.mods[job.nmods - 1]))
		status = EXIT_USAGE;
	else
		status = cli_supervise(&cli, job.mods[job.nmods - 1].base, do_run, &job);
	free(job.args);
	return status;
}

int cmd_sweep(int argc, char **argv)
{
	struct cli cli;
	struct job job = { 0 };
	int status;

	if (prepare(&job, &cli, argc, argv, sweep_help, 0, &status))
		return status;
	if (needs_loadable(&job.mods[0]))
		status = EXIT_USAGE;
	else
		status = cli_supervise(&cli, job.mods[0].base, do_sweep, &job);
	free(job.args);
	return status;
}

int cmd_boot(int argc, char **argv)
{
	struct cli cli;
	struct job job = { 0 };
	int status, i, ret;

	if (prepare(&job, &cli, argc, argv, boot_help, 1, &status))
		return status;
	for (i = 0; i < job.nmods; i++) {
		ret = kshim_module_make_builtin(job.mods[i].name);
		if (ret) {
			cli_error("%s: cannot be built in (%s)", job.mods[i].path, cli_errname(ret));
			free(job.args);
			return EXIT_USAGE;
		}
	}
	status = cli_supervise(&cli, "boot", do_boot, &job);
	free(job.args);
	return status;
}

int cmd_modinfo(int argc, char **argv)
{
	struct cli cli;
	struct job job = { 0 };
	const char *tag, *value;
	char path[4096];
	unsigned int n;
	int status;

	if (prepare(&job, &cli, argc, argv, modinfo_help, 0, &status))
		return status;
	if (*job.args) {
		cli_error("modinfo: %s: unexpected argument (EINVAL)", job.args);
		free(job.args);
		return EXIT_USAGE;
	}
	free(job.args);
	if (!realpath(job.mods[0].path, path))
		snprintf(path, sizeof(path), "%s", job.mods[0].path);
	printf("%-16s%s\n", "filename:", path);
	for (n = 0; (value = kshim_modinfo_nth(job.mods[0].name, n, &tag)); n++) {
		char key[64];

		if (!strcmp(tag, "parm") || !strcmp(tag, "parmtype"))
			continue;
		snprintf(key, sizeof(key), "%s:", tag);
		printf("%-16s%s\n", key, value);
	}
	printf("%-16s%s\n", "name:", job.mods[0].name);
	/* parm: name:description (type), from the parmtype and parm tags. */
	for (n = 0; (value = kshim_modinfo(job.mods[0].name, "parmtype", n)); n++) {
		const char *colon = strchr(value, ':'), *desc = NULL, *d;
		unsigned int k;
		size_t len = colon ? (size_t)(colon - value) : strlen(value);

		for (k = 0; (d = kshim_modinfo(job.mods[0].name, "parm", k)); k++)
			if (!strncmp(d, value, len) && d[len] == ':')
				desc = d + len + 1;
		if (desc)
			printf("%-16s%.*s:%s (%s)\n", "parm:", (int)len, value, desc,
			       colon ? colon + 1 : "");
		else
			printf("%-16s%.*s:%s\n", "parm:", (int)len, value,
			       colon ? colon + 1 : "");
	}
	return EXIT_CLEAN;
}
