// board/machine_timer.c — machine.Timer: the ESP32's four hardware timers
// in board time. Timer(id) masks id to 0..3 as the ESP32 port does (so
// Timer(-1) is timer 3) and returns the same object for the same id while
// the interpreter lives. A running timer is due at start + period (board
// ticks, µs); the machine poller (mod_machine.c) calls machine_timer_poll,
// which queues the callback (Timer object as argument) and re-arms a
// periodic timer on its original phase; a poll that comes late queues one
// callback per period missed (as many as the queue takes). While IRQs are
// disabled (machine.disable_irq) due timers wait.
#include "core/runtime.h"
#include "core/types.h"
#include "core/gc.h"
#include "board/machine.h"
#include "board/supervisor.h"

enum { ONE_SHOT = 0, PERIODIC = 1 };

typedef struct {
    obj_base_t base;
    obj_t callback;      // OBJ_NONE = none
    uint64_t period_us;
    uint64_t start;      // ticks at the start of the current period
    uint8_t id;
    uint8_t mode;
    bool active;
    bool held;           // fell due while IRQs were disabled: one interrupt pending
} timer_obj_t;

static timer_obj_t *timer_at(int i) {
    obj_t t = machine_root()->timer[i];
    return t == OBJ_NULL ? NULL : OBJ_TO_PTR(t);
}

void machine_timer_reset(void) {
    for (int i = 0; i < MACHINE_TIMERS; i++) {
        timer_obj_t *t = timer_at(i);
        if (t != NULL) {
            t->active = false;
        }
    }
}

uint64_t machine_timer_poll(uint64_t now) {
    uint64_t next = UINT64_MAX;
    bool enabled = machine_irqs_enabled();
    for (int i = 0; i < MACHINE_TIMERS; i++) {
        timer_obj_t *t = timer_at(i);
        if (t == NULL || !t->active) {
            continue;
        }
        uint64_t due = t->start + t->period_us;
        if (now >= due) {
            if (!enabled) {
                t->held = true;
                continue;   // waits for enable_irq (which re-polls)
            }
            // Like the hardware alarm with auto-reload: one interrupt per
            // period that passed, the phase kept; the callbacks beyond the
            // queue's room are lost, as with a full scheduler.
            uint64_t missed = 0;
            if (t->mode == PERIODIC) {
                missed = (now - due) / t->period_us;
                t->start = due + missed * t->period_us;
            } else {
                t->active = false;
            }
            bool held = t->held;
            t->held = false;
            if (t->callback != OBJ_NONE) {
                uint64_t n = held ? 0 : missed;   // a held interrupt fires once
                for (uint64_t k = 0; k <= n && k < MACHINE_QUEUE; k++) {
                    machine_schedule(t->callback, OBJ_FROM_PTR(t));
                }
            }
            if (!t->active) {
                continue;
            }
            due = t->start + t->period_us;
        }
        if (due < next) {
            next = due;
        }
    }
    return next;
}

// ---------------------------------------------------------------- Timer
static void timer_print(const printer_t *p, obj_t self, print_kind_t kind) {
    timer_obj_t *t = OBJ_TO_PTR(self);
    print_fmt(p, "Timer(%d, mode=%s, period=%u)", t->id, t->mode == PERIODIC ? "PERIODIC" : "ONE_SHOT",
              (unsigned)(t->period_us / 1000));
}

// init(mode=PERIODIC, callback=None, period=..., tick_hz=1000, freq=None)
static void timer_init_helper(timer_obj_t *t, size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_mode, 0, OBJ_SMALL_INT(PERIODIC)},
        {N_callback, 0, OBJ_NONE},
        {N_period, 0, OBJ_SMALL_INT(0xffffffff)},
        {N_tick_hz, 0, OBJ_SMALL_INT(1000)},
        {N_freq, 0, OBJ_NONE},
    };
    obj_t v[5];
    rt_parse_args(n_args, n_kw, args, 5, spec, v);
    t->active = false;
    double period_us;
    if (v[4] != OBJ_NONE) {
        double f = rt_get_float(v[4]);
        if (!(f > 0)) {
            rt_raise_ValueError("freq must be positive");
        }
        period_us = 1e6 / f;
    } else {
        intptr_t hz = rt_get_int(v[3]);
        if (hz <= 0) {
            rt_raise_ValueError("tick_hz must be positive");
        }
        period_us = (double)rt_get_int(v[2]) * 1e6 / (double)hz;
    }
    if (v[1] != OBJ_NONE && !rt_is_callable(v[1])) {
        rt_raise_TypeError("callback must be None or callable");
    }
    if (period_us < 1) {
        period_us = 1;
    }
    if (period_us > 1e15) {
        period_us = 1e15;
    }
    t->period_us = (uint64_t)period_us;
    t->mode = rt_get_int(v[0]) ? PERIODIC : ONE_SHOT;
    t->callback = v[1];
    t->start = board_ticks_us();
    t->held = false;
    t->active = true;
    board_deadline_changed();
}

static obj_t timer_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 1, 6, n_kw, true);
    int id = (int)(rt_get_int(args[0]) & 3);
    machine_root_t *root = machine_root();
    timer_obj_t *t = timer_at(id);
    if (t == NULL) {
        t = gc_alloc(sizeof(timer_obj_t));
        t->base.type = &machine_timer_type;
        t->id = (uint8_t)id;
        t->mode = PERIODIC;
        t->callback = OBJ_NONE;
        root->timer[id] = OBJ_FROM_PTR(t);
    }
    if (n_args > 1 || n_kw > 0) {
        timer_init_helper(t, n_args - 1, n_kw, args + 1);
    }
    return OBJ_FROM_PTR(t);
}

static obj_t timer_init(size_t n_args, size_t n_kw, const obj_t *args) {
    timer_init_helper(OBJ_TO_PTR(args[0]), n_args - 1, n_kw, args + 1);
    return OBJ_NONE;
}
static FUN_OBJ_KW(timer_init_obj, 1, timer_init);

static obj_t timer_deinit(obj_t self) {
    timer_obj_t *t = OBJ_TO_PTR(self);
    t->active = false;
    board_deadline_changed();
    return OBJ_NONE;
}
static FUN_OBJ_1(timer_deinit_obj, timer_deinit);

// value(): milliseconds counted in the current period.
static obj_t timer_value(obj_t self) {
    timer_obj_t *t = OBJ_TO_PTR(self);
    if (!t->active) {
        return obj_new_small_int(0);
    }
    uint64_t now = board_ticks_us();
    return int_from_ull(now > t->start ? (now - t->start) / 1000 : 0);
}
static FUN_OBJ_1(timer_value_obj, timer_value);

static const map_elem_t timer_locals_table[] = {
    MAP_ENTRY(N_init, &timer_init_obj),
    MAP_ENTRY(N_deinit, &timer_deinit_obj),
    MAP_ENTRY(N_value, &timer_value_obj),
    {OBJ_NAME(N_ONE_SHOT), OBJ_SMALL_INT(ONE_SHOT)},
    {OBJ_NAME(N_PERIODIC), OBJ_SMALL_INT(PERIODIC)},
};
static MAP_ROM(timer_locals, timer_locals_table);

const type_t machine_timer_type = {
    {&type_type},
    .name = N_Timer,
    .make_new = timer_make_new,
    .print = timer_print,
    .locals = &timer_locals,
};
