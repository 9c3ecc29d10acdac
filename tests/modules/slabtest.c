// SPDX-License-Identifier: GPL-2.0
/*
 * A module that allocates as its "mode" parameter says, to test the
 * allocation tracker from module code:
 *   ok       every allocator, all freed at exit
 *   leak     one 32-byte kmalloc() never freed
 *   double   a kfree() twice over, in init
 *   overrun  a byte written past a kmalloc()ed object, in init
 *   badfree  a kfree() of a pointer into an object, in init
 *   cache    a kmem cache destroyed at exit with an object still in it
 */
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/vmalloc.h>

static char *mode = "ok";
module_param(mode, charp, 0444);
MODULE_PARM_DESC(mode, "ok, leak, double, overrun, badfree or cache");

struct slabtest_obj {
	int id;
	char name[20];
};

static struct kmem_cache *cache;
static struct slabtest_obj *obj;
static char *name;
static void *big;
static int *table;

static int __init slabtest_ok(void)
{
	cache = KMEM_CACHE(slabtest_obj, SLAB_HWCACHE_ALIGN);
	if (!cache)
		return -ENOMEM;
	obj = kmem_cache_zalloc(cache, GFP_KERNEL);
	if (!obj)
		goto err_cache;
	name = kstrdup("slabtest", GFP_KERNEL);
	if (!name)
		goto err_obj;
	big = vzalloc(3 * 4096);
	if (!big)
		goto err_name;
	table = kcalloc(8, sizeof(*table), GFP_KERNEL);
	if (!table)
		goto err_big;
	return 0;

err_big:
	vfree(big);
err_name:
	kfree(name);
err_obj:
	kmem_cache_free(cache, obj);
err_cache:
	kmem_cache_destroy(cache);
	return -ENOMEM;
}

static int __init slabtest_init(void)
{
	char *p;

	/* Loaded again after a kshim_reset(), the statics are not fresh. */
	cache = NULL;
	obj = NULL;
	name = NULL;
	big = NULL;
	table = NULL;
	if (!strcmp(mode, "ok") || !strcmp(mode, "cache"))
		return slabtest_ok();
	if (!strcmp(mode, "leak")) {
		name = kmalloc(32, GFP_KERNEL);
		return name ? 0 : -ENOMEM;
	}
	p = kmalloc(16, GFP_KERNEL);
	if (!p)
		return -ENOMEM;
	if (!strcmp(mode, "double")) {
		kfree(p);
		kfree(p);
		return 0;
	}
	if (!strcmp(mode, "overrun")) {
		memset(p, 'x', 16);
		p[16] = '\0';
	} else if (!strcmp(mode, "badfree")) {
		kfree(p + 4);
	}
	kfree(p);
	return 0;
}

static void __exit slabtest_exit(void)
{
	if (!strcmp(mode, "leak"))
		return;
	kfree(table);
	vfree(big);
	kfree(name);
	if (strcmp(mode, "cache"))
		kmem_cache_free(cache, obj);
	kmem_cache_destroy(cache);
	table = NULL;
	big = NULL;
	name = NULL;
	obj = NULL;
	cache = NULL;
}

module_init(slabtest_init);
module_exit(slabtest_exit);
MODULE_LICENSE("GPL");
MODULE_AUTHOR("The kshim developers");
MODULE_DESCRIPTION("Allocation tracker test module");
