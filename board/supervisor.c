// board/supervisor.c — the board's life: power-up, the soft-reset loop
// (heap and interpreter re-initialised, filesystem mounted, boot.py, main.py,
// the REPL, "MPY: soft reboot"), hard resets, host requests, the reset
// cause, board time, the RTC and the deadline pollers (machine.Timer/WDT).
// Invariants:
// - the GC heap is the port's block, gc_init'd again at every soft reset; no
//   Python object outlives a soft reset; pins, RTC, REPL mode, reset flags
//   and the VFS mount live in C memory;
// - a hard reset, power cycle or halt leaves running code by longjmp (never
//   through Python handlers): rt_init() then resets every core static;
// - host requests arrive from any thread as bits in `requests` and are
//   taken only by the interpreter thread at a check point.
#include <setjmp.h>
#include <string.h>
#include "board/board.h"
#include "board/board_int.h"
#include "board/hal.h"
#include "board/serial.h"
#include "board/supervisor.h"
#include "board/gpio.h"
#include "board/readline.h"
#include "board/journal.h"
#include "core/runtime.h"
#include "core/gc.h"
#include "core/vm.h"
#include "core/types.h"
#include "fs/vfs.h"

const char board_name[] = "Generic ESP32 module";
const char board_mcu[] = "ESP32";

#define MODULE(name) void mod_##name##_init(void);
#include "board/modules.def"
#undef MODULE

repl_mode_t board_repl_mode;
volatile uint64_t board_deadline_us = UINT64_MAX;

static const board_config_t *config;
static jmp_buf power_jb;    // hard reset / power cycle / stop
static jmp_buf halt_jb;     // host halt: back to the REPL
static bool halt_armed;
static int requests;        // 1 << board_req_t, any thread
static int reset_cause, wake_reason;
static int next_cause, next_wake;
static int pending_safe;          // safe-mode reason for the next boot
static bool announce;             // announce the boot window (hard resets)
static int ctrl_c_safe;           // [any thread] the safe request came from the boot window
static bool soft_reset_happened;
static uint64_t reset_clock;      // hal_clock_us() at the last hard reset
static int64_t rtc_offset_us;     // RTC = rtc_offset_us + hal_clock_us()

#define MAX_POLLERS 8
static board_poller_t pollers[MAX_POLLERS];
static uint64_t poller_due[MAX_POLLERS];   // ticks; UINT64_MAX = idle
static int n_pollers;

enum { JUMP_POWER = 1, JUMP_RESET, JUMP_STOP };

const board_config_t *board_config(void) {
    return config;
}

// ---------------------------------------------------------------- time
uint64_t board_ticks_us(void) {
    return hal_clock_us() - reset_clock;
}

int64_t board_rtc_us(void) {
    return rtc_offset_us + (int64_t)hal_clock_us();
}

void board_rtc_set_us(int64_t us) {
    rtc_offset_us = us - (int64_t)hal_clock_us();
}

static uint64_t vfs_time_ns(void) {
    int64_t us = board_rtc_us();
    return us > 0 ? (uint64_t)us * 1000u : 0;
}

// ---------------------------------------------------------------- pollers
void board_add_poller(board_poller_t fn) {
    if (n_pollers < MAX_POLLERS) {
        pollers[n_pollers] = fn;
        poller_due[n_pollers] = 0;
        n_pollers++;
    }
}

static void publish_deadline(void) {
    uint64_t d = UINT64_MAX;
    for (int i = 0; i < n_pollers; i++) {
        if (poller_due[i] < d) {
            d = poller_due[i];
        }
    }
    board_deadline_us = d == UINT64_MAX ? UINT64_MAX : d + reset_clock;
}

// Run the pollers that are due (all of them if `all`).
static void run_pollers(bool all) {
    uint64_t now = board_ticks_us();
    for (int i = 0; i < n_pollers; i++) {
        if (all || poller_due[i] <= now) {
            poller_due[i] = UINT64_MAX;   // a poller that raises is idle until re-armed
            poller_due[i] = pollers[i](now);
        }
    }
    publish_deadline();
}

void board_deadline_changed(void) {
    run_pollers(true);
}

// ---------------------------------------------------------------- requests
void board_post_event(void) {
    rt_post_pending(RT_PENDING_PORT);
    hal_wake();
}

int board_requests_pending(void) {
    return __atomic_load_n(&requests, __ATOMIC_SEQ_CST);
}

void board_request(board_req_t req) {
    __atomic_or_fetch(&requests, 1 << req, __ATOMIC_SEQ_CST);
    board_post_event();
}

void board_gpio_drive(int pin, int level) {
    gpio_drive_external(pin, level);
}

