// SPDX-License-Identifier: GPL-2.0-only
/*
 * The simulated hardware a command puts in each fresh kernel:
 *   --mmio PHYS:SIZE[:OFF=VAL,...]      a register block (32-bit registers)
 *   --unclaimed VALUE                   what reads return where nothing is
 *   --i2c BUS:ADDR[:TYPE][:REG=VAL,...] a chip of 256 8-bit registers on
 *                                       adapter i2c-BUS, and with TYPE a
 *                                       client device for a driver to probe
 *   --platform NAME[:KEY=VAL...]        a platform device: mem=PHYS+SIZE,
 *                                       irq=N, compatible=STR, and u32
 *                                       device-tree properties PROP=N (the
 *                                       keys apart by colons: a compatible
 *                                       or a property has commas)
 * Each is checked when the command line is read; the attach happens in the
 * child, for every fresh kernel (each step of a sweep).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <kshim/i2c.h>
#include <kshim/kshim.h>

#include "cli.h"

#define MAX_DEVICES	16
#define MAX_RES		8
#define MAX_PROPS	8
#define I2C_NREGS	256

enum { MMIO, I2C, PLATFORM };

struct device {
	int kind;
	unsigned long long phys, size;	/* MMIO */
	int bus;			/* I2C */
	unsigned short addr;
	char *type;			/* its client's, or NULL */
	char *regs;			/* "REG=VAL,..." or NULL */
	char *name;			/* platform */
	struct kshim_res res[MAX_RES];
	size_t nres;
	char *compatible;		/* a device-tree node, if not NULL */
	char *prop[MAX_PROPS];
	unsigned int val[MAX_PROPS];
	size_t nprops;
};

static struct device devices[MAX_DEVICES];
static unsigned int ndevices;
static int unclaimed_set;
static unsigned long long unclaimed;

/* A whole number in C syntax (0x..., 0...) no larger than @max. */
static int parse_num(const char *s, const char *end, unsigned long long max,
		     unsigned long long *val)
{
	char *stop;

	if (s == end || *s == '-')
		return -1;
	errno = 0;
	*val = strtoull(s, &stop, 0);
	return errno || stop != end || *val > max ? -1 : 0;
}

/* "REG=VAL,...": each register and value a number within its bound. */
static int check_pokes(const char *regs, unsigned long long max_reg,
		       unsigned long long max_val)
{
	char *copy = strdup(regs), *p, *tok, *save;
	unsigned long long v;
	int ret = 0;

	for (p = copy; !ret && (tok = strtok_r(p, ",", &save)); p = NULL) {
		char *eq = strchr(tok, '=');

		if (!eq || parse_num(tok, eq, max_reg, &v) ||
		    parse_num(eq + 1, eq + strlen(eq), max_val, &v))
			ret = -1;
	}
	free(copy);
	return *regs ? ret : -1;
}

/* Call @poke(@dev, reg, val) for each REG=VAL of a checked list. */
static void pokes(const char *regs, void (*poke)(void *, unsigned long,
						  unsigned long long),
		  void *dev)
{
	char *copy = strdup(regs), *p, *tok, *save;

	for (p = copy; (tok = strtok_r(p, ",", &save)); p = NULL)
		poke(dev, strtoul(tok, NULL, 0),
		     strtoull(strchr(tok, '=') + 1, NULL, 0));
	free(copy);
}

static struct device *new_device(const char *opt, const char *arg)
{
	if (ndevices == MAX_DEVICES) {
		cli_error("%s %s: at most %d devices (E2BIG)", opt, arg, MAX_DEVICES);
		return NULL;
	}
	memset(&devices[ndevices], 0, sizeof(devices[0]));
	return &devices[ndevices];
}

static int parse_mmio(const char *arg)
{
	struct device *d = new_device("--mmio", arg);
	const char *size, *regs;

	if (!d)
		return -1;
	size = strchr(arg, ':');
	if (!size || parse_num(arg, size, ~0ULL, &d->phys))
		goto bad;
	regs = strchr(++size, ':');
	if (parse_num(size, regs ? regs : size + strlen(size), ~0ULL, &d->size) ||
	    !d->size)
		goto bad;
	if (regs && check_pokes(++regs, ~0ULL, ~0ULL))
		goto bad;
	d->regs = regs ? strdup(regs) : NULL;
	ndevices++;
	return 0;
bad:
	cli_error("--mmio %s: expected PHYS:SIZE[:OFFSET=VALUE,...] (EINVAL)", arg);
	return -1;
}

static int parse_i2c(const char *arg)
{
	struct device *d = new_device("--i2c", arg);
	const char *addr, *rest, *colon;
	unsigned long long v;

	if (!d)
		return -1;
	d->kind = I2C;
	addr = strchr(arg, ':');
	if (!addr || parse_num(arg, addr, 1023, &v))
		goto bad;
	d->bus = (int)v;
	rest = strchr(++addr, ':');
	/* 7-bit addresses that are not reserved (0x08..0x77). */
	if (parse_num(addr, rest ? rest : addr + strlen(addr), 0x77, &v) || v < 0x08) {
		cli_error("--i2c %s: the address must be 0x08..0x77 (EINVAL)", arg);
		return -1;
	}
	d->addr = (unsigned short)v;
	if (rest)
		rest++;
	colon = rest ? strchrnul(rest, ':') : NULL;
	if (rest && !memchr(rest, '=', colon - rest)) {
		/* TYPE, as in i2c_device_id and /sys/bus/i2c/devices/N-00AA/name. */
		d->type = strndup(rest, colon - rest);
		if (!*d->type || strlen(d->type) >= 20)
			goto bad;
		rest = *colon ? colon + 1 : NULL;
	}
	if (rest && check_pokes(rest, I2C_NREGS - 1, 0xff))
		goto bad;
	d->regs = rest ? strdup(rest) : NULL;
	ndevices++;
	return 0;
bad:
	cli_error("--i2c %s: expected BUS:ADDR[:TYPE][:REG=VALUE,...] (EINVAL)", arg);
	return -1;
}

