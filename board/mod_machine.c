// board/mod_machine.c — the `machine` module of the virtual ESP32 (also
// importable as `umachine`): resets and their causes, freq, unique_id,
// idle, lightsleep/deepsleep in board time, disable_irq/enable_irq,
// time_pulse_us, RTC, WDT, and the module's callback machinery: the root
// object, the callback queue and its dispatcher, the deadline poller.
// bootloader (no ROM download mode here: a notice, then a hard reset).
// Pin, mem8/16/32: machine_pin.c. Timer: machine_timer.c. PWM:
// machine_pwm.c. ADC, DAC, TouchPad: machine_adc.c. I2C, SoftI2C, SPI,
// SoftSPI: machine_bus.c. UART: machine_uart.c. Deep sleep wakes on the
// timer, EXT0 (Pin.irq(wake=...) or esp32.wake_on_ext0), EXT1
// (esp32.wake_on_ext1) and touch (esp32.wake_on_touch + TouchPad.config).
//
// Invariants:
// - Python objects are kept only in the root (rt_state.port_roots[0]), made
//   on first use after each soft reset; C statics hold numbers only.
// - Kept across soft resets (C memory), reset by a hard boot (the first
//   mod_machine_init whose reset cause is not SOFT_RESET): the CPU
//   frequency, the watchdog, the RTC memory (only a power-on clears it) and
//   the light-sleep wake reason, the ADC settings and the hardware I2C/SPI
//   settings. PWM channels, DAC outputs and UART 1/2 stop at every soft
//   reset too, and the deep-sleep wake sources are forgotten.
// - Callbacks run only from machine_dispatch, never nested: a dispatch is
//   "running" while its nlr buffer is on the nlr chain, so a host halt that
//   longjmps past it (and clears the chain) cannot leave it stuck.
#include <string.h>
#include "core/runtime.h"
#include "core/types.h"
#include "core/gc.h"
#include "board/board.h"
#include "board/hal.h"
#include "board/supervisor.h"
#include "board/machine.h"
#include "board/analog.h"

#define CPU_HZ_DEFAULT 160000000
#define RTC_MEM_MAX 2048
#define SLEEP_CHUNK_US 20000
#define MACHINE_SLEEP 2
#define MACHINE_DEEPSLEEP 4

static uint32_t cpu_hz = CPU_HZ_DEFAULT;
static bool wdt_active;
static uint64_t wdt_timeout_us, wdt_due;     // ticks
static uint8_t rtc_mem[RTC_MEM_MAX];
static size_t rtc_mem_len;
static int light_wake;                       // wake reason of the last lightsleep, 0 none
static bool irqs_enabled = true;
static size_t q_head, q_len;                 // the callback ring in the root
static nlr_buf_t *dispatching;
static unsigned pin_wakes;                   // pin callbacks queued (lightsleep's wake)
uint64_t machine_ext1_mask;
int machine_ext1_level;
bool machine_touch_wake;

// ---------------------------------------------------------------- root, callbacks
machine_root_t *machine_root(void) {
    if (rt_state.port_roots[0] == OBJ_NULL) {
        rt_state.port_roots[0] = OBJ_FROM_PTR(gc_alloc(sizeof(machine_root_t)));
        q_head = q_len = 0;
    }
    return OBJ_TO_PTR(rt_state.port_roots[0]);
}

bool machine_irqs_enabled(void) {
    return irqs_enabled;
}

void machine_schedule(obj_t fun, obj_t arg) {
    machine_root_t *root = machine_root();
    if (q_len == MACHINE_QUEUE) {
        return;   // full: this interrupt is lost, as with a full scheduler
    }
    size_t i = (q_head + q_len) % MACHINE_QUEUE;
    root->queue[2 * i] = fun;
    root->queue[2 * i + 1] = arg;
    q_len++;
    if (obj_is_type_exact(arg, &machine_pin_type)) {
        pin_wakes++;
    }
}

