// SPDX-License-Identifier: GPL-2.0-only
/*
 * Uevents (lib/kobject_uevent.c): kshim has no user space listening on the
 * netlink socket and no uevent helper, so an event goes nowhere and is a
 * success, as in a kernel whose user space has not started yet. What the
 * kobject remembers of it is kept: kobject_cleanup() sends the remove
 * event that an added kobject is owed.
 */
#include <linux/kobject.h>
#include <linux/export.h>

int kobject_uevent_env(struct kobject *kobj, enum kobject_action action,
		       char *envp_ext[])
{
	if (action == KOBJ_ADD)
		kobj->state_add_uevent_sent = 1;
	else if (action == KOBJ_REMOVE)
		kobj->state_remove_uevent_sent = 1;
	return 0;
}
EXPORT_SYMBOL_GPL(kobject_uevent_env);

int kobject_uevent(struct kobject *kobj, enum kobject_action action)
{
	return kobject_uevent_env(kobj, action, NULL);
}
EXPORT_SYMBOL_GPL(kobject_uevent);
