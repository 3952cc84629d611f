// board/machine_pin.c — machine.Pin (ESP32 semantics over board/gpio.c),
// its IRQ objects, machine.Signal, and mem8/mem16/mem32.
// Pin and IRQ objects are ROM (one per GPIO, so Pin(2) is Pin(2)); IRQ
// handlers live in the machine root (machine.h). A pin edge reaches
// pin_irq_hook from gpio_poll; the handler is queued with the Pin as its
// argument and runs at the check point.
// mem8/16/32 address an emulated register space: the GPIO block at
// 0x3FF44000 (GPIO_OUT, _W1TS, _W1TC, OUT1..., ENABLE..., IN, IN1) maps onto
// the pins; every other address reads 0 and ignores writes.
#include "core/runtime.h"
#include "core/types.h"
#include "core/gc.h"
#include "board/machine.h"

typedef struct {
    obj_base_t base;
    uint8_t id;
} pin_obj_t;

static const type_t machine_pin_irq_type;

#define P4(n) {{&machine_pin_type}, n}, {{&machine_pin_type}, n + 1}, \
              {{&machine_pin_type}, n + 2}, {{&machine_pin_type}, n + 3}
static const pin_obj_t pins[GPIO_COUNT] = {
    P4(0), P4(4), P4(8), P4(12), P4(16), P4(20), P4(24), P4(28), P4(32), P4(36),
};
#undef P4
#define I4(n) {{&machine_pin_irq_type}, n}, {{&machine_pin_irq_type}, n + 1}, \
              {{&machine_pin_irq_type}, n + 2}, {{&machine_pin_irq_type}, n + 3}
static const pin_obj_t irqs[GPIO_COUNT] = {
    I4(0), I4(4), I4(8), I4(12), I4(16), I4(20), I4(24), I4(28), I4(32), I4(36),
};
#undef I4

static uint8_t irq_flags[GPIO_COUNT];   // the edges of the last IRQ (irq.flags())
int machine_pin_ext0 = -1, machine_pin_ext0_level;

#define WAKE_LOW 4    // Pin.WAKE_LOW  (GPIO_INTR_LOW_LEVEL)
#define WAKE_HIGH 5   // Pin.WAKE_HIGH (GPIO_INTR_HIGH_LEVEL)
#define MACHINE_SLEEP 2
#define MACHINE_DEEPSLEEP 4

obj_t machine_pin_obj(int pin) {
    return OBJ_FROM_PTR(&pins[pin]);
}

int machine_pin_id(obj_t o) {
    if (obj_is_type_exact(o, &machine_pin_type)) {
        return ((pin_obj_t *)OBJ_TO_PTR(o))->id;
    }
    intptr_t id = rt_get_int(o);
    if (id < 0 || id >= GPIO_COUNT || !gpio_is_valid((int)id)) {
        rt_raise_ValueError("invalid pin");
    }
    return (int)id;
}

static int self_id(obj_t self) {
    return ((pin_obj_t *)OBJ_TO_PTR(self))->id;
}

static void pin_irq_hook(int pin, int flags) {
    irq_flags[pin] = (uint8_t)flags;
    obj_t handler = machine_root()->pin_handler[pin];
    if (handler != OBJ_NULL) {
        machine_schedule(handler, machine_pin_obj(pin));
        machine_dispatch();
    }
}

void machine_pin_soft_reset(void) {
    for (int i = 0; i < GPIO_COUNT; i++) {
        irq_flags[i] = 0;
    }
    machine_pin_ext0 = -1;
    gpio_irq_hook = pin_irq_hook;
}

// ---------------------------------------------------------------- Pin
static void pin_print(const printer_t *p, obj_t self, print_kind_t kind) {
    print_fmt(p, "Pin(%d)", self_id(self));
}

