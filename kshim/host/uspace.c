// SPDX-License-Identifier: GPL-2.0-only
/*
 * User space: the open files of character devices and procfs, and user
 * memory. The kernel side (kernel/fs.c) does what the system calls do; this
 * side keeps the fd table, says which memory is user memory, and runs every
 * file operation guarded, as the code of the module behind the file.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <kshim/usapi.h>
#include "internal.h"

/* ---- User memory ---- */

struct umap {
	unsigned long start, len;
	void *owned;		/* kshim_user_alloc()'s memory, freed at reset */
	struct umap *next;
};

static struct umap *umaps;
static pthread_mutex_t umap_lock = PTHREAD_MUTEX_INITIALIZER;

/* The user range of x86_64 (TASK_SIZE_MAX), as access_ok() checks it. */
#define USER_END	((1UL << 47) - 4096)

static struct umap *umap_find(unsigned long a)
{
	struct umap *m;

	for (m = umaps; m; m = m->next)
		if (a >= m->start && a - m->start < m->len)
			return m;
	return NULL;
}

static int umap_add(const void *ptr, size_t len, void *owned)
{
	unsigned long a = (unsigned long)ptr;
	struct umap *m;

	/* Below mmap_min_addr (64 KiB) nothing is ever mapped. */
	if (!len || a < 65536 || a >= USER_END || len > USER_END - a)
		return -EINVAL;
	pthread_mutex_lock(&umap_lock);
	for (m = umaps; m; m = m->next) {
		if (a < m->start + m->len && m->start < a + len) {
			pthread_mutex_unlock(&umap_lock);
			return -EINVAL;
		}
	}
	m = calloc(1, sizeof(*m));
	if (!m)
		abort();
	m->start = a;
	m->len = len;
	m->owned = owned;
	m->next = umaps;
	umaps = m;
	pthread_mutex_unlock(&umap_lock);
	return 0;
}

int kshim_user_map(const void *ptr, size_t len)
{
	return umap_add(ptr, len, NULL);
}

int kshim_user_unmap(const void *ptr)
{
	struct umap **pm, *m;

	pthread_mutex_lock(&umap_lock);
	for (pm = &umaps; (m = *pm); pm = &m->next) {
		if (m->start == (unsigned long)ptr) {
			*pm = m->next;
			pthread_mutex_unlock(&umap_lock);
			free(m->owned);
			free(m);
			return 0;
		}
	}
	pthread_mutex_unlock(&umap_lock);
	return -EINVAL;
}

void *kshim_user_alloc(size_t len)
{
	void *p = calloc(1, len ? len : 1);

	if (!p || umap_add(p, len ? len : 1, p))
		abort();
	return p;
}

unsigned long kshim_user_access(const void *uptr, unsigned long n,
				const struct kshim_site *site, const char *what)
{
	unsigned long a = (unsigned long)uptr, done = 0;
	struct umap *m;

	if (!n)
		return 0;
	if (kshim_fault(site, what))
		return 0;
	pthread_mutex_lock(&umap_lock);
	/* Mappings may sit side by side: walk on while the next byte is mapped. */
	while (done < n && (m = umap_find(a + done))) {
		unsigned long left = m->start + m->len - (a + done);

		done += left < n - done ? left : n - done;
	}
	pthread_mutex_unlock(&umap_lock);
	return done;
}

/* ---- Open files ---- */

#define MAX_FILES	256

struct ofile {
	void *file;
	size_t nqueues;		/* poll_wait() calls of the last poll */
	char module[64];	/* the module behind it when it was opened */
	int orphan;		/* 1: that module is gone; 2: and it was said */
};

static struct ofile files[MAX_FILES];
static size_t nfiles;

const char *kshim_uspace_module(void)
{
	return kshim_current_module();
}

void kshim_uspace_leftover(const char *kind, const char *name,
			   const struct kshim_site *site, const char *module,
			   const char *when)
{
	char buf[256];

	kshim_defect(KSHIM_DEFECT_MISUSE,
		     "%s %s registered at %s still registered after module unload (module %s, %s): user space could still open it and call freed code",
		     kind, name, kshim_site_str(site, buf, sizeof(buf)), module,
		     when);
}