static bool on_nlr_chain(nlr_buf_t *b) {
    for (nlr_buf_t *p = nlr_top; p != NULL; p = p->prev) {
        if (p == b) {
            return true;
        }
    }
    return false;
}

void machine_dispatch(void) {
    if (q_len == 0 || !irqs_enabled || rt_state.port_roots[0] == OBJ_NULL ||
        (dispatching != NULL && on_nlr_chain(dispatching))) {
        return;
    }
    nlr_buf_t outer;
    if (nlr_push(&outer) == 0) {
        dispatching = &outer;
        while (q_len > 0 && irqs_enabled) {
            machine_root_t *root = machine_root();
            obj_t fun = root->queue[2 * q_head], arg = root->queue[2 * q_head + 1];
            root->queue[2 * q_head] = root->queue[2 * q_head + 1] = OBJ_NULL;
            q_head = (q_head + 1) % MACHINE_QUEUE;
            q_len--;
            nlr_buf_t nlr;
            if (nlr_push(&nlr) == 0) {
                rt_call1(fun, arg);
                nlr_pop();
            } else {
                // As MicroPython's scheduler: print it, go on with the program.
                exc_print_traceback(&printer_stdout, nlr.ret_val);
            }
        }
        dispatching = NULL;
        nlr_pop();
    } else {
        dispatching = NULL;
        nlr_jump(outer.ret_val);
    }
}

// The supervisor's poller: the watchdog and the timers.
static uint64_t machine_poller(uint64_t now) {
    if (wdt_active && now >= wdt_due) {
        board_reset(BOARD_WDT_RESET, 0);
    }
    machine_timer_poll(now);
    machine_dispatch();
    uint64_t next = machine_timer_poll(now);
    if (wdt_active && wdt_due < next) {
        next = wdt_due;
    }
    return next;
}

// ---------------------------------------------------------------- resets
static obj_t machine_reset(void) {
    board_reset(BOARD_HARD_RESET, 0);
}
static FUN_OBJ_0(machine_reset_obj, machine_reset);

static obj_t machine_soft_reset(void) {
    rt_raise(exc_new(&type_SystemExit, 0, NULL));
}
static FUN_OBJ_0(machine_soft_reset_obj, machine_soft_reset);

static obj_t machine_reset_cause(void) {
    return obj_new_small_int(board_reset_cause());
}
static FUN_OBJ_0(machine_reset_cause_obj, machine_reset_cause);

static obj_t machine_wake_reason(void) {
    return obj_new_small_int(light_wake ? light_wake : board_wake_reason());
}
static FUN_OBJ_0(machine_wake_reason_obj, machine_wake_reason);

// ---------------------------------------------------------------- cpu
static obj_t machine_freq(size_t n_args, const obj_t *args) {
    if (n_args == 0) {
        return int_from_ll(cpu_hz);
    }
    long long hz;
    if (!int_to_ll(args[0], &hz)) {
        hz = (long long)rt_get_int(args[0]);
    }
    long long mhz = hz / 1000000;
    if (hz % 1000000 != 0 || (mhz != 20 && mhz != 40 && mhz != 80 && mhz != 160 && mhz != 240)) {
        rt_raise_ValueError("frequency must be 20MHz, 40MHz, 80Mhz, 160MHz or 240MHz");
    }
    cpu_hz = (uint32_t)hz;
    return OBJ_NONE;
}
static FUN_OBJ_VAR(machine_freq_obj, 0, 1, machine_freq);

static obj_t machine_unique_id(void) {
    // The base MAC address (an Espressif OUI), as esp_efuse_mac_get_default.
    static const char mac[6] = {0x24, 0x0a, (char)0xc4, 0x4b, 0x69, 0x6c};
    return bytes_new(mac, 6);
}
static FUN_OBJ_0(machine_unique_id_obj, machine_unique_id);

