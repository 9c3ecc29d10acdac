// SPDX-License-Identifier: GPL-2.0-only
/*
 * Managed resources (drivers/base/devres.c, and lib/devres.c's MMIO): each
 * is a node on its device's list, released newest first when the driver
 * unbinds, when probe fails, or when the device goes.
 *
 * A node and its data are one allocation, the data after the header, as in
 * the kernel: kfree() of a devm pointer is a bad free (an interior
 * pointer), and the allocation is fallible at the driver's call site. The
 * node belongs to its device (kshim_alloc_ex()'s owner), so the leak check
 * leaves it alone while the device lives.
 */
#include <linux/device.h>
#include <linux/err.h>
#include <linux/io.h>
#include <linux/ioport.h>
#include <linux/overflow.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "base.h"

struct devres {
	struct list_head node;
	dr_release_t release;
	const char *name;
	size_t size;
	/* what the caller gets: kmalloc's alignment */
	u8 data[] __aligned(ARCH_KMALLOC_MINALIGN);
};

static struct devres *to_dr(const void *res)
{
	return container_of((void *)res, struct devres, data);
}

void *kshim_dr_alloc(dr_release_t release, size_t size, gfp_t gfp,
		     const char *name, struct device *owner,
		     const struct kshim_site *site, const char *what)
{
	struct devres *dr;
	size_t total;

	if (check_add_overflow(sizeof(*dr), size, &total))
		return NULL;
	dr = kshim_alloc_ex(total, 0, (__force unsigned int)gfp, owner, site,
			    what);
	if (!dr)
		return NULL;
	/* The header is the kernel's, whatever the caller asked for. */
	memset(dr, 0, sizeof(*dr));
	INIT_LIST_HEAD(&dr->node);
	dr->release = release;
	dr->name = name;
	dr->size = size;
	return dr->data;
}

void *__devres_alloc_node(dr_release_t release, size_t size, gfp_t gfp,
			  int nid, const char *name)
{
	return kshim_dr_alloc(release, size, gfp | __GFP_ZERO, name, NULL,
			      KSHIM_CALLER_SITE, "devres_alloc");
}
EXPORT_SYMBOL_GPL(__devres_alloc_node);

void devres_free(void *res)
{
	struct devres *dr;

	if (!res)
		return;
	dr = to_dr(res);
	BUG_ON(!list_empty(&dr->node));
	kshim_free(dr, KSHIM_SITE, "devres_free");
}
EXPORT_SYMBOL_GPL(devres_free);

void devres_add(struct device *dev, void *res)
{
	list_add_tail(&to_dr(res)->node, &dev->devres_head);
}
EXPORT_SYMBOL_GPL(devres_add);

static struct devres *find_dr(struct device *dev, dr_release_t release,
			      dr_match_t match, void *match_data)
{
	struct devres *dr;

	list_for_each_entry_reverse(dr, &dev->devres_head, node) {
		if (dr->release != release)
			continue;
		if (match && !match(dev, dr->data, match_data))
			continue;
		return dr;
	}
	return NULL;
}

void devres_for_each_res(struct device *dev, dr_release_t release,
			 dr_match_t match, void *match_data,
			 void (*fn)(struct device *, void *, void *),
			 void *data)
{
	struct devres *dr, *tmp;

	if (!fn)
		return;
	list_for_each_entry_safe_reverse(dr, tmp, &dev->devres_head, node) {
		if (dr->release != release)
			continue;
		if (match && !match(dev, dr->data, match_data))
			continue;
		fn(dev, dr->data, data);
	}
}
EXPORT_SYMBOL_GPL(devres_for_each_res);

void *devres_find(struct device *dev, dr_release_t release,
		  dr_match_t match, void *match_data)
{
	struct devres *dr = find_dr(dev, release, match, match_data);

	return dr ? dr->data : NULL;
}
EXPORT_SYMBOL_GPL(devres_find);

void *devres_get(struct device *dev, void *new_res, dr_match_t match,
		 void *match_data)
{
	struct devres *new_dr = to_dr(new_res);
	struct devres *dr = find_dr(dev, new_dr->release, match, match_data);

	if (!dr) {
		devres_add(dev, new_res);
		return new_res;
	}
	devres_free(new_res);
	return dr->data;
}
EXPORT_SYMBOL_GPL(devres_get);

