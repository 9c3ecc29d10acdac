// SPDX-License-Identifier: GPL-2.0-only
/*
 * What kmod's insmod and rmmod print when the kernel refuses them (kmod 30,
 * Debian 12: tools/insmod.c, tools/rmmod.c), so that a kshim run reads as
 * the same commands on a real machine.
 */
#include <errno.h>
#include <string.h>

#include <kshim/kshim.h>

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

/*
 * rmmod: kmod checks /sys/module first (check_module_inuse()), then calls
 * delete_module(); libkmod logs a failure too, with its own source line
 * (Debian 12's kmod 30).
 */
static int rmmod(FILE *out, const char *name)
{
	int ref = kshim_module_refcnt(name);
	int ret;

	if (ref == -ENOENT) {
		fprintf(out, "rmmod: ERROR: Module %s is not currently loaded\n", name);
		return -ENOENT;
	}
	if (ref > 0) {
		fprintf(out, "rmmod: ERROR: Module %s is in use\n", name);
		return -EBUSY;
	}
	ret = kshim_unload(name);
	if (ret < 0 && ret != KSHIM_CRASH) {
		fprintf(out, "rmmod: ERROR: ../libkmod/libkmod-module.c:856 kmod_module_remove_module() could not remove '%s': %s\n",
			name, strerror(-ret));
		fprintf(out, "rmmod: ERROR: could not remove module %s: %s\n", name,
			strerror(-ret));
	}
	return ret;
}

int kmod_rmmod(FILE *out, const char *name)
{
	FILE *null;
	int ret;

	if (out)
		return rmmod(out, name);
	/* No messages wanted (--json): the same steps, quietly. */
	null = fopen("/dev/null", "w");
	if (!null)
		return kshim_unload(name);
	ret = rmmod(null, name);
	fclose(null);
	return ret;
}
