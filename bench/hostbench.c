// SPDX-License-Identifier: GPL-2.0-only
/*
 * The in-process benchmarks, driven by bench/run. One mode per run; each
 * prints "key value" lines that bench/run reads.
 *
 *   hostbench loadunload SECONDS     insmod/rmmod of hello, in a loop
 *   hostbench kpairs N | mpairs N    kmalloc+kfree or malloc+free pairs
 *   hostbench live N                 bookkeeping per live allocation
 *   hostbench printk N               records into the log, echoed or not
 *   hostbench sweep MODULE           one full init-failure sweep
 */
#include <fcntl.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <kshim/kshim.h>

#include "kbench.h"

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Kept where the compiler cannot see: malloc+free must not be elided. */
void *volatile bench_sink;

__attribute__((noinline)) void bench_malloc_pairs(unsigned long n, unsigned long size)
{
	unsigned long i;

	for (i = 0; i < n; i++) {
		void *p = malloc(size);

		bench_sink = p;
		free(p);
	}
}

static int loadunload(double seconds)
{
	unsigned long cycles = 0;
	double t0 = now(), t;

	kshim_console_loglevel(0);
	do {
		int i;

		for (i = 0; i < 1000; i++) {
			if (kshim_load("hello", NULL) || kshim_unload("hello")) {
				fprintf(stderr, "hostbench: hello failed to load or unload\n");
				return 1;
			}
		}
		cycles += 1000;
		/* The kernel's log is a ring: old records go. kshim's grows. */
		kshim_log_clear();
		t = now();
	} while (t - t0 < seconds);
	printf("cycles %lu\nseconds %.6f\n", cycles, t - t0);
	return kshim_defect_count(KSHIM_DEFECT_ANY) ? 1 : 0;
}

static int pairs(int kernel, unsigned long n)
{
	double t0 = now();

	if (kernel)
		kbench_kmalloc_pairs(n, 64);
	else
		bench_malloc_pairs(n, 64);
	printf("pairs %lu\nseconds %.6f\n", n, now() - t0);
	return kshim_alloc_live() ? 1 : 0;
}

static long rss_bytes(void)
{
	long pages = 0, resident = 0;
	FILE *f = fopen("/proc/self/statm", "r");

	if (f) {
		if (fscanf(f, "%ld %ld", &pages, &resident) != 2)
			resident = 0;
		fclose(f);
	}
	return resident * sysconf(_SC_PAGESIZE);
}

/* Heap and RSS growth for @n live 32-byte allocations, kmalloc then malloc. */
static int live(unsigned long n)
{
	void **arr = calloc(n, sizeof(*arr));
	struct mallinfo2 m0, m1;
	long r0, r1;
	unsigned long i;

	if (!arr)
		return 1;
	m0 = mallinfo2();
	r0 = rss_bytes();
	if (kbench_kmalloc_fill(arr, n, 32))
		return 1;
	m1 = mallinfo2();
	r1 = rss_bytes();
	printf("kmalloc_heap %zu\nkmalloc_rss %ld\n",
	       (m1.uordblks + m1.hblkhd) - (m0.uordblks + m0.hblkhd), r1 - r0);
	kbench_kfree_all(arr, n);
	/* Freed objects may sit in kshim's quarantine: a fresh kernel. */
	kshim_reset();
	m0 = mallinfo2();
	r0 = rss_bytes();
	for (i = 0; i < n; i++)
		arr[i] = malloc(32);
	m1 = mallinfo2();
	r1 = rss_bytes();
	printf("malloc_heap %zu\nmalloc_rss %ld\n",
	       (m1.uordblks + m1.hblkhd) - (m0.uordblks + m0.hblkhd), r1 - r0);
	for (i = 0; i < n; i++)
		free(arr[i]);
	free(arr);
	return 0;
}

static int records(unsigned long n)
{
	int null = open("/dev/null", O_WRONLY);
	double t0, echoed, filtered;

	if (null < 0)
		return 1;
	kshim_console_fd(null);
	kshim_console_loglevel(8);	/* every record printed on the console */
	t0 = now();
	kbench_printk(n);
	echoed = now() - t0;
	if (kshim_log_count() != n)
		return 1;
	kshim_log_clear();
	kshim_console_loglevel(1);	/* KERN_INFO filtered out */
	t0 = now();
	kbench_printk(n);
	filtered = now() - t0;
	if (kshim_log_count() != n)
		return 1;
	printf("records %lu\necho_seconds %.6f\nfiltered_seconds %.6f\n", n, echoed, filtered);
	kshim_console_fd(-1);
	close(null);
	return 0;
}

static int sweep(const char *module)
{
	struct kshim_sweep *sw;
	double t0;
	int bad;

	kshim_console_loglevel(0);
	t0 = now();
	sw = kshim_sweep(module, NULL);
	if (!sw)
		return 1;
	printf("steps %zu\nseconds %.6f\nfailures %zu\n", sw->nsteps, now() - t0, sw->failures);
	bad = sw->failures != 0;
	kshim_sweep_free(sw);
	return bad;
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: hostbench MODE ARG (see bench/hostbench.c)\n");
		return 2;
	}
	kshim_reset();
	if (!strcmp(argv[1], "loadunload"))
		return loadunload(atof(argv[2]));
	if (!strcmp(argv[1], "kpairs") || !strcmp(argv[1], "mpairs"))
		return pairs(argv[1][0] == 'k', strtoul(argv[2], NULL, 10));
	if (!strcmp(argv[1], "live"))
		return live(strtoul(argv[2], NULL, 10));
	if (!strcmp(argv[1], "printk"))
		return records(strtoul(argv[2], NULL, 10));
	if (!strcmp(argv[1], "sweep"))
		return sweep(argv[2]);
	fprintf(stderr, "hostbench: unknown mode %s\n", argv[1]);
	return 2;
}
