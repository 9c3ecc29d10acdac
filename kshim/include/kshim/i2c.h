/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _KSHIM_I2C_H
#define _KSHIM_I2C_H

#endif /* _KSHIM_I2C_H */
