// SPDX-License-Identifier: GPL-2.0-only
/*
 * The resource trees' roots and region requests (kernel/resource.c in the
 * kernel; here beside the devres that most drivers reach them through). A
 * flat list under each root: a request that overlaps a busy region fails.
 */
#include <linux/device.h>
#include <linux/ioport.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include "base.h"

struct resource ioport_resource = {
	.name	= "PCI IO",
	.start	= 0,
	.end	= 0xffff,
	.flags	= IORESOURCE_IO,
};
EXPORT_SYMBOL(ioport_resource);

struct resource iomem_resource = {
	.name	= "PCI mem",
	.start	= 0,
	.end	= ~(resource_size_t)0,
	.flags	= IORESOURCE_MEM,
};
EXPORT_SYMBOL(iomem_resource);

void kshim_region_reset(void)
{
	ioport_resource.child = NULL;
	iomem_resource.child = NULL;
}

struct resource *kshim_request_region_at(struct resource *parent,
					 resource_size_t start,
					 resource_size_t n, const char *name,
					 int flags, struct device *owner,
					 const struct kshim_site *site)
{
	resource_size_t end = start + n - 1;
	struct resource *res, *r;

	res = kshim_alloc_ex(sizeof(*res), 0,
			     (__force unsigned int)(GFP_KERNEL | __GFP_ZERO),
			     owner, site, "kzalloc");
	if (!res)
		return NULL;
	res->name = name;
	res->start = start;
	res->end = end;
	for (r = parent->child; r; r = r->sibling) {
		if (r->start <= end && start <= r->end) {
			kshim_free(res, site, "kfree");
			return NULL;
		}
	}
	if (start < parent->start || end > parent->end || end < start) {
		kshim_free(res, site, "kfree");
		return NULL;
	}
	res->flags = resource_type(parent) | IORESOURCE_BUSY | flags;
	res->parent = parent;
	res->sibling = parent->child;
	parent->child = res;
	return res;
}

void kshim_release_region_at(struct resource *parent, resource_size_t start,
			     resource_size_t n, const struct kshim_site *site)
{
	resource_size_t end = start + n - 1;
	struct resource **p, *r;

	for (p = &parent->child; (r = *p); p = &r->sibling) {
		if (r->start == start && r->end == end) {
			*p = r->sibling;
			kshim_free(r, site, "kfree");
			return;
		}
	}
	printk(KERN_WARNING "Trying to free nonexistent resource <%pa-%pa>\n",
	       &start, &end);
}

struct resource *__request_region(struct resource *parent,
				  resource_size_t start, resource_size_t n,
				  const char *name, int flags)
{
	return kshim_request_region_at(parent, start, n, name, flags, NULL,
				       KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(__request_region);

void __release_region(struct resource *parent, resource_size_t start,
		      resource_size_t n)
{
	kshim_release_region_at(parent, start, n, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(__release_region);

struct region_devres {
	struct resource *parent;
	resource_size_t start;
	resource_size_t n;
};

static void devm_region_release(struct device *dev, void *res)
{
	struct region_devres *this = res;

	kshim_release_region_at(this->parent, this->start, this->n, KSHIM_SITE);
}

static int devm_region_match(struct device *dev, void *res, void *match_data)
{
	struct region_devres *this = res, *match = match_data;

	return this->parent == match->parent && this->start == match->start &&
	       this->n == match->n;
}

struct resource *kshim_devm_request_region_at(struct device *dev,
					      struct resource *parent,
					      resource_size_t start,
					      resource_size_t n,
					      const char *name,
					      const struct kshim_site *site)
{
	struct region_devres *dr;
	struct resource *res;

	dr = kshim_dr_alloc(devm_region_release, sizeof(*dr), GFP_KERNEL,
			    "devm_region_release", dev, site, "devres_alloc");
	if (!dr)
		return NULL;
	dr->parent = parent;
	dr->start = start;
	dr->n = n;
	res = kshim_request_region_at(parent, start, n, name, 0, dev, site);
	if (res)
		devres_add(dev, dr);
	else
		devres_free(dr);
	return res;
}

void kshim_devm_release_region_at(struct device *dev, struct resource *parent,
				  resource_size_t start, resource_size_t n,
				  const struct kshim_site *site)
{
	struct region_devres match = { parent, start, n };

	kshim_release_region_at(parent, start, n, site);
	WARN_ON(devres_destroy(dev, devm_region_release, devm_region_match,
			       &match));
}

struct resource *__devm_request_region(struct device *dev,
				       struct resource *parent,
				       resource_size_t start,
				       resource_size_t n, const char *name)
{
	return kshim_devm_request_region_at(dev, parent, start, n, name,
					    KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(__devm_request_region);

void __devm_release_region(struct device *dev, struct resource *parent,
			   resource_size_t start, resource_size_t n)
{
	kshim_devm_release_region_at(dev, parent, start, n, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(__devm_release_region);

/* %pR of a memory, I/O or IRQ resource, as lib/vsprintf.c prints it. */
const char *kshim_res_str(const struct resource *r, char *buf, size_t len)
{
	size_t n;

	if (resource_type(r) == IORESOURCE_IRQ)
		n = scnprintf(buf, len, "[irq %llu", (unsigned long long)r->start);
	else
		n = scnprintf(buf, len, "[%s %#010llx", r->flags & IORESOURCE_IO ?
			      "io " : "mem", (unsigned long long)r->start);
	if (r->start != r->end)
		n += scnprintf(buf + n, len - n, resource_type(r) == IORESOURCE_IRQ ?
			       "-%llu" : "-%#010llx", (unsigned long long)r->end);
	if (r->flags & IORESOURCE_MEM_64)
		n += scnprintf(buf + n, len - n, " 64bit");
	if (r->flags & IORESOURCE_PREFETCH)
		n += scnprintf(buf + n, len - n, " pref");
	if (r->flags & IORESOURCE_WINDOW)
		n += scnprintf(buf + n, len - n, " window");
	if (r->flags & IORESOURCE_DISABLED)
		n += scnprintf(buf + n, len - n, " disabled");
	scnprintf(buf + n, len - n, "]");
	return buf;
}
