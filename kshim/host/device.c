// SPDX-License-Identifier: GPL-2.0-only
/*
 * The host side of the device core: memory for what a test builds (its
 * devices and device-tree nodes are the machine's, never a driver's leak),
 * and the harness calls that run driver code (probe, remove, show, store)
 * guarded, so that a BUG() or a fault there is reported as a module's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <kshim/devapi.h>
#include "internal.h"

void *kshim_host_zalloc(size_t size)
{
	void *p = calloc(1, size ? size : 1);

	if (!p) {
		fprintf(stderr, "kshim: the host is out of memory\n");
		abort();
	}
	return p;
}

void kshim_host_free(void *p)
{
	free(p);
}

char *kshim_host_memdup(const void *src, size_t len)
{
	char *p = kshim_host_zalloc(len + 1);

	memcpy(p, src, len);
	return p;
}

char *kshim_host_strdup(const char *s)
{
	return kshim_host_memdup(s, strlen(s));
}

struct call {
	const char *dev, *driver, *attr, *val;
	char *buf;
	size_t len;
	const struct kshim_res *res;
	size_t nres;
	struct kshim_dt_node *np;
	int id;
	const char *name;
};

static int do_bind(void *arg)
{
	struct call *c = arg;

	return __kshim_device_bind(c->dev, c->driver);
}

static int do_unbind(void *arg)
{
	return __kshim_device_unbind(((struct call *)arg)->dev);
}

static int do_read(void *arg)
{
	struct call *c = arg;

	return __kshim_attr_read(c->dev, c->attr, c->buf, c->len);
}

static int do_write(void *arg)
{
	struct call *c = arg;

	return __kshim_attr_write(c->dev, c->attr, c->val);
}

static int do_add(void *arg)
{
	struct call *c = arg;

	c->name = __kshim_platform_device_add(c->dev, c->id, c->res, c->nres,
					      c->np);
	return 0;
}

static int do_remove(void *arg)
{
	return __kshim_platform_device_remove(((struct call *)arg)->dev);
}

/* Run @fn as the code of @dev's driver (or @driver's module). */
static int guarded(const char *dev, const char *driver, int (*fn)(void *),
		   struct call *c)
{
	const char *module = dev ? __kshim_device_module(dev, driver) : NULL;
	int ret;

	if (kshim_call_guarded(module ? module : "kernel", fn, c, &ret))
		return KSHIM_CRASH;
	return ret;
}

int kshim_device_bind(const char *dev, const char *driver)
{
	struct call c = { .dev = dev, .driver = driver };

	return guarded(dev, driver, do_bind, &c);
}

int kshim_device_unbind(const char *dev)
{
	struct call c = { .dev = dev };

	return guarded(dev, NULL, do_unbind, &c);
}

int kshim_attr_read(const char *dev, const char *attr, char *buf, size_t len)
{
	struct call c = { .dev = dev, .attr = attr, .buf = buf, .len = len };

	return guarded(dev, NULL, do_read, &c);
}

int kshim_attr_write(const char *dev, const char *attr, const char *val)
{
	struct call c = { .dev = dev, .attr = attr, .val = val };

	return guarded(dev, NULL, do_write, &c);
}

const char *kshim_platform_device_add(const char *name, int id,
				      const struct kshim_res *res, size_t nres,
				      struct kshim_dt_node *np)
{
	struct call c = { .dev = name, .id = id, .res = res, .nres = nres,
			  .np = np };

	if (guarded(NULL, NULL, do_add, &c) == KSHIM_CRASH)
		return NULL;
	return c.name;
}

int kshim_platform_device_remove(const char *dev)
{
	struct call c = { .dev = dev };

	return guarded(dev, NULL, do_remove, &c);
}