// Wait for the next interrupt: at most a tick (1 ms) of board time.
static obj_t machine_idle(void) {
    board_delay_us(1000);
    rt_handle_pending();
    return OBJ_NONE;
}
static FUN_OBJ_0(machine_idle_obj, machine_idle);

static obj_t machine_disable_irq(void) {
    bool was = irqs_enabled;
    irqs_enabled = false;
    gpio_irq_enable(false);
    return obj_new_small_int(was);
}
static FUN_OBJ_0(machine_disable_irq_obj, machine_disable_irq);

static obj_t machine_enable_irq(size_t n_args, const obj_t *args) {
    if (n_args == 0 || rt_is_true(args[0])) {
        irqs_enabled = true;
        gpio_irq_enable(true);
        board_deadline_changed();   // timers that fell due meanwhile
        machine_dispatch();
    }
    return OBJ_NONE;
}
static FUN_OBJ_VAR(machine_enable_irq_obj, 0, 1, machine_enable_irq);

// time_pulse_us(pin, pulse_level, timeout_us=1000000): -2 if the level
// never came, -1 if the pulse outlasted the timeout. Board time moves in
// 10 µs steps while it waits.
static obj_t machine_time_pulse_us(size_t n_args, const obj_t *args) {
    int id = machine_pin_id(args[0]);
    int level = rt_is_true(args[1]);
    uint64_t timeout = 1000000;
    if (n_args > 2) {
        intptr_t t = rt_get_int(args[2]);
        timeout = t > 0 ? (uint64_t)t : 0;
    }
    // Wait for the level, then time how long it stays.
    for (int phase = 0; phase < 2; phase++) {
        uint64_t start = board_ticks_us();
        for (;;) {
            bool at = gpio_level(id) == level;
            if (phase == 0 && at) {
                break;
            }
            if (phase == 1 && !at) {
                return int_from_ull(board_ticks_us() - start);
            }
            if (board_ticks_us() - start >= timeout) {
                return obj_new_small_int(phase == 0 ? -2 : -1);
            }
            board_delay_us(10);
            if (rt_state.pending_exception != OBJ_NULL) {
                rt_handle_pending();
            }
        }
    }
    return obj_new_small_int(-1);   // not reached
}
static FUN_OBJ_VAR(machine_time_pulse_us_obj, 2, 3, machine_time_pulse_us);

// ---------------------------------------------------------------- sleep
static obj_t machine_lightsleep(size_t n_args, const obj_t *args) {
    if (n_args > 0 && args[0] != OBJ_NONE) {
        intptr_t ms = rt_get_int(args[0]);
        uint64_t end = board_ticks_us() + (ms > 0 ? (uint64_t)ms * 1000 : 0);
        rt_handle_pending();
        for (;;) {
            uint64_t now = board_ticks_us();
            if (now >= end) {
                break;
            }
            board_delay_us(end - now < SLEEP_CHUNK_US ? end - now : SLEEP_CHUNK_US);
            rt_handle_pending();
        }
        light_wake = BOARD_TIMER_WAKE;
    } else {
        // No timer: a pin interrupt wakes the chip.
        unsigned seen = pin_wakes;
        rt_handle_pending();
        while (pin_wakes == seen) {
            hal_wait_event(100000);
            rt_handle_pending();
        }
        light_wake = BOARD_PIN_WAKE;
    }
    return OBJ_NONE;
}
static FUN_OBJ_VAR(machine_lightsleep_obj, 0, 1, machine_lightsleep);

