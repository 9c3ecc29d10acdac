// SPDX-License-Identifier: GPL-2.0-only
/*
 * errname(): the symbolic name of an error number, as 6.1's lib/errname.c
 * gives it (what %pe prints). Also kshim_strerror(), the C library's text for
 * a code, for messages the harness prints as user-space tools would.
 */
#include <linux/array_size.h>
#include <linux/build_bug.h>
#include <linux/errname.h>
#include <linux/errno.h>
#include <linux/types.h>
#include <kshim/kapi.h>

/*
 * Each name is stored with its minus sign: errname(-EIO) returns the whole
 * string, errname(EIO) skips the sign. Aliases (EWOULDBLOCK, EDEADLOCK) share
 * their code's slot and so its name. x86_64 has no EINIT, EPROCLIM, EREMDEV
 * or ERREMOTE; 41 and 58 are unused.
 */
#define NAME(e)	[e] = "-" #e

static const char *const user_names[] = {
	NAME(EPERM), NAME(ENOENT), NAME(ESRCH), NAME(EINTR), NAME(EIO),
	NAME(ENXIO), NAME(E2BIG), NAME(ENOEXEC), NAME(EBADF), NAME(ECHILD),
	NAME(EAGAIN), NAME(ENOMEM), NAME(EACCES), NAME(EFAULT),
	NAME(ENOTBLK), NAME(EBUSY), NAME(EEXIST), NAME(EXDEV), NAME(ENODEV),
	NAME(ENOTDIR), NAME(EISDIR), NAME(EINVAL), NAME(ENFILE),
	NAME(EMFILE), NAME(ENOTTY), NAME(ETXTBSY), NAME(EFBIG),
	NAME(ENOSPC), NAME(ESPIPE), NAME(EROFS), NAME(EMLINK), NAME(EPIPE),
	NAME(EDOM), NAME(ERANGE), NAME(EDEADLK), NAME(ENAMETOOLONG),
	NAME(ENOLCK), NAME(ENOSYS), NAME(ENOTEMPTY), NAME(ELOOP),
	NAME(ENOMSG), NAME(EIDRM), NAME(ECHRNG), NAME(EL2NSYNC),
	NAME(EL3HLT), NAME(EL3RST), NAME(ELNRNG), NAME(EUNATCH),
	NAME(ENOCSI), NAME(EL2HLT), NAME(EBADE), NAME(EBADR), NAME(EXFULL),
	NAME(ENOANO), NAME(EBADRQC), NAME(EBADSLT), NAME(EBFONT),
	NAME(ENOSTR), NAME(ENODATA), NAME(ETIME), NAME(ENOSR),
	NAME(ENONET), NAME(ENOPKG), NAME(EREMOTE), NAME(ENOLINK),
	NAME(EADV), NAME(ESRMNT), NAME(ECOMM), NAME(EPROTO),
	NAME(EMULTIHOP), NAME(EDOTDOT), NAME(EBADMSG), NAME(EOVERFLOW),
	NAME(ENOTUNIQ), NAME(EBADFD), NAME(EREMCHG), NAME(ELIBACC),
	NAME(ELIBBAD), NAME(ELIBSCN), NAME(ELIBMAX), NAME(ELIBEXEC),
	NAME(EILSEQ), NAME(ERESTART), NAME(ESTRPIPE), NAME(EUSERS),
	NAME(ENOTSOCK), NAME(EDESTADDRREQ), NAME(EMSGSIZE),
	NAME(EPROTOTYPE), NAME(ENOPROTOOPT), NAME(EPROTONOSUPPORT),
	NAME(ESOCKTNOSUPPORT), NAME(EOPNOTSUPP), NAME(EPFNOSUPPORT),
	NAME(EAFNOSUPPORT), NAME(EADDRINUSE), NAME(EADDRNOTAVAIL),
	NAME(ENETDOWN), NAME(ENETUNREACH), NAME(ENETRESET),
	NAME(ECONNABORTED), NAME(ECONNRESET), NAME(ENOBUFS), NAME(EISCONN),
	NAME(ENOTCONN), NAME(ESHUTDOWN), NAME(ETOOMANYREFS),
	NAME(ETIMEDOUT), NAME(ECONNREFUSED), NAME(EHOSTDOWN),
	NAME(EHOSTUNREACH), NAME(EALREADY), NAME(EINPROGRESS),
	NAME(ESTALE), NAME(EUCLEAN), NAME(ENOTNAM), NAME(ENAVAIL),
	NAME(EISNAM), NAME(EREMOTEIO), NAME(EDQUOT), NAME(ENOMEDIUM),
	NAME(EMEDIUMTYPE), NAME(ECANCELED), NAME(ENOKEY),
	NAME(EKEYEXPIRED), NAME(EKEYREVOKED), NAME(EKEYREJECTED),
	NAME(EOWNERDEAD), NAME(ENOTRECOVERABLE), NAME(ERFKILL),
	NAME(EHWPOISON),
};
#undef NAME

/* Internal codes, indexed from 512. 6.1 names neither 520 nor ENOGRACE. */
#define NAME(e)	[e - ERESTARTSYS] = "-" #e

