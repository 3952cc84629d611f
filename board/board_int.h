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

// The port asked the board to stop (hal_running() false): unwind to
// board_run(), which returns. Called where the board waits.
void board_check_power(void);

// Filesystem boot (_boot.py's job): mount the flash at "/", first-boot
// setup, the corrupt-flash warning. Returns true if a filesystem is mounted.
bool fsboot_mount(void);
// The configuration board_run() was given.
struct board_config_s;
const struct board_config_s *board_config(void);

#endif
