// SPDX-License-Identifier: GPL-2.0-only
/*
 * Module parameters of every kind: each standard type, arrays, a renamed
 * parameter, a string buffer, one with its own ops, an unsafe one and a
 * hidden one (no sysfs file). Init prints what it got.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/module.h>
#include <linux/moduleparam.h>

static int count = 1;
module_param(count, int, 0644);
MODULE_PARM_DESC(count, "How many");

static unsigned char small = 7;
module_param(small, byte, 0444);
static short sval = -2;
module_param(sval, short, 0444);
static unsigned short usval = 2;
module_param(usval, ushort, 0444);
static unsigned int uval = 3;
module_param(uval, uint, 0644);
static long lval = -4;
module_param(lval, long, 0444);
static unsigned long ulval = 5;
module_param(ulval, ulong, 0444);
static unsigned long long ullval = 6;
module_param(ullval, ullong, 0444);
static unsigned int mask = 0x10;
module_param(mask, hexint, 0644);

static char *label = "none";
module_param(label, charp, 0644);
MODULE_PARM_DESC(label, "A name");

static bool verbose;
module_param(verbose, bool, 0644);
static bool quiet;
module_param(quiet, invbool, 0444);
static bool locked;
module_param(locked, bool_enable_only, 0644);
static int legacy;
module_param(legacy, bint, 0444);

static int values[4];
static unsigned int nvalues;
module_param_array(values, int, &nvalues, 0644);
static char *names[3];
module_param_array(names, charp, NULL, 0444);

static int internal_limit = 10;
module_param_named(limit, internal_limit, int, 0644);

static char devname[8] = "dev0";
module_param_string(devname, devname, sizeof(devname), 0644);

static int under_score;
module_param(under_score, int, 0444);

static int secret = 42;
module_param(secret, int, 0);

/* Set in the "device" pass at boot, a leveled parameter. */
static int dlevel;
device_param_cb(dlevel, &param_ops_int, &dlevel, 0444);

static int danger;
module_param_unsafe(danger, int, 0644);

/* A parameter with its own ops: 1 to 5 only. */
static unsigned int level = 2;

static int level_set(const char *val, const struct kernel_param *kp)
{
	return param_set_uint_minmax(val, kp, 1, 5);
}

static const struct kernel_param_ops level_ops = {
	.set = level_set,
	.get = param_get_uint,
};
module_param_cb(level, &level_ops, &level, 0644);

static int __init paramtest_init(void)
{
	pr_info("count=%d label=%s secret=%d limit=%d quiet=%d nvalues=%u\n",
		count, label, secret, internal_limit, quiet, nvalues);
	return 0;
}

static void __exit paramtest_exit(void)
{
	pr_info("exit count=%d\n", count);
}

module_init(paramtest_init);
module_exit(paramtest_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Module parameters of every type");
