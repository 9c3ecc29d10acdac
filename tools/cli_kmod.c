// SPDX-License-Identifier: GPL-2.0-only
/*
 * What kmod's insmod and rmmod print when the kernel refuses them (kmod 30,
 * Debian 12: tools/insmod.c, tools/rmmod.c), so that a kshim run reads as
 * the same commands on a real machine.
 */
#include <errno.h>
#include <string.h>

#include "cli.h"

/* insmod names a few errors its own way (mod_strerror()). */
static const char *insmod_strerror(int err)
{
	switch (err) {
	case ENOEXEC:
		return "Invalid module format";
	case ENOENT:
		return "Unknown symbol in module";
	case ESRCH:
		return "Module has wrong symbol version";
	case EINVAL:
		return "Invalid parameters";
	default:
		return strerror(err);
	}
}

void kmod_insmod_error(FILE *out, const char *file, int err)
{
	fprintf(out, "insmod: ERROR: could not insert module %s: %s\n", file,
		insmod_strerror(-err));
}

void kmod_rmmod_error(FILE *out, const char *name, int err)
{
	/* rmmod looks in /sys/module first: a module not there is not loaded. */
	if (err == -ENOENT) {
		fprintf(out, "rmmod: ERROR: Module %s is not currently loaded\n", name);
		return;
	}
	fprintf(out, "rmmod: ERROR: could not remove module %s: %s\n", name,
		strerror(-err));
}
