/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Call sites from return addresses (host/symbolize.c): for kernel functions
 * of a module built as a real .ko, which get __builtin_return_address(0)
 * instead of a static struct kshim_site. Host side; link with -ldw -lelf.
 */
#ifndef _KSHIM_HOST_SYMBOLIZE_H
#define _KSHIM_HOST_SYMBOLIZE_H

#include <stddef.h>
#include <kshim/kapi.h>

/*
 * The call site of return address @ret: file, function and line of the call
 * just before @ret (ret - 1 is looked up), from the DWARF of the object
 * holding it. Inlined code: the innermost function whose source file is the
 * driver's (in or under the directory of the compilation unit's file), so
 * the call in a driver's own inline helper is the helper's line, and the
 * call in a header's inline wrapper (kmalloc() in <linux/slab.h>) is the
 * driver's line that used the wrapper. No line information: the ELF symbol,
 * the object's file and line 0. @file is relative to the working directory
 * when under it, else absolute; @internal is 0.
 *
 * Interned for the life of the process: the same @ret gives the same
 * pointer, so the pointer is a key. A site also keeps its pointer across
 * kshim_symbolize_forget() when the same object is loaded again and the
 * same file, function and line come out at the same offset in it.
 * NULL when @ret is in no loaded object (or memory ran out).
 */
const struct kshim_site *kshim_site_at(const void *ret);

/*
 * "func+0x1c/0x80 [module]" as the kernel's %pS prints @addr (no "-1": pass
 * ret - 1 for %pB), into @buf. The ELF symbol table, static functions too;
 * " [module]" for an object other than the program, named after its file
 * (up to the first '.', '-' as '_'); "0x..." for an address with no symbol.
 * Returns @buf.
 */
const char *kshim_symbolize_str(const void *addr, char *buf, size_t len);

/*
 * An object in [@start, @end) was dlclose()d: forget its return addresses
 * and its debug information, so that later lookups there are made again
 * (another object may be loaded there). Sites handed out stay valid.
 */
void kshim_symbolize_forget(const void *start, const void *end);

#endif /* _KSHIM_HOST_SYMBOLIZE_H */
