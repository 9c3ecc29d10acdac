// SPDX-License-Identifier: GPL-2.0-only
/*
 * The simulated I2C chips, and the harness calls that add buses and
 * clients (run guarded: a client added may be probed at once). The buses
 * themselves are kernel/i2c.c's; their transfers come here.
 */
#include <errno.h>
#include <string.h>

#include <kshim/devapi.h>
#include "internal.h"

#define M_RD		0x0001
#define M_TEN		0x0010
#define M_RECV_LEN	0x0400
#define BLOCK_MAX	32

struct chip {
	int nr;
	unsigned short addr;
	unsigned char regs[256];
	unsigned int nregs;		/* 0: a callback chip */
	unsigned int ptr;
	kshim_i2c_xfer_fn xfer;
	void *priv;
	unsigned long xfers;
	struct chip *next;
};

static struct chip *chips;

static struct chip *chip_at(int nr, unsigned short addr)
{
	struct chip *c;

	for (c = chips; c; c = c->next)
		if (c->nr == nr && c->addr == addr)
			return c;
	return NULL;
}

int kshim_i2c_chip_present(int nr, unsigned short addr)
{
	return chip_at(nr, addr) != NULL;
}

/* A register-map chip takes one message. */
static int regmap_msg(struct chip *c, struct kshim_i2c_msg *m)
{
	unsigned int i, count;

	if (!(m->flags & M_RD)) {
		if (m->len == 0)
			return 0;	/* a quick write: only the address */
		c->ptr = m->buf[0] % c->nregs;
		for (i = 1; i < m->len; i++) {
			c->regs[c->ptr] = m->buf[i];
			c->ptr = (c->ptr + 1) % c->nregs;
		}
		return 0;
	}
	if (m->flags & M_RECV_LEN) {
		/* SMBus block read: the count first, as the chip sends it. */
		count = c->regs[c->ptr];
		if (count == 0 || count > BLOCK_MAX)
			return -EPROTO;
		m->len = count + 1;
	}
	for (i = 0; i < m->len; i++) {
		m->buf[i] = c->regs[c->ptr];
		c->ptr = (c->ptr + 1) % c->nregs;
	}
	return 0;
}

/*
 * One transaction: each message goes to the chip at its address; a run
 * of messages to one callback chip is handed over whole. No chip: NAK.
 */
int kshim_i2c_chips_xfer(int nr, struct kshim_i2c_msg *msgs, int num)
{
	struct chip *last = NULL;
	int i = 0, j, ret;

	while (i < num) {
		struct chip *c = chip_at(nr, msgs[i].addr);

		if (!c)
			return -ENXIO;
		if (c != last)
			c->xfers++;	/* once per transaction */
		last = c;
		if (c->nregs) {
			ret = regmap_msg(c, &msgs[i]);
			if (ret)
				return ret;
			i++;
			continue;
		}
		for (j = i; j < num && msgs[j].addr == msgs[i].addr; j++)
			;
		ret = c->xfer(c->priv, &msgs[i], j - i);
		if (ret)
			return ret > 0 ? -EIO : ret;
		for (; i < j; i++)
			if ((msgs[i].flags & M_RECV_LEN) &&
			    (msgs[i].buf[0] == 0 || msgs[i].buf[0] > BLOCK_MAX ||
			     msgs[i].len != msgs[i].buf[0] + 1))
				return -EPROTO;
	}
	return 0;
}

static int chip_add(int nr, unsigned short addr, size_t nregs,
		    kshim_i2c_xfer_fn xfer, void *priv)
{
	struct chip *c;

	if (nr < 0 || addr > 0x3ff)
		return -EINVAL;
	if (chip_at(nr, addr))
		return -EBUSY;
	c = kshim_host_zalloc(sizeof(*c));
	c->nr = nr;
	c->addr = addr;
	c->nregs = nregs;
	c->xfer = xfer;
	c->priv = priv;
	c->next = chips;
	chips = c;
	return 0;
}

int kshim_i2c_chip_add(int nr, unsigned short addr, size_t nregs)
{
	if (nregs < 1 || nregs > 256)
		return -EINVAL;
	return chip_add(nr, addr, nregs, NULL, NULL);
}

int kshim_i2c_chip_add_xfer(int nr, unsigned short addr, kshim_i2c_xfer_fn xfer,
			    void *priv)
{
	if (!xfer)
		return -EINVAL;
	return chip_add(nr, addr, 0, xfer, priv);
}

int kshim_i2c_chip_remove(int nr, unsigned short addr)
{
	struct chip **pp, *c;

	for (pp = &chips; (c = *pp); pp = &c->next) {
		if (c->nr == nr && c->addr == addr) {
			*pp = c->next;
			kshim_host_free(c);
			return 0;
		}
	}
	return -ENODEV;
}

