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
#include <semaphore.h>
#include <stdint.h>
#include <stdio.h>
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

/* The calling thread's stack (made now if it has none), for `current`. */
void *kshim_task_stack(void)
{
	if (!kshim_task_stack_size)
		return NULL;
	if (!stack)
		stack = make_stack();
	return stack;
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

/*
 * Tasks of their own (kthreads, kernel/kernel/kthread.c): each on a host
 * thread with its own task stack, so its `current`, held locks and IRQ
 * state are its own. Still one CPU: a task runs only while the thread that
 * ran it waits (kshim_htask_run() until it yields or ends), so what
 * happens does not depend on the host's scheduler. The kernel side decides
 * when each runs; this only hands over.
 */
struct htask {
	pthread_t thread;
	sem_t go, back;
	char module[64], comm[16];
	int (*fn)(void *);
	void *arg, *stack;
	int done, crashed;
};

static __thread struct htask *self;

static void *htask_main(void *p)
{
	struct htask *t = p;
	int ret;

	self = t;
	t->stack = kshim_task_stack();
	sem_post(&t->back);
	sem_wait(&t->go);
	kshim_set_comm(t->comm);
	t->crashed = kshim_call_guarded(t->module[0] ? t->module : NULL,
					t->fn, t->arg, &ret) != 0;
	t->done = 1;
	sem_post(&t->back);
	return NULL;
}

void *kshim_htask_new(const char *module, const char *comm,
		      int (*fn)(void *), void *arg, void **stack_base)
{
	struct htask *t = calloc(1, sizeof(*t));

	if (!t)
		return NULL;
	snprintf(t->module, sizeof(t->module), "%s", module ? module : "");
	snprintf(t->comm, sizeof(t->comm), "%s", comm);
	t->fn = fn;
	t->arg = arg;
	sem_init(&t->go, 0, 0);
	sem_init(&t->back, 0, 0);
	if (pthread_create(&t->thread, NULL, htask_main, t)) {
		free(t);
		return NULL;
	}
	/* Its stack (its task_struct) exists before it first runs. */
	sem_wait(&t->back);
	if (!t->stack) {
		sem_post(&t->go);
		pthread_join(t->thread, NULL);
		free(t);
		return NULL;
	}
	*stack_base = t->stack;
	return t;
}

/* Run @t until it yields or ends; 1 when it has ended (*@crashed: in a crash). */
int kshim_htask_run(void *ht, int *crashed)
{
	struct htask *t = ht;

	if (t->done) {
		*crashed = t->crashed;
		return 1;
	}
	sem_post(&t->go);
	sem_wait(&t->back);
	*crashed = t->crashed;
	return t->done;
}

/* On a task's own thread: back to whoever ran it, until run again. */
void kshim_htask_yield(void)
{
	struct htask *t = self;

	if (!t)
		return;
	sem_post(&t->back);
	sem_wait(&t->go);
}

/* Is the calling thread a task of its own? */
int kshim_htask_self(void)
{
	return self != NULL;
}

/* Free an ended task; one that has not ended stays parked, never run again. */
void kshim_htask_free(void *ht)
{
	struct htask *t = ht;

	if (!t->done)
		return;
	pthread_join(t->thread, NULL);
	sem_destroy(&t->go);
	sem_destroy(&t->back);
	free(t);
}
