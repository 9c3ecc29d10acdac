// SPDX-License-Identifier: GPL-2.0
/* Three fallible calls in init, each failure unwound correctly. */
#include <linux/module.h>
#include <linux/slab.h>

struct sweep_good {
	char *name;
	u32 *table;
};

static struct sweep_good *sg;

static int __init sweep_good_init(void)
{
	struct sweep_good *s;

	s = kzalloc(sizeof(*s), GFP_KERNEL);
	if (!s)
		return -ENOMEM;
	s->name = kstrdup("sweep_good", GFP_KERNEL);
	if (!s->name)
		goto err_free;
	s->table = kcalloc(16, sizeof(*s->table), GFP_KERNEL);
	if (!s->table)
		goto err_name;
	sg = s;
	return 0;

err_name:
	kfree(s->name);
err_free:
	kfree(s);
	return -ENOMEM;
}

static void __exit sweep_good_exit(void)
{
	kfree(sg->table);
	kfree(sg->name);
	kfree(sg);
}

module_init(sweep_good_init);
module_exit(sweep_good_exit);
MODULE_LICENSE("GPL");
