// SPDX-License-Identifier: GPL-2.0-only
/*
 * Module parameters, by 6.1's rules (kernel/params.c, lib/cmdline.c and
 * kernel/module/main.c): the standard ops, arrays and strings, parsing of
 * insmod's arguments and of the boot command line, and the sysfs view.
 *
 * kshim keeps two things the kernel does not need: a snapshot of each
 * parameter's compiled-in value (a module loaded again starts from it, as
 * a fresh copy of the module would) and whether the parameter is "live"
 * (its module is loaded, or booted): only then does it have a sysfs file,
 * and only then is it freed.
 */
#include <linux/ctype.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/kstrtox.h>
#include <linux/list.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/panic.h>
#include <linux/slab.h>
#include <linux/string.h>

/* What sysfs hands a show() or store(): one page. */
#define PARAM_PAGE_SIZE		4096
/* x86's boot command line limit: longer ones are cut (setup_arch()). */
#define KSHIM_CMDLINE_SIZE	2048
/* param_set_charp()'s limit on a string's length. */
#define CHARP_MAX_LEN		1024

/* ---- Strings the parameters allocated (charp) ---- */

/* Only these are freed: a charp may also point at a compiled-in string. */
struct kmalloced_param {
	struct list_head list;
	char val[];
};
static LIST_HEAD(kmalloced_params);

static char *kmalloc_parameter(size_t len)
{
	struct kmalloced_param *p = kmalloc(sizeof(*p) + len, GFP_KERNEL);

	if (!p)
		return NULL;
	list_add(&p->list, &kmalloced_params);
	return p->val;
}

static void maybe_kfree_parameter(void *val)
{
	struct kmalloced_param *p;

	list_for_each_entry(p, &kmalloced_params, list) {
		if (p->val == val) {
			list_del(&p->list);
			kfree(p);
			return;
		}
	}
}

/* start_kernel() parses the command line before mm_init(): no slab yet. */
static bool parsing_boot_line;

static bool param_slab_up(void)
{
	return !parsing_boot_line;
}

/* ---- Names ---- */

static char dash2underscore(char c)
{
	return c == '-' ? '_' : c;
}

bool parameqn(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (dash2underscore(a[i]) != dash2underscore(b[i]))
			return false;
	return true;
}

bool parameq(const char *a, const char *b)
{
	/* The terminating NUL is compared too: a prefix is no match. */
	return parameqn(a, b, strlen(a) + 1);
}

/* ---- The standard types ---- */

#define PARAM_INT_TYPE(name, type, format, parse)			\
int param_set_##name(const char *val, const struct kernel_param *kp)	\
{									\
	return parse(val, 0, (type *)kp->arg);				\
}									\
int param_get_##name(char *buffer, const struct kernel_param *kp)	\
{									\
	return scnprintf(buffer, PARAM_PAGE_SIZE, format "\n",		\
			 *(type *)kp->arg);				\
}									\
const struct kernel_param_ops param_ops_##name = {			\
	.set = param_set_##name,					\
	.get = param_get_##name,					\
}

/* 6.1's formats: hexint reads back as "0x" and at least 6 digits. */
PARAM_INT_TYPE(byte, unsigned char, "%hhu", kstrtou8);
PARAM_INT_TYPE(short, short, "%hi", kstrtos16);
PARAM_INT_TYPE(ushort, unsigned short, "%hu", kstrtou16);
PARAM_INT_TYPE(int, int, "%i", kstrtoint);
PARAM_INT_TYPE(uint, unsigned int, "%u", kstrtouint);
PARAM_INT_TYPE(long, long, "%li", kstrtol);
PARAM_INT_TYPE(ulong, unsigned long, "%lu", kstrtoul);
PARAM_INT_TYPE(ullong, unsigned long long, "%llu", kstrtoull);
PARAM_INT_TYPE(hexint, unsigned int, "%#08x", kstrtouint);

int param_set_uint_minmax(const char *val, const struct kernel_param *kp,
			  unsigned int min, unsigned int max)
{
	unsigned int v;
	int ret;

	if (!val)
		return -EINVAL;
	ret = kstrtouint(val, 0, &v);
	if (ret)
		return ret;
	if (v < min || v > max)
		return -EINVAL;
	*(unsigned int *)kp->arg = v;
	return 0;
}