void *devres_remove(struct device *dev, dr_release_t release,
		    dr_match_t match, void *match_data)
{
	struct devres *dr = find_dr(dev, release, match, match_data);

	if (!dr)
		return NULL;
	list_del_init(&dr->node);
	return dr->data;
}
EXPORT_SYMBOL_GPL(devres_remove);

int devres_destroy(struct device *dev, dr_release_t release,
		   dr_match_t match, void *match_data)
{
	void *res = devres_remove(dev, release, match, match_data);

	if (unlikely(!res))
		return -ENOENT;
	devres_free(res);
	return 0;
}
EXPORT_SYMBOL_GPL(devres_destroy);

int devres_release(struct device *dev, dr_release_t release,
		   dr_match_t match, void *match_data)
{
	void *res = devres_remove(dev, release, match, match_data);

	if (unlikely(!res))
		return -ENOENT;
	release(dev, res);
	devres_free(res);
	return 0;
}
EXPORT_SYMBOL_GPL(devres_release);

/* Newest first; a release may not add resources to the same device. */
int devres_release_all(struct device *dev)
{
	struct devres *dr;
	int cnt = 0;

	/* Looks like an uninitialized device structure */
	if (WARN_ON(dev->devres_head.next == NULL))
		return -ENODEV;
	while (!list_empty(&dev->devres_head)) {
		dr = list_last_entry(&dev->devres_head, struct devres, node);
		list_del_init(&dr->node);
		dr->release(dev, dr->data);
		kshim_free(dr, KSHIM_SITE, "devres_release_all");
		cnt++;
	}
	return cnt;
}

/* ---- Memory ---- */

static void devm_kmalloc_release(struct device *dev, void *res)
{
}

static int devm_kmalloc_match(struct device *dev, void *res, void *data)
{
	return res == data;
}

void *kshim_devm_kmalloc_at(struct device *dev, size_t size, gfp_t gfp,
			    const struct kshim_site *site, const char *what)
{
	void *p;

	if (unlikely(!size))
		return ZERO_SIZE_PTR;
	p = kshim_dr_alloc(devm_kmalloc_release, size, gfp,
			   "devm_kzalloc_release", dev, site, what);
	if (unlikely(!p))
		return NULL;
	devres_add(dev, p);
	return p;
}

/* devm_kzalloc() and devm_kcalloc() are devm_kmalloc() with __GFP_ZERO inline. */
void *devm_kmalloc(struct device *dev, size_t size, gfp_t gfp)
{
	return kshim_devm_kmalloc_at(dev, size, gfp, KSHIM_CALLER_SITE,
				     (gfp & __GFP_ZERO) ? "devm_kzalloc" :
							  "devm_kmalloc");
}
EXPORT_SYMBOL_GPL(devm_kmalloc);

void devm_kfree(struct device *dev, const void *p)
{
	int rc;

	/* devm_kstrdup_const() may hand out read-only data, kept as it is. */
	if (unlikely(kshim_is_rodata(p) || ZERO_OR_NULL_PTR(p)))
		return;
	rc = devres_destroy(dev, devm_kmalloc_release, devm_kmalloc_match,
			    (void *)p);
	WARN_ON(rc);
}
EXPORT_SYMBOL_GPL(devm_kfree);

void *devm_krealloc(struct device *dev, void *ptr, size_t new_size, gfp_t gfp)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	struct devres *old_dr, *new_dr;
	void *p;

	if (unlikely(!new_size)) {
		devm_kfree(dev, ptr);
		return ZERO_SIZE_PTR;
	}
	if (unlikely(ZERO_OR_NULL_PTR(ptr)))
		return kshim_devm_kmalloc_at(dev, new_size, gfp, site,
					     "devm_krealloc");
	if (WARN_ON(kshim_is_rodata(ptr)))
		return NULL;
	old_dr = find_dr(dev, devm_kmalloc_release, devm_kmalloc_match, ptr);
	if (WARN_ON(!old_dr))
		return NULL;
	if (old_dr->size >= new_size)
		return ptr;
	p = kshim_dr_alloc(devm_kmalloc_release, new_size, gfp, old_dr->name,
			   dev, site, "devm_krealloc");
	if (!p)
		return NULL;
	new_dr = to_dr(p);
	memcpy(p, ptr, old_dr->size);
	if (gfp & __GFP_ZERO)
		memset((u8 *)p + old_dr->size, 0, new_size - old_dr->size);
	/* The new node takes the old one's place in the release order. */
	list_replace_init(&old_dr->node, &new_dr->node);
	kshim_free(old_dr, KSHIM_SITE, "devm_krealloc");
	return p;
}
EXPORT_SYMBOL_GPL(devm_krealloc);

