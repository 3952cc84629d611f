// board/pyexec.c — running Python on the board, byte for byte as
// MicroPython's pyexec (spec board-protocol.md §1–§3): executing boot.py /
// main.py / REPL entries with Ctrl-C armed, the friendly REPL (banner,
// prompts, continuation, paste mode, Ctrl-A..E), the raw REPL and raw-paste
// with flow control.
// Invariants: the interrupt character is armed (3) only while compiled code
// runs and -1 otherwise, so 0x03 is an ordinary byte for the REPLs; REPL
// framing is written raw, Python output cooked; source text of raw and paste
// submissions is collected in C memory (it is not a Python object and may
// be larger than the heap wants to give in one piece), then compiled.
#include <stdlib.h>
#include <string.h>
#include "board/board.h"
#include "board/board_int.h"
#include "board/serial.h"
#include "board/readline.h"
#include "core/runtime.h"
#include "core/compile.h"
#include "core/types.h"
#include "core/vm.h"
#include "core/mod_builtins.h"

#define CTRL_A 1
#define CTRL_B 2
#define CTRL_C 3
#define CTRL_D 4
#define CTRL_E 5

#define RAW_PASTE_WINDOW 128

static const char raw_banner[] = "raw REPL; CTRL-B to exit\r\n";

// ---------------------------------------------------------------- source buffer (C memory)
typedef struct {
    char *buf;
    size_t len, cap;
} srcbuf_t;

static bool src_add(srcbuf_t *s, char c) {
    if (s->len + 1 >= s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 1024;
        char *p = realloc(s->buf, cap);
        if (p == NULL) {
            return false;
        }
        s->buf = p;
        s->cap = cap;
    }
    s->buf[s->len++] = c;
    return true;
}

// The buffers are kept (and reused) from one submission to the next, so a
// reset or halt that longjmps out of a run loses no memory.
static srcbuf_t paste_buf, raw_line_buf, raw_paste_buf;

// ---------------------------------------------------------------- executing
static void store_file_global(name_t filename) {
    map_t *g = rt_module_globals(rt_state.main_module);
    map_store(g, OBJ_NAME(N___file__), OBJ_NAME(filename));
}

// Drop a Ctrl-C that is still pending (it arrived after the code ended);
// keep a port event for the next check point.
static void clear_pending_interrupt(void) {
    obj_t e = __atomic_exchange_n(&rt_state.pending_exception, OBJ_NULL, __ATOMIC_SEQ_CST);
    if (e == RT_PENDING_PORT) {
        rt_post_pending(RT_PENDING_PORT);
    }
}

static bool last_memory_error;   // the last run ended in MemoryError

bool pyexec_ended_in_memory_error(void) {
    return last_memory_error;
}

int pyexec_source(const char *src, size_t len, name_t filename, int flags) {
    int ret;
    last_memory_error = false;
    nlr_buf_t nlr;
    map_t *g = rt_module_globals(rt_state.main_module);
    if (nlr_push(&nlr) == 0) {
        obj_t code = compile_source(src, len, filename, (flags & (EXEC_SINGLE | EXEC_PRINT_EXPR)) ? COMPILE_SINGLE : COMPILE_FILE);
        if (!(flags & EXEC_SINGLE)) {
            store_file_global(filename);
        }
        rt_state.interrupt_char = CTRL_C;
        vm_exec_code(code, g, g);
        rt_state.interrupt_char = -1;
        rt_handle_pending();   // a Ctrl-C that came after the last check point
        nlr_pop();
        ret = PYEXEC_OK;
        if (flags & EXEC_PRINT_EOF) {
            serial_write("\x04", 1);
        }
    } else {
        rt_state.interrupt_char = -1;
        clear_pending_interrupt();
        if (flags & EXEC_PRINT_EOF) {
            serial_write("\x04", 1);
        }
        obj_t exc = nlr.ret_val;
        if (exc_matches(exc, OBJ_FROM_PTR(&type_SystemExit))) {
            ret = PYEXEC_FORCED_EXIT;
        } else {
            exc_print_traceback(&printer_stderr, exc);
            last_memory_error = exc_matches(exc, OBJ_FROM_PTR(&type_MemoryError));
            safemode_note_traceback(exc);   // the journal keeps the last one
            ret = PYEXEC_EXCEPTION;
        }
    }
    if (flags & EXEC_PRINT_EOF) {
        serial_write("\x04", 1);
    }
    return ret;
}