// The chip is off: no Python runs, the console is dead (Ctrl-C is lost);
// only the host's reset/power requests, the timer and the EXT0 pin wake it.
static NORETURN void deep_sleep(bool timed, uint64_t us) {
    machine_root_t *root = machine_root();
    for (int i = 0; i < GPIO_COUNT; i++) {
        root->pin_handler[i] = OBJ_NULL;
        gpio_set_irq(i, 0);
        if (gpio_mode(i) != GPIO_MODE_IN) {
            gpio_set_mode(i, GPIO_MODE_IN);   // outputs are not held in deep sleep
        }
    }
    int ext0 = machine_pin_ext0, ext0_level = machine_pin_ext0_level;
    if (ext0 >= 0) {
        gpio_set_irq(ext0, GPIO_IRQ_RISING | GPIO_IRQ_FALLING);   // its edges wake the sleep loop
    }
    uint64_t ext1 = machine_ext1_mask;
    for (int i = 0; i < GPIO_COUNT; i++) {
        if ((ext1 >> i) & 1) {
            gpio_set_irq(i, GPIO_IRQ_RISING | GPIO_IRQ_FALLING);
        }
    }
    machine_pwm_deinit_all();
    analog_outputs_off();
    machine_timer_reset();
    wdt_active = false;
    q_len = 0;
    board_deadline_changed();
    uint64_t end = board_ticks_us() + us;
    for (;;) {
        if (ext0 >= 0 && gpio_level(ext0) == ext0_level) {
            board_reset(BOARD_DEEPSLEEP_RESET, BOARD_PIN_WAKE);
        }
        if (ext1 != 0) {
            bool any_high = false, all_low = true;
            for (int i = 0; i < GPIO_COUNT; i++) {
                if ((ext1 >> i) & 1) {
                    any_high |= gpio_level(i) != 0;
                    all_low &= gpio_level(i) == 0;
                }
            }
            if (machine_ext1_level ? any_high : all_low) {
                board_reset(BOARD_DEEPSLEEP_RESET, BOARD_EXT1_WAKE);
            }
        }
        if (machine_touch_wake && machine_touch_wake_due()) {
            board_reset(BOARD_DEEPSLEEP_RESET, BOARD_TOUCHPAD_WAKE);
        }
        uint64_t now = board_ticks_us();
        if (timed && now >= end) {
            board_reset(BOARD_DEEPSLEEP_RESET, BOARD_TIMER_WAKE);
        }
        if (timed) {
            board_delay_us(end - now < 1000000 ? end - now : 1000000);
        } else {
            hal_wait_event(100000);
        }
        (void)__atomic_exchange_n(&rt_state.pending_exception, OBJ_NULL, __ATOMIC_SEQ_CST);
        for (int i = 0; i < GPIO_COUNT; i++) {
            if (i == ext0 || ((ext1 >> i) & 1)) {
                gpio_take_edges(i);
            }
        }
        board_pending_events();   // reset, power cycle, halt
    }
}

static obj_t machine_deepsleep(size_t n_args, const obj_t *args) {
    if (n_args > 0 && args[0] != OBJ_NONE) {
        intptr_t ms = rt_get_int(args[0]);
        deep_sleep(true, ms > 0 ? (uint64_t)ms * 1000 : 0);
    }
    deep_sleep(false, 0);
}
static FUN_OBJ_VAR(machine_deepsleep_obj, 0, 1, machine_deepsleep);

// ---------------------------------------------------------------- bootloader
// A real ESP32 restarts into its ROM's serial download mode (esptool's). The
// virtual board has none: it says so in one line and makes a hard reset.
static obj_t machine_bootloader(size_t n_args, const obj_t *args) {
    print_str(&printer_stdout, "bootloader: the virtual board has no ROM download mode; hard reset\n");
    board_reset(BOARD_HARD_RESET, 0);
}
static FUN_OBJ_VAR(machine_bootloader_obj, 0, 1, machine_bootloader);

