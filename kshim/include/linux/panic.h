/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _LINUX_PANIC_H
#define _LINUX_PANIC_H

#include <linux/compiler_attributes.h>
#include <linux/types.h>

/* In kshim, panic() ends the module call: the harness reports it and goes on. */
__printf(1, 2) __cold void panic(const char *fmt, ...) __noreturn;
__printf(2, 3) __cold void kshim_panicf(const char *module, const char *fmt, ...) __noreturn;
#define panic(fmt, ...)	kshim_panicf(KSHIM_MODNAME, fmt, ##__VA_ARGS__)

extern int panic_timeout;
extern int panic_on_oops;
extern int panic_on_warn;

#define TAINT_PROPRIETARY_MODULE	0
#define TAINT_FORCED_MODULE		1
#define TAINT_CPU_OUT_OF_SPEC		2
#define TAINT_FORCED_RMMOD		3
#define TAINT_MACHINE_CHECK		4
#define TAINT_BAD_PAGE			5
#define TAINT_USER			6
#define TAINT_DIE			7
#define TAINT_OVERRIDDEN_ACPI_TABLE	8
#define TAINT_WARN			9
#define TAINT_CRAP			10
#define TAINT_FIRMWARE_WORKAROUND	11
#define TAINT_OOT_MODULE		12
#define TAINT_UNSIGNED_MODULE		13
#define TAINT_SOFTLOCKUP		14
#define TAINT_LIVEPATCH			15
#define TAINT_AUX			16
#define TAINT_RANDSTRUCT		17
#define TAINT_FLAGS_COUNT		18

#define LOCKDEP_STILL_OK	0
#define LOCKDEP_NOW_UNRELIABLE	1

void add_taint(unsigned int flag, int lockdep_ok);
int test_taint(unsigned int flag);
unsigned long get_taint(void);

#endif /* _LINUX_PANIC_H */
