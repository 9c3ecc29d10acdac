// SPDX-License-Identifier: GPL-2.0-only
/*
 * libFuzzer target: module parameter parsing (kernel/params.c).
 *
 * Compiled against the kernel headers, like a driver: the parameters below
 * are a module's, one of every kind. Each input is parsed as insmod's
 * argument string and again as the boot command line; then every parameter
 * is read back through its sysfs file and, when the input holds a NUL byte,
 * the bytes after it are written to every parameter's sysfs file.
 *
 * Invariants checked: the parser returns 0 or a -errno; a sysfs read gives a
 * NUL-terminated text of the length it returns; the string buffer stays
 * NUL-terminated; once the parameters are freed nothing is left allocated.
 * Sanitizers (ASan, UBSan) check the rest.
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/string.h>
#include <kshim/kapi.h>
#include <kshim/kshim.h>

static unsigned char p_byte = 7;
module_param(p_byte, byte, 0644);
static short p_short = -2;
module_param(p_short, short, 0644);
static unsigned short p_ushort = 2;
module_param(p_ushort, ushort, 0644);
static int count = 1;
module_param(count, int, 0644);
static unsigned int p_uint = 3;
module_param(p_uint, uint, 0644);
static long p_long = -4;
module_param(p_long, long, 0644);
static unsigned long p_ulong = 5;
module_param(p_ulong, ulong, 0644);
static unsigned long long p_ullong = 6;
module_param(p_ullong, ullong, 0644);
static unsigned int mask = 0x10;
module_param(mask, hexint, 0644);
static char *name = "none";
module_param(name, charp, 0644);
static bool flag;
module_param(flag, bool, 0644);
static bool quiet;
module_param(quiet, invbool, 0644);
static bool locked;
module_param(locked, bool_enable_only, 0644);
static int legacy;
module_param(legacy, bint, 0644);

static int values[4];
static unsigned int nvalues;
module_param_array(values, int, &nvalues, 0644);
static char *names[3];
module_param_array(names, charp, NULL, 0644);
static bool bits[5];
static unsigned int nbits;
module_param_array(bits, bool, &nbits, 0644);
static unsigned long long bigs[2];
module_param_array(bigs, ullong, NULL, 0644);

static int internal_limit = 10;
module_param_named(limit, internal_limit, int, 0644);
static char devname[8] = "dev0";
module_param_string(devname, devname, sizeof(devname), 0644);
static int hw_irq = 5;
module_param_hw(hw_irq, int, irq, 0444);
static int danger;
module_param_unsafe(danger, int, 0644);

/* A parameter with its own ops: an unsigned int in 1..100. */
static unsigned int percent = 50;
static int percent_set(const char *val, const struct kernel_param *kp)
{
	return param_set_uint_minmax(val, kp, 1, 100);
}
static const struct kernel_param_ops percent_ops = {
	.set = percent_set,
	.get = param_get_uint,
};
module_param_cb(percent, &percent_ops, &percent, 0644);
/* A leveled one: at boot, its errors name the "device" pass. */
static int level_val;
device_param_cb(level_val, &param_ops_int, &level_val, 0644);

static const struct kernel_param *params[] = {
	&__param_p_byte, &__param_p_short, &__param_p_ushort, &__param_count,
	&__param_p_uint, &__param_p_long, &__param_p_ulong, &__param_p_ullong,
	&__param_mask, &__param_name, &__param_flag, &__param_quiet,
	&__param_locked, &__param_legacy, &__param_values, &__param_names,
	&__param_bits, &__param_bigs, &__param_limit, &__param_devname,
	&__param_hw_irq, &__param_danger, &__param_percent, &__param_level_val,
};

/* Inputs are cut here: longer strings add nothing but time. */
#define MAX_INPUT	8192

static char args[MAX_INPUT + 1];
static char value[MAX_INPUT + 1];
static char page[4096 + 1];

static void check(bool ok)
{
	if (!ok)
		__builtin_trap();
}

static void read_back(void)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(params); i++) {
		int n = kshim_param_get(params[i], page, sizeof(page));

		check(n < 0 ? n >= -MAX_ERRNO : strlen(page) == (size_t)n);
	}
	check(strnlen(devname, sizeof(devname)) < sizeof(devname));
}

static void run(const u8 *data, size_t len, const char *val, int builtin)
{
	unsigned int i;
	int ret;

	kshim_params_reset(params, ARRAY_SIZE(params));
	memcpy(args, data, len);
	args[len] = '\0';
	ret = kshim_parse_args("fuzzparams", args, params, ARRAY_SIZE(params),
			       builtin);
	check(ret <= 0 && ret >= -MAX_ERRNO);
	read_back();
	if (val) {
		for (i = 0; i < ARRAY_SIZE(params); i++) {
			ret = kshim_param_set(params[i], val);
			check(ret <= 0 && ret >= -MAX_ERRNO);
		}
		read_back();
	}
	kshim_free_params(params, ARRAY_SIZE(params));
	check(kshim_alloc_live() == 0);
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const u8 *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	kshim_reset();
	/* The parser's messages go to the log only, not to the terminal. */
	kshim_console_loglevel(0);
	return 0;
}

int LLVMFuzzerTestOneInput(const u8 *data, size_t size)
{
	const u8 *nul;
	const char *val = NULL;

	if (size > MAX_INPUT)
		size = MAX_INPUT;
	/* After a NUL: a value for every sysfs file. */
	nul = memchr(data, '\0', size);
	if (nul) {
		size_t n = size - (nul + 1 - data);

		memcpy(value, nul + 1, n);
		value[n] = '\0';
		val = value;
		size = nul - data;
	}
	run(data, size, val, 0);
	run(data, size, val, 1);
	kshim_log_clear();
	kshim_defects_clear();
	return 0;
}
