// SPDX-License-Identifier: GPL-2.0-only
/* I2C adapters and the simulated chips on them. */
#include "internal.h"

void kshim_i2c_unload(const char *module, const char *when)
{
}

void kshim_i2c_reset(void)
{
}
