/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * x86_64's MMIO, simulated: ioremap() maps a physical range and returns a
 * cookie, and every access goes through kshim (host/io.c) to the register
 * block a test attached there, or to the bus's "no device" answer.
 *
 * Accessors are macros that pass the driver's call site, for reports; each
 * also exists as a function of the kernel's name and type (with no site),
 * for a driver that takes its address. As on x86, accesses are
 * little-endian and the _relaxed and __raw_ forms behave like the others.
 */
#ifndef _ASM_X86_IO_H
#define _ASM_X86_IO_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <kshim/kapi.h>

/* The host side, host/io.c, is declared in <kshim/kapi.h>. */

#define __KSHIM_MMIO_READ(name, type, width)				\
static inline type __kshim_##name(const volatile void __iomem *addr,	\
				  const struct kshim_site *site)	\
{									\
	return (type)kshim_io_read(addr, width, site);			\
}									\
static inline type (name)(const volatile void __iomem *addr)		\
{									\
	return __kshim_##name(addr, NULL);				\
}

#define __KSHIM_MMIO_WRITE(name, type, width)				\
static inline void __kshim_##name(type val, volatile void __iomem *addr, \
				  const struct kshim_site *site)	\
{									\
	kshim_io_write(addr, val, width, site);				\
}									\
static inline void (name)(type val, volatile void __iomem *addr)	\
{									\
	__kshim_##name(val, addr, NULL);				\
}

__KSHIM_MMIO_READ(readb, u8, 1)
__KSHIM_MMIO_READ(readw, u16, 2)
__KSHIM_MMIO_READ(readl, u32, 4)
__KSHIM_MMIO_READ(readq, u64, 8)
__KSHIM_MMIO_WRITE(writeb, u8, 1)
__KSHIM_MMIO_WRITE(writew, u16, 2)
__KSHIM_MMIO_WRITE(writel, u32, 4)
__KSHIM_MMIO_WRITE(writeq, u64, 8)

#define readb(addr)		__kshim_readb((addr), KSHIM_SITE)
#define readw(addr)		__kshim_readw((addr), KSHIM_SITE)
#define readl(addr)		__kshim_readl((addr), KSHIM_SITE)
#define readq(addr)		__kshim_readq((addr), KSHIM_SITE)
#define writeb(val, addr)	__kshim_writeb((val), (addr), KSHIM_SITE)
#define writew(val, addr)	__kshim_writew((val), (addr), KSHIM_SITE)
#define writel(val, addr)	__kshim_writel((val), (addr), KSHIM_SITE)
#define writeq(val, addr)	__kshim_writeq((val), (addr), KSHIM_SITE)

/* No barriers to leave out: every access is complete when it returns. */
#define readb_relaxed(addr)	readb(addr)
#define readw_relaxed(addr)	readw(addr)
#define readl_relaxed(addr)	readl(addr)
#define readq_relaxed(addr)	readq(addr)
#define writeb_relaxed(v, addr)	writeb(v, addr)
#define writew_relaxed(v, addr)	writew(v, addr)
#define writel_relaxed(v, addr)	writel(v, addr)
#define writeq_relaxed(v, addr)	writeq(v, addr)

#define __raw_readb(addr)	readb(addr)
#define __raw_readw(addr)	readw(addr)
#define __raw_readl(addr)	readl(addr)
#define __raw_readq(addr)	readq(addr)
#define __raw_writeb(v, addr)	writeb(v, addr)
#define __raw_writew(v, addr)	writew(v, addr)
#define __raw_writel(v, addr)	writel(v, addr)
#define __raw_writeq(v, addr)	writeq(v, addr)

/* ---- Mappings ---- */

