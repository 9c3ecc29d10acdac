// SPDX-License-Identifier: GPL-2.0-only
/*
 * Modules and their lifecycle, by 6.1's rules (kernel/module/main.c):
 * - insmod: -EEXIST when loaded; parameters parsed first (a bad one fails the
 *   load); init runs; a negative result unloads the module, exit never runs;
 *   a positive one is warned about and the module stays loaded.
 * - rmmod: -ENOENT when not loaded; -EBUSY when it has init but no exit, or
 *   is not live (its init crashed); -EWOULDBLOCK while someone holds it.
 * - boot: built-in initcalls by level, in link order; a failure does not
 *   stop the boot.
 * Registration comes from constructors (init.h, module.h, moduleparam.h)
 * that run before main() or at dlopen().
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <kshim/classapi.h>
#include "internal.h"

enum state { UNLOADED, COMING, LIVE, GOING, CRASHED };

struct mod {
	char *name;
	struct kshim_initcall *init;	/* module_init (loadable) */
	struct kshim_exitcall *exit;
	const struct kernel_param **params;
	unsigned int nparams, params_cap;
	enum state state;
	int loadable;			/* has code compiled with MODULE */
	int builtin;			/* has initcalls compiled without MODULE */
	int converted;			/* compiled with MODULE, made built in */
	int exit_called;
	int refcount;
	int initcall_ret;		/* the last boot's result */
	int initcall_ran;
	struct mod *next;
};

/* Registrations land here first, from constructors, in link order. */
static struct kshim_initcall *initcalls, **initcalls_tail = &initcalls;
static struct kshim_exitcall *exitcalls;
static struct kshim_modinfo *modinfos, **modinfos_tail = &modinfos;
static struct kshim_paramreg *paramregs, **paramregs_tail = &paramregs;
static int registry_dirty;

static struct mod *mods;
static int booted;
static int panicked;
static pthread_mutex_t module_lock = PTHREAD_MUTEX_INITIALIZER;

/* How many registrations, and the module of the last one (for dlopen()). */
static unsigned long nregistrations;
static const char *last_registered;

unsigned long kshim_registry_count(const char **last_module)
{
	if (last_module)
		*last_module = last_registered;
	return nregistrations;
}

static void registered(const char *module)
{
	nregistrations++;
	last_registered = module;
	registry_dirty = 1;
}

void kshim_register_initcall(struct kshim_initcall *ic)
{
	ic->next = NULL;
	*initcalls_tail = ic;
	initcalls_tail = &ic->next;
	registered(ic->module);
}

void kshim_register_exitcall(struct kshim_exitcall *ec)
{
	ec->next = exitcalls;
	exitcalls = ec;
	registered(ec->module);
}

void kshim_register_modinfo(struct kshim_modinfo *mi)
{
	mi->next = NULL;
	*modinfos_tail = mi;
	modinfos_tail = &mi->next;
	registered(mi->module);
}

void kshim_register_param(struct kshim_paramreg *pr)
{
	pr->next = NULL;
	*paramregs_tail = pr;
	paramregs_tail = &pr->next;
	registered(pr->module);
}

/* Module names compare as the kernel's do: '-' and '_' alike. */
static int name_eq(const char *a, const char *b)
{
	for (; *a && *b; a++, b++) {
		char ca = *a == '-' ? '_' : *a;
		char cb = *b == '-' ? '_' : *b;

		if (ca != cb)
			return 0;
	}
	return *a == *b;
}

static struct mod *find(const char *name)
{
	struct mod *m;

	for (m = mods; m; m = m->next)
		if (name_eq(m->name, name))
			return m;
	return NULL;
}

static struct mod *find_or_add(const char *name)
{
	struct mod *m = find(name), **tail;

	if (m)
		return m;
	m = calloc(1, sizeof(*m));
	if (!m || !(m->name = strdup(name))) {
		fprintf(stderr, "kshim: out of memory registering module %s (ENOMEM)\n", name);
		abort();
	}
	for (tail = &mods; *tail; tail = &(*tail)->next)
		;
	*tail = m;
	return m;
}

