/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The device tree, simulated: a test gives a device a node with properties
 * and child nodes (kshim_dt_*() in <kshim/kshim.h>); drivers read them with
 * the kernel's accessors. Values are stored as the flattened tree has them:
 * u32 cells big-endian, strings NUL-terminated one after the other.
 */
#ifndef _LINUX_OF_H
#define _LINUX_OF_H

#include <linux/types.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/fwnode.h>
#include <linux/mod_devicetable.h>

typedef u32 phandle;

struct property {
	char *name;
	int length;
	void *value;
	struct property *next;
};

struct device_node {
	const char *name;
	phandle phandle;
	const char *full_name;
	struct fwnode_handle fwnode;
	struct property *properties;
	struct property *deadprops;
	struct device_node *parent;
	struct device_node *child;
	struct device_node *sibling;
	unsigned long _flags;
	void *data;
};

#define OF_BAD_ADDR	((u64)-1)

/* kshim simulates a machine with a device tree: CONFIG_OF=y (kshim/autoconf.h). */
#define of_match_ptr(_ptr)	(_ptr)

extern const struct fwnode_operations of_fwnode_ops;

static inline bool is_of_node(const struct fwnode_handle *fwnode)
{
	return fwnode && fwnode->ops == &of_fwnode_ops;
}

#define to_of_node(__fwnode)						\
	({								\
		typeof(__fwnode) __to_of_node_fwnode = (__fwnode);	\
									\
		is_of_node(__to_of_node_fwnode) ?			\
			container_of(__to_of_node_fwnode,		\
				     struct device_node, fwnode) :	\
			NULL;						\
	})

#define of_fwnode_handle(node)						\
	({								\
		typeof(node) __of_fwnode_handle_node = (node);		\
									\
		__of_fwnode_handle_node ?				\
			&__of_fwnode_handle_node->fwnode : NULL;	\
	})

/* kshim's nodes live as long as the test's machine: no reference counts. */
static inline struct device_node *of_node_get(struct device_node *node)
{
	return node;
}

static inline void of_node_put(struct device_node *node)
{
}

static inline const char *of_node_full_name(const struct device_node *np)
{
	return np ? np->full_name : "<no-node>";
}

struct property *of_find_property(const struct device_node *np,
				  const char *name, int *lenp);
const void *of_get_property(const struct device_node *node, const char *name,
			    int *lenp);
int of_property_read_u32_index(const struct device_node *np,
			       const char *propname, u32 index, u32 *out_value);
int of_property_read_u8_array(const struct device_node *np,
			      const char *propname, u8 *out_values, size_t sz);
int of_property_read_u32_array(const struct device_node *np,
			       const char *propname, u32 *out_values, size_t sz);
int of_property_count_elems_of_size(const struct device_node *np,
				    const char *propname, int elem_size);
int of_property_read_string(const struct device_node *np, const char *propname,
			    const char **out_string);
int of_property_match_string(const struct device_node *np,
			     const char *propname, const char *string);
int of_property_read_string_helper(const struct device_node *np,
				   const char *propname, const char **out_strs,
				   size_t sz, int skip);
int of_device_is_compatible(const struct device_node *device,
			    const char *compat);
bool of_device_is_available(const struct device_node *device);
const struct of_device_id *of_match_node(const struct of_device_id *matches,
					 const struct device_node *node);
struct device_node *of_get_parent(const struct device_node *node);
struct device_node *of_get_next_child(const struct device_node *node,
				      struct device_node *prev);
struct device_node *of_get_next_available_child(const struct device_node *node,
						struct device_node *prev);
struct device_node *of_get_child_by_name(const struct device_node *node,
					 const char *name);
int of_get_child_count(const struct device_node *np);
int of_get_available_child_count(const struct device_node *np);

static inline int of_property_read_u32(const struct device_node *np,
				       const char *propname, u32 *out_value)
{
	return of_property_read_u32_array(np, propname, out_value, 1);
}

#define of_property_read_s32(np, propname, out_value)			\
	of_property_read_u32(np, propname, (u32 *)(out_value))

static inline bool of_property_read_bool(const struct device_node *np,
					 const char *propname)
{
	return of_find_property(np, propname, NULL) ? true : false;
}

static inline int of_property_count_u32_elems(const struct device_node *np,
					      const char *propname)
{
	return of_property_count_elems_of_size(np, propname, sizeof(u32));
}

static inline int of_property_read_string_index(const struct device_node *np,
						const char *propname,
						int index, const char **output)
{
	int rc = of_property_read_string_helper(np, propname, output, 1, index);

	return rc < 0 ? rc : 0;
}

static inline int of_property_read_string_array(const struct device_node *np,
						const char *propname,
						const char **out_strs,
						size_t sz)
{
	return of_property_read_string_helper(np, propname, out_strs, sz, 0);
}

static inline int of_property_count_strings(const struct device_node *np,
					    const char *propname)
{
	return of_property_read_string_helper(np, propname, NULL, 0, 0);
}

#define for_each_child_of_node(parent, child)				\
	for (child = of_get_next_child(parent, NULL); child != NULL;	\
	     child = of_get_next_child(parent, child))
#define for_each_available_child_of_node(parent, child)			\
	for (child = of_get_next_available_child(parent, NULL); child != NULL; \
	     child = of_get_next_available_child(parent, child))

#endif /* _LINUX_OF_H */
