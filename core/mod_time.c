// core/mod_time.c — the `time` module (MicroPython's API): sleep, sleep_ms,
// sleep_us, ticks_ms/us/cpu, ticks_diff, ticks_add, time, time_ns,
// gmtime/localtime (UTC: the core knows no time zone), mktime.
// Ticks wrap: they are masked to 30 bits (TICKS_PERIOD), and ticks_diff
// returns the signed distance in [-TICKS_PERIOD/2, TICKS_PERIOD/2).
// Sleeps run in chunks and call rt_handle_pending() after each, so Ctrl-C
// (KeyboardInterrupt) and scheduled callbacks are not delayed by a sleep.
// All time comes from port.h; the calendar arithmetic is our own.
#include "core/runtime.h"
#include "core/types.h"
#include "core/port.h"
#include "core/mod_builtins.h"

#define TICKS_PERIOD ((intptr_t)1 << 30)
#define TICKS_MASK (TICKS_PERIOD - 1)
#define TICKS_HALF (TICKS_PERIOD / 2)
#define SLEEP_CHUNK_US 20000

// ---------------------------------------------------------------- sleeping
static void sleep_us(uint64_t us) {
    uint64_t deadline = port_ticks_us() + us;
    rt_handle_pending();
    for (;;) {
        uint64_t now = port_ticks_us();
        if (now >= deadline) {
            break;
        }
        uint64_t left = deadline - now;
        port_delay_us(left < SLEEP_CHUNK_US ? left : SLEEP_CHUNK_US);
        rt_handle_pending();
    }
}

static obj_t time_sleep(obj_t secs) {
    double s;
    if (obj_is_small_int(secs)) {
        s = (double)obj_small_int_value(secs);
    } else {
        s = rt_get_float(secs);
    }
    if (s != s) {
        rt_raise_ValueError("invalid value");
    }
    if (s < 0) {
        rt_raise_ValueError("sleep length must be non-negative");
    }
    if (s > 1e12) {
        s = 1e12;   // ~31700 years: keeps the microsecond count in range
    }
    sleep_us((uint64_t)(s * 1e6 + 0.5));
    return OBJ_NONE;
}
static FUN_OBJ_1(time_sleep_obj, time_sleep);

static obj_t time_sleep_ms(obj_t ms) {
    intptr_t v = rt_get_int(ms);
    sleep_us(v > 0 ? (uint64_t)v * 1000 : 0);
    return OBJ_NONE;
}
static FUN_OBJ_1(time_sleep_ms_obj, time_sleep_ms);

static obj_t time_sleep_us(obj_t us) {
    intptr_t v = rt_get_int(us);
    sleep_us(v > 0 ? (uint64_t)v : 0);
    return OBJ_NONE;
}
static FUN_OBJ_1(time_sleep_us_obj, time_sleep_us);

// ---------------------------------------------------------------- ticks
static obj_t time_ticks_ms(void) {
    return obj_new_small_int((intptr_t)(port_ticks_us() / 1000) & TICKS_MASK);
}
static FUN_OBJ_0(time_ticks_ms_obj, time_ticks_ms);

static obj_t time_ticks_us(void) {
    return obj_new_small_int((intptr_t)port_ticks_us() & TICKS_MASK);
}
static FUN_OBJ_0(time_ticks_us_obj, time_ticks_us);

static obj_t time_ticks_diff(obj_t end, obj_t start) {
    intptr_t d = ((rt_get_int(end) - rt_get_int(start) + TICKS_HALF) & TICKS_MASK) - TICKS_HALF;
    return obj_new_small_int(d);
}
static FUN_OBJ_2(time_ticks_diff_obj, time_ticks_diff);

static obj_t time_ticks_add(obj_t ticks, obj_t delta) {
    intptr_t d = rt_get_int(delta);
    if (d < -TICKS_HALF || d >= TICKS_HALF) {
        rt_raise_OverflowError("ticks interval overflow");
    }
    return obj_new_small_int((rt_get_int(ticks) + d) & TICKS_MASK);
}
static FUN_OBJ_2(time_ticks_add_obj, time_ticks_add);

// ---------------------------------------------------------------- wall clock
static obj_t time_time(void) {
    return int_from_ll(port_time_s());
}
static FUN_OBJ_0(time_time_obj, time_time);

