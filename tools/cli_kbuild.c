// SPDX-License-Identifier: GPL-2.0-only
/*
 * kshim-uml build: compile a driver as Kbuild compiles an external module
 * for ARCH=um, in the kernel tree kshim prepared (kshim/tree/prepare), and
 * link it into the shared object kshim loads. The flags are Kbuild's own,
 * taken from the tree once (kbuild-flags), so a rebuild is one compiler run
 * per file and a link, not a make of the tree.
 *
 * The link (cli_link_ko(), also for a .ko that Kbuild built): each kernel
 * symbol the module needs is kshim's; the printf family is renamed to
 * kshim's (the C library's stays the C library's); a function kshim does
 * not simulate gets a stub that reports the call, so the module still
 * loads. A data symbol kshim lacks stays undefined: the load fails and
 * names it.
 */
#include <dlfcn.h>
#include <dwarf.h>
#include <elfutils/libdwfl.h>
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli.h"
#include "kshim-uml-config.h"

static const char help[] =
"usage: kshim build FILE.c... [-o NAME.so] [-I DIR] [-D NAME[=VALUE]] [--builtin]\n"
"                  [--coverage]\n"
"\n"
"Compiles driver sources as Kbuild compiles an external module for ARCH=um,\n"
"against kshim's kernel tree ($KSHIM_KERNEL_TREE, or the build's), with\n"
"-DMODULE and KBUILD_MODNAME from the module's name (NAME, or the first\n"
"file's; '-' becomes '_'), and links the module kshim loads. Each kernel\n"
"function it calls that kshim does not simulate is named on stderr.\n"
"--builtin: built-in code (no -DMODULE, no NAME.mod.c), for kshim boot.\n"
"--coverage: profiled as GCOV_PROFILE := y profiles a driver, the objects and\n"
"their .gcno kept in .NAME.objs/ beside the module, where the .gcda files\n"
"are written when the program that loaded it ends (gcov, lcov). Exit\n"
"status: 0 built, 1 the compiler or linker failed, 4 bad usage.\n";

/* The printf family: the kernel's are kshim_* in this process. */
static const char *const renamed[] = {
	"sprintf", "vsprintf", "snprintf", "vsnprintf", "sscanf", "vsscanf",
};
#define NRENAMED	(sizeof(renamed) / sizeof(renamed[0]))

/* The tree: $KSHIM_KERNEL_TREE, the build's when run from it, or the installed one. */
const char *cli_kernel_tree(void)
{
	const char *env = getenv("KSHIM_KERNEL_TREE");
	static char exe[PATH_MAX];
	ssize_t n;

	if (env && *env)
		return env;
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		if (strncmp(exe, KSHIM_BUILD_ROOT "/", strlen(KSHIM_BUILD_ROOT) + 1))
			return KSHIM_INSTALL_KERNEL_TREE;
	}
	return KSHIM_KERNEL_TREE;
}

/* A growing argument vector for one command. */
struct argv {
	char **v;
	int n, cap;
};

static void add(struct argv *a, const char *s)
{
	if (a->n + 2 > a->cap) {
		a->cap = a->cap ? a->cap * 2 : 64;
		a->v = realloc(a->v, a->cap * sizeof(*a->v));
		if (!a->v)
			abort();
	}
	a->v[a->n++] = strdup(s);
	a->v[a->n] = NULL;
}

static void addf(struct argv *a, const char *fmt, const char *s)
{
	char buf[PATH_MAX + 64];

	snprintf(buf, sizeof(buf), fmt, s);
	add(a, buf);
}

static void argv_free(struct argv *a)
{
	while (a->n)
		free(a->v[--a->n]);
	free(a->v);
	a->v = NULL;
	a->cap = 0;
}

