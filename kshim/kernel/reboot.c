// SPDX-License-Identifier: GPL-2.0-only
/*
 * Restart, halt and power-off (kernel/reboot.c). The simulated machine
 * cannot restart: after the kernel's last words, if it has any, the
 * module call stops as a panic stops it, and the defect names the call.
 */
#include <linux/kernel.h>
#include <linux/panic.h>
#include <linux/printk.h>
#include <linux/reboot.h>
#include <kshim/classapi.h>

enum reboot_mode reboot_mode = REBOOT_COLD;

static void __noreturn stop(const char *what)
{
	kshim_panicf(kshim_current_module(), "%s: the machine stops here (kshim cannot restart it)",
		     what);
	unreachable();
}

void emergency_restart(void)
{
	stop("emergency_restart()");
}

void kernel_restart(char *cmd)
{
	if (!cmd)
		pr_emerg("Restarting system\n");
	else
		pr_emerg("Restarting system with command '%s'\n", cmd);
	stop("kernel_restart()");
}

void kernel_halt(void)
{
	pr_emerg("System halted\n");
	stop("kernel_halt()");
}

void kernel_power_off(void)
{
	pr_emerg("Power down\n");
	stop("kernel_power_off()");
}
