// board/mod_esp.c — the `esp` and `esp32` modules of the virtual ESP32: the
// simple, commonly used functions of MicroPython ESP32's, with its names
// and constants.
// esp: osdebug (accepted, nothing to silence here), flash_size (the 4 MiB
// flash), flash_user_start (0x200000, where the vfs partition starts), LOG_*.
// esp32: wake_on_ext0/ext1/touch (deep-sleep wake sources that
// machine.deepsleep honours, kept until the next soft reset),
// raw_temperature (a fixed 128 °F: the sensor is not modelled),
// idf_heap_info (fixed regions shaped like an ESP32's), gpio_deep_sleep_hold
// (accepted), WAKEUP_ALL_LOW/ANY_HIGH, HEAP_DATA/EXEC.
// No state of its own: wake sources live in machine.h's variables.
#include "core/runtime.h"
#include "core/types.h"
#include "board/machine.h"

#define FLASH_SIZE (4 * 1024 * 1024)
#define USER_START 0x200000
#define RTC_PINS 0xff0e00f015ULL   // GPIOs that can wake a deep sleep

// ---------------------------------------------------------------- esp
static obj_t esp_osdebug(size_t n_args, const obj_t *args) {
    if (args[0] != OBJ_NONE) {
        (void)rt_get_int(args[0]);
    }
    if (n_args > 1) {
        (void)rt_get_int(args[1]);
    }
    return OBJ_NONE;
}
static FUN_OBJ_VAR(esp_osdebug_obj, 1, 2, esp_osdebug);

static obj_t esp_flash_size(void) {
    return obj_new_small_int(FLASH_SIZE);
}
static FUN_OBJ_0(esp_flash_size_obj, esp_flash_size);

static obj_t esp_flash_user_start(void) {
    return obj_new_small_int(USER_START);
}
static FUN_OBJ_0(esp_flash_user_start_obj, esp_flash_user_start);

#define INT(n, v) {OBJ_NAME(n), OBJ_SMALL_INT(v)}
static const map_elem_t esp_table[] = {
    {OBJ_NAME(N___name__), OBJ_NAME(N_esp)},
    MAP_ENTRY(N_osdebug, &esp_osdebug_obj),
    MAP_ENTRY(N_flash_size, &esp_flash_size_obj),
    MAP_ENTRY(N_flash_user_start, &esp_flash_user_start_obj),
    INT(N_LOG_NONE, 0),
    INT(N_LOG_ERROR, 1),
    INT(N_LOG_WARNING, 2),
    INT(N_LOG_INFO, 3),
    INT(N_LOG_DEBUG, 4),
    INT(N_LOG_VERBOSE, 5),
};
static MAP_ROM(esp_globals, esp_table);
static MODULE_ROM(esp_module, esp_globals);

void mod_esp_init(void) {
    rt_register_module(OBJ_FROM_PTR(&esp_module));
}

// ---------------------------------------------------------------- esp32
static int wake_pin(obj_t o) {
    int pin = machine_pin_id(o);
    if (!((RTC_PINS >> pin) & 1)) {
        rt_raise_ValueError("invalid pin");
    }
    return pin;
}

// wake_on_ext0(pin, level): pin None turns it off.
static obj_t esp32_wake_on_ext0(size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_pin, 0, OBJ_NULL},
        {N_level, 0, OBJ_NULL},
    };
    obj_t v[2];
    rt_parse_args(n_args, n_kw, args, 2, spec, v);
    if (machine_touch_wake) {
        rt_raise_ValueError("no resources");
    }
    if (v[0] == OBJ_NONE) {
        machine_pin_ext0 = -1;
    } else if (v[0] != OBJ_NULL) {
        machine_pin_ext0 = wake_pin(v[0]);
    }
    if (v[1] != OBJ_NULL) {
        machine_pin_ext0_level = rt_is_true(v[1]);
    }
    return OBJ_NONE;
}
static FUN_OBJ_KW(esp32_wake_on_ext0_obj, 0, esp32_wake_on_ext0);