/* Run @a; 0 when it exited 0. The command's own messages go to stderr. */
static int run(struct argv *a)
{
	int status, i;
	pid_t pid;

	if (getenv("KSHIM_VERBOSE")) {
		for (i = 0; i < a->n; i++)
			fprintf(stderr, "%s%s", i ? " " : "", a->v[i]);
		fputc('\n', stderr);
	}
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		execvp(a->v[0], a->v);
		cli_error("%s: %s", a->v[0], strerror(errno));
		_exit(127);
	}
	if (pid < 0 || waitpid(pid, &status, 0) < 0)
		return -1;
	return WIFEXITED(status) && !WEXITSTATUS(status) ? 0 : -1;
}

/* Kbuild's flags for the tree: kbuild-flags, one a line. */
static int add_kbuild_flags(struct argv *a)
{
	char path[PATH_MAX], line[PATH_MAX + 64];
	FILE *f;

	snprintf(path, sizeof(path), "%s/kbuild-flags", cli_kernel_tree());
	f = fopen(path, "r");
	if (!f) {
		cli_error("%s: %s: the kernel tree is not prepared (kshim/tree/prepare)",
			  path, strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = '\0';
		if (*line)
			add(a, line);
	}
	fclose(f);
	return 0;
}

/* ---- The link ---- */

enum use { USE_NONE, USE_CALL, USE_POINTER, USE_DATA };

struct undef {
	char *name;
	enum use use;
};

/* The relocation types that say how a symbol is used. */
static enum use use_of(unsigned int type, int from_code)
{
	switch (type) {
	case R_X86_64_PLT32:
	case R_X86_64_PLTOFF64:
		return USE_CALL;
	case R_X86_64_GOT64:
	case R_X86_64_GOTPCREL:
	case R_X86_64_GOTPCRELX:
	case R_X86_64_REX_GOTPCRELX:
	case R_X86_64_GOTPCREL64:
		/* Loaded from code through the GOT: most likely a variable. */
		return from_code ? USE_DATA : USE_POINTER;
	case R_X86_64_64:
		/* In data: a function in an ops table, most likely. */
		return from_code ? USE_DATA : USE_POINTER;
	default:
		return USE_POINTER;
	}
}

/* The undefined symbols of relocatable @path, and how each is used. */
static int undefined_symbols(const char *path, struct undef **out, size_t *nout)
{
	Elf_Scn *scn = NULL, *symscn = NULL;
	struct undef *u = NULL;
	size_t nsyms = 0, shstrndx, i;
	Elf_Data *syms = NULL;
	GElf_Shdr symsh;
	int fd, ret = -1;
	Elf *e;

	elf_version(EV_CURRENT);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	e = elf_begin(fd, ELF_C_READ, NULL);
	if (!e || elf_getshdrstrndx(e, &shstrndx))
		goto out;
	while ((scn = elf_nextscn(e, scn))) {
		GElf_Shdr sh;

		if (gelf_getshdr(scn, &sh) && sh.sh_type == SHT_SYMTAB) {
			symscn = scn;
			symsh = sh;
		}
	}
	if (!symscn || !(syms = elf_getdata(symscn, NULL)))
		goto out;
	nsyms = symsh.sh_size / symsh.sh_entsize;
	u = calloc(nsyms, sizeof(*u));
	if (!u)
		abort();
	for (i = 1; i < nsyms; i++) {
		GElf_Sym sym;
		const char *name;

		if (!gelf_getsym(syms, i, &sym) || sym.st_shndx != SHN_UNDEF)
			continue;
		name = elf_strptr(e, symsh.sh_link, sym.st_name);
		if (name && *name && strcmp(name, "_GLOBAL_OFFSET_TABLE_"))
			u[i].name = strdup(name);
	}
	/* How each is used, from the relocations against it. */
	while ((scn = elf_nextscn(e, scn))) {
		GElf_Shdr sh, target;
		Elf_Data *d;
		size_t j, n;
		int from_code;

		if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_RELA ||
		    !gelf_getshdr(elf_getscn(e, sh.sh_info), &target))
			continue;
		if (!(target.sh_flags & SHF_ALLOC))
			continue;	/* debug information */
		from_code = !!(target.sh_flags & SHF_EXECINSTR);
		d = elf_getdata(scn, NULL);
		n = sh.sh_size / sh.sh_entsize;
		for (j = 0; d && j < n; j++) {
			GElf_Rela r;
			size_t s;
			enum use use;

			if (!gelf_getrela(d, j, &r))
				continue;
			s = GELF_R_SYM(r.r_info);
			if (s >= nsyms || !u[s].name)
				continue;
			use = use_of(GELF_R_TYPE(r.r_info), from_code);
			/* A call anywhere makes it a function. */
			if (u[s].use != USE_CALL && (use == USE_CALL || use > u[s].use))
				u[s].use = use;
		}
	}
	*out = u;
	*nout = nsyms;
	u = NULL;
	ret = 0;
out:
	free(u);
	if (e)
		elf_end(e);
	close(fd);
	return ret;
}

