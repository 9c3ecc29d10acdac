// SPDX-License-Identifier: GPL-2.0-only
/*
 * Modules built against the kernel's own headers (Kbuild, ARCH=um), linked
 * into shared objects by `kshim build` or from a Kbuild .ko: kshim reads
 * what the kernel's module loader reads. From the ELF sections: .modinfo
 * (the tags), __param (the kernel_param table); from the symbols:
 * init_module and cleanup_module, the aliases module_init() and
 * module_exit() make. They are registered as a module of the old kind is
 * by its constructors, so the lifecycle rules are host/module.c's.
 */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <link.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <kshim/lockdep.h>
#include "internal.h"

/* kernel/params.c (kernel side): sizeof(struct kernel_param). */
size_t kshim_kparam_size(void);

struct ko {
	char *name;
	unsigned long lo, hi;		/* its mapped segments */
	struct ko *next;
};

static struct ko *kos;
static pthread_mutex_t ko_lock = PTHREAD_MUTEX_INITIALIZER;

struct sect {
	const char *name;
	unsigned long addr, size;
};

/*
 * Built-in code's initcalls: the sections of initcall pointers that
 * <linux/init.h> makes, by level (".initcall6.init", ".initcall6s.init",
 * ".initcallrootfs.init"), in the order of the object.
 */
#define MAX_INITCALL_SECTS	32
struct initcall_sect {
	int level;		/* level * 10, +5 for _sync; KSHIM_INITCALL_ROOTFS */
	unsigned long addr, size;
};

static int initcall_level(const char *name)
{
	char sync = 0;
	int level;

	if (!strcmp(name, ".initcallrootfs.init"))
		return KSHIM_INITCALL_ROOTFS;
	if (sscanf(name, ".initcall%d%c", &level, &sync) != 2 || level < 0 || level > 7)
		return -1;
	if (sync == 's')
		return level * 10 + 5;
	return sync == '.' ? level * 10 : -1;
}

/* The address and size of sections @want[] in ELF file @path. */
static int read_sections(const char *path, struct sect *want, int n,
			 struct initcall_sect *ics, int *nics, char *err, size_t errlen)
{
	GElf_Ehdr eh;
	Elf_Scn *scn = NULL;
	size_t shstrndx;
	Elf *e;
	int fd, i, ret = -1;

	elf_version(EV_CURRENT);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		snprintf(err, errlen, "%s", strerror(errno));
		return -1;
	}
	e = elf_begin(fd, ELF_C_READ, NULL);
	if (!e || elf_kind(e) != ELF_K_ELF || !gelf_getehdr(e, &eh)) {
		snprintf(err, errlen, "not an ELF file");
		goto out;
	}
	if (eh.e_machine != EM_X86_64) {
		snprintf(err, errlen, "not built for x86_64 (ARCH=um)");
		goto out;
	}
	if (eh.e_type == ET_REL) {
		snprintf(err, errlen, "a relocatable .ko: link it first (kshim run links it)");
		goto out;
	}
	if (eh.e_type != ET_DYN || elf_getshdrstrndx(e, &shstrndx)) {
		snprintf(err, errlen, "not a shared object");
		goto out;
	}
	while ((scn = elf_nextscn(e, scn))) {
		GElf_Shdr sh;
		const char *name;

		if (!gelf_getshdr(scn, &sh))
			continue;
		name = elf_strptr(e, shstrndx, sh.sh_name);
		if (name && sh.sh_size && *nics < MAX_INITCALL_SECTS &&
		    initcall_level(name) >= 0) {
			ics[*nics].level = initcall_level(name);
			ics[*nics].addr = sh.sh_addr;
			ics[(*nics)++].size = sh.sh_size;
		}
		for (i = 0; name && i < n; i++) {
			if (!strcmp(name, want[i].name)) {
				want[i].addr = sh.sh_addr;
				want[i].size = sh.sh_size;
			}
		}
	}
	ret = 0;
out:
	if (e)
		elf_end(e);
	close(fd);
	return ret;
}

/* The module's name: its "name=" tag, which modpost's .mod.c adds. */
static const char *modinfo_name(const char *info, unsigned long size)
{
	const char *p = info, *end = info + size;

	for (; p < end; p += strlen(p) + 1)
		if (!strncmp(p, "name=", 5))
			return p + 5;
	return NULL;
}

/*
 * Built-in code's tags are "MODNAME.tag=value" (__MODULE_INFO_PREFIX): the
 * module's name, from the first tag that has one; NULL when none has.
 */
