// SPDX-License-Identifier: GPL-2.0-only
/*
 * The host side of kshim's class drivers: the harness calls that run a
 * driver's code (a sysfs show() or store(), an hwrng's read(), an input
 * device's event(), an LED's brightness_set()), each guarded as the code
 * of the module that registered it, so that a BUG() or a fault there is
 * reported as that module's and the call returns KSHIM_CRASH.
 */
#include <kshim/kshim.h>
#include <kshim/classapi.h>
#include "internal.h"

struct call {
	const char *path;
	char *buf;
	void *data;
	size_t len;
	const char *val;
	unsigned int type, code;
	int value;
};

static int guarded(const char *module, int (*fn)(void *), struct call *c)
{
	int ret;

	if (kshim_call_guarded(module ? module : "kernel", fn, c, &ret))
		return KSHIM_CRASH;
	return ret;
}

static int do_sysfs_read(void *arg)
{
	struct call *c = arg;

	return __kshim_sysfs_read(c->path, c->buf, c->len);
}

static int do_sysfs_write(void *arg)
{
	struct call *c = arg;

	return __kshim_sysfs_write(c->path, c->val);
}

int kshim_sysfs_read(const char *path, char *buf, size_t len)
{
	struct call c = { .path = path, .buf = buf, .len = len };

	return guarded(__kshim_sysfs_module(path), do_sysfs_read, &c);
}

int kshim_sysfs_write(const char *path, const char *val)
{
	struct call c = { .path = path, .val = val };

	return guarded(__kshim_sysfs_module(path), do_sysfs_write, &c);
}

static int do_hwrng_read(void *arg)
{
	struct call *c = arg;

	return __kshim_hwrng_read(c->data, c->len, c->value);
}

int kshim_hwrng_read(void *buf, size_t len)
{
	struct call c = { .data = buf, .len = len, .value = 1 };

	return guarded(__kshim_hwrng_module(), do_hwrng_read, &c);
}

int kshim_hwrng_read_nonblock(void *buf, size_t len)
{
	struct call c = { .data = buf, .len = len, .value = 0 };

	return guarded(__kshim_hwrng_module(), do_hwrng_read, &c);
}

static int do_input_event(void *arg)
{
	struct call *c = arg;

	return __kshim_input_event(c->path, c->type, c->code, c->value);
}

static int do_input_open(void *arg)
{
	struct call *c = arg;

	return __kshim_input_open(c->path, c->value);
}

int kshim_input_event(const char *name, unsigned int type, unsigned int code,
		      int value)
{
	struct call c = { .path = name, .type = type, .code = code,
			  .value = value };

	return guarded(__kshim_input_module(name), do_input_event, &c);
}

int kshim_input_open(const char *name)
{
	struct call c = { .path = name, .value = 1 };

	return guarded(__kshim_input_module(name), do_input_open, &c);
}

int kshim_input_close(const char *name)
{
	struct call c = { .path = name, .value = 0 };

	return guarded(__kshim_input_module(name), do_input_open, &c);
}

void kshim_class_reset(void)
{
	kshim_kobject_reset();
	kshim_hwrng_reset();
	kshim_input_reset();
	kshim_gpio_reset();
	kshim_led_reset();
}