/* One KEY=VAL of --platform; 0, or -1 when it is not right. */
static int platform_key(struct device *d, char *key)
{
	char *val = strchr(key, '='), *plus;
	unsigned long long a, b;

	if (!val || val == key)
		return -1;
	*val++ = '\0';
	if (!strcmp(key, "compatible")) {
		free(d->compatible);
		d->compatible = strdup(val);
		return *val ? 0 : -1;
	}
	if (!strcmp(key, "mem") || !strcmp(key, "irq")) {
		plus = strchr(val, '+');
		if (d->nres == MAX_RES || (*key == 'm') != !!plus ||
		    parse_num(val, plus ? plus : val + strlen(val), ~0ULL, &a) ||
		    (plus && (parse_num(plus + 1, plus + strlen(plus), ~0ULL, &b) || !b)))
			return -1;
		d->res[d->nres].type = *key == 'm' ? KSHIM_RES_MEM : KSHIM_RES_IRQ;
		d->res[d->nres].start = a;
		d->res[d->nres++].size = plus ? b : 1;
		return 0;
	}
	if (d->nprops == MAX_PROPS || parse_num(val, val + strlen(val), 0xffffffffULL, &a))
		return -1;
	d->prop[d->nprops] = strdup(key);
	d->val[d->nprops++] = (unsigned int)a;
	return 0;
}

static int parse_platform(const char *arg)
{
	struct device *d = new_device("--platform", arg);
	char *copy, *p, *tok, *save;
	const char *colon = strchrnul(arg, ':');
	int ret = 0;

	if (!d)
		return -1;
	d->kind = PLATFORM;
	d->name = strndup(arg, colon - arg);
	if (!*d->name || strchr(d->name, '=') || (*colon && !colon[1]))
		ret = -1;
	copy = strdup(*colon ? colon + 1 : "");
	for (p = copy; !ret && (tok = strtok_r(p, ":", &save)); p = NULL)
		ret = platform_key(d, tok);
	free(copy);
	/* Properties are a device tree's: "compatible" is the name's unless given. */
	if (!ret && d->nprops && !d->compatible)
		d->compatible = strdup(d->name);
	if (ret) {
		cli_error("--platform %s: expected NAME[:mem=PHYS+SIZE][:irq=N][:compatible=STR][:PROP=N...] (EINVAL)",
			  arg);
		return -1;
	}
	ndevices++;
	return 0;
}

int cli_device_option(const char *opt, const char *arg)
{
	unsigned long long v;

	if (!strcmp(opt, "--mmio"))
		return parse_mmio(arg) ? -1 : 1;
	if (!strcmp(opt, "--i2c"))
		return parse_i2c(arg) ? -1 : 1;
	if (!strcmp(opt, "--platform"))
		return parse_platform(arg) ? -1 : 1;
	if (strcmp(opt, "--unclaimed"))
		return 0;
	if (parse_num(arg, arg + strlen(arg), ~0ULL, &v)) {
		cli_error("--unclaimed %s: not a number (EINVAL)", arg);
		return -1;
	}
	unclaimed = v;
	unclaimed_set = 1;
	return 1;
}

static void mmio_poke(void *regs, unsigned long off, unsigned long long val)
{
	kshim_mmio_poke(regs, off, 4, val);
}

static void i2c_poke(void *dev, unsigned long reg, unsigned long long val)
{
	struct device *d = dev;

	kshim_i2c_poke(d->bus, d->addr, (unsigned int)reg, (unsigned char)val);
}

static void attach_i2c(struct device *d)
{
	int err = kshim_i2c_adapter_add(d->bus);

	if (err && err != -EBUSY)
		return;
	if (kshim_i2c_chip_add(d->bus, d->addr, I2C_NREGS)) {
		cli_error("--i2c %d:0x%02x: a chip is there already (EBUSY)", d->bus, d->addr);
		return;
	}
	if (d->regs)
		pokes(d->regs, i2c_poke, d);
	if (d->type && !kshim_i2c_device_add(d->bus, d->type, d->addr, NULL))
		cli_error("--i2c %d:0x%02x:%s: no client device (EBUSY)", d->bus, d->addr,
			  d->type);
}

static void attach_platform(struct device *d)
{
	struct kshim_dt_node *np = NULL;
	size_t i;

	if (d->compatible) {
		np = kshim_dt_node(d->compatible);
		for (i = 0; i < d->nprops; i++)
			kshim_dt_set_u32(np, d->prop[i], d->val[i]);
	}
	if (!kshim_platform_device_add(d->name, -1, d->res, d->nres, np))
		cli_error("--platform %s: the name is taken (EBUSY)", d->name);
}

void cli_attach_devices(void *unused)
{
	unsigned int i;

	if (unclaimed_set)
		kshim_mmio_unclaimed_value(unclaimed);
	for (i = 0; i < ndevices; i++) {
		struct device *d = &devices[i];
		struct kshim_regs *r;

		if (d->kind == I2C) {
			attach_i2c(d);
			continue;
		}
		if (d->kind == PLATFORM) {
			attach_platform(d);
			continue;
		}
		r = kshim_mmio_attach(d->phys, d->size);
		if (r && d->regs)
			pokes(d->regs, mmio_poke, r);
	}
}
