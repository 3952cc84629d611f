// core/port.h — the only way the core talks to the world (the HAL).
// A port (ports/unix, later ports/qemu-m3) implements every function here.
// The core never calls an OS function directly; it calls these.
#ifndef KILN_PORT_H
#define KILN_PORT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

// Text output of Python (print, tracebacks). fd: 1 = stdout, 2 = stderr.
void port_write(int fd, const char *s, size_t len);
// Blocking read of one byte of stdin; -1 at end of input.
int port_read_char(void);
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