// init(mode=None, pull=-1, *, value, drive, hold): mode None/-1 and pull -1
// leave the setting alone; pull None removes the pull resistor.
static void pin_init_helper(int id, size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_mode, 0, OBJ_NONE},
        {N_pull, 0, OBJ_SMALL_INT(-1)},
        {N_value, ARG_KW_ONLY, OBJ_NULL},
        {N_drive, ARG_KW_ONLY, OBJ_NULL},
        {N_hold, ARG_KW_ONLY, OBJ_NULL},
    };
    obj_t v[5];
    rt_parse_args(n_args, n_kw, args, 5, spec, v);
    int mode = -1;
    if (v[0] != OBJ_NONE) {
        intptr_t m = rt_get_int(v[0]);
        switch (m) {
            case -1: break;
            case 0: case 1: mode = GPIO_MODE_IN; break;
            case 2: case 3: mode = GPIO_MODE_OUT; break;
            case 6: case 7: mode = GPIO_MODE_OPEN_DRAIN; break;
            default: rt_raise_ValueError("invalid pin mode");
        }
        if (mode != -1 && mode != GPIO_MODE_IN && gpio_is_input_only(id)) {
            rt_raise_ValueError("pin can only be input");
        }
    }
    int pull = -2;
    if (v[1] == OBJ_NONE) {
        pull = GPIO_PULL_NONE;
    } else if (rt_get_int(v[1]) != -1) {
        pull = (int)(rt_get_int(v[1]) & (GPIO_PULL_UP | GPIO_PULL_DOWN));
    }
    if (v[3] != OBJ_NULL && v[3] != OBJ_NONE) {
        intptr_t d = rt_get_int(v[3]);
        if (d < 0 || d > 3) {
            rt_raise_ValueError("bad drive strength");
        }
    }
    // As on the chip: the level first, then the direction and the pull.
    if (v[2] != OBJ_NULL) {
        gpio_set_latch(id, rt_is_true(v[2]));
    }
    if (pull != -2) {
        gpio_set_pull(id, pull);
    }
    if (mode != -1) {
        gpio_set_mode(id, mode);
    }
}

static obj_t pin_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 1, 6, n_kw, true);
    int id = machine_pin_id(args[0]);
    if (n_args > 1 || n_kw > 0) {
        pin_init_helper(id, n_args - 1, n_kw, args + 1);
    }
    return machine_pin_obj(id);
}

static obj_t pin_init(size_t n_args, size_t n_kw, const obj_t *args) {
    pin_init_helper(self_id(args[0]), n_args - 1, n_kw, args + 1);
    return OBJ_NONE;
}
static FUN_OBJ_KW(pin_init_obj, 1, pin_init);

static obj_t pin_value_common(int id, size_t n_args, const obj_t *args) {
    if (n_args == 0) {
        return obj_new_small_int(gpio_level(id));
    }
    gpio_set_latch(id, rt_is_true(args[0]));
    return OBJ_NONE;
}

static obj_t pin_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 0, 1, n_kw, false);
    return pin_value_common(self_id(self), n_args, args);
}

static obj_t pin_value(size_t n_args, const obj_t *args) {
    return pin_value_common(self_id(args[0]), n_args - 1, args + 1);
}
static FUN_OBJ_VAR(pin_value_obj, 1, 2, pin_value);

static obj_t pin_on(obj_t self) {
    gpio_set_latch(self_id(self), 1);
    return OBJ_NONE;
}
static FUN_OBJ_1(pin_on_obj, pin_on);

static obj_t pin_off(obj_t self) {
    gpio_set_latch(self_id(self), 0);
    return OBJ_NONE;
}
static FUN_OBJ_1(pin_off_obj, pin_off);

static obj_t pin_toggle(obj_t self) {
    int id = self_id(self);
    gpio_set_latch(id, !gpio_latch(id));
    return OBJ_NONE;
}
static FUN_OBJ_1(pin_toggle_obj, pin_toggle);

// irq(handler=None, trigger=IRQ_FALLING|IRQ_RISING, wake=None, hard=False)
static obj_t pin_irq(size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_handler, 0, OBJ_NONE},
        {N_trigger, 0, OBJ_SMALL_INT(GPIO_IRQ_RISING | GPIO_IRQ_FALLING)},
        {N_wake, 0, OBJ_NONE},
        {N_hard, 0, OBJ_FALSE},
    };
    int id = self_id(args[0]);
    if (n_args > 1 || n_kw > 0) {
        obj_t v[4];
        rt_parse_args(n_args - 1, n_kw, args + 1, 4, spec, v);
        obj_t handler = v[0];
        intptr_t trigger = rt_get_int(v[1]);
        if (v[2] != OBJ_NONE) {
            intptr_t wake = rt_get_int(v[2]);
            if (trigger != WAKE_LOW && trigger != WAKE_HIGH) {
                rt_raise_ValueError("bad wake value");
            }
            if (wake & MACHINE_DEEPSLEEP) {
                // EXT0: an RTC GPIO
                static const uint64_t rtc_pins = 0xff0e00f015ULL;
                if (!((rtc_pins >> id) & 1)) {
                    rt_raise_ValueError("invalid pin for wake");
                }
                machine_pin_ext0 = id;
                machine_pin_ext0_level = trigger == WAKE_HIGH;
            }
            trigger = 0;   // a wake source, not an edge IRQ
        }
        if (handler == OBJ_NONE) {
            handler = OBJ_NULL;
            trigger = 0;
        } else if (!rt_is_callable(handler)) {
            rt_raise_TypeError("handler must be None or callable");
        }
        machine_root()->pin_handler[id] = handler;
        gpio_set_irq(id, (int)(trigger & (GPIO_IRQ_RISING | GPIO_IRQ_FALLING)));
    }
    return OBJ_FROM_PTR(&irqs[id]);
}
static FUN_OBJ_KW(pin_irq_obj, 1, pin_irq);

