// board/machine_pwm.c — machine.PWM on the ESP32's LEDC peripheral: 16
// channels (0..7 high-speed mode 0, 8..15 low-speed mode 1) and 8 timers (4
// per mode); channels of one mode with the same frequency share a timer.
// The arithmetic is the chip's: a timer's resolution is the most bits its
// clock (APB 80 MHz, or REF_TICK 1 MHz below 10 Hz) allows at the requested
// frequency, at most 16; its divider is a Q10.8 fixed-point number; freq()
// reports what the divider really gives (ledc_get_freq), and duties are
// stored in the timer's resolution (duty_u16 >> (16 - resolution)).
// The last duty set (duty, duty_u16 or duty_ns, and its value) is kept per
// channel and set again when the frequency (hence the resolution) changes.
// The pin's mean output (duty / 2^resolution) goes to analog_output() for
// the trace (a VCD real variable: see ports/unix/board_trace.h). Up to
// 100 Hz the trace also draws the real square wave on the pin's wire
// (analog_wave: a blink or a servo's pulses are visible); above, the wire
// is left alone (kHz edges would flood the VCD). When a PWM stops, the wire
// shows the pin's GPIO output latch again.
// State is C memory (numbers only); a PWM object holds just its pin, so
// every PWM object of a pin drives the same channel. Every channel stops at
// each soft reset and power-up (machine_pwm_deinit_all).
#include <stdio.h>
#include "core/runtime.h"
#include "core/types.h"
#include "core/gc.h"
#include "board/machine.h"
#include "board/analog.h"

#define N_CHANNELS 16
#define N_TIMERS 8
#define APB_HZ 80000000u
#define REF_HZ 1000000u
#define EMPIRIC_FREQ 10       // below it the timer runs from REF_TICK
#define MAX_RES 16
#define DEFAULT_FREQ 5000
#define MAX_FREQ 40000000
#define WAVE_MAX_FREQ 100     // up to it the trace draws the PWM's edges

enum { KIND_NONE, KIND_U10, KIND_U16, KIND_NS };

typedef struct {
    int8_t pin;       // -1: free
    int8_t timer;
    uint8_t kind;     // the duty last set
    int32_t value;    // ... and its value
    uint32_t raw;     // duty in the timer's resolution
} chan_t;

typedef struct {
    uint32_t freq;    // requested Hz; 0: unconfigured
    uint32_t div;     // Q10.8 divider
    uint8_t res;
    bool ref_tick;
} ptimer_t;

#define FREE {-1, -1, KIND_NONE, 0, 0}
static chan_t chans[N_CHANNELS] = {FREE, FREE, FREE, FREE, FREE, FREE, FREE, FREE,
                                   FREE, FREE, FREE, FREE, FREE, FREE, FREE, FREE};
#undef FREE
static ptimer_t timers[N_TIMERS];

typedef struct {
    obj_base_t base;
    int pin;
} pwm_obj_t;


static int find_chan(int pin) {
    for (int i = 0; i < N_CHANNELS; i++) {
        if (chans[i].pin == pin) {
            return i;
        }
    }
    return -1;
}

static bool timer_in_use(int t, int except_chan) {
    for (int i = 0; i < N_CHANNELS; i++) {
        if (i != except_chan && chans[i].pin >= 0 && chans[i].timer == t) {
            return true;
        }
    }
    return false;
}

static uint32_t timer_hz(const ptimer_t *t) {
    uint64_t src = t->ref_tick ? REF_HZ : APB_HZ;
    return (uint32_t)(((src << 8) >> t->res) / t->div);
}

// Configure timer t for freq Hz as the chip does (resolution, divider).
static void timer_config(int t, uint32_t freq) {
    uint32_t src = freq < EMPIRIC_FREQ ? REF_HZ : APB_HZ;
    uint32_t divider = (src + freq / 2) / freq;
    if (divider == 0) {
        divider = 1;
    }
    float f = (float)src / (float)divider;
    if (f <= 1.0f) {
        f = 1.0f;
    }
    uint32_t i = (uint32_t)((float)src / f + 0.5f);
    int res = 0;
    for (; i > 1; i >>= 1) {
        res++;
    }
    if (res == 0) {
        res = 1;
    } else if (res > MAX_RES) {
        res = MAX_RES;
    }
    uint64_t prec = (uint64_t)1 << res;
    uint64_t div = (((uint64_t)src << 8) + freq * prec / 2) / (freq * prec);
    if (div < 256 || div > 0x3ffff) {
        rt_raise_fmt(&type_ValueError, "unreachable frequency %d", (int)freq);
    }
    timers[t].freq = freq;
    timers[t].div = (uint32_t)div;
    timers[t].res = (uint8_t)res;
    timers[t].ref_tick = src == REF_HZ;
}

