// board/board.h — the virtual (or real) board's supervisor, as a port sees it.
// A port allocates the heap and the flash, starts its I/O context (a thread,
// an ISR), and calls board_run(), which powers the board on and never
// returns until hal_running() turns false.
// Functions marked [any thread] may be called from the port's I/O context
// (another thread or an interrupt handler) while the interpreter runs; they
// touch only C memory and post events, never the GC heap.
#ifndef KILN_BOARD_BOARD_H
#define KILN_BOARD_BOARD_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "fs/flash.h"

struct vstr_s;

typedef struct board_config_s {
    void *heap;              // memory for the GC heap (the same block every reset)
    size_t heap_size;
    flash_t *flash;          // the flash chip, or NULL (no filesystem)
    uint64_t fs_offset;      // the vfs partition inside it
    uint64_t fs_size;
    uint32_t fs_block_size;
    int (*mount_fs)(void);   // or, when set: the port mounts the filesystem at "/" itself
                             // (a host folder); returns 0 or a negative errno
    bool safe_mode;          // power up in safe mode
    flash_t *journal_flash;  // where the boot journal lives (NULL: C memory only)
    uint64_t journal_offset; // its region: JOURNAL_SECTORS erase sectors
    // A port that restarts the board by other means (a forced reset of a
    // board stuck in C code) continues it: the cause of the first boot
    // (0: power-on), whether it is a safe one, and the RTC (0: host clock).
    int first_cause;
    bool first_safe;
    int64_t rtc_us;
} board_config_t;

// Power on and run: boot.py, main.py, the REPL, resets... Returns when the
// port stops the board (hal_running() false); the return value is 0.
int board_run(const board_config_t *cfg);

// ---------------------------------------------------------------- [any thread]
// Bytes received on the serial line. The interrupt character (0x03) is
// swallowed and raises KeyboardInterrupt while code runs. Returns how many
// bytes were taken (fewer when the receive buffer is full: retry later).
size_t board_serial_rx(const uint8_t *buf, size_t n);
// Free space in the receive buffer.
size_t board_serial_rx_space(void);

// Host requests (the reset button, a power cycle, a hard stop...).
typedef enum {
    BOARD_REQ_RESET = 1,   // press the reset (EN) button: hard reset, cause HARD_RESET
    BOARD_REQ_POWER,       // power off and on: cause PWRON_RESET, pins and RTC memory lost
    BOARD_REQ_HALT,        // stop the running program now (uncatchable) -> REPL
    BOARD_REQ_SAFE_RESET,  // reset into safe mode
} board_req_t;
void board_request(board_req_t req);
// Requests posted but not yet taken (1 << board_req_t bits). A port may
// force a restart when one stays untaken for long (the interpreter is stuck
// in C code and reaches no check point).
int board_requests_pending(void);

// The host drives an input pin: level 0/1, or -1 to let it float (pull
// resistor or 0). Pin IRQs fire on the edges.
void board_gpio_drive(int pin, int level);

// Earliest board-clock time (hal_clock_us() scale) at which the board wants
// to run something (a machine.Timer, the watchdog); UINT64_MAX = none. The
// port posts an event when its clock reaches it, and a virtual-clock sleep
// stops there. Written by the interpreter, read by the port.
extern volatile uint64_t board_deadline_us;

// Wake the interpreter: something was posted (used by the functions above;
// ports call it only for their own reasons).
void board_post_event(void);

// ---------------------------------------------------------------- port glue
// How a board port implements core/port.h (interpreter thread): Python text
// goes through serial_write_cooked, bytes through serial_write (serial.h),
// and these:
void board_pending_events(void);             // port_pending_events
void board_delay_us(uint64_t us);            // port_delay_us
uint64_t board_ticks_us(void);               // port_ticks_us
int64_t board_rtc_us(void);                  // port_time_s (RTC / 1e6)
int board_stdin_getc(void);                  // port_read_char
int board_stdin_read_line(struct vstr_s *v); // port_read_line (input(): echo, editing)
char *board_read_file(const char *path, size_t *len);   // port_read_file (the VFS)
int board_stat(const char *path);            // port_stat

#endif
