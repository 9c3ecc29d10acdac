/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The 93cx6 serial EEPROM bit-banging library's interface
 * (drivers/misc/eeprom/eeprom_93cx6.c): the layout and values of Linux
 * 6.1's include/linux/eeprom_93cx6.h.
 */
#ifndef _LINUX_EEPROM_93CX6_H
#define _LINUX_EEPROM_93CX6_H

#include <linux/bits.h>
#include <linux/types.h>

/* Address widths, in bits. */
#define PCI_EEPROM_WIDTH_93C46	6
#define PCI_EEPROM_WIDTH_93C56	8
#define PCI_EEPROM_WIDTH_93C66	8
#define PCI_EEPROM_WIDTH_93C86	8
#define PCI_EEPROM_WIDTH_OPCODE	3
#define PCI_EEPROM_WRITE_OPCODE	0x05
#define PCI_EEPROM_ERASE_OPCODE	0x07
#define PCI_EEPROM_READ_OPCODE	0x06
#define PCI_EEPROM_EWDS_OPCODE	0x10
#define PCI_EEPROM_EWEN_OPCODE	0x13

/*
 * @register_read fills the reg_* fields from the device's pins,
 * @register_write drives them; @data is the caller's.
 */
struct eeprom_93cx6 {
	void *data;
	void (*register_read)(struct eeprom_93cx6 *eeprom);
	void (*register_write)(struct eeprom_93cx6 *eeprom);
	int width;
	unsigned int quirks;
#define PCI_EEPROM_QUIRK_EXTRA_READ_CYCLE	BIT(0)
	char drive_data;
	char reg_data_in;
	char reg_data_out;
	char reg_data_clock;
	char reg_chip_select;
};

void eeprom_93cx6_read(struct eeprom_93cx6 *eeprom, const u8 word, u16 *data);
void eeprom_93cx6_multiread(struct eeprom_93cx6 *eeprom, const u8 word,
			    __le16 *data, const u16 words);
void eeprom_93cx6_readb(struct eeprom_93cx6 *eeprom, const u8 byte, u8 *data);
void eeprom_93cx6_multireadb(struct eeprom_93cx6 *eeprom, const u8 byte,
			     u8 *data, const u16 bytes);
void eeprom_93cx6_wren(struct eeprom_93cx6 *eeprom, bool enable);
void eeprom_93cx6_write(struct eeprom_93cx6 *eeprom, u8 addr, u16 data);

static inline bool has_quirk_extra_read_cycle(struct eeprom_93cx6 *eeprom)
{
	return eeprom->quirks & PCI_EEPROM_QUIRK_EXTRA_READ_CYCLE;
}

#endif /* _LINUX_EEPROM_93CX6_H */
