/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the input core's files share (drivers/input/input-poller.h in the
 * kernel), and the harness calls they define (kshim/classapi.h and
 * kshim/drivers.h, which are written for the C library's types).
 */
#ifndef _KSHIM_DRIVERS_INPUT_CORE_H
#define _KSHIM_DRIVERS_INPUT_CORE_H

#include <linux/input.h>

struct input_dev_poller;
void input_dev_poller_finalize(struct input_dev_poller *poller);
void input_dev_poller_start(struct input_dev_poller *poller);
void input_dev_poller_stop(struct input_dev_poller *poller);

struct kshim_input_value {
	unsigned short type;
	unsigned short code;
	int value;
};

/* The module whose code is running (host/bug.c). */
const char *kshim_current_module(void);

void kshim_input_reset(void);
const char *__kshim_input_module(const char *name);
const char *kshim_input_dev_name(const char *name);
int __kshim_input_event(const char *name, unsigned int type,
			unsigned int code, int value);
int __kshim_input_open(const char *name, int open);
int kshim_input_users(const char *name);
size_t kshim_input_events(const char *name, struct kshim_input_value *out,
			  size_t max);
void kshim_input_events_clear(const char *name);
int kshim_input_key_state(const char *name, unsigned int type,
			  unsigned int code);

#endif /* _KSHIM_DRIVERS_INPUT_CORE_H */
