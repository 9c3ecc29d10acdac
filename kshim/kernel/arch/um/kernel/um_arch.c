// SPDX-License-Identifier: GPL-2.0-only
/*
 * The variables of UML's machine that a module reads inline: TASK_SIZE
 * (access_ok() compares user pointers with it) and the vsyscall page.
 *
 * In kshim a "user" pointer is a host address that the test mapped as user
 * memory (host/uspace.c), so every host address is under task_size, and
 * the copies themselves refuse what user space did not map.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <asm/elf.h>
#include <asm/processor.h>

/* x86_64's: user space ends at 0x7ffffffff000 (TASK_SIZE_MAX). */
unsigned long task_size = 0x7ffffffff000UL;
EXPORT_SYMBOL(task_size);

/* No vsyscall page: FIXADDR_USER_START and _END are 0, an empty range. */
unsigned long vsyscall_ehdr;
unsigned long vsyscall_end;