/*
 * The names @path's DWARF declares as external functions (DW_TAG_subprogram
 * with DW_AT_declaration), into u[].use: the compiler's own word on what a
 * symbol is, where the relocations leave it open (a function's address
 * loaded from code, as INIT_DELAYED_WORK() does with delayed_work_timer_fn).
 */
static int no_debuginfo(Dwfl_Module *m, void **u, const char *name, Dwarf_Addr a,
			const char *file, const char *debuglink, GElf_Word crc, char **path)
{
	return -1;	/* it is in the object itself; never looked for elsewhere */
}

static const Dwfl_Callbacks offline = {
	.find_elf = dwfl_build_id_find_elf,
	.find_debuginfo = no_debuginfo,
	.section_address = dwfl_offline_section_address,
};

static void functions_from_dwarf(const char *path, struct undef *u, size_t n)
{
	Dwarf_Off off = 0, next;
	Dwfl *dwfl = dwfl_begin(&offline);
	Dwfl_Module *mod;
	Dwarf_Addr bias;
	Dwarf *dw = NULL;
	size_t hsize;

	/* libdwfl applies a relocatable object's relocations to its DWARF. */
	if (!dwfl)
		return;
	mod = dwfl_report_offline(dwfl, "module", path, -1);
	dwfl_report_end(dwfl, NULL, NULL);
	if (mod)
		dw = dwfl_module_getdwarf(mod, &bias);
	while (dw && !dwarf_nextcu(dw, off, &next, &hsize, NULL, NULL, NULL)) {
		Dwarf_Die cu, die;

		if (dwarf_offdie(dw, off + hsize, &cu) && dwarf_child(&cu, &die) == 0) {
			do {
				const char *name;
				size_t i;

				if (dwarf_tag(&die) != DW_TAG_subprogram ||
				    !dwarf_hasattr(&die, DW_AT_declaration) ||
				    !(name = dwarf_diename(&die)))
					continue;
				for (i = 0; i < n; i++)
					if (u[i].name && u[i].use == USE_DATA &&
					    !strcmp(u[i].name, name))
						u[i].use = USE_POINTER;
			} while (dwarf_siblingof(&die, &die) == 0);
		}
		off = next;
	}
	dwfl_end(dwfl);
}

static int is_renamed(const char *name)
{
	size_t i;

	for (i = 0; i < NRENAMED; i++)
		if (!strcmp(name, renamed[i]))
			return 1;
	return 0;
}

/* Does this kshim give a module symbol @name (as the link finds it)? */
static int provided(const char *name)
{
	return is_renamed(name) || dlsym(RTLD_DEFAULT, name);
}

/*
 * kshim-uml symbols: of the kernel symbol names on standard input, one a
 * line, print those this kshim provides: what Module.symvers lists
 * (tools/symvers), so that modpost names the rest as undefined.
 */
int cmd_symbols(int argc, char **argv)
{
	char line[512];

	if (argc > 1) {
		fputs("usage: kshim-uml symbols < NAMES\n"
		      "Prints the names, of those read one a line, that kshim provides to modules.\n",
		      argc == 2 && !strcmp(argv[1], "--help") ? stdout : stderr);
		return argc == 2 && !strcmp(argv[1], "--help") ? EXIT_CLEAN : EXIT_USAGE;
	}
	while (fgets(line, sizeof(line), stdin)) {
		line[strcspn(line, "\n")] = '\0';
		if (*line && provided(line))
			puts(line);
	}
	return EXIT_CLEAN;
}