// Every reset but a soft one: the journal records how the boot ended, then
// the chip restarts (no Python handler runs).
static NORETURN void reset_now(int cause, int wake, int end, int safe) {
    halt_armed = false;
    safemode_boot_end(end);
    next_cause = cause;
    next_wake = wake;
    pending_safe = safe;
    longjmp(power_jb, end == JOURNAL_END_POWER ? JUMP_POWER : JUMP_RESET);
}

NORETURN void board_reset(int cause, int wake) {
    int end = cause == BOARD_WDT_RESET ? JOURNAL_END_WDT
            : cause == BOARD_DEEPSLEEP_RESET ? JOURNAL_END_DEEPSLEEP : JOURNAL_END_HARD;
    reset_now(cause, wake, end, SAFE_NONE);
}

void board_request_safe_from_window(void) {
    __atomic_store_n(&ctrl_c_safe, 1, __ATOMIC_SEQ_CST);
    board_request(BOARD_REQ_SAFE_RESET);
}

void board_check_power(void) {
    if (!hal_running()) {
        longjmp(power_jb, JUMP_STOP);
    }
}

// The interpreter's check point for port events (port_pending_events()).
void board_pending_events(void) {
    int r = __atomic_exchange_n(&requests, 0, __ATOMIC_SEQ_CST);
    if (r & (1 << BOARD_REQ_POWER)) {
        reset_now(BOARD_PWRON_RESET, 0, JOURNAL_END_POWER, SAFE_NONE);
    }
    if (r & (1 << BOARD_REQ_RESET)) {
        reset_now(BOARD_HARD_RESET, 0, JOURNAL_END_BUTTON, SAFE_NONE);
    }
    if (r & (1 << BOARD_REQ_SAFE_RESET)) {
        int why = __atomic_exchange_n(&ctrl_c_safe, 0, __ATOMIC_SEQ_CST) ? SAFE_CTRL_C : SAFE_REQUEST;
        reset_now(BOARD_HARD_RESET, 0, JOURNAL_END_SAFE, why);
    }
    if ((r & (1 << BOARD_REQ_HALT)) && halt_armed) {
        longjmp(halt_jb, 1);
    }
    board_check_power();
    gpio_poll();
    if (n_pollers > 0 && hal_clock_us() >= board_deadline_us) {
        run_pollers(false);
    }
}

int board_reset_cause(void) {
    return soft_reset_happened ? BOARD_SOFT_RESET : reset_cause;
}

int board_wake_reason(void) {
    return wake_reason;
}

// A sleep of board time that wakes for events and stops at deadlines
// (port_delay_us: time.sleep's chunks).
void board_delay_us(uint64_t us) {
    uint64_t clock = hal_clock_us();
    uint64_t dl = board_deadline_us;
    if (dl != UINT64_MAX && dl <= clock) {
        rt_post_pending(RT_PENDING_PORT);   // a timer is due: run it before sleeping on
        return;
    }
    if (dl != UINT64_MAX && dl - clock < us) {
        us = dl - clock;   // wake for the timer; the sleep loop goes on after it
    }
    hal_delay_us(us);
    if (board_deadline_us != UINT64_MAX && hal_clock_us() >= board_deadline_us) {
        rt_post_pending(RT_PENDING_PORT);
    }
}

// ---------------------------------------------------------------- the soft-reset loop
static int rl_getc(void) {
    return serial_getc();
}

static void rl_write(const char *s, size_t n) {
    serial_write(s, n);
}

static const readline_io_t rl_io = {rl_getc, rl_write};

// Interpreter state for one soft-reset cycle.
static void interpreter_init(void) {
    n_pollers = 0;
    board_deadline_us = UINT64_MAX;
    gc_init(config->heap, (char *)config->heap + config->heap_size);
    rt_state.platform = "esp32";
    rt_state.machine = "Generic ESP32 module with ESP32";
    rt_init();
    rt_state.interrupt_char = -1;   // armed only while code runs
#define MODULE(name) mod_##name##_init();
#include "board/modules.def"
#undef MODULE
    static const char *const path[] = {"", ".frozen", "/lib"};
    for (size_t i = 0; i < 3; i++) {
        list_append(rt_state.sys_path, str_new_cstr(path[i]));
    }
    readline_init(&rl_io);
}

// Back from a halt: the frames the longjmp skipped are forgotten.
static void after_halt(void) {
    rt_state.interrupt_char = -1;
    rt_state.exc_handled = OBJ_NULL;
    rt_state.pending_exception = OBJ_NULL;
    nlr_top = NULL;
    vm_reset();
    serial_write_str("\r\nHalted by the host.\r\n");
}

