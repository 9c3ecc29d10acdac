// SPDX-License-Identifier: GPL-2.0-only
/*
 * The example modules in the simulated kernel: hello loaded and removed;
 * hwid with its device missing, present and of another vendor; then the
 * init-failure sweep of both. Each scenario runs on a
 * fresh kernel and prints its dmesg and insmod/rmmod results.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <kshim/kapi.h>
#include <kshim/kshim.h>

#define HPET_BASE	0xfed00000ULL
#define HPET_ID		0x8086a201ULL	/* QEMU's PC HPET: vendor 0x8086 */

static int problems;

static void title(const char *what)
{
	printf("\n== %s\n", what);
	fflush(stdout);
}

static void dmesg(void)
{
	fflush(stdout);
	kshim_log_dump(STDOUT_FILENO);
	kshim_log_clear();
}

/* A negative errno's name and text, as insmod prints a failure. */
static void show(const char *cmd, const char *name, int ret)
{
	dmesg();
	if (ret == KSHIM_CRASH)
		printf("$ %s %s: crashed\n", cmd, name);
	else if (ret < 0)
		printf("$ %s %s: ERROR: %s (%s)\n", cmd, name, strerror(-ret),
		       kshim_errname(ret));
	else
		printf("$ %s %s: %d\n", cmd, name, ret);
}

static void insmod(const char *name, const char *args)
{
	char what[128];

	snprintf(what, sizeof(what), "%s%s%s", name, args ? " " : "", args ? args : "");
	show("insmod", what, kshim_load(name, args));
}

static void rmmod(const char *name)
{
	show("rmmod", name, kshim_unload(name));
}

static void leaks(void)
{
	size_t n = kshim_leak_check();

	printf("leaks: %zu\n", n);
	if (n)
		problems++;
	kshim_reset();
}

static void hpet(void *arg)
{
	kshim_mmio_poke(kshim_mmio_attach(HPET_BASE, 0x400), 0, 4, HPET_ID);
}

static void sweep(const char *module, void (*setup)(void *))
{
	struct kshim_sweep *sw = kshim_sweep_setup(module, NULL, setup, NULL);

	if (!sw) {
		problems++;
		return;
	}
	fflush(stdout);
	kshim_sweep_print(sw, STDOUT_FILENO);
	if (sw->failures)
		problems++;
	kshim_sweep_free(sw);
}

int main(void)
{
	kshim_reset();
	/* The dmesg is printed here, not echoed as it happens. */
	kshim_console_loglevel(0);

	title("hello: a module that loads and unloads");
	insmod("hello", NULL);
	rmmod("hello");
	leaks();

	title("hwid: no device at the default address (the bus reads all ones)");
	insmod("hwid", NULL);
	leaks();

	title("hwid: QEMU's PC HPET at 0xfed00000, id 0x8086a201");
	hpet(NULL);
	insmod("hwid", NULL);
	rmmod("hwid");
	leaks();

	title("hwid: a device of another vendor");
	kshim_mmio_poke(kshim_mmio_attach(HPET_BASE, 0x400), 0, 4, 0x10de0003);
	insmod("hwid", NULL);
	insmod("hwid", "vendor=0x10de");
	rmmod("hwid");
	leaks();

	title("hwid: a bad parameter");
	insmod("hwid", "vendor=intel");
	leaks();

	title("the init-failure sweeps");
	kshim_console_loglevel(0);
	sweep("hello", NULL);
	sweep("hwid", NULL);
	sweep("hwid", hpet);

	printf("\n%s\n", problems ? "problems found" : "all clean");
	return problems ? 1 : 0;
}