/*
 * A stub for each function kshim lacks: the call is reported, not a crash.
 * Weak: a module loaded before this one that exports the function (its
 * EXPORT_SYMBOL) is found first, as the kernel resolves it.
 */
static void write_stub(FILE *f, const char *name)
{
	fprintf(f, "__attribute__((weak)) void %s(void)\n{\n\tkshim_not_simulated(\"%s\", __builtin_return_address(0));\n}\n\n",
		name, name);
}

/*
 * The version script of the module's shared object: what it exports
 * (EXPORT_SYMBOL leaves a __ksymtab_NAME) and its stubs are its dynamic
 * symbols, the rest is local, as in the kernel a module's other symbols
 * are its own: every module has an init_module and a __this_module, and
 * each must find its own.
 */
static int write_version_script(const char *ko, const char *path, struct undef *u,
				size_t n, const char *stubbed)
{
	Elf_Scn *scn = NULL;
	FILE *f = fopen(path, "w");
	int fd;
	Elf *e;
	size_t i;

	if (!f)
		return -1;
	/* "global:" with no name is a syntax error: "local:" alone then. */
	fputs("{\n\tglobal:\n\t\t__kshim_no_such_symbol;\n", f);
	for (i = 0; i < n; i++)
		if (u[i].name && stubbed[i])
			fprintf(f, "\t\t%s;\n", u[i].name);
	fd = open(ko, O_RDONLY | O_CLOEXEC);
	e = fd < 0 ? NULL : elf_begin(fd, ELF_C_READ, NULL);
	while (e && (scn = elf_nextscn(e, scn))) {
		GElf_Shdr sh;
		Elf_Data *d;

		if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_SYMTAB ||
		    !(d = elf_getdata(scn, NULL)))
			continue;
		for (i = 1; i < sh.sh_size / sh.sh_entsize; i++) {
			GElf_Sym sym;
			const char *name;

			if (gelf_getsym(d, i, &sym) && sym.st_shndx != SHN_UNDEF &&
			    (name = elf_strptr(e, sh.sh_link, sym.st_name)) &&
			    !strncmp(name, "__ksymtab_", 10))
				fprintf(f, "\t\t%s;\n", name + 10);
		}
	}
	if (e)
		elf_end(e);
	if (fd >= 0)
		close(fd);
	fputs("\tlocal: *;\n};\n", f);
	return fclose(f);
}

/* The module's own copy of gcov's runtime, for a module built with --coverage. */
static int link_gcov;