static void add_param(struct mod *m, const struct kernel_param *kp)
{
	unsigned int i;

	for (i = 0; i < m->nparams; i++)
		if (m->params[i] == kp)
			return;
	if (m->nparams == m->params_cap) {
		unsigned int ncap = m->params_cap ? m->params_cap * 2 : 8;
		const struct kernel_param **n = realloc(m->params, ncap * sizeof(*n));

		if (!n)
			abort();
		m->params = n;
		m->params_cap = ncap;
	}
	m->params[m->nparams++] = kp;
}

/*
 * Two modules of one name linked into one program: the kernel would refuse
 * the second with -EEXIST. Said once; the first one stays.
 */
static void name_clash(const struct mod *m, struct kshim_initcall *ic)
{
	if (ic->clash_reported)
		return;
	ic->clash_reported = 1;
	fprintf(stderr, "kshim: module %s: linked in twice (module_init %s, then %s): the second is ignored (EEXIST)\n",
		m->name, m->init->fn_name, ic->fn_name);
}

/* Fold the registrations into the module table (again, after a dlopen). */
static void sync_registry(void)
{
	struct kshim_initcall *ic;
	struct kshim_exitcall *ec;
	struct kshim_paramreg *pr;
	struct kshim_modinfo *mi;

	if (!registry_dirty)
		return;
	registry_dirty = 0;
	for (ic = initcalls; ic; ic = ic->next) {
		struct mod *m = find_or_add(ic->module);

		if (ic->loadable && m->init && m->init != ic)
			name_clash(m, ic);
		else if (ic->loadable)
			m->init = ic, m->loadable = 1;
		else
			m->builtin = 1;
	}
	for (ec = exitcalls; ec; ec = ec->next) {
		struct mod *m = find_or_add(ec->module);

		m->exit = ec;
		m->loadable = 1;
	}
	for (pr = paramregs; pr; pr = pr->next)
		add_param(find_or_add(pr->module), pr->param);
	/* A library module (no init, no exit) is loadable all the same. */
	for (mi = modinfos; mi; mi = mi->next) {
		struct mod *m = find_or_add(mi->module);

		if (mi->loadable && !m->converted)
			m->loadable = 1;
	}
}

/* Forget a module's registrations: its shared object is being unloaded. */
void kshim_module_forget(const char *name)
{
	struct kshim_initcall **ic;
	struct kshim_exitcall **ec;
	struct kshim_paramreg **pr;
	struct kshim_modinfo **mi;
	struct mod **pm, *m;

	pthread_mutex_lock(&module_lock);
	for (ic = &initcalls; *ic;)
		if (name_eq((*ic)->module, name))
			*ic = (*ic)->next;
		else
			ic = &(*ic)->next;
	for (initcalls_tail = &initcalls; *initcalls_tail;)
		initcalls_tail = &(*initcalls_tail)->next;
	for (ec = &exitcalls; *ec;)
		if (name_eq((*ec)->module, name))
			*ec = (*ec)->next;
		else
			ec = &(*ec)->next;
	for (pr = &paramregs; *pr;)
		if (name_eq((*pr)->module, name))
			*pr = (*pr)->next;
		else
			pr = &(*pr)->next;
	for (paramregs_tail = &paramregs; *paramregs_tail;)
		paramregs_tail = &(*paramregs_tail)->next;
	for (mi = &modinfos; *mi;)
		if (name_eq((*mi)->module, name))
			*mi = (*mi)->next;
		else
			mi = &(*mi)->next;
	for (modinfos_tail = &modinfos; *modinfos_tail;)
		modinfos_tail = &(*modinfos_tail)->next;
	for (pm = &mods; *pm; pm = &(*pm)->next) {
		if (name_eq((*pm)->name, name)) {
			m = *pm;
			*pm = m->next;
			free(m->params);
			free(m->name);
			free(m);
			break;
		}
	}
	pthread_mutex_unlock(&module_lock);
}

const char *kshim_modinfo(const char *module, const char *tag, unsigned int n)
{
	struct kshim_modinfo *mi;

	if (!module || !tag)
		return NULL;
	for (mi = modinfos; mi; mi = mi->next)
		if (name_eq(mi->module, module) && !strcmp(mi->tag, tag) && n-- == 0)
			return mi->value;
	return NULL;
}

const char *kshim_modinfo_nth(const char *module, unsigned int n, const char **tag)
{
	struct kshim_modinfo *mi;

	for (mi = modinfos; mi; mi = mi->next)
		if (name_eq(mi->module, module) && n-- == 0) {
			*tag = mi->tag;
			return mi->value;
		}
	return NULL;
}

