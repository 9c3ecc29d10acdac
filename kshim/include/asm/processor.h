/* SPDX-License-Identifier: GPL-2.0-only */
/* The parts of x86's <asm/processor.h> a driver uses. */
#ifndef _ASM_X86_PROCESSOR_H
#define _ASM_X86_PROCESSOR_H

/* A spin-wait's pause (x86's "rep; nop"). */
static __always_inline void cpu_relax(void)
{
	__asm__ __volatile__("rep; nop" ::: "memory");
}

#endif /* _ASM_X86_PROCESSOR_H */
