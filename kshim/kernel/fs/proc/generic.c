// SPDX-License-Identifier: GPL-2.0-only
/*
 * procfs (fs/proc/generic.c, inode.c) for modules built against the
 * kernel's own headers. Entries form a tree under the root "/proc". An
 * open file holds its entry; removing the entry runs the release of the
 * files still open on it (what rmmod does in the kernel, which never waits
 * for /proc readers), and their later calls fail with -EIO. The layout of
 * struct proc_dir_entry is fs/proc/'s own (drivers only hold pointers).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/poll.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <kshim/kapi.h>
#include <kshim/usapi.h>
#include "../internal.h"

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
	struct list_head files;		/* open files (kshim_vfile.pde_node) */
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

static void pde_free(struct proc_dir_entry *de)
{
	kshim_free(de, KSHIM_SITE, "kfree");
}

static void pde_put(struct proc_dir_entry *de)
{
	if (--de->refcnt == 0)
		pde_free(de);
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
	de = kshim_alloc(sizeof(*de) + len + 1,
			 (__force unsigned int)(GFP_KERNEL | __GFP_ZERO), site,
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
		pde_free(dp);
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

static struct proc_dir_entry *create_data_at(const char *name, umode_t mode,
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

struct proc_dir_entry *proc_create_data(const char *name, umode_t mode,
					struct proc_dir_entry *parent,
					const struct proc_ops *proc_ops,
					void *data)
{
	return create_data_at(name, mode, parent, proc_ops, data,
			      KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(proc_create_data);

struct proc_dir_entry *proc_create(const char *name, umode_t mode,
				   struct proc_dir_entry *parent,
				   const struct proc_ops *proc_ops)
{
	return create_data_at(name, mode, parent, proc_ops, NULL,
			      KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(proc_create);

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

struct proc_dir_entry *proc_create_seq_private(const char *name, umode_t mode,
		struct proc_dir_entry *parent, const struct seq_operations *ops,
		unsigned int state_size, void *data)
{
	struct proc_dir_entry *p = create_reg(name, mode, &parent, data,
					      KSHIM_CALLER_SITE);

	if (!p)
		return NULL;
	p->proc_ops = &proc_seq_ops;
	p->seq_ops = ops;
	p->state_size = state_size;
	return proc_register(parent, p);
}
EXPORT_SYMBOL(proc_create_seq_private);

struct proc_dir_entry *proc_create_single_data(const char *name, umode_t mode,
		struct proc_dir_entry *parent,
		int (*show)(struct seq_file *, void *), void *data)
{
	struct proc_dir_entry *p = create_reg(name, mode, &parent, data,
					      KSHIM_CALLER_SITE);

	if (!p)
		return NULL;
	p->proc_ops = &proc_single_ops;
	p->single_show = show;
	return proc_register(parent, p);
}
EXPORT_SYMBOL(proc_create_single_data);

static struct proc_dir_entry *mkdir_at(const char *name, umode_t mode,
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

struct proc_dir_entry *proc_mkdir_data(const char *name, umode_t mode,
				       struct proc_dir_entry *parent, void *data)
{
	return mkdir_at(name, mode, parent, data, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(proc_mkdir_data);

struct proc_dir_entry *proc_mkdir_mode(const char *name, umode_t mode,
				       struct proc_dir_entry *parent)
{
	return mkdir_at(name, mode, parent, NULL, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(proc_mkdir_mode);

struct proc_dir_entry *proc_mkdir(const char *name,
				  struct proc_dir_entry *parent)
{
	return mkdir_at(name, 0, parent, NULL, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(proc_mkdir);

void proc_set_size(struct proc_dir_entry *de, loff_t size)
{
	de->size = size;
}
EXPORT_SYMBOL(proc_set_size);

void proc_set_user(struct proc_dir_entry *de, kuid_t uid, kgid_t gid)
{
}
EXPORT_SYMBOL(proc_set_user);

static struct proc_dir_entry *PDE(const struct inode *inode)
{
	return container_of(inode, struct kshim_vfile, inode)->pde;
}

void *proc_get_parent_data(const struct inode *inode)
{
	return PDE(inode)->parent->data;
}
EXPORT_SYMBOL(proc_get_parent_data);

/* proc_entry_rundown(): release every file still open on @de. */
static void proc_entry_rundown(struct proc_dir_entry *de)
{
	struct kshim_vfile *vf;

	de->gone = true;
	list_for_each_entry(vf, &de->files, pde_node) {
		if (vf->released)
			continue;
		vf->released = true;
		if (de->proc_ops->proc_release)
			de->proc_ops->proc_release(&vf->inode, &vf->file);
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

	/* After a rundown the release has run already (vf->released). */
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

int kshim_proc_open(const char *path, struct kshim_vfile *vf)
{
	struct proc_dir_entry *de = lookup(path);
	struct inode *inode = &vf->inode;
	struct file *file = &vf->file;
	int rv = 0;

	if (!de)
		return -ENOENT;
	if (S_ISDIR(de->mode))
		return -EISDIR;
	inode->i_mode = de->mode;
	inode->i_size = de->size;
	inode->i_private = de->data;
	vf->pde = de;
	de->refcnt++;
	list_add(&vf->pde_node, &de->files);
	file->f_op = &proc_reg_file_ops;
	if (!de->proc_ops->proc_lseek)
		file->f_mode &= ~FMODE_LSEEK;
	if (de->proc_ops->proc_open)
		rv = de->proc_ops->proc_open(inode, file);
	return rv;
}

/* The file is being freed: it no longer holds its entry. */
void kshim_proc_file_gone(struct kshim_vfile *vf)
{
	struct proc_dir_entry *de = vf->pde;

	if (!de)
		return;
	list_del_init(&vf->pde_node);
	vf->pde = NULL;
	pde_put(de);
}

const char *kshim_proc_module(const char *path)
{
	struct proc_dir_entry *de = lookup(path);

	return de ? de->module : NULL;
}

const char *kshim_proc_file_module(struct kshim_vfile *vf)
{
	struct proc_dir_entry *de = vf->pde;

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

/* proc_create_seq_private() and proc_create_single_data() files. */
static int proc_seq_open(struct inode *inode, struct file *file)
{
	struct proc_dir_entry *de = PDE(inode);

	return kshim_seq_open_private_at(file, de->seq_ops, de->state_size,
					 KSHIM_SITE);
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

	return kshim_single_open_at(file, de->single_show, de->data, 0,
				    KSHIM_SITE);
}
