// SPDX-License-Identifier: GPL-2.0-only
/*
 * Module references (kernel/module/main.c) for modules built against the
 * kernel's own headers: THIS_MODULE is the __this_module that the module's
 * .mod.c defines, the kernel's struct module. They are counted by name on
 * the host side (host/module.c), where the lifecycle rules are.
 */
#include <linux/module.h>
#include <kshim/kapi.h>

bool try_module_get(struct module *module)
{
	return !module || kshim_module_ref_try(module->name);
}
EXPORT_SYMBOL(try_module_get);

void __module_get(struct module *module)
{
	if (module)
		kshim_module_ref_get(module->name);
}
EXPORT_SYMBOL(__module_get);

void module_put(struct module *module)
{
	if (module)
		kshim_module_ref_put(module->name);
}
EXPORT_SYMBOL(module_put);

/* For host/ko.c, which finds a module's init and exit as the loader does. */
void kshim_module_calls(const void *mod, int (**init)(void), void (**exit)(void))
{
	const struct module *m = mod;

	*init = m->init;
	*exit = m->exit;
}