static const char *const kernel_names[] = {
	NAME(ERESTARTSYS), NAME(ERESTARTNOINTR), NAME(ERESTARTNOHAND),
	NAME(ENOIOCTLCMD), NAME(ERESTART_RESTARTBLOCK), NAME(EPROBE_DEFER),
	NAME(EOPENSTALE), NAME(ENOPARAM), NAME(EBADHANDLE), NAME(ENOTSYNC),
	NAME(EBADCOOKIE), NAME(ENOTSUPP), NAME(ETOOSMALL),
	NAME(ESERVERFAULT), NAME(EBADTYPE), NAME(EJUKEBOX),
	NAME(EIOCBQUEUED), NAME(ERECALLCONFLICT),
};
#undef NAME

static_assert(EWOULDBLOCK == EAGAIN && EDEADLOCK == EDEADLK);

/* |err| without overflow: INT_MIN maps to 2^31, which names nothing. */
static unsigned int err_magnitude(int err)
{
	return err < 0 ? -(unsigned int)err : (unsigned int)err;
}

static const char *signed_name(unsigned int e)
{
	if (e < ARRAY_SIZE(user_names))
		return user_names[e];
	if (e >= ERESTARTSYS && e - ERESTARTSYS < ARRAY_SIZE(kernel_names))
		return kernel_names[e - ERESTARTSYS];
	return NULL;
}

/* errname(-EIO) is "-EIO", errname(EIO) is "EIO"; NULL for 0 and unknown codes. */
const char *errname(int err)
{
	const char *name = signed_name(err_magnitude(err));

	if (!name)
		return NULL;
	return err > 0 ? name + 1 : name;
}

const char *kshim_errname(int err)
{
	return errname(err);
}

/*
 * The C library's (glibc 2.36's) strerror() texts. The kernel-internal codes
 * (512 and up) are unknown to it: strerror(517) is "Unknown error 517", which
 * is what a user-space tool prints when one leaks out (say, insmod given
 * -ENOTSUPP by a module's init), so kshim says the same.
 */
