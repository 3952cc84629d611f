// board/readline.h — the friendly REPL's line editor (spec board-protocol.md
// §2.1–§2.5, §2.10), byte for byte as MicroPython's: echo, emacs keys, ESC
// sequences, an 8-line history, auto-indent of continuation lines, TAB
// completion against __main__, builtins, attributes and built-in modules.
// It talks to the serial link only through a readline_io_t, so it can be
// unit-tested with fake I/O.
//
// Who writes what on the wire (the total must match §2.2/§2.3):
//   readline_line writes: the prompt, the auto-indent spaces, the echo and
//   redraw bytes of the editing keys, the completion output, and "\r\n" when
//   Enter ends the line. It writes NOTHING when it returns 1..5 (Ctrl-A..E on
//   an empty line, Ctrl-C on any line) or READLINE_INTR: the caller writes
//   what §2.2 says (e.g. "\r\n" then ">>> " after Ctrl-C; "\r\n" + raw
//   banner after Ctrl-A; "\r\n" before the soft reset after Ctrl-D).
//   Ctrl-D on an empty continuation line returns 4 with nothing written
//   (MicroPython then executes the entry without echoing a newline).
//   Ctrl-A/B/E on an empty continuation line also return 1/2/5.
// History: readline_line itself pushes every line ended by Enter (the part
// typed on this line, auto-indent included), as MicroPython does.
#ifndef KILN_BOARD_READLINE_H
#define KILN_BOARD_READLINE_H

#include <stddef.h>
#include <stdbool.h>
#include "core/misc.h"

typedef struct {
    int (*getc)(void);                        // next input byte; -1: interrupted
    void (*write)(const char *s, size_t n);   // raw output bytes
} readline_io_t;

#define READLINE_ENTER 0    // Enter ended the line ("\r\n" already written)
#define READLINE_CANCEL 3   // Ctrl-C (on any line): cancel the whole entry
#define READLINE_INTR (-1)  // getc returned -1: gave up, entry left as typed so far
#define READLINE_HIST_SIZE 8

// Set the I/O and clear the history (at every soft reset). Also resets the
// per-entry state and the CR/LF pairing.
void readline_init(const readline_io_t *io);

// Read one line, appending it to `entry`, which holds the earlier lines of a
// multi-line entry joined by '\n' (for a continuation line the CALLER has
// already appended the '\n'). Writes `prompt` first, then (continuation
// lines only) the auto-indent of §2.5 computed from entry. A call with
// continuation == false starts a new entry (as readline_new_entry()).
// Returns READLINE_ENTER, 1..5 (Ctrl-A..Ctrl-E typed while the line holds
// nothing beyond what it held when the prompt was shown; 3 = READLINE_CANCEL
// is also returned for Ctrl-C on a non-empty line) or READLINE_INTR.
// TAB completion looks names up (properties may run; a class's __getattr__
// never does) with every exception caught; the only exception that can
// escape is MemoryError when the entry cannot grow.
int readline_line(vstr_t *entry, const char *prompt, bool continuation);

// A new entry starts (auto-indent switched back on).
void readline_new_entry(void);

// Add a line to the history: ignored when empty or equal to the newest entry.
void readline_push_history(const char *line, size_t len);

// §2.4: does the accumulated entry (lines joined by '\n') need another line?
bool readline_needs_more(const char *entry, size_t len);

#endif