/*
 * Built-in code from a module compiled with MODULE (the command line's
 * boot): under MODULE every initcall macro is module_init, which built in
 * is a device initcall; the exit code is discarded.
 */
int kshim_module_make_builtin(const char *name)
{
	struct mod *m;

	pthread_mutex_lock(&module_lock);
	sync_registry();
	m = find(name);
	if (!m || !m->loadable || m->state != UNLOADED) {
		pthread_mutex_unlock(&module_lock);
		if (!m)
			return -ENOENT;
		return m->loadable ? -EBUSY : 0;	/* built in already */
	}
	if (m->init) {
		m->init->loadable = 0;
		m->init->level = 60;
	}
	m->init = NULL;
	m->exit = NULL;
	m->loadable = 0;
	m->builtin = 1;
	m->converted = 1;
	pthread_mutex_unlock(&module_lock);
	return 0;
}

const char *kshim_module_name(unsigned int n)
{
	struct mod *m;

	pthread_mutex_lock(&module_lock);
	sync_registry();
	for (m = mods; m && n; m = m->next)
		n--;
	pthread_mutex_unlock(&module_lock);
	return m ? m->name : NULL;
}

void kshim_panicked_set(void)
{
	panicked = 1;
}

void kshim_modules_linked_in(void)
{
	char buf[1024];
	size_t len;
	struct mod *m;

	len = (size_t)snprintf(buf, sizeof(buf), "Modules linked in:");
	for (m = mods; m && len < sizeof(buf); m = m->next) {
		if (m->state == UNLOADED)
			continue;
		/* Out of tree, unsigned; '+' while loading, as the kernel marks them. */
		len += (size_t)snprintf(buf + len, sizeof(buf) - len, " %s(OE%s)",
					m->name, m->state == COMING ? "+" :
					m->state == GOING ? "-" : "");
	}
	kshim_klog(4, "%s", buf);
}

/* 6.1's license_is_gpl_compatible(). */
static int gpl_compatible(const char *license)
{
	static const char *const ok[] = {
		"GPL", "GPL v2", "GPL and additional rights", "Dual BSD/GPL",
		"Dual MIT/GPL", "Dual MPL/GPL",
	};
	size_t i;

	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
		if (!strcmp(license, ok[i]))
			return 1;
	return 0;
}

/* kernel/module/main.c: module_license_taint_check(), with the same order. */
static void license_taint_check(struct mod *m)
{
	const char *license = kshim_modinfo(m->name, "license", 0);

	if (!license)
		license = "unspecified";
	if (gpl_compatible(license))
		return;
	/* Printed for the first such module only: the taint is already there. */
	if (!test_taint(KSHIM_TAINT_PROPRIETARY_MODULE))
		kshim_klog(4, "%s: module license '%s' taints kernel.", m->name, license);
	add_taint(KSHIM_TAINT_PROPRIETARY_MODULE, 1 /* LOCKDEP_NOW_UNRELIABLE */);
}

static int call_init(void *arg)
{
	return ((struct kshim_initcall *)arg)->fn();
}

static int call_exit(void *arg)
{
	((struct kshim_exitcall *)arg)->fn();
	return 0;
}

static int parse_params(const char *doing, const char *args,
			int builtin, const struct kernel_param **params,
			unsigned int n)
{
	char *copy = strdup(args ? args : "");
	int ret;

	if (!copy)
		return -ENOMEM;
	ret = kshim_parse_args(doing, copy, params, n, builtin);
	free(copy);
	return ret;
}

struct parse_call {
	struct mod *m;
	const char *args;
};

static int call_parse(void *arg)
{
	struct parse_call *pa = arg;

	return parse_params(pa->m->name, pa->args, 0, pa->m->params, pa->m->nparams);
}

/*
 * What a module leaves behind when its exit has run or its init failed is
 * checked now: the kernel frees the module's memory next.
 */
static void unload_checks(const char *module, const char *when)
{
	kshim_deferred_unload(module, when);	/* timers, work left pending */
	kshim_lockdep_unload(module, when);	/* locks held */
	kshim_uspace_unload(module, when);	/* devices user space can open */
	kshim_i2c_unload(module, when);		/* drivers, adapters left registered */
}

