// board/safemode.c — never locked out: safe mode (a boot that mounts the
// flash but runs neither boot.py nor main.py), the boot window (Ctrl-C twice
// right after a reset), the crash-loop breaker, the escalation of repeated
// Ctrl-C to an uncatchable halt, and the supervisor's side of the boot
// journal (board/journal.c): one entry per boot, what ran, how it ended.
// Invariants:
// - the decision to boot safe is taken before boot.py runs, from: a pending
//   request (host, Ctrl-C x2 in the window), the BOOT button (GPIO0 driven
//   low by the host), `--safe` at power-up, or the journal (crash loop);
// - a boot is a "crash" for the breaker when it ended by a soft, hard or
//   watchdog reset less than SAFEMODE_LOOP_SECONDS after it began, while no
//   byte came from the host and it was not itself a safe boot; K
//   (SAFEMODE_LOOP_COUNT) crashes in a row make the next boot safe;
// - journal writes happen in the interpreter thread only; the RX path (any
//   thread) only counts bytes into atomics.
#include <string.h>
#include "board/board.h"
#include "board/board_int.h"
#include "board/hal.h"
#include "board/journal.h"
#include "board/gpio.h"
#include "board/serial.h"
#include "board/supervisor.h"
#include "core/runtime.h"
#include "core/gc.h"
#include "core/types.h"

static const char *const reason_text[] = {
    [SAFE_NONE] = "",
    [SAFE_OPTION] = "the board was powered up with --safe",
    [SAFE_BUTTON] = "the BOOT button (GPIO0) was held low at reset",
    [SAFE_CTRL_C] = "Ctrl-C twice during the boot window",
    [SAFE_REQUEST] = "the host asked for it",
    [SAFE_CRASH_LOOP] = "crash loop: the last boots each ended in a reset within seconds",
};

static int boot_reason;             // safe-mode reason of the current boot (0: normal)
static uint8_t ran_bits;            // JOURNAL_RAN_* of the current boot
static uint64_t boot_clock;         // hal_clock_us() when the current boot began
static uint64_t window_end;         // [any thread] boot window end (hal clock), 0 = closed
static int window_ctrl_c;           // [any thread] Ctrl-C seen in the window
static int input_seen;              // [any thread] a byte came from the host this boot
static uint64_t intr_times[3];      // [any thread] clocks of the last Ctrl-C while code ran
static journal_entry_t entry;       // the current boot's journal entry

const char *safemode_reason_text(int reason) {
    return reason > 0 && reason < SAFE__COUNT ? reason_text[reason] : "";
}

int safemode_reason(void) {
    return boot_reason;
}

// ---------------------------------------------------------------- [any thread]
bool safemode_rx_byte(uint8_t c, bool code_running) {
    __atomic_store_n(&input_seen, 1, __ATOMIC_RELAXED);
    if (c != 3) {
        return false;
    }
    uint64_t now = hal_clock_us();
    uint64_t end = __atomic_load_n(&window_end, __ATOMIC_ACQUIRE);
    if (end != 0 && now < end) {
        if (__atomic_add_fetch(&window_ctrl_c, 1, __ATOMIC_SEQ_CST) == 2) {
            board_request_safe_from_window();
        }
        return true;
    }
    if (!code_running) {
        return false;
    }
    // three Ctrl-C within a second while code runs: whatever swallows
    // KeyboardInterrupt, the host wants the REPL back (a halt)
    intr_times[0] = intr_times[1];
    intr_times[1] = intr_times[2];
    intr_times[2] = now;
    if (intr_times[0] != 0 && now - intr_times[0] < SAFEMODE_HALT_WINDOW_US) {
        intr_times[0] = intr_times[1] = intr_times[2] = 0;
        board_request(BOARD_REQ_HALT);
    }
    return false;
}

// ---------------------------------------------------------------- boots
static bool is_crash(const journal_entry_t *e) {
    if (e->ran & (JOURNAL_RAN_SAFE | JOURNAL_RAN_INPUT)) {
        return false;
    }
    if (e->end != JOURNAL_END_SOFT && e->end != JOURNAL_END_HARD && e->end != JOURNAL_END_WDT) {
        return false;
    }
    return e->uptime_ms < SAFEMODE_LOOP_SECONDS * 1000u;
}