int pyexec_file_if_exists(const char *path) {
    if (board_stat(path) != 2) {
        return PYEXEC_OK;
    }
    size_t len = 0;
    char *src = NULL;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        src = board_read_file(path, &len);
        nlr_pop();
    } else {
        exc_print_traceback(&printer_stderr, nlr.ret_val);
        return PYEXEC_EXCEPTION;
    }
    if (src == NULL) {
        return PYEXEC_OK;
    }
    return pyexec_source(src, len, names_intern_cstr(path), 0);
}

// ---------------------------------------------------------------- friendly REPL
void pyexec_print_banner(void) {
    mod_sys_print_banner(&printer_stdout);
    print_str(&printer_stdout, "\nType \"help()\" for more information.\n");
}

// sys.ps1 / sys.ps2 (a non-str value gives an empty prompt).
static const char *prompt_text(name_t which, vstr_t *v) {
    vstr_clear(v);
    obj_t sys = rt_find_builtin_module(N_sys);
    obj_t p = sys != OBJ_NULL ? map_get(rt_module_globals(sys), OBJ_NAME(which)) : OBJ_NULL;
    if (p != OBJ_NULL && rt_is_str(p)) {
        size_t n;
        const char *s = rt_str_data(p, &n);
        vstr_add_strn(v, s, n);
    }
    return vstr_cstr(v);
}

static bool is_blank(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n') {
            return false;
        }
    }
    return true;
}

// Read one line with readline, turning an exception raised meanwhile (a
// timer or pin callback run while waiting) into a printed traceback.
static int read_line_guarded(vstr_t *entry, const char *prompt, bool cont) {
    nlr_buf_t nlr;
    size_t keep = entry->len;
    if (nlr_push(&nlr) == 0) {
        int r = readline_line(entry, prompt, cont);
        nlr_pop();
        return r;
    }
    entry->len = keep;
    serial_write_str("\r\n");
    exc_print_traceback(&printer_stderr, nlr.ret_val);
    return CTRL_C;
}

// Paste mode (Ctrl-E): every byte kept; Ctrl-C cancels, Ctrl-D runs.
static int paste_mode(void) {
    serial_write_str("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
    srcbuf_t *src = &paste_buf;
    src->len = 0;
    for (;;) {
        int c = serial_getc();
        if (c < 0) {
            continue;
        }
        if (c == CTRL_C) {
            serial_write_str("\r\n");
            return 0;
        }
        if (c == CTRL_D) {
            serial_write_str("\r\n");
            break;
        }
        src_add(src, (char)c);
        if (c == '\r') {
            serial_write_str("\r\n=== ");
        } else {
            char ch = (char)c;
            serial_write(&ch, 1);
        }
    }
    int r = pyexec_source(src->buf ? src->buf : "", src->len, N_lt_stdin, EXEC_PRINT_EXPR);
    return r & PYEXEC_FORCED_EXIT;
}

int pyexec_friendly_repl(void) {
    pyexec_print_banner();
    vstr_t entry, pv;
    vstr_init(&entry, 64);
    vstr_init(&pv, 8);
    for (;;) {
        vstr_clear(&entry);
        readline_new_entry();
        int r = read_line_guarded(&entry, prompt_text(N_ps1, &pv), false);
        if (r == CTRL_A) {
            serial_write_str("\r\n");
            board_repl_mode = REPL_RAW;
            return 0;
        }
        if (r == CTRL_B) {
            serial_write_str("\r\n");
            pyexec_print_banner();
            continue;
        }
        if (r == CTRL_C || r == READLINE_CANCEL) {
            serial_write_str("\r\n");
            continue;
        }
        if (r == CTRL_D) {
            serial_write_str("\r\n");
            return PYEXEC_FORCED_EXIT;
        }
        if (r == CTRL_E) {
            int x = paste_mode();
            if (x) {
                return x;
            }
            continue;
        }
        if (r != 0 || is_blank(entry.buf, entry.len)) {
            continue;
        }
        bool cancelled = false;
        while (readline_needs_more(entry.buf, entry.len)) {
            vstr_add_byte(&entry, '\n');
            r = read_line_guarded(&entry, prompt_text(N_ps2, &pv), true);
            if (r == CTRL_C || r == READLINE_CANCEL) {
                serial_write_str("\r\n");
                cancelled = true;
                break;
            }
            if (r == CTRL_D) {
                break;   // finish the block and run it
            }
        }
        if (cancelled) {
            continue;
        }
        int x = pyexec_source(entry.buf, entry.len, N_lt_stdin, EXEC_SINGLE);
        if (x & PYEXEC_FORCED_EXIT) {
            return x;
        }
    }
}

// ---------------------------------------------------------------- raw REPL
// Raw-paste compiles while the code streams in, as MicroPython does, so a
// syntax error aborts the transfer early (spec §3.6). The stream is cut into
// chunks of whole top-level statements (a line at column 0 that continues no
// bracket, string, backslash, decorator or compound statement), and each
// chunk is syntax-checked as it completes; the whole text is compiled again
// at the end (one module, as MicroPython's).
typedef struct {
    size_t line_start;     // where the line being received starts
    size_t chunk_start;    // first byte not yet checked
    char triple;           // inside a triple-quoted string: its quote
    int depth;             // open brackets
    bool cont;             // the last logical line ended with a backslash
    bool at_logical;       // the next line starts a logical line
    bool after_decorator;  // the last logical line started with '@'
    bool simple;           // the logical line being received is a simple statement at column 0
    char last;             // its last significant character
} paste_scan_t;

static bool ident_char(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c & 0x80);
}