int param_set_charp(const char *val, const struct kernel_param *kp)
{
	size_t len = strnlen(val, CHARP_MAX_LEN + 1);
	char *copy;

	if (len > CHARP_MAX_LEN) {
		pr_err("%s: string parameter too long\n", kp->name);
		return -ENOSPC;
	}
	/*
	 * While the boot command line is parsed, slab is not up yet: the
	 * value stays in the command line, which is kept. The old value goes
	 * only once the new one is safe.
	 */
	if (param_slab_up()) {
		copy = kmalloc_parameter(len + 1);
		if (!copy)
			return -ENOMEM;
		memcpy(copy, val, len + 1);
	} else {
		copy = (char *)val;
	}
	maybe_kfree_parameter(*(char **)kp->arg);
	*(char **)kp->arg = copy;
	return 0;
}

int param_get_charp(char *buffer, const struct kernel_param *kp)
{
	return scnprintf(buffer, PARAM_PAGE_SIZE, "%s\n", *(char **)kp->arg);
}

void param_free_charp(void *arg)
{
	maybe_kfree_parameter(*(char **)arg);
}

const struct kernel_param_ops param_ops_charp = {
	.set = param_set_charp,
	.get = param_get_charp,
	.free = param_free_charp,
};

int param_set_bool(const char *val, const struct kernel_param *kp)
{
	/* A bare "name" sets it. */
	return kstrtobool(val ? val : "1", kp->arg);
}

int param_get_bool(char *buffer, const struct kernel_param *kp)
{
	return sprintf(buffer, "%c\n", *(bool *)kp->arg ? 'Y' : 'N');
}

const struct kernel_param_ops param_ops_bool = {
	.flags = KERNEL_PARAM_OPS_FL_NOARG,
	.set = param_set_bool,
	.get = param_get_bool,
};

int param_set_bool_enable_only(const char *val, const struct kernel_param *kp)
{
	struct kernel_param tmp = *kp;
	bool v;
	int ret;

	tmp.arg = &v;
	ret = param_set_bool(val, &tmp);
	if (ret)
		return ret;
	/* Once set, it stays set. */
	if (!v && *(bool *)kp->arg)
		return -EROFS;
	if (v)
		*(bool *)kp->arg = true;
	return 0;
}

const struct kernel_param_ops param_ops_bool_enable_only = {
	.flags = KERNEL_PARAM_OPS_FL_NOARG,
	.set = param_set_bool_enable_only,
	.get = param_get_bool,
};

/* @val parsed as param_set_bool() parses it, into @v instead of the parameter. */
static int parse_bool(const char *val, const struct kernel_param *kp, bool *v)
{
	struct kernel_param tmp = *kp;

	tmp.arg = v;
	return param_set_bool(val, &tmp);
}

int param_set_invbool(const char *val, const struct kernel_param *kp)
{
	bool v;
	int ret = parse_bool(val, kp, &v);

	if (!ret)
		*(bool *)kp->arg = !v;
	return ret;
}

int param_get_invbool(char *buffer, const struct kernel_param *kp)
{
	return sprintf(buffer, "%c\n", *(bool *)kp->arg ? 'N' : 'Y');
}

/* No KERNEL_PARAM_OPS_FL_NOARG: a bare "name" is -EINVAL, as in 6.1. */
const struct kernel_param_ops param_ops_invbool = {
	.set = param_set_invbool,
	.get = param_get_invbool,
};

int param_set_bint(const char *val, const struct kernel_param *kp)
{
	bool v;
	int ret = parse_bool(val, kp, &v);

	if (!ret)
		*(int *)kp->arg = v;
	return ret;
}

const struct kernel_param_ops param_ops_bint = {
	.flags = KERNEL_PARAM_OPS_FL_NOARG,
	.set = param_set_bint,
	.get = param_get_int,
};

/* ---- Arrays ---- */

static unsigned int array_count(const struct kparam_array *arr)
{
	return arr->num ? *arr->num : arr->max;
}

/*
 * "v1,v2,...": each element through the element type's set(). Like 6.1,
 * the commas in @val become NULs (and stay so: the caller's error message
 * shows the first element only), and *num counts the elements set, even
 * when one fails.
 */
static int param_array_set(const char *val, const struct kernel_param *kp)
{
	const struct kparam_array *arr = kp->arr;
	struct kernel_param elem = *kp;
	unsigned int scratch, *num = arr->num ? arr->num : &scratch;
	char *s = (char *)val;
	char sep;
	int ret;

	/* Errors about an element name the array. */
	elem.arg = arr->elem;
	*num = 0;
	do {
		size_t len;

		if (*num == arr->max) {
			pr_err("%s: can only take %i arguments\n", kp->name,
			       arr->max);
			return -EINVAL;
		}
		len = strcspn(s, ",");
		sep = s[len];
		s[len] = '\0';
		ret = arr->ops->set(s, &elem);
		if (ret)
			return ret;
		elem.arg = (char *)elem.arg + arr->elemsize;
		s += len + 1;
		(*num)++;
	} while (sep == ',');
	/* The minimum is always 1, and a value always has an element. */
	return 0;
}

