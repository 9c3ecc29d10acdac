// SPDX-License-Identifier: GPL-2.0-only
/*
 * Call sites from return addresses. A module built as a real .ko and
 * dlopen()ed calls kshim's kernel functions without a static struct
 * kshim_site: they get __builtin_return_address(0), and this file turns it
 * into the driver's file, function and line, from the object's DWARF.
 *
 * One libdwfl session serves the process. An object is reported to it when
 * an address in it is first looked up (objects come and go with dlopen()),
 * and dropped by kshim_symbolize_forget() when it is unloaded. Sites are
 * cached by address in an open-addressing table, so a sweep's repeated
 * lookups cost a hash probe under a mutex; they are never freed.
 */
#include <dlfcn.h>
#include <dwarf.h>
#include <elfutils/libdwfl.h>
#include <limits.h>
#include <link.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "symbolize.h"

/* A call site; never freed, so pointers handed out stay valid. */
struct site_rec {
	struct kshim_site site;		/* first: callers keep &rec->site */
	const char *obj;		/* the object's file, interned */
	uintptr_t off;			/* the return address less the load bias */
};

struct addr_ent {
	uintptr_t addr;			/* a return address; 0: free slot */
	struct site_rec *rec;
};

/* The loaded object holding an address. */
struct object {
	const char *path;		/* interned, symlinks resolved */
	uintptr_t bias;			/* its load bias (link_map's l_addr) */
	bool is_main;			/* the program itself, not a module */
};

/* A place in the source: one frame of the inline chain at an address. */
struct where {
	char file[PATH_MAX];		/* absolute when the DWARF allows */
	char comp_dir[PATH_MAX];	/* where it was compiled: "" unknown */
	const char *func;		/* libdw's or the symbol table's string */
	int line;
};

static pthread_mutex_t sym_lock = PTHREAD_MUTEX_INITIALIZER;

/*
 * Hash tables, at most half full, never shrunk. Pointer tables hold their
 * keys in the elements: by_off holds every site ever made, keyed by
 * (object, offset), so a reloaded object finds its old sites; strings
 * holds file, function and object names. All hang off these statics.
 */
static struct addr_ent *by_addr;
static unsigned int by_addr_bits;
static size_t by_addr_used;
static void **by_off;
static unsigned int by_off_bits;
static size_t by_off_used;
static void **strings;
static unsigned int strings_bits;
static size_t strings_used;

/*
 * Separate debug files by build ID, as /usr/lib/debug has them, but never
 * dwfl_standard_find_debuginfo(): with $DEBUGINFOD_URLS set it downloads,
 * and a sweep must not wait on the network for libc's lines.
 */
static Dwfl *dwfl;
static char *debuginfo_path;
static const Dwfl_Callbacks dwfl_callbacks = {
	.find_elf = dwfl_linux_proc_find_elf,
	.find_debuginfo = dwfl_build_id_find_debuginfo,
	.debuginfo_path = &debuginfo_path,
};

/* Fibonacci hashing: the top @bits bits of @h times 2^64 / phi. */
static inline size_t hash_slot(uint64_t h, unsigned int bits)
{
	return (size_t)((h * 0x9e3779b97f4a7c15ull) >> (64 - bits));
}

static uint64_t str_hash(const void *s)
{
	const unsigned char *p = s;
	uint64_t h = 0xcbf29ce484222325ull;	/* FNV-1a */

	while (*p)
		h = (h ^ *p++) * 0x100000001b3ull;
	return h;
}

static uint64_t off_hash(const char *obj, uintptr_t off)
{
	return (uintptr_t)obj * 31 + off;
}

static uint64_t rec_hash(const void *p)
{
	const struct site_rec *rec = p;

	return off_hash(rec->obj, rec->off);
}

/* The first free slot for hash @h. */
static size_t ptab_free_slot(void **tab, unsigned int bits, uint64_t h)
{
	size_t mask = ((size_t)1 << bits) - 1;
	size_t i;

	for (i = hash_slot(h, bits); tab[i]; i = (i + 1) & mask)
		;
	return i;
}