// A timer of channel c's mode for freq: one already at freq, else a free one.
static int find_timer(int c, uint32_t freq) {
    int first = c < 8 ? 0 : 4;
    for (int t = first; t < first + 4; t++) {
        if (timers[t].freq == freq && (timer_in_use(t, c) || chans[c].timer == t)) {
            return t;
        }
    }
    if (chans[c].timer >= 0 && !timer_in_use(chans[c].timer, c)) {
        return chans[c].timer;   // ours alone: reconfigure it
    }
    for (int t = first; t < first + 4; t++) {
        if (!timer_in_use(t, c)) {
            return t;
        }
    }
    return -1;
}

// ---------------------------------------------------------------- duty
static uint32_t ns_to_u16(const ptimer_t *t, int64_t ns) {
    int64_t d = (ns * 65535 * (int64_t)t->freq + 500000000LL) / 1000000000LL;
    if (ns > 0 && d == 0) {
        d = 1;
    } else if (d > 65535) {
        d = 65535;
    }
    return (uint32_t)d;
}

static int64_t u16_to_ns(const ptimer_t *t, int64_t d) {
    return (d * 1000000000LL + (int64_t)t->freq * 65535 / 2) / ((int64_t)t->freq * 65535);
}

static void report(int c) {
    const ptimer_t *t = &timers[chans[c].timer];
    double prec = (double)((uint32_t)1 << t->res);
    analog_output(chans[c].pin, (double)chans[c].raw / prec);
    if (t->freq <= WAVE_MAX_FREQ) {
        double src = t->ref_tick ? REF_HZ : APB_HZ;
        double period_ns = prec * (double)t->div * 1e9 / (src * 256.0);
        analog_wave(chans[c].pin, (uint64_t)(period_ns + 0.5), (uint64_t)(period_ns * chans[c].raw / prec + 0.5), -1);
    } else {
        analog_wave(chans[c].pin, 0, 0, -1);
    }
}

// The pin stops being a PWM output: it shows its GPIO output latch again
// (LEDC idles low; an input pin's wire goes to 0).
static void release_pin(int pin) {
    analog_output(pin, -1);
    analog_wave(pin, 0, 0, gpio_mode(pin) != GPIO_MODE_IN ? gpio_latch(pin) : 0);
}

static void set_u16(int c, int64_t duty) {
    if (duty < 0 || duty > 65535) {
        rt_raise_fmt(&type_ValueError, "duty_u16 must be from 0 to %d", 65535);
    }
    const ptimer_t *t = &timers[chans[c].timer];
    uint32_t raw = (uint32_t)duty >> (16 - t->res);
    uint32_t max = ((uint32_t)1 << t->res) - 1;
    chans[c].raw = raw > max ? max : raw;
    chans[c].kind = KIND_U16;
    chans[c].value = (int32_t)duty;
    report(c);
}

static void set_u10(int c, int64_t duty) {
    if (duty < 0 || duty > 1023) {
        rt_raise_fmt(&type_ValueError, "duty must be from 0 to %d", 1023);
    }
    set_u16(c, duty << 6);
    chans[c].kind = KIND_U10;
    chans[c].value = (int32_t)duty;
}

static void set_ns(int c, int64_t ns) {
    const ptimer_t *t = &timers[chans[c].timer];
    int64_t max = u16_to_ns(t, 65535);
    if (ns < 0 || ns > max) {
        rt_raise_fmt(&type_ValueError, "duty_ns must be from 0 to %d ns", (int)max);
    }
    set_u16(c, ns_to_u16(t, ns));
    chans[c].kind = KIND_NS;
    chans[c].value = (int32_t)ns;
}

static uint32_t get_u16(int c) {
    return chans[c].raw << (16 - timers[chans[c].timer].res);
}

// Set the last duty again (after a change of resolution).
static void reapply(int c) {
    int32_t v = chans[c].value;
    switch (chans[c].kind) {
        case KIND_U10: set_u10(c, v); break;
        case KIND_U16: set_u16(c, v); break;
        case KIND_NS: set_ns(c, v); break;
        default: set_u10(c, 512); break;   // a new channel: 50%
    }
}