/* The elements' own texts, their newlines turned into commas but the last. */
static int param_array_get(char *buffer, const struct kernel_param *kp)
{
	const struct kparam_array *arr = kp->arr;
	struct kernel_param elem = *kp;
	unsigned int i;
	int off = 0, ret;

	for (i = 0; i < array_count(arr); i++) {
		if (i)
			buffer[off - 1] = ',';
		elem.arg = (char *)arr->elem + arr->elemsize * i;
		ret = arr->ops->get(buffer + off, &elem);
		if (ret < 0)
			return ret;
		off += ret;
	}
	buffer[off] = '\0';
	return off;
}

static void param_array_free(void *arg)
{
	const struct kparam_array *arr = arg;
	unsigned int i;

	if (!arr->ops->free)
		return;
	for (i = 0; i < array_count(arr); i++)
		arr->ops->free((char *)arr->elem + arr->elemsize * i);
}

const struct kernel_param_ops param_array_ops = {
	.set = param_array_set,
	.get = param_array_get,
	.free = param_array_free,
};

/* ---- Strings copied into the module's buffer ---- */

int param_set_copystring(const char *val, const struct kernel_param *kp)
{
	const struct kparam_string *kps = kp->str;

	if (strnlen(val, kps->maxlen) == kps->maxlen) {
		pr_err("%s: string doesn't fit in %u chars.\n", kp->name,
		       kps->maxlen - 1);
		return -ENOSPC;
	}
	strcpy(kps->string, val);
	return 0;
}

int param_get_string(char *buffer, const struct kernel_param *kp)
{
	return scnprintf(buffer, PARAM_PAGE_SIZE, "%s\n", kp->str->string);
}

const struct kernel_param_ops param_ops_string = {
	.set = param_set_copystring,
	.get = param_get_string,
};

/* ---- Compiled-in values, and which parameters are live ---- */

struct param_snap {
	const struct kernel_param *kp;
	/* What the snapshot was taken of: a reused address is detected. */
	const struct kernel_param_ops *ops;
	void *arg;
	void *where;		/* the variable (or buffer, or elements) */
	size_t size;		/* 0: unknown type, not restored */
	unsigned int *num;	/* an array's element count, or NULL */
	unsigned int num_val;
	unsigned char *data;
	bool live;
};

/*
 * Static storage: these outlive every simulated kernel, and must not show
 * up as allocations. Parameters beyond the limits are simply not restored.
 */
#define MAX_SNAPS	1024
#define SNAP_ARENA	(256 * 1024)
static struct param_snap snaps[MAX_SNAPS];
static unsigned int nsnaps;
static unsigned char arena[SNAP_ARENA];
static size_t arena_used;

/* Where a parameter of a standard type keeps its value, and its size. */
static size_t param_storage(const struct kernel_param *kp, void **where,
			    unsigned int **num)
{
	const struct kernel_param_ops *ops = kp->ops;

	*where = kp->arg;
	*num = NULL;
	if (ops == &param_array_ops) {
		*where = kp->arr->elem;
		*num = kp->arr->num;
		return (size_t)kp->arr->max * kp->arr->elemsize;
	}
	if (ops == &param_ops_string) {
		*where = kp->str->string;
		return kp->str->maxlen;
	}
	if (ops == &param_ops_byte)
		return sizeof(unsigned char);
	if (ops == &param_ops_short || ops == &param_ops_ushort)
		return sizeof(short);
	if (ops == &param_ops_int || ops == &param_ops_uint ||
	    ops == &param_ops_hexint || ops == &param_ops_bint)
		return sizeof(int);
	if (ops == &param_ops_long || ops == &param_ops_ulong)
		return sizeof(long);
	if (ops == &param_ops_ullong)
		return sizeof(unsigned long long);
	if (ops == &param_ops_charp)
		return sizeof(char *);
	if (ops == &param_ops_bool || ops == &param_ops_invbool ||
	    ops == &param_ops_bool_enable_only)
		return sizeof(bool);
	return 0;
}

static struct param_snap *snap_find(const struct kernel_param *kp)
{
	unsigned int i;

	for (i = 0; i < nsnaps; i++)
		if (snaps[i].kp == kp)
			return &snaps[i];
	return NULL;
}