void kshim_i2c_poke(int nr, unsigned short addr, unsigned int reg,
		    unsigned char val)
{
	struct chip *c = chip_at(nr, addr);

	if (c && c->nregs && reg < c->nregs)
		c->regs[reg] = val;
}

unsigned char kshim_i2c_peek(int nr, unsigned short addr, unsigned int reg)
{
	struct chip *c = chip_at(nr, addr);

	return c && c->nregs && reg < c->nregs ? c->regs[reg] : 0;
}

unsigned int kshim_i2c_pointer(int nr, unsigned short addr)
{
	struct chip *c = chip_at(nr, addr);

	return c ? c->ptr : 0;
}

unsigned long kshim_i2c_xfers(int nr, unsigned short addr)
{
	struct chip *c = chip_at(nr, addr);

	return c ? c->xfers : 0;
}

/* ---- Harness calls that run driver code ---- */

struct call {
	int nr, irq, what;
	unsigned int val;
	const char *type, *dev, *name;
	unsigned short addr;
	struct kshim_dt_node *np;
};

static int run(const char *module, int (*fn)(void *), struct call *c)
{
	int ret;

	if (kshim_call_guarded(module ? module : "kernel", fn, c, &ret))
		return KSHIM_CRASH;
	return ret;
}

static int do_adapter_add(void *arg)
{
	return __kshim_i2c_adapter_add(((struct call *)arg)->nr);
}

static int do_adapter_remove(void *arg)
{
	return __kshim_i2c_adapter_remove(((struct call *)arg)->nr);
}

static int do_config(void *arg)
{
	struct call *c = arg;

	return __kshim_i2c_adapter_config(c->nr, c->what, c->val);
}

static int do_device_add(void *arg)
{
	struct call *c = arg;

	c->name = __kshim_i2c_device_add(c->nr, c->type, c->addr, c->np, c->irq);
	return 0;
}

static int do_device_remove(void *arg)
{
	return __kshim_i2c_device_remove(((struct call *)arg)->dev);
}

int kshim_i2c_adapter_add(int nr)
{
	struct call c = { .nr = nr };

	return run(NULL, do_adapter_add, &c);
}

int kshim_i2c_adapter_remove(int nr)
{
	struct call c = { .nr = nr };

	return run(NULL, do_adapter_remove, &c);
}

int kshim_i2c_adapter_set_func(int nr, unsigned int func)
{
	struct call c = { .nr = nr, .what = 0, .val = func };

	return run(NULL, do_config, &c);
}

int kshim_i2c_adapter_set_class(int nr, unsigned int cls)
{
	struct call c = { .nr = nr, .what = 1, .val = cls };

	return run(NULL, do_config, &c);
}

const char *kshim_i2c_device_add_irq(int nr, const char *type,
				     unsigned short addr,
				     struct kshim_dt_node *np, int irq)
{
	struct call c = { .nr = nr, .type = type, .addr = addr, .np = np,
			  .irq = irq };

	if (run(NULL, do_device_add, &c) == KSHIM_CRASH)
		return NULL;
	return c.name;
}

const char *kshim_i2c_device_add(int nr, const char *type, unsigned short addr,
				 struct kshim_dt_node *np)
{
	return kshim_i2c_device_add_irq(nr, type, addr, np, 0);
}

int kshim_i2c_device_remove(const char *dev)
{
	struct call c = { .dev = dev };

	return run(dev ? __kshim_i2c_module(dev) : NULL, do_device_remove, &c);
}

/* ---- Unload and reset ---- */

static int do_forget(void *arg)
{
	return __kshim_i2c_forget(((struct call *)arg)->dev);
}

/*
 * The kernel frees a module's memory after its exit: an i2c driver or
 * adapter it left registered would point into freed memory. Reported,
 * then unregistered so that the simulated kernel stays sane.
 */
void kshim_i2c_unload(const char *module, const char *when)
{
	const char *name;
	int n, kind, left = 0;

	for (kind = 0; kind < 2; kind++) {
		for (n = 0; (name = __kshim_i2c_leftover(module, kind, n)); n++) {
			kshim_defect(KSHIM_DEFECT_MISUSE,
				     "%s %s of module %s still registered after its %s",
				     kind ? "i2c adapter" : "i2c driver", name,
				     module, when);
			left++;
		}
	}
	if (left) {
		struct call c = { .dev = module };

		run(module, do_forget, &c);
	}
}

void kshim_i2c_reset(void)
{
	struct chip *c;

	__kshim_i2c_reset();
	while ((c = chips)) {
		chips = c->next;
		kshim_host_free(c);
	}
}
