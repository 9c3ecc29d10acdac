// SPDX-License-Identifier: GPL-2.0-only
/*
 * kshim_symbolize(): the symbol at an address, for %pS and %ps, as kallsyms
 * gives it to the kernel. The full symbol table (.symtab, static functions
 * included) of the program or of the shared object (a module) holding the
 * address is read on first use; without one, dladdr1() and the dynamic
 * symbols.
 */
#include <dlfcn.h>
#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <kshim/kapi.h>

/* An object's full symbol table, mapped from its file. */
struct object {
	unsigned long base;		/* its load bias */
	const ElfW(Sym) *symtab;	/* NULL: stripped, or unreadable */
	size_t nsyms;
	const char *strtab;
};

static struct object objects[32];
static unsigned int nobjects;
static pthread_mutex_t objects_lock = PTHREAD_MUTEX_INITIALIZER;

/* Map @path and find its .symtab; leaves @obj->nsyms 0 when stripped. */
static void load_symtab(const char *path, struct object *obj)
{
	const ElfW(Ehdr) *eh;
	const ElfW(Shdr) *sh;
	struct stat st;
	void *map;
	int fd, i;

	fd = open(path, O_RDONLY | O_CLOEXEC);
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
		obj->symtab = (const ElfW(Sym) *)((const char *)map + sh[i].sh_offset);
		obj->nsyms = sh[i].sh_size / sizeof(ElfW(Sym));
		obj->strtab = (const char *)map + sh[sh[i].sh_link].sh_offset;
		return;
	}
}

/* The first object dl_iterate_phdr() reports is the program itself. */
static int find_bias(struct dl_phdr_info *info, size_t size, void *data)
{
	*(unsigned long *)data = info->dlpi_addr;
	return 1;
}

/*
 * The object holding @addr: the program or a shared object (a module the
 * command line loaded), its symbol table read on first use.
 */
static const struct object *object_of(const void *addr)
{
	static unsigned long main_bias = 1;
	struct object *obj = NULL;
	Dl_info info;
	unsigned int i;

	if (!dladdr(addr, &info) || !info.dli_fname)
		return NULL;
	pthread_mutex_lock(&objects_lock);
	if (main_bias == 1)
		dl_iterate_phdr(find_bias, &main_bias);
	for (i = 0; i < nobjects; i++)
		if (objects[i].base == (unsigned long)info.dli_fbase)
			obj = &objects[i];
	if (!obj && nobjects < sizeof(objects) / sizeof(objects[0])) {
		obj = &objects[nobjects++];
		obj->base = (unsigned long)info.dli_fbase;
		/* dladdr() names the program as it was started: use /proc. */
		load_symtab(obj->base == main_bias ? "/proc/self/exe" : info.dli_fname,
			    obj);
	}
	pthread_mutex_unlock(&objects_lock);
	return obj;
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
	const struct object *obj = object_of(addr);
	const ElfW(Sym) *best = NULL;
	const ElfW(Sym) *sym;
	Dl_info info;
	size_t i;

	for (i = 0; obj && i < obj->nsyms; i++) {
		const ElfW(Sym) *s = &obj->symtab[i];
		unsigned long start = s->st_value + obj->base;
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
		copy_name(name, len, obj->strtab + best->st_name);
		*offset = a - (best->st_value + obj->base);
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