// ---------------------------------------------------------------- RTC
static int64_t floor_div64(int64_t a, int64_t b) {
    int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Days since 1970-01-01 of year/month/day (month 1..12), and back. The
// year is counted from March so that the leap day ends it.
static int64_t civil_to_days(int64_t y, int64_t m, int64_t d) {
    y += floor_div64(m - 1, 12);
    m = m - 1 - floor_div64(m - 1, 12) * 12 + 1;
    if (m <= 2) {
        y--;
    }
    int64_t cycle = floor_div64(y, 400);
    int64_t yc = y - cycle * 400;                                  // 0..399
    int64_t mp = m > 2 ? m - 3 : m + 9;                            // March = 0
    int64_t yd = (153 * mp + 2) / 5 + d - 1;                       // day of the March year
    int64_t cd = yc * 365 + yc / 4 - yc / 100 + yd;                // day of the cycle
    return cycle * 146097 + cd - 719468;
}

static void days_to_civil(int64_t days, int64_t *y, int *m, int *d) {
    days += 719468;
    int64_t cycle = floor_div64(days, 146097);
    int64_t cd = days - cycle * 146097;
    int64_t yc = (cd - cd / 1460 + cd / 36524 - cd / 146096) / 365;
    int64_t yd = cd - (yc * 365 + yc / 4 - yc / 100);
    int64_t mp = (5 * yd + 2) / 153;
    *d = (int)(yd - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = cycle * 400 + yc + (*m <= 2);
}

typedef struct {
    obj_base_t base;
} rtc_obj_t;
static const type_t machine_rtc_type;
static const rtc_obj_t rtc_obj = {{&machine_rtc_type}};

static void rtc_set(obj_t tuple) {
    size_t n = rt_len(tuple);
    if (n != 8) {
        rt_raise_fmt(&type_ValueError, "requested length 8 but object has length %d", (int)n);
    }
    long long f[8];
    for (int i = 0; i < 8; i++) {
        f[i] = rt_get_int(rt_subscr_load(tuple, obj_new_small_int(i)));
    }
    int64_t days = civil_to_days(f[0], f[1], 1) + f[2] - 1;
    int64_t secs = days * 86400 + f[4] * 3600 + f[5] * 60 + f[6];
    board_rtc_set_us(secs * 1000000 + f[7]);
}

static obj_t rtc_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 0, 1, n_kw, false);
    return OBJ_FROM_PTR(&rtc_obj);
}

// datetime([(year, month, day, weekday, hours, minutes, seconds, subseconds)])
static obj_t rtc_datetime(size_t n_args, const obj_t *args) {
    if (n_args > 1) {
        rtc_set(args[1]);
        return OBJ_NONE;
    }
    int64_t us = board_rtc_us();
    int64_t secs = floor_div64(us, 1000000);
    int64_t days = floor_div64(secs, 86400);
    int64_t sod = secs - days * 86400;
    int64_t y;
    int m, d;
    days_to_civil(days, &y, &m, &d);
    obj_t items[8] = {
        int_from_ll(y), obj_new_small_int(m), obj_new_small_int(d),
        obj_new_small_int((intptr_t)(days + 3 - floor_div64(days + 3, 7) * 7)),
        obj_new_small_int((intptr_t)(sod / 3600)), obj_new_small_int((intptr_t)(sod / 60 % 60)),
        obj_new_small_int((intptr_t)(sod % 60)), obj_new_small_int((intptr_t)(us - secs * 1000000)),
    };
    return tuple_new(8, items);
}
static FUN_OBJ_VAR(rtc_datetime_obj, 1, 2, rtc_datetime);

static obj_t rtc_init(obj_t self, obj_t tuple) {
    rtc_set(tuple);
    return OBJ_NONE;
}
static FUN_OBJ_2(rtc_init_obj, rtc_init);

