// SPDX-License-Identifier: GPL-2.0-only
/*
 * The device tree (drivers/of/base.c): the nodes a test or `--platform`
 * builds (kshim_dt_*(), host memory, gone at the reset), and the OF
 * accessors drivers call, with 6.1's error codes: -EINVAL no such
 * property, -ENODATA no value, -EOVERFLOW too short, -EILSEQ a string
 * without its NUL.
 */
#include <linux/kernel.h>
#include <linux/limits.h>
#include <linux/of.h>
#include <linux/of_device.h>
#include <linux/string.h>
#include <asm/byteorder.h>
#include "../base/base.h"

/* ---- The tree a test builds ---- */

struct kshim_dt_node {
	struct device_node np;		/* first: the harness casts */
	struct kshim_dt_node *all_next;
};

static struct kshim_dt_node *all_nodes;

static void free_props(struct property *pp)
{
	while (pp) {
		struct property *next = pp->next;

		kshim_host_free(pp->name);
		kshim_host_free(pp->value);
		kshim_host_free(pp);
		pp = next;
	}
}

void kshim_dt_reset(void)
{
	while (all_nodes) {
		struct kshim_dt_node *n = all_nodes;

		all_nodes = n->all_next;
		free_props(n->np.properties);
		kshim_host_free((void *)n->np.name);
		kshim_host_free((void *)n->np.full_name);
		kshim_host_free(n);
	}
}

static struct kshim_dt_node *new_node(const char *full_name)
{
	struct kshim_dt_node *n = kshim_host_zalloc(sizeof(*n));
	const char *at = strchrnul(full_name, '@');

	n->np.full_name = kshim_host_strdup(full_name);
	n->np.name = kshim_host_memdup(full_name, at - full_name + 1);
	((char *)n->np.name)[at - full_name] = '\0';
	/* of_node_init() without its kobject: the harness's nodes are not in sysfs. */
	fwnode_init(&n->np.fwnode, &of_fwnode_ops);
	n->all_next = all_nodes;
	all_nodes = n;
	return n;
}

void kshim_dt_set_raw(struct kshim_dt_node *n, const char *prop,
		      const void *val, size_t len);

void kshim_dt_set_string(struct kshim_dt_node *n, const char *prop,
			 const char *val)
{
	kshim_dt_set_raw(n, prop, val, strlen(val) + 1);
}

struct kshim_dt_node *kshim_dt_node(const char *compatible)
{
	const char *comma = compatible ? strchr(compatible, ',') : NULL;
	struct kshim_dt_node *n;

	/* Named after the compatible's model: "vendor,model" makes "model". */
	n = new_node(comma ? comma + 1 : compatible ? compatible : "node");
	if (compatible)
		kshim_dt_set_string(n, "compatible", compatible);
	return n;
}

struct kshim_dt_node *kshim_dt_child(struct kshim_dt_node *parent,
				     const char *name)
{
	struct kshim_dt_node *n = new_node(name);
	struct device_node **pp;

	n->np.parent = &parent->np;
	for (pp = &parent->np.child; *pp; pp = &(*pp)->sibling)
		;
	*pp = &n->np;
	return n;
}

void kshim_dt_remove(struct kshim_dt_node *n, const char *prop)
{
	struct property **pp;

	for (pp = &n->np.properties; *pp; pp = &(*pp)->next) {
		if (!strcmp((*pp)->name, prop)) {
			struct property *p = *pp;

			*pp = p->next;
			p->next = NULL;
			free_props(p);
			return;
		}
	}
}

void kshim_dt_set_raw(struct kshim_dt_node *n, const char *prop,
		      const void *val, size_t len)
{
	struct property *p = kshim_host_zalloc(sizeof(*p)), **pp;

	kshim_dt_remove(n, prop);
	p->name = kshim_host_strdup(prop);
	p->length = len;
	/* An empty property still has a value, as the unflattened tree's do. */
	p->value = kshim_host_memdup(val ? val : "", len ? len : 1);
	for (pp = &n->np.properties; *pp; pp = &(*pp)->next)
		;
	*pp = p;
}

void kshim_dt_set_u32_array(struct kshim_dt_node *n, const char *prop,
			    const unsigned int *vals, size_t count)
{
	__be32 cells[64];
	size_t i;

	if (count > ARRAY_SIZE(cells))
		count = ARRAY_SIZE(cells);
	for (i = 0; i < count; i++)
		cells[i] = cpu_to_be32(vals[i]);
	kshim_dt_set_raw(n, prop, cells, count * sizeof(cells[0]));
}

void kshim_dt_set_u32(struct kshim_dt_node *n, const char *prop,
		      unsigned int val)
{
	kshim_dt_set_u32_array(n, prop, &val, 1);
}

