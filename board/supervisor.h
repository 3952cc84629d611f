// board/supervisor.h — the supervisor's services for the board's modules
// (machine, time, os glue): reset causes, resets, the RTC, board time.
// Interpreter thread only.
#ifndef KILN_BOARD_SUPERVISOR_H
#define KILN_BOARD_SUPERVISOR_H

#include <stdint.h>
#include <stdbool.h>
#include "core/obj.h"

// machine.reset_cause() values (ESP32).
enum {
    BOARD_PWRON_RESET = 1,
    BOARD_HARD_RESET = 2,
    BOARD_WDT_RESET = 3,
    BOARD_DEEPSLEEP_RESET = 4,
    BOARD_SOFT_RESET = 5,
};
// machine.wake_reason() values (ESP-IDF's wake-up causes).
enum {
    BOARD_WAKE_NONE = 0,
    BOARD_PIN_WAKE = 2,      // EXT0
    BOARD_EXT1_WAKE = 3,
    BOARD_TIMER_WAKE = 4,
    BOARD_TOUCHPAD_WAKE = 5,
    BOARD_ULP_WAKE = 6,
};

int board_reset_cause(void);
int board_wake_reason(void);
// Restart the chip now, as esp_restart() / a watchdog / a deep-sleep wake
// does: cause is BOARD_HARD_RESET, BOARD_WDT_RESET or BOARD_DEEPSLEEP_RESET.
// The REPL mode goes back to friendly; main.py runs again. Never returns.
NORETURN void board_reset(int cause, int wake_reason);

// Board time since the last reset (what ticks_us() counts).
uint64_t board_ticks_us(void);
// RTC: microseconds since 1970; kept across soft and hard resets.
int64_t board_rtc_us(void);
void board_rtc_set_us(int64_t us);

// machine.Timer / machine.WDT deadlines changed: recompute board_deadline_us.
// The supervisor then calls every registered poller at check points.
typedef uint64_t (*board_poller_t)(uint64_t now_ticks_us);   // returns its next deadline (ticks), or UINT64_MAX
void board_add_poller(board_poller_t fn);   // once per soft reset (module init)
void board_deadline_changed(void);

// The name of the board and MCU, as in the banner ("Generic ESP32 module", "ESP32").
extern const char board_name[];
extern const char board_mcu[];

#endif