/* Make room for one more element in a pointer table. */
static int ptab_reserve(void ***tab, unsigned int *bits, size_t used,
			uint64_t (*hash)(const void *))
{
	size_t n = *tab ? (size_t)1 << *bits : 0;
	unsigned int nbits = *tab ? *bits + 1 : 6;
	void **t;
	size_t i;

	if ((used + 1) * 2 <= n)
		return 0;
	t = calloc((size_t)1 << nbits, sizeof(*t));
	if (!t)
		return -1;
	for (i = 0; i < n; i++)
		if ((*tab)[i])
			t[ptab_free_slot(t, nbits, hash((*tab)[i]))] = (*tab)[i];
	free(*tab);
	*tab = t;
	*bits = nbits;
	return 0;
}

/* The one copy of string @s; NULL when out of memory. */
static const char *intern(const char *s)
{
	uint64_t h = str_hash(s);
	size_t mask, i;
	char *copy;

	if (strings) {
		mask = ((size_t)1 << strings_bits) - 1;
		for (i = hash_slot(h, strings_bits); strings[i]; i = (i + 1) & mask)
			if (!strcmp(strings[i], s))
				return strings[i];
	}
	if (ptab_reserve(&strings, &strings_bits, strings_used, str_hash))
		return NULL;
	copy = strdup(s);
	if (copy) {
		strings[ptab_free_slot(strings, strings_bits, h)] = copy;
		strings_used++;
	}
	return copy;
}

static struct site_rec *addr_find(uintptr_t addr)
{
	size_t mask, i;

	if (!by_addr)
		return NULL;
	mask = ((size_t)1 << by_addr_bits) - 1;
	for (i = hash_slot(addr, by_addr_bits); by_addr[i].addr; i = (i + 1) & mask)
		if (by_addr[i].addr == addr)
			return by_addr[i].rec;
	return NULL;
}

static void addr_put(struct addr_ent *tab, unsigned int bits, struct addr_ent e)
{
	size_t mask = ((size_t)1 << bits) - 1;
	size_t i;

	for (i = hash_slot(e.addr, bits); tab[i].addr; i = (i + 1) & mask)
		;
	tab[i] = e;
}

/*
 * Move to a new table of 2^@bits slots, without the return addresses of
 * calls in [@lo, @hi) unless @keep_all. On failure the old table stays.
 */
static int addr_rebuild(unsigned int bits, uintptr_t lo, uintptr_t hi, bool keep_all)
{
	size_t n = by_addr ? (size_t)1 << by_addr_bits : 0;
	struct addr_ent *t = calloc((size_t)1 << bits, sizeof(*t));
	size_t i, used = 0;

	if (!t)
		return -1;
	for (i = 0; i < n; i++) {
		uintptr_t a = by_addr[i].addr;

		/* The call is at a - 1: drop @a if that is in [lo, hi). */
		if (!a || (!keep_all && a - 1 >= lo && a - 1 < hi))
			continue;
		addr_put(t, bits, by_addr[i]);
		used++;
	}
	free(by_addr);
	by_addr = t;
	by_addr_bits = bits;
	by_addr_used = used;
	return 0;
}

/* Remember @rec for @addr; a cache, so running out of memory only costs time. */
static void addr_add(uintptr_t addr, struct site_rec *rec)
{
	size_t slots = by_addr ? (size_t)1 << by_addr_bits : 0;
	struct addr_ent e = { addr, rec };

	if ((by_addr_used + 1) * 2 > slots &&
	    addr_rebuild(by_addr ? by_addr_bits + 1 : 8, 0, 0, true))
		return;
	addr_put(by_addr, by_addr_bits, e);
	by_addr_used++;
}

/* The return addresses in [lo, hi) are forgotten; all of them if memory is short. */
static void addr_drop(uintptr_t lo, uintptr_t hi)
{
	if (!by_addr || !addr_rebuild(by_addr_bits, lo, hi, false))
		return;
	memset(by_addr, 0, ((size_t)1 << by_addr_bits) * sizeof(*by_addr));
	by_addr_used = 0;
}

