// board/serial.h — the console link of the board (a UART on real hardware).
// RX: a ring buffer filled by the port's I/O context (board_serial_rx, any
// thread) and drained by the interpreter. The interrupt character
// (rt_state.interrupt_char, armed only while Python code runs) is swallowed
// on arrival and posts KeyboardInterrupt. TX: raw bytes, or Python text
// "cooked" (LF -> CR LF).
#ifndef KILN_BOARD_SERIAL_H
#define KILN_BOARD_SERIAL_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#define SERIAL_RX_SIZE 65536   // bytes of receive buffer (power of two)

void serial_power_on(void);                  // empty the buffers
// [interpreter] next received byte, waiting for it. Host requests and other
// board events that arrive meanwhile are handled (a reset does not return).
// Returns -1, leaving rt_state.pending_exception set, when Python code is
// running and an exception became pending (Ctrl-C) — the caller raises it
// with rt_handle_pending().
int serial_getc(void);
// Like serial_getc but gives up after `us` of board time: returns -2.
int serial_getc_timeout(uint64_t us);
// Wait up to `us` for a byte to be there (not taking it): true if one is;
// false on timeout or when an exception became pending.
bool serial_wait_rx(uint64_t us);
size_t serial_rx_available(void);            // bytes waiting
void serial_rx_flush(void);                  // drop them

void serial_write(const void *buf, size_t len);   // raw bytes
void serial_write_str(const char *s);             // raw NUL-terminated text
void serial_write_cooked(const char *s, size_t len);   // LF -> CR LF

#endif
