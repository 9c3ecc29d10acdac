// SPDX-License-Identifier: GPL-2.0
/* Init fails with the errno of the "err" parameter, after unwinding what it did. */
#include <linux/module.h>
#include <linux/slab.h>

static int err = -ENODEV;
module_param(err, int, 0444);
MODULE_PARM_DESC(err, "What init returns (default -ENODEV)");

static int __init lc_fail_init(void)
{
	void *p = kzalloc(128, GFP_KERNEL);

	if (!p)
		return -ENOMEM;
	kfree(p);
	pr_err("lc_fail: init failing with %pe\n", ERR_PTR(err));
	return err;
}

static void __exit lc_fail_exit(void)
{
	pr_info("lc_fail: exit called\n");
}

module_init(lc_fail_init);
module_exit(lc_fail_exit);
MODULE_LICENSE("GPL");
