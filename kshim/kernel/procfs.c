// SPDX-License-Identifier: GPL-2.0-only
/*
 * procfs (fs/proc/generic.c, inode.c) and seq_file (fs/seq_file.c).
 * Entries form a tree under the root "/proc". An open file holds its entry;
 * removing the entry runs the release of the files still open on it (what
 * rmmod does in the kernel, which never waits for /proc readers), and their
 * later calls fail with -EIO.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/poll.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <kshim/usapi.h>

#include "uspace.h"

#ifndef PAGE_SIZE
#define PAGE_SIZE	4096UL
#endif
#define S_IRUGO		0444
#define S_IXUGO		0111
#define S_IALLUGO	07777

struct proc_dir_entry {
	struct proc_dir_entry *parent;
	struct list_head children;
	struct list_head sibling;
	const struct proc_ops *proc_ops;
	const struct seq_operations *seq_ops;
	int (*single_show)(struct seq_file *, void *);
	unsigned int state_size;
	void *data;
	umode_t mode;
	loff_t size;
	int refcnt;			/* the tree's, and one per open file */
	bool gone;			/* removed: calls fail */
	struct list_head files;		/* open files, by file->kshim_node */
	const char *module;
	const struct kshim_site *site;
	char name[];
};

static struct proc_dir_entry proc_root = {
	.mode = S_IFDIR | 0555,
	.name = "/proc",
};

static LIST_HEAD(proc_root_children);

static struct proc_dir_entry *root(void)
{
	/* The root's lists are set up on first use and at every reset. */
	if (!proc_root.children.next) {
		INIT_LIST_HEAD(&proc_root.children);
		INIT_LIST_HEAD(&proc_root.files);
	}
	return &proc_root;
}

static struct proc_dir_entry *find_child(struct proc_dir_entry *dir,
					 const char *name, size_t len)
{
	struct proc_dir_entry *de;

	list_for_each_entry(de, &dir->children, sibling)
		if (strlen(de->name) == len && !memcmp(de->name, name, len))
			return de;
	return NULL;
}

/*
 * xlate_proc_name(): walk "a/b/c" to the directory of "c". A missing
 * directory WARNs as 6.1's does when a driver gave the name (@warn), not
 * when user space opens a path.
 */
static int xlate_name(const char *name, struct proc_dir_entry **dir,
		      const char **last, bool warn)
{
	const char *cp = name, *slash;

	while ((slash = strchr(cp, '/'))) {
		struct proc_dir_entry *de = find_child(*dir, cp, slash - cp);

		if (!de) {
			WARN(warn, "name '%s'\n", name);
			return -ENOENT;
		}
		if (!S_ISDIR(de->mode))
			return -ENOENT;
		*dir = de;
		cp = slash + 1;
	}
	*last = cp;
	return 0;
}

/* name_to_int(): the number a name is, or ~0U. */
static unsigned int name_to_int(const char *name, size_t len)
{
	unsigned int n = 0;

	if (len > 1 && *name == '0')
		return ~0U;
	do {
		unsigned int c = *name++ - '0';

		if (c > 9)
			return ~0U;
		if (n >= (~0U - 9) / 10)
			return ~0U;
		n = n * 10 + c;
	} while (--len > 0);
	return n;
}

static void pde_put(struct proc_dir_entry *de)
{
	if (--de->refcnt == 0)
		kfree(de);
}

static struct proc_dir_entry *proc_create_entry(const char *name,
						umode_t mode,
						struct proc_dir_entry **parent,
						const struct kshim_site *site)
{
	struct proc_dir_entry *de;
	const char *fn;
	size_t len;

	if (!*parent)
		*parent = root();
	if (xlate_name(name, parent, &fn, true))
		return NULL;
	len = strlen(fn);
	if (len == 0 || len >= 256) {
		WARN(1, "name len %u\n", (unsigned int)len);
		return NULL;
	}
	if (!strcmp(fn, ".")) {
		WARN(1, "name '.'\n");
		return NULL;
	}
	if (!strcmp(fn, "..")) {
		WARN(1, "name '..'\n");
		return NULL;
	}
	if (*parent == root() && name_to_int(fn, len) != ~0U) {
		WARN(1, "create '/proc/%s' by hand\n", fn);
		return NULL;
	}
	de = kshim_alloc(sizeof(*de) + len + 1, GFP_KERNEL | __GFP_ZERO, site,
			 "kzalloc");
	if (!de)
		return NULL;
	memcpy(de->name, fn, len + 1);
	de->mode = mode;
	de->refcnt = 1;
	de->module = kshim_uspace_module();
	de->site = site;
	INIT_LIST_HEAD(&de->children);
	INIT_LIST_HEAD(&de->sibling);
	INIT_LIST_HEAD(&de->files);
	return de;
}

