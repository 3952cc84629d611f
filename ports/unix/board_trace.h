// ports/unix/board_trace.h — the host side of the board's pins: every GPIO
// output change with its board time, to a VCD file (GTKWave, PulseView) and
// to a live one-line pin view on a terminal.
// hal_gpio_output (ports/unix/board_main.c) calls trace_gpio with the board
// clock. Every function may be called from any thread (one mutex inside).
#ifndef KILN_PORTS_UNIX_BOARD_TRACE_H
#define KILN_PORTS_UNIX_BOARD_TRACE_H

#include <stdint.h>

// Pin `pin` (0..39) now outputs `level` (0/1) at board time clock_us
// (hal_clock_us()). A repeat of the pin's last level is ignored.
void trace_gpio(int pin, int level, uint64_t clock_us);

// Pin `pin` now outputs an analog level (PWM or DAC, board/analog.h):
// `value` is its mean output as a fraction of VDD (0..1); value < 0: it is
// no longer analog (recorded as 0). In the VCD each output-capable pin n
// (0..33) has, beside its wire GPIOn, a `real` variable GPIOn_avg carrying
// this value (no 'x' start value: it appears at the first analog output);
// the wire keeps the pin's digital level. The live view shows such a pin
// as GPIOn=NN% while it is analog.
void trace_analog(int pin, double value, uint64_t clock_us);

// A slow PWM drives pin as a square wave from clock_us on: high for high_ns
// of every period_ns, starting with a rise now. Its edges go to the wire
// GPIOn (written up to the board time of each later trace call, and all of
// them at trace_close), at most 100000 edges after each change (then the
// wire shows x: the GPIOn_avg variable still tells the duty). high_ns 0 or
// >= period_ns: a steady 0 or 1. period_ns 0: no wave any more; the wire
// then shows `after` (0/1; -1: left as it is). While a wave runs,
// trace_gpio leaves the pin's wire alone (the pad follows the PWM).
void trace_wave(int pin, uint64_t period_ns, uint64_t high_ns, int after, uint64_t clock_us);

// Start writing a VCD file ($timescale 1us; one 1-bit wire GPIOn per ESP32
// pin, x until the pin first drives; times are board microseconds). Every
// change is flushed at once, so a killed board leaves a valid file.
// Returns 0, or -1 (errno set) if the file cannot be created.
int trace_open_vcd(const char *path);
// Append to the VCD a previous board process wrote (a forced restart).
int trace_continue_vcd(const char *path, uint64_t clock_us);

// Show a live pin view on terminal fd: one line rewritten with \r, e.g.
// `[kiln] t=12.345s  GPIO2=1 GPIO21=0` (only pins that were outputs), at
// most ~20 updates per real second. fd < 0 turns it off.
void trace_live_enable(int fd);
// Redraw the live view if a change is still undrawn (rate limit) — call it
// now and then (e.g. from the port's I/O loop, ~20 times a second) so the
// view shows the last state; clock_us is the board time to show.
void trace_live_tick(uint64_t clock_us);

// The board time reached clock_us (no change): the edges of square waves
// before it are written, and the next trace_close stamps the VCD's end
// there, so the last level shows for its full length.
void trace_time(uint64_t clock_us);
// Close the VCD (with a final time stamp at the latest clock seen) and end
// the live line with CR LF.
void trace_close(void);

// Number of changes recorded for pin since start (tests, summaries).
uint64_t trace_count(int pin);

#endif