/* The site with these contents at @obj + @off, made if it is new. */
static struct site_rec *site_get(const char *obj, uintptr_t off, const char *file,
				 const char *func, int line)
{
	uint64_t h = off_hash(obj, off);
	struct site_rec *rec;
	size_t mask, i;

	if (by_off) {
		mask = ((size_t)1 << by_off_bits) - 1;
		for (i = hash_slot(h, by_off_bits); by_off[i]; i = (i + 1) & mask) {
			rec = by_off[i];
			/* Strings are interned: equal contents, equal pointers. */
			if (rec->obj == obj && rec->off == off && rec->site.file == file &&
			    rec->site.func == func && rec->site.line == line)
				return rec;
		}
	}
	if (ptab_reserve(&by_off, &by_off_bits, by_off_used, rec_hash))
		return NULL;
	rec = calloc(1, sizeof(*rec));
	if (!rec)
		return NULL;
	rec->site.file = file;
	rec->site.func = func;
	rec->site.line = line;
	rec->obj = obj;
	rec->off = off;
	by_off[ptab_free_slot(by_off, by_off_bits, h)] = rec;
	by_off_used++;
	return rec;
}

/* Lexically drop "." components, "dir/.." pairs and doubled slashes, in place. */
static void path_clean(char *path)
{
	bool abs = path[0] == '/';
	char out[PATH_MAX + 1];
	size_t o = abs, keep = abs;	/* ".." never pops out[0..keep) */
	const char *in = path;

	if (strlen(path) >= PATH_MAX)
		return;
	out[0] = '/';
	/* Each component kept is followed by '/'. */
	while (*in) {
		const char *end = strchrnul(in, '/');
		size_t n = end - in;
		bool dot = n == 1 && in[0] == '.';
		bool dotdot = n == 2 && in[0] == '.' && in[1] == '.';

		if (dotdot && o > keep) {
			o--;
			while (o > keep && out[o - 1] != '/')
				o--;
		} else if (n && !dot && !(dotdot && abs)) {
			memcpy(out + o, in, n);
			o += n;
			out[o++] = '/';
			if (dotdot)
				keep = o;	/* a relative path's leading ".." */
		}
		in = *end ? end + 1 : end;
	}
	if (o > 1)
		o--;
	if (!o)
		out[o++] = '.';
	out[o] = '\0';
	memcpy(path, out, o + 1);
}

/* @file of a CU compiled in @comp_dir, absolute where possible, into @buf. */
static void full_path(const char *file, const char *comp_dir, char *buf, size_t len)
{
	if (file[0] != '/' && comp_dir && comp_dir[0])
		snprintf(buf, len, "%s/%s", comp_dir, file);
	else
		snprintf(buf, len, "%s", file);
	path_clean(buf);
}

/* Is @path in or under directory @dir (both clean)? */
static bool path_under(const char *path, const char *dir)
{
	size_t n = strlen(dir);

	if (n == 1 && dir[0] == '/')
		return path[0] == '/';
	return !strncmp(path, dir, n) && path[n] == '/';
}

/*
 * Absolute @path (clean) as it is reported: relative to the working
 * directory when under it, through symlinks if need be, else unchanged.
 */
static void path_for_report(char *path, size_t len)
{
	char cwd[PATH_MAX], real[PATH_MAX];
	size_t n;

	if (path[0] != '/' || !getcwd(cwd, sizeof(cwd)) || !strcmp(cwd, "/"))
		return;
	n = strlen(cwd);
	if (!path_under(path, cwd)) {
		if (!realpath(path, real) || !path_under(real, cwd))
			return;
		snprintf(path, len, "%s", real);
	}
	memmove(path, path + n + 1, strlen(path + n + 1) + 1);
}

