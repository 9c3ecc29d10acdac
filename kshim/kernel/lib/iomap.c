// SPDX-License-Identifier: GPL-2.0-only
/*
 * The iomap accessors (lib/iomap.c, GENERIC_IOMAP): ioread32(), iowrite32()
 * and the rest on an ioremap()ed cookie, over host/io.c's register blocks as
 * readl() is (lib/logic_iomem.c), each at the driver's line. Big-endian
 * forms swap as the kernel does on a little-endian machine. (UML has
 * NO_IOPORT_MAP: a driver cannot call ioport_map() here.)
 */
#include <linux/io.h>
#include <linux/types.h>
#include <kshim/kapi.h>

#define CALLER	kshim_site_at(__builtin_return_address(0))

#define IOREAD(name, type, swap)					\
unsigned int name(const void __iomem *addr)				\
{									\
	return swap((type)kshim_io_read(addr, sizeof(type), CALLER));	\
}									\
EXPORT_SYMBOL(name)

#define IOWRITE(name, type, swap)					\
void name(type val, void __iomem *addr)					\
{									\
	kshim_io_write(addr, swap(val), sizeof(type), CALLER);		\
}									\
EXPORT_SYMBOL(name)

#define same(x)	(x)

IOREAD(ioread8, u8, same);
IOREAD(ioread16, u16, same);
IOREAD(ioread16be, u16, __builtin_bswap16);
IOREAD(ioread32, u32, same);
IOREAD(ioread32be, u32, __builtin_bswap32);
IOWRITE(iowrite8, u8, same);
IOWRITE(iowrite16, u16, same);
IOWRITE(iowrite16be, u16, __builtin_bswap16);
IOWRITE(iowrite32, u32, same);
IOWRITE(iowrite32be, u32, __builtin_bswap32);

u64 ioread64(const void __iomem *addr)
{
	return kshim_io_read(addr, 8, CALLER);
}
EXPORT_SYMBOL(ioread64);

u64 ioread64be(const void __iomem *addr)
{
	return __builtin_bswap64(kshim_io_read(addr, 8, CALLER));
}
EXPORT_SYMBOL(ioread64be);

void iowrite64(u64 val, void __iomem *addr)
{
	kshim_io_write(addr, val, 8, CALLER);
}
EXPORT_SYMBOL(iowrite64);

void iowrite64be(u64 val, void __iomem *addr)
{
	kshim_io_write(addr, __builtin_bswap64(val), 8, CALLER);
}
EXPORT_SYMBOL(iowrite64be);

/* The _rep forms: @count accesses of one register (a FIFO's), into or from @buf. */
#define IOREAD_REP(name, width)						\
void name(const void __iomem *addr, void *buf, unsigned long count)	\
{									\
	kshim_io_read_rep(addr, buf, count, width, CALLER);		\
}									\
EXPORT_SYMBOL(name)

#define IOWRITE_REP(name, width)					\
void name(void __iomem *addr, const void *buf, unsigned long count)	\
{									\
	kshim_io_write_rep(addr, buf, count, width, CALLER);		\
}									\
EXPORT_SYMBOL(name)

IOREAD_REP(ioread8_rep, 1);
IOREAD_REP(ioread16_rep, 2);
IOREAD_REP(ioread32_rep, 4);
IOWRITE_REP(iowrite8_rep, 1);
IOWRITE_REP(iowrite16_rep, 2);
IOWRITE_REP(iowrite32_rep, 4);