#define __KSHIM_IOREMAP(name)						\
static inline void __iomem *__kshim_##name(resource_size_t offset,	\
					   unsigned long size,		\
					   const struct kshim_site *site) \
{									\
	return (void __iomem *)kshim_ioremap(offset, size, site);	\
}									\
static inline void __iomem *(name)(resource_size_t offset,		\
				   unsigned long size)			\
{									\
	return __kshim_##name(offset, size, NULL);			\
}

/* The cache modes do not matter to a simulated device. */
__KSHIM_IOREMAP(ioremap)
__KSHIM_IOREMAP(ioremap_uc)
__KSHIM_IOREMAP(ioremap_wc)
__KSHIM_IOREMAP(ioremap_wt)
__KSHIM_IOREMAP(ioremap_cache)
__KSHIM_IOREMAP(ioremap_encrypted)

#define ioremap(offset, size)	__kshim_ioremap((offset), (size), KSHIM_SITE)
#define ioremap_uc(offset, size) __kshim_ioremap_uc((offset), (size), KSHIM_SITE)
#define ioremap_wc(offset, size) __kshim_ioremap_wc((offset), (size), KSHIM_SITE)
#define ioremap_wt(offset, size) __kshim_ioremap_wt((offset), (size), KSHIM_SITE)
#define ioremap_cache(offset, size) \
	__kshim_ioremap_cache((offset), (size), KSHIM_SITE)
#define ioremap_encrypted(offset, size) \
	__kshim_ioremap_encrypted((offset), (size), KSHIM_SITE)
#define ioremap_prot(offset, size, prot_val) \
	((void)(prot_val), __kshim_ioremap((offset), (size), KSHIM_SITE))

#define ARCH_HAS_IOREMAP_WC
#define ARCH_HAS_IOREMAP_WT

/* x86 has no non-posted mappings (asm-generic/iomap.h): always NULL. */
static inline void __iomem *ioremap_np(phys_addr_t offset, size_t size)
{
	return NULL;
}
#define ioremap_np ioremap_np

static inline void __kshim_iounmap(volatile void __iomem *addr,
				   const struct kshim_site *site)
{
	kshim_iounmap(addr, site);
}

static inline void (iounmap)(volatile void __iomem *addr)
{
	__kshim_iounmap(addr, NULL);
}
#define iounmap(addr)		__kshim_iounmap((addr), KSHIM_SITE)

/* ---- Blocks (arch/x86/lib/iomem.c) ---- */

static inline void __kshim_memcpy_fromio(void *to,
					 const volatile void __iomem *from,
					 size_t n, const struct kshim_site *site)
{
	kshim_io_copy_from(to, from, n, 0, site);
}

static inline void __kshim_memcpy_toio(volatile void __iomem *to,
				       const void *from, size_t n,
				       const struct kshim_site *site)
{
	kshim_io_copy_to(to, from, n, 0, site);
}

static inline void __kshim_memset_io(volatile void __iomem *addr, int val,
				     size_t n, const struct kshim_site *site)
{
	kshim_io_set(addr, val, n, site);
}

static inline void (memcpy_fromio)(void *to, const volatile void __iomem *from,
				   size_t n)
{
	__kshim_memcpy_fromio(to, from, n, NULL);
}

static inline void (memcpy_toio)(volatile void __iomem *to, const void *from,
				 size_t n)
{
	__kshim_memcpy_toio(to, from, n, NULL);
}

static inline void (memset_io)(volatile void __iomem *addr, int val, size_t n)
{
	__kshim_memset_io(addr, val, n, NULL);
}

#define memcpy_fromio(to, from, n) \
	__kshim_memcpy_fromio((to), (from), (n), KSHIM_SITE)
#define memcpy_toio(to, from, n) \
	__kshim_memcpy_toio((to), (from), (n), KSHIM_SITE)
#define memset_io(addr, val, n) \
	__kshim_memset_io((addr), (val), (n), KSHIM_SITE)

/* x86 includes the generic iomap and io layers last, as here. */
#include <asm-generic/io.h>

#endif /* _ASM_X86_IO_H */
