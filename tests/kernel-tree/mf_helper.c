// SPDX-License-Identifier: GPL-2.0-only
/* The second file of module mf: a function the first one calls. */
int mf_helper(int x);

int mf_helper(int x)
{
	return x + 22;
}