static bool word_at(const char *s, size_t n, const char *w) {
    size_t k = strlen(w);
    return n >= k && memcmp(s, w, k) == 0 && (n == k || !ident_char(s[k]));
}

// Scan one complete line (without its '\n'), carrying the string/bracket state.
static void scan_line(paste_scan_t *st, const char *s, size_t n) {
    st->cont = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (st->triple) {
            if (c == '\\') {
                i++;
            } else if (c == st->triple && i + 2 < n && s[i + 1] == c && s[i + 2] == c) {
                st->triple = 0;
                i += 2;
            }
            continue;
        }
        if (c == '#') {
            break;
        }
        if (c == '\'' || c == '"') {
            if (i + 2 < n && s[i + 1] == c && s[i + 2] == c) {
                st->triple = c;
                i += 2;
                continue;
            }
            for (i++; i < n && s[i] != c; i++) {
                if (s[i] == '\\') {
                    i++;
                }
            }
            continue;
        }
        if (c != ' ' && c != '\t' && c != '\f') {
            st->last = c;
        }
        if (c == '(' || c == '[' || c == '{') {
            st->depth++;
        } else if ((c == ')' || c == ']' || c == '}') && st->depth > 0) {
            st->depth--;
        } else if (c == '\\' && i + 1 == n) {
            st->cont = true;
        }
    }
}

// A complete line [line_start, end) arrived. Returns true when the chunk
// before it is complete (the caller then checks it).
static bool paste_line(paste_scan_t *st, const char *buf, size_t end, size_t *chunk_end) {
    const char *s = buf + st->line_start;
    size_t n = end - st->line_start;
    if (n > 0 && s[n - 1] == '\r') {
        n--;
    }
    bool ready = false;
    if (st->at_logical) {
        size_t k = 0;
        while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\f')) {
            k++;
        }
        bool blank = k == n || s[k] == '#';
        if (!blank) {
            static const char *const cont_words[] = {"else", "elif", "except", "finally", "case", NULL};
            bool continues = k > 0 || st->after_decorator;
            for (int w = 0; cont_words[w] && !continues; w++) {
                continues = word_at(s, n, cont_words[w]);
            }
            if (!continues && st->line_start > st->chunk_start) {
                *chunk_end = st->line_start;
                ready = true;
            }
            st->after_decorator = s[k] == '@';
            // a simple statement at column 0 is complete when its logical
            // line ends: no later line can continue it
            static const char *const compound[] = {"if", "elif", "else", "while", "for", "try", "except",
                                                   "finally", "with", "async", "def", "class", "match", "case", NULL};
            st->simple = k == 0 && s[0] != '@';
            for (int w = 0; compound[w] && st->simple; w++) {
                st->simple = !word_at(s, n, compound[w]);
            }
            st->last = 0;
        }
    }
    scan_line(st, s, n);
    st->at_logical = st->depth == 0 && !st->triple && !st->cont;
    st->line_start = end + 1;
    if (!ready && st->at_logical && st->simple && st->last != ':' && st->last != 0) {
        st->simple = false;
        *chunk_end = end + 1;
        ready = true;
    }
    return ready;
}

// Syntax-check buf[from, to): true if it compiles (or fails for another
// reason than a syntax error: the final compile reports that).
static bool chunk_ok(const char *buf, size_t from, size_t to) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        compile_source(buf + from, to - from, N_lt_stdin, COMPILE_FILE);
        nlr_pop();
        return true;
    }
    return !exc_matches(nlr.ret_val, OBJ_FROM_PTR(&type_SyntaxError));
}

