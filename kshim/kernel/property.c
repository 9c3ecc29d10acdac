// SPDX-License-Identifier: GPL-2.0-only
/*
 * Device properties: the simulated device tree a test builds, the OF
 * accessors (6.1's drivers/of/base.c and property.c) and the fwnode and
 * device_property layer above them (drivers/base/property.c), with their
 * error codes: -EINVAL no such property, -ENODATA no value, -EOVERFLOW too
 * short, -EILSEQ a string without its NUL.
 */
#include <linux/device.h>
#include <linux/of.h>
#include <linux/of_device.h>
#include <linux/property.h>
#include <linux/string.h>
#include <linux/limits.h>
#include <kshim/kshim.h>
#include <kshim/devapi.h>

/* Only its address matters: it marks a fwnode as a device-tree node's. */
struct fwnode_operations {
	int kshim_unused;
};
const struct fwnode_operations of_fwnode_ops;

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
	n->np.fwnode.ops = &of_fwnode_ops;
	n->all_next = all_nodes;
	all_nodes = n;
	return n;
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
		cells[i] = (__force __be32)__builtin_bswap32(vals[i]);
	kshim_dt_set_raw(n, prop, cells, count * sizeof(cells[0]));
}

void kshim_dt_set_u32(struct kshim_dt_node *n, const char *prop,
		      unsigned int val)
{
	kshim_dt_set_u32_array(n, prop, &val, 1);
}

void kshim_dt_set_string(struct kshim_dt_node *n, const char *prop,
			 const char *val)
{
	kshim_dt_set_raw(n, prop, val, strlen(val) + 1);
}

void kshim_dt_set_strings(struct kshim_dt_node *n, const char *prop,
			  const char *const *vals, size_t count)
{
	char buf[1024];
	size_t i, len = 0;

	for (i = 0; i < count; i++) {
		size_t l = strlen(vals[i]) + 1;

		if (len + l > sizeof(buf))
			break;
		memcpy(buf + len, vals[i], l);
		len += l;
	}
	kshim_dt_set_raw(n, prop, buf, len);
}

void kshim_dt_set_bool(struct kshim_dt_node *n, const char *prop)
{
	kshim_dt_set_raw(n, prop, NULL, 0);
}

/* ---- OF accessors ---- */

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

const void *of_get_property(const struct device_node *np, const char *name,
			    int *lenp)
{
	struct property *pp = of_find_property(np, name, lenp);

	return pp ? pp->value : NULL;
}

static void *value_of_size(const struct device_node *np, const char *name,
			   u32 min, u32 max, size_t *len)
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

static u32 be32(const void *p)
{
	u32 v;

	memcpy(&v, p, sizeof(v));
	return __builtin_bswap32(v);
}

int of_property_read_u32_index(const struct device_node *np,
			       const char *propname, u32 index, u32 *out_value)
{
	const u8 *val = value_of_size(np, propname,
				      ((index + 1) * sizeof(*out_value)), 0,
				      NULL);

	if (IS_ERR(val))
		return PTR_ERR(val);
	*out_value = be32(val + index * sizeof(u32));
	return 0;
}

int of_property_read_u8_array(const struct device_node *np,
			      const char *propname, u8 *out_values, size_t sz)
{
	const u8 *val = value_of_size(np, propname, sz, 0, NULL);

	if (IS_ERR(val))
		return PTR_ERR(val);
	memcpy(out_values, val, sz);
	return 0;
}

int of_property_read_u32_array(const struct device_node *np,
			       const char *propname, u32 *out_values, size_t sz)
{
	const u8 *val = value_of_size(np, propname, sz * sizeof(*out_values),
				      0, NULL);
	size_t i;

	if (IS_ERR(val))
		return PTR_ERR(val);
	for (i = 0; i < sz; i++)
		out_values[i] = be32(val + i * sizeof(u32));
	return 0;
}

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

static bool of_node_name_eq(const struct device_node *np, const char *name)
{
	const char *node_name;
	size_t len;

	if (!np)
		return false;
	node_name = kbasename(np->full_name);
	len = strchrnul(node_name, '@') - node_name;
	return strlen(name) == len && strncmp(node_name, name, len) == 0;
}

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

struct device_node *of_get_parent(const struct device_node *node)
{
	return node ? node->parent : NULL;
}

struct device_node *of_get_next_child(const struct device_node *node,
				      struct device_node *prev)
{
	if (!node)
		return NULL;
	return prev ? prev->sibling : node->child;
}

struct device_node *of_get_next_available_child(const struct device_node *node,
						struct device_node *prev)
{
	struct device_node *next = of_get_next_child(node, prev);

	while (next && !of_device_is_available(next))
		next = next->sibling;
	return next;
}

struct device_node *of_get_child_by_name(const struct device_node *node,
					 const char *name)
{
	struct device_node *child;

	for_each_child_of_node(node, child)
		if (of_node_name_eq(child, name))
			break;
	return child;
}

int of_get_child_count(const struct device_node *np)
{
	struct device_node *child;
	int num = 0;

	for_each_child_of_node(np, child)
		num++;
	return num;
}

int of_get_available_child_count(const struct device_node *np)
{
	struct device_node *child;
	int num = 0;

	for_each_available_child_of_node(np, child)
		num++;
	return num;
}

const struct of_device_id *of_match_device(const struct of_device_id *matches,
					   const struct device *dev)
{
	if (!matches || !dev->of_node || dev->of_node_reused)
		return NULL;
	return of_match_node(matches, dev->of_node);
}