// memory([data]): user memory kept through deep sleep and resets.
static obj_t rtc_memory(size_t n_args, const obj_t *args) {
    if (n_args == 1) {
        return bytes_new((const char *)rtc_mem, rtc_mem_len);
    }
    buffer_info_t info;
    const type_t *t = obj_type(args[1]);
    if (t->buffer == NULL || t->buffer(args[1], &info, BUFFER_READ) != 0) {
        rt_raise_TypeError("object with buffer protocol required");
    }
    if (info.len > RTC_MEM_MAX) {
        rt_raise_ValueError("buffer too long");
    }
    memcpy(rtc_mem, info.buf, info.len);
    rtc_mem_len = info.len;
    return OBJ_NONE;
}
static FUN_OBJ_VAR(rtc_memory_obj, 1, 2, rtc_memory);

static const map_elem_t rtc_locals_table[] = {
    MAP_ENTRY(N_datetime, &rtc_datetime_obj),
    MAP_ENTRY(N_init, &rtc_init_obj),
    MAP_ENTRY(N_memory, &rtc_memory_obj),
};
static MAP_ROM(rtc_locals, rtc_locals_table);

static const type_t machine_rtc_type = {
    {&type_type},
    .name = N_RTC,
    .flags = TYPE_FLAG_EQ_IS_ID,
    .make_new = rtc_make_new,
    .locals = &rtc_locals,
};

// ---------------------------------------------------------------- WDT
typedef struct {
    obj_base_t base;
} wdt_obj_t;
static const type_t machine_wdt_type;
static const wdt_obj_t wdt_obj = {{&machine_wdt_type}};

// WDT(id=0, timeout=5000): starts (or re-times) the watchdog; it cannot be
// stopped, and it keeps running through soft resets.
static obj_t wdt_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_id, 0, OBJ_SMALL_INT(0)},
        {N_timeout, 0, OBJ_SMALL_INT(5000)},
    };
    obj_t v[2];
    rt_parse_args(n_args, n_kw, args, 2, spec, v);
    if (rt_get_int(v[0]) != 0) {
        rt_raise(exc_new(&type_ValueError, 0, NULL));
    }
    intptr_t ms = rt_get_int(v[1]);
    if (ms <= 0) {
        rt_raise_ValueError("WDT timeout too short");
    }
    wdt_timeout_us = (uint64_t)ms * 1000;
    wdt_due = board_ticks_us() + wdt_timeout_us;
    wdt_active = true;
    board_deadline_changed();
    return OBJ_FROM_PTR(&wdt_obj);
}

static obj_t wdt_feed(obj_t self) {
    if (wdt_active) {
        wdt_due = board_ticks_us() + wdt_timeout_us;
        board_deadline_changed();
    }
    return OBJ_NONE;
}
static FUN_OBJ_1(wdt_feed_obj, wdt_feed);

static const map_elem_t wdt_locals_table[] = {
    MAP_ENTRY(N_feed, &wdt_feed_obj),
};
static MAP_ROM(wdt_locals, wdt_locals_table);

static const type_t machine_wdt_type = {
    {&type_type},
    .name = N_WDT,
    .flags = TYPE_FLAG_EQ_IS_ID,
    .make_new = wdt_make_new,
    .locals = &wdt_locals,
};

