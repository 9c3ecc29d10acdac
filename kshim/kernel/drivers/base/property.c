// SPDX-License-Identifier: GPL-2.0-only
/*
 * Device and firmware-node properties (drivers/base/property.c): the
 * device_property_*() and fwnode_*() calls, dispatched to the node's
 * fwnode_operations (of_fwnode_ops for the device tree), then to its
 * secondary node, as in 6.1.
 */
#include <linux/device.h>
#include <linux/err.h>
#include <linux/of.h>
#include <linux/property.h>
#include <linux/string.h>
#include "base.h"

struct fwnode_handle *__dev_fwnode(struct device *dev)
{
	return dev->of_node ? of_fwnode_handle(dev->of_node) : dev->fwnode;
}
EXPORT_SYMBOL_GPL(__dev_fwnode);

const struct fwnode_handle *__dev_fwnode_const(const struct device *dev)
{
	return dev->of_node ? of_fwnode_handle(dev->of_node) : dev->fwnode;
}
EXPORT_SYMBOL_GPL(__dev_fwnode_const);

bool fwnode_property_present(const struct fwnode_handle *fwnode,
			     const char *propname)
{
	bool ret;

	if (IS_ERR_OR_NULL(fwnode))
		return false;
	ret = fwnode_call_bool_op(fwnode, property_present, propname);
	if (ret)
		return ret;
	return fwnode_call_bool_op(fwnode->secondary, property_present,
				   propname);
}
EXPORT_SYMBOL_GPL(fwnode_property_present);

static int read_int_array(const struct fwnode_handle *fwnode,
			  const char *propname, unsigned int elem_size,
			  void *val, size_t nval)
{
	int ret;

	if (IS_ERR_OR_NULL(fwnode))
		return -EINVAL;
	ret = fwnode_call_int_op(fwnode, property_read_int_array, propname,
				 elem_size, val, nval);
	if (ret != -EINVAL)
		return ret;
	return fwnode_call_int_op(fwnode->secondary, property_read_int_array,
				  propname, elem_size, val, nval);
}

