/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The kernel's character classes: one table for all 256 byte values, Latin-1
 * included: 0xc0-0xde upper case and 0xdf-0xff lower case, except 0xd7 and
 * 0xf7 (the multiplication and division signs), which are punctuation as
 * 0xa1-0xbf are; 0xa0 is a hard space; 0x80-0x9f have no class at all.
 * Unlike the C library's, these take any char (signed or not: only its low
 * 8 bits count), know no EOF and no locale.
 */
#ifndef _LINUX_CTYPE_H
#define _LINUX_CTYPE_H

#include <linux/compiler.h>

#define _U	0x01	/* upper case */
#define _L	0x02	/* lower case */
#define _D	0x04	/* decimal digit */
#define _C	0x08	/* control */
#define _P	0x10	/* punctuation */
#define _S	0x20	/* white space: \t \n \v \f \r, space, 0xa0 */
#define _X	0x40	/* hex digit letter */
#define _SP	0x80	/* the space character and 0xa0 */

/* Defined in kshim/kernel/string.c. */
extern const unsigned char _ctype[];

#define __ismask(x)	(_ctype[(int)(unsigned char)(x)])

#define isalnum(c)	((__ismask(c) & (_U | _L | _D)) != 0)
#define isalpha(c)	((__ismask(c) & (_U | _L)) != 0)
#define iscntrl(c)	((__ismask(c) & (_C)) != 0)
#define isgraph(c)	((__ismask(c) & (_P | _U | _L | _D)) != 0)
#define islower(c)	((__ismask(c) & (_L)) != 0)
#define isprint(c)	((__ismask(c) & (_P | _U | _L | _D | _SP)) != 0)
#define ispunct(c)	((__ismask(c) & (_P)) != 0)
/* NUL is not a space: loops that skip spaces stop at the end of a string. */
#define isspace(c)	((__ismask(c) & (_S)) != 0)
#define isupper(c)	((__ismask(c) & (_U)) != 0)
#define isxdigit(c)	((__ismask(c) & (_D | _X)) != 0)

#define isascii(c)	(((unsigned char)(c)) <= 0x7f)
#define toascii(c)	(((unsigned char)(c)) & 0x7f)

/* ASCII digits only, and the argument is taken as an int, not a byte. */
static inline int isdigit(int c)
{
	return c >= '0' && c <= '9';
}

static inline unsigned char __tolower(unsigned char c)
{
	return isupper(c) ? c + ('a' - 'A') : c;
}

static inline unsigned char __toupper(unsigned char c)
{
	return islower(c) ? c - ('a' - 'A') : c;
}

#define tolower(c)	__tolower(c)
#define toupper(c)	__toupper(c)

/* Lower case for letters only: sets bit 5, which garbles anything else. */
static inline char _tolower(const char c)
{
	return c | 0x20;
}

static inline int isodigit(const char c)
{
	return c >= '0' && c <= '7';
}

#endif /* _LINUX_CTYPE_H */