// Put channel c on a timer running at freq.
static void set_freq(int c, intptr_t freq) {
    if (freq <= 0 || freq > MAX_FREQ) {
        rt_raise_ValueError("frequency must be from 1Hz to 40MHz");
    }
    int t = find_timer(c, (uint32_t)freq);
    if (t < 0) {
        rt_raise_fmt(&type_ValueError, "out of PWM timers:%d", N_TIMERS);
    }
    if (timers[t].freq != (uint32_t)freq) {
        timer_config(t, (uint32_t)freq);
    }
    chans[c].timer = (int8_t)t;
}

void machine_pwm_deinit_all(void) {
    for (int i = 0; i < N_CHANNELS; i++) {
        if (chans[i].pin >= 0) {
            release_pin(chans[i].pin);
        }
        chans[i].pin = -1;
        chans[i].timer = -1;
    }
    for (int i = 0; i < N_TIMERS; i++) {
        timers[i].freq = 0;
    }
}

// ---------------------------------------------------------------- PWM
static int active_chan(obj_t self) {
    int c = find_chan(((pwm_obj_t *)OBJ_TO_PTR(self))->pin);
    if (c < 0) {
        rt_raise_ValueError("PWM inactive");
    }
    return c;
}

static void pwm_print(const printer_t *p, obj_t self, print_kind_t kind) {
    int pin = ((pwm_obj_t *)OBJ_TO_PTR(self))->pin;
    print_fmt(p, "PWM(Pin(%u)", pin);
    int c = find_chan(pin);
    if (c >= 0) {
        const ptimer_t *t = &timers[chans[c].timer];
        print_fmt(p, ", freq=%u", timer_hz(t));
        if (chans[c].kind == KIND_U10) {
            print_fmt(p, ", duty=%d", (int)(get_u16(c) >> 6));
        } else if (chans[c].kind == KIND_NS) {
            print_fmt(p, ", duty_ns=%d", (int)u16_to_ns(t, get_u16(c)));
        } else {
            print_fmt(p, ", duty_u16=%d", (int)get_u16(c));
        }
        char pct[64];
        snprintf(pct, sizeof(pct), "(duty=%.2f%%, resolution=%.3f%%)", 100.0 * chans[c].raw / (1 << t->res),
                 100.0 / (1 << t->res));
        print_fmt(p, ", resolution=%d, %s, mode=%d, channel=%d, timer=%d", t->res, pct, c / 8, c % 8,
                  chans[c].timer % 4);
    }
    print_str(p, ")");
}

// init(freq, *, duty, duty_u16, duty_ns)
static void pwm_init_helper(pwm_obj_t *self, size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_freq, 0, OBJ_SMALL_INT(-1)},
        {N_duty, ARG_KW_ONLY, OBJ_SMALL_INT(-1)},
        {N_duty_u16, ARG_KW_ONLY, OBJ_SMALL_INT(-1)},
        {N_duty_ns, ARG_KW_ONLY, OBJ_SMALL_INT(-1)},
    };
    obj_t v[4];
    rt_parse_args(n_args, n_kw, args, 4, spec, v);
    intptr_t freq = rt_get_int(v[0]);
    intptr_t duty = rt_get_int(v[1]), duty_u16 = rt_get_int(v[2]), duty_ns = rt_get_int(v[3]);
    int c = find_chan(self->pin);
    bool fresh = c < 0;
    if (fresh) {
        c = find_chan(-1);
        if (c < 0) {
            rt_raise_fmt(&type_ValueError, "out of PWM channels:%d", N_CHANNELS);
        }
    }
    if (freq == -1) {
        freq = fresh ? DEFAULT_FREQ : (intptr_t)timers[chans[c].timer].freq;
    }
    if (freq <= 0 || freq > MAX_FREQ) {
        rt_raise_ValueError("frequency must be from 1Hz to 40MHz");
    }
    if (fresh) {
        chans[c].timer = -1;
        chans[c].kind = KIND_NONE;
        chans[c].raw = 0;
    }
    // the channel is claimed only once its timer is found (errors leave it free)
    set_freq(c, freq);
    chans[c].pin = (int8_t)self->pin;
    if (duty_u16 >= 0) {
        set_u16(c, duty_u16);
    } else if (duty_ns >= 0) {
        set_ns(c, duty_ns);
    } else if (duty >= 0) {
        set_u10(c, duty);
    } else {
        reapply(c);
    }
}