static struct proc_dir_entry *proc_register(struct proc_dir_entry *dir,
					    struct proc_dir_entry *dp)
{
	if (find_child(dir, dp->name, strlen(dp->name))) {
		WARN(1, "proc_dir_entry '%s/%s' already registered\n",
		     dir->name, dp->name);
		kfree(dp);
		return NULL;
	}
	dp->parent = dir;
	list_add_tail(&dp->sibling, &dir->children);
	return dp;
}

/* proc_create_reg() */
static struct proc_dir_entry *create_reg(const char *name, umode_t mode,
					 struct proc_dir_entry **parent,
					 void *data,
					 const struct kshim_site *site)
{
	struct proc_dir_entry *p;

	if ((mode & S_IFMT) == 0)
		mode |= S_IFREG;
	if ((mode & S_IALLUGO) == 0)
		mode |= S_IRUGO;
	if (WARN_ON_ONCE(!S_ISREG(mode)))
		return NULL;
	p = proc_create_entry(name, mode, parent, site);
	if (p)
		p->data = data;
	return p;
}

struct proc_dir_entry *kshim_proc_create_data(const char *name, umode_t mode,
					      struct proc_dir_entry *parent,
					      const struct proc_ops *proc_ops,
					      void *data,
					      const struct kshim_site *site)
{
	struct proc_dir_entry *p = create_reg(name, mode, &parent, data, site);

	if (!p)
		return NULL;
	p->proc_ops = proc_ops;
	return proc_register(parent, p);
}
EXPORT_SYMBOL(kshim_proc_create_data);

static int proc_seq_open(struct inode *inode, struct file *file);
static int proc_seq_release(struct inode *inode, struct file *file);
static int proc_single_open(struct inode *inode, struct file *file);

static const struct proc_ops proc_seq_ops = {
	.proc_open	= proc_seq_open,
	.proc_read	= seq_read,
	.proc_lseek	= seq_lseek,
	.proc_release	= proc_seq_release,
};

static const struct proc_ops proc_single_ops = {
	.proc_open	= proc_single_open,
	.proc_read	= seq_read,
	.proc_lseek	= seq_lseek,
	.proc_release	= single_release,
};

struct proc_dir_entry *kshim_proc_create_seq_private(const char *name,
		umode_t mode, struct proc_dir_entry *parent,
		const struct seq_operations *ops, unsigned int state_size,
		void *data, const struct kshim_site *site)
{
	struct proc_dir_entry *p = create_reg(name, mode, &parent, data, site);

	if (!p)
		return NULL;
	p->proc_ops = &proc_seq_ops;
	p->seq_ops = ops;
	p->state_size = state_size;
	return proc_register(parent, p);
}
EXPORT_SYMBOL(kshim_proc_create_seq_private);

struct proc_dir_entry *kshim_proc_create_single_data(const char *name,
		umode_t mode, struct proc_dir_entry *parent,
		int (*show)(struct seq_file *, void *), void *data,
		const struct kshim_site *site)
{
	struct proc_dir_entry *p = create_reg(name, mode, &parent, data, site);

	if (!p)
		return NULL;
	p->proc_ops = &proc_single_ops;
	p->single_show = show;
	return proc_register(parent, p);
}
EXPORT_SYMBOL(kshim_proc_create_single_data);

struct proc_dir_entry *kshim_proc_mkdir_data(const char *name, umode_t mode,
					     struct proc_dir_entry *parent,
					     void *data,
					     const struct kshim_site *site)
{
	struct proc_dir_entry *ent;

	if (mode == 0)
		mode = S_IRUGO | S_IXUGO;
	ent = proc_create_entry(name, S_IFDIR | mode, &parent, site);
	if (!ent)
		return NULL;
	ent->data = data;
	return proc_register(parent, ent);
}
EXPORT_SYMBOL(kshim_proc_mkdir_data);

void proc_set_size(struct proc_dir_entry *de, loff_t size)
{
	de->size = size;
}
EXPORT_SYMBOL(proc_set_size);