static const map_elem_t pin_locals_table[] = {
    MAP_ENTRY(N_init, &pin_init_obj),
    MAP_ENTRY(N_value, &pin_value_obj),
    MAP_ENTRY(N_on, &pin_on_obj),
    MAP_ENTRY(N_off, &pin_off_obj),
    MAP_ENTRY(N_toggle, &pin_toggle_obj),
    MAP_ENTRY(N_irq, &pin_irq_obj),
    {OBJ_NAME(N_IN), OBJ_SMALL_INT(GPIO_MODE_IN)},
    {OBJ_NAME(N_OUT), OBJ_SMALL_INT(GPIO_MODE_OUT)},
    {OBJ_NAME(N_OPEN_DRAIN), OBJ_SMALL_INT(GPIO_MODE_OPEN_DRAIN)},
    {OBJ_NAME(N_PULL_UP), OBJ_SMALL_INT(GPIO_PULL_UP)},
    {OBJ_NAME(N_PULL_DOWN), OBJ_SMALL_INT(GPIO_PULL_DOWN)},
    {OBJ_NAME(N_IRQ_RISING), OBJ_SMALL_INT(GPIO_IRQ_RISING)},
    {OBJ_NAME(N_IRQ_FALLING), OBJ_SMALL_INT(GPIO_IRQ_FALLING)},
    {OBJ_NAME(N_WAKE_LOW), OBJ_SMALL_INT(WAKE_LOW)},
    {OBJ_NAME(N_WAKE_HIGH), OBJ_SMALL_INT(WAKE_HIGH)},
    {OBJ_NAME(N_DRIVE_0), OBJ_SMALL_INT(0)},
    {OBJ_NAME(N_DRIVE_1), OBJ_SMALL_INT(1)},
    {OBJ_NAME(N_DRIVE_2), OBJ_SMALL_INT(2)},
    {OBJ_NAME(N_DRIVE_3), OBJ_SMALL_INT(3)},
};
static MAP_ROM(pin_locals, pin_locals_table);

const type_t machine_pin_type = {
    {&type_type},
    .name = N_Pin,
    .flags = TYPE_FLAG_EQ_IS_ID,
    .make_new = pin_make_new,
    .print = pin_print,
    .call = pin_call,
    .locals = &pin_locals,
};

// ---------------------------------------------------------------- IRQ
static void irq_print(const printer_t *p, obj_t self, print_kind_t kind) {
    print_str(p, "<IRQ>");
}

// Calling the IRQ object runs the handler as an edge would.
static obj_t irq_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 0, 0, n_kw, false);
    int id = self_id(self);
    obj_t handler = machine_root()->pin_handler[id];
    if (handler != OBJ_NULL) {
        machine_schedule(handler, machine_pin_obj(id));
        machine_dispatch();
    }
    return OBJ_NONE;
}

static obj_t irq_trigger(size_t n_args, const obj_t *args) {
    int id = self_id(args[0]);
    int old = gpio_irq_trigger(id);
    if (n_args > 1) {
        gpio_set_irq(id, (int)(rt_get_int(args[1]) & (GPIO_IRQ_RISING | GPIO_IRQ_FALLING)));
    }
    return obj_new_small_int(old);
}
static FUN_OBJ_VAR(irq_trigger_obj, 1, 2, irq_trigger);

static obj_t irq_flags_fn(obj_t self) {
    return obj_new_small_int(irq_flags[self_id(self)]);
}
static FUN_OBJ_1(irq_flags_obj, irq_flags_fn);

static const map_elem_t irq_locals_table[] = {
    MAP_ENTRY(N_trigger, &irq_trigger_obj),
    MAP_ENTRY(N_flags, &irq_flags_obj),
};
static MAP_ROM(irq_locals, irq_locals_table);

static const type_t machine_pin_irq_type = {
    {&type_type},
    .name = N_IRQ,
    .flags = TYPE_FLAG_EQ_IS_ID,
    .print = irq_print,
    .call = irq_call,
    .locals = &irq_locals,
};

