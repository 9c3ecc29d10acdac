// SPDX-License-Identifier: GPL-2.0-only
/*
 * MMIO: ioremap() of simulated register blocks, the accessors, the bus's
 * answer where no device is, and misuse reports.
 */
#include <linux/io.h>
#include <linux/errno.h>
#include <linux/string.h>

#include <kshim/cmocka.h>

#define BASE	0xfe000000ULL

static void reads_and_writes_reach_the_block(void **state)
{
	struct kshim_regs *regs = kshim_mmio_attach(BASE, 0x100);
	void __iomem *io;

	kshim_mmio_poke(regs, 0x10, 4, 0x12345678);
	io = ioremap(BASE, 0x100);
	assert_non_null(io);
	assert_int_equal(readl(io + 0x10), 0x12345678);
	/* Little-endian, as x86 sees its registers. */
	assert_int_equal(readb(io + 0x10), 0x78);
	assert_int_equal(readw(io + 0x12), 0x1234);
	writel(0xdeadbeef, io + 0x20);
	assert_int_equal(kshim_mmio_peek(regs, 0x20, 4), 0xdeadbeef);
	writeq(0x0102030405060708ULL, io + 0x28);
	assert_true(readq(io + 0x28) == 0x0102030405060708ULL);
	iowrite16(0xabcd, io + 0x30);
	assert_int_equal(ioread16(io + 0x30), 0xabcd);
	assert_int_equal(ioread32be(io + 0x10), 0x78563412);
	iounmap(io);
	assert_int_equal(kshim_alloc_live(), 0);
}

static void unaligned_mapping_keeps_its_offset(void **state)
{
	struct kshim_regs *regs = kshim_mmio_attach(BASE, 0x2000);
	void __iomem *io;

	kshim_mmio_poke(regs, 0x1234, 4, 0xcafe);
	io = ioremap(BASE + 0x1234, 4);
	assert_int_equal(readl(io), 0xcafe);
	iounmap(io);
}

static void nothing_attached_reads_all_ones(void **state)
{
	void __iomem *io = ioremap(0xfed00000, 0x400);

	/* Mapping an address where no device answers works, as on hardware. */
	assert_non_null(io);
	assert_int_equal(readl(io), 0xffffffff);
	assert_int_equal(readb(io + 3), 0xff);
	writel(1, io);			/* dropped by the bus */
	assert_int_equal(readl(io), 0xffffffff);
	iounmap(io);
}

static void unclaimed_value_is_settable(void **state)
{
	void __iomem *io;

	kshim_mmio_unclaimed_value(0);	/* QEMU's PC */
	io = ioremap(0xfed00000, 0x400);
	assert_int_equal(readl(io), 0);
	iounmap(io);
}

static unsigned long long counter_read(void *priv, unsigned long off, unsigned int width)
{
	return ++*(unsigned int *)priv + off;
}

static void counter_write(void *priv, unsigned long off, unsigned int width,
			  unsigned long long val)
{
	*(unsigned int *)priv = (unsigned int)val;
}

static void callbacks_see_every_access(void **state)
{
	struct kshim_regs *regs = kshim_mmio_attach(BASE, 0x100);
	unsigned int count = 0;
	void __iomem *io;

	kshim_mmio_set_ops(regs, counter_read, counter_write, &count);
	io = ioremap(BASE, 0x100);
	assert_int_equal(readl(io), 1);
	assert_int_equal(readl(io), 2);
	assert_int_equal(readl(io + 0x40), 0x43);
	writel(100, io);
	assert_int_equal(readl(io), 101);
	iounmap(io);
}

static void block_copies(void **state)
{
	struct kshim_regs *regs = kshim_mmio_attach(BASE, 0x100);
	u8 out[8] = { 1, 2, 3, 4, 5, 6, 7, 8 }, in[8];
	void __iomem *io = ioremap(BASE, 0x100);

	memcpy_toio(io + 1, out, sizeof(out));
	assert_int_equal(kshim_mmio_peek(regs, 1, 1), 1);
	assert_int_equal(kshim_mmio_peek(regs, 8, 1), 8);
	memcpy_fromio(in, io + 1, sizeof(in));
	assert_memory_equal(in, out, sizeof(in));
	memset_io(io, 0x5a, 4);
	assert_int_equal(kshim_mmio_peek(regs, 0, 4), 0x5a5a5a5a);
	iounmap(io);
}