static int load(struct mod *m, const char *args)
{
	struct parse_call pa;
	int ret = 0;

	if (m->state == LIVE)
		return -EEXIST;
	if (m->state != UNLOADED)
		return -EBUSY;	/* 6.1 would wait forever for the crashed load */

	license_taint_check(m);
	kshim_params_reset(m->params, m->nparams);
	/* A parameter's set() is driver code too: it may BUG. */
	pa = (struct parse_call){ m, args };
	if (kshim_call_guarded(m->name, call_parse, &pa, &ret)) {
		m->state = CRASHED;
		return KSHIM_CRASH;
	}
	if (ret) {
		kshim_free_params(m->params, m->nparams);
		return ret;
	}

	m->state = COMING;
	m->exit_called = 0;
	if (m->init && kshim_call_guarded(m->name, call_init, m->init, &ret)) {
		m->state = CRASHED;
		return KSHIM_CRASH;
	}
	if (ret < 0) {
		unload_checks(m->name, "failed init");
		kshim_free_params(m->params, m->nparams);
		m->state = UNLOADED;
		return ret;
	}
	if (ret > 0) {
		kshim_klog(4, "do_init_module: '%s'->init suspiciously returned %d, it should follow 0/-E convention\n"
			   "do_init_module: loading module anyway...", m->name, ret);
		dump_stack();
	}
	m->state = LIVE;
	return ret;
}

static struct mod *lookup(const char *name)
{
	struct mod *m;

	pthread_mutex_lock(&module_lock);
	sync_registry();
	m = find(name);
	pthread_mutex_unlock(&module_lock);
	return m;
}

/* A test that names no module: its own bug, said clearly. */
static int bad_name(const char *fn, const char *name)
{
	if (name && *name)
		return 0;
	kshim_defect(KSHIM_DEFECT_MISUSE, "%s(%s): no module name given (EINVAL)", fn,
		     name ? "\"\"" : "NULL");
	return 1;
}

int kshim_load(const char *name, const char *args)
{
	struct mod *m;
	int ret;

	if (bad_name("kshim_load", name))
		return -EINVAL;
	m = lookup(name);

	if (panicked) {
		fprintf(stderr, "kshim: insmod %s: the kernel has panicked; reset it first\n", name);
		return KSHIM_CRASH;
	}
	if (!m || !m->loadable) {
		fprintf(stderr, "kshim: insmod %s: no loadable module of that name is linked in (ENOENT)\n",
			name);
		return -ENOENT;
	}
	kshim_set_comm("insmod");
	ret = load(m, args);
	kshim_set_comm(NULL);
	return ret;
}

static int unload(struct mod *m)
{
	int ret;

	if (m->state == UNLOADED)
		return -ENOENT;
	if (m->state != LIVE)
		return -EBUSY;		/* "already dying": its init never finished */
	if (m->init && !m->exit)
		return -EBUSY;		/* this module can't be removed */
	if (m->refcount)
		return -EWOULDBLOCK;

	m->state = GOING;
	if (m->exit && kshim_call_guarded(m->name, call_exit, m->exit, &ret)) {
		m->state = CRASHED;
		return KSHIM_CRASH;
	}
	m->exit_called = m->exit != NULL;
	unload_checks(m->name, "exit");
	kshim_free_params(m->params, m->nparams);
	m->state = UNLOADED;
	return 0;
}

int kshim_unload(const char *name)
{
	struct mod *m;
	int ret;

	if (bad_name("kshim_unload", name))
		return -EINVAL;
	m = lookup(name);

	if (panicked)
		return KSHIM_CRASH;
	if (!m || !m->loadable)
		return -ENOENT;
	kshim_set_comm("rmmod");
	ret = unload(m);
	kshim_set_comm(NULL);
	return ret;
}

bool kshim_module_loaded(const char *name)
{
	struct mod *m = lookup(name);

	return m && m->state == LIVE;
}

int kshim_module_refcnt(const char *name)
{
	struct mod *m = lookup(name);

	if (!m || m->state == UNLOADED)
		return -ENOENT;
	/* load_module() holds a reference during init: a crashed one keeps it. */
	return m->refcount + (m->state == COMING || m->state == CRASHED);
}

bool kshim_module_loadable(const char *name)
{
	struct mod *m = lookup(name);

	return m && m->loadable;
}

bool kshim_exit_called(const char *name)
{
	struct mod *m = lookup(name);

	return m && m->exit_called;
}