void *proc_get_parent_data(const struct inode *inode)
{
	struct proc_dir_entry *de = inode->kshim_pde;

	return de->parent->data;
}
EXPORT_SYMBOL(proc_get_parent_data);

/* proc_entry_rundown(): release every file still open on @de. */
static void proc_entry_rundown(struct proc_dir_entry *de)
{
	struct file *file;

	de->gone = true;
	list_for_each_entry(file, &de->files, kshim_node) {
		if (file->kshim_released)
			continue;
		file->kshim_released = true;
		if (de->proc_ops->proc_release)
			de->proc_ops->proc_release(file_inode(file), file);
	}
}

static void remove_one(struct proc_dir_entry *de)
{
	list_del_init(&de->sibling);
	proc_entry_rundown(de);
	pde_put(de);
}

/*
 * The entry @name names under @parent (NULL: the root), in *@de (NULL when
 * there is none); -ENOENT, WARNed, when a directory of the name is missing.
 */
static int find_entry(const char *name, struct proc_dir_entry *parent,
		      struct proc_dir_entry **de)
{
	const char *fn;

	if (!parent)
		parent = root();
	*de = NULL;
	if (xlate_name(name, &parent, &fn, true))
		return -ENOENT;
	*de = find_child(parent, fn, strlen(fn));
	return 0;
}

void remove_proc_entry(const char *name, struct proc_dir_entry *parent)
{
	struct proc_dir_entry *de;

	if (find_entry(name, parent, &de))
		return;
	if (!de) {
		WARN(1, "name '%s'\n", name);
		return;
	}
	if (!list_empty(&de->children))
		WARN(1, "%s: removing non-empty directory '%s/%s', leaking at least '%s'\n",
		     __func__, de->parent->name, de->name,
		     list_first_entry(&de->children, struct proc_dir_entry,
				      sibling)->name);
	remove_one(de);
}
EXPORT_SYMBOL(remove_proc_entry);

static void remove_tree(struct proc_dir_entry *de)
{
	struct proc_dir_entry *c, *tmp;

	list_for_each_entry_safe(c, tmp, &de->children, sibling)
		remove_tree(c);
	remove_one(de);
}

int remove_proc_subtree(const char *name, struct proc_dir_entry *parent)
{
	struct proc_dir_entry *de;

	if (find_entry(name, parent, &de) || !de)
		return -ENOENT;
	remove_tree(de);
	return 0;
}
EXPORT_SYMBOL(remove_proc_subtree);

void proc_remove(struct proc_dir_entry *de)
{
	if (de)
		remove_proc_subtree(de->name, de->parent);
}
EXPORT_SYMBOL(proc_remove);

/* ---- Open files (proc_reg_file_ops) ---- */

static struct proc_dir_entry *PDE(const struct inode *inode)
{
	return inode->kshim_pde;
}

/* use_pde() fails once the entry is removed. */
static struct proc_dir_entry *live_pde(struct file *file)
{
	struct proc_dir_entry *de = PDE(file_inode(file));

	return de->gone ? NULL : de;
}

static ssize_t proc_reg_read(struct file *file, char __user *buf,
			     size_t count, loff_t *ppos)
{
	struct proc_dir_entry *de = live_pde(file);

	if (!de)
		return -EIO;
	if (de->proc_ops->proc_read)
		return de->proc_ops->proc_read(file, buf, count, ppos);
	return -EIO;
}

static ssize_t proc_reg_write(struct file *file, const char __user *buf,
			      size_t count, loff_t *ppos)
{
	struct proc_dir_entry *de = live_pde(file);

	if (!de)
		return -EIO;
	if (de->proc_ops->proc_write)
		return de->proc_ops->proc_write(file, buf, count, ppos);
	return -EIO;
}

static loff_t proc_reg_llseek(struct file *file, loff_t offset, int whence)
{
	struct proc_dir_entry *de = live_pde(file);

	if (!de)
		return -EINVAL;	/* 6.1: use_pde() failed */
	if (de->proc_ops->proc_lseek)
		return de->proc_ops->proc_lseek(file, offset, whence);
	return default_llseek(file, offset, whence);
}

static __poll_t proc_reg_poll(struct file *file, struct poll_table_struct *pts)
{
	struct proc_dir_entry *de = live_pde(file);

	if (de && de->proc_ops->proc_poll)
		return de->proc_ops->proc_poll(file, pts);
	return DEFAULT_POLLMASK;
}

