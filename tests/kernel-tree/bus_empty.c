// SPDX-License-Identifier: GPL-2.0-only
/*
 * A PCI and an SPI driver, registered on buses with no device: they load
 * and unload cleanly, their probes are never called, and the SPI core
 * warns, as 6.1 does, for a compatible with no spi_device_id.
 */
#include <linux/module.h>
#include <linux/of.h>
#include <linux/pci.h>
#include <linux/spi/spi.h>

static int probes;

static int bus_empty_pci_probe(struct pci_dev *pdev, const struct pci_device_id *id)
{
	probes++;
	return 0;
}

static const struct pci_device_id bus_empty_pci_ids[] = {
	{ PCI_DEVICE(0x1234, 0x5678) },
	{ }
};

static struct pci_driver bus_empty_pci = {
	.name = "bus_empty_pci",
	.id_table = bus_empty_pci_ids,
	.probe = bus_empty_pci_probe,
};

static int bus_empty_spi_probe(struct spi_device *spi)
{
	probes++;
	return 0;
}

static const struct of_device_id bus_empty_of[] = {
	{ .compatible = "acme,thing" },
	{ .compatible = "acme,bus_empty_spi" },
	{ }
};

static struct spi_driver bus_empty_spi = {
	.driver = {
		.name = "bus_empty_spi",
		.of_match_table = bus_empty_of,
	},
	.probe = bus_empty_spi_probe,
};

static int __init bus_empty_init(void)
{
	int err;

	pr_info("bus_empty: a device 8086:1237 %s\n",
		pci_get_device(0x8086, 0x1237, NULL) ? "found" : "not found");
	err = pci_register_driver(&bus_empty_pci);

	if (err)
		return err;
	err = spi_register_driver(&bus_empty_spi);
	if (err)
		pci_unregister_driver(&bus_empty_pci);
	return err;
}

static void __exit bus_empty_exit(void)
{
	spi_unregister_driver(&bus_empty_spi);
	pci_unregister_driver(&bus_empty_pci);
	pr_info("bus_empty: %d probes\n", probes);
}

module_init(bus_empty_init);
module_exit(bus_empty_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("A PCI and an SPI driver with no device to probe");