static obj_t pwm_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 1, 2, n_kw, true);
    int pin = machine_pin_id(args[0]);
    if (gpio_is_input_only(pin)) {
        rt_raise_ValueError("invalid pin");
    }
    pwm_obj_t *self = gc_alloc(sizeof(pwm_obj_t));
    self->base.type = &machine_pwm_type;
    self->pin = pin;
    pwm_init_helper(self, n_args - 1, n_kw, args + 1);
    return OBJ_FROM_PTR(self);
}

static obj_t pwm_init(size_t n_args, size_t n_kw, const obj_t *args) {
    pwm_init_helper(OBJ_TO_PTR(args[0]), n_args - 1, n_kw, args + 1);
    return OBJ_NONE;
}
static FUN_OBJ_KW(pwm_init_obj, 1, pwm_init);

// The pin stops (LEDC idle level 0) and is an ordinary GPIO again.
static obj_t pwm_deinit(obj_t self) {
    int c = find_chan(((pwm_obj_t *)OBJ_TO_PTR(self))->pin);
    if (c >= 0) {
        release_pin(chans[c].pin);
        int t = chans[c].timer;
        chans[c].pin = -1;
        chans[c].timer = -1;
        if (t >= 0 && !timer_in_use(t, -1)) {
            timers[t].freq = 0;
        }
    }
    return OBJ_NONE;
}
static FUN_OBJ_1(pwm_deinit_obj, pwm_deinit);

static obj_t pwm_freq(size_t n_args, const obj_t *args) {
    int c = active_chan(args[0]);
    if (n_args == 1) {
        return int_from_ull(timer_hz(&timers[chans[c].timer]));
    }
    intptr_t freq = rt_get_int(args[1]);
    if (freq <= 0 || freq > MAX_FREQ) {
        rt_raise_ValueError("frequency must be from 1Hz to 40MHz");
    }
    if ((uint32_t)freq != timers[chans[c].timer].freq) {
        set_freq(c, freq);
        reapply(c);
    }
    return OBJ_NONE;
}
static FUN_OBJ_VAR(pwm_freq_obj, 1, 2, pwm_freq);

static obj_t pwm_duty(size_t n_args, const obj_t *args) {
    int c = active_chan(args[0]);
    if (n_args == 1) {
        return obj_new_small_int(get_u16(c) >> 6);
    }
    set_u10(c, rt_get_int(args[1]));
    return OBJ_NONE;
}
static FUN_OBJ_VAR(pwm_duty_obj, 1, 2, pwm_duty);

static obj_t pwm_duty_u16(size_t n_args, const obj_t *args) {
    int c = active_chan(args[0]);
    if (n_args == 1) {
        return obj_new_small_int(get_u16(c));
    }
    set_u16(c, rt_get_int(args[1]));
    return OBJ_NONE;
}
static FUN_OBJ_VAR(pwm_duty_u16_obj, 1, 2, pwm_duty_u16);

static obj_t pwm_duty_ns(size_t n_args, const obj_t *args) {
    int c = active_chan(args[0]);
    if (n_args == 1) {
        return int_from_ll(u16_to_ns(&timers[chans[c].timer], get_u16(c)));
    }
    set_ns(c, rt_get_int(args[1]));
    return OBJ_NONE;
}
static FUN_OBJ_VAR(pwm_duty_ns_obj, 1, 2, pwm_duty_ns);

static const map_elem_t pwm_locals_table[] = {
    MAP_ENTRY(N_init, &pwm_init_obj),
    MAP_ENTRY(N_deinit, &pwm_deinit_obj),
    MAP_ENTRY(N_freq, &pwm_freq_obj),
    MAP_ENTRY(N_duty, &pwm_duty_obj),
    MAP_ENTRY(N_duty_u16, &pwm_duty_u16_obj),
    MAP_ENTRY(N_duty_ns, &pwm_duty_ns_obj),
};
static MAP_ROM(pwm_locals, pwm_locals_table);

const type_t machine_pwm_type = {
    {&type_type},
    .name = N_PWM,
    .make_new = pwm_make_new,
    .print = pwm_print,
    .locals = &pwm_locals,
};
