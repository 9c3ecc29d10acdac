// SPDX-License-Identifier: GPL-2.0-only
/*
 * Managed resources (drivers/base/devres.c, lib/devres.c, kernel/resource.c
 * in 6.1): each is a node on its device's list, released in reverse order
 * when the driver unbinds, when probe fails, or when the device goes.
 *
 * A node and its data are one allocation, the data after the header, as in
 * the kernel: kfree() of a devm pointer is a bad free (an interior
 * pointer), and the allocation is fallible at the driver's call site. The
 * node belongs to its device (kshim_alloc_ex()'s owner), so the leak check
 * leaves it alone while the device lives.
 */
#include <linux/device.h>
#include <linux/interrupt.h>
#include <linux/io.h>
#include <linux/ioport.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/bug.h>
#include <kshim/devapi.h>

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

static void *dr_alloc(dr_release_t release, size_t size, gfp_t gfp,
		      const char *name, struct device *owner,
		      const struct kshim_site *site, const char *what)
{
	struct devres *dr;
	size_t total;

	if (check_add_overflow(sizeof(*dr), size, &total))
		return NULL;
	dr = kshim_alloc_ex(total, 0, __kshim_gfp(gfp), owner, site, what);
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

void *kshim_devres_alloc(dr_release_t release, size_t size, gfp_t gfp,
			 const char *name, const struct kshim_site *site)
{
	return dr_alloc(release, size, gfp | __GFP_ZERO, name, NULL, site,
			"devres_alloc");
}

void devres_free(void *res)
{
	struct devres *dr;

	if (!res)
		return;
	dr = to_dr(res);
	BUG_ON(!list_empty(&dr->node));
	kshim_free(dr, KSHIM_SITE, "devres_free");
}

void devres_add(struct device *dev, void *res)
{
	list_add_tail(&to_dr(res)->node, &dev->devres_head);
}

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

void *devres_find(struct device *dev, dr_release_t release,
		  dr_match_t match, void *match_data)
{
	struct devres *dr = find_dr(dev, release, match, match_data);

	return dr ? dr->data : NULL;
}

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

void *devres_remove(struct device *dev, dr_release_t release,
		    dr_match_t match, void *match_data)
{
	struct devres *dr = find_dr(dev, release, match, match_data);

	if (!dr)
		return NULL;
	list_del_init(&dr->node);
	return dr->data;
}

int devres_destroy(struct device *dev, dr_release_t release,
		   dr_match_t match, void *match_data)
{
	void *res = devres_remove(dev, release, match, match_data);

	if (unlikely(!res))
		return -ENOENT;
	devres_free(res);
	return 0;
}

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

void *kshim_devm_kmalloc(struct device *dev, size_t size, gfp_t gfp,
			 const struct kshim_site *site, const char *what)
{
	void *p;

	if (unlikely(!size))
		return ZERO_SIZE_PTR;
	p = dr_alloc(devm_kmalloc_release, size, gfp, "devm_kzalloc_release",
		     dev, site, what);
	if (unlikely(!p))
		return NULL;
	devres_add(dev, p);
	return p;
}

void *kshim_devm_kmalloc_array(struct device *dev, size_t n, size_t size,
			       gfp_t gfp, const struct kshim_site *site,
			       const char *what)
{
	size_t bytes;

	if (unlikely(check_mul_overflow(n, size, &bytes)))
		return NULL;
	return kshim_devm_kmalloc(dev, bytes, gfp, site, what);
}

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

void *kshim_devm_krealloc(struct device *dev, void *ptr, size_t new_size,
			  gfp_t gfp, const struct kshim_site *site)
{
	struct devres *old_dr, *new_dr;
	void *p;

	if (unlikely(!new_size)) {
		devm_kfree(dev, ptr);
		return ZERO_SIZE_PTR;
	}
	if (unlikely(ZERO_OR_NULL_PTR(ptr)))
		return kshim_devm_kmalloc(dev, new_size, gfp, site, "devm_krealloc");
	if (WARN_ON(kshim_is_rodata(ptr)))
		return NULL;
	old_dr = find_dr(dev, devm_kmalloc_release, devm_kmalloc_match, ptr);
	if (WARN_ON(!old_dr))
		return NULL;
	if (old_dr->size >= new_size)
		return ptr;
	p = dr_alloc(devm_kmalloc_release, new_size, gfp, old_dr->name, dev,
		     site, "devm_krealloc");
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

char *kshim_devm_kstrdup(struct device *dev, const char *s, gfp_t gfp,
			 const struct kshim_site *site)
{
	size_t size;
	char *buf;

	if (!s)
		return NULL;
	size = strlen(s) + 1;
	buf = kshim_devm_kmalloc(dev, size, gfp, site, "devm_kstrdup");
	if (buf)
		memcpy(buf, s, size);
	return buf;
}

const char *kshim_devm_kstrdup_const(struct device *dev, const char *s,
				     gfp_t gfp, const struct kshim_site *site)
{
	if (kshim_is_rodata(s))
		return s;
	return kshim_devm_kstrdup(dev, s, gfp, site);
}

void *kshim_devm_kmemdup(struct device *dev, const void *src, size_t len,
			 gfp_t gfp, const struct kshim_site *site)
{
	void *p = kshim_devm_kmalloc(dev, len, gfp, site, "devm_kmemdup");

	if (p && len)
		memcpy(p, src, len);
	return p;
}

char *kshim_devm_kvasprintf(struct device *dev, gfp_t gfp,
			    const struct kshim_site *site, const char *fmt,
			    va_list ap)
{
	unsigned int len;
	va_list aq;
	char *p;

	va_copy(aq, ap);
	len = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	p = kshim_devm_kmalloc(dev, len + 1, gfp, site, "devm_kasprintf");
	if (!p)
		return NULL;
	vsnprintf(p, len + 1, fmt, ap);
	return p;
}

char *kshim_devm_kasprintf(struct device *dev, gfp_t gfp,
			   const struct kshim_site *site, const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = kshim_devm_kvasprintf(dev, gfp, site, fmt, ap);
	va_end(ap);
	return p;
}

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

int kshim_devm_add_action(struct device *dev, void (*action)(void *),
			  void *data, const char *name,
			  const struct kshim_site *site)
{
	struct action_devres *devres;

	devres = dr_alloc(devm_action_release, sizeof(*devres), GFP_KERNEL,
			  name, dev, site, "devm_add_action");
	if (!devres)
		return -ENOMEM;
	devres->data = data;
	devres->action = action;
	devres_add(dev, devres);
	return 0;
}

void devm_remove_action(struct device *dev, void (*action)(void *), void *data)
{
	struct action_devres devres = { .data = data, .action = action };

	WARN_ON(devres_destroy(dev, devm_action_release, devm_action_match,
			       &devres));
}

void devm_release_action(struct device *dev, void (*action)(void *), void *data)
{
	struct action_devres devres = { .data = data, .action = action };

	WARN_ON(devres_release(dev, devm_action_release, devm_action_match,
			       &devres));
}

/* ---- Regions (kernel/resource.c) ---- */

struct resource ioport_resource = {
	.name = "PCI IO",
	.start = 0,
	.end = 0xffff,
	.flags = IORESOURCE_IO,
};

struct resource iomem_resource = {
	.name = "PCI mem",
	.start = 0,
	.end = ~(resource_size_t)0,
	.flags = IORESOURCE_MEM,
};

void kshim_region_reset(void)
{
	ioport_resource.child = NULL;
	iomem_resource.child = NULL;
}

/* A flat list under @parent: a request overlapping a busy region fails. */
static struct resource *region_request(struct resource *parent,
				      resource_size_t start, resource_size_t n,
				      const char *name, int flags,
				      struct device *owner,
				      const struct kshim_site *site)
{
	resource_size_t end = start + n - 1;
	struct resource *res, *r;

	res = kshim_alloc_ex(sizeof(*res), 0,
			     __kshim_gfp(GFP_KERNEL | __GFP_ZERO), owner, site,
			     "kzalloc");
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

struct resource *kshim_request_region(struct resource *parent,
				      resource_size_t start, resource_size_t n,
				      const char *name, int flags,
				      const struct kshim_site *site)
{
	return region_request(parent, start, n, name, flags, NULL, site);
}

void kshim_release_region(struct resource *parent, resource_size_t start,
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

struct region_devres {
	struct resource *parent;
	resource_size_t start;
	resource_size_t n;
};

static void devm_region_release(struct device *dev, void *res)
{
	struct region_devres *this = res;

	kshim_release_region(this->parent, this->start, this->n, KSHIM_SITE);
}

static int devm_region_match(struct device *dev, void *res, void *match_data)
{
	struct region_devres *this = res, *match = match_data;

	return this->parent == match->parent && this->start == match->start &&
	       this->n == match->n;
}

struct resource *kshim_devm_request_region(struct device *dev,
					   struct resource *parent,
					   resource_size_t start,
					   resource_size_t n, const char *name,
					   const struct kshim_site *site)
{
	struct region_devres *dr;
	struct resource *res;

	dr = dr_alloc(devm_region_release, sizeof(*dr), GFP_KERNEL,
		      "devm_region_release", dev, site, "devres_alloc");
	if (!dr)
		return NULL;
	dr->parent = parent;
	dr->start = start;
	dr->n = n;
	res = region_request(parent, start, n, name, 0, dev, site);
	if (res)
		devres_add(dev, dr);
	else
		devres_free(dr);
	return res;
}

void kshim_devm_release_region(struct device *dev, struct resource *parent,
			       resource_size_t start, resource_size_t n,
			       const struct kshim_site *site)
{
	struct region_devres match = { parent, start, n };

	kshim_release_region(parent, start, n, site);
	WARN_ON(devres_destroy(dev, devm_region_release, devm_region_match,
			       &match));
}

/* ---- MMIO (lib/devres.c) ---- */

static void devm_ioremap_release(struct device *dev, void *res)
{
	iounmap(*(void __iomem **)res);
}

static int devm_ioremap_match(struct device *dev, void *res, void *match_data)
{
	return *(void **)res == match_data;
}

void __iomem *kshim_devm_ioremap(struct device *dev, resource_size_t offset,
				 resource_size_t size,
				 const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	void __iomem **ptr, *addr;

	ptr = dr_alloc(devm_ioremap_release, sizeof(*ptr), GFP_KERNEL,
		       "devm_ioremap_release", dev, site, "devres_alloc");
	if (!ptr)
		return NULL;
	kshim_alloc_hold(dev);
	addr = kshim_ioremap(offset, size, site);
	kshim_alloc_hold(NULL);
	if (addr) {
		*ptr = addr;
		devres_add(dev, ptr);
	} else {
		devres_free(ptr);
	}
	return addr;
}

void devm_iounmap(struct device *dev, void __iomem *addr)
{
	WARN_ON(devres_destroy(dev, devm_ioremap_release, devm_ioremap_match,
			       (__force void *)addr));
	iounmap(addr);
}

/* %pR, as lib/vsprintf.c prints a memory or IRQ resource. */
static const char *res_str(const struct resource *r, char *buf, size_t len)
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

void __iomem *kshim_devm_ioremap_resource(struct device *dev,
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
		pretty_name = kshim_devm_kasprintf(dev, GFP_KERNEL, site, "%s %s",
						   dev_name(dev), res->name);
	else
		pretty_name = kshim_devm_kstrdup(dev, dev_name(dev), GFP_KERNEL,
						 site);
	if (!pretty_name) {
		dev_err(dev, "can't generate pretty name for resource %s\n",
			res_str(res, rs, sizeof(rs)));
		return IOMEM_ERR_PTR(-ENOMEM);
	}
	if (!kshim_devm_request_region(dev, &iomem_resource, res->start, size,
				       pretty_name, site)) {
		dev_err(dev, "can't request region for resource %s\n",
			res_str(res, rs, sizeof(rs)));
		return IOMEM_ERR_PTR(-EBUSY);
	}
	dest_ptr = kshim_devm_ioremap(dev, res->start, size, site);
	if (!dest_ptr) {
		dev_err(dev, "ioremap failed for resource %s\n",
			res_str(res, rs, sizeof(rs)));
		kshim_devm_release_region(dev, &iomem_resource, res->start, size,
					  site);
		dest_ptr = IOMEM_ERR_PTR(-ENOMEM);
	}
	return dest_ptr;
}

/* ---- IRQs (kernel/irq/devres.c); the lines themselves are irq.c's ---- */

struct irq_devres {
	unsigned int irq;
	void *dev_id;
};

static void devm_irq_release(struct device *dev, void *res)
{
	struct irq_devres *this = res;

	free_irq(this->irq, this->dev_id);
}

static int devm_irq_match(struct device *dev, void *res, void *data)
{
	struct irq_devres *this = res, *match = data;

	return this->irq == match->irq && this->dev_id == match->dev_id;
}

int kshim_devm_request_threaded_irq(struct device *dev, unsigned int irq,
				    irq_handler_t handler, irq_handler_t thread_fn,
				    unsigned long irqflags, const char *devname,
				    void *dev_id, const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	struct irq_devres *dr;
	int rc;

	dr = dr_alloc(devm_irq_release, sizeof(*dr), GFP_KERNEL,
		      "devm_irq_release", dev, KSHIM_SITE, "devres_alloc");
	if (!dr)
		return -ENOMEM;
	if (!devname)
		devname = dev_name(dev);
	kshim_alloc_hold(dev);
	rc = request_threaded_irq(irq, handler, thread_fn, irqflags, devname,
				  dev_id);
	kshim_alloc_hold(NULL);
	if (rc) {
		devres_free(dr);
		return rc;
	}
	dr->irq = irq;
	dr->dev_id = dev_id;
	devres_add(dev, dr);
	return 0;
}

#undef devm_request_threaded_irq
int devm_request_threaded_irq(struct device *dev, unsigned int irq,
			      irq_handler_t handler, irq_handler_t thread_fn,
			      unsigned long irqflags, const char *devname,
			      void *dev_id)
{
	return kshim_devm_request_threaded_irq(dev, irq, handler, thread_fn,
					       irqflags, devname, dev_id, KSHIM_SITE);
}

void devm_free_irq(struct device *dev, unsigned int irq, void *dev_id)
{
	struct irq_devres match_data = { irq, dev_id };

	WARN_ON(devres_destroy(dev, devm_irq_release, devm_irq_match,
			       &match_data));
	free_irq(irq, dev_id);
}