static void ioremap_is_fallible(void **state)
{
	kshim_fail_only("ioremap");
	kshim_fail_nth(1);
	assert_null(ioremap(BASE, 0x100));
	assert_int_equal(kshim_failed_calls(), 1);
	kshim_fail_none();
	assert_int_equal(kshim_alloc_live(), 0);
}

static void ioremap_counts_once(void **state)
{
	void __iomem *io;
	unsigned long before = kshim_fallible_calls();

	io = ioremap(BASE, 0x10);
	/* One ioremap is one fallible call, whatever it does inside. */
	assert_int_equal(kshim_fallible_calls() - before, 1);
	iounmap(io);
}

static void zero_size_map_is_null(void **state)
{
	assert_null(ioremap(BASE, 0));
}

static void unmapped_mapping_leaks(void **state)
{
	void __iomem *io = ioremap(BASE, 0x10);

	assert_non_null(io);
	assert_int_equal(kshim_leak_check(), 1);
	assert_defects(KSHIM_DEFECT_LEAK, 1);
	iounmap(io);
}

static void access_after_iounmap_is_misuse(void **state)
{
	void __iomem *io = ioremap(BASE, 0x10);

	iounmap(io);
	assert_int_equal(readl(io), 0xffffffff);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_MISUSE), 1);
	assert_non_null(strstr(kshim_defect_message(0), "after iounmap()"));
	assert_non_null(strstr(kshim_defect_message(0), "tests/test_io.c:"));
	assert_defects(KSHIM_DEFECT_MISUSE, 1);
}

static void double_iounmap_is_misuse(void **state)
{
	void __iomem *io = ioremap(BASE, 0x10);

	iounmap(io);
	iounmap(io);
	assert_non_null(strstr(kshim_defect_message(0), "unmapped already"));
	assert_defects(KSHIM_DEFECT_MISUSE, 1);
	iounmap(NULL);			/* ignored, as on x86 */
}

static void access_past_the_mapping_is_misuse(void **state)
{
	void __iomem *io = ioremap(BASE, 0x10);

	readl(io + 0x10);
	assert_non_null(strstr(kshim_defect_message(0), "outside any ioremap() mapping"));
	assert_defects(KSHIM_DEFECT_MISUSE, 1);
	iounmap(io);
}

static void overlapping_blocks_are_refused(void **state)
{
	assert_non_null(kshim_mmio_attach(BASE, 0x100));
	assert_null(kshim_mmio_attach(BASE + 0x80, 0x100));
	assert_defects(KSHIM_DEFECT_MISUSE, 1);
}

static void reset_detaches_blocks(void **state)
{
	struct kshim_regs *regs = kshim_mmio_attach(BASE, 0x100);
	void __iomem *io;

	kshim_mmio_poke(regs, 0, 4, 7);
	kshim_reset();
	io = ioremap(BASE, 0x100);
	assert_int_equal(readl(io), 0xffffffff);
	iounmap(io);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(reads_and_writes_reach_the_block),
		kshim_unit_test(unaligned_mapping_keeps_its_offset),
		kshim_unit_test(nothing_attached_reads_all_ones),
		kshim_unit_test(unclaimed_value_is_settable),
		kshim_unit_test(callbacks_see_every_access),
		kshim_unit_test(block_copies),
		kshim_unit_test(ioremap_is_fallible),
		kshim_unit_test(ioremap_counts_once),
		kshim_unit_test(zero_size_map_is_null),
		kshim_unit_test(unmapped_mapping_leaks),
		kshim_unit_test(access_after_iounmap_is_misuse),
		kshim_unit_test(double_iounmap_is_misuse),
		kshim_unit_test(access_past_the_mapping_is_misuse),
		kshim_unit_test(overlapping_blocks_are_refused),
		kshim_unit_test(reset_detaches_blocks),
	};

	return kshim_run_tests(tests);
}
