/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * kshim: I2C buses and the simulated chips on them, as a test sees them.
 * Plain C types only.
 *
 * A test adds adapter "i2c-N", puts chips at addresses on it (a register
 * map, or a callback that sees the raw messages), and instantiates client
 * devices as board code or a device tree would: a loaded driver that
 * matches probes the client at once. A transfer to an address where no
 * chip sits is not acknowledged: -ENXIO, as a real adapter reports it.
 */
#ifndef _KSHIM_I2C_H
#define _KSHIM_I2C_H

#ifdef __KERNEL__
#include <linux/types.h>	/* size_t: -nostdinc has no <stddef.h> */
#else
#include <stddef.h>
#endif

struct kshim_dt_node;

/*
 * Add I2C adapter "i2c-@nr" (a simulated controller: plain I2C, 10-bit
 * addresses and every SMBus transfer but PEC, emulated with I2C messages).
 * 0, or -EBUSY when bus @nr exists, -EINVAL for a negative @nr.
 */
int kshim_i2c_adapter_add(int nr);
/* Remove it with its clients (their drivers unbind); -ENODEV if none. */
int kshim_i2c_adapter_remove(int nr);
/* Its functionality mask (I2C_FUNC_*): what i2c_check_functionality() sees. */
int kshim_i2c_adapter_set_func(int nr, unsigned int func);
/* Its class (I2C_CLASS_HWMON...): drivers with detect() scan matching ones. */
int kshim_i2c_adapter_set_class(int nr, unsigned int cls);

/* One message of a transfer, as struct i2c_msg holds it. */
struct kshim_i2c_msg {
	unsigned short addr;
	unsigned short flags;	/* I2C_M_RD 0x0001, I2C_M_TEN 0x0010, I2C_M_RECV_LEN 0x0400 */
	unsigned short len;
	unsigned char *buf;
};

/*
 * A chip's raw transfer: the @num messages addressed to it, in one
 * transaction (repeated starts between them). Fill the read messages'
 * buffers; return 0, or a negative errno the adapter reports (-ENXIO: NAK,
 * -EIO, -ETIMEDOUT...). For an I2C_M_RECV_LEN read (an SMBus block read),
 * buf has room for 33 bytes: put the count in buf[0], the data after it,
 * and set len to count + 1.
 */
typedef int (*kshim_i2c_xfer_fn)(void *priv, struct kshim_i2c_msg *msgs,
				 int num);

/*
 * A chip of @nregs (1..256) 8-bit registers, zeroed, at @addr on bus @nr.
 * A write's first byte sets the register pointer, the next bytes are
 * written from there on; a read returns bytes from the pointer on. The
 * pointer auto-increments (wrapping at @nregs). So an SMBus word is the
 * register and the next, low byte first; an SMBus block write stores the
 * count at the command register and the data after it, and a block read
 * returns them. 0, -ENODEV (no bus), -EBUSY (address taken), -EINVAL.
 */
int kshim_i2c_chip_add(int nr, unsigned short addr, size_t nregs);
/* A chip answering through @xfer. Same errors. */
int kshim_i2c_chip_add_xfer(int nr, unsigned short addr, kshim_i2c_xfer_fn xfer,
			    void *priv);
/* Unplug it: the address NAKs from now on. -ENODEV if no chip is there. */
int kshim_i2c_chip_remove(int nr, unsigned short addr);
/* A register-map chip's registers, as the chip sees them. */
void kshim_i2c_poke(int nr, unsigned short addr, unsigned int reg,
		    unsigned char val);
unsigned char kshim_i2c_peek(int nr, unsigned short addr, unsigned int reg);
/* The register pointer of a register-map chip. */
unsigned int kshim_i2c_pointer(int nr, unsigned short addr);
/* Transactions that reached the chip at @addr (acknowledged or not: all). */
unsigned long kshim_i2c_xfers(int nr, unsigned short addr);

/*
 * Instantiate client @type at @addr on bus @nr, as board info or a device
 * tree node (@np, NULL for none) would: named "N-00AA" (bus, then the
 * address in 4 hex digits; 10-bit addresses are not offered here). A
 * matching driver probes it at once. Returns the device's name, valid
 * until it is removed, or NULL (no such bus, address invalid or busy).
 */
const char *kshim_i2c_device_add(int nr, const char *type, unsigned short addr,
				 struct kshim_dt_node *np);
/* The same with an interrupt line (@irq, 0 for none). */
const char *kshim_i2c_device_add_irq(int nr, const char *type,
				     unsigned short addr,
				     struct kshim_dt_node *np, int irq);
/* i2c_unregister_device(): unbinds and removes it; -ENODEV if no such client. */
int kshim_i2c_device_remove(const char *dev);

/* ---- Between kshim's halves (kernel/i2c.c and host/i2c.c) ---- */

/* Host: the chips. @nr's transfer of @num messages; 0 or -errno. */
int kshim_i2c_chips_xfer(int nr, struct kshim_i2c_msg *msgs, int num);
/* Host: does a chip answer at @addr on bus @nr? */
int kshim_i2c_chip_present(int nr, unsigned short addr);
/* Kernel side of the harness calls (run guarded by host/i2c.c). */
int __kshim_i2c_adapter_add(int nr);
int __kshim_i2c_adapter_remove(int nr);
int __kshim_i2c_adapter_config(int nr, int what, unsigned int val);
const char *__kshim_i2c_device_add(int nr, const char *type,
				   unsigned short addr,
				   struct kshim_dt_node *np, int irq);
int __kshim_i2c_device_remove(const char *dev);
/* The @n-th driver (@adapter 0) or adapter (1) @module left registered. */
const char *__kshim_i2c_leftover(const char *module, int adapter, int n);
/* Unregister what @module left registered. */
int __kshim_i2c_forget(const char *module);
/* The module of the driver bound to client @dev, for crash reports. */
const char *__kshim_i2c_module(const char *dev);
void __kshim_i2c_reset(void);
/* kernel/hwmon.c forgets its devices. */
void __kshim_hwmon_reset(void);

#endif /* _KSHIM_I2C_H */