static char *builtin_name(const char *info, unsigned long size)
{
	const char *p = info, *end = info + size;

	for (; p < end; p += strlen(p) + 1) {
		const char *dot = strchr(p, '.'), *eq = strchr(p, '=');

		if (dot && eq && dot < eq)
			return strndup(p, dot - p);
	}
	return NULL;
}

static void register_modinfo(const char *module, const char *info,
			     unsigned long size, int loadable)
{
	const char *p = info, *end = info + size;
	size_t prefix = loadable ? 0 : strlen(module) + 1;

	for (; p < end; p += strlen(p) + 1) {
		const char *eq = strchr(p, '=');
		struct kshim_modinfo *mi;

		/* name=: the module's name, which kshim shows already. */
		if (!*p || !eq || !strncmp(p, "name=", 5))
			continue;
		if (prefix && (strncmp(p, module, prefix - 1) || p[prefix - 1] != '.'))
			continue;	/* another built-in module's */
		mi = calloc(1, sizeof(*mi));
		if (!mi)
			abort();
		mi->module = module;
		mi->tag = strndup(p + prefix, eq - p - prefix);
		mi->value = eq + 1;
		mi->loadable = loadable;
		kshim_register_modinfo(mi);
	}
}

/* Built-in code: its initcalls, by level, in the object's order. */
static void register_initcalls(const char *module, unsigned long base,
			       const struct initcall_sect *ics, int nics)
{
	int i;

	for (i = 0; i < nics; i++) {
		int (*const *fn)(void) = (int (*const *)(void))(base + ics[i].addr);
		size_t j;

		for (j = 0; j < ics[i].size / sizeof(*fn); j++) {
			struct kshim_initcall *ic = calloc(1, sizeof(*ic));
			unsigned long off, size;
			char sym[128];

			if (!ic)
				abort();
			ic->module = module;
			ic->fn = fn[j];
			/* The full symbol table: an initcall is static. */
			ic->fn_name = kshim_symbolize((const void *)fn[j], sym, sizeof(sym),
						      &off, &size) ? "?" : strdup(sym);
			ic->level = ics[i].level;
			ic->loadable = 0;
			kshim_register_initcall(ic);
		}
	}
}

/* The kernel side's reading of struct module (kernel/kernel/module/main.c). */
void kshim_module_calls(const void *mod, int (**init)(void), void (**exit)(void))
	__attribute__((weak));

/*
 * init and exit, as the kernel's loader takes them: from the module's
 * struct module (__this_module, which modpost's .mod.c fills in), whose
 * symbol is the module's own and not in its dynamic table.
 */
static void register_calls(const char *module, void *h, unsigned long this_module)
{
	int (*init)(void) = NULL;
	void (*exit)(void) = NULL;

	if (this_module && kshim_module_calls)
		kshim_module_calls((const void *)this_module, &init, &exit);
	else {
		init = (int (*)(void))dlsym(h, "init_module");
		exit = (void (*)(void))dlsym(h, "cleanup_module");
	}

	if (init) {
		struct kshim_initcall *ic = calloc(1, sizeof(*ic));

		if (!ic)
			abort();
		ic->module = module;
		ic->fn = init;
		ic->fn_name = "init_module";
		ic->level = 60;
		ic->loadable = 1;
		kshim_register_initcall(ic);
	}
	if (exit) {
		struct kshim_exitcall *ec = calloc(1, sizeof(*ec));

		if (!ec)
			abort();
		ec->module = module;
		ec->fn = exit;
		ec->fn_name = "cleanup_module";
		kshim_register_exitcall(ec);
	}
}

static void register_params(const char *module, unsigned long start,
			    unsigned long size)
{
	size_t each = kshim_kparam_size(), i;

	for (i = 0; i + each <= size; i += each) {
		struct kshim_paramreg *pr = calloc(1, sizeof(*pr));

		if (!pr)
			abort();
		pr->module = module;
		pr->param = (const struct kernel_param *)(start + i);
		kshim_register_param(pr);
	}
}

struct range {
	unsigned long base, lo, hi;
};

static int segments(struct dl_phdr_info *info, size_t size, void *data)
{
	struct range *r = data;
	int i;

	if (info->dlpi_addr != r->base)
		return 0;
	for (i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		unsigned long lo = r->base + ph->p_vaddr;

		if (ph->p_type != PT_LOAD)
			continue;
		if (!r->lo || lo < r->lo)
			r->lo = lo;
		if (lo + ph->p_memsz > r->hi)
			r->hi = lo + ph->p_memsz;
	}
	return 1;
}

