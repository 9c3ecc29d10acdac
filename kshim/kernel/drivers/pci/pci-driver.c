// SPDX-License-Identifier: GPL-2.0-only
/*
 * PCI drivers (drivers/pci/pci-driver.c): registering one on the PCI bus,
 * and the device searches (drivers/pci/search.c).
 * kshim simulates no PCI device yet, so a PCI driver registers, is listed
 * on its bus, and unregisters, as on a machine with no PCI device it
 * drives: its probe is never called.
 */
#include <linux/pci.h>
#include <linux/spinlock.h>

/* No device ever sits on it yet: no match, probe or remove to call. */
struct bus_type pci_bus_type = {
	.name = "pci",
};
EXPORT_SYMBOL(pci_bus_type);

int __pci_register_driver(struct pci_driver *drv, struct module *owner,
			  const char *mod_name)
{
	drv->driver.name = drv->name;
	drv->driver.bus = &pci_bus_type;
	drv->driver.owner = owner;
	drv->driver.mod_name = mod_name;
	drv->driver.groups = drv->groups;
	drv->driver.dev_groups = drv->dev_groups;
	spin_lock_init(&drv->dynids.lock);
	INIT_LIST_HEAD(&drv->dynids.list);
	return driver_register(&drv->driver);
}
EXPORT_SYMBOL(__pci_register_driver);

void pci_unregister_driver(struct pci_driver *drv)
{
	driver_unregister(&drv->driver);
}
EXPORT_SYMBOL(pci_unregister_driver);

/*
 * The searches of drivers/pci/search.c: kshim's machine has no PCI device,
 * so every search ends at once. @from is always NULL then (a search goes
 * on from the device the last one found); its reference would be dropped.
 */
struct pci_dev *pci_get_device(unsigned int vendor, unsigned int device,
			       struct pci_dev *from)
{
	pci_dev_put(from);
	return NULL;
}
EXPORT_SYMBOL(pci_get_device);

struct pci_dev *pci_get_subsys(unsigned int vendor, unsigned int device,
			       unsigned int ss_vendor, unsigned int ss_device,
			       struct pci_dev *from)
{
	pci_dev_put(from);
	return NULL;
}
EXPORT_SYMBOL(pci_get_subsys);

struct pci_dev *pci_get_class(unsigned int class, struct pci_dev *from)
{
	pci_dev_put(from);
	return NULL;
}
EXPORT_SYMBOL(pci_get_class);

/* Only ever given NULL here: no PCI device was ever handed out. */
void pci_dev_put(struct pci_dev *dev)
{
	if (dev)
		put_device(&dev->dev);
}
EXPORT_SYMBOL(pci_dev_put);