int kshim_unload_all(void)
{
	struct mod *m;
	int n = 0;

	if (panicked)
		return 0;
	kshim_set_comm("rmmod");
	for (m = mods; m; m = m->next)
		if (m->loadable && m->state == LIVE && unload(m) == 0)
			n++;
	kshim_set_comm(NULL);
	return n;
}

int kshim_modules_live(void)
{
	struct mod *m;
	int n = 0;

	for (m = mods; m; m = m->next)
		if (m->state != UNLOADED)
			n++;
	return n;
}

/*
 * The command line's "<module>.<param>=<value>" words for a module compiled
 * with MODULE and made built in: its parameters' names have no prefix.
 */
static char *words_for(const struct mod *m, const char *cmdline)
{
	size_t len = strlen(m->name), n = 0;
	char *out = calloc(1, strlen(cmdline) + 1);
	const char *p = cmdline;

	while (out && *p) {
		const char *start, *end;
		int quoted = 0;

		while (*p == ' ')
			p++;
		start = p;
		for (end = p; *end && (quoted || *end != ' '); end++)
			if (*end == '"')
				quoted = !quoted;
		p = end;
		if ((size_t)(end - start) > len + 1 && start[len] == '.') {
			char prefix[256];

			snprintf(prefix, sizeof(prefix), "%.*s", (int)len, start);
			if (!name_eq(prefix, m->name))
				continue;
			if (n)
				out[n++] = ' ';
			memcpy(out + n, start + len + 1, end - start - len - 1);
			n += end - start - len - 1;
		}
	}
	return out;
}

/* Boot: every built-in module's parameters come from the command line. */
static int boot_params(const char *cmdline)
{
	const struct kernel_param **all = NULL;
	struct kshim_paramreg *pr;
	unsigned int n = 0;
	struct mod *m;
	int ret;

	for (pr = paramregs; pr; pr = pr->next) {
		m = find(pr->module);
		if (!m || !m->builtin || m->converted)
			continue;
		all = realloc(all, (n + 1) * sizeof(*all));
		if (!all)
			return -ENOMEM;
		all[n++] = pr->param;
	}
	kshim_params_reset(all, n);
	ret = parse_params("Booting kernel", cmdline, 1, all, n);
	free(all);
	for (m = mods; m; m = m->next) {
		char *words;

		if (!m->converted)
			continue;
		words = words_for(m, cmdline ? cmdline : "");
		kshim_params_reset(m->params, m->nparams);
		if (words && *words)
			parse_params("Booting kernel", words, 1, m->params, m->nparams);
		free(words);
	}
	return ret;
}

static long long usecs_since(const struct timespec *t0)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (t.tv_sec - t0->tv_sec) * 1000000LL + (t.tv_nsec - t0->tv_nsec) / 1000;
}

/* "fn+0x0/0x1c", as initcall_debug's %pS names an initcall. */
static const char *initcall_name(const struct kshim_initcall *ic, char *buf,
				 size_t len)
{
	unsigned long off, size;
	char name[128];

	if (kshim_symbolize((const void *)ic->fn, name, sizeof(name), &off, &size))
		snprintf(buf, len, "%s+0x0/0x0", ic->fn_name);
	else
		snprintf(buf, len, "%s+0x%lx/0x%lx", name, off, size);
	return buf;
}

static int run_initcall(struct kshim_initcall *ic, int debug)
{
	struct mod *m = find(ic->module);
	struct timespec t0;
	char name[160];
	int ret = 0;

	/* init/main.c: do_one_initcall() and its initcall_debug lines. */
	if (debug) {
		kshim_klog(7, "calling  %s @ %d", initcall_name(ic, name, sizeof(name)),
			   kshim_current_pid());
		clock_gettime(CLOCK_MONOTONIC, &t0);
	}
	if (kshim_call_guarded(ic->module, call_init, ic, &ret))
		ret = KSHIM_CRASH;
	if (debug && ret != KSHIM_CRASH)
		kshim_klog(7, "initcall %s returned %d after %lld usecs",
			   name, ret, usecs_since(&t0));
	m->initcall_ret = ret;
	m->initcall_ran = 1;
	return ret < 0;
}

