// SPDX-License-Identifier: GPL-2.0-only
/*
 * Error numbers (linux/errno.h), error pointers (linux/err.h) and errname()
 * (linux/errname.h), against 6.1's values and names.
 */
#include <linux/err.h>
#include <linux/errname.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/string.h>

#include <kshim/cmocka.h>

struct errno_fact {
	const char *name;
	int macro;	/* kshim's value */
	int value;	/* the kernel's, as a literal */
};

#define E(name, value)	{ #name, name, value }

/*
 * Every code, with the numbers of 6.1's include/uapi/asm-generic/errno-base.h,
 * include/uapi/asm-generic/errno.h (x86_64 uses these) and
 * include/linux/errno.h, in their order.
 */
static const struct errno_fact errnos[] = {
	E(EPERM, 1),
	E(ENOENT, 2),
	E(ESRCH, 3),
	E(EINTR, 4),
	E(EIO, 5),
	E(ENXIO, 6),
	E(E2BIG, 7),
	E(ENOEXEC, 8),
	E(EBADF, 9),
	E(ECHILD, 10),
	E(EAGAIN, 11),
	E(ENOMEM, 12),
	E(EACCES, 13),
	E(EFAULT, 14),
	E(ENOTBLK, 15),
	E(EBUSY, 16),
	E(EEXIST, 17),
	E(EXDEV, 18),
	E(ENODEV, 19),
	E(ENOTDIR, 20),
	E(EISDIR, 21),
	E(EINVAL, 22),
	E(ENFILE, 23),
	E(EMFILE, 24),
	E(ENOTTY, 25),
	E(ETXTBSY, 26),
	E(EFBIG, 27),
	E(ENOSPC, 28),
	E(ESPIPE, 29),
	E(EROFS, 30),
	E(EMLINK, 31),
	E(EPIPE, 32),
	E(EDOM, 33),
	E(ERANGE, 34),
	E(EDEADLK, 35),
	E(ENAMETOOLONG, 36),
	E(ENOLCK, 37),
	E(ENOSYS, 38),
	E(ENOTEMPTY, 39),
	E(ELOOP, 40),
	E(EWOULDBLOCK, 11),
	E(ENOMSG, 42),
	E(EIDRM, 43),
	E(ECHRNG, 44),
	E(EL2NSYNC, 45),
	E(EL3HLT, 46),
	E(EL3RST, 47),
	E(ELNRNG, 48),
	E(EUNATCH, 49),
	E(ENOCSI, 50),
	E(EL2HLT, 51),
	E(EBADE, 52),
	E(EBADR, 53),
	E(EXFULL, 54),
	E(ENOANO, 55),
	E(EBADRQC, 56),
	E(EBADSLT, 57),
	E(EDEADLOCK, 35),
	E(EBFONT, 59),
	E(ENOSTR, 60),
	E(ENODATA, 61),
	E(ETIME, 62),
	E(ENOSR, 63),
	E(ENONET, 64),
	E(ENOPKG, 65),
	E(EREMOTE, 66),
	E(ENOLINK, 67),
	E(EADV, 68),
	E(ESRMNT, 69),
	E(ECOMM, 70),
	E(EPROTO, 71),
	E(EMULTIHOP, 72),
	E(EDOTDOT, 73),
	E(EBADMSG, 74),
	E(EOVERFLOW, 75),
	E(ENOTUNIQ, 76),
	E(EBADFD, 77),
	E(EREMCHG, 78),
	E(ELIBACC, 79),
	E(ELIBBAD, 80),
	E(ELIBSCN, 81),
	E(ELIBMAX, 82),
	E(ELIBEXEC, 83),
	E(EILSEQ, 84),
	E(ERESTART, 85),
	E(ESTRPIPE, 86),
	E(EUSERS, 87),
	E(ENOTSOCK, 88),
	E(EDESTADDRREQ, 89),
	E(EMSGSIZE, 90),
	E(EPROTOTYPE, 91),
	E(ENOPROTOOPT, 92),
	E(EPROTONOSUPPORT, 93),
	E(ESOCKTNOSUPPORT, 94),
	E(EOPNOTSUPP, 95),
	E(EPFNOSUPPORT, 96),
	E(EAFNOSUPPORT, 97),
	E(EADDRINUSE, 98),
	E(EADDRNOTAVAIL, 99),
	E(ENETDOWN, 100),
	E(ENETUNREACH, 101),
	E(ENETRESET, 102),
	E(ECONNABORTED, 103),
	E(ECONNRESET, 104),
	E(ENOBUFS, 105),
	E(EISCONN, 106),
	E(ENOTCONN, 107),
	E(ESHUTDOWN, 108),
	E(ETOOMANYREFS, 109),
	E(ETIMEDOUT, 110),
	E(ECONNREFUSED, 111),
	E(EHOSTDOWN, 112),
	E(EHOSTUNREACH, 113),
	E(EALREADY, 114),
	E(EINPROGRESS, 115),
	E(ESTALE, 116),
	E(EUCLEAN, 117),
	E(ENOTNAM, 118),
	E(ENAVAIL, 119),
	E(EISNAM, 120),
	E(EREMOTEIO, 121),
	E(EDQUOT, 122),
	E(ENOMEDIUM, 123),
	E(EMEDIUMTYPE, 124),
	E(ECANCELED, 125),
	E(ENOKEY, 126),
	E(EKEYEXPIRED, 127),
	E(EKEYREVOKED, 128),
	E(EKEYREJECTED, 129),
	E(EOWNERDEAD, 130),
	E(ENOTRECOVERABLE, 131),
	E(ERFKILL, 132),
	E(EHWPOISON, 133),
	E(ERESTARTSYS, 512),
	E(ERESTARTNOINTR, 513),
	E(ERESTARTNOHAND, 514),
	E(ENOIOCTLCMD, 515),
	E(ERESTART_RESTARTBLOCK, 516),
	E(EPROBE_DEFER, 517),
	E(EOPENSTALE, 518),
	E(ENOPARAM, 519),
	E(EBADHANDLE, 521),
	E(ENOTSYNC, 522),
	E(EBADCOOKIE, 523),
	E(ENOTSUPP, 524),
	E(ETOOSMALL, 525),
	E(ESERVERFAULT, 526),
	E(EBADTYPE, 527),
	E(EJUKEBOX, 528),
	E(EIOCBQUEUED, 529),
	E(ERECALLCONFLICT, 530),
	E(ENOGRACE, 531),
};

