// SPDX-License-Identifier: GPL-2.0-only
/*
 * SPI drivers (drivers/spi/spi.c): registering one on the SPI bus. kshim
 * simulates no SPI controller or device yet, so an SPI driver registers,
 * is listed on its bus, and unregisters, as on a board with no SPI device
 * it drives: its probe is never called. spi_unregister_driver() is inline.
 */
#include <linux/spi/spi.h>
#include <linux/string.h>

/* No device ever sits on it yet: no match, probe or remove to call. */
struct bus_type spi_bus_type = {
	.name = "spi",
};
EXPORT_SYMBOL_GPL(spi_bus_type);

/* Is @name one of @id's? (spi_match_id(), by the device's modalias.) */
static bool in_id_table(const struct spi_device_id *id, const char *name)
{
	for (; id->name[0]; id++)
		if (!strcmp(id->name, name))
			return true;
	return false;
}

/*
 * 6.1 warns for each compatible of the driver's OF table whose name (less
 * its vendor prefix) has no spi_device_id: module autoloading goes by spi:
 * modaliases, so such a device would not load the module.
 */
static void check_of_names(const struct spi_driver *sdrv)
{
	const struct of_device_id *of_id = sdrv->driver.of_match_table;

	for (; of_id && of_id->compatible[0]; of_id++) {
		const char *name = strnchr(of_id->compatible, sizeof(of_id->compatible), ',');

		name = name ? name + 1 : of_id->compatible;
		if (sdrv->id_table ? in_id_table(sdrv->id_table, name) :
		    !strcmp(sdrv->driver.name, name))
			continue;
		pr_warn("SPI driver %s has no spi_device_id for %s\n",
			sdrv->driver.name, of_id->compatible);
	}
}

int __spi_register_driver(struct module *owner, struct spi_driver *sdrv)
{
	sdrv->driver.owner = owner;
	sdrv->driver.bus = &spi_bus_type;
	check_of_names(sdrv);
	return driver_register(&sdrv->driver);
}
EXPORT_SYMBOL_GPL(__spi_register_driver);