void kshim_dt_set_strings(struct kshim_dt_node *n, const char *prop,
			  const char *const *vals, size_t count)
{
	/* Host memory: a page of strings is more than a kernel stack takes. */
	char *buf = kshim_host_zalloc(1024);
	size_t i, len = 0;

	for (i = 0; i < count; i++) {
		size_t l = strlen(vals[i]) + 1;

		if (len + l > 1024)
			break;
		memcpy(buf + len, vals[i], l);
		len += l;
	}
	kshim_dt_set_raw(n, prop, buf, len);
	kshim_host_free(buf);
}

void kshim_dt_set_bool(struct kshim_dt_node *n, const char *prop)
{
	kshim_dt_set_raw(n, prop, NULL, 0);
}

/* ---- Properties ---- */

struct property *of_find_property(const struct device_node *np,
				  const char *name, int *lenp)
{
	struct property *pp;

	if (!np)
		return NULL;
	for (pp = np->properties; pp; pp = pp->next) {
		if (!strcmp(pp->name, name)) {
			if (lenp)
				*lenp = pp->length;
			return pp;
		}
	}
	return NULL;
}
EXPORT_SYMBOL(of_find_property);

const void *of_get_property(const struct device_node *np, const char *name,
			    int *lenp)
{
	struct property *pp = of_find_property(np, name, lenp);

	return pp ? pp->value : NULL;
}
EXPORT_SYMBOL(of_get_property);

static const void *value_of_size(const struct device_node *np,
				 const char *name, u32 min, u32 max,
				 size_t *len)
{
	struct property *prop = of_find_property(np, name, NULL);

	if (!prop)
		return ERR_PTR(-EINVAL);
	if (!prop->value)
		return ERR_PTR(-ENODATA);
	if (prop->length < min)
		return ERR_PTR(-EOVERFLOW);
	if (max && prop->length > max)
		return ERR_PTR(-EOVERFLOW);
	if (len)
		*len = prop->length;
	return prop->value;
}

int of_property_read_u32_index(const struct device_node *np,
			       const char *propname, u32 index, u32 *out_value)
{
	const u8 *val = value_of_size(np, propname,
				      (index + 1) * sizeof(*out_value), 0,
				      NULL);

	if (IS_ERR(val))
		return PTR_ERR(val);
	*out_value = be32_to_cpup((const __be32 *)(val + index * sizeof(u32)));
	return 0;
}
EXPORT_SYMBOL_GPL(of_property_read_u32_index);

int of_property_read_u64_index(const struct device_node *np,
			       const char *propname, u32 index, u64 *out_value)
{
	const u8 *val = value_of_size(np, propname,
				      (index + 1) * sizeof(*out_value), 0,
				      NULL);

	if (IS_ERR(val))
		return PTR_ERR(val);
	*out_value = be64_to_cpup((const __be64 *)(val + index * sizeof(u64)));
	return 0;
}
EXPORT_SYMBOL_GPL(of_property_read_u64_index);

/* The number of elements of @elem bytes to read: @sz_min up to @sz_max. */
static const u8 *variable_array(const struct device_node *np,
				const char *propname, size_t elem,
				size_t sz_min, size_t sz_max, size_t *count)
{
	size_t sz;
	const u8 *val = value_of_size(np, propname, sz_min * elem,
				      sz_max * elem, &sz);

	if (IS_ERR(val))
		return val;
	*count = sz_max ? sz / elem : sz_min;
	return val;
}