static obj_t time_time_ns(void) {
    return int_from_ll(port_time_s() * 1000000000LL + (long long)(port_ticks_us() % 1000000) * 1000);
}
static FUN_OBJ_0(time_time_ns_obj, time_time_ns);

// Days since 1970-01-01 of a proleptic Gregorian date (month 1..12).
static int64_t days_from_date(int64_t y, int m, int d) {
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;                                    // [0, 399]
    int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;  // [0, 365]
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;            // [0, 146096]
    return era * 146097 + doe - 719468;
}

static void date_from_days(int64_t z, int64_t *y, int *m, int *d) {
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

static int64_t floor_div(int64_t a, int64_t b) {
    int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// (year, month, mday, hour, minute, second, weekday, yearday), Monday = 0.
static obj_t time_gmtime(size_t n_args, const obj_t *args) {
    int64_t t;
    if (n_args == 0 || args[0] == OBJ_NONE) {
        t = port_time_s();
    } else if (obj_is_small_int(args[0])) {
        t = obj_small_int_value(args[0]);
    } else {
        t = (int64_t)rt_get_float(args[0]);
    }
    int64_t days = floor_div(t, 86400);
    int64_t secs = t - days * 86400;
    int64_t y;
    int m, d;
    date_from_days(days, &y, &m, &d);
    obj_t items[8] = {
        int_from_ll(y), obj_new_small_int(m), obj_new_small_int(d),
        obj_new_small_int((intptr_t)(secs / 3600)), obj_new_small_int((intptr_t)(secs / 60 % 60)),
        obj_new_small_int((intptr_t)(secs % 60)),
        obj_new_small_int((intptr_t)(days + 3 - floor_div(days + 3, 7) * 7)),
        obj_new_small_int((intptr_t)(days - days_from_date(y, 1, 1) + 1)),
    };
    return tuple_new(8, items);
}
static FUN_OBJ_VAR(time_gmtime_obj, 0, 1, time_gmtime);

static obj_t time_mktime(obj_t tuple) {
    obj_t it = rt_getiter(tuple, NULL);
    int64_t f[6];
    for (int i = 0; i < 6; i++) {
        obj_t x = rt_iternext(it);
        if (x == OBJ_STOP) {
            rt_raise_TypeError("mktime needs a tuple of length 8 or 9");
        }
        f[i] = rt_get_int(x);
    }
    int64_t y = f[0] + floor_div(f[1] - 1, 12);
    int m = (int)(f[1] - 1 - floor_div(f[1] - 1, 12) * 12) + 1;
    int64_t days = days_from_date(y, m, 1) + f[2] - 1;
    return int_from_ll(days * 86400 + f[3] * 3600 + f[4] * 60 + f[5]);
}
static FUN_OBJ_1(time_mktime_obj, time_mktime);

static const map_elem_t time_table[] = {
    {OBJ_NAME(N___name__), OBJ_NAME(N_time)},
    MAP_ENTRY(N_sleep, &time_sleep_obj),
    MAP_ENTRY(N_sleep_ms, &time_sleep_ms_obj),
    MAP_ENTRY(N_sleep_us, &time_sleep_us_obj),
    MAP_ENTRY(N_ticks_ms, &time_ticks_ms_obj),
    MAP_ENTRY(N_ticks_us, &time_ticks_us_obj),
    MAP_ENTRY(N_ticks_cpu, &time_ticks_us_obj),
    MAP_ENTRY(N_ticks_diff, &time_ticks_diff_obj),
    MAP_ENTRY(N_ticks_add, &time_ticks_add_obj),
    MAP_ENTRY(N_time, &time_time_obj),
    MAP_ENTRY(N_time_ns, &time_time_ns_obj),
    MAP_ENTRY(N_gmtime, &time_gmtime_obj),
    MAP_ENTRY(N_localtime, &time_gmtime_obj),
    MAP_ENTRY(N_mktime, &time_mktime_obj),
};
static MAP_ROM(time_globals, time_table);
static MODULE_ROM(time_module, time_globals);

void mod_time_init(void) {
    rt_register_module(OBJ_FROM_PTR(&time_module));
}