// One REPL session; an exception that escapes the REPL itself (a
// MemoryError while editing a line in a full heap...) is printed and the
// REPL starts again instead of bringing the board down.
static int run_repl(void) {
    safemode_window_close();
    safemode_note(JOURNAL_RAN_REPL);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        int r = board_repl_mode == REPL_RAW ? pyexec_raw_repl() : pyexec_friendly_repl();
        nlr_pop();
        return r;
    }
    rt_state.interrupt_char = -1;
    serial_write_str("\r\n");
    exc_print_traceback(&printer_stderr, nlr.ret_val);
    gc_collect();
    return 0;
}

// boot.py / main.py, noted in the journal.
static int run_file(const char *name, uint8_t bit) {
    if (board_stat(name) != 2) {
        return PYEXEC_OK;
    }
    safemode_note(bit);
    int r = pyexec_file_if_exists(name);
    if (r == PYEXEC_EXCEPTION) {
        safemode_note(JOURNAL_RAN_ERROR);
        if (pyexec_ended_in_memory_error()) {
            // its globals hold the heap: the REPL would have no room to run
            map_t *g = rt_module_globals(rt_state.main_module);
            map_clear(g);
            map_store(g, OBJ_NAME(N___name__), OBJ_NAME(N___main__));
            gc_collect();
            print_fmt(&printer_stdout, "kiln: %s filled the heap; its globals were dropped\n", name);
        }
    }
    return r;
}

static void soft_reset_loop(void) {
    for (;;) {
        safemode_window_open();
        interpreter_init();
        int cause = board_reset_cause();
        if (announce) {
            safemode_announce(cause);
            announce = false;
        }
        int safe = safemode_decide(pending_safe);
        pending_safe = SAFE_NONE;
        safemode_boot_begin(cause, safe);
        fsboot_mount();
        int r;
        halt_armed = false;
        if (setjmp(halt_jb) != 0) {
            after_halt();
            goto repl;
        }
        halt_armed = true;
        if (safe != SAFE_NONE) {
            safemode_print_notice();
            goto repl;
        }
        r = run_file("boot.py", JOURNAL_RAN_BOOT);
        if (r & PYEXEC_FORCED_EXIT) {
            goto soft_reset;
        }
        if (board_repl_mode == REPL_FRIENDLY && r != PYEXEC_EXCEPTION) {
            r = run_file("main.py", JOURNAL_RAN_MAIN);
            if (r & PYEXEC_FORCED_EXIT) {
                goto soft_reset;
            }
        }
    repl:
        for (;;) {
            r = run_repl();
            if (r != 0) {
                break;
            }
        }
    soft_reset:
        halt_armed = false;
        safemode_boot_end(JOURNAL_END_SOFT);
        vfs_sync();
        vfs_umount_all();   // closes (and flushes) the files still open
        serial_write_str("MPY: soft reboot\r\n");
        gpio_soft_reset();
        soft_reset_happened = true;
    }
}

int board_run(const board_config_t *cfg) {
    config = cfg;
    vfs_time_ns_hook = vfs_time_ns;
    volatile int why = setjmp(power_jb);
    if (why == JUMP_STOP) {
        vfs_umount_all();
        return 0;
    }
    announce = true;
    if (why == 0) {
        journal_attach(cfg->journal_flash, cfg->journal_offset, 4096);
        pending_safe = cfg->safe_mode ? SAFE_OPTION : cfg->first_safe ? SAFE_REQUEST : SAFE_NONE;
    }
    if (why == 0 && cfg->first_cause > BOARD_PWRON_RESET) {
        reset_cause = cfg->first_cause;   // a restart forced by the port
        wake_reason = BOARD_WAKE_NONE;
        rtc_offset_us = (cfg->rtc_us ? cfg->rtc_us : hal_rtc_boot_seconds() * 1000000) - (int64_t)hal_clock_us();
    } else if (why == 0 || why == JUMP_POWER) {
        reset_cause = BOARD_PWRON_RESET;
        wake_reason = BOARD_WAKE_NONE;
        rtc_offset_us = hal_rtc_boot_seconds() * 1000000 - (int64_t)hal_clock_us();
    } else {
        reset_cause = next_cause;   // the RTC runs on through a chip reset
        wake_reason = next_wake;
    }
    gpio_power_on();   // every reset but a soft one puts the pins back to inputs
    __atomic_store_n(&requests, 0, __ATOMIC_SEQ_CST);
    board_repl_mode = REPL_FRIENDLY;
    soft_reset_happened = false;
    halt_armed = false;
    reset_clock = hal_clock_us();
    vfs_umount_all();   // bytes already received stay: the host's bridge chip holds them
    soft_reset_loop();
    return 0;
}