static long proc_reg_unlocked_ioctl(struct file *file, unsigned int cmd,
				    unsigned long arg)
{
	struct proc_dir_entry *de = live_pde(file);

	if (de && de->proc_ops->proc_ioctl)
		return de->proc_ops->proc_ioctl(file, cmd, arg);
	return -ENOTTY;
}

static int proc_reg_release(struct inode *inode, struct file *file)
{
	struct proc_dir_entry *de = PDE(inode);

	/* After a rundown the release has run already (kshim_released). */
	if (de->proc_ops->proc_release)
		de->proc_ops->proc_release(inode, file);
	return 0;
}

static const struct file_operations proc_reg_file_ops = {
	.llseek		= proc_reg_llseek,
	.read		= proc_reg_read,
	.write		= proc_reg_write,
	.poll		= proc_reg_poll,
	.unlocked_ioctl	= proc_reg_unlocked_ioctl,
	.release	= proc_reg_release,
};

static struct proc_dir_entry *lookup(const char *path)
{
	struct proc_dir_entry *dir = root();
	const char *fn;

	if (xlate_name(path, &dir, &fn, false))
		return NULL;
	if (!*fn)
		return dir == root() ? NULL : dir;
	return find_child(dir, fn, strlen(fn));
}

int kshim_proc_open(const char *path, struct inode *inode, struct file *file)
{
	struct proc_dir_entry *de = lookup(path);
	int rv = 0;

	if (!de)
		return -ENOENT;
	if (S_ISDIR(de->mode))
		return -EISDIR;
	inode->i_mode = de->mode;
	inode->i_size = de->size;
	inode->i_private = de->data;
	inode->kshim_pde = de;
	de->refcnt++;
	list_add(&file->kshim_node, &de->files);
	file->f_op = &proc_reg_file_ops;
	if (!de->proc_ops->proc_lseek)
		file->f_mode &= ~FMODE_LSEEK;
	if (de->proc_ops->proc_open)
		rv = de->proc_ops->proc_open(inode, file);
	return rv;
}

/* The file is being freed: it no longer holds its entry. */
void kshim_proc_file_gone(struct file *file)
{
	struct proc_dir_entry *de = PDE(file_inode(file));

	if (!de)
		return;
	list_del_init(&file->kshim_node);
	file->f_inode->kshim_pde = NULL;
	pde_put(de);
}

const char *kshim_proc_module(const char *path)
{
	struct proc_dir_entry *de = lookup(path);

	return de ? de->module : NULL;
}

const char *kshim_proc_file_module(struct file *file)
{
	struct proc_dir_entry *de = PDE(file_inode(file));

	return de ? de->module : NULL;
}

static void unload_tree(struct proc_dir_entry *dir, const char *module,
			const char *when)
{
	struct proc_dir_entry *de, *tmp;
	char path[300];

	list_for_each_entry_safe(de, tmp, &dir->children, sibling) {
		if (!de->module || strcmp(de->module, module)) {
			unload_tree(de, module, when);
			continue;
		}
		snprintf(path, sizeof(path), "'%s%s%s'",
			 dir == root() ? "/proc" : "", dir == root() ? "/" : ".../",
			 de->name);
		kshim_uspace_leftover("proc entry", path, de->site, module,
				      when);
		remove_tree(de);
	}
}

void kshim_proc_unload(const char *module, const char *when)
{
	unload_tree(root(), module, when);
}

void kshim_proc_reset(void)
{
	INIT_LIST_HEAD(&proc_root.children);
	INIT_LIST_HEAD(&proc_root.files);
}

/* ---- seq_file ---- */

int kshim_seq_open(struct file *file, const struct seq_operations *op,
		   const struct kshim_site *site)
{
	struct seq_file *p;

	WARN_ON(file->private_data);
	p = kshim_alloc(sizeof(*p), GFP_KERNEL | __GFP_ZERO, site,
			"kmem_cache_zalloc");
	if (!p)
		return -ENOMEM;
	file->private_data = p;
	mutex_init(&p->lock);
	p->op = op;
	p->file = file;
	/* No pwrite() on a seq_file. */
	file->f_mode &= ~FMODE_PWRITE;
	return 0;
}
EXPORT_SYMBOL(kshim_seq_open);