int kshim_boot(const char *cmdline)
{
	struct kshim_initcall *ic;
	int level, failed = 0;
	int debug = cmdline && strstr(cmdline, "initcall_debug") != NULL;

	pthread_mutex_lock(&module_lock);
	sync_registry();
	pthread_mutex_unlock(&module_lock);
	if (booted) {
		fprintf(stderr, "kshim: boot: the kernel has booted already; reset it first (EBUSY)\n");
		return -EBUSY;
	}
	booted = 1;
	kshim_set_comm("swapper/0");
	boot_params(cmdline);
	/* Levels are 10 * the kernel's level, 5 for _sync; rootfs is 55. */
	for (level = 0; level < 80; level++)
		for (ic = initcalls; ic; ic = ic->next)
			if (!ic->loadable && ic->level == level)
				failed += run_initcall(ic, debug);
	kshim_set_comm(NULL);
	return failed;
}

int kshim_initcall_result(const char *module)
{
	struct mod *m = lookup(module);

	return m && m->initcall_ran ? m->initcall_ret : -ENOENT;
}

/* sysfs: /sys/module/<module>/parameters/<param> */
static const struct kernel_param *find_param(const char *module, const char *param)
{
	struct mod *m = lookup(module);
	unsigned int i;

	if (!m)
		return NULL;
	for (i = 0; i < m->nparams; i++) {
		const char *name = kshim_param_name(m->params[i]);
		const char *dot = m->builtin && !m->loadable ? strchr(name, '.') : NULL;

		if (name_eq(dot ? dot + 1 : name, param))
			return m->params[i];
	}
	return NULL;
}

int kshim_param_read(const char *module, const char *param, char *buf, size_t len)
{
	const struct kernel_param *kp;

	if (bad_name("kshim_param_read", module) || !param)
		return -EINVAL;
	kp = find_param(module, param);

	/* Permission 0: the parameter has no file in sysfs at all. */
	if (!kp || !kshim_param_perm(kp))
		return -ENOENT;
	if (!(kshim_param_perm(kp) & 0444))
		return -EACCES;
	return kshim_param_get(kp, buf, len);
}

int kshim_param_write(const char *module, const char *param, const char *val)
{
	const struct kernel_param *kp;

	if (bad_name("kshim_param_write", module) || !param || !val)
		return -EINVAL;
	kp = find_param(module, param);

	if (!kp || !kshim_param_perm(kp))
		return -ENOENT;
	if (!(kshim_param_perm(kp) & 0222))
		return -EACCES;
	return kshim_param_set(kp, val);
}

/*
 * try_module_get() and friends, whose struct module is each kernel half's
 * own (kernel/module.c, kernel/kernel/module/main.c): a held module cannot
 * be removed. Not while its exit runs: module_is_live() is false once it
 * is going.
 */
int kshim_module_ref_try(const char *name)
{
	struct mod *m = lookup(name);

	if (!m || m->state == UNLOADED || m->state == CRASHED || m->state == GOING)
		return 0;
	m->refcount++;
	return 1;
}

void kshim_module_ref_get(const char *name)
{
	struct mod *m = lookup(name);

	if (m && m->state != UNLOADED && m->state != CRASHED)
		m->refcount++;
}

void kshim_module_ref_put(const char *name)
{
	struct mod *m = lookup(name);

	if (m && m->refcount > 0)
		m->refcount--;
}

void kshim_reset(void)
{
	struct mod *m;

	/* Nothing may run while the kernel is torn down. */
	kshim_work_threads_reset(0);
	pthread_mutex_lock(&module_lock);
	sync_registry();
	for (m = mods; m; m = m->next) {
		m->state = UNLOADED;
		m->exit_called = 0;
		m->refcount = 0;
		m->initcall_ran = 0;
		kshim_free_params(m->params, m->nparams);
	}
	booted = 0;
	panicked = 0;
	pthread_mutex_unlock(&module_lock);

	kshim_device_reset();	/* first: it reads devices the slab reset frees */
	kshim_class_reset();
	kshim_uspace_reset();
	kshim_i2c_reset();
	kshim_fault_reset();
	kshim_slab_reset();
	kshim_lockdep_reset();
	kshim_sched_reset();
	kshim_io_reset();
	kshim_irq_reset();
	kshim_random_reset();
	kshim_time_reset();
	kshim_taint_reset();
	kshim_bug_reset();
	kshim_defect_reset();
	kshim_log_reset();
	kshim_work_threads_reset(1);
}
