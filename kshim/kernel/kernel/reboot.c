// SPDX-License-Identifier: GPL-2.0-only
/*
 * Restart, halt and power-off (kernel/reboot.c), for modules built
 * against the kernel's own headers, as the old path's kernel/reboot.c:
 * the simulated machine cannot restart, so after the kernel's last words
 * the module call stops as a panic stops it, and the defect names the
 * call. Before them, as kernel_restart_prepare() does, the reboot
 * notifiers run and system_state says so.
 *
 * system_state is init/main.c's: the simulated kernel is up and running.
 */
#include <linux/kernel.h>
#include <linux/reboot.h>
#include <linux/notifier.h>
#include <linux/printk.h>
#include <linux/export.h>
#include <kshim/kapi.h>
#include <kshim/classapi.h>

enum system_states system_state __read_mostly = SYSTEM_RUNNING;
EXPORT_SYMBOL(system_state);

enum reboot_mode reboot_mode = REBOOT_COLD;
EXPORT_SYMBOL_GPL(reboot_mode);

/* No platform power-off: a driver may install one; nothing calls it. */
void (*pm_power_off)(void);
EXPORT_SYMBOL_GPL(pm_power_off);

BLOCKING_NOTIFIER_HEAD(reboot_notifier_list);

int register_reboot_notifier(struct notifier_block *nb)
{
	return blocking_notifier_chain_register(&reboot_notifier_list, nb);
}
EXPORT_SYMBOL(register_reboot_notifier);

int unregister_reboot_notifier(struct notifier_block *nb)
{
	return blocking_notifier_chain_unregister(&reboot_notifier_list, nb);
}
EXPORT_SYMBOL(unregister_reboot_notifier);

static void __noreturn stop(const char *what)
{
	char msg[128];

	snprintf(msg, sizeof(msg),
		 "%s: the machine stops here (kshim cannot restart it)", what);
	kshim_panic(kshim_current_module(), msg);
}

/* Safe in interrupt context: no notifier runs, nothing is printed. */
void emergency_restart(void)
{
	stop("emergency_restart()");
}
EXPORT_SYMBOL_GPL(emergency_restart);

static void prepare(unsigned long code, enum system_states state, char *cmd)
{
	blocking_notifier_call_chain(&reboot_notifier_list, code, cmd);
	system_state = state;
}

void kernel_restart_prepare(char *cmd)
{
	prepare(SYS_RESTART, SYSTEM_RESTART, cmd);
}

void kernel_restart(char *cmd)
{
	prepare(SYS_RESTART, SYSTEM_RESTART, cmd);
	if (!cmd)
		pr_emerg("Restarting system\n");
	else
		pr_emerg("Restarting system with command '%s'\n", cmd);
	stop("kernel_restart()");
}
EXPORT_SYMBOL_GPL(kernel_restart);

void kernel_halt(void)
{
	prepare(SYS_HALT, SYSTEM_HALT, NULL);
	pr_emerg("System halted\n");
	stop("kernel_halt()");
}
EXPORT_SYMBOL_GPL(kernel_halt);

void kernel_power_off(void)
{
	prepare(SYS_POWER_OFF, SYSTEM_POWER_OFF, NULL);
	pr_emerg("Power down\n");
	stop("kernel_power_off()");
}
EXPORT_SYMBOL_GPL(kernel_power_off);