struct call {
	const char *path;
	void *file;
	int flags, err;
	void *buf;
	const void *cbuf;
	size_t n;
	long long off;
	int whence;
	unsigned int cmd;
	unsigned long arg;
	long lret;
	long long llret;
	size_t nqueues;
};

static int do_open(void *arg)
{
	struct call *c = arg;

	c->file = __kshim_vfs_open(c->path, c->flags, &c->err);
	return 0;
}

static int do_read(void *arg)
{
	struct call *c = arg;

	c->lret = __kshim_vfs_read(c->file, c->buf, c->n);
	return 0;
}

static int do_write(void *arg)
{
	struct call *c = arg;

	c->lret = __kshim_vfs_write(c->file, c->cbuf, c->n);
	return 0;
}

static int do_llseek(void *arg)
{
	struct call *c = arg;

	c->llret = __kshim_vfs_llseek(c->file, c->off, c->whence);
	return 0;
}

static int do_ioctl(void *arg)
{
	struct call *c = arg;

	c->lret = __kshim_vfs_ioctl(c->file, c->cmd, c->arg);
	return 0;
}

static int do_poll(void *arg)
{
	struct call *c = arg;

	c->lret = __kshim_vfs_poll(c->file, &c->nqueues);
	return 0;
}

static int do_flush(void *arg)
{
	return __kshim_vfs_flush(((struct call *)arg)->file);
}

static int do_release(void *arg)
{
	__kshim_vfs_release(((struct call *)arg)->file);
	return 0;
}

/* Run @fn as the code of the module behind @c's file (or path). */
static int guarded(struct call *c, int (*fn)(void *))
{
	const char *module = c->file ? __kshim_vfs_module(c->file) :
				       __kshim_path_module(c->path);
	int ret;

	if (kshim_call_guarded(module ? module : "kernel", fn, c, &ret))
		return KSHIM_CRASH;
	return ret;
}

static struct ofile *fd_file(int fd)
{
	if (fd < 0 || fd >= MAX_FILES || !files[fd].file)
		return NULL;
	return &files[fd];
}

int kshim_open(const char *path, int flags)
{
	struct call c = { .path = path, .flags = flags };
	int fd;

	if (!path)
		return -EFAULT;
	for (fd = 0; fd < MAX_FILES && files[fd].file; fd++)
		;
	if (fd == MAX_FILES)
		return -EMFILE;
	if (guarded(&c, do_open) == KSHIM_CRASH)
		return KSHIM_CRASH;
	if (!c.file)
		return c.err;
	files[fd].file = c.file;
	files[fd].nqueues = 0;
	snprintf(files[fd].module, sizeof(files[fd].module), "%s",
		 __kshim_vfs_module(c.file) ?: "");
	files[fd].orphan = 0;
	nfiles++;
	return fd;
}

/*
 * A system call @op on a file whose module was unloaded while it was open
 * (its file_operations had no .owner to hold the module): the kernel would
 * call freed code. Said once per file; the call is -EIO, and runs nothing.
 */
static int gone(struct ofile *of, const char *op)
{
	if (!of->orphan)
		return 0;
	if (of->orphan == 1)
		kshim_defect(KSHIM_DEFECT_MISUSE,
			     "%s on a file of module %s, which was unloaded while the file was open: its file_operations are freed code (they have no .owner to hold the module)",
			     op, of->module);
	of->orphan = 2;
	return 1;
}

/* The buffer of a read() or write() is user memory for the call. */
static long rw(int fd, int read, const void *p, size_t n)
{
	struct ofile *of = fd_file(fd);
	struct call c = { .buf = (void *)p, .cbuf = p, .n = n };
	int mapped;

	if (!of)
		return -EBADF;
	if (gone(of, read ? "read()" : "write()"))
		return -EIO;
	c.file = of->file;
	mapped = n && !kshim_user_map(p, n);
	if (guarded(&c, read ? do_read : do_write) == KSHIM_CRASH)
		c.lret = KSHIM_CRASH;
	if (mapped)
		kshim_user_unmap(p);
	return c.lret;
}

