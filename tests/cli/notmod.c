// SPDX-License-Identifier: GPL-2.0
/* A shared object with no module in it. */
int kshim_test_not_a_module(void)
{
	return 0;
}
