// SPDX-License-Identifier: GPL-2.0-only
/*
 * kshim_symbolize(): the symbol at an address, for %pS and %ps, as kallsyms
 * gives it to the kernel. The program's full symbol table (.symtab, static
 * functions included) is read once from /proc/self/exe; addresses in shared
 * libraries fall back to dladdr1() and their dynamic symbols.
 */
#include <dlfcn.h>
#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <kshim/kapi.h>

static const ElfW(Sym) *symtab;
static size_t nsyms;
static const char *strtab;
static unsigned long load_bias;

/* The first object dl_iterate_phdr() reports is the program itself. */
static int find_bias(struct dl_phdr_info *info, size_t size, void *data)
{
	*(unsigned long *)data = info->dlpi_addr;
	return 1;
}

/* Map /proc/self/exe and find its .symtab; leaves nsyms 0 when stripped. */
static void load_symtab(void)
{
	static int loaded;
	const ElfW(Ehdr) *eh;
	const ElfW(Shdr) *sh;
	struct stat st;
	void *map;
	int fd, i;

	if (loaded)
		return;
	loaded = 1;
	dl_iterate_phdr(find_bias, &load_bias);
	fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	if (fstat(fd, &st) || (size_t)st.st_size < sizeof(*eh)) {
		close(fd);
		return;
	}
	map = mmap(NULL, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (map == MAP_FAILED)
		return;
	eh = map;
	if (memcmp(eh->e_ident, ELFMAG, SELFMAG) ||
	    eh->e_shoff + (size_t)eh->e_shnum * sizeof(*sh) > (size_t)st.st_size)
		return;
	sh = (const ElfW(Shdr) *)((const char *)map + eh->e_shoff);
	for (i = 0; i < eh->e_shnum; i++) {
		if (sh[i].sh_type != SHT_SYMTAB || sh[i].sh_link >= eh->e_shnum)
			continue;
		symtab = (const ElfW(Sym) *)((const char *)map + sh[i].sh_offset);
		nsyms = sh[i].sh_size / sizeof(ElfW(Sym));
		strtab = (const char *)map + sh[sh[i].sh_link].sh_offset;
		return;
	}
}

static void copy_name(char *name, size_t len, const char *s)
{
	if (len)
		snprintf(name, len, "%s", s);
}

int kshim_symbolize(const void *addr, char *name, size_t len,
		    unsigned long *offset, unsigned long *size)
{
	unsigned long a = (unsigned long)addr;
	const ElfW(Sym) *best = NULL;
	const ElfW(Sym) *sym;
	Dl_info info;
	size_t i;

	load_symtab();
	for (i = 0; i < nsyms; i++) {
		const ElfW(Sym) *s = &symtab[i];
		unsigned long start = s->st_value + load_bias;
		int type = ELF64_ST_TYPE(s->st_info);

		if ((type != STT_FUNC && type != STT_OBJECT) ||
		    s->st_shndx == SHN_UNDEF || !s->st_name)
			continue;
		/* Inside the symbol, or at a sized-0 one's address. */
		if (a < start || (a - start >= s->st_size &&
				  (s->st_size || a != start)))
			continue;
		/* Prefer a global name over a local alias at the same place. */
		if (!best || ELF64_ST_BIND(s->st_info) != STB_LOCAL)
			best = s;
	}
	if (best) {
		copy_name(name, len, strtab + best->st_name);
		*offset = a - (best->st_value + load_bias);
		*size = best->st_size;
		return 0;
	}

	sym = NULL;
	if (!dladdr1(addr, &info, (void **)&sym, RTLD_DL_SYMENT) ||
	    !info.dli_sname || !info.dli_saddr || !sym)
		return -1;
	copy_name(name, len, info.dli_sname);
	*offset = a - (unsigned long)info.dli_saddr;
	*size = sym->st_size;
	return 0;
}
