// board/hal.h — what the board supervisor needs from the hardware (the port).
// ports/unix implements it for the virtual board (ports/unix/board_*.c);
// ports/qemu-m3 will implement it on a UART, a timer and memory-mapped flash.
// The board calls these from the interpreter thread only.
#ifndef KILN_BOARD_HAL_H
#define KILN_BOARD_HAL_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

// Serial TX: send raw bytes to the host, as a UART does (no translation).
void hal_serial_write(const uint8_t *buf, size_t len);

// The board clock: microseconds since the port started the board, never
// going back, running on across resets (real clock, or virtual: sleeps
// advance it at once). The board derives ticks_us() since reset from it.
uint64_t hal_clock_us(void);
// Sleep `us` microseconds of board time, returning early when an event was
// posted (serial byte, interrupt, host request: see board_post_event()).
// In virtual-clock mode a sleep with nothing pending returns at once, the
// clock advanced by `us` (never past board_deadline_us: timers fire on time).
void hal_delay_us(uint64_t us);
// Block until an event is posted or about `max_us` of real time passed
// (the serial read loop uses it while waiting for a byte: board time flows
// with real time while the board idles, in both clock modes).
void hal_wait_event(uint64_t max_us);

// [any thread] wake hal_wait_event / hal_delay_us now (board_post_event()
// calls it).
void hal_wake(void);

// Wall clock at power-up, seconds since 1970 (the RTC starts from it).
int64_t hal_rtc_boot_seconds(void);

// A GPIO output level changed (pin driven as an output; level 0/1). The port
// records it with hal_clock_us(): trace, VCD file, live pin view.
void hal_gpio_output(int pin, int level);
// A pin's analog output changed (board/analog.h): `level` is its mean output
// as a fraction of VDD (PWM duty, DAC value/255), < 0 when it stops being
// analog. The port records it with hal_clock_us() (a VCD real variable).
void hal_gpio_analog(int pin, double level);
// A slow PWM makes the pin a square wave from now: high for high_ns of every
// period_ns (period_ns 0: no wave any more, the pin then shows `after`: 0/1,
// or -1 for no change). The port may draw its edges (the VCD's wire).
void hal_gpio_wave(int pin, uint64_t period_ns, uint64_t high_ns, int after);

// Feed of the "power": false when the port wants board_run() to return
// (the serial input ended, the process is asked to quit).
bool hal_running(void);

#endif