int cli_link_ko(const char *ko, const char *out, const char *modname)
{
	char tmp[] = "/tmp/kshim-link-XXXXXX", renamed_ko[PATH_MAX], stubs_c[PATH_MAX],
	     stubs_o[PATH_MAX], vers[PATH_MAX], vers_arg[PATH_MAX + 32];
	struct argv a = { 0 };
	struct undef *u;
	size_t n, i, nstubs = 0, nrenamed;
	char *stubbed;
	FILE *f;
	int ret = -1;

	if (undefined_symbols(ko, &u, &n)) {
		cli_error("%s: not a relocatable ELF object (ENOEXEC)", ko);
		return -1;
	}
	functions_from_dwarf(ko, u, n);
	stubbed = calloc(n + 1, 1);
	if (!stubbed)
		abort();
	if (!mkdtemp(tmp)) {
		cli_error("link: %s", strerror(errno));
		goto out;
	}
	snprintf(renamed_ko, sizeof(renamed_ko), "%s/module.ko", tmp);
	snprintf(stubs_c, sizeof(stubs_c), "%s/stubs.c", tmp);
	snprintf(stubs_o, sizeof(stubs_o), "%s/stubs.o", tmp);
	snprintf(vers, sizeof(vers), "%s/module.ver", tmp);
	f = fopen(stubs_c, "w");
	if (!f)
		goto out;
	fputs("void kshim_not_simulated(const char *func, const void *ret);\n\n", f);
	add(&a, "objcopy");
	for (i = 0; i < n; i++) {
		if (!u[i].name)
			continue;
		if (is_renamed(u[i].name)) {
			char buf[128];

			snprintf(buf, sizeof(buf), "%s=kshim_%s", u[i].name, u[i].name);
			add(&a, "--redefine-sym");
			add(&a, buf);
			continue;
		}
		if (dlsym(RTLD_DEFAULT, u[i].name))
			continue;
		/* gcov's runtime: linked into the module itself (--coverage). */
		if (link_gcov && !strncmp(u[i].name, "__gcov_", 7))
			continue;
		if (u[i].use == USE_DATA) {
			fprintf(stderr, "WARNING: kshim: \"%s\" [%s] is not simulated: data, so the module will not load unless a module loaded before it exports it\n",
				u[i].name, modname);
			continue;
		}
		fprintf(stderr, "WARNING: kshim: \"%s\" [%s] is not simulated\n", u[i].name, modname);
		write_stub(f, u[i].name);
		stubbed[i] = 1;
		nstubs++;
	}
	fclose(f);
	nrenamed = (a.n - 1) / 2;	/* objcopy, then --redefine-sym NAME=... pairs */
	if (write_version_script(ko, vers, u, n, stubbed)) {
		cli_error("link: %s: %s", vers, strerror(errno));
		goto out;
	}
	/* Each of these is a process: only what this module needs. */
	if (nrenamed) {
		add(&a, ko);
		add(&a, renamed_ko);
		if (run(&a)) {
			cli_error("%s: objcopy failed", ko);
			goto out;
		}
	}
	argv_free(&a);
	if (nstubs) {
		add(&a, KSHIM_CC);
		add(&a, "-c");
		add(&a, "-fPIC");
		add(&a, "-fno-omit-frame-pointer");
		add(&a, "-o");
		add(&a, stubs_o);
		add(&a, stubs_c);
		if (run(&a)) {
			cli_error("%s: compiling the stubs failed", ko);
			goto out;
		}
		argv_free(&a);
	}
	add(&a, "ld");
	add(&a, "-shared");
	snprintf(vers_arg, sizeof(vers_arg), "--version-script=%s", vers);
	add(&a, vers_arg);
	add(&a, "-o");
	add(&a, out);
	add(&a, nrenamed ? renamed_ko : ko);
	if (nstubs)
		add(&a, stubs_o);
	if (link_gcov)
		add(&a, KSHIM_LIBGCOV);
	if (run(&a)) {
		cli_error("%s: the link failed (built without -fPIC? kshim needs KCFLAGS=-fPIC)",
			  ko);
		goto out;
	}
	ret = 0;
out:
	argv_free(&a);
	unlink(renamed_ko);
	unlink(stubs_c);
	unlink(stubs_o);
	unlink(vers);
	rmdir(tmp);
	free(stubbed);
	for (i = 0; i < n; i++)
		free(u[i].name);
	free(u);

	return ret;
}

/* ---- The build ---- */

/* "drivers/foo-bar.c" -> "foo_bar", as Kbuild names a module. */
static void modname_of(const char *path, char *name, size_t len)
{
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	char *p;

	snprintf(name, len, "%s", base);
	p = strrchr(name, '.');
	if (p)
		*p = '\0';
	for (p = name; *p; p++)
		if (*p == '-')
			*p = '_';
}

/* Does object @path define global @name? */
static int defines(const char *path, const char *name)
{
	Elf_Scn *scn = NULL;
	int fd, found = 0;
	Elf *e;

	elf_version(EV_CURRENT);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	e = elf_begin(fd, ELF_C_READ, NULL);
	while (e && !found && (scn = elf_nextscn(e, scn))) {
		Elf_Data *d;
		GElf_Shdr sh;
		size_t i;

		if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_SYMTAB ||
		    !(d = elf_getdata(scn, NULL)))
			continue;
		for (i = 1; i < sh.sh_size / sh.sh_entsize; i++) {
			GElf_Sym sym;
			const char *n;

			if (!gelf_getsym(d, i, &sym) || sym.st_shndx == SHN_UNDEF ||
			    GELF_ST_BIND(sym.st_info) == STB_LOCAL)
				continue;
			n = elf_strptr(e, sh.sh_link, sym.st_name);
			if (n && !strcmp(n, name)) {
				found = 1;
				break;
			}
		}
	}
	if (e)
		elf_end(e);
	close(fd);
	return found;
}

