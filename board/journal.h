// board/journal.h — the boot journal: a small power-cut-safe record of the
// last boots (reset cause, what ran, how the boot ended, uptime, heap free,
// the last traceback), kept in flash outside the user's filesystem, so it
// can be read from Python (module `kiln`), from the host (control socket,
// `kiln image journal IMG`) and in safe mode.
// Storage: a region of whole erase sectors (JOURNAL_SECTORS x sector size),
// used as a circular log of fixed-size, CRC-checked records; a boot appends
// a record when it starts and another each time its state changes (the
// newest record of a boot wins). A torn write or erase is detected by the
// CRC and ignored, so a power cut at any flash write leaves the journal
// readable and the older boots intact.
// Without a flash region (a RAM board, a bare vfs image) the journal lives
// in C memory only (survives resets, not a restart of the port).
#ifndef KILN_BOARD_JOURNAL_H
#define KILN_BOARD_JOURNAL_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "fs/flash.h"

#define JOURNAL_SECTORS 4          // 4 x 4 KiB at the end of the factory app partition
#define JOURNAL_RECORD_SIZE 256
#define JOURNAL_KEEP 16            // boots reported
#define JOURNAL_TB_MAX 192         // bytes of the last traceback kept (its end)

// How a boot ended.
typedef enum {
    JOURNAL_RUNNING = 0,     // no end recorded: still running, or the power was cut
    JOURNAL_END_SOFT,        // soft reboot (Ctrl-D, sys.exit(), machine.soft_reset())
    JOURNAL_END_HARD,        // machine.reset()
    JOURNAL_END_WDT,         // the watchdog
    JOURNAL_END_DEEPSLEEP,   // machine.deepsleep()
    JOURNAL_END_BUTTON,      // the host pressed the reset button
    JOURNAL_END_POWER,       // the host power-cycled the board
    JOURNAL_END_SAFE,        // reset into safe mode on request (host, Ctrl-C x2)
} journal_end_t;

// What a boot ran (bits).
#define JOURNAL_RAN_BOOT 0x01      // boot.py ran (existed)
#define JOURNAL_RAN_MAIN 0x02      // main.py ran
#define JOURNAL_RAN_SAFE 0x04      // the boot was in safe mode
#define JOURNAL_RAN_REPL 0x08      // the REPL was reached
#define JOURNAL_RAN_INPUT 0x10     // a byte came from the host during this boot
#define JOURNAL_RAN_ERROR 0x20     // boot.py or main.py ended with an exception

typedef struct journal_entry_s {
    uint32_t boot;           // boot number (1, 2, ...), counts every reset
    uint8_t cause;           // machine.reset_cause() of this boot
    uint8_t ran;             // JOURNAL_RAN_* bits
    uint8_t end;             // journal_end_t
    uint8_t safe_reason;     // why safe mode (board-defined code), 0 = not safe
    uint32_t uptime_ms;      // at the end (or at the last update)
    uint32_t heap_free;      // bytes free at the last update
    uint16_t tb_len;
    char tb[JOURNAL_TB_MAX]; // the end of the last traceback text (not NUL-terminated)
} journal_entry_t;

// Attach to a flash region (offset/size: whole sectors, size >=
// JOURNAL_SECTORS * sector) or, with flash == NULL, to C memory. Scans what
// is there; never erases anything it cannot parse unless it needs the space.
void journal_attach(flash_t *flash, uint64_t offset, uint32_t sector_size);
// Start a new boot: appends its first record. Returns its boot number.
uint32_t journal_begin(uint8_t cause, uint8_t ran);
// Update the current boot (appends a record). Cheap enough for every state
// change but not for anything per bytecode.
void journal_update(const journal_entry_t *e);
// The current boot's entry (what journal_begin/journal_update last wrote).
const journal_entry_t *journal_current(void);
// Up to `max` most recent boots, newest first (the newest record of each).
size_t journal_read(journal_entry_t *out, size_t max);

// Pure reading of a flash image (host tool): like journal_read on a region.
size_t journal_read_region(const uint8_t *mem, uint32_t sector_size, journal_entry_t *out, size_t max);

// Text names for printing.
const char *journal_end_name(int end);

#endif