#define FWNODE_READ_ARRAY(bits)						\
int fwnode_property_read_u##bits##_array(const struct fwnode_handle *fwnode, \
					 const char *propname,		\
					 u##bits *val, size_t nval)	\
{									\
	return read_int_array(fwnode, propname, sizeof(u##bits), val,	\
			      nval);					\
}									\
EXPORT_SYMBOL_GPL(fwnode_property_read_u##bits##_array);		\
									\
int device_property_read_u##bits##_array(struct device *dev,		\
					 const char *propname,		\
					 u##bits *val, size_t nval)	\
{									\
	return read_int_array(dev_fwnode(dev), propname,		\
			      sizeof(u##bits), val, nval);		\
}									\
EXPORT_SYMBOL_GPL(device_property_read_u##bits##_array)

FWNODE_READ_ARRAY(8);
FWNODE_READ_ARRAY(16);
FWNODE_READ_ARRAY(32);
FWNODE_READ_ARRAY(64);

int fwnode_property_read_string_array(const struct fwnode_handle *fwnode,
				      const char *propname, const char **val,
				      size_t nval)
{
	int ret;

	if (IS_ERR_OR_NULL(fwnode))
		return -EINVAL;
	ret = fwnode_call_int_op(fwnode, property_read_string_array, propname,
				 val, nval);
	if (ret != -EINVAL)
		return ret;
	return fwnode_call_int_op(fwnode->secondary, property_read_string_array,
				  propname, val, nval);
}
EXPORT_SYMBOL_GPL(fwnode_property_read_string_array);

int fwnode_property_read_string(const struct fwnode_handle *fwnode,
				const char *propname, const char **val)
{
	int ret = fwnode_property_read_string_array(fwnode, propname, val, 1);

	return ret < 0 ? ret : 0;
}
EXPORT_SYMBOL_GPL(fwnode_property_read_string);

int fwnode_property_match_string(const struct fwnode_handle *fwnode,
				 const char *propname, const char *string)
{
	const char **values;
	int nval, ret, i;

	nval = fwnode_property_read_string_array(fwnode, propname, NULL, 0);
	if (nval < 0)
		return nval;
	if (nval == 0)
		return -ENODATA;
	/* At most a page of strings; kshim's nodes have fewer. */
	values = kshim_host_zalloc(nval * sizeof(*values));
	ret = fwnode_property_read_string_array(fwnode, propname, values, nval);
	if (ret >= 0) {
		ret = -ENODATA;
		for (i = 0; i < nval; i++) {
			if (!strcmp(values[i], string)) {
				ret = i;
				break;
			}
		}
	}
	kshim_host_free(values);
	return ret;
}
EXPORT_SYMBOL_GPL(fwnode_property_match_string);

bool device_property_present(struct device *dev, const char *propname)
{
	return fwnode_property_present(dev_fwnode(dev), propname);
}
EXPORT_SYMBOL_GPL(device_property_present);

int device_property_read_string_array(struct device *dev, const char *propname,
				      const char **val, size_t nval)
{
	return fwnode_property_read_string_array(dev_fwnode(dev), propname,
						 val, nval);
}
EXPORT_SYMBOL_GPL(device_property_read_string_array);

int device_property_read_string(struct device *dev, const char *propname,
				const char **val)
{
	return fwnode_property_read_string(dev_fwnode(dev), propname, val);
}
EXPORT_SYMBOL_GPL(device_property_read_string);

int device_property_match_string(struct device *dev, const char *propname,
				 const char *string)
{
	return fwnode_property_match_string(dev_fwnode(dev), propname, string);
}
EXPORT_SYMBOL_GPL(device_property_match_string);

bool fwnode_device_is_available(const struct fwnode_handle *fwnode)
{
	if (IS_ERR_OR_NULL(fwnode))
		return false;
	if (!fwnode_has_op(fwnode, device_is_available))
		return true;
	return fwnode_call_bool_op(fwnode, device_is_available);
}
EXPORT_SYMBOL_GPL(fwnode_device_is_available);

const char *fwnode_get_name(const struct fwnode_handle *fwnode)
{
	return fwnode_call_ptr_op(fwnode, get_name);
}
EXPORT_SYMBOL_GPL(fwnode_get_name);

struct fwnode_handle *fwnode_get_parent(const struct fwnode_handle *fwnode)
{
	return fwnode_call_ptr_op(fwnode, get_parent);
}
EXPORT_SYMBOL_GPL(fwnode_get_parent);

struct fwnode_handle *fwnode_handle_get(struct fwnode_handle *fwnode)
{
	if (!fwnode_has_op(fwnode, get))
		return fwnode;
	return fwnode_call_ptr_op(fwnode, get);
}
EXPORT_SYMBOL_GPL(fwnode_handle_get);

void fwnode_handle_put(struct fwnode_handle *fwnode)
{
	fwnode_call_void_op(fwnode, put);
}
EXPORT_SYMBOL_GPL(fwnode_handle_put);

struct fwnode_handle *
fwnode_get_next_child_node(const struct fwnode_handle *fwnode,
			   struct fwnode_handle *child)
{
	return fwnode_call_ptr_op(fwnode, get_next_child_node, child);
}
EXPORT_SYMBOL_GPL(fwnode_get_next_child_node);

struct fwnode_handle *
fwnode_get_next_available_child_node(const struct fwnode_handle *fwnode,
				     struct fwnode_handle *child)
{
	struct fwnode_handle *next_child = child;

	if (IS_ERR_OR_NULL(fwnode))
		return NULL;
	do {
		next_child = fwnode_get_next_child_node(fwnode, next_child);
		if (!next_child)
			return NULL;
	} while (!fwnode_device_is_available(next_child));
	return next_child;
}
EXPORT_SYMBOL_GPL(fwnode_get_next_available_child_node);

struct fwnode_handle *fwnode_get_named_child_node(const struct fwnode_handle *fwnode,
						  const char *childname)
{
	return fwnode_call_ptr_op(fwnode, get_named_child_node, childname);
}
EXPORT_SYMBOL_GPL(fwnode_get_named_child_node);

struct fwnode_handle *device_get_next_child_node(const struct device *dev,
						 struct fwnode_handle *child)
{
	const struct fwnode_handle *fwnode = dev_fwnode(dev);
	struct fwnode_handle *next;

	if (IS_ERR_OR_NULL(fwnode))
		return NULL;
	next = fwnode_get_next_child_node(fwnode, child);
	if (next)
		return next;
	return fwnode_get_next_child_node(fwnode->secondary, child);
}
EXPORT_SYMBOL_GPL(device_get_next_child_node);

struct fwnode_handle *device_get_named_child_node(const struct device *dev,
						  const char *childname)
{
	return fwnode_get_named_child_node(dev_fwnode(dev), childname);
}
EXPORT_SYMBOL_GPL(device_get_named_child_node);

unsigned int device_get_child_node_count(const struct device *dev)
{
	struct fwnode_handle *child;
	unsigned int count = 0;

	device_for_each_child_node(dev, child)
		count++;
	return count;
}
EXPORT_SYMBOL_GPL(device_get_child_node_count);

const void *device_get_match_data(const struct device *dev)
{
	return fwnode_call_ptr_op(dev_fwnode(dev), device_get_match_data, dev);
}
EXPORT_SYMBOL_GPL(device_get_match_data);
