// SPDX-License-Identifier: GPL-2.0-only
/*
 * The bottom of a simulated task's kernel stack, as UML has it: the
 * thread_info that current_thread_info() finds by masking the stack
 * pointer with THREAD_SIZE, then the task_struct it points to. host/task.c
 * makes the stacks and switches to them; this file knows the structs.
 *
 * preempt_count is what the kernel's inline in_interrupt(), in_softirq()
 * and in_atomic() read: kshim's own count (spinlocks held, softirq and
 * hardirq context, kshim_preempt_count()), set at each call into module
 * code, as 6.1's x86 kernel (PREEMPT_COUNT) would have it.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/thread_info.h>
#include <kshim/kapi.h>

size_t kshim_task_stack_size(void)
{
	return THREAD_SIZE;
}

size_t kshim_task_stack_init(void *base)
{
	struct thread_info *ti = base;
	struct task_struct *task;

	task = PTR_ALIGN((struct task_struct *)(ti + 1), L1_CACHE_BYTES);
	ti->task = task;
	ti->cpu = 0;
	task->stack = base;
	task->__state = TASK_RUNNING;
	task->flags = 0;
	task->prio = task->static_prio = task->normal_prio = DEFAULT_PRIO;
	return (char *)(task + 1) - (char *)base;
}

int kshim_task_stack_enter(void *base)
{
	struct thread_info *ti = base;
	struct task_struct *task = ti->task;
	int before = ti->preempt_count;

	strscpy(task->comm, kshim_current_comm(), sizeof(task->comm));
	task->pid = task->tgid = kshim_current_pid();
	ti->preempt_count = kshim_preempt_count();
	return before;
}

void kshim_task_stack_leave(void *base, int count)
{
	struct thread_info *ti = base;

	ti->preempt_count = count;
}
