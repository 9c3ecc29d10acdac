/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Restarting, halting, powering off (kernel/reboot.c). kshim has no
 * machine to restart: each of these stops the simulated kernel as a panic
 * does (a fatal event, reported as a panic defect that names the call),
 * and the harness needs kshim_reset() afterwards, as after a panic.
 */
#ifndef _LINUX_REBOOT_H
#define _LINUX_REBOOT_H

#include <linux/types.h>

#define SYS_DOWN	0x0001	/* Notify of system down */
#define SYS_RESTART	SYS_DOWN
#define SYS_HALT	0x0002	/* Notify of system halt */
#define SYS_POWER_OFF	0x0003	/* Notify of system power off */

enum reboot_mode {
	REBOOT_UNDEFINED = -1,
	REBOOT_COLD = 0,
	REBOOT_WARM,
	REBOOT_HARD,
	REBOOT_SOFT,
	REBOOT_GPIO,
};

extern enum reboot_mode reboot_mode;

void kernel_restart(char *cmd) __attribute__((noreturn));
void kernel_halt(void) __attribute__((noreturn));
void kernel_power_off(void) __attribute__((noreturn));
/* Safe in interrupt context; no notifier runs, nothing is printed. */
void emergency_restart(void) __attribute__((noreturn));

#endif /* _LINUX_REBOOT_H */
