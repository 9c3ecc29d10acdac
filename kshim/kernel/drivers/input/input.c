// SPDX-License-Identifier: GPL-2.0-only
/*
 * The input core (drivers/input/input.c) for modules built against the
 * kernel's own headers: allocation (plain and managed), registration, the
 * disposition of each event (what reaches the handlers, what reaches the
 * device's event()), packets flushed at SYN_REPORT, and the release of
 * pressed keys at unregistration. As kshim's old core (kernel/input.c),
 * one evdev-like reader is always attached and keeps every packet
 * delivered, for the harness; its records and the device's packet buffer
 * are kshim's host memory, never a driver's fallible call.
 */
#include <linux/bitops.h>
#include <linux/device.h>
#include <linux/input.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/timekeeping.h>
#include "../base/base.h"
#include "input-core.h"

#define INPUT_IGNORE_EVENT	0
#define INPUT_PASS_TO_HANDLERS	1
#define INPUT_PASS_TO_DEVICE	2
#define INPUT_FLUSH		8
#define INPUT_PASS_TO_ALL	(INPUT_PASS_TO_HANDLERS | INPUT_PASS_TO_DEVICE)

/* The largest packet kshim's reader takes, and how many values it keeps. */
#define INPUT_MAX_VALS		64
#define INPUT_LOG		256

/* The always-attached reader of one registered device. */
struct input_reader {
	struct list_head node;
	struct input_dev *dev;
	const char *module;
	struct input_value log[INPUT_LOG];
	unsigned int nlog;
};

static LIST_HEAD(readers);
static atomic_t input_no = ATOMIC_INIT(-1);

static struct input_reader *reader_of(struct input_dev *dev)
{
	struct input_reader *r;

	list_for_each_entry(r, &readers, node)
		if (r->dev == dev)
			return r;
	return NULL;
}

void kshim_input_reset(void)
{
	struct input_reader *r, *n;

	list_for_each_entry_safe(r, n, &readers, node)
		kshim_host_free(r);
	INIT_LIST_HEAD(&readers);
	atomic_set(&input_no, -1);
}

static inline int is_event_supported(unsigned int code,
				     unsigned long *bm, unsigned int max)
{
	return code <= max && test_bit(code, bm);
}

static int input_defuzz_abs_event(int value, int old_val, int fuzz)
{
	if (fuzz) {
		if (value > old_val - fuzz / 2 && value < old_val + fuzz / 2)
			return old_val;
		if (value > old_val - fuzz && value < old_val + fuzz)
			return (old_val * 3 + value) / 4;
		if (value > old_val - fuzz * 2 && value < old_val + fuzz * 2)
			return (old_val + value) / 2;
	}
	return value;
}

static int input_handle_abs_event(struct input_dev *dev, unsigned int code,
				  int *pval)
{
	struct input_absinfo *abs;

	if (!dev->absinfo)
		return INPUT_PASS_TO_HANDLERS;
	abs = &dev->absinfo[code];
	*pval = input_defuzz_abs_event(*pval, abs->value, abs->fuzz);
	if (abs->value == *pval)
		return INPUT_IGNORE_EVENT;
	abs->value = *pval;
	return INPUT_PASS_TO_HANDLERS;
}