/* Take the snapshot: the first time, or again for a new module at kp. */
static struct param_snap *snap_record(const struct kernel_param *kp)
{
	struct param_snap *s = snap_find(kp);
	size_t size;

	if (s && s->ops == kp->ops && s->arg == kp->arg)
		return s;
	if (!s) {
		if (nsnaps == MAX_SNAPS)
			return NULL;
		s = &snaps[nsnaps++];
	}
	memset(s, 0, sizeof(*s));
	s->kp = kp;
	s->ops = kp->ops;
	s->arg = kp->arg;
	size = param_storage(kp, &s->where, &s->num);
	if (size && size <= SNAP_ARENA - arena_used) {
		s->data = arena + arena_used;
		arena_used += ALIGN(size, sizeof(long));
		memcpy(s->data, s->where, size);
		s->size = size;
		if (s->num)
			s->num_val = *s->num;
	}
	return s;
}

static void snap_restore(const struct param_snap *s)
{
	if (!s->size)
		return;
	memcpy(s->where, s->data, s->size);
	if (s->num)
		*s->num = s->num_val;
}

void kshim_params_reset(const struct kernel_param **params, unsigned int num)
{
	unsigned int i;

	for (i = 0; i < num; i++) {
		struct param_snap *s = snap_record(params[i]);

		if (!s)
			continue;
		/* Normally freed already: then this frees nothing. */
		if (s->live && params[i]->ops->free)
			params[i]->ops->free(params[i]->arg);
		snap_restore(s);
		s->live = true;
	}
}

/*
 * module_destroy_params(), once per load: a parameter that is not live has
 * nothing to free (and a driver's free() may not take a second call). The
 * compiled-in value comes back, so no pointer is left dangling.
 */
void kshim_free_params(const struct kernel_param **params, unsigned int num)
{
	unsigned int i;

	for (i = 0; i < num; i++) {
		struct param_snap *s = snap_find(params[i]);

		if (!s || !s->live)
			continue;
		if (params[i]->ops->free)
			params[i]->ops->free(params[i]->arg);
		snap_restore(s);
		s->live = false;
	}
}

/* ---- Parsing ---- */

/*
 * lib/cmdline.c's next_arg(): one "param", "param=value" or "param="value""
 * (a quote may open the whole word, too: "param=a b"), NUL-terminated in
 * place. Returns where the next one starts.
 */
static char *param_next_arg(char *args, char **param, char **val)
{
	unsigned int i, equals = 0;
	bool in_quote = false, quoted = false;

	if (*args == '"') {
		args++;
		in_quote = quoted = true;
	}
	for (i = 0; args[i]; i++) {
		if (isspace(args[i]) && !in_quote)
			break;
		if (!equals && args[i] == '=')
			equals = i;
		if (args[i] == '"')
			in_quote = !in_quote;
	}
	*param = args;
	*val = NULL;
	if (equals) {
		args[equals] = '\0';
		*val = args + equals + 1;
		/* A quoted value loses its quotes. */
		if (**val == '"') {
			(*val)++;
			if (args[i - 1] == '"')
				args[i - 1] = '\0';
		}
	}
	if (quoted && i > 0 && args[i - 1] == '"')
		args[i - 1] = '\0';
	if (args[i])
		args[i++] = '\0';
	return skip_spaces(args + i);
}

/* The kernel's per-level passes at boot are named so (init/main.c). */
static const char *const initcall_level_names[] = {
	"pure", "core", "postcore", "arch", "subsys", "fs", "device", "late",
};

static bool param_check_unsafe(const struct kernel_param *kp)
{
	/* kshim's kernel is never locked down: hardware params are fine. */
	if (kp->flags & KERNEL_PARAM_FL_UNSAFE) {
		pr_notice("Setting dangerous option %s - tainting kernel\n",
			  kp->name);
		add_taint(TAINT_USER, LOCKDEP_STILL_OK);
	}
	return true;
}

/*
 * kernel/module/main.c's unknown_module_param_cb() with 6.1's dynamic
 * debug (CONFIG_DYNAMIC_DEBUG=y, as Debian builds it): "async_probe" and
 * "[mod.]dyndbg" are taken; anything else is warned about and ignored.
 * The dynamic debug check cuts @param at its first dot, before the
 * warning prints it: so does the kernel.
 */
static int unknown_module_param(char *param, char *val, const char *modname)
{
	char *dot, *name = param;

	if (!strcmp(param, "async_probe"))
		return 0;
	dot = strchr(param, '.');
	if (dot) {
		*dot = '\0';
		name = dot + 1;
	}
	if (!strcmp(name, "dyndbg"))
		return 0;
	pr_warn("%s: unknown parameter '%s' ignored\n", modname, param);
	return 0;
}

