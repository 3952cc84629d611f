// board/machine_adc.c — machine.ADC, machine.DAC and machine.TouchPad of the
// virtual ESP32, with MicroPython ESP32's pins, constants and messages.
// ADC: ADC1 on GPIO32..39, ADC2 on GPIO0, 2, 4, 12..15, 25..27 (no Wi-Fi
// here, so ADC2 always works). The measured voltage comes from
// analog_input_mv (the host's `adc PIN MV`, else a DAC on the pin, else the
// pin's digital level). The converter model is linear: raw12 =
// round(mv * 4095 / full_scale), clamped to 0..4095, with full scales of
// 1100, 1500, 2200 and 3300 mV at ATTN_0DB, 2_5DB, 6DB and 11DB; read() is
// raw12 cut to the block's width (9..12 bits, per ADC block), read_u16()
// scales it to 16 bits as MicroPython does, read_uv() is the millivolts of
// the raw value (as the eFuse calibration gives them) times 1000.
// Attenuation (per pin, default ATTN_0DB) and width (per block, default 12)
// are C state, reset at every hard boot. ADC, DAC and TouchPad objects are
// ROM, one per pin.
// DAC: GPIO25 (channel 1) and GPIO26 (channel 2); write(0..255) makes the
// pin's analog output value/255 of VDD (analog_output: the trace's real
// variable). TouchPad: T0..T9 on GPIO4, 0, 2, 15, 13, 12, 14, 27, 33, 32;
// read() returns the host's `touch PIN VALUE` (untouched: 1000); config()
// sets the threshold under which a touch wakes a deep sleep
// (esp32.wake_on_touch).
#include "core/runtime.h"
#include "core/types.h"
#include "board/machine.h"
#include "board/analog.h"

typedef struct {
    obj_base_t base;
    uint8_t pin;
} apin_obj_t;

#define A4(t, n) {{&t}, n}, {{&t}, n + 1}, {{&t}, n + 2}, {{&t}, n + 3}
#define A40(t) A4(t, 0), A4(t, 4), A4(t, 8), A4(t, 12), A4(t, 16), A4(t, 20), A4(t, 24), A4(t, 28), \
               A4(t, 32), A4(t, 36)
static const apin_obj_t adc_objs[GPIO_COUNT] = {A40(machine_adc_type)};
static const apin_obj_t dac_objs[GPIO_COUNT] = {A40(machine_dac_type)};
static const apin_obj_t touch_objs[GPIO_COUNT] = {A40(machine_touchpad_type)};
#undef A4
#undef A40

static const uint16_t full_scale_mv[4] = {1100, 1500, 2200, 3300};
static int8_t atten[GPIO_COUNT];      // ATTN_* per pin
static uint8_t width[2] = {12, 12};   // bits per ADC block
static uint16_t touch_threshold[GPIO_COUNT];

void machine_adc_power_on(void) {
    for (int i = 0; i < GPIO_COUNT; i++) {
        atten[i] = 0;
        touch_threshold[i] = 0;
    }
    width[0] = width[1] = 12;
}

static int pin_of(obj_t self) {
    return ((apin_obj_t *)OBJ_TO_PTR(self))->pin;
}

// 1: ADC1, 2: ADC2, 0: no ADC on the pin.
static int adc_unit(int pin) {
    if (pin >= 32 && pin <= 39) {
        return 1;
    }
    switch (pin) {
        case 0: case 2: case 4: case 12: case 13: case 14: case 15: case 25: case 26: case 27:
            return 2;
        default:
            return 0;
    }
}

static int touch_channel(int pin) {
    static const int8_t pins[10] = {4, 0, 2, 15, 13, 12, 14, 27, 33, 32};
    for (int i = 0; i < 10; i++) {
        if (pins[i] == pin) {
            return i;
        }
    }
    return -1;
}

bool machine_touch_wake_due(void) {
    for (int i = 0; i < GPIO_COUNT; i++) {
        if (touch_threshold[i] != 0 && analog_touch(i) < touch_threshold[i]) {
            return true;
        }
    }
    return false;
}

// ---------------------------------------------------------------- ADC
static int raw_read(int pin, int *bits) {
    int mv = analog_input_mv(pin);
    int fs = full_scale_mv[atten[pin]];
    long raw = ((long)mv * 4095 + fs / 2) / fs;
    if (raw > 4095) {
        raw = 4095;
    }
    *bits = width[adc_unit(pin) - 1];
    return (int)(raw >> (12 - *bits));
}

static void set_atten(int pin, intptr_t a) {
    if (a < 0 || a > 3) {
        rt_raise_ValueError("invalid atten");
    }
    atten[pin] = (int8_t)a;
}

static void adc_print(const printer_t *p, obj_t self, print_kind_t kind) {
    print_fmt(p, "ADC(Pin(%u), atten=%u)", pin_of(self), atten[pin_of(self)]);
}

static void adc_init_helper(int pin, size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_atten, 0, OBJ_SMALL_INT(-1)},   // (MicroPython: keyword only; positional taken too)
    };
    obj_t v[1];
    rt_parse_args(n_args, n_kw, args, 1, spec, v);
    intptr_t a = rt_get_int(v[0]);
    if (a != -1) {
        set_atten(pin, a);
    }
}

static obj_t adc_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 1, 2, n_kw, true);
    int pin = machine_pin_id(args[0]);
    if (adc_unit(pin) == 0) {
        rt_raise_ValueError("invalid pin");
    }
    adc_init_helper(pin, n_args - 1, n_kw, args + 1);
    return OBJ_FROM_PTR(&adc_objs[pin]);
}