char *kshim_devm_kstrdup_at(struct device *dev, const char *s, gfp_t gfp,
			    const struct kshim_site *site)
{
	size_t size;
	char *buf;

	if (!s)
		return NULL;
	size = strlen(s) + 1;
	buf = kshim_devm_kmalloc_at(dev, size, gfp, site, "devm_kstrdup");
	if (buf)
		memcpy(buf, s, size);
	return buf;
}

char *devm_kstrdup(struct device *dev, const char *s, gfp_t gfp)
{
	return kshim_devm_kstrdup_at(dev, s, gfp, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(devm_kstrdup);

const char *devm_kstrdup_const(struct device *dev, const char *s, gfp_t gfp)
{
	if (kshim_is_rodata(s))
		return s;
	return kshim_devm_kstrdup_at(dev, s, gfp, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(devm_kstrdup_const);

void *devm_kmemdup(struct device *dev, const void *src, size_t len, gfp_t gfp)
{
	void *p = kshim_devm_kmalloc_at(dev, len, gfp, KSHIM_CALLER_SITE,
					"devm_kmemdup");

	if (p && len)
		memcpy(p, src, len);
	return p;
}
EXPORT_SYMBOL_GPL(devm_kmemdup);

static char *devm_kvasprintf_at(struct device *dev, gfp_t gfp,
				const struct kshim_site *site,
				const char *fmt, va_list ap)
{
	unsigned int len;
	va_list aq;
	char *p;

	va_copy(aq, ap);
	len = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	p = kshim_devm_kmalloc_at(dev, len + 1, gfp, site, "devm_kasprintf");
	if (!p)
		return NULL;
	vsnprintf(p, len + 1, fmt, ap);
	return p;
}

char *kshim_devm_kasprintf_at(struct device *dev, gfp_t gfp,
			      const struct kshim_site *site,
			      const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = devm_kvasprintf_at(dev, gfp, site, fmt, ap);
	va_end(ap);
	return p;
}

char *devm_kvasprintf(struct device *dev, gfp_t gfp, const char *fmt,
		      va_list ap)
{
	return devm_kvasprintf_at(dev, gfp, KSHIM_CALLER_SITE, fmt, ap);
}
EXPORT_SYMBOL(devm_kvasprintf);

char *devm_kasprintf(struct device *dev, gfp_t gfp, const char *fmt, ...)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = devm_kvasprintf_at(dev, gfp, site, fmt, ap);
	va_end(ap);
	return p;
}
EXPORT_SYMBOL_GPL(devm_kasprintf);

/* ---- Actions ---- */

struct action_devres {
	void *data;
	void (*action)(void *);
};

static int devm_action_match(struct device *dev, void *res, void *p)
{
	struct action_devres *devres = res;
	struct action_devres *target = p;

	return devres->action == target->action && devres->data == target->data;
}

static void devm_action_release(struct device *dev, void *res)
{
	struct action_devres *devres = res;

	devres->action(devres->data);
}

int devm_add_action(struct device *dev, void (*action)(void *), void *data)
{
	struct action_devres *devres;

	devres = kshim_dr_alloc(devm_action_release, sizeof(*devres),
				GFP_KERNEL, "devm_action_release", dev,
				KSHIM_CALLER_SITE, "devm_add_action");
	if (!devres)
		return -ENOMEM;
	devres->data = data;
	devres->action = action;
	devres_add(dev, devres);
	return 0;
}
EXPORT_SYMBOL_GPL(devm_add_action);

void devm_remove_action(struct device *dev, void (*action)(void *), void *data)
{
	struct action_devres devres = { .data = data, .action = action };

	WARN_ON(devres_destroy(dev, devm_action_release, devm_action_match,
			       &devres));
}
EXPORT_SYMBOL_GPL(devm_remove_action);

void devm_release_action(struct device *dev, void (*action)(void *), void *data)
{
	struct action_devres devres = { .data = data, .action = action };

	WARN_ON(devres_release(dev, devm_action_release, devm_action_match,
			       &devres));
}
EXPORT_SYMBOL_GPL(devm_release_action);

/* ---- MMIO (lib/devres.c) ---- */

void devm_ioremap_release(struct device *dev, void *res)
{
	kshim_iounmap(*(void __iomem **)res, KSHIM_SITE);
}

static int devm_ioremap_match(struct device *dev, void *res, void *match_data)
{
	return *(void **)res == match_data;
}

static void __iomem *devm_ioremap_at(struct device *dev,
				     resource_size_t offset,
				     resource_size_t size,
				     const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	void __iomem **ptr, *addr;

	ptr = kshim_dr_alloc(devm_ioremap_release, sizeof(*ptr), GFP_KERNEL,
			     "devm_ioremap_release", dev, site, "devres_alloc");
	if (!ptr)
		return NULL;
	kshim_alloc_hold(dev);
	addr = (void __iomem *)kshim_ioremap(offset, size, site);
	kshim_alloc_hold(NULL);
	if (addr) {
		*ptr = addr;
		devres_add(dev, ptr);
	} else {
		devres_free(ptr);
	}
	return addr;
}

void __iomem *devm_ioremap(struct device *dev, resource_size_t offset,
			   resource_size_t size)
{
	return devm_ioremap_at(dev, offset, size, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(devm_ioremap);

/* x86's ioremap_uc() and ioremap_wc() are ioremap() for simulated blocks. */
void __iomem *devm_ioremap_uc(struct device *dev, resource_size_t offset,
			      resource_size_t size)
{
	return devm_ioremap_at(dev, offset, size, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL_GPL(devm_ioremap_uc);

void __iomem *devm_ioremap_wc(struct device *dev, resource_size_t offset,
			      resource_size_t size)
{
	return devm_ioremap_at(dev, offset, size, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(devm_ioremap_wc);

void devm_iounmap(struct device *dev, void __iomem *addr)
{
	WARN_ON(devres_destroy(dev, devm_ioremap_release, devm_ioremap_match,
			       (__force void *)addr));
	kshim_iounmap(addr, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(devm_iounmap);

void __iomem *kshim_devm_ioremap_resource_at(struct device *dev,
					     const struct resource *res,
					     const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	resource_size_t size;
	void __iomem *dest_ptr;
	char *pretty_name;
	char rs[96];

	BUG_ON(!dev);
	if (!res || resource_type(res) != IORESOURCE_MEM) {
		dev_err(dev, "invalid resource\n");
		return IOMEM_ERR_PTR(-EINVAL);
	}
	size = resource_size(res);
	if (res->name)
		pretty_name = kshim_devm_kasprintf_at(dev, GFP_KERNEL, site,
						      "%s %s", dev_name(dev),
						      res->name);
	else
		pretty_name = kshim_devm_kstrdup_at(dev, dev_name(dev),
						    GFP_KERNEL, site);
	if (!pretty_name) {
		dev_err(dev, "can't generate pretty name for resource %s\n",
			kshim_res_str(res, rs, sizeof(rs)));
		return IOMEM_ERR_PTR(-ENOMEM);
	}
	if (!kshim_devm_request_region_at(dev, &iomem_resource, res->start,
					  size, pretty_name, site)) {
		dev_err(dev, "can't request region for resource %s\n",
			kshim_res_str(res, rs, sizeof(rs)));
		return IOMEM_ERR_PTR(-EBUSY);
	}
	dest_ptr = devm_ioremap_at(dev, res->start, size, site);
	if (!dest_ptr) {
		dev_err(dev, "ioremap failed for resource %s\n",
			kshim_res_str(res, rs, sizeof(rs)));
		kshim_devm_release_region_at(dev, &iomem_resource, res->start,
					     size, site);
		dest_ptr = IOMEM_ERR_PTR(-ENOMEM);
	}
	return dest_ptr;
}

void __iomem *devm_ioremap_resource(struct device *dev,
				    const struct resource *res)
{
	return kshim_devm_ioremap_resource_at(dev, res, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(devm_ioremap_resource);

void __iomem *devm_ioremap_resource_wc(struct device *dev,
				       const struct resource *res)
{
	return kshim_devm_ioremap_resource_at(dev, res, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(devm_ioremap_resource_wc);
