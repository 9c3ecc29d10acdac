// SPDX-License-Identifier: GPL-2.0-only
/*
 * The simulated kernel's source of random numbers: splitmix64, restarted
 * with every fresh kernel from $KSHIM_RANDOM_SEED (default 1), so that a
 * failing run can be repeated exactly.
 */
#include <pthread.h>
#include <stdlib.h>

#include "internal.h"

static pthread_mutex_t random_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned long long random_state;

void kshim_random_reset(void)
{
	const char *env = getenv("KSHIM_RANDOM_SEED");

	pthread_mutex_lock(&random_lock);
	random_state = env && *env ? strtoull(env, NULL, 0) : 1;
	pthread_mutex_unlock(&random_lock);
}

unsigned long long kshim_random_u64(void)
{
	unsigned long long z;

	pthread_mutex_lock(&random_lock);
	z = (random_state += 0x9e3779b97f4a7c15ULL);
	pthread_mutex_unlock(&random_lock);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}
