// board/board_int.h — what the board's own files share (supervisor.c,
// serial.c, pyexec.c, fsboot.c); not for ports or modules.
#ifndef KILN_BOARD_INT_H
#define KILN_BOARD_INT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "core/obj.h"
#include "core/names.h"

// The REPL mode survives soft resets; a hard reset makes it friendly again.
typedef enum { REPL_FRIENDLY = 0, REPL_RAW = 1 } repl_mode_t;
extern repl_mode_t board_repl_mode;

// pyexec result codes (MicroPython's): 1 = ran to the end, 0 = an
// exception was printed, PYEXEC_FORCED_EXIT set = SystemExit (soft reboot).
#define PYEXEC_OK 1
#define PYEXEC_EXCEPTION 0
#define PYEXEC_FORCED_EXIT 0x100

// Execution flags.
#define EXEC_PRINT_EOF 1     // raw REPL framing: \x04 after stdout and after the error text
#define EXEC_SINGLE 2        // one interactive statement (auto-print)
#define EXEC_PRINT_EXPR 4    // file input whose expression statements print (paste mode)

// Compile `src` and run it in __main__'s globals with Ctrl-C armed.
int pyexec_source(const char *src, size_t len, name_t filename, int flags);
// Run a file from the filesystem if it exists (missing = PYEXEC_OK).
int pyexec_file_if_exists(const char *path);
// The REPLs; return 0 to switch mode (board_repl_mode changed) or a
// PYEXEC_FORCED_EXIT code for a soft reboot.
int pyexec_friendly_repl(void);
int pyexec_raw_repl(void);
void pyexec_print_banner(void);
bool pyexec_ended_in_memory_error(void);

// The port asked the board to stop (hal_running() false): unwind to
// board_run(), which returns. Called where the board waits.
void board_check_power(void);

// Filesystem boot (_boot.py's job): mount the flash at "/", first-boot
// setup, the corrupt-flash warning. Returns true if a filesystem is mounted.
bool fsboot_mount(void);
// The configuration board_run() was given.
struct board_config_s;
const struct board_config_s *board_config(void);

// ---------------------------------------------------------------- safe mode (safemode.c)
#include "core/config.h"
#define SAFEMODE_WINDOW_US ((uint64_t)KILN_SAFE_WINDOW_MS * 1000u)
#define SAFEMODE_LOOP_COUNT KILN_SAFE_LOOP_COUNT
#define SAFEMODE_LOOP_SECONDS KILN_SAFE_LOOP_SECONDS
#define SAFEMODE_HALT_WINDOW_US ((uint64_t)KILN_HALT_CTRL_C_MS * 1000u)

enum {   // why a boot is safe (also journal_entry_t.safe_reason)
    SAFE_NONE = 0, SAFE_OPTION, SAFE_BUTTON, SAFE_CTRL_C, SAFE_REQUEST, SAFE_CRASH_LOOP, SAFE__COUNT
};
// [any thread] every received byte (code_running: the interrupt char is armed).
// Returns true for a Ctrl-C of the boot window (kept out of the RX buffer).
bool safemode_rx_byte(uint8_t c, bool code_running);
int safemode_decide(int requested);               // before boot.py: the reason or SAFE_NONE
void safemode_window_open(void);                 // a reset: the boot window opens
void safemode_boot_begin(int cause, int reason);  // the journal entry of the boot
void safemode_window_close(void);                 // the REPL waits for input
void safemode_note(uint8_t journal_ran_bits);
void safemode_note_traceback(obj_t exc);          // the last traceback (journal)
void safemode_boot_end(int journal_end);          // the boot ends (before a reset)
void safemode_print_notice(void);                 // the one line of a safe boot
void safemode_announce(int cause);                // the boot window, at hard resets
int safemode_reason(void);
struct journal_entry_s;
void safemode_current(struct journal_entry_s *out);   // the current boot, live
void board_request_safe_from_window(void);        // supervisor.c, any thread
const char *safemode_reason_text(int reason);

#endif
