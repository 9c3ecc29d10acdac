/* SPDX-License-Identifier: GPL-2.0-only */
/* rwlock_t: included by <linux/spinlock.h>, as in the kernel. */
#ifndef __LINUX_RWLOCK_H
#define __LINUX_RWLOCK_H

#ifndef __LINUX_SPINLOCK_H
# error "please don't include this file directly"
#endif

static inline struct kshim_lock *__kshim_rw(rwlock_t *lock)
{
	return &lock->dep_map;
}

#define rwlock_init(lock)						\
	do {								\
		static struct lock_class_key __key;			\
									\
		kshim_lock_init(__kshim_rw(lock), KSHIM_LK_RWLOCK, #lock, &__key); \
	} while (0)

#define read_lock(lock)		((void)__kshim_rwtake(__kshim_rw(lock), KSHIM_LA_READ, 0))
#define write_lock(lock)	((void)__kshim_rwtake(__kshim_rw(lock), 0, 0))
#define read_trylock(lock)						\
	__kshim_rwtake(__kshim_rw(lock), KSHIM_LA_READ | KSHIM_LA_TRY, 0)
#define write_trylock(lock)	__kshim_rwtake(__kshim_rw(lock), KSHIM_LA_TRY, 0)
#define read_unlock(lock)	__kshim_unlock(__kshim_rw(lock))
#define write_unlock(lock)	__kshim_unlock(__kshim_rw(lock))
#define write_lock_nested(lock, sub)	((void)__kshim_rwtake(__kshim_rw(lock), 0, sub))

#define read_lock_irq(lock)						\
	do { local_irq_disable(); read_lock(lock); } while (0)
#define read_unlock_irq(lock)						\
	do { read_unlock(lock); local_irq_enable(); } while (0)
#define write_lock_irq(lock)						\
	do { local_irq_disable(); write_lock(lock); } while (0)
#define write_unlock_irq(lock)						\
	do { write_unlock(lock); local_irq_enable(); } while (0)
#define read_lock_irqsave(lock, flags)					\
	do { local_irq_save(flags); read_lock(lock); } while (0)
#define read_unlock_irqrestore(lock, flags)				\
	do { read_unlock(lock); local_irq_restore(flags); } while (0)
#define write_lock_irqsave(lock, flags)					\
	do { local_irq_save(flags); write_lock(lock); } while (0)
#define write_unlock_irqrestore(lock, flags)				\
	do { write_unlock(lock); local_irq_restore(flags); } while (0)
#define read_lock_bh(lock)						\
	do { local_bh_disable(); read_lock(lock); } while (0)
#define read_unlock_bh(lock)						\
	do { read_unlock(lock); local_bh_enable(); } while (0)
#define write_lock_bh(lock)						\
	do { local_bh_disable(); write_lock(lock); } while (0)
#define write_unlock_bh(lock)						\
	do { write_unlock(lock); local_bh_enable(); } while (0)
#define write_trylock_irqsave(lock, flags)				\
({									\
	local_irq_save(flags);						\
	write_trylock(lock) ? 1 : ({ local_irq_restore(flags); 0; });	\
})

#endif /* __LINUX_RWLOCK_H */
