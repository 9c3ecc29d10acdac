// SPDX-License-Identifier: GPL-2.0-only
/*
 * MMIO for modules built against the kernel's own headers. kshim's tree has
 * INDIRECT_IOMEM (asm-generic/logic_io.h), as UML with PCI does: ioremap(),
 * readl() and the rest are out-of-line calls, which lib/logic_iomem.c
 * implements in the kernel and this file in kshim, on the simulated
 * register blocks of host/io.c. Each access is the driver's, at its return
 * address.
 */
#include <linux/io.h>
#include <linux/types.h>
#include <kshim/kapi.h>

#define CALLER	kshim_site_at(__builtin_return_address(0))

void __iomem *ioremap(phys_addr_t offset, size_t size)
{
	return (void __iomem *)kshim_ioremap(offset, size, CALLER);
}
EXPORT_SYMBOL(ioremap);

void iounmap(void volatile __iomem *addr)
{
	kshim_iounmap(addr, CALLER);
}
EXPORT_SYMBOL(iounmap);

/*
 * inb() and outb() are __raw_readb() and __raw_writeb() at PCI_IOBASE (0 on
 * UML) plus the port: an address up to IO_SPACE_LIMIT is a port. kshim's
 * machine has no device in port space, as a PC without the chip a driver
 * probes for (a Super I/O at 0x2e): a read gives all ones, a write goes
 * nowhere.
 */
static bool is_port(const volatile void __iomem *addr)
{
	return (unsigned long)addr <= IO_SPACE_LIMIT;
}

/* __raw_readX() and __raw_writeX() of @width bytes. */
#define RAW_IO(suffix, type)						\
type __raw_read##suffix(const volatile void __iomem *addr)		\
{									\
	if (is_port(addr))						\
		return (type)~0ULL;					\
	return (type)kshim_io_read(addr, sizeof(type), CALLER);		\
}									\
EXPORT_SYMBOL(__raw_read##suffix);					\
									\
void __raw_write##suffix(type value, volatile void __iomem *addr)	\
{									\
	if (!is_port(addr))						\
		kshim_io_write(addr, value, sizeof(type), CALLER);	\
}									\
EXPORT_SYMBOL(__raw_write##suffix)

RAW_IO(b, u8);
RAW_IO(w, u16);
RAW_IO(l, u32);
RAW_IO(q, u64);

void memset_io(volatile void __iomem *addr, int value, size_t size)
{
	kshim_io_set(addr, value, size, CALLER);
}
EXPORT_SYMBOL(memset_io);

void memcpy_fromio(void *buffer, const volatile void __iomem *addr,
		   size_t size)
{
	kshim_io_copy_from(buffer, addr, size, 0, CALLER);
}
EXPORT_SYMBOL(memcpy_fromio);

void memcpy_toio(volatile void __iomem *addr, const void *buffer, size_t size)
{
	kshim_io_copy_to(addr, buffer, size, 0, CALLER);
}
EXPORT_SYMBOL(memcpy_toio);