static void every_errno_value(void **state)
{
	size_t i;

	assert_int_equal(ARRAY_SIZE(errnos), 152);
	for (i = 0; i < ARRAY_SIZE(errnos); i++) {
		if (errnos[i].macro != errnos[i].value)
			fail_msg("%s is %d, 6.1 has %d", errnos[i].name,
				 errnos[i].macro, errnos[i].value);
	}
	/* The user-visible codes end at EHWPOISON; the internal start at 512. */
	assert_int_equal(EHWPOISON, 133);
	assert_int_equal(ERESTARTSYS, 512);
	/* ENOTSUPP (NFS, internal) is not EOPNOTSUPP (user-visible). */
	assert_int_not_equal(ENOTSUPP, EOPNOTSUPP);
	assert_int_equal(EOPNOTSUPP, 95);
}

/* What 6.1's errname() returns for a positive code of this row. */
static const char *expected_name(const char *name)
{
	/* Aliases print as the code they alias. */
	if (!strcmp(name, "EWOULDBLOCK"))
		return "EAGAIN";
	if (!strcmp(name, "EDEADLOCK"))
		return "EDEADLK";
	/* lib/errname.c has no entry for ENOGRACE. */
	if (!strcmp(name, "ENOGRACE"))
		return NULL;
	return name;
}

static void errname_every_code(void **state)
{
	char neg[32];
	size_t i;

	for (i = 0; i < ARRAY_SIZE(errnos); i++) {
		const char *want = expected_name(errnos[i].name);
		int v = errnos[i].value;

		if (!want) {
			assert_null(errname(v));
			assert_null(errname(-v));
			continue;
		}
		assert_non_null(errname(v));
		assert_string_equal(errname(v), want);
		/* A negative code keeps its sign in the name. */
		snprintf(neg, sizeof(neg), "-%s", want);
		assert_string_equal(errname(-v), neg);
		assert_string_equal(kshim_errname(-v), neg);
	}
}

