// SPDX-License-Identifier: GPL-2.0-only
/*
 * A device-tree node as a firmware node (drivers/of/property.c): the
 * of_fwnode_ops that the fwnode and device property layer dispatches to,
 * and that is_of_node() recognises.
 */
#include <linux/of.h>
#include <linux/of_device.h>
#include <linux/property.h>
#include <linux/string.h>

static struct fwnode_handle *of_fwnode_get(struct fwnode_handle *fwnode)
{
	return of_fwnode_handle(of_node_get(to_of_node(fwnode)));
}

static void of_fwnode_put(struct fwnode_handle *fwnode)
{
	of_node_put(to_of_node(fwnode));
}

static bool of_fwnode_device_is_available(const struct fwnode_handle *fwnode)
{
	return of_device_is_available(to_of_node(fwnode));
}

static const void *of_fwnode_device_get_match_data(const struct fwnode_handle *fwnode,
						   const struct device *dev)
{
	return of_device_get_match_data(dev);
}

static bool of_fwnode_property_present(const struct fwnode_handle *fwnode,
				       const char *propname)
{
	return of_property_read_bool(to_of_node(fwnode), propname);
}

static int of_fwnode_property_read_int_array(const struct fwnode_handle *fwnode,
					     const char *propname,
					     unsigned int elem_size, void *val,
					     size_t nval)
{
	const struct device_node *node = to_of_node(fwnode);

	if (!val)
		return of_property_count_elems_of_size(node, propname,
						       elem_size);
	switch (elem_size) {
	case sizeof(u8):
		return of_property_read_u8_array(node, propname, val, nval);
	case sizeof(u16):
		return of_property_read_u16_array(node, propname, val, nval);
	case sizeof(u32):
		return of_property_read_u32_array(node, propname, val, nval);
	case sizeof(u64):
		return of_property_read_u64_array(node, propname, val, nval);
	}
	return -ENXIO;
}

static int of_fwnode_property_read_string_array(const struct fwnode_handle *fwnode,
						const char *propname,
						const char **val, size_t nval)
{
	const struct device_node *node = to_of_node(fwnode);

	return val ? of_property_read_string_array(node, propname, val, nval) :
		     of_property_count_strings(node, propname);
}

static const char *of_fwnode_get_name(const struct fwnode_handle *fwnode)
{
	const char *name = to_of_node(fwnode)->full_name, *p;

	/* kbasename(), without strrchr(): UML renames it, kshim lacks it yet. */
	for (p = name; *p; p++)
		if (*p == '/')
			name = p + 1;
	return name;
}

static const char *of_fwnode_get_name_prefix(const struct fwnode_handle *fwnode)
{
	/* The root node has no prefix. */
	if (!to_of_node(fwnode)->parent)
		return "";
	return "/";
}

static struct fwnode_handle *of_fwnode_get_parent(const struct fwnode_handle *fwnode)
{
	return of_fwnode_handle(of_get_parent(to_of_node(fwnode)));
}

static struct fwnode_handle *
of_fwnode_get_next_child_node(const struct fwnode_handle *fwnode,
			      struct fwnode_handle *child)
{
	return of_fwnode_handle(of_get_next_available_child(to_of_node(fwnode),
							    to_of_node(child)));
}

static struct fwnode_handle *
of_fwnode_get_named_child_node(const struct fwnode_handle *fwnode,
			       const char *childname)
{
	const struct device_node *node = to_of_node(fwnode);
	struct device_node *child;

	for_each_available_child_of_node(node, child)
		if (of_node_name_eq(child, childname))
			return of_fwnode_handle(child);
	return NULL;
}

const struct fwnode_operations of_fwnode_ops = {
	.get = of_fwnode_get,
	.put = of_fwnode_put,
	.device_is_available = of_fwnode_device_is_available,
	.device_get_match_data = of_fwnode_device_get_match_data,
	.property_present = of_fwnode_property_present,
	.property_read_int_array = of_fwnode_property_read_int_array,
	.property_read_string_array = of_fwnode_property_read_string_array,
	.get_name = of_fwnode_get_name,
	.get_name_prefix = of_fwnode_get_name_prefix,
	.get_parent = of_fwnode_get_parent,
	.get_next_child_node = of_fwnode_get_next_child_node,
	.get_named_child_node = of_fwnode_get_named_child_node,
};
EXPORT_SYMBOL_GPL(of_fwnode_ops);