static obj_t adc_init(size_t n_args, size_t n_kw, const obj_t *args) {
    adc_init_helper(pin_of(args[0]), n_args - 1, n_kw, args + 1);
    return OBJ_NONE;
}
static FUN_OBJ_KW(adc_init_obj, 1, adc_init);

static obj_t adc_read(obj_t self) {
    int bits;
    return obj_new_small_int(raw_read(pin_of(self), &bits));
}
static FUN_OBJ_1(adc_read_obj, adc_read);

static obj_t adc_read_u16(obj_t self) {
    int bits;
    uint32_t raw = (uint32_t)raw_read(pin_of(self), &bits);
    return obj_new_small_int((raw << (16 - bits)) | (raw >> (2 * bits - 16)));
}
static FUN_OBJ_1(adc_read_u16_obj, adc_read_u16);

static obj_t adc_read_uv(obj_t self) {
    int bits, pin = pin_of(self);
    long raw = raw_read(pin, &bits);
    long max = (1L << bits) - 1;
    long mv = (raw * full_scale_mv[atten[pin]] + max / 2) / max;
    return obj_new_small_int(mv * 1000);
}
static FUN_OBJ_1(adc_read_uv_obj, adc_read_uv);

static obj_t adc_atten(obj_t self, obj_t a) {
    set_atten(pin_of(self), rt_get_int(a));
    return OBJ_NONE;
}
static FUN_OBJ_2(adc_atten_obj, adc_atten);

static obj_t adc_width(obj_t self, obj_t b) {
    intptr_t bits = rt_get_int(b);
    if (bits < 9 || bits > 12) {
        rt_raise_ValueError("invalid bits");
    }
    width[adc_unit(pin_of(self)) - 1] = (uint8_t)bits;
    return OBJ_NONE;
}
static FUN_OBJ_2(adc_width_obj, adc_width);

#define INT(n, v) {OBJ_NAME(n), OBJ_SMALL_INT(v)}
static const map_elem_t adc_locals_table[] = {
    MAP_ENTRY(N_init, &adc_init_obj),
    MAP_ENTRY(N_read, &adc_read_obj),
    MAP_ENTRY(N_read_u16, &adc_read_u16_obj),
    MAP_ENTRY(N_read_uv, &adc_read_uv_obj),
    MAP_ENTRY(N_atten, &adc_atten_obj),
    MAP_ENTRY(N_width, &adc_width_obj),
    INT(N_ATTN_0DB, 0),
    INT(N_ATTN_2_5DB, 1),
    INT(N_ATTN_6DB, 2),
    INT(N_ATTN_11DB, 3),
    INT(N_WIDTH_9BIT, 9),
    INT(N_WIDTH_10BIT, 10),
    INT(N_WIDTH_11BIT, 11),
    INT(N_WIDTH_12BIT, 12),
};
static MAP_ROM(adc_locals, adc_locals_table);

const type_t machine_adc_type = {
    {&type_type},
    .name = N_ADC,
    .flags = TYPE_FLAG_EQ_IS_ID,
    .make_new = adc_make_new,
    .print = adc_print,
    .locals = &adc_locals,
};

// ---------------------------------------------------------------- DAC
static void dac_print(const printer_t *p, obj_t self, print_kind_t kind) {
    print_fmt(p, "DAC(Pin(%u))", pin_of(self));
}

static obj_t dac_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 1, 1, n_kw, true);
    int pin = machine_pin_id(args[0]);
    if (pin != 25 && pin != 26) {
        rt_raise_ValueError("invalid Pin for DAC");
    }
    return OBJ_FROM_PTR(&dac_objs[pin]);
}

static obj_t dac_write(obj_t self, obj_t value) {
    intptr_t v = rt_get_int(value);
    if (v < 0 || v > 255) {
        rt_raise_ValueError("value out of range");
    }
    analog_output(pin_of(self), (double)v / 255.0);
    return OBJ_NONE;
}
static FUN_OBJ_2(dac_write_obj, dac_write);

static const map_elem_t dac_locals_table[] = {
    MAP_ENTRY(N_write, &dac_write_obj),
};
static MAP_ROM(dac_locals, dac_locals_table);

const type_t machine_dac_type = {
    {&type_type},
    .name = N_DAC,
    .flags = TYPE_FLAG_EQ_IS_ID,
    .make_new = dac_make_new,
    .print = dac_print,
    .locals = &dac_locals,
};

// ---------------------------------------------------------------- TouchPad
static obj_t touch_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 1, 1, n_kw, false);
    int pin = machine_pin_id(args[0]);
    if (touch_channel(pin) < 0) {
        rt_raise_ValueError("invalid pin for touchpad");
    }
    return OBJ_FROM_PTR(&touch_objs[pin]);
}

static obj_t touch_read(obj_t self) {
    return obj_new_small_int(analog_touch(pin_of(self)));
}
static FUN_OBJ_1(touch_read_obj, touch_read);

static obj_t touch_config(obj_t self, obj_t value) {
    intptr_t v = rt_get_int(value);
    if (v < 0 || v > 65535) {
        rt_raise_ValueError("Touch pad error");
    }
    touch_threshold[pin_of(self)] = (uint16_t)v;
    return OBJ_NONE;
}
static FUN_OBJ_2(touch_config_obj, touch_config);

static const map_elem_t touch_locals_table[] = {
    MAP_ENTRY(N_read, &touch_read_obj),
    MAP_ENTRY(N_config, &touch_config_obj),
};
static MAP_ROM(touch_locals, touch_locals_table);

const type_t machine_touchpad_type = {
    {&type_type},
    .name = N_TouchPad,
    .flags = TYPE_FLAG_EQ_IS_ID,
    .make_new = touch_make_new,
    .locals = &touch_locals,
};