void *kshim_seq_open_private(struct file *file,
			     const struct seq_operations *ops, int psize,
			     const struct kshim_site *site)
{
	struct seq_file *seq;
	void *private;

	private = kshim_alloc(psize, GFP_KERNEL_ACCOUNT | __GFP_ZERO, site,
			      "kzalloc");
	if (!private)
		return NULL;
	if (kshim_seq_open(file, ops, site)) {
		kfree(private);
		return NULL;
	}
	seq = file->private_data;
	seq->private = private;
	return private;
}
EXPORT_SYMBOL(kshim_seq_open_private);

static void *single_start(struct seq_file *p, loff_t *pos)
{
	return *pos ? NULL : SEQ_START_TOKEN;
}

static void *single_next(struct seq_file *p, void *v, loff_t *pos)
{
	++*pos;
	return NULL;
}

static void single_stop(struct seq_file *p, void *v)
{
}

int kshim_single_open(struct file *file, int (*show)(struct seq_file *, void *),
		      void *data, const struct kshim_site *site)
{
	struct seq_operations *op;
	int res;

	op = kshim_alloc(sizeof(*op), GFP_KERNEL_ACCOUNT, site, "kmalloc");
	if (!op)
		return -ENOMEM;
	op->start = single_start;
	op->next = single_next;
	op->stop = single_stop;
	op->show = show;
	res = kshim_seq_open(file, op, site);
	if (res) {
		kfree(op);
		return res;
	}
	((struct seq_file *)file->private_data)->private = data;
	return 0;
}
EXPORT_SYMBOL(kshim_single_open);

int seq_release(struct inode *inode, struct file *file)
{
	struct seq_file *m = file->private_data;

	kvfree(m->buf);
	kfree(m);
	return 0;
}
EXPORT_SYMBOL(seq_release);

int seq_release_private(struct inode *inode, struct file *file)
{
	struct seq_file *seq = file->private_data;

	kfree(seq->private);
	seq->private = NULL;
	return seq_release(inode, file);
}
EXPORT_SYMBOL(seq_release_private);

int single_release(struct inode *inode, struct file *file)
{
	const struct seq_operations *op =
		((struct seq_file *)file->private_data)->op;
	int res = seq_release(inode, file);

	kfree(op);
	return res;
}
EXPORT_SYMBOL(single_release);

/* Print every record into m->buf, doubling it until everything fits. */
static int seq_fill(struct seq_file *m)
{
	size_t before;
	loff_t pos;
	void *p;
	int err;

	for (;;) {
		if (!m->buf) {
			if (!m->size)
				m->size = PAGE_SIZE;
			m->buf = kvmalloc(m->size, GFP_KERNEL_ACCOUNT);
			if (!m->buf)
				return -ENOMEM;
		}
		m->count = 0;
		m->from = 0;
		pos = 0;
		err = 0;
		p = m->op->start(m, &pos);
		while (p && !IS_ERR(p)) {
			before = m->count;
			err = m->op->show(m, p);
			if (err < 0)
				break;
			if (err > 0)		/* SEQ_SKIP */
				m->count = before;
			err = 0;
			if (seq_has_overflowed(m))
				break;
			p = m->op->next(m, p, &pos);
		}
		m->op->stop(m, p);
		if (!err && IS_ERR(p))
			err = PTR_ERR(p);
		if (err || !seq_has_overflowed(m))
			break;
		kvfree(m->buf);
		m->buf = NULL;
		m->size <<= 1;
	}
	m->index = pos;
	if (err)
		m->count = 0;
	return err;
}

ssize_t seq_read(struct file *file, char __user *buf, size_t size,
		 loff_t *ppos)
{
	struct seq_file *m = file->private_data;
	size_t n, left;
	loff_t pos = ppos ? *ppos : m->read_pos;
	ssize_t ret = 0;

	mutex_lock(&m->lock);
	if (pos == 0 || !m->kshim_filled) {
		m->kshim_filled = false;
		ret = seq_fill(m);
		if (ret)
			goto out;
		m->kshim_filled = true;
	}
	if (pos < 0 || pos >= m->count || !size)
		goto out;
	n = min_t(size_t, size, m->count - pos);
	left = copy_to_user(buf, m->buf + pos, n);
	if (left == n) {
		ret = -EFAULT;
		goto out;
	}
	n -= left;
	pos += n;
	m->read_pos = pos;
	if (ppos)
		*ppos = pos;
	ret = n;
out:
	mutex_unlock(&m->lock);
	return ret;
}
EXPORT_SYMBOL(seq_read);