/* What becomes of an event, and the device's state it changes. */
static int input_get_disposition(struct input_dev *dev, unsigned int type,
				 unsigned int code, int *pval)
{
	int disposition = INPUT_IGNORE_EVENT;
	int value = *pval;

	switch (type) {
	case EV_SYN:
		switch (code) {
		case SYN_CONFIG:
			disposition = INPUT_PASS_TO_ALL;
			break;
		case SYN_REPORT:
			disposition = INPUT_PASS_TO_HANDLERS | INPUT_FLUSH;
			break;
		case SYN_MT_REPORT:
			disposition = INPUT_PASS_TO_HANDLERS;
			break;
		}
		break;
	case EV_KEY:
		if (is_event_supported(code, dev->keybit, KEY_MAX)) {
			/* auto-repeat bypasses state updates */
			if (value == 2) {
				disposition = INPUT_PASS_TO_HANDLERS;
				break;
			}
			if (!!test_bit(code, dev->key) != !!value) {
				__change_bit(code, dev->key);
				disposition = INPUT_PASS_TO_HANDLERS;
			}
		}
		break;
	case EV_SW:
		if (is_event_supported(code, dev->swbit, SW_MAX) &&
		    !!test_bit(code, dev->sw) != !!value) {
			__change_bit(code, dev->sw);
			disposition = INPUT_PASS_TO_HANDLERS;
		}
		break;
	case EV_ABS:
		if (is_event_supported(code, dev->absbit, ABS_MAX))
			disposition = input_handle_abs_event(dev, code, &value);
		break;
	case EV_REL:
		if (is_event_supported(code, dev->relbit, REL_MAX) && value)
			disposition = INPUT_PASS_TO_HANDLERS;
		break;
	case EV_MSC:
		if (is_event_supported(code, dev->mscbit, MSC_MAX))
			disposition = INPUT_PASS_TO_ALL;
		break;
	case EV_LED:
		if (is_event_supported(code, dev->ledbit, LED_MAX) &&
		    !!test_bit(code, dev->led) != !!value) {
			__change_bit(code, dev->led);
			disposition = INPUT_PASS_TO_ALL;
		}
		break;
	case EV_SND:
		if (is_event_supported(code, dev->sndbit, SND_MAX)) {
			if (!!test_bit(code, dev->snd) != !!value)
				__change_bit(code, dev->snd);
			disposition = INPUT_PASS_TO_ALL;
		}
		break;
	case EV_REP:
		if (code <= REP_MAX && value >= 0 && dev->rep[code] != value) {
			dev->rep[code] = value;
			disposition = INPUT_PASS_TO_ALL;
		}
		break;
	case EV_FF:
		if (value >= 0)
			disposition = INPUT_PASS_TO_ALL;
		break;
	case EV_PWR:
		disposition = INPUT_PASS_TO_ALL;
		break;
	}
	*pval = value;
	return disposition;
}

/* The reader: a packet delivered is kept, event by event. */
static void input_pass_values(struct input_dev *dev, unsigned int count)
{
	struct input_reader *r = reader_of(dev);
	unsigned int i;

	for (i = 0; r && i < count; i++)
		r->log[r->nlog++ % INPUT_LOG] = dev->vals[i];
}

static void input_handle_event(struct input_dev *dev, unsigned int type,
			       unsigned int code, int value)
{
	int disposition = input_get_disposition(dev, type, code, &value);
	struct input_value *v;

	if (disposition == INPUT_IGNORE_EVENT)
		return;
	if ((disposition & INPUT_PASS_TO_DEVICE) && dev->event)
		dev->event(dev, type, code, value);
	if (!dev->vals)
		return;		/* not registered: no handler to pass it to */
	if (disposition & INPUT_PASS_TO_HANDLERS) {
		v = &dev->vals[dev->num_vals++];
		v->type = type;
		v->code = code;
		v->value = value;
	}
	if (disposition & INPUT_FLUSH) {
		if (dev->num_vals >= 2)
			input_pass_values(dev, dev->num_vals);
		dev->num_vals = 0;
		dev->timestamp[INPUT_CLK_MONO] = ktime_set(0, 0);
	} else if (dev->num_vals >= dev->max_vals - 2) {
		/* A full packet: the core ends it itself. */
		v = &dev->vals[dev->num_vals++];
		v->type = EV_SYN;
		v->code = SYN_REPORT;
		v->value = 1;
		input_pass_values(dev, dev->num_vals);
		dev->num_vals = 0;
	}
}

void input_event(struct input_dev *dev, unsigned int type, unsigned int code,
		 int value)
{
	if (is_event_supported(type, dev->evbit, EV_MAX))
		input_handle_event(dev, type, code, value);
}
EXPORT_SYMBOL(input_event);

void input_inject_event(struct input_handle *handle, unsigned int type,
			unsigned int code, int value)
{
	input_event(handle->dev, type, code, value);
}
EXPORT_SYMBOL(input_inject_event);

void input_set_timestamp(struct input_dev *dev, ktime_t timestamp)
{
	dev->timestamp[INPUT_CLK_MONO] = timestamp;
	dev->timestamp[INPUT_CLK_REAL] = timestamp;
	dev->timestamp[INPUT_CLK_BOOT] = timestamp;
}
EXPORT_SYMBOL(input_set_timestamp);