/*
 * parse_one(): set @param to @val. At boot, an unknown parameter is left for
 * init (and one with a dot silently dropped): kshim does not print 6.1's
 * "Unknown kernel command line parameters" line, as it cannot tell the
 * kernel's own options from unknown ones.
 */
static int parse_one(char *param, char *val, const char *doing,
		     const struct kernel_param **params, unsigned int num,
		     int builtin, const char **errdoing)
{
	unsigned int i;

	for (i = 0; i < num; i++) {
		const struct kernel_param *kp = params[i];

		if (!parameq(param, kp->name))
			continue;
		/* At boot, a leveled parameter is set in its level's pass. */
		if (builtin && kp->level >= 0 &&
		    kp->level < (int)ARRAY_SIZE(initcall_level_names))
			*errdoing = initcall_level_names[kp->level];
		if (!val && !(kp->ops->flags & KERNEL_PARAM_OPS_FL_NOARG))
			return -EINVAL;
		if (!param_check_unsafe(kp))
			return -EPERM;
		return kp->ops->set(val, kp);
	}
	if (builtin)
		return 0;
	return unknown_module_param(param, val, doing);
}

/* The boot command line, kept as the kernel keeps it: charp may point here. */
static char kshim_cmdline[KSHIM_CMDLINE_SIZE];

int kshim_parse_args(const char *doing, char *args,
		     const struct kernel_param **params, unsigned int num,
		     int builtin)
{
	char *param, *val;
	int err = 0;

	if (builtin) {
		strscpy(kshim_cmdline, args, sizeof(kshim_cmdline));
		args = kshim_cmdline;
	}
	parsing_boot_line = builtin;
	args = skip_spaces(args);
	while (*args) {
		const char *errdoing = doing;
		int ret;

		args = param_next_arg(args, &param, &val);
		if (!val && !strcmp(param, "--")) {
			/* load_module()'s warning; at boot, init's arguments. */
			if (!err && !builtin)
				pr_warn("%s: parameters '%s' after `--' ignored\n",
					doing, args);
			break;
		}
		ret = parse_one(param, val, doing, params, num, builtin,
				&errdoing);
		if (!ret)
			continue;
		if (ret == -ENOENT)
			pr_err("%s: Unknown parameter `%s'\n", errdoing, param);
		else if (ret == -ENOSPC)
			pr_err("%s: `%s' too large for parameter `%s'\n",
			       errdoing, val ? val : "", param);
		else
			pr_err("%s: `%s' invalid for parameter `%s'\n",
			       errdoing, val ? val : "", param);
		/* Parsing goes on: the last error is the result. */
		err = ret;
	}
	parsing_boot_line = false;
	return err;
}

/* ---- sysfs ---- */

static bool param_live(const struct kernel_param *kp)
{
	const struct param_snap *s = snap_find(kp);

	return s && s->live;
}

/* For show() and store(): one page, as sysfs hands them. */
static char param_page[PARAM_PAGE_SIZE + 1];

int kshim_param_get(const struct kernel_param *kp, char *buf, size_t len)
{
	int count;

	/* No module, no /sys/module/<module>/parameters/ directory. */
	if (!param_live(kp))
		return -ENOENT;
	if (!kp->ops->get)
		return -EPERM;
	memset(param_page, 0, sizeof(param_page));
	count = kp->ops->get(param_page, kp);
	if (count < 0)
		return count;
	if (!len)
		return 0;
	if ((size_t)count >= len)
		count = (int)len - 1;
	memcpy(buf, param_page, count);
	buf[count] = '\0';
	return count;
}

int kshim_param_set(const struct kernel_param *kp, const char *val)
{
	if (!param_live(kp))
		return -ENOENT;
	if (!kp->ops->set)
		return -EPERM;
	/* A write lands in a page of its own, NUL-terminated; set() may cut it. */
	strscpy(param_page, val, sizeof(param_page));
	if (!param_check_unsafe(kp))
		return -EPERM;
	return kp->ops->set(param_page, kp);
}

const char *kshim_param_name(const struct kernel_param *kp)
{
	return kp->name;
}

unsigned int kshim_param_perm(const struct kernel_param *kp)
{
	return kp->perm;
}

/* For host/ko.c, which walks a module's __param table. */
size_t kshim_kparam_size(void)
{
	return sizeof(struct kernel_param);
}