loff_t seq_lseek(struct file *file, loff_t offset, int whence)
{
	struct seq_file *m = file->private_data;
	loff_t retval = -EINVAL;

	mutex_lock(&m->lock);
	switch (whence) {
	case SEEK_CUR:
		offset += file->f_pos;
		fallthrough;
	case SEEK_SET:
		if (offset < 0)
			break;
		retval = offset;
		file->f_pos = offset;
		m->read_pos = offset;
	}
	mutex_unlock(&m->lock);
	return retval;
}
EXPORT_SYMBOL(seq_lseek);

void seq_vprintf(struct seq_file *m, const char *f, va_list args)
{
	int len;

	if (m->count < m->size) {
		len = vsnprintf(m->buf + m->count, m->size - m->count, f, args);
		if (m->count + len < m->size) {
			m->count += len;
			return;
		}
	}
	m->count = m->size;	/* overflow: seq_read() retries, bigger */
}
EXPORT_SYMBOL(seq_vprintf);

void seq_printf(struct seq_file *m, const char *f, ...)
{
	va_list args;

	va_start(args, f);
	seq_vprintf(m, f, args);
	va_end(args);
}
EXPORT_SYMBOL(seq_printf);

int seq_write(struct seq_file *seq, const void *data, size_t len)
{
	if (seq->count + len < seq->size) {
		memcpy(seq->buf + seq->count, data, len);
		seq->count += len;
		return 0;
	}
	seq->count = seq->size;
	return -1;
}
EXPORT_SYMBOL(seq_write);

void seq_puts(struct seq_file *m, const char *s)
{
	seq_write(m, s, strlen(s));
}
EXPORT_SYMBOL(seq_puts);

void seq_putc(struct seq_file *m, char c)
{
	if (m->count >= m->size)
		return;
	m->buf[m->count++] = c;
}
EXPORT_SYMBOL(seq_putc);

void seq_pad(struct seq_file *m, char c)
{
	int size = m->pad_until - m->count;

	if (size > 0) {
		if (size + m->count > m->size) {
			m->count = m->size;
			return;
		}
		memset(m->buf + m->count, ' ', size);
		m->count += size;
	}
	if (c)
		seq_putc(m, c);
}
EXPORT_SYMBOL(seq_pad);

void seq_put_decimal_ull(struct seq_file *m, const char *delimiter,
			 unsigned long long num)
{
	seq_printf(m, "%s%llu", delimiter ?: "", num);
}
EXPORT_SYMBOL(seq_put_decimal_ull);

void seq_put_decimal_ll(struct seq_file *m, const char *delimiter, long long num)
{
	seq_printf(m, "%s%lld", delimiter ?: "", num);
}
EXPORT_SYMBOL(seq_put_decimal_ll);

void seq_put_hex_ll(struct seq_file *m, const char *delimiter,
		    unsigned long long v, unsigned int width)
{
	seq_printf(m, "%s%0*llx", delimiter ?: "", width, v);
}
EXPORT_SYMBOL(seq_put_hex_ll);

struct list_head *seq_list_start(struct list_head *head, loff_t pos)
{
	struct list_head *lh;

	list_for_each(lh, head)
		if (pos-- == 0)
			return lh;
	return NULL;
}
EXPORT_SYMBOL(seq_list_start);

struct list_head *seq_list_start_head(struct list_head *head, loff_t pos)
{
	if (!pos)
		return head;
	return seq_list_start(head, pos - 1);
}
EXPORT_SYMBOL(seq_list_start_head);

struct list_head *seq_list_next(void *v, struct list_head *head, loff_t *ppos)
{
	struct list_head *lh = ((struct list_head *)v)->next;

	++*ppos;
	return lh == head ? NULL : lh;
}
EXPORT_SYMBOL(seq_list_next);

/* proc_create_seq_private() and proc_create_single_data() files. */
static int proc_seq_open(struct inode *inode, struct file *file)
{
	struct proc_dir_entry *de = PDE(inode);

	if (de->state_size)
		return seq_open_private(file, de->seq_ops, de->state_size);
	return seq_open(file, de->seq_ops);
}

static int proc_seq_release(struct inode *inode, struct file *file)
{
	struct proc_dir_entry *de = PDE(inode);

	if (de->state_size)
		return seq_release_private(inode, file);
	return seq_release(inode, file);
}

static int proc_single_open(struct inode *inode, struct file *file)
{
	struct proc_dir_entry *de = PDE(inode);

	return single_open(file, de->single_show, de->data);
}
