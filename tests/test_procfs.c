// SPDX-License-Identifier: GPL-2.0-only
/*
 * procfs and seq_file: entries made with proc_create() and friends, opened
 * as /proc/<path>, with fs/proc's answers (no proc_write: -EIO; no
 * proc_lseek: -ESPIPE), entries removed under open files, and seq_file
 * output of any length.
 */
#include <linux/kernel.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include <kshim/cmocka.h>

static char value[32] = "initial\n";
static int opens, releases;
static void *seen_data;

static int val_open(struct inode *inode, struct file *file)
{
	opens++;
	seen_data = pde_data(inode);
	return 0;
}

static int val_release(struct inode *inode, struct file *file)
{
	releases++;
	return 0;
}

static ssize_t val_read(struct file *file, char __user *buf, size_t count,
			loff_t *ppos)
{
	return simple_read_from_buffer(buf, count, ppos, value, strlen(value));
}

static ssize_t val_write(struct file *file, const char __user *buf,
			 size_t count, loff_t *ppos)
{
	if (count >= sizeof(value))
		return -EINVAL;
	if (copy_from_user(value, buf, count))
		return -EFAULT;
	value[count] = '\0';
	return count;
}

static const struct proc_ops val_ops = {
	.proc_open	= val_open,
	.proc_read	= val_read,
	.proc_write	= val_write,
	.proc_lseek	= default_llseek,
	.proc_release	= val_release,
};

/* Read-only, and no proc_lseek. */
static const struct proc_ops ro_ops = {
	.proc_read	= val_read,
};

static void test_read_write(void **state)
{
	static int cookie;
	struct proc_dir_entry *de;
	char buf[32] = { 0 };
	int fd;

	de = proc_create_data("kshim_val", 0644, NULL, &val_ops, &cookie);
	assert_non_null(de);
	fd = kshim_open("/proc/kshim_val", O_RDWR);
	assert_true(fd >= 0);
	assert_int_equal(opens, 1);
	assert_ptr_equal(seen_data, &cookie);
	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), 8);
	assert_string_equal(buf, "initial\n");
	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), 0);
	assert_int_equal(kshim_write(fd, "new", 3), 3);
	assert_int_equal(kshim_llseek(fd, 0, SEEK_SET), 0);
	memset(buf, 0, sizeof(buf));
	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), 3);
	assert_string_equal(buf, "new");
	assert_int_equal(kshim_close(fd), 0);
	assert_int_equal(releases, 1);
	/* The same name twice: WARN and NULL (fs/proc/generic.c). */
	assert_null(proc_create("kshim_val", 0, NULL, &val_ops));
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_WARN), 1);
	assert_true(kshim_log_contains(KSHIM_LOG_ANY,
				       "proc_dir_entry '/proc/kshim_val' already registered"));
	kshim_defects_clear();
	proc_remove(de);
	assert_int_equal(kshim_open("/proc/kshim_val", O_RDONLY), -ENOENT);
	opens = releases = 0;
}

static void test_missing_ops(void **state)
{
	char buf[8];
	int fd;

	strcpy(value, "initial\n");
	assert_non_null(proc_create("kshim_ro", 0, NULL, &ro_ops));
	fd = kshim_open("/proc/kshim_ro", O_RDWR);
	assert_true(fd >= 0);
	assert_int_equal(kshim_write(fd, "x", 1), -EIO);
	assert_int_equal(kshim_llseek(fd, 0, SEEK_SET), -ESPIPE);
	assert_int_equal(kshim_ioctl(fd, 1, 0), -ENOTTY);
	assert_int_equal(kshim_read(fd, buf, 4), 4);
	assert_int_equal(kshim_close(fd), 0);
	remove_proc_entry("kshim_ro", NULL);
	/* Removing what is not there: a WARN. */
	remove_proc_entry("kshim_ro", NULL);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_WARN), 1);
	assert_true(kshim_log_contains(KSHIM_LOG_ANY, "name 'kshim_ro'"));
	kshim_defects_clear();
}

static void test_removed_while_open(void **state)
{
	char buf[8];
	int fd;

	assert_non_null(proc_create("kshim_gone", 0, NULL, &val_ops));
	fd = kshim_open("/proc/kshim_gone", O_RDONLY);
	assert_true(fd >= 0);
	/* Removal runs the release of open files; later calls fail. */
	remove_proc_entry("kshim_gone", NULL);
	assert_int_equal(releases, 1);
	assert_int_equal(kshim_read(fd, buf, 4), -EIO);
	/* proc_reg_llseek(): use_pde() fails, -EINVAL */
	assert_int_equal(kshim_llseek(fd, 0, SEEK_SET), -EINVAL);
	assert_int_equal(kshim_close(fd), 0);
	assert_int_equal(releases, 1);	/* not twice */
	opens = releases = 0;
}

