// SPDX-License-Identifier: GPL-2.0-only
/*
 * UML's physical memory (arch/um/kernel/physmem.c): PAGE_OFFSET is
 * uml_physmem, so __pa() and virt_to_phys() subtract it. In kshim a
 * "physical" address of host memory is its host address: 0.
 *
 * The memory's size, as mm/page_alloc.c counts it for totalram_pages():
 * 1 GiB, a round machine, since no allocation in kshim draws from it.
 */
#include <linux/mm.h>
#include <linux/export.h>
#include <asm/page.h>

unsigned long uml_physmem;
EXPORT_SYMBOL(uml_physmem);

atomic_long_t _totalram_pages = ATOMIC_LONG_INIT((1UL << 30) >> PAGE_SHIFT);
EXPORT_SYMBOL(_totalram_pages);