/* The object holding @pc, from the dynamic linker; false if none. */
static bool object_at(uintptr_t pc, struct object *obj)
{
	char exe[PATH_MAX], real[PATH_MAX];
	struct link_map *lm = NULL;
	const char *name;
	Dl_info info;
	ssize_t n;

	if (!dladdr1((void *)pc, &info, (void **)&lm, RTLD_DL_LINKMAP) || !lm)
		return false;
	name = lm->l_name;
	obj->is_main = !name || !name[0];
	if (obj->is_main) {
		/* dladdr() names the program as it was started: ask /proc. */
		n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
		if (n <= 0)
			return false;
		exe[n] = '\0';
		name = exe;
	}
	if (realpath(name, real))
		name = real;
	obj->path = intern(name);
	obj->bias = lm->l_addr;
	return obj->path;
}

/* The modules drop_modules() reports again. */
struct kept {
	struct kept_mod {
		const char *name;	/* libdwfl's: valid until dwfl_report_end() */
		Dwarf_Addr lo, hi;
	} *mods;
	size_t n, cap;
	Dwarf_Addr drop_lo, drop_hi;
	Dwfl_Module *keep;		/* never dropped */
	size_t dropped;
	bool nomem;
};

static int keep_or_drop(Dwfl_Module *mod, void **ud, const char *name,
			Dwarf_Addr start, void *arg)
{
	struct kept *k = arg;
	Dwarf_Addr lo, hi;

	dwfl_module_info(mod, NULL, &lo, &hi, NULL, NULL, NULL, NULL);
	if (mod != k->keep && lo < k->drop_hi && k->drop_lo < hi) {
		k->dropped++;
		return DWARF_CB_OK;
	}
	if (k->n == k->cap) {
		size_t cap = k->cap ? 2 * k->cap : 16;
		struct kept_mod *mods = realloc(k->mods, cap * sizeof(*mods));

		if (!mods) {
			k->nomem = true;
			return DWARF_CB_ABORT;
		}
		k->mods = mods;
		k->cap = cap;
	}
	k->mods[k->n++] = (struct kept_mod){ name, lo, hi };
	return DWARF_CB_OK;
}

/*
 * Make libdwfl forget the modules overlapping [lo, hi) but @keep. Reporting
 * the others again, unchanged, keeps them with their parsed DWARF; out of
 * memory, everything goes.
 */
static void drop_modules(uintptr_t lo, uintptr_t hi, Dwfl_Module *keep)
{
	struct kept k = { .drop_lo = lo, .drop_hi = hi, .keep = keep };
	size_t i;

	dwfl_getmodules(dwfl, keep_or_drop, &k, 0);
	if (k.dropped || k.nomem) {
		dwfl_report_begin(dwfl);
		for (i = 0; i < k.n && !k.nomem; i++)
			dwfl_report_module(dwfl, k.mods[i].name, k.mods[i].lo,
					   k.mods[i].hi);
		dwfl_report_end(dwfl, NULL, NULL);
	}
	free(k.mods);
}

/* Is @mod what was reported for @obj? The userdata holds the bias. */
static bool module_is(Dwfl_Module *mod, const struct object *obj)
{
	void **ud;
	const char *name = dwfl_module_info(mod, &ud, NULL, NULL, NULL, NULL,
					    NULL, NULL);

	return name && !strcmp(name, obj->path) && *ud == (void *)obj->bias;
}

/* The libdwfl module of @obj, which holds @pc: reported now if it is new. */
static Dwfl_Module *module_of(const struct object *obj, uintptr_t pc)
{
	Dwfl_Module *mod;
	Dwarf_Addr lo, hi;
	void **ud;

	if (!dwfl)
		dwfl = dwfl_begin(&dwfl_callbacks);
	if (!dwfl)
		return NULL;
	mod = dwfl_addrmodule(dwfl, pc);
	if (mod && module_is(mod, obj))
		return mod;
	dwfl_report_begin_add(dwfl);
	mod = dwfl_report_elf(dwfl, obj->path, obj->path, -1, obj->bias, true);
	dwfl_report_end(dwfl, NULL, NULL);
	if (!mod)
		return NULL;
	dwfl_module_info(mod, &ud, &lo, &hi, NULL, NULL, NULL, NULL);
	*ud = (void *)obj->bias;
	/* What was there before was unloaded without kshim_symbolize_forget(). */
	drop_modules(lo, hi, mod);
	return mod;
}

