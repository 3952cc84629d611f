// core/port.h — the only way the core talks to the world (the HAL).
// A port (ports/unix, later ports/qemu-m3) implements every function here.
// The core never calls an OS function directly; it calls these.
#ifndef KILN_PORT_H
#define KILN_PORT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

struct vstr_s;

// Text output of Python (print, tracebacks). fd: 1 = stdout, 2 = stderr.
// A board port "cooks" it: every LF goes out as CR LF.
void port_write(int fd, const char *s, size_t len);
// Binary output (sys.stdout.buffer.write): bytes exactly as given.
void port_write_bytes(int fd, const char *s, size_t len);
// Blocking read of one byte of stdin; -1 at end of input, or when an
// interrupt became pending (the caller then calls rt_handle_pending()).
int port_read_char(void);
// Wait up to timeout_us for stdin to have a byte ready (0: just look).
// Returns true if a read would not block; false on timeout or when an
// interrupt became pending (the caller checks rt_handle_pending()).
bool port_stdin_wait(uint64_t timeout_us);
// input(): read one line of stdin (without its line ending) into v, echoing
// and editing it as the port's console does. Returns 1, or 0 at end of input
// with nothing read, or -1 when an interrupt became pending.
int port_read_line(struct vstr_s *v);
// Called at a VM check point when a port (its I/O thread, an ISR) posted
// RT_PENDING_PORT: handle the port's events (resets, pin interrupts ...).
// May raise (nlr) or never return (a board halt).
void port_pending_events(void);
// Monotonic microseconds since power-up (board time).
uint64_t port_ticks_us(void);
// Wall-clock seconds since 1970 (time.time()).
int64_t port_time_s(void);
// Sleep; returns early if an interrupt became pending (caller checks).
void port_delay_us(uint64_t us);
// Read a whole file into a heap buffer (gc-allocated, NUL-terminated).
// Returns NULL if the file does not exist or cannot be read.
char *port_read_file(const char *path, size_t *len);
// Is `path` a directory (1), a file (2), or absent (0)?
int port_stat(const char *path);
// Address just past the top of the C stack in use by the interpreter.
// (The core records it at init; ports only need it for threads.)

#endif
