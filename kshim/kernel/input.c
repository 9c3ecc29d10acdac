// SPDX-License-Identifier: GPL-2.0-only
/*
 * The input core, after 6.1's drivers/input/input.c: allocation (plain and
 * managed), registration, the disposition of each event (what reaches the
 * handlers, what reaches the device's event()), packets flushed at
 * SYN_REPORT, and the release of pressed keys at unregistration. One
 * evdev-like reader is always attached: it logs every packet delivered.
 */
#include <linux/input.h>
#include <linux/device.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/bitops.h>
#include <linux/timekeeping.h>
#include <kshim/classapi.h>
#include <kshim/drivers.h>

#define INPUT_IGNORE_EVENT	0
#define INPUT_PASS_TO_HANDLERS	1
#define INPUT_PASS_TO_DEVICE	2
#define INPUT_FLUSH		8
#define INPUT_PASS_TO_ALL	(INPUT_PASS_TO_HANDLERS | INPUT_PASS_TO_DEVICE)

static LIST_HEAD(input_dev_list);
static bool list_ready;
static int input_no = -1;

static void ready(void)
{
	if (!list_ready) {
		INIT_LIST_HEAD(&input_dev_list);
		list_ready = true;
	}
}

void kshim_input_reset(void)
{
	list_ready = false;
	ready();
	input_no = -1;
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

/* The reader: a packet delivered is logged, event by event. */
static void input_pass_values(struct input_dev *dev, unsigned int count)
{
	unsigned int i;

	for (i = 0; i < count; i++)
		dev->kshim_log[dev->kshim_nlog++ % KSHIM_INPUT_LOG] = dev->kshim_vals[i];
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
	if (!dev->max_vals)
		return;		/* not registered: no handler to pass it to */
	if (disposition & INPUT_PASS_TO_HANDLERS) {
		v = &dev->kshim_vals[dev->num_vals++];
		v->type = type;
		v->code = code;
		v->value = value;
	}
	if (disposition & INPUT_FLUSH) {
		if (dev->num_vals >= 2)
			input_pass_values(dev, dev->num_vals);
		dev->num_vals = 0;
		dev->timestamp[INPUT_CLK_MONO] = 0;
	} else if (dev->num_vals >= dev->max_vals - 2) {
		/* A full packet: the core ends it itself. */
		v = &dev->kshim_vals[dev->num_vals++];
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

void input_set_timestamp(struct input_dev *dev, ktime_t timestamp)
{
	dev->timestamp[INPUT_CLK_MONO] = timestamp;
	dev->timestamp[INPUT_CLK_REAL] = timestamp;
	dev->timestamp[INPUT_CLK_BOOT] = timestamp;
}

ktime_t *input_get_timestamp(struct input_dev *dev)
{
	if (!dev->timestamp[INPUT_CLK_MONO])
		input_set_timestamp(dev, ktime_get());
	return dev->timestamp;
}

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

void input_alloc_absinfo(struct input_dev *dev)
{
	if (dev->absinfo)
		return;
	dev->absinfo = kcalloc(ABS_CNT, sizeof(*dev->absinfo), GFP_KERNEL);
	if (!dev->absinfo) {
		dev_err(dev->dev.parent ?: &dev->dev,
			"%s: unable to allocate memory\n", __func__);
		/* We will handle this allocation failure in input_register_device */
	}
}

void input_set_abs_params(struct input_dev *dev, unsigned int axis,
			  int min, int max, int fuzz, int flat)
{
	struct input_absinfo *absinfo;

	__set_bit(EV_ABS, dev->evbit);
	__set_bit(axis, dev->absbit);
	input_alloc_absinfo(dev);
	if (!dev->absinfo)
		return;
	absinfo = &dev->absinfo[axis];
	absinfo->minimum = min;
	absinfo->maximum = max;
	absinfo->fuzz = fuzz;
	absinfo->flat = flat;
}

void input_set_capability(struct input_dev *dev, unsigned int type,
			  unsigned int code)
{
	if (type < EV_CNT && input_max_code[type] && code > input_max_code[type]) {
		pr_err("%s: invalid code %u for type %u\n", __func__, code, type);
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
		input_alloc_absinfo(dev);
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

/* ---- Allocation and registration ---- */

static void input_dev_release(struct device *device)
{
	struct input_dev *dev = to_input_dev(device);

	kfree(dev->absinfo);
	kfree(dev);
}

static const struct device_type input_dev_type = {
	.name		= "input_dev",
	.release	= input_dev_release,
};

struct input_dev *kshim_input_allocate_device(const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	struct input_dev *dev;

	dev = kshim_alloc(sizeof(*dev), __kshim_gfp(GFP_KERNEL | __GFP_ZERO),
			  site, "kzalloc");
	if (!dev)
		return NULL;
	dev->dev.type = &input_dev_type;
	device_initialize(&dev->dev);
	INIT_LIST_HEAD(&dev->node);
	ready();
	(void)dev_set_name(&dev->dev, "input%lu", (unsigned long)++input_no);
	return dev;
}

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

struct input_dev *kshim_devm_input_allocate_device(struct device *dev,
						   const struct kshim_site *site)
{
	KSHIM_CALLER(site);
	struct input_devres *devres;
	struct input_dev *input;

	devres = kshim_devres_alloc(devm_input_device_release, sizeof(*devres),
				    GFP_KERNEL, "devm_input_device_release", site);
	if (!devres)
		return NULL;
	input = kshim_input_allocate_device(site);
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

void input_free_device(struct input_dev *dev)
{
	if (!dev)
		return;
	if (dev->devres_managed)
		WARN_ON(devres_destroy(dev->dev.parent, devm_input_device_release,
				       devm_input_device_match, dev));
	input_put_device(dev);
}

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
		snprintf(buf, len, "/devices/virtual/input/%s", dev_name(&dev->dev));
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
	struct input_devres *devres = NULL;
	unsigned int packet_size;
	char path[160];
	int error;

	if (test_bit(EV_ABS, dev->evbit) && !dev->absinfo) {
		dev_err(&dev->dev,
			"Absolute device without dev->absinfo, refusing to register\n");
		return -EINVAL;
	}
	if (dev->devres_managed) {
		devres = devres_alloc(devm_input_device_unregister,
				      sizeof(*devres), GFP_KERNEL);
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
			      KSHIM_INPUT_MAX_VALS);
	dev->num_vals = 0;

	/* Software autorepeat's defaults (no timer runs here). */
	if (test_bit(EV_REP, dev->evbit) && !dev->rep[REP_DELAY] &&
	    !dev->rep[REP_PERIOD]) {
		dev->rep[REP_DELAY] = 250;
		dev->rep[REP_PERIOD] = 33;
	}

	error = device_add(&dev->dev);
	if (error)
		goto err_free_vals;

	input_path(dev, path, sizeof(path));
	pr_info("input: %s as %s\n",
		dev->name ? dev->name : "Unspecified device", path);

	ready();
	list_add_tail(&dev->node, &input_dev_list);
	dev->kshim_registered = true;
	dev->kshim_module = kshim_current_module();

	if (dev->devres_managed) {
		dev_dbg(dev->dev.parent, "%s: registering %s with devres.\n",
			__func__, dev_name(&dev->dev));
		devres_add(dev->dev.parent, devres);
	}
	return 0;

err_free_vals:
	dev->max_vals = 0;
	devres_free(devres);
	return error;
}

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
	/* input_disconnect_device(): no new opens, keys up, handles closed */
	dev->going_away = true;
	release_keys(dev);
	if (dev->users) {
		dev->users = 0;
		if (dev->close)
			dev->close(dev);
	}
	list_del_init(&dev->node);
	dev->kshim_registered = false;
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

/* ---- The harness: an evdev client ---- */

static struct input_dev *find(const char *name)
{
	struct input_dev *dev;

	ready();
	list_for_each_entry(dev, &input_dev_list, node)
		if (!strcmp(dev_name(&dev->dev), name))
			return dev;
	list_for_each_entry(dev, &input_dev_list, node)
		if (dev->name && !strcmp(dev->name, name))
			return dev;
	return NULL;
}

const char *__kshim_input_module(const char *name)
{
	struct input_dev *dev = find(name);

	return dev ? dev->kshim_module : NULL;
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
		if (dev->users++ == 0 && dev->open) {
			ret = dev->open(dev);
			if (ret)
				dev->users--;
		}
		return ret;
	}
	if (!dev->users)
		return -EINVAL;
	if (!--dev->users && dev->close)
		dev->close(dev);
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
	unsigned int first, i, n;

	if (!dev)
		return 0;
	n = min_t(unsigned int, dev->kshim_nlog, KSHIM_INPUT_LOG);
	first = dev->kshim_nlog - n;
	for (i = 0; i < n && i < max; i++) {
		struct input_value *v = &dev->kshim_log[(first + i) % KSHIM_INPUT_LOG];

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
		dev->kshim_nlog = 0;
}

int kshim_input_key_state(const char *name, unsigned int type, unsigned int code)
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