/* Move @w from inside inlined instance @die to its call site. */
static bool call_site(Dwarf_Die *die, Dwarf_Files *files, const char *comp_dir,
		      struct where *w)
{
	Dwarf_Attribute attr;
	Dwarf_Word file, line;
	const char *name;

	if (!files || dwarf_formudata(dwarf_attr(die, DW_AT_call_file, &attr), &file) ||
	    dwarf_formudata(dwarf_attr(die, DW_AT_call_line, &attr), &line))
		return false;
	name = dwarf_filesrc(files, file, NULL, NULL);
	if (!name)
		return false;
	full_path(name, comp_dir, w->file, sizeof(w->file));
	w->line = line;
	return true;
}

/* The directory of @cu's primary source file, into @dir; false if unknown. */
static bool cu_dir(Dwarf_Die *cu, const char *comp_dir, char *dir, size_t len)
{
	const char *name = dwarf_diename(cu);
	char *slash;

	if (!name)
		return false;
	full_path(name, comp_dir, dir, len);
	slash = strrchr(dir, '/');
	if (!slash)
		return false;
	if (slash == dir)
		slash++;		/* in "/" */
	*slash = '\0';
	return true;
}

/*
 * @w for @pc from the line table and the inline chain: the innermost
 * function whose line is in the CU's directory (the driver's code rather
 * than a header's inline wrapper), else the outermost. False without lines.
 */
static bool dwarf_where(Dwfl_Module *mod, uintptr_t pc, struct where *w)
{
	Dwfl_Line *line = dwfl_module_getsrc(mod, pc);
	Dwarf_Die *scopes = NULL, inner, *cu;
	Dwarf_Files *files = NULL;
	Dwarf_Attribute attr;
	const char *src, *comp_dir;
	char dir[PATH_MAX];
	Dwarf_Addr bias;
	bool have_dir;
	int n, i;

	cu = line ? dwfl_module_addrdie(mod, pc, &bias) : NULL;
	src = cu ? dwfl_lineinfo(line, NULL, &w->line, NULL, NULL, NULL) : NULL;
	if (!src)
		return false;
	comp_dir = dwarf_formstring(dwarf_attr(cu, DW_AT_comp_dir, &attr));
	full_path(src, comp_dir, w->file, sizeof(w->file));
	snprintf(w->comp_dir, sizeof(w->comp_dir), "%s", comp_dir ? comp_dir : "");
	w->func = NULL;
	have_dir = cu_dir(cu, comp_dir, dir, sizeof(dir));

	/* Innermost scope first, then its DIE's parents: the concrete chain. */
	n = dwarf_getscopes(cu, pc - bias, &scopes);
	if (n <= 0) {
		free(scopes);
		return true;
	}
	inner = scopes[0];
	free(scopes);
	scopes = NULL;
	n = dwarf_getscopes_die(&inner, &scopes);
	if (dwarf_getsrcfiles(cu, &files, NULL))
		files = NULL;
	for (i = 0; i < n; i++) {
		int tag = dwarf_tag(&scopes[i]);

		if (tag != DW_TAG_subprogram && tag != DW_TAG_inlined_subroutine &&
		    tag != DW_TAG_entry_point)
			continue;
		w->func = dwarf_diename(&scopes[i]);
		if (tag != DW_TAG_inlined_subroutine ||
		    !have_dir || path_under(w->file, dir))
			break;
		if (!call_site(&scopes[i], files, comp_dir, w))
			break;
		w->func = NULL;		/* the caller's, found next */
	}
	free(scopes);
	return true;
}

/* The function at @pc from the symbol tables, for code without lines. */
static const char *symbol_name(Dwfl_Module *mod, uintptr_t pc)
{
	const char *name = mod ? dwfl_module_addrname(mod, pc) : NULL;
	Dl_info info;

	if (!name && dladdr((void *)pc, &info))
		name = info.dli_sname;
	return name ? name : "?";
}

/* The site of the call at @pc (a return address less one); NULL if none. */
static struct site_rec *resolve(uintptr_t pc)
{
	struct where w;
	const char *file, *func;
	struct object obj;
	Dwfl_Module *mod;