#define OF_READ_ARRAY(bits, conv)					\
int of_property_read_variable_u##bits##_array(const struct device_node *np, \
					      const char *propname,	\
					      u##bits *out_values,	\
					      size_t sz_min, size_t sz_max) \
{									\
	size_t i, count;						\
	const u8 *val = variable_array(np, propname, sizeof(u##bits),	\
				       sz_min, sz_max, &count);		\
									\
	if (IS_ERR(val))						\
		return PTR_ERR(val);					\
	for (i = 0; i < count; i++)					\
		out_values[i] = conv(val + i * sizeof(u##bits));	\
	return count;							\
}									\
EXPORT_SYMBOL_GPL(of_property_read_variable_u##bits##_array)

#define be8_get(p)	(*(const u8 *)(p))
#define be16_get(p)	be16_to_cpup((const __be16 *)(p))
#define be32_get(p)	be32_to_cpup((const __be32 *)(p))
#define be64_get(p)	be64_to_cpup((const __be64 *)(p))

OF_READ_ARRAY(8, be8_get);
OF_READ_ARRAY(16, be16_get);
OF_READ_ARRAY(32, be32_get);
OF_READ_ARRAY(64, be64_get);

int of_property_read_u64(const struct device_node *np, const char *propname,
			 u64 *out_value)
{
	const void *val = value_of_size(np, propname, sizeof(*out_value), 0,
					NULL);

	if (IS_ERR(val))
		return PTR_ERR(val);
	*out_value = be64_get(val);
	return 0;
}
EXPORT_SYMBOL_GPL(of_property_read_u64);

/* "/parent/child", as %pOF prints a node. */
static const char *node_path(const struct device_node *np, char *buf,
			     size_t len)
{
	char tmp[256];

	buf[0] = '\0';
	for (; np; np = np->parent) {
		scnprintf(tmp, sizeof(tmp), "/%s%s", np->full_name, buf);
		strscpy(buf, tmp, len);
	}
	return buf;
}

int of_property_count_elems_of_size(const struct device_node *np,
				    const char *propname, int elem_size)
{
	struct property *prop = of_find_property(np, propname, NULL);
	char path[256];

	if (!prop)
		return -EINVAL;
	if (!prop->value)
		return -ENODATA;
	if (prop->length % elem_size != 0) {
		pr_err("size of %s in node %s is not a multiple of %d\n",
		       propname, node_path(np, path, sizeof(path)), elem_size);
		return -EINVAL;
	}
	return prop->length / elem_size;
}
EXPORT_SYMBOL_GPL(of_property_count_elems_of_size);

int of_property_read_string(const struct device_node *np, const char *propname,
			    const char **out_string)
{
	const struct property *prop = of_find_property(np, propname, NULL);

	if (!prop)
		return -EINVAL;
	if (!prop->length)
		return -ENODATA;
	if (strnlen(prop->value, prop->length) >= prop->length)
		return -EILSEQ;
	*out_string = prop->value;
	return 0;
}
EXPORT_SYMBOL_GPL(of_property_read_string);

int of_property_match_string(const struct device_node *np,
			     const char *propname, const char *string)
{
	const struct property *prop = of_find_property(np, propname, NULL);
	const char *p, *end;
	size_t l;
	int i;

	if (!prop)
		return -EINVAL;
	if (!prop->value)
		return -ENODATA;
	p = prop->value;
	end = p + prop->length;
	for (i = 0; p < end; i++, p += l) {
		l = strnlen(p, end - p) + 1;
		if (p + l > end)
			return -EILSEQ;
		if (strcmp(string, p) == 0)
			return i;
	}
	return -ENODATA;
}
EXPORT_SYMBOL_GPL(of_property_match_string);

int of_property_read_string_helper(const struct device_node *np,
				   const char *propname, const char **out_strs,
				   size_t sz, int skip)
{
	const struct property *prop = of_find_property(np, propname, NULL);
	const char *p, *end;
	int l = 0, i = 0;

	if (!prop)
		return -EINVAL;
	if (!prop->value)
		return -ENODATA;
	p = prop->value;
	end = p + prop->length;
	for (i = 0; p < end && (!out_strs || i < skip + (int)sz); i++, p += l) {
		l = strnlen(p, end - p) + 1;
		if (p + l > end)
			return -EILSEQ;
		if (out_strs && i >= skip)
			*out_strs++ = p;
	}
	i -= skip;
	return i <= 0 ? -ENODATA : i;
}
EXPORT_SYMBOL_GPL(of_property_read_string_helper);

/* ---- Nodes ---- */

/* kbasename() without strrchr(), which UML renames and kshim lacks yet. */
static const char *node_basename(const char *path)
{
	const char *tail = path;

	for (; *path; path++)
		if (*path == '/')
			tail = path + 1;
	return tail;
}

bool of_node_name_eq(const struct device_node *np, const char *name)
{
	const char *node_name;
	size_t len;

	if (!np)
		return false;
	node_name = node_basename(np->full_name);
	len = strchrnul(node_name, '@') - node_name;
	return strlen(name) == len && strncmp(node_name, name, len) == 0;
}
EXPORT_SYMBOL(of_node_name_eq);

bool of_node_name_prefix(const struct device_node *np, const char *prefix)
{
	if (!np)
		return false;
	return strncmp(node_basename(np->full_name), prefix, strlen(prefix)) == 0;
}
EXPORT_SYMBOL(of_node_name_prefix);

/* 6.1's __of_device_is_compatible(): the earlier compatible, the better. */
static int device_is_compatible(const struct device_node *device,
				const char *compat, const char *type,
				const char *name)
{
	const struct property *prop;
	const char *cp, *end;
	int index = 0, score = 0;

	if (compat && compat[0]) {
		prop = of_find_property(device, "compatible", NULL);
		if (!prop || !prop->value)
			return 0;
		cp = prop->value;
		end = cp + prop->length;
		for (; cp < end; cp += strnlen(cp, end - cp) + 1, index++) {
			if (strcasecmp(cp, compat) == 0) {
				score = INT_MAX / 2 - (index << 2);
				break;
			}
		}
		if (!score)
			return 0;
	}
	if (type && type[0]) {
		const char *t = of_get_property(device, "device_type", NULL);

		if (!t || strcmp(t, type))
			return 0;
		score += 2;
	}
	if (name && name[0]) {
		if (!of_node_name_eq(device, name))
			return 0;
		score++;
	}
	return score;
}

int of_device_is_compatible(const struct device_node *device,
			    const char *compat)
{
	return device_is_compatible(device, compat, NULL, NULL);
}
EXPORT_SYMBOL(of_device_is_compatible);

bool of_device_is_available(const struct device_node *device)
{
	const char *status;
	int statlen;

	if (!device)
		return false;
	status = of_get_property(device, "status", &statlen);
	if (status == NULL)
		return true;
	if (statlen > 0) {
		if (!strcmp(status, "okay") || !strcmp(status, "ok"))
			return true;
	}
	return false;
}
EXPORT_SYMBOL(of_device_is_available);

const struct of_device_id *of_match_node(const struct of_device_id *matches,
					 const struct device_node *node)
{
	const struct of_device_id *best_match = NULL;
	int score, best_score = 0;

	if (!matches)
		return NULL;
	for (; matches->name[0] || matches->type[0] || matches->compatible[0];
	     matches++) {
		score = device_is_compatible(node, matches->compatible,
					     matches->type, matches->name);
		if (score > best_score) {
			best_match = matches;
			best_score = score;
		}
	}
	return best_match;
}
EXPORT_SYMBOL(of_match_node);

struct device_node *of_get_parent(const struct device_node *node)
{
	return node ? node->parent : NULL;
}
EXPORT_SYMBOL(of_get_parent);

struct device_node *of_get_next_child(const struct device_node *node,
				      struct device_node *prev)
{
	if (!node)
		return NULL;
	return prev ? prev->sibling : node->child;
}
EXPORT_SYMBOL(of_get_next_child);

struct device_node *of_get_next_available_child(const struct device_node *node,
						struct device_node *prev)
{
	struct device_node *next = of_get_next_child(node, prev);

	while (next && !of_device_is_available(next))
		next = next->sibling;
	return next;
}
EXPORT_SYMBOL(of_get_next_available_child);

struct device_node *of_get_child_by_name(const struct device_node *node,
					 const char *name)
{
	struct device_node *child;

	for_each_child_of_node(node, child)
		if (of_node_name_eq(child, name))
			break;
	return child;
}
EXPORT_SYMBOL(of_get_child_by_name);

struct device_node *of_get_compatible_child(const struct device_node *parent,
					    const char *compatible)
{
	struct device_node *child;

	for_each_child_of_node(parent, child)
		if (of_device_is_compatible(child, compatible))
			break;
	return child;
}
EXPORT_SYMBOL(of_get_compatible_child);

/* ---- Devices (drivers/of/device.c) ---- */

const struct of_device_id *of_match_device(const struct of_device_id *matches,
					   const struct device *dev)
{
	if (!matches || !dev->of_node || dev->of_node_reused)
		return NULL;
	return of_match_node(matches, dev->of_node);
}
EXPORT_SYMBOL(of_match_device);

const void *of_device_get_match_data(const struct device *dev)
{
	const struct of_device_id *match;

	if (!dev->driver)
		return NULL;
	match = of_match_device(dev->driver->of_match_table, dev);
	return match ? match->data : NULL;
}
EXPORT_SYMBOL(of_device_get_match_data);

bool of_device_is_big_endian(const struct device_node *device)
{
	if (of_property_read_bool(device, "big-endian"))
		return true;
	/* A big-endian kernel also takes "native-endian"; x86 is little. */
	return false;
}
EXPORT_SYMBOL(of_device_is_big_endian);

/* of_property_for_each_u32(): the cell after @cur, or the first. */
const __be32 *of_prop_next_u32(struct property *prop, const __be32 *cur,
			       u32 *pu)
{
	const __be32 *first, *next;
	size_t cells;

	if (!prop)
		return NULL;
	first = prop->value;
	cells = prop->length / sizeof(*first);
	next = cur ? cur + 1 : first;
	if (next >= first + cells)
		return NULL;
	*pu = be32_to_cpup(next);
	return next;
}
EXPORT_SYMBOL_GPL(of_prop_next_u32);