// ---------------------------------------------------------------- Signal
// Signal(pin, *, invert=False) or Signal(pin arguments..., invert=False): a
// pin whose logical value may be inverted (active-low LEDs, buttons).
typedef struct {
    obj_base_t base;
    obj_t pin;
    bool invert;
} signal_obj_t;

static obj_t signal_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 1, 6, n_kw, true);
    bool invert = false;
    size_t kept = 0;
    obj_t kw[8];
    for (size_t k = 0; k < n_kw; k++) {
        obj_t key = args[n_args + 2 * k], val = args[n_args + 2 * k + 1];
        if (rt_intern_obj(key) == N_invert) {
            invert = rt_is_true(val);
        } else if (kept < 4) {
            kw[2 * kept] = key;
            kw[2 * kept + 1] = val;
            kept++;
        } else {
            rt_raise_TypeError("too many keyword arguments");
        }
    }
    obj_t pin = args[0];
    if (!obj_is_type_exact(pin, &machine_pin_type) || n_args > 1 || kept > 0) {
        obj_t call[14];
        for (size_t i = 0; i < n_args; i++) {
            call[i] = args[i];
        }
        for (size_t i = 0; i < 2 * kept; i++) {
            call[n_args + i] = kw[i];
        }
        pin = pin_make_new(&machine_pin_type, n_args, kept, call);
    }
    signal_obj_t *s = gc_alloc(sizeof(signal_obj_t));
    s->base.type = &machine_signal_type;
    s->pin = pin;
    s->invert = invert;
    return OBJ_FROM_PTR(s);
}

static obj_t signal_value_common(obj_t self, size_t n_args, const obj_t *args) {
    signal_obj_t *s = OBJ_TO_PTR(self);
    int id = self_id(s->pin);
    if (n_args == 0) {
        return obj_new_small_int(gpio_level(id) ^ s->invert);
    }
    gpio_set_latch(id, rt_is_true(args[0]) ^ s->invert);
    return OBJ_NONE;
}

static obj_t signal_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 0, 1, n_kw, false);
    return signal_value_common(self, n_args, args);
}

static obj_t signal_value(size_t n_args, const obj_t *args) {
    return signal_value_common(args[0], n_args - 1, args + 1);
}
static FUN_OBJ_VAR(signal_value_obj, 1, 2, signal_value);

static obj_t signal_on(obj_t self) {
    obj_t one = obj_new_small_int(1);
    return signal_value_common(self, 1, &one);
}
static FUN_OBJ_1(signal_on_obj, signal_on);

static obj_t signal_off(obj_t self) {
    obj_t zero = obj_new_small_int(0);
    return signal_value_common(self, 1, &zero);
}
static FUN_OBJ_1(signal_off_obj, signal_off);

static const map_elem_t signal_locals_table[] = {
    MAP_ENTRY(N_value, &signal_value_obj),
    MAP_ENTRY(N_on, &signal_on_obj),
    MAP_ENTRY(N_off, &signal_off_obj),
};
static MAP_ROM(signal_locals, signal_locals_table);

const type_t machine_signal_type = {
    {&type_type},
    .name = N_Signal,
    .make_new = signal_make_new,
    .call = signal_call,
    .locals = &signal_locals,
};

// ---------------------------------------------------------------- mem8/16/32
typedef struct {
    obj_base_t base;
} mem_obj_t;

#define GPIO_BASE 0x3FF44000u
enum {
    R_OUT = 0x04, R_OUT_W1TS = 0x08, R_OUT_W1TC = 0x0c,
    R_OUT1 = 0x10, R_OUT1_W1TS = 0x14, R_OUT1_W1TC = 0x18,
    R_ENABLE = 0x20, R_ENABLE_W1TS = 0x24, R_ENABLE_W1TC = 0x28,
    R_ENABLE1 = 0x2c, R_ENABLE1_W1TS = 0x30, R_ENABLE1_W1TC = 0x34,
    R_IN = 0x3c, R_IN1 = 0x40,
};

static uint32_t gather(int first, int n, int (*get)(int)) {
    uint32_t v = 0;
    for (int i = 0; i < n; i++) {
        if (gpio_is_valid(first + i) && get(first + i)) {
            v |= (uint32_t)1 << i;
        }
    }
    return v;
}

static int is_output(int pin) {
    return gpio_mode(pin) != GPIO_MODE_IN;
}