static const char *const user_messages[] = {
	[0]			= "Success",
	[EPERM]			= "Operation not permitted",
	[ENOENT]		= "No such file or directory",
	[ESRCH]			= "No such process",
	[EINTR]			= "Interrupted system call",
	[EIO]			= "Input/output error",
	[ENXIO]			= "No such device or address",
	[E2BIG]			= "Argument list too long",
	[ENOEXEC]		= "Exec format error",
	[EBADF]			= "Bad file descriptor",
	[ECHILD]		= "No child processes",
	[EAGAIN]		= "Resource temporarily unavailable",
	[ENOMEM]		= "Cannot allocate memory",
	[EACCES]		= "Permission denied",
	[EFAULT]		= "Bad address",
	[ENOTBLK]		= "Block device required",
	[EBUSY]			= "Device or resource busy",
	[EEXIST]		= "File exists",
	[EXDEV]			= "Invalid cross-device link",
	[ENODEV]		= "No such device",
	[ENOTDIR]		= "Not a directory",
	[EISDIR]		= "Is a directory",
	[EINVAL]		= "Invalid argument",
	[ENFILE]		= "Too many open files in system",
	[EMFILE]		= "Too many open files",
	[ENOTTY]		= "Inappropriate ioctl for device",
	[ETXTBSY]		= "Text file busy",
	[EFBIG]			= "File too large",
	[ENOSPC]		= "No space left on device",
	[ESPIPE]		= "Illegal seek",
	[EROFS]			= "Read-only file system",
	[EMLINK]		= "Too many links",
	[EPIPE]			= "Broken pipe",
	[EDOM]			= "Numerical argument out of domain",
	[ERANGE]		= "Numerical result out of range",
	[EDEADLK]		= "Resource deadlock avoided",
	[ENAMETOOLONG]		= "File name too long",
	[ENOLCK]		= "No locks available",
	[ENOSYS]		= "Function not implemented",
	[ENOTEMPTY]		= "Directory not empty",
	[ELOOP]			= "Too many levels of symbolic links",
	[ENOMSG]		= "No message of desired type",
	[EIDRM]			= "Identifier removed",
	[ECHRNG]		= "Channel number out of range",
	[EL2NSYNC]		= "Level 2 not synchronized",
	[EL3HLT]		= "Level 3 halted",
	[EL3RST]		= "Level 3 reset",
	[ELNRNG]		= "Link number out of range",
	[EUNATCH]		= "Protocol driver not attached",
	[ENOCSI]		= "No CSI structure available",
	[EL2HLT]		= "Level 2 halted",
	[EBADE]			= "Invalid exchange",
	[EBADR]			= "Invalid request descriptor",
	[EXFULL]		= "Exchange full",
	[ENOANO]		= "No anode",
	[EBADRQC]		= "Invalid request code",
	[EBADSLT]		= "Invalid slot",
	[EBFONT]		= "Bad font file format",
	[ENOSTR]		= "Device not a stream",
	[ENODATA]		= "No data available",
	[ETIME]			= "Timer expired",
	[ENOSR]			= "Out of streams resources",
	[ENONET]		= "Machine is not on the network",
	[ENOPKG]		= "Package not installed",
	[EREMOTE]		= "Object is remote",
	[ENOLINK]		= "Link has been severed",
	[EADV]			= "Advertise error",
	[ESRMNT]		= "Srmount error",
	[ECOMM]			= "Communication error on send",
	[EPROTO]		= "Protocol error",
	[EMULTIHOP]		= "Multihop attempted",
	[EDOTDOT]		= "RFS specific error",
	[EBADMSG]		= "Bad message",
	[EOVERFLOW]		= "Value too large for defined data type",
	[ENOTUNIQ]		= "Name not unique on network",
	[EBADFD]		= "File descriptor in bad state",
	[EREMCHG]		= "Remote address changed",
	[ELIBACC]		= "Can not access a needed shared library",
	[ELIBBAD]		= "Accessing a corrupted shared library",
	[ELIBSCN]		= ".lib section in a.out corrupted",
	[ELIBMAX]		= "Attempting to link in too many shared libraries",
	[ELIBEXEC]		= "Cannot exec a shared library directly",
	[EILSEQ]		= "Invalid or incomplete multibyte or wide character",
	[ERESTART]		= "Interrupted system call should be restarted",
	[ESTRPIPE]		= "Streams pipe error",
	[EUSERS]		= "Too many users",
	[ENOTSOCK]		= "Socket operation on non-socket",
	[EDESTADDRREQ]		= "Destination address required",
	[EMSGSIZE]		= "Message too long",
	[EPROTOTYPE]		= "Protocol wrong type for socket",
	[ENOPROTOOPT]		= "Protocol not available",
	[EPROTONOSUPPORT]	= "Protocol not supported",
	[ESOCKTNOSUPPORT]	= "Socket type not supported",
	[EOPNOTSUPP]		= "Operation not supported",
	[EPFNOSUPPORT]		= "Protocol family not supported",
	[EAFNOSUPPORT]		= "Address family not supported by protocol",
	[EADDRINUSE]		= "Address already in use",
	[EADDRNOTAVAIL]		= "Cannot assign requested address",
	[ENETDOWN]		= "Network is down",
	[ENETUNREACH]		= "Network is unreachable",
	[ENETRESET]		= "Network dropped connection on reset",
	[ECONNABORTED]		= "Software caused connection abort",
	[ECONNRESET]		= "Connection reset by peer",
	[ENOBUFS]		= "No buffer space available",
	[EISCONN]		= "Transport endpoint is already connected",
	[ENOTCONN]		= "Transport endpoint is not connected",
	[ESHUTDOWN]		= "Cannot send after transport endpoint shutdown",
	[ETOOMANYREFS]		= "Too many references: cannot splice",
	[ETIMEDOUT]		= "Connection timed out",
	[ECONNREFUSED]		= "Connection refused",
	[EHOSTDOWN]		= "Host is down",
	[EHOSTUNREACH]		= "No route to host",
	[EALREADY]		= "Operation already in progress",
	[EINPROGRESS]		= "Operation now in progress",
	[ESTALE]		= "Stale file handle",
	[EUCLEAN]		= "Structure needs cleaning",
	[ENOTNAM]		= "Not a XENIX named type file",
	[ENAVAIL]		= "No XENIX semaphores available",
	[EISNAM]		= "Is a named type file",
	[EREMOTEIO]		= "Remote I/O error",
	[EDQUOT]		= "Disk quota exceeded",
	[ENOMEDIUM]		= "No medium found",
	[EMEDIUMTYPE]		= "Wrong medium type",
	[ECANCELED]		= "Operation canceled",
	[ENOKEY]		= "Required key not available",
	[EKEYEXPIRED]		= "Key has expired",
	[EKEYREVOKED]		= "Key has been revoked",
	[EKEYREJECTED]		= "Key was rejected by service",
	[EOWNERDEAD]		= "Owner died",
	[ENOTRECOVERABLE]	= "State not recoverable",
	[ERFKILL]		= "Operation not possible due to RF-kill",
	[EHWPOISON]		= "Memory page has hardware error",
};

/* "Unknown error <|err|>", as glibc words it. One buffer per thread. */
static const char *unknown_message(unsigned int e)
{
	static __thread char buf[32] = "Unknown error ";
	char digits[12];
	size_t len = sizeof("Unknown error ") - 1;
	int n = 0;

	do {
		digits[n++] = '0' + e % 10;
		e /= 10;
	} while (e);
	while (n)
		buf[len++] = digits[--n];
	buf[len] = '\0';
	return buf;
}

/*
 * The message for @err, of either sign: kshim_strerror(-ENODEV) and
 * kshim_strerror(ENODEV) are both "No such device".
 */
const char *kshim_strerror(int err)
{
	unsigned int e = err_magnitude(err);

	if (e < ARRAY_SIZE(user_messages) && user_messages[e])
		return user_messages[e];
	return unknown_message(e);
}