/*
 * What modpost writes into NAME.mod.c, for the tags and struct module:
 * .init and .exit only when the module has them.
 */
static int compile(const char *src, const char *obj, const char *modname,
		   const char *basename, int nextra, char **extra, int gcov,
		   int builtin);

static void mod_c_text(char *buf, size_t len, int init, int exit)
{
	snprintf(buf, len, "#include <linux/module.h>\n"
		 "#define INCLUDE_VERMAGIC\n"
		 "#include <linux/vermagic.h>\n"
		 "#include <linux/compiler.h>\n\n"
		 "MODULE_INFO(vermagic, VERMAGIC_STRING);\n"
		 "MODULE_INFO(name, KBUILD_MODNAME);\n\n"
		 "__visible struct module __this_module\n"
		 "__section(\".gnu.linkonce.this_module\") = {\n"
		 "\t.name = KBUILD_MODNAME,\n%s%s"
		 "\t.arch = MODULE_ARCH_INIT,\n"
		 "};\n\n"
		 "MODULE_INFO(depends, \"\");\n",
		 init ? "\t.init = init_module,\n" : "",
		 exit ? "\t.exit = cleanup_module,\n" : "");
}

/* Is @path a file older than @than (missing counts as older)? */
static int older(const char *path, const char *than)
{
	struct stat a, b;

	return stat(path, &a) || (!stat(than, &b) && a.st_mtime < b.st_mtime);
}

/*
 * NAME.mod.c and NAME.mod.o, kept beside the module as Kbuild keeps them:
 * the object is compiled again only when the text changed (another name,
 * init or exit) or the tree's flags did, so a rebuild of an edited driver
 * is one compiler run for its file, not two.
 */
static int mod_object(const char *modc, const char *modo, const char *name,
		      int init, int exit)
{
	char text[2048], old[2048] = "", flags[PATH_MAX];
	FILE *f = fopen(modc, "r");
	size_t n = 0;

	if (f) {
		n = fread(old, 1, sizeof(old) - 1, f);
		old[n] = '\0';
		fclose(f);
	}
	mod_c_text(text, sizeof(text), init, exit);
	snprintf(flags, sizeof(flags), "%s/kbuild-flags", cli_kernel_tree());
	if (!strcmp(text, old) && !older(modo, modc) && !older(modo, flags))
		return 0;
	f = fopen(modc, "w");
	if (!f || fputs(text, f) < 0 || fclose(f))
		return -1;
	return compile(modc, modo, name, name, 0, NULL, 0, 0);
}


static int compile(const char *src, const char *obj, const char *modname,
		   const char *basename, int nextra, char **extra, int gcov,
		   int builtin)
{
	char cwd[PATH_MAX];
	struct argv a = { 0 };
	int i, ret;

	add(&a, KSHIM_CC);
	if (add_kbuild_flags(&a)) {
		argv_free(&a);
		return -2;
	}
	/* __FILE__ as Kbuild gives it: relative to where the build runs. */
	if (getcwd(cwd, sizeof(cwd)))
		addf(&a, "-fmacro-prefix-map=%s/=", cwd);
	/* Kbuild's CFLAGS_GCOV for gcc. */
	if (gcov) {
		add(&a, "-fprofile-arcs");
		add(&a, "-ftest-coverage");
		add(&a, "-fno-tree-loop-im");
	}
	for (i = 0; i < nextra; i++)
		add(&a, extra[i]);
	if (!builtin) {
		add(&a, "-DMODULE");
	} else {
		/* Built in, Kbuild names the module's file: "drivers/foo/bar". */
		char modfile[PATH_MAX];

		snprintf(modfile, sizeof(modfile), "%.*s", (int)(strrchr(src, '.') ?
			 strrchr(src, '.') - src : (long)strlen(src)), src);
		addf(&a, "-DKBUILD_MODFILE=\"%s\"", modfile);
	}
	addf(&a, "-DKBUILD_BASENAME=\"%s\"", basename);
	addf(&a, "-DKBUILD_MODNAME=\"%s\"", modname);
	addf(&a, "-D__KBUILD_MODNAME=kmod_%s", modname);
	add(&a, "-c");
	add(&a, "-o");
	add(&a, obj);
	add(&a, src);
	ret = run(&a);
	argv_free(&a);
	return ret;
}