int safemode_decide(int requested) {
    if (requested != SAFE_NONE) {
        return requested;
    }
    if (gpio_external(0) == 0) {
        return SAFE_BUTTON;
    }
    journal_entry_t last[SAFEMODE_LOOP_COUNT];
    size_t n = journal_read(last, SAFEMODE_LOOP_COUNT);
    if (n == SAFEMODE_LOOP_COUNT) {
        size_t k = 0;
        while (k < n && is_crash(&last[k])) {
            k++;
        }
        if (k == SAFEMODE_LOOP_COUNT) {
            return SAFE_CRASH_LOOP;
        }
    }
    return SAFE_NONE;
}

static void write_entry(void) {
    gc_info_t info;
    gc_info(&info);
    entry.ran = ran_bits | (__atomic_load_n(&input_seen, __ATOMIC_RELAXED) ? JOURNAL_RAN_INPUT : 0);
    entry.uptime_ms = (uint32_t)((hal_clock_us() - boot_clock) / 1000u);
    entry.heap_free = (uint32_t)info.free;
    journal_update(&entry);
}

// The current boot as it stands now (the journal holds its last write).
void safemode_current(journal_entry_t *out) {
    gc_info_t info;
    gc_info(&info);
    *out = entry;
    out->ran = ran_bits | (__atomic_load_n(&input_seen, __ATOMIC_RELAXED) ? JOURNAL_RAN_INPUT : 0);
    out->uptime_ms = (uint32_t)((hal_clock_us() - boot_clock) / 1000u);
    out->heap_free = (uint32_t)info.free;
}

// A reset happened: the boot window opens at once (before anything is
// printed, so a host that answers the announcement is never too early).
void safemode_window_open(void) {
    boot_clock = hal_clock_us();
    __atomic_store_n(&input_seen, 0, __ATOMIC_RELAXED);
    __atomic_store_n(&window_ctrl_c, 0, __ATOMIC_RELAXED);
    __atomic_store_n(&window_end, boot_clock + SAFEMODE_WINDOW_US, __ATOMIC_RELEASE);
}

void safemode_boot_begin(int cause, int reason) {
    boot_reason = reason;
    ran_bits = reason ? JOURNAL_RAN_SAFE : 0;
    if (reason) {
        safemode_window_close();
    }
    uint32_t n = journal_begin((uint8_t)cause, ran_bits);
    memset(&entry, 0, sizeof(entry));
    entry.boot = n;
    entry.cause = (uint8_t)cause;
    entry.safe_reason = (uint8_t)reason;
    entry.ran = ran_bits;
}

void safemode_window_close(void) {
    __atomic_store_n(&window_end, 0, __ATOMIC_RELEASE);
}

void safemode_note(uint8_t bits) {
    ran_bits |= bits;
}

void safemode_note_traceback(obj_t exc) {
    vstr_t v;
    vstr_init(&v, 128);
    printer_t p = vstr_printer(&v);
    exc_print_traceback(&p, exc);
    size_t from = v.len > JOURNAL_TB_MAX ? v.len - JOURNAL_TB_MAX : 0;
    entry.tb_len = (uint16_t)(v.len - from);
    memcpy(entry.tb, v.buf + from, entry.tb_len);
    write_entry();
}

void safemode_boot_end(int end) {
    entry.end = (uint8_t)end;
    write_entry();
}

void safemode_print_notice(void) {
    if (boot_reason == SAFE_NONE) {
        return;
    }
    print_fmt(&printer_stdout, "Safe mode (%s): boot.py and main.py were not run. "
              "Ctrl-D or machine.reset() boots normally.\n", safemode_reason_text(boot_reason));
}

// The announcement of the boot window at power-up and hard resets (where a
// real ESP32's ROM prints its reset line).
void safemode_announce(int cause) {
    static const char *const causes[] = {"unknown", "power-on", "hard reset", "watchdog", "deep-sleep wake", "soft reset"};
    print_fmt(&printer_stdout, "kiln: %s; Ctrl-C twice within %u s for safe mode\n",
              causes[cause >= 0 && cause <= 5 ? cause : 0], (unsigned)(SAFEMODE_WINDOW_US / 1000000u));
}