// wake_on_ext1(pins, level): a list/tuple of pins (None: none); level
// WAKEUP_ANY_HIGH or WAKEUP_ALL_LOW.
static obj_t esp32_wake_on_ext1(size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_pins, 0, OBJ_NULL},
        {N_level, 0, OBJ_NULL},
    };
    obj_t v[2];
    rt_parse_args(n_args, n_kw, args, 2, spec, v);
    if (machine_touch_wake) {
        rt_raise_ValueError("no resources");
    }
    if (v[0] != OBJ_NULL) {
        uint64_t mask = 0;
        if (v[0] != OBJ_NONE) {
            obj_t it = rt_getiter(v[0], NULL);
            for (obj_t p; (p = rt_iternext(it)) != OBJ_STOP;) {
                mask |= (uint64_t)1 << wake_pin(p);
            }
        }
        machine_ext1_mask = mask;
    }
    if (v[1] != OBJ_NULL) {
        machine_ext1_level = rt_is_true(v[1]);
    }
    return OBJ_NONE;
}
static FUN_OBJ_KW(esp32_wake_on_ext1_obj, 0, esp32_wake_on_ext1);

static obj_t esp32_wake_on_touch(obj_t wake) {
    if (machine_pin_ext0 >= 0) {
        rt_raise_ValueError("no resources");
    }
    machine_touch_wake = rt_is_true(wake);
    return OBJ_NONE;
}
static FUN_OBJ_1(esp32_wake_on_touch_obj, esp32_wake_on_touch);

static obj_t esp32_raw_temperature(void) {
    return obj_new_small_int(128);
}
static FUN_OBJ_0(esp32_raw_temperature_obj, esp32_raw_temperature);

static obj_t esp32_gpio_deep_sleep_hold(obj_t enable) {
    (void)rt_is_true(enable);
    return OBJ_NONE;
}
static FUN_OBJ_1(esp32_gpio_deep_sleep_hold_obj, esp32_gpio_deep_sleep_hold);

// idf_heap_info(capabilities): (total, free, largest free block, minimum
// free) of each heap region having them.
static obj_t esp32_idf_heap_info(obj_t caps) {
    static const uint32_t regions[][5] = {   // capabilities, then the 4 numbers
        {4 | 1, 7288, 0, 0, 0},
        {4, 16648, 4, 4, 4},
        {4 | 1, 94608, 53104, 51200, 48192},
        {4 | 1, 15072, 15024, 14336, 14800},
        {4 | 1, 113840, 110404, 110592, 108600},
    };
    intptr_t want = rt_get_int(caps);
    obj_t list = list_new(0, NULL);
    for (size_t i = 0; i < sizeof(regions) / sizeof(regions[0]); i++) {
        if ((regions[i][0] & (uint32_t)want) == (uint32_t)want) {
            obj_t t[4];
            for (int k = 0; k < 4; k++) {
                t[k] = obj_new_small_int(regions[i][k + 1]);
            }
            list_append(list, tuple_new(4, t));
        }
    }
    return list;
}
static FUN_OBJ_1(esp32_idf_heap_info_obj, esp32_idf_heap_info);

static const map_elem_t esp32_table[] = {
    {OBJ_NAME(N___name__), OBJ_NAME(N_esp32)},
    MAP_ENTRY(N_wake_on_ext0, &esp32_wake_on_ext0_obj),
    MAP_ENTRY(N_wake_on_ext1, &esp32_wake_on_ext1_obj),
    MAP_ENTRY(N_wake_on_touch, &esp32_wake_on_touch_obj),
    MAP_ENTRY(N_raw_temperature, &esp32_raw_temperature_obj),
    MAP_ENTRY(N_gpio_deep_sleep_hold, &esp32_gpio_deep_sleep_hold_obj),
    MAP_ENTRY(N_idf_heap_info, &esp32_idf_heap_info_obj),
    {OBJ_NAME(N_WAKEUP_ALL_LOW), OBJ_FALSE},
    {OBJ_NAME(N_WAKEUP_ANY_HIGH), OBJ_TRUE},
    INT(N_HEAP_DATA, 4),
    INT(N_HEAP_EXEC, 1),
};
static MAP_ROM(esp32_globals, esp32_table);
static MODULE_ROM(esp32_module, esp32_globals);

void mod_esp32_init(void) {
    rt_register_module(OBJ_FROM_PTR(&esp32_module));
}
