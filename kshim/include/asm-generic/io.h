/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The iomap accessors (ioread32(), iowrite32()...) of asm-generic/iomap.h.
 * kshim has no port I/O, so an iomap cookie is always an MMIO mapping and
 * these are readl() and friends under other names; the _be forms swap bytes.
 */
#ifndef __ASM_GENERIC_IO_H
#define __ASM_GENERIC_IO_H

#define ioread8(addr)		readb(addr)
#define ioread16(addr)		readw(addr)
#define ioread32(addr)		readl(addr)
#define ioread64(addr)		readq(addr)
#define iowrite8(v, addr)	writeb(v, addr)
#define iowrite16(v, addr)	writew(v, addr)
#define iowrite32(v, addr)	writel(v, addr)
#define iowrite64(v, addr)	writeq(v, addr)

#define ioread16be(addr)	__builtin_bswap16(readw(addr))
#define ioread32be(addr)	__builtin_bswap32(readl(addr))
#define ioread64be(addr)	__builtin_bswap64(readq(addr))
#define iowrite16be(v, addr)	writew(__builtin_bswap16(v), addr)
#define iowrite32be(v, addr)	writel(__builtin_bswap32(v), addr)
#define iowrite64be(v, addr)	writeq(__builtin_bswap64(v), addr)

#define ioread8_rep(addr, buf, count) \
	kshim_io_read_rep((addr), (buf), (count), 1, KSHIM_SITE)
#define ioread16_rep(addr, buf, count) \
	kshim_io_read_rep((addr), (buf), (count), 2, KSHIM_SITE)
#define ioread32_rep(addr, buf, count) \
	kshim_io_read_rep((addr), (buf), (count), 4, KSHIM_SITE)
#define iowrite8_rep(addr, buf, count) \
	kshim_io_write_rep((addr), (buf), (count), 1, KSHIM_SITE)
#define iowrite16_rep(addr, buf, count) \
	kshim_io_write_rep((addr), (buf), (count), 2, KSHIM_SITE)
#define iowrite32_rep(addr, buf, count) \
	kshim_io_write_rep((addr), (buf), (count), 4, KSHIM_SITE)

#define readsb(addr, buf, count)	ioread8_rep(addr, buf, count)
#define readsw(addr, buf, count)	ioread16_rep(addr, buf, count)
#define readsl(addr, buf, count)	ioread32_rep(addr, buf, count)
#define writesb(addr, buf, count)	iowrite8_rep(addr, buf, count)
#define writesw(addr, buf, count)	iowrite16_rep(addr, buf, count)
#define writesl(addr, buf, count)	iowrite32_rep(addr, buf, count)

/* No port I/O space: ioport_map() maps nothing; pci_iounmap is iounmap. */
#define ioport_map(port, nr)	((void)(port), (void)(nr), (void __iomem *)NULL)
#define ioport_unmap(addr)	do { (void)(addr); } while (0)

#endif /* __ASM_GENERIC_IO_H */
