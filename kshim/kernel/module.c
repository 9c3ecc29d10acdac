// SPDX-License-Identifier: GPL-2.0-only
/*
 * Module references (kernel/module/main.c) on the old headers' struct
 * module: counted by name on the host side (host/module.c), where the
 * lifecycle rules are.
 */
#include <linux/module.h>
#include <kshim/kapi.h>

bool try_module_get(struct module *module)
{
	return !module || kshim_module_ref_try(module->name);
}

void __module_get(struct module *module)
{
	if (module)
		kshim_module_ref_get(module->name);
}

void module_put(struct module *module)
{
	if (module)
		kshim_module_ref_put(module->name);
}