static void test_dirs(void **state)
{
	struct proc_dir_entry *dir, *sub;
	int fd;

	dir = proc_mkdir("kshim_dir", NULL);
	assert_non_null(dir);
	sub = proc_mkdir("sub", dir);
	assert_non_null(proc_create("leaf", 0, sub, &ro_ops));
	/* A name with a slash goes into the existing directories. */
	assert_non_null(proc_create("kshim_dir/file", 0, NULL, &ro_ops));
	/* A missing directory: __xlate_proc_name()'s WARN, and NULL. */
	assert_null(proc_create("kshim_nodir/file", 0, NULL, &ro_ops));
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_WARN), 1);
	assert_true(kshim_log_contains(KSHIM_LOG_ANY, "name 'kshim_nodir/file'"));
	kshim_defects_clear();
	remove_proc_entry("kshim_nodir/file", NULL);
	assert_int_equal(remove_proc_subtree("kshim_nodir/file", NULL), -ENOENT);
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_WARN), 2);
	kshim_defects_clear();
	/* A number in /proc itself is a process's name. */
	assert_null(proc_create("42", 0, NULL, &ro_ops));
	assert_null(proc_mkdir("7", NULL));
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_WARN), 2);
	assert_true(kshim_log_contains(KSHIM_LOG_ANY, "create '/proc/42' by hand"));
	assert_true(kshim_log_contains(KSHIM_LOG_ANY, "create '/proc/7' by hand"));
	kshim_defects_clear();
	assert_non_null(proc_create("042", 0, NULL, &ro_ops));
	assert_non_null(proc_create("4294967295", 0, NULL, &ro_ops));
	assert_non_null(proc_create("42", 0, dir, &ro_ops));
	assert_non_null(proc_create("kshim_dir/43", 0, NULL, &ro_ops));
	assert_int_equal(kshim_defect_count(KSHIM_DEFECT_WARN), 0);
	remove_proc_entry("042", NULL);
	remove_proc_entry("4294967295", NULL);
	fd = kshim_open("/proc/kshim_dir/sub/leaf", O_RDONLY);
	assert_true(fd >= 0);
	assert_int_equal(kshim_close(fd), 0);
	fd = kshim_open("/proc/kshim_dir/file", O_RDONLY);
	assert_true(fd >= 0);
	assert_int_equal(kshim_close(fd), 0);
	assert_int_equal(kshim_open("/proc/kshim_dir", O_RDONLY), -EISDIR);
	assert_int_equal(remove_proc_subtree("kshim_nothing", NULL), -ENOENT);
	proc_remove(dir);
	assert_int_equal(kshim_open("/proc/kshim_dir/sub/leaf", O_RDONLY), -ENOENT);
}

/* seq_file: a long output, read in small pieces, grows its buffer. */
static int lines_show(struct seq_file *m, void *v)
{
	int i;

	for (i = 0; i < 500; i++)
		seq_printf(m, "line %03d\n", i);
	return 0;
}

static void test_single_open(void **state)
{
	static char all[6000];
	size_t got = 0;
	long n;
	int fd;

	assert_non_null(proc_create_single("kshim_lines", 0, NULL, lines_show));
	fd = kshim_open("/proc/kshim_lines", O_RDONLY);
	assert_true(fd >= 0);
	while ((n = kshim_read(fd, all + got, 100)) > 0)
		got += n;
	assert_int_equal(n, 0);
	assert_int_equal(got, 500 * 9);
	assert_memory_equal(all, "line 000\nline 001\n", 18);
	assert_memory_equal(all + got - 9, "line 499\n", 9);
	/* seq_lseek(): back to the start reads it all again. */
	assert_int_equal(kshim_llseek(fd, 4491, SEEK_SET), 4491);
	assert_int_equal(kshim_read(fd, all, 100), 9);
	assert_int_equal(kshim_llseek(fd, 0, SEEK_END), -EINVAL);
	assert_int_equal(kshim_llseek(fd, 0, SEEK_SET), 0);
	assert_int_equal(kshim_read(fd, all, 9), 9);
	assert_memory_equal(all, "line 000\n", 9);
	assert_int_equal(kshim_close(fd), 0);
	remove_proc_entry("kshim_lines", NULL);
}

