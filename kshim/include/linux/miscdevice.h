/* SPDX-License-Identifier: GPL-2.0-only */
/* Misc devices: char devices of major 10, one minor each. */
#ifndef _LINUX_MISCDEVICE_H
#define _LINUX_MISCDEVICE_H

#include <linux/major.h>
#include <linux/list.h>
#include <linux/types.h>
#include <linux/device.h>
#include <linux/device/class.h>
#include <linux/fs.h>

#define PSMOUSE_MINOR		1
#define WATCHDOG_MINOR		130
#define TEMP_MINOR		131
#define APM_MINOR_DEV		134
#define RTC_MINOR		135
#define VHCI_MINOR		137
#define NVRAM_MINOR		144
#define HWRNG_MINOR		183
#define KEYPAD_MINOR		185
#define TUN_MINOR		200
#define CUSE_MINOR		203
#define UINPUT_MINOR		223
#define HPET_MINOR		228
#define FUSE_MINOR		229
#define KVM_MINOR		232
#define BTRFS_MINOR		234
#define AUTOFS_MINOR		235
#define MAPPER_CTRL_MINOR	236
#define LOOP_CTRL_MINOR		237
#define VHOST_NET_MINOR		238
#define UHID_MINOR		239
#define USERIO_MINOR		240
#define VHOST_VSOCK_MINOR	241
#define RFKILL_MINOR		242
#define MISC_DYNAMIC_MINOR	255

struct attribute_group;

struct miscdevice {
	int minor;
	const char *name;
	const struct file_operations *fops;
	struct list_head list;
	struct device *parent;
	struct device *this_device;
	const struct attribute_group **groups;
	const char *nodename;
	umode_t mode;
};

int kshim_misc_register(struct miscdevice *misc, const struct kshim_site *site);
void misc_deregister(struct miscdevice *misc);

/* A macro, so that a registration names the driver's call site. */
#define misc_register(misc)	kshim_misc_register(misc, KSHIM_SITE)

static inline int __kshim_misc_register(struct miscdevice *misc)
{
	return misc_register(misc);
}

#define builtin_misc_device(__misc_device)				\
	builtin_driver(__misc_device, __kshim_misc_register)

#define module_misc_device(__misc_device)				\
	module_driver(__misc_device, __kshim_misc_register, misc_deregister)

#define MODULE_ALIAS_MISCDEV(minor)					\
	MODULE_ALIAS("char-major-" __stringify(MISC_MAJOR)		\
		      "-" __stringify(minor))

#endif /* _LINUX_MISCDEVICE_H */
