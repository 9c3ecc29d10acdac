/* SPDX-License-Identifier: GPL-2.0-only */
/* The few fixed major numbers kshim knows about (6.1's linux/major.h). */
#ifndef _LINUX_MAJOR_H
#define _LINUX_MAJOR_H

#define UNNAMED_MAJOR		0
#define MEM_MAJOR		1
#define TTY_MAJOR		4
#define TTYAUX_MAJOR		5
#define LP_MAJOR		6
#define MISC_MAJOR		10
#define INPUT_MAJOR		13
#define SOUND_MAJOR		14

#endif /* _LINUX_MAJOR_H */