ktime_t *input_get_timestamp(struct input_dev *dev)
{
	if (!ktime_to_ns(dev->timestamp[INPUT_CLK_MONO]))
		input_set_timestamp(dev, ktime_get());
	return dev->timestamp;
}
EXPORT_SYMBOL(input_get_timestamp);

/* ---- Capabilities ---- */

static const unsigned int input_max_code[EV_CNT] = {
	[EV_KEY] = KEY_MAX,
	[EV_REL] = REL_MAX,
	[EV_ABS] = ABS_MAX,
	[EV_MSC] = MSC_MAX,
	[EV_SW] = SW_MAX,
	[EV_LED] = LED_MAX,
	[EV_SND] = SND_MAX,
	[EV_FF] = FF_MAX,
};

static void input_alloc_absinfo_at(struct input_dev *dev,
				   const struct kshim_site *site)
{
	if (dev->absinfo)
		return;
	dev->absinfo = kshim_alloc(ABS_CNT * sizeof(*dev->absinfo),
				   (__force unsigned int)(GFP_KERNEL | __GFP_ZERO),
				   site, "kcalloc");
	if (!dev->absinfo) {
		dev_err(dev->dev.parent ?: &dev->dev,
			"%s: unable to allocate memory\n", "input_alloc_absinfo");
		/* We will handle this allocation failure in input_register_device */
	}
}

