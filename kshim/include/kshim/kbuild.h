/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What Kbuild forces into every file it compiles (-include): for a compiler
 * command line that can only take one forced include (pkg-config's, which
 * drops repeated flags).
 */
#include <linux/kconfig.h>
#include <linux/compiler_types.h>
