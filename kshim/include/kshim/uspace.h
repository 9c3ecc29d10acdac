/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _KSHIM_USPACE_H
#define _KSHIM_USPACE_H

#endif /* _KSHIM_USPACE_H */