const void *of_device_get_match_data(const struct device *dev)
{
	const struct of_device_id *match;

	if (!dev->driver)
		return NULL;
	match = of_match_device(dev->driver->of_match_table, dev);
	return match ? match->data : NULL;
}

/* ---- fwnode and device properties (every fwnode is an OF node here) ---- */

struct fwnode_handle *dev_fwnode(const struct device *dev)
{
	return dev->of_node ? of_fwnode_handle(dev->of_node) : dev->fwnode;
}

bool fwnode_property_present(const struct fwnode_handle *fwnode,
			     const char *propname)
{
	return of_property_read_bool(to_of_node(fwnode), propname);
}

int fwnode_property_read_u8_array(const struct fwnode_handle *fwnode,
				  const char *propname, u8 *val, size_t nval)
{
	const struct device_node *np = to_of_node(fwnode);

	if (!np)
		return -EINVAL;
	if (!val)
		return of_property_count_elems_of_size(np, propname, sizeof(u8));
	return of_property_read_u8_array(np, propname, val, nval);
}

int fwnode_property_read_u32_array(const struct fwnode_handle *fwnode,
				   const char *propname, u32 *val, size_t nval)
{
	const struct device_node *np = to_of_node(fwnode);

	if (!np)
		return -EINVAL;
	if (!val)
		return of_property_count_elems_of_size(np, propname, sizeof(u32));
	return of_property_read_u32_array(np, propname, val, nval);
}

int fwnode_property_read_string_array(const struct fwnode_handle *fwnode,
				      const char *propname, const char **val,
				      size_t nval)
{
	const struct device_node *np = to_of_node(fwnode);

	if (!np)
		return -EINVAL;
	return val ? of_property_read_string_array(np, propname, val, nval) :
		     of_property_count_strings(np, propname);
}

int fwnode_property_read_string(const struct fwnode_handle *fwnode,
				const char *propname, const char **val)
{
	int ret = fwnode_property_read_string_array(fwnode, propname, val, 1);

	return ret < 0 ? ret : 0;
}

int fwnode_property_match_string(const struct fwnode_handle *fwnode,
				 const char *propname, const char *string)
{
	const struct device_node *np = to_of_node(fwnode);
	int ret;

	if (!np)
		return -EINVAL;
	ret = of_property_count_strings(np, propname);
	if (ret < 0)
		return ret;
	return of_property_match_string(np, propname, string);
}

bool device_property_present(struct device *dev, const char *propname)
{
	return fwnode_property_present(dev_fwnode(dev), propname);
}

int device_property_read_u8_array(struct device *dev, const char *propname,
				  u8 *val, size_t nval)
{
	return fwnode_property_read_u8_array(dev_fwnode(dev), propname, val, nval);
}

int device_property_read_u32_array(struct device *dev, const char *propname,
				   u32 *val, size_t nval)
{
	return fwnode_property_read_u32_array(dev_fwnode(dev), propname, val,
					      nval);
}

int device_property_read_string_array(struct device *dev, const char *propname,
				      const char **val, size_t nval)
{
	return fwnode_property_read_string_array(dev_fwnode(dev), propname, val,
						 nval);
}

int device_property_read_string(struct device *dev, const char *propname,
				const char **val)
{
	return fwnode_property_read_string(dev_fwnode(dev), propname, val);
}

int device_property_match_string(struct device *dev, const char *propname,
				 const char *string)
{
	return fwnode_property_match_string(dev_fwnode(dev), propname, string);
}

bool fwnode_device_is_available(const struct fwnode_handle *fwnode)
{
	return of_device_is_available(to_of_node(fwnode));
}

const char *fwnode_get_name(const struct fwnode_handle *fwnode)
{
	const struct device_node *np = to_of_node(fwnode);

	return np ? kbasename(np->full_name) : NULL;
}

struct fwnode_handle *fwnode_get_parent(const struct fwnode_handle *fwnode)
{
	return of_fwnode_handle(of_get_parent(to_of_node(fwnode)));
}

/* of_fwnode_get_next_child_node(): the available children only. */
struct fwnode_handle *fwnode_get_next_child_node(const struct fwnode_handle *fwnode,
						 struct fwnode_handle *child)
{
	return of_fwnode_handle(of_get_next_available_child(to_of_node(fwnode),
							    to_of_node(child)));
}

struct fwnode_handle *fwnode_get_next_available_child_node(const struct fwnode_handle *fwnode,
							   struct fwnode_handle *child)
{
	return fwnode_get_next_child_node(fwnode, child);
}

struct fwnode_handle *fwnode_get_named_child_node(const struct fwnode_handle *fwnode,
						  const char *childname)
{
	const struct device_node *node = to_of_node(fwnode);
	struct device_node *child;

	for_each_available_child_of_node(node, child)
		if (of_node_name_eq(child, childname))
			return of_fwnode_handle(child);
	return NULL;
}

struct fwnode_handle *device_get_next_child_node(struct device *dev,
						 struct fwnode_handle *child)
{
	return fwnode_get_next_child_node(dev_fwnode(dev), child);
}

struct fwnode_handle *device_get_named_child_node(struct device *dev,
						  const char *childname)
{
	return fwnode_get_named_child_node(dev_fwnode(dev), childname);
}

unsigned int device_get_child_node_count(struct device *dev)
{
	struct fwnode_handle *child;
	unsigned int count = 0;

	device_for_each_child_node(dev, child)
		count++;
	return count;
}

const void *device_get_match_data(struct device *dev)
{
	return is_of_node(dev_fwnode(dev)) ? of_device_get_match_data(dev) : NULL;
}