	if (!object_at(pc, &obj))
		return NULL;
	mod = module_of(&obj, pc);
	if (!mod || !dwarf_where(mod, pc, &w)) {
		snprintf(w.file, sizeof(w.file), "%s", obj.path);
		w.comp_dir[0] = '\0';
		w.line = 0;
		w.func = NULL;
	}
	if (!w.func)
		w.func = symbol_name(mod, pc);
	/*
	 * A file under the directory it was compiled in is named from there,
	 * as __FILE__ names it (Kbuild compiles from the tree's top: the
	 * path of BUG() and WARN() reports); any other relative to here.
	 */
	if (w.comp_dir[0] && path_under(w.file, w.comp_dir))
		memmove(w.file, w.file + strlen(w.comp_dir) + 1,
			strlen(w.file + strlen(w.comp_dir) + 1) + 1);
	else
		path_for_report(w.file, sizeof(w.file));
	file = intern(w.file);
	func = intern(w.func);
	if (!file || !func)
		return NULL;
	return site_get(obj.path, pc + 1 - obj.bias, file, func, w.line);
}

const struct kshim_site *kshim_site_at(const void *ret)
{
	uintptr_t addr = (uintptr_t)ret;
	struct site_rec *rec;

	if (!addr)
		return NULL;
	pthread_mutex_lock(&sym_lock);
	rec = addr_find(addr);
	if (!rec) {
		rec = resolve(addr - 1);
		if (rec)
			addr_add(addr, rec);
	}
	pthread_mutex_unlock(&sym_lock);
	return rec ? &rec->site : NULL;
}

/* A module's name as the kernel's: the file's name up to a '.', '-' as '_'. */
static void module_name(const char *path, char *buf, size_t len)
{
	const char *base = strrchr(path, '/');
	size_t i;

	snprintf(buf, len, "%s", base ? base + 1 : path);
	buf[strcspn(buf, ".")] = '\0';
	for (i = 0; buf[i]; i++)
		if (buf[i] == '-')
			buf[i] = '_';
}

const char *kshim_symbolize_str(const void *addr, char *buf, size_t len)
{
	uintptr_t pc = (uintptr_t)addr;
	Dwfl_Module *mod = NULL;
	const char *name = NULL;
	char mod_name[NAME_MAX + 1] = "";
	struct object obj;
	GElf_Off off = 0;
	GElf_Sym sym = { 0 };
	Dl_info info;
	ElfW(Sym) *dsym;

	pthread_mutex_lock(&sym_lock);
	if (object_at(pc, &obj)) {
		mod = module_of(&obj, pc);
		if (mod)
			name = dwfl_module_addrinfo(mod, pc, &off, &sym, NULL, NULL, NULL);
		if (!obj.is_main)
			module_name(obj.path, mod_name, sizeof(mod_name));
	}
	/* No .symtab: the dynamic symbols. */
	if (!name && dladdr1(addr, &info, (void **)&dsym, RTLD_DL_SYMENT) &&
	    info.dli_sname && info.dli_saddr && dsym) {
		name = info.dli_sname;
		off = pc - (uintptr_t)info.dli_saddr;
		sym.st_size = dsym->st_size;
	}
	if (!name)
		snprintf(buf, len, "0x%lx", (unsigned long)pc);
	else
		snprintf(buf, len, "%s+0x%lx/0x%lx%s%s%s", name, (unsigned long)off,
			 (unsigned long)sym.st_size, mod_name[0] ? " [" : "",
			 mod_name, mod_name[0] ? "]" : "");
	pthread_mutex_unlock(&sym_lock);
	return buf;
}

void kshim_symbolize_forget(const void *start, const void *end)
{
	uintptr_t lo = (uintptr_t)start, hi = (uintptr_t)end;

	pthread_mutex_lock(&sym_lock);
	addr_drop(lo, hi);
	if (dwfl)
		drop_modules(lo, hi, NULL);
	pthread_mutex_unlock(&sym_lock);
}