static void errname_samples(void **state)
{
	assert_string_equal(errname(ENODEV), "ENODEV");
	assert_string_equal(errname(-ENODEV), "-ENODEV");
	assert_string_equal(errname(EPROBE_DEFER), "EPROBE_DEFER");
	assert_string_equal(errname(-EPROBE_DEFER), "-EPROBE_DEFER");
	assert_string_equal(errname(-ENOTSUPP), "-ENOTSUPP");
	assert_string_equal(errname(ERESTARTSYS), "ERESTARTSYS");
	assert_string_equal(errname(ERECALLCONFLICT), "ERECALLCONFLICT");
	/* Codes with no name: 0, the holes at 41, 58 and 520, out of range. */
	assert_null(errname(0));
	assert_null(errname(41));
	assert_null(errname(-58));
	assert_null(errname(134));
	assert_null(errname(511));
	assert_null(errname(520));
	assert_null(errname(-532));
	assert_null(errname(4095));
	assert_null(errname(INT_MIN));
	assert_null(errname(INT_MAX));
}

/* The C library's texts (glibc 2.36), the same for either sign. */
static void strerror_texts(void **state)
{
	assert_string_equal(kshim_strerror(0), "Success");
	assert_string_equal(kshim_strerror(ENODEV), "No such device");
	assert_string_equal(kshim_strerror(-ENODEV), "No such device");
	assert_string_equal(kshim_strerror(-ENOMEM), "Cannot allocate memory");
	assert_string_equal(kshim_strerror(-EAGAIN), "Resource temporarily unavailable");
	assert_string_equal(kshim_strerror(-EWOULDBLOCK), "Resource temporarily unavailable");
	assert_string_equal(kshim_strerror(-EHWPOISON), "Memory page has hardware error");
	/* glibc knows no internal code: they print as unknown. */
	assert_string_equal(kshim_strerror(-EPROBE_DEFER), "Unknown error 517");
	assert_string_equal(kshim_strerror(ENOTSUPP), "Unknown error 524");
	assert_string_equal(kshim_strerror(-41), "Unknown error 41");
	assert_string_equal(kshim_strerror(134), "Unknown error 134");
	assert_string_equal(kshim_strerror(INT_MIN), "Unknown error 2147483648");
}

static void error_pointers(void **state)
{
	static int obj;
	void *p = ERR_PTR(-ENOMEM);
	const void *cp;

	assert_int_equal(MAX_ERRNO, 4095);
	assert_true(IS_ERR(p));
	assert_true(IS_ERR_OR_NULL(p));
	assert_int_equal(PTR_ERR(p), -ENOMEM);
	assert_int_equal(PTR_ERR_OR_ZERO(p), -ENOMEM);
	assert_true((unsigned long)p == (unsigned long)-12);

	/* The error range is exactly -4095..-1. */
	assert_true(IS_ERR(ERR_PTR(-MAX_ERRNO)));
	assert_true(IS_ERR(ERR_PTR(-1)));
	assert_false(IS_ERR(ERR_PTR(-MAX_ERRNO - 1)));
	assert_true(IS_ERR_VALUE(-4095L));
	assert_false(IS_ERR_VALUE(-4096L));
	assert_true(IS_ERR_VALUE((unsigned long)-1));

	assert_false(IS_ERR(NULL));
	assert_true(IS_ERR_OR_NULL(NULL));
	assert_int_equal(PTR_ERR_OR_ZERO(NULL), 0);
	assert_false(IS_ERR(&obj));
	assert_false(IS_ERR_OR_NULL(&obj));
	assert_int_equal(PTR_ERR_OR_ZERO(&obj), 0);

	cp = ERR_PTR(-EPROBE_DEFER);
	assert_ptr_equal(ERR_CAST(cp), cp);
	assert_int_equal(PTR_ERR(ERR_CAST(cp)), -EPROBE_DEFER);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(every_errno_value),
		kshim_unit_test(errname_every_code),
		kshim_unit_test(errname_samples),
		kshim_unit_test(strerror_texts),
		kshim_unit_test(error_pointers),
	};

	return kshim_run_tests(tests);
}
