/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The kernel-side loops of the benchmarks (kbench.c, compiled against
 * kshim's kernel headers), called from the host-side driver (hostbench.c).
 * Plain C types only: both worlds include this.
 */
#ifndef _KSHIM_BENCH_KBENCH_H
#define _KSHIM_BENCH_KBENCH_H

/* @n kmalloc(@size) + kfree pairs. */
void kbench_kmalloc_pairs(unsigned long n, unsigned long size);
/* @n live kmalloc(@size) into @arr; 0, or -1 when one failed. */
int kbench_kmalloc_fill(void **arr, unsigned long n, unsigned long size);
void kbench_kfree_all(void **arr, unsigned long n);
/* @n pr_info() records. */
void kbench_printk(unsigned long n);

#endif
