// SPDX-License-Identifier: GPL-2.0-only
/*
 * The kernel stacks of simulated tasks. On UML, `current` and the preempt
 * count are found from the stack pointer: current_thread_info() masks it
 * with THREAD_SIZE, and there is the thread_info, which points to the
 * task_struct. So module code built against the kernel tree runs on a
 * stack of THREAD_SIZE, THREAD_SIZE-aligned, with a thread_info and a
 * task_struct at its bottom and a guard page above them: an overflow
 * faults there (host/bug.c reports it) instead of overwriting the task.
 *
 * One stack per host thread (the test's, the kworker's), made when that
 * thread first calls module code; the simulated task on it (insmod, rmmod,
 * a kworker, a process that opened a device) is named at each call. The
 * kernel side, which knows the structs, lays them out
 * (kshim_task_stack_init(), kernel/arch/um/kernel/process.c); without it
 * (kshim's old kernel half) module code runs on the caller's stack.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "internal.h"

/* Kernel side: THREAD_SIZE, and the structs at the bottom of a new stack. */
size_t kshim_task_stack_size(void) __attribute__((weak));
size_t kshim_task_stack_init(void *base) __attribute__((weak));
/* The task's name, pid and preempt count now; returns the count before. */
int kshim_task_stack_enter(void *base) __attribute__((weak));
void kshim_task_stack_leave(void *base, int count) __attribute__((weak));

static __thread char *stack;		/* this thread's, or NULL */
static __thread size_t stack_size, guard_at;
static pthread_key_t stack_key;
static pthread_once_t key_once = PTHREAD_ONCE_INIT;

/* A thread that ends frees its stack (the kworker's, a test's threads). */
static void stack_free(void *p)
{
	mprotect((char *)p + guard_at, sysconf(_SC_PAGESIZE), PROT_READ | PROT_WRITE);
	free(p);
}

static void make_key(void)
{
	pthread_key_create(&stack_key, stack_free);
}

/* Run fn(arg) with the stack pointer at @top (host/task_switch.S). */
int kshim_call_on_stack(void *top, int (*fn)(void *), void *arg);

static char *make_stack(void)
{
	size_t size = kshim_task_stack_size(), page = sysconf(_SC_PAGESIZE);
	size_t used;
	void *p;

	if (posix_memalign(&p, size, size))
		return NULL;
	memset(p, 0, size);
	used = kshim_task_stack_init(p);
	/* The guard: the first whole page above the thread_info and task. */
	used = (used + page - 1) / page * page;
	if (mprotect((char *)p + used, page, PROT_NONE)) {
		free(p);
		return NULL;
	}
	stack_size = size;
	guard_at = used;
	pthread_once(&key_once, make_key);
	pthread_setspecific(stack_key, p);
	return p;
}

int kshim_task_call(int (*fn)(void *), void *arg)
{
	char here;
	int count, ret;

	if (!kshim_task_stack_size)
		return fn(arg);
	if (!stack)
		stack = make_stack();
	if (!stack)
		return fn(arg);
	/*
	 * Each call into module code says who runs it and in what context
	 * (an interrupt handler raises the count), and the caller's is back
	 * after. A crash unwinds past the leave: the next enter sets it all.
	 */
	count = kshim_task_stack_enter(stack);
	/* Module code calling back into module code: on its stack already. */
	if (&here > stack && &here < stack + stack_size)
		ret = fn(arg);
	else
		ret = kshim_call_on_stack(stack + stack_size, fn, arg);
	kshim_task_stack_leave(stack, count);
	return ret;
}

int kshim_task_stack_range(void **lo, void **hi)
{
	if (!stack)
		return 0;
	*lo = stack;
	*hi = stack + stack_size;
	return 1;
}