int kshim_ko_open(const char *path, const char **name, char *err, size_t errlen)
{
	struct sect s[] = { { ".modinfo", 0, 0 }, { "__param", 0, 0 },
			    { ".gnu.linkonce.this_module", 0, 0 } };
	struct initcall_sect ics[MAX_INITCALL_SECTS];
	int nics = 0, loadable;
	struct link_map *lm;
	struct range r = { 0 };
	char *modname;
	struct ko *ko;
	void *h;

	if (read_sections(path, s, 3, ics, &nics, err, errlen))
		return -ENOEXEC;
	if (!s[0].size && !nics) {
		snprintf(err, errlen, "no .modinfo section and no initcall: not a kernel module");
		return -ENOEXEC;
	}
	/* Global: what it exports is found by the modules loaded after it. */
	h = dlopen(path, RTLD_NOW | RTLD_GLOBAL);
	if (!h) {
		snprintf(err, errlen, "%s", dlerror());
		return -ENOENT;
	}
	if (dlinfo(h, RTLD_DI_LINKMAP, &lm)) {
		snprintf(err, errlen, "%s", dlerror());
		dlclose(h);
		return -ENOEXEC;
	}
	/* A module has modpost's name= tag; built-in code (no MODULE) has not. */
	modname = (char *)modinfo_name((const char *)(lm->l_addr + s[0].addr), s[0].size);
	loadable = modname != NULL;
	modname = loadable ? strdup(modname) :
		  builtin_name((const char *)(lm->l_addr + s[0].addr), s[0].size);
	if (!modname) {
		/* No tag at all: the file's name, as Kbuild names the object. */
		const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;

		modname = strndup(base, strcspn(base, "."));
		for (char *c = modname; *c; c++)
			if (*c == '-')
				*c = '_';
	}
	if (loadable && nics) {
		snprintf(err, errlen, "a module (MODULE) with initcall sections: not linked by Kbuild or kshim build");
		dlclose(h);
		free(modname);
		return -ENOEXEC;
	}
	r.base = lm->l_addr;
	dl_iterate_phdr(segments, &r);
	ko = calloc(1, sizeof(*ko));
	if (!ko)
		abort();
	ko->name = modname;
	ko->lo = r.lo;
	ko->hi = r.hi;
	pthread_mutex_lock(&ko_lock);
	ko->next = kos;
	kos = ko;
	pthread_mutex_unlock(&ko_lock);

	register_modinfo(ko->name, (const char *)(lm->l_addr + s[0].addr), s[0].size,
			 loadable);
	if (loadable)
		register_calls(ko->name, h, s[2].addr ? lm->l_addr + s[2].addr : 0);
	else
		register_initcalls(ko->name, lm->l_addr, ics, nics);
	if (s[1].size)
		register_params(ko->name, lm->l_addr + s[1].addr, s[1].size);
	*name = ko->name;
	return 0;
}

const char *kshim_module_at(const void *addr)
{
	unsigned long a = (unsigned long)addr;
	const char *name = NULL;
	struct ko *ko;

	pthread_mutex_lock(&ko_lock);
	for (ko = kos; ko; ko = ko->next) {
		if (a >= ko->lo && a < ko->hi) {
			name = ko->name;
			break;
		}
	}
	pthread_mutex_unlock(&ko_lock);
	return name;
}

/*
 * A call to a kernel function kshim does not simulate: `kshim build` links
 * a stub for each one, which comes here. The module cannot go on (what
 * would the call have returned?): it is stopped as a BUG() stops it.
 */
void kshim_not_simulated(const char *func, const void *ret)
{
	const struct kshim_site *site = kshim_site_at(ret);

	if (site)
		kshim_defect(KSHIM_DEFECT_UNSIMULATED,
			     "%s() is not simulated (called from %s:%d, %s)", func,
			     site->file, site->line, site->func);
	else
		kshim_defect(KSHIM_DEFECT_UNSIMULATED,
			     "%s() is not simulated (called from %p)", func, ret);
	kshim_guard_unwind();
}

int kshim_module_open(const char *path)
{
	const char *name;
	char err[1024];
	int ret;

	ret = kshim_ko_open(path, &name, err, sizeof(err));
	if (ret)
		fprintf(stderr, "kshim: %s: %s (%s)\n", path, err, kshim_errname(ret));
	return ret;
}
