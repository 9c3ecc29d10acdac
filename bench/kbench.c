// SPDX-License-Identifier: GPL-2.0-only
/*
 * The kernel-side loops of the benchmarks: what a driver does, compiled as a
 * driver is (kshim's kernel headers), so that the measured calls take the
 * same path as a module's.
 */
#include <linux/compiler.h>
#include <linux/printk.h>
#include <linux/slab.h>

#include "kbench.h"

/* Where each pointer goes, so that the compiler keeps every allocation. */
void *kbench_sink;

noinline void kbench_kmalloc_pairs(unsigned long n, unsigned long size)
{
	unsigned long i;

	for (i = 0; i < n; i++) {
		void *p = kmalloc(size, GFP_KERNEL);

		WRITE_ONCE(kbench_sink, p);
		kfree(p);
	}
}

noinline int kbench_kmalloc_fill(void **arr, unsigned long n, unsigned long size)
{
	unsigned long i;

	for (i = 0; i < n; i++) {
		arr[i] = kmalloc(size, GFP_KERNEL);
		if (!arr[i])
			return -1;
	}
	return 0;
}

noinline void kbench_kfree_all(void **arr, unsigned long n)
{
	unsigned long i;

	for (i = 0; i < n; i++)
		kfree(arr[i]);
}

noinline void kbench_printk(unsigned long n)
{
	unsigned long i;

	for (i = 0; i < n; i++)
		pr_info("kbench: record %lu of %lu\n", i, n);
}