long kshim_read(int fd, void *buf, size_t n)
{
	return rw(fd, 1, buf ? buf : KSHIM_USER_BAD, n);
}

long kshim_write(int fd, const void *buf, size_t n)
{
	return rw(fd, 0, buf ? buf : KSHIM_USER_BAD, n);
}

long long kshim_llseek(int fd, long long off, int whence)
{
	struct ofile *of = fd_file(fd);
	struct call c = { .off = off, .whence = whence };

	if (!of)
		return -EBADF;
	if (gone(of, "llseek()"))
		return -EIO;
	c.file = of->file;
	if (guarded(&c, do_llseek) == KSHIM_CRASH)
		return KSHIM_CRASH;
	return c.llret;
}

long kshim_ioctl(int fd, unsigned int cmd, unsigned long arg)
{
	struct ofile *of = fd_file(fd);
	struct call c = { .cmd = cmd, .arg = arg };

	if (!of)
		return -EBADF;
	if (gone(of, "ioctl()"))
		return -EIO;
	c.file = of->file;
	if (guarded(&c, do_ioctl) == KSHIM_CRASH)
		return KSHIM_CRASH;
	return c.lret;
}

int kshim_poll(int fd)
{
	struct ofile *of = fd_file(fd);
	struct call c = { 0 };

	if (!of)
		return -EBADF;
	if (gone(of, "poll()"))
		return -EIO;
	c.file = of->file;
	if (guarded(&c, do_poll) == KSHIM_CRASH)
		return KSHIM_CRASH;
	of->nqueues = c.nqueues;
	return (int)c.lret;
}

size_t kshim_poll_queues(int fd)
{
	struct ofile *of = fd_file(fd);

	return of ? of->nqueues : 0;
}

/* filp_close(): flush, then the last fput() releases. */
static int close_file(int fd)
{
	struct call c = { .file = files[fd].file };
	int ret = 0;

	files[fd].file = NULL;
	nfiles--;
	/* A gone module's flush() and release() are not called. */
	if (files[fd].orphan)
		__kshim_vfs_orphan(c.file);
	else
		ret = guarded(&c, do_flush);
	guarded(&c, do_release);
	return ret;
}

/* ERESTART*: include/linux/errno.h, never seen by user space. */
#define ERESTARTSYS		512
#define ERESTARTNOINTR		513
#define ERESTARTNOHAND		514
#define ERESTART_RESTARTBLOCK	516

int kshim_close(int fd)
{
	int ret;

	if (!fd_file(fd))
		return -EBADF;
	if (gone(&files[fd], "close()")) {
		close_file(fd);
		return -EIO;
	}
	ret = close_file(fd);
	/* fs/open.c: close() cannot restart, the descriptor is gone. */
	if (ret == -ERESTARTSYS || ret == -ERESTARTNOINTR ||
	    ret == -ERESTARTNOHAND || ret == -ERESTART_RESTARTBLOCK)
		ret = -EINTR;
	return ret;
}

size_t kshim_open_files(void)
{
	return nfiles;
}

void kshim_uspace_unload(const char *module, const char *when)
{
	int fd;

	for (fd = 0; fd < MAX_FILES; fd++)
		if (files[fd].file && !files[fd].orphan &&
		    !strcmp(files[fd].module, module))
			files[fd].orphan = 1;
	__kshim_uspace_unload(module, when);
}

void kshim_uspace_reset(void)
{
	struct umap *m;
	int fd;

	for (fd = 0; fd < MAX_FILES; fd++)
		if (files[fd].file)
			close_file(fd);
	__kshim_uspace_reset();
	pthread_mutex_lock(&umap_lock);
	while ((m = umaps)) {
		umaps = m->next;
		free(m->owned);
		free(m);
	}
	pthread_mutex_unlock(&umap_lock);
}