// Raw-paste (spec §3.6): the window, credits, end-of-data ack, then run.
static int raw_paste(void) {
    static const char hello[] = {'R', 1, RAW_PASTE_WINDOW & 0xff, RAW_PASTE_WINDOW >> 8, 1};
    serial_write(hello, sizeof(hello));
    srcbuf_t *src = &raw_paste_buf;
    src->len = 0;
    paste_scan_t st = {0, 0, 0, 0, false, true, false, false, 0};
    size_t in_window = 0;
    bool full = false, bad = false;
    for (;;) {
        int c = serial_getc();
        if (c < 0) {
            continue;
        }
        if (c == CTRL_C) {
            // the host gave up: end of reception, empty stdout, the exception
            serial_write("\x04\x04", 2);
            serial_write_str("KeyboardInterrupt: \r\n");
            serial_write("\x04", 1);
            return PYEXEC_EXCEPTION;
        }
        if (c == CTRL_D) {
            serial_write("\x04", 1);   // end of data acknowledged
            break;
        }
        if (!full && !src_add(src, (char)c)) {
            full = true;
        }
        if (++in_window == RAW_PASTE_WINDOW) {
            in_window = 0;
            serial_write("\x01", 1);   // another window of credit
        }
        size_t chunk_end;
        if (c == '\n' && !full && paste_line(&st, src->buf, src->len - 1, &chunk_end)) {
            if (!chunk_ok(src->buf, st.chunk_start, chunk_end)) {
                src->len = chunk_end;   // compile up to here for the error text
                bad = true;
                break;
            }
            st.chunk_start = chunk_end;
        }
    }
    if (bad) {
        // early abort: tell the host, wait for its end marker, then the error
        serial_write("\x04", 1);
        for (;;) {
            int c = serial_getc();
            if (c == CTRL_C || c == CTRL_D) {
                break;
            }
        }
    }
    int r;
    if (full) {
        serial_write("\x04", 1);
        exc_print_traceback(&printer_stderr, rt_state.mem_exc);
        serial_write("\x04", 1);
        r = PYEXEC_EXCEPTION;
    } else {
        r = pyexec_source(src->buf ? src->buf : "", src->len, N_lt_stdin, EXEC_PRINT_EOF);
    }
    return r;
}

int pyexec_raw_repl(void) {
    serial_write_str(raw_banner);
    srcbuf_t *line = &raw_line_buf;
    for (;;) {
        line->len = 0;
        serial_write(">", 1);
        for (;;) {
            int c = serial_getc();
            if (c < 0) {
                continue;
            }
            if (c == CTRL_A) {
                if (line->len == 2 && line->buf[0] == CTRL_E) {
                    if (line->buf[1] == 'A') {
                        int r = raw_paste();
                        if (r & PYEXEC_FORCED_EXIT) {
                            return r;
                        }
                    } else {
                        serial_write("R\x00", 2);   // unknown raw-paste command
                    }
                    break;   // back to the '>' prompt
                }
                serial_write_str(raw_banner);   // reset: discard the input
                line->len = 0;
                serial_write(">", 1);
                continue;
            }
            if (c == CTRL_B) {
                serial_write_str("\r\n");
                board_repl_mode = REPL_FRIENDLY;
                return 0;
            }
            if (c == CTRL_C) {
                line->len = 0;
                continue;
            }
            if (c == CTRL_D) {
                if (line->len == 0) {
                    serial_write_str("OK\r\n");
                    return PYEXEC_FORCED_EXIT;
                }
                serial_write("OK", 2);
                int r = pyexec_source(line->buf, line->len, N_lt_stdin, EXEC_PRINT_EOF);
                if (r & PYEXEC_FORCED_EXIT) {
                    return r;
                }
                break;
            }
            src_add(line, (char)c);
        }
    }
}

// ---------------------------------------------------------------- stdin for Python
int board_stdin_getc(void) {
    return serial_getc();
}

// input(): MicroPython reads the line with the REPL's editor (echo, keys).
int board_stdin_read_line(vstr_t *v) {
    size_t start = v->len;
    readline_new_entry();
    int r = readline_line(v, "", false);
    if (r == 0) {
        return 1;
    }
    if (r == READLINE_INTR) {
        return -1;
    }
    if (r == CTRL_D && v->len == start) {
        return 0;   // EOFError
    }
    if (r == CTRL_C || r == READLINE_CANCEL) {
        return -1;
    }
    return 1;
}