static uint32_t reg_read(uint32_t addr) {
    if (addr - GPIO_BASE >= 0x1000) {
        return 0;
    }
    switch (addr - GPIO_BASE) {
        case R_OUT: return gather(0, 32, gpio_latch);
        case R_OUT1: return gather(32, 8, gpio_latch);
        case R_ENABLE: return gather(0, 32, is_output);
        case R_ENABLE1: return gather(32, 8, is_output);
        case R_IN: return gather(0, 32, gpio_level);
        case R_IN1: return gather(32, 8, gpio_level);
        default: return 0;
    }
}

// Apply a write to pins first..first+n: bits set in `set` go to 1 and bits
// in `clr` to 0 (latch, or output enable).
static void scatter(int first, int n, uint32_t set, uint32_t clr, bool enable) {
    for (int i = 0; i < n; i++) {
        int pin = first + i;
        uint32_t bit = (uint32_t)1 << i;
        if (!gpio_is_valid(pin) || !((set | clr) & bit)) {
            continue;
        }
        if (!enable) {
            gpio_set_latch(pin, (set & bit) != 0);
        } else if (set & bit) {
            if (!gpio_is_input_only(pin) && gpio_mode(pin) == GPIO_MODE_IN) {
                gpio_set_mode(pin, GPIO_MODE_OUT);
            }
        } else if (gpio_mode(pin) != GPIO_MODE_IN) {
            gpio_set_mode(pin, GPIO_MODE_IN);
        }
    }
}

static void reg_write(uint32_t addr, uint32_t v) {
    if (addr - GPIO_BASE >= 0x1000) {
        return;
    }
    switch (addr - GPIO_BASE) {
        case R_OUT: scatter(0, 32, v, ~v, false); break;
        case R_OUT_W1TS: scatter(0, 32, v, 0, false); break;
        case R_OUT_W1TC: scatter(0, 32, 0, v, false); break;
        case R_OUT1: scatter(32, 8, v, ~v, false); break;
        case R_OUT1_W1TS: scatter(32, 8, v, 0, false); break;
        case R_OUT1_W1TC: scatter(32, 8, 0, v, false); break;
        case R_ENABLE: scatter(0, 32, v, ~v, true); break;
        case R_ENABLE_W1TS: scatter(0, 32, v, 0, true); break;
        case R_ENABLE_W1TC: scatter(0, 32, 0, v, true); break;
        case R_ENABLE1: scatter(32, 8, v, ~v, true); break;
        case R_ENABLE1_W1TS: scatter(32, 8, v, 0, true); break;
        case R_ENABLE1_W1TC: scatter(32, 8, 0, v, true); break;
        default: break;
    }
}

static int mem_width(obj_t self) {
    const obj_base_t *b = OBJ_TO_PTR(self);
    return b == &machine_mem8_obj ? 1 : b == &machine_mem16_obj ? 2 : 4;
}

static void mem_print(const printer_t *p, obj_t self, print_kind_t kind) {
    print_fmt(p, "<%d-bit memory>", 8 * mem_width(self));
}

static obj_t mem_subscr(obj_t self, obj_t index, obj_t value) {
    if (value == OBJ_NULL) {
        return OBJ_NULL;   // del mem32[...]: unsupported
    }
    int w = mem_width(self);
    long long a;
    if (!int_to_ll(index, &a)) {
        rt_raise_OverflowError("overflow converting long int to machine word");
    }
    uint32_t addr = (uint32_t)a;
    if (addr & (uint32_t)(w - 1)) {
        rt_raise_fmt(&type_ValueError, "address %08x is not aligned to %d bytes", addr, w);
    }
    uint32_t word = addr & ~3u;
    unsigned shift = (addr & 3u) * 8;
    uint32_t mask = w == 4 ? 0xffffffffu : (((uint32_t)1 << (8 * w)) - 1) << shift;
    if (value == OBJ_SENTINEL) {
        uint32_t v = (reg_read(word) & mask) >> shift;
        return int_from_ull(v);
    }
    long long nv;
    if (!int_to_ll(value, &nv)) {
        nv = (long long)rt_get_int(value);
    }
    uint32_t old = reg_read(word);
    reg_write(word, (old & ~mask) | (((uint32_t)nv << shift) & mask));
    return OBJ_NONE;
}

const type_t machine_mem_type = {
    {&type_type},
    .name = N_mem,
    .print = mem_print,
    .subscr = mem_subscr,
};

const obj_base_t machine_mem8_obj = {&machine_mem_type};
const obj_base_t machine_mem16_obj = {&machine_mem_type};
const obj_base_t machine_mem32_obj = {&machine_mem_type};