void input_alloc_absinfo(struct input_dev *dev)
{
	input_alloc_absinfo_at(dev, KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(input_alloc_absinfo);

void input_set_abs_params(struct input_dev *dev, unsigned int axis,
			  int min, int max, int fuzz, int flat)
{
	struct input_absinfo *absinfo;

	__set_bit(EV_ABS, dev->evbit);
	__set_bit(axis, dev->absbit);
	input_alloc_absinfo_at(dev, KSHIM_CALLER_SITE);
	if (!dev->absinfo)
		return;
	absinfo = &dev->absinfo[axis];
	absinfo->minimum = min;
	absinfo->maximum = max;
	absinfo->fuzz = fuzz;
	absinfo->flat = flat;
}
EXPORT_SYMBOL(input_set_abs_params);

void input_set_capability(struct input_dev *dev, unsigned int type,
			  unsigned int code)
{
	if (type < EV_CNT && input_max_code[type] &&
	    code > input_max_code[type]) {
		pr_err("%s: invalid code %u for type %u\n", __func__, code,
		       type);
		dump_stack();
		return;
	}
	switch (type) {
	case EV_KEY:
		__set_bit(code, dev->keybit);
		break;
	case EV_REL:
		__set_bit(code, dev->relbit);
		break;
	case EV_ABS:
		input_alloc_absinfo_at(dev, KSHIM_CALLER_SITE);
		__set_bit(code, dev->absbit);
		break;
	case EV_MSC:
		__set_bit(code, dev->mscbit);
		break;
	case EV_SW:
		__set_bit(code, dev->swbit);
		break;
	case EV_LED:
		__set_bit(code, dev->ledbit);
		break;
	case EV_SND:
		__set_bit(code, dev->sndbit);
		break;
	case EV_FF:
		__set_bit(code, dev->ffbit);
		break;
	case EV_PWR:
		/* do nothing */
		break;
	default:
		pr_err("%s: unknown type %u (code %u)\n", __func__, type, code);
		dump_stack();
		return;
	}
	__set_bit(type, dev->evbit);
}
EXPORT_SYMBOL(input_set_capability);

/* ---- Allocation and registration ---- */

static void input_dev_release(struct device *device)
{
	struct input_dev *dev = to_input_dev(device);

	kshim_kfree(dev->poller);
	kshim_kfree(dev->absinfo);
	kshim_host_free(dev->vals);
	kshim_kfree(dev);
}

static const struct device_type input_dev_type = {
	.name		= "input_dev",
	.release	= input_dev_release,
};

/* dev_set_name() at @site: the caller's call, not this file's. */
static int set_name_at(struct device *dev, const struct kshim_site *site,
		       const char *fmt, ...)
{
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = kshim_dev_set_name_at(dev, site, fmt, ap);
	va_end(ap);
	return ret;
}

static struct input_dev *input_allocate_at(const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	struct input_dev *dev;

	dev = kshim_alloc(sizeof(*dev),
			  (__force unsigned int)(GFP_KERNEL | __GFP_ZERO), site,
			  "kzalloc");
	if (!dev)
		return NULL;
	dev->dev.type = &input_dev_type;
	device_initialize(&dev->dev);
	mutex_init(&dev->mutex);
	spin_lock_init(&dev->event_lock);
	INIT_LIST_HEAD(&dev->h_list);
	INIT_LIST_HEAD(&dev->node);
	/* The name is host memory's in 6.1's terms: never failed here. */
	(void)set_name_at(&dev->dev, site, "input%lu",
			   (unsigned long)atomic_inc_return(&input_no));
	return dev;
}

struct input_dev *input_allocate_device(void)
{
	return input_allocate_at(KSHIM_CALLER_SITE);
}
EXPORT_SYMBOL(input_allocate_device);

struct input_devres {
	struct input_dev *input;
};

static int devm_input_device_match(struct device *dev, void *res, void *data)
{
	struct input_devres *devres = res;

	return devres->input == data;
}

static void devm_input_device_release(struct device *dev, void *res)
{
	struct input_devres *devres = res;
	struct input_dev *input = devres->input;

	dev_dbg(dev, "%s: dropping reference to %s\n", __func__,
		dev_name(&input->dev));
	input_put_device(input);
}

struct input_dev *devm_input_allocate_device(struct device *dev)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	KSHIM_CALLER(site);
	struct input_devres *devres;
	struct input_dev *input;

	devres = kshim_dr_alloc(devm_input_device_release, sizeof(*devres),
				GFP_KERNEL | __GFP_ZERO,
				"devm_input_device_release", NULL, site,
				"devres_alloc");
	if (!devres)
		return NULL;
	input = input_allocate_at(site);
	if (!input) {
		devres_free(devres);
		return NULL;
	}
	input->dev.parent = dev;
	input->devres_managed = true;
	devres->input = input;
	devres_add(dev, devres);
	return input;
}
EXPORT_SYMBOL(devm_input_allocate_device);

void input_free_device(struct input_dev *dev)
{
	if (!dev)
		return;
	if (dev->devres_managed)
		WARN_ON(devres_destroy(dev->dev.parent,
				       devm_input_device_release,
				       devm_input_device_match, dev));
	input_put_device(dev);
}
EXPORT_SYMBOL(input_free_device);

/* input_cleanse_bitmasks(): no codes of a type the device lacks. */
static void cleanse(unsigned long *bits, size_t n, struct input_dev *dev,
		    unsigned int type)
{
	if (!test_bit(type, dev->evbit))
		memset(bits, 0, n);
}

/* input_estimate_events_per_packet(), without multitouch slots. */
static unsigned int events_per_packet(struct input_dev *dev)
{
	unsigned int events = 1, i;

	if (test_bit(EV_ABS, dev->evbit))
		for (i = 0; i < ABS_CNT; i++)
			events += test_bit(i, dev->absbit);
	if (test_bit(EV_REL, dev->evbit))
		for (i = 0; i < REL_CNT; i++)
			events += test_bit(i, dev->relbit);
	return events + 7;	/* room for KEY and MSC events */
}

/* The path the kernel prints: the parent's directory, then input/inputN. */
static void input_path(struct input_dev *dev, char *buf, size_t len)
{
	struct device *parent = dev->dev.parent;

	if (!parent)
		snprintf(buf, len, "/devices/virtual/input/%s",
			 dev_name(&dev->dev));
	else if (parent->bus && !strcmp(parent->bus->name, "platform"))
		snprintf(buf, len, "/devices/platform/%s/input/%s",
			 dev_name(parent), dev_name(&dev->dev));
	else
		snprintf(buf, len, "/devices/%s/input/%s", dev_name(parent),
			 dev_name(&dev->dev));
}

static void devm_input_device_unregister(struct device *dev, void *res);
static void __input_unregister_device(struct input_dev *dev);

int input_register_device(struct input_dev *dev)
{
	const struct kshim_site *site = KSHIM_CALLER_SITE;
	KSHIM_CALLER(site);
	struct input_devres *devres = NULL;
	struct input_reader *r;
	unsigned int packet_size;
	char path[160];
	int error;

	if (test_bit(EV_ABS, dev->evbit) && !dev->absinfo) {
		dev_err(&dev->dev,
			"Absolute device without dev->absinfo, refusing to register\n");
		return -EINVAL;
	}
	if (dev->devres_managed) {
		devres = kshim_dr_alloc(devm_input_device_unregister,
					sizeof(*devres), GFP_KERNEL | __GFP_ZERO,
					"devm_input_device_unregister", NULL,
					site, "devres_alloc");
		if (!devres)
			return -ENOMEM;
		devres->input = dev;
	}

	/* Every input device generates EV_SYN/SYN_REPORT events. */
	__set_bit(EV_SYN, dev->evbit);
	/* KEY_RESERVED is not supposed to be transmitted to userspace. */
	__clear_bit(KEY_RESERVED, dev->keybit);
	cleanse(dev->keybit, sizeof(dev->keybit), dev, EV_KEY);
	cleanse(dev->relbit, sizeof(dev->relbit), dev, EV_REL);
	cleanse(dev->absbit, sizeof(dev->absbit), dev, EV_ABS);
	cleanse(dev->mscbit, sizeof(dev->mscbit), dev, EV_MSC);
	cleanse(dev->ledbit, sizeof(dev->ledbit), dev, EV_LED);
	cleanse(dev->sndbit, sizeof(dev->sndbit), dev, EV_SND);
	cleanse(dev->ffbit, sizeof(dev->ffbit), dev, EV_FF);
	cleanse(dev->swbit, sizeof(dev->swbit), dev, EV_SW);

	packet_size = events_per_packet(dev);
	if (dev->hint_events_per_packet < packet_size)
		dev->hint_events_per_packet = packet_size;
	dev->max_vals = min_t(unsigned int, dev->hint_events_per_packet + 2,
			      INPUT_MAX_VALS);
	dev->num_vals = 0;
	kshim_host_free(dev->vals);
	dev->vals = kshim_host_zalloc(dev->max_vals * sizeof(*dev->vals));

	/* Software autorepeat's defaults (no repeat timer runs here). */
	if (test_bit(EV_REP, dev->evbit) && !dev->rep[REP_DELAY] &&
	    !dev->rep[REP_PERIOD]) {
		dev->rep[REP_DELAY] = 250;
		dev->rep[REP_PERIOD] = 33;
	}
	if (dev->poller)
		input_dev_poller_finalize(dev->poller);

	error = device_add(&dev->dev);
	if (error)
		goto err_free_vals;

	input_path(dev, path, sizeof(path));
	pr_info("input: %s as %s\n",
		dev->name ? dev->name : "Unspecified device", path);

	r = kshim_host_zalloc(sizeof(*r));
	r->dev = dev;
	r->module = kshim_current_module();
	list_add_tail(&r->node, &readers);

	if (dev->devres_managed) {
		dev_dbg(dev->dev.parent, "%s: registering %s with devres.\n",
			__func__, dev_name(&dev->dev));
		devres_add(dev->dev.parent, devres);
	}
	return 0;

err_free_vals:
	kshim_host_free(dev->vals);
	dev->vals = NULL;
	dev->max_vals = 0;
	devres_free(devres);
	return error;
}
EXPORT_SYMBOL(input_register_device);

static void devm_input_device_unregister(struct device *dev, void *res)
{
	struct input_devres *devres = res;
	struct input_dev *input = devres->input;

	dev_dbg(dev, "%s: unregistering device %s\n", __func__,
		dev_name(&input->dev));
	__input_unregister_device(input);
}

/* input_dev_release_keys(): a key held down goes up, then a sync. */
static void release_keys(struct input_dev *dev)
{
	bool need_sync = false;
	unsigned int code;

	if (!test_bit(EV_KEY, dev->evbit))
		return;
	for (code = 0; code < KEY_CNT; code++) {
		if (test_bit(code, dev->key)) {
			input_handle_event(dev, EV_KEY, code, 0);
			need_sync = true;
		}
	}
	if (need_sync)
		input_handle_event(dev, EV_SYN, SYN_REPORT, 0);
}

static void __input_unregister_device(struct input_dev *dev)
{
	struct input_reader *r = reader_of(dev);

	/* input_disconnect_device(): no new opens, keys up, handles closed */
	dev->going_away = true;
	release_keys(dev);
	if (dev->users) {
		dev->users = 0;
		if (dev->poller)
			input_dev_poller_stop(dev->poller);
		if (dev->close)
			dev->close(dev);
	}
	list_del_init(&dev->node);
	if (r) {
		list_del(&r->node);
		kshim_host_free(r);
	}
	device_del(&dev->dev);
}

void input_unregister_device(struct input_dev *dev)
{
	if (dev->devres_managed) {
		WARN_ON(devres_destroy(dev->dev.parent,
				       devm_input_device_unregister,
				       devm_input_device_match, dev));
		__input_unregister_device(dev);
		/* the reference goes when the allocation's devres fires */
	} else {
		__input_unregister_device(dev);
		input_put_device(dev);
	}
}
EXPORT_SYMBOL(input_unregister_device);

/* ---- The harness: an evdev client ---- */

static struct input_dev *find(const char *name)
{
	struct input_reader *r;

	list_for_each_entry(r, &readers, node)
		if (!strcmp(dev_name(&r->dev->dev), name))
			return r->dev;
	list_for_each_entry(r, &readers, node)
		if (r->dev->name && !strcmp(r->dev->name, name))
			return r->dev;
	return NULL;
}

const char *__kshim_input_module(const char *name)
{
	struct input_dev *dev = find(name);

	return dev ? reader_of(dev)->module : NULL;
}

const char *kshim_input_dev_name(const char *name)
{
	struct input_dev *dev = find(name);

	return dev ? dev_name(&dev->dev) : NULL;
}

/* input_inject_event(), from evdev's write(); 0 or -ENODEV */
int __kshim_input_event(const char *name, unsigned int type,
			unsigned int code, int value)
{
	struct input_dev *dev = find(name);

	if (!dev)
		return -ENODEV;
	input_event(dev, type, code, value);
	return 0;
}

/* input_open_device() and input_close_device() */
int __kshim_input_open(const char *name, int open)
{
	struct input_dev *dev = find(name);
	int ret = 0;

	if (!dev || dev->going_away)
		return -ENODEV;
	if (open) {
		if (dev->users++ == 0) {
			if (dev->open)
				ret = dev->open(dev);
			if (ret)
				dev->users--;
			else if (dev->poller)
				input_dev_poller_start(dev->poller);
		}
		return ret;
	}
	if (!dev->users)
		return -EINVAL;
	if (!--dev->users) {
		if (dev->poller)
			input_dev_poller_stop(dev->poller);
		if (dev->close)
			dev->close(dev);
	}
	return 0;
}

int kshim_input_users(const char *name)
{
	struct input_dev *dev = find(name);

	return dev ? (int)dev->users : -ENODEV;
}

size_t kshim_input_events(const char *name, struct kshim_input_value *out,
			  size_t max)
{
	struct input_dev *dev = find(name);
	struct input_reader *r = dev ? reader_of(dev) : NULL;
	unsigned int first, i, n;

	if (!r)
		return 0;
	n = min_t(unsigned int, r->nlog, INPUT_LOG);
	first = r->nlog - n;
	for (i = 0; i < n && i < max; i++) {
		struct input_value *v = &r->log[(first + i) % INPUT_LOG];

		out[i].type = v->type;
		out[i].code = v->code;
		out[i].value = v->value;
	}
	return n;
}

void kshim_input_events_clear(const char *name)
{
	struct input_dev *dev = find(name);

	if (dev)
		reader_of(dev)->nlog = 0;
}

int kshim_input_key_state(const char *name, unsigned int type,
			  unsigned int code)
{
	struct input_dev *dev = find(name);

	if (!dev)
		return -ENODEV;
	switch (type) {
	case EV_KEY:
		return code < KEY_CNT && test_bit(code, dev->key);
	case EV_LED:
		return code < LED_CNT && test_bit(code, dev->led);
	case EV_SND:
		return code < SND_CNT && test_bit(code, dev->snd);
	case EV_SW:
		return code < SW_CNT && test_bit(code, dev->sw);
	}
	return -EINVAL;
}
