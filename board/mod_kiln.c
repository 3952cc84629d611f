// board/mod_kiln.c — the `kiln` module: what the board's supervisor knows
// that MicroPython has no module for. journal() gives the boot journal
// (newest boot first), safe_mode() why this boot is a safe one (or None),
// safe_reset() restarts into safe mode, spin(ms) hangs in C (a test of the
// host's last-resort reset).
#include "board/board.h"
#include "board/board_int.h"
#include "board/journal.h"
#include "board/hal.h"
#include "core/runtime.h"
#include "core/types.h"

static obj_t ran_list(uint8_t ran) {
    static const char *const bits[] = {"boot.py", "main.py", "safe", "repl", "input", "error"};
    obj_t l = list_new(0, NULL);
    for (int i = 0; i < 6; i++) {
        if (ran & (1u << i)) {
            list_append(l, str_new_cstr(bits[i]));
        }
    }
    return l;
}

static void put(obj_t d, name_t k, obj_t v) {
    dict_store(d, OBJ_NAME(k), v);
}

// journal() -> [{'boot': n, 'cause': c, 'ran': [...], 'end': 'soft', ...}, ...]
static obj_t kiln_journal(void) {
    journal_entry_t e[JOURNAL_KEEP];
    size_t n = journal_read(e, JOURNAL_KEEP);
    if (n > 0) {
        journal_entry_t now;
        safemode_current(&now);
        if (now.boot == e[0].boot) {
            e[0] = now;   // this boot as it stands, not as last written
        }
    }
    obj_t out = list_new(0, NULL);
    for (size_t i = 0; i < n; i++) {
        obj_t d = dict_new(8);
        put(d, N_boot, int_from_ll(e[i].boot));
        put(d, N_cause, obj_new_small_int(e[i].cause));
        put(d, N_ran, ran_list(e[i].ran));
        put(d, N_end, str_new_cstr(journal_end_name(e[i].end)));
        put(d, N_uptime_ms, int_from_ll(e[i].uptime_ms));
        put(d, N_heap_free, int_from_ll(e[i].heap_free));
        put(d, N_traceback, str_new(e[i].tb, e[i].tb_len));
        put(d, N_safe, e[i].safe_reason ? str_new_cstr(safemode_reason_text(e[i].safe_reason)) : OBJ_NONE);
        list_append(out, d);
    }
    return out;
}
static FUN_OBJ_0(kiln_journal_obj, kiln_journal);

static obj_t kiln_safe_mode(void) {
    int r = safemode_reason();
    return r ? str_new_cstr(safemode_reason_text(r)) : OBJ_NONE;
}
static FUN_OBJ_0(kiln_safe_mode_obj, kiln_safe_mode);

static obj_t kiln_safe_reset(void) {
    board_request(BOARD_REQ_SAFE_RESET);
    rt_handle_pending();   // takes the request now: does not return
    return OBJ_NONE;
}
static FUN_OBJ_0(kiln_safe_reset_obj, kiln_safe_reset);

// spin(ms): busy-wait ms of real time inside C, taking no interrupt and
// reaching no check point — what a native driver stuck in a loop does. For
// testing that the board can still be reset (the port's forced restart).
static obj_t kiln_spin(obj_t ms) {
    uint64_t end = hal_clock_us() + (uint64_t)rt_get_int(ms) * 1000u;
    while (hal_clock_us() < end) {
    }
    return OBJ_NONE;
}
static FUN_OBJ_1(kiln_spin_obj, kiln_spin);

static const map_elem_t kiln_table[] = {
    MAP_ENTRY(N_spin, &kiln_spin_obj),
    {OBJ_NAME(N___name__), OBJ_NAME(N_kiln)},
    MAP_ENTRY(N_journal, &kiln_journal_obj),
    MAP_ENTRY(N_safe_mode, &kiln_safe_mode_obj),
    MAP_ENTRY(N_safe_reset, &kiln_safe_reset_obj),
};
static MAP_ROM(kiln_globals, kiln_table);
static MODULE_ROM(kiln_module, kiln_globals);

void mod_kiln_init(void) {
    rt_register_module(OBJ_FROM_PTR(&kiln_module));
}