int cmd_build(int argc, char **argv)
{
	char tmp[] = "/tmp/kshim-build-XXXXXX", name[NAME_MAX], path[PATH_MAX],
	     out_buf[PATH_MAX + 8];
	const char *out = NULL;
	char **extra = calloc(argc + 1, sizeof(*extra)), **srcs = calloc(argc + 1, sizeof(*srcs));
	struct argv ld = { 0 };
	int i, nextra = 0, nsrcs = 0, status = EXIT_INIT, gcov = 0, builtin = 0;
	char objdir[PATH_MAX];
	struct stat st;

	if (!extra || !srcs)
		abort();
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			fputs(help, stdout);
			status = EXIT_CLEAN;
			goto done;
		}
		if (!strcmp(a, "--coverage")) {
			gcov = 1;
		} else if (!strcmp(a, "--builtin")) {
			builtin = 1;
		} else if (!strcmp(a, "-o") || !strcmp(a, "-I") || !strcmp(a, "-D")) {
			if (i + 1 == argc) {
				cli_error("build: %s needs a value (EINVAL)", a);
				status = EXIT_USAGE;
				goto done;
			}
			if (!strcmp(a, "-o"))
				out = argv[++i];
			else
				extra[nextra++] = argv[i++], extra[nextra++] = argv[i];
		} else if (!strncmp(a, "-I", 2) || !strncmp(a, "-D", 2)) {
			extra[nextra++] = argv[i];
		} else if (a[0] == '-') {
			cli_error("build: %s: unknown option (EINVAL); see kshim build --help", a);
			status = EXIT_USAGE;
			goto done;
		} else if (stat(a, &st)) {
			cli_error("%s: %s (%s)", a, strerror(errno),
				  errno == ENOENT ? "ENOENT" : "EIO");
			status = EXIT_USAGE;
			goto done;
		} else {
			srcs[nsrcs++] = argv[i];
		}
	}
	if (!nsrcs) {
		cli_error("build: no source file given (EINVAL); see kshim build --help");
		status = EXIT_USAGE;
		goto done;
	}
	modname_of(out ? out : srcs[0], name, sizeof(name));
	if (!out) {
		snprintf(out_buf, sizeof(out_buf), "%s.so", name);
		out = out_buf;
	}
	if (!mkdtemp(tmp)) {
		cli_error("build: %s", strerror(errno));
		goto done;
	}
	if (gcov) {
		/* Kept: the .gcno beside each object, the .gcda to come. */
		const char *slash = strrchr(out, '/');

		snprintf(objdir, sizeof(objdir), "%.*s.%s.objs", slash ? (int)(slash - out + 1) : 0,
			 out, name);
		if (mkdir(objdir, 0755) && errno != EEXIST) {
			cli_error("build: %s: %s", objdir, strerror(errno));
			goto clean;
		}
		link_gcov = 1;
	}
	add(&ld, "ld");
	add(&ld, "-r");
	add(&ld, "-T");
	snprintf(path, sizeof(path), "%s/tree/scripts/module.lds", cli_kernel_tree());
	add(&ld, path);
	add(&ld, "-o");
	snprintf(path, sizeof(path), "%s/%s.ko", tmp, name);
	add(&ld, path);
	/* Built-in code has no NAME.mod.c: modpost writes none for it. */
	for (i = 0; i <= nsrcs - builtin; i++) {
		char obj[PATH_MAX + NAME_MAX + 16], base[NAME_MAX];
		int r, j, init = 0, exit = 0;

		if (i < nsrcs) {
			modname_of(srcs[i], base, sizeof(base));
			snprintf(obj, sizeof(obj), "%s/%d-%s.o", gcov ? objdir : tmp, i, base);
			r = compile(srcs[i], obj, name, base, nextra, extra, gcov, builtin);
		} else {
			/* Last, as Kbuild links it: NAME.mod.o, beside the module. */
			const char *slash = strrchr(out, '/');
			int dirlen = slash ? (int)(slash - out + 1) : 0;

			snprintf(path, sizeof(path), "%.*s%s.mod.c", dirlen, out, name);
			snprintf(obj, sizeof(obj), "%.*s%s.mod.o", dirlen, out, name);
			for (j = 6; j < ld.n; j++) {
				init |= defines(ld.v[j], "init_module");
				exit |= defines(ld.v[j], "cleanup_module");
			}
			r = mod_object(path, obj, name, init, exit);
		}
		if (r) {
			cli_error("build: %s: the compiler failed", out);
			goto clean;
		}
		add(&ld, obj);
	}
	if (run(&ld)) {
		cli_error("build: %s: ld -r failed", out);
		goto clean;
	}
	snprintf(path, sizeof(path), "%s/%s.ko", tmp, name);
	if (!cli_link_ko(path, out, name))
		status = EXIT_CLEAN;
