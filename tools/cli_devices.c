// SPDX-License-Identifier: GPL-2.0-only
/*
 * The simulated hardware a command puts in each fresh kernel:
 *   --mmio PHYS:SIZE[:OFF=VAL,...]      a register block (32-bit registers)
 *   --unclaimed VALUE                   what reads return where nothing is
 *   --i2c BUS:ADDR[:TYPE][:REG=VAL,...] a chip of 256 8-bit registers on
 *                                       adapter i2c-BUS, and with TYPE a
 *                                       client device for a driver to probe
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
#define I2C_NREGS	256

struct device {
	int i2c;			/* an I2C chip, not a register block */
	unsigned long long phys, size;	/* MMIO */
	int bus;			/* I2C */
	unsigned short addr;
	char *type;			/* its client's, or NULL */
	char *regs;			/* "REG=VAL,..." or NULL */
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
	d->i2c = 1;
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

int cli_device_option(const char *opt, const char *arg)
{
	unsigned long long v;

	if (!strcmp(opt, "--mmio"))
		return parse_mmio(arg) ? -1 : 1;
	if (!strcmp(opt, "--i2c"))
		return parse_i2c(arg) ? -1 : 1;
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

void cli_attach_devices(void *unused)
{
	unsigned int i;

	if (unclaimed_set)
		kshim_mmio_unclaimed_value(unclaimed);
	for (i = 0; i < ndevices; i++) {
		struct device *d = &devices[i];
		struct kshim_regs *r;

		if (d->i2c) {
			attach_i2c(d);
			continue;
		}
		r = kshim_mmio_attach(d->phys, d->size);
		if (r && d->regs)
			pokes(d->regs, mmio_poke, r);
	}
}
