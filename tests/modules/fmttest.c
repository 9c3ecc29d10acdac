// SPDX-License-Identifier: GPL-2.0
/* The printk formats a driver uses most, printed once at init. */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/err.h>
#include <linux/module.h>
#include <linux/printk.h>

static int __init fmttest_init(void)
{
	static const u8 mac[6] = { 0x00, 0x1b, 0x21, 0x3a, 0x4b, 0x5c };
	static const u8 bytes[4] = { 0xde, 0xad, 0xbe, 0xef };
	static const u8 ip[4] = { 192, 168, 0, 1 };
	static const u8 uuid[16] = {
		0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0,
		0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88,
	};

	pr_info("pe: %pe %pe %pe\n", ERR_PTR(-ENODEV), ERR_PTR(-EPROBE_DEFER),
		ERR_PTR(-ENOMEM));
	pr_info("ph: %*ph / %*phC / %*phN\n", 4, bytes, 4, bytes, 4, bytes);
	pr_info("pM: %pM %pMR %pm\n", mac, mac, mac);
	pr_info("pI4: %pI4\n", ip);
	pr_info("pU: %pUb %pUB %pUl\n", uuid, uuid, uuid);
	pr_info("ints: %d %u %#x %#o %5d|%-5d| %lld %zu\n", -1, 4000000000u, 255,
		8, 42, 42, -9000000000LL, sizeof(u32));
	pr_info("str: [%s] [%10s] [%-10s] [%.3s]\n", "abc", "abc", "abc", "abcdef");
	pr_warn("level: warning\n");
	pr_notice("level: notice\n");
	pr_err("level: error\n");
	pr_info("cont:");
	pr_cont(" a");
	pr_cont(" b\n");
	return 0;
}

static void __exit fmttest_exit(void)
{
	pr_info("exit\n");
}

module_init(fmttest_init);
module_exit(fmttest_exit);
MODULE_LICENSE("GPL");