clean:
	/* The .ko and the objects, but the kept ones: .mod.o, --coverage's. */
	for (i = 5; i < ld.n; i++)
		if (!strncmp(ld.v[i], tmp, strlen(tmp)) &&
		    (!gcov || strncmp(ld.v[i], objdir, strlen(objdir))))
			unlink(ld.v[i]);
	rmdir(tmp);
done:
	argv_free(&ld);
	free(extra);
	free(srcs);
	return status;
}

/* ---- Loading ---- */

int kshim_ko_open(const char *path, const char **name, char *err, size_t errlen);

/* Is @path a relocatable object (a .ko as Kbuild leaves it)? */
static int is_relocatable(const char *path)
{
	unsigned char h[18];
	int fd = open(path, O_RDONLY | O_CLOEXEC), ret = 0;

	if (fd < 0)
		return 0;
	if (read(fd, h, sizeof(h)) == sizeof(h) && !memcmp(h, ELFMAG, SELFMAG))
		ret = h[16] == ET_REL;
	close(fd);
	return ret;
}

int cli_open_ko(const char *path, struct cli_module *mod)
{
	char so[PATH_MAX], abs[PATH_MAX], err[1024], base[NAME_MAX];
	const char *load = path;
	int ret;

	if (is_relocatable(path)) {
		/* Kbuild's .ko: linked as kshim build links, beside no file of the user's. */
		modname_of(path, base, sizeof(base));
		snprintf(so, sizeof(so), "/tmp/kshim-%d-%s.so", (int)getpid(), base);
		if (cli_link_ko(path, so, base))
			return -1;
		load = so;
	}
	if (!realpath(load, abs)) {
		cli_error("%s: %s", load, strerror(errno));
		return -1;
	}
	ret = kshim_ko_open(abs, &mod->name, err, sizeof(err));
	if (load != path)
		unlink(so);
	if (ret == -ENOENT && strstr(err, "undefined symbol: ")) {
		/* What the kernel logs, and insmod says, for an unknown symbol. */
		fprintf(stderr, "kshim: %s: Unknown symbol %s (err %d): data kshim does not provide\n",
			mod->base, strstr(err, "undefined symbol: ") + strlen("undefined symbol: "),
			-ENOENT);
		fprintf(stderr, "insmod: ERROR: could not insert module %s: Unknown symbol in module\n",
			path);
		return -1;
	}
	if (ret) {
		fprintf(stderr, "insmod: ERROR: could not insert module %s: Invalid module format (%s)\n",
			path, err);
		return -1;
	}
	return 0;
}
