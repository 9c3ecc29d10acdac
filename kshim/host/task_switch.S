/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * int kshim_call_on_stack(void *top, int (*fn)(void *), void *arg):
 * fn(arg) on the stack that ends at @top, back on the caller's after.
 * The frame pointer chain goes on across the switch, so backtraces from
 * module code reach the caller. A crash unwinds with siglongjmp(), which
 * restores the caller's stack pointer itself.
 */
	.text
	.globl	kshim_call_on_stack
	.type	kshim_call_on_stack, @function
kshim_call_on_stack:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, %rsp		/* the task's stack, 16-byte aligned */
	movq	%rdx, %rdi
	call	*%rsi
	movq	%rbp, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	ret
	.cfi_endproc
	.size	kshim_call_on_stack, .-kshim_call_on_stack
	.section .note.GNU-stack,"",@progbits