// ---------------------------------------------------------------- module
#define INT_ENTRY(n, v) {OBJ_NAME(n), OBJ_SMALL_INT(v)}
static const map_elem_t machine_table[] = {
    {OBJ_NAME(N___name__), OBJ_NAME(N_machine)},
    MAP_ENTRY(N_reset, &machine_reset_obj),
    MAP_ENTRY(N_soft_reset, &machine_soft_reset_obj),
    MAP_ENTRY(N_reset_cause, &machine_reset_cause_obj),
    MAP_ENTRY(N_wake_reason, &machine_wake_reason_obj),
    MAP_ENTRY(N_freq, &machine_freq_obj),
    MAP_ENTRY(N_unique_id, &machine_unique_id_obj),
    MAP_ENTRY(N_idle, &machine_idle_obj),
    MAP_ENTRY(N_lightsleep, &machine_lightsleep_obj),
    MAP_ENTRY(N_deepsleep, &machine_deepsleep_obj),
    MAP_ENTRY(N_disable_irq, &machine_disable_irq_obj),
    MAP_ENTRY(N_enable_irq, &machine_enable_irq_obj),
    MAP_ENTRY(N_time_pulse_us, &machine_time_pulse_us_obj),
    MAP_ENTRY(N_Pin, &machine_pin_type),
    MAP_ENTRY(N_Signal, &machine_signal_type),
    MAP_ENTRY(N_Timer, &machine_timer_type),
    MAP_ENTRY(N_RTC, &machine_rtc_type),
    MAP_ENTRY(N_WDT, &machine_wdt_type),
    MAP_ENTRY(N_bootloader, &machine_bootloader_obj),
    MAP_ENTRY(N_PWM, &machine_pwm_type),
    MAP_ENTRY(N_ADC, &machine_adc_type),
    MAP_ENTRY(N_DAC, &machine_dac_type),
    MAP_ENTRY(N_TouchPad, &machine_touchpad_type),
    MAP_ENTRY(N_I2C, &machine_i2c_type),
    MAP_ENTRY(N_SoftI2C, &machine_soft_i2c_type),
    MAP_ENTRY(N_SPI, &machine_spi_type),
    MAP_ENTRY(N_SoftSPI, &machine_soft_spi_type),
    MAP_ENTRY(N_UART, &machine_uart_type),
    MAP_ENTRY(N_mem8, &machine_mem8_obj),
    MAP_ENTRY(N_mem16, &machine_mem16_obj),
    MAP_ENTRY(N_mem32, &machine_mem32_obj),
    INT_ENTRY(N_PWRON_RESET, BOARD_PWRON_RESET),
    INT_ENTRY(N_HARD_RESET, BOARD_HARD_RESET),
    INT_ENTRY(N_WDT_RESET, BOARD_WDT_RESET),
    INT_ENTRY(N_DEEPSLEEP_RESET, BOARD_DEEPSLEEP_RESET),
    INT_ENTRY(N_SOFT_RESET, BOARD_SOFT_RESET),
    INT_ENTRY(N_PIN_WAKE, BOARD_PIN_WAKE),
    INT_ENTRY(N_EXT0_WAKE, BOARD_PIN_WAKE),
    INT_ENTRY(N_EXT1_WAKE, BOARD_EXT1_WAKE),
    INT_ENTRY(N_TIMER_WAKE, BOARD_TIMER_WAKE),
    INT_ENTRY(N_TOUCHPAD_WAKE, BOARD_TOUCHPAD_WAKE),
    INT_ENTRY(N_ULP_WAKE, BOARD_ULP_WAKE),
    INT_ENTRY(N_SLEEP, MACHINE_SLEEP),
    INT_ENTRY(N_DEEPSLEEP, MACHINE_DEEPSLEEP),
};
static MAP_ROM(machine_globals, machine_table);
static MODULE_ROM(machine_module, machine_globals);

void mod_machine_init(void) {
    if (board_reset_cause() != BOARD_SOFT_RESET) {
        // A hard boot: the chip's state starts again.
        cpu_hz = CPU_HZ_DEFAULT;
        wdt_active = false;
        light_wake = 0;
        if (board_reset_cause() == BOARD_PWRON_RESET) {
            rtc_mem_len = 0;
        }
        machine_adc_power_on();
        machine_bus_power_on();
    }
    machine_pwm_deinit_all();
    analog_outputs_off();
    machine_uart_reset();
    machine_ext1_mask = 0;
    machine_ext1_level = 0;
    machine_touch_wake = false;
    irqs_enabled = true;
    q_head = q_len = 0;
    dispatching = NULL;
    machine_pin_soft_reset();
    rt_register_module(OBJ_FROM_PTR(&machine_module));
    board_add_poller(machine_poller);
    board_deadline_changed();   // a watchdog kept through a soft reset runs on
}