/* seq_put_*(): a NULL or empty delimiter prints nothing. */
static int puts_show(struct seq_file *m, void *v)
{
	seq_put_decimal_ull(m, NULL, 5);
	seq_put_decimal_ll(m, NULL, -3);
	seq_put_hex_ll(m, NULL, 0xab, 4);
	seq_put_decimal_ull(m, "", 1);
	seq_put_decimal_ll(m, " ", 2);
	seq_put_hex_ll(m, "<>", 0xc, 0);
	seq_putc(m, '\n');
	return 0;
}

static void test_seq_put(void **state)
{
	char buf[64] = { 0 };
	int fd;

	assert_non_null(proc_create_single("kshim_puts", 0, NULL, puts_show));
	fd = kshim_open("/proc/kshim_puts", O_RDONLY);
	assert_true(fd >= 0);
	assert_int_equal(kshim_read(fd, buf, sizeof(buf) - 1), 14);
	assert_string_equal(buf, "5-300ab1 2<>c\n");
	assert_int_equal(kshim_close(fd), 0);
	remove_proc_entry("kshim_puts", NULL);
}

/* seq_operations over an array, with a skipped record. */
static int nums[] = { 1, 2, 3, 4 };

static void *nums_start(struct seq_file *m, loff_t *pos)
{
	return *pos < ARRAY_SIZE(nums) ? &nums[*pos] : NULL;
}

static void *nums_next(struct seq_file *m, void *v, loff_t *pos)
{
	++*pos;
	return nums_start(m, pos);
}

static void nums_stop(struct seq_file *m, void *v)
{
}

static int nums_show(struct seq_file *m, void *v)
{
	int n = *(int *)v;

	if (n == 3)
		return SEQ_SKIP;
	seq_printf(m, "%d", n);
	seq_putc(m, ',');
	seq_puts(m, m->private ? "p" : "-");
	seq_putc(m, '\n');
	return 0;
}

static const struct seq_operations nums_sops = {
	.start	= nums_start,
	.next	= nums_next,
	.stop	= nums_stop,
	.show	= nums_show,
};

static void test_seq_ops(void **state)
{
	char buf[64] = { 0 };
	int fd;

	assert_non_null(proc_create_seq("kshim_nums", 0, NULL, &nums_sops));
	assert_non_null(proc_create_seq_private("kshim_nums_p", 0, NULL,
						&nums_sops, 16, NULL));
	fd = kshim_open("/proc/kshim_nums", O_RDONLY);
	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), 12);
	assert_string_equal(buf, "1,-\n2,-\n4,-\n");
	assert_int_equal(kshim_close(fd), 0);
	fd = kshim_open("/proc/kshim_nums_p", O_RDONLY);
	memset(buf, 0, sizeof(buf));
	assert_int_equal(kshim_read(fd, buf, sizeof(buf)), 12);
	assert_string_equal(buf, "1,p\n2,p\n4,p\n");
	assert_int_equal(kshim_close(fd), 0);
	remove_proc_entry("kshim_nums", NULL);
	remove_proc_entry("kshim_nums_p", NULL);
	/* Everything seq_open() and friends allocated is gone. */
	assert_int_equal(kshim_alloc_live(), 0);
}

static void test_faults(void **state)
{
	int fd;

	kshim_fail_nth(1);
	assert_null(proc_create("kshim_f", 0, NULL, &ro_ops));
	assert_non_null(proc_create_single("kshim_f", 0, NULL, lines_show));
	/* single_open()'s allocation fails: the open fails. */
	kshim_fail_nth(1);
	assert_int_equal(kshim_open("/proc/kshim_f", O_RDONLY), -ENOMEM);
	fd = kshim_open("/proc/kshim_f", O_RDONLY);
	assert_true(fd >= 0);
	assert_int_equal(kshim_read(fd, KSHIM_USER_BAD, 8), -EFAULT);
	assert_int_equal(kshim_close(fd), 0);
	remove_proc_entry("kshim_f", NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		kshim_unit_test(test_read_write),
		kshim_unit_test(test_missing_ops),
		kshim_unit_test(test_removed_while_open),
		kshim_unit_test(test_dirs),
		kshim_unit_test(test_single_open),
		kshim_unit_test(test_seq_put),
		kshim_unit_test(test_seq_ops),
		kshim_unit_test(test_faults),
	};

	return kshim_run_tests(tests);
}
