// board/readline.c — the friendly REPL's line editor (see readline.h), byte
// for byte as MicroPython's shared/readline + py/repl.c autocompletion.
//
// Invariants:
// - The line being edited is entry->buf[orig .. entry->len); the cursor is an
//   absolute offset in orig .. len. Bytes before `orig` (earlier lines of the
//   entry) are never touched.
// - The per-call editing state (rl_t) lives on the C stack; the statics hold
//   no GC heap pointer: the history is plain malloc'd C text (not Python
//   objects), the rest are small integers.
// - Redraws: a move left by n is n BS bytes when n <= 4, else ESC [ n D;
//   an edit that shortens the line sends ESC [ K, then the tail from the
//   cursor is re-sent and the cursor moved back over it.
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "board/readline.h"
#include "core/runtime.h"
#include "core/types.h"
#include "core/builtins.h"
#include "core/mod_builtins.h"

// ---------------------------------------------------------------- state
static const readline_io_t *rl_io;
static char *history[READLINE_HIST_SIZE];   // [0] = newest; malloc'd C strings

#define AI_ENABLED 1      // auto-indent on for this entry
#define AI_JUST_ADDED 2   // the last thing that happened was an auto-indent
static int auto_indent = AI_ENABLED;

// The CR or LF that ended the previous line when it was the last byte read
// (so the other half of a CR LF / LF CR pair is skipped); 0 otherwise.
static int newline_prev;

enum { ESC_NONE, ESC_ESC, ESC_BRACKET, ESC_DIGIT, ESC_O };

// Editing keys decoded from bytes / escape sequences (plain bytes are 0..255).
enum {
    K_NONE = 0x100, K_HOME, K_END, K_LEFT, K_RIGHT, K_UP, K_DOWN, K_DELETE,
};

#define CTRL(c) ((c) & 0x1f)
#define CONTINUE (-2)   // process(): keep reading

typedef struct {
    vstr_t *line;         // the entry
    size_t orig;          // entry length when the prompt was shown
    size_t cursor;        // absolute offset into line->buf
    int esc;              // escape-sequence state
    int esc_digit;
    int hist_cur;         // -1: editing the new line; else index into history
    const char *prompt;
} rl_t;

// ---------------------------------------------------------------- output
static void out(const char *s, size_t n) {
    if (n > 0) {
        rl_io->write(s, n);
    }
}

static void out_str(const char *s) {
    out(s, strlen(s));
}

static void move_back(size_t n) {
    if (n == 0) {
        return;
    }
    if (n <= 4) {
        out("\b\b\b\b", n);
    } else {
        char buf[32];
        int k = snprintf(buf, sizeof(buf), "\x1b[%zuD", n);
        out(buf, (size_t)k);
    }
}

// ---------------------------------------------------------------- line buffer
static void line_insert(vstr_t *v, size_t pos, const char *s, size_t n) {
    vstr_extend(v, n);
    memmove(v->buf + pos + n, v->buf + pos, v->len - n - pos);
    memcpy(v->buf + pos, s, n);
}

static void line_cut(vstr_t *v, size_t pos, size_t n) {
    memmove(v->buf + pos, v->buf + pos + n, v->len - pos - n);
    v->len -= n;
}

// ---------------------------------------------------------------- history
void readline_push_history(const char *line, size_t len) {
    if (len == 0) {
        return;
    }
    if (history[0] != NULL && strlen(history[0]) == len && memcmp(history[0], line, len) == 0) {
        return;
    }
    char *copy = malloc(len + 1);
    if (copy == NULL) {
        return;
    }
    memcpy(copy, line, len);
    copy[len] = '\0';
    free(history[READLINE_HIST_SIZE - 1]);
    memmove(history + 1, history, (READLINE_HIST_SIZE - 1) * sizeof(history[0]));
    history[0] = copy;
}

void readline_new_entry(void) {
    auto_indent = AI_ENABLED;
}

void readline_init(const readline_io_t *io) {
    rl_io = io;
    for (size_t i = 0; i < READLINE_HIST_SIZE; i++) {
        free(history[i]);
        history[i] = NULL;
    }
    newline_prev = 0;
    readline_new_entry();
}

// ---------------------------------------------------------------- §2.4
static bool is_ident_byte(char c) {
    return isalnum((unsigned char)c) || c == '_';
}

static bool starts_with_word(const char *s, size_t len, const char *word) {
    size_t n = strlen(word);
    return len >= n && memcmp(s, word, n) == 0 && (len == n || !is_ident_byte(s[n]));
}

bool readline_needs_more(const char *s, size_t len) {
    if (len == 0) {
        return false;
    }
    static const char *const compound[] = {"if", "while", "for", "try", "with", "def", "class", "async"};
    bool compound_start = s[0] == '@';
    for (size_t k = 0; k < sizeof(compound) / sizeof(compound[0]) && !compound_start; k++) {
        compound_start = starts_with_word(s, len, compound[k]);
    }
    // Quote state: 0 none, or the quote byte, plus "triple" flag.
    char quote = 0;
    bool triple = false;
    int paren = 0, brack = 0, brace = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '\'' || c == '"') {
            bool three = i + 2 < len && s[i + 1] == c && s[i + 2] == c;
            if (quote == 0) {
                quote = c;
                triple = three;
                if (three) {
                    i += 2;
                }
            } else if (quote == c) {
                if (triple && three) {
                    quote = 0;
                    i += 2;
                } else if (!triple) {
                    quote = 0;
                }
            }
        } else if (c == '\\' && i + 1 < len && (s[i + 1] == '\'' || s[i + 1] == '"' || s[i + 1] == '\\')) {
            if (quote != 0) {
                i++;
            }
        } else if (quote == 0) {
            switch (c) {
                case '(': paren++; break;
                case ')': paren--; break;
                case '[': brack++; break;
                case ']': brack--; break;
                case '{': brace++; break;
                case '}': brace--; break;
                default: break;
            }
        }
    }
    if (quote != 0 && triple) {
        return true;
    }
    if (quote == 0 && (paren > 0 || brack > 0 || brace > 0)) {
        return true;
    }
    if (s[len - 1] == '\\') {
        return true;
    }
    return compound_start && s[len - 1] != '\n';
}

// ---------------------------------------------------------------- §2.5 auto-indent
static size_t line_start(const char *b, size_t end) {
    while (end > 0 && b[end - 1] != '\n') {
        end--;
    }
    return end;
}

static size_t count_spaces(const char *s, size_t n) {
    size_t k = 0;
    while (k < n && s[k] == ' ') {
        k++;
    }
    return k;
}

static void do_auto_indent(rl_t *rl) {
    if (!(auto_indent & AI_ENABLED)) {
        return;
    }
    vstr_t *v = rl->line;
    size_t len = v->len;
    if (len < 2 || v->buf[len - 1] != '\n') {
        return;
    }
    // The previous line is [s1, e1); the one before it (if any) [s2, e2).
    size_t e1 = len - 1, s1 = line_start(v->buf, e1);
    size_t lead = count_spaces(v->buf + s1, e1 - s1);
    if (lead == e1 - s1 && s1 > 0) {
        size_t e2 = s1 - 1, s2 = line_start(v->buf, e2);
        if (count_spaces(v->buf + s2, e2 - s2) == e2 - s2) {
            return;   // two whitespace-only lines: the block ends
        }
    }
    size_t levels = lead / 4;
    if (e1 > s1 && v->buf[e1 - 1] == ':') {
        levels++;
    }
    for (size_t i = 0; i < levels; i++) {
        vstr_add_strn(v, "    ", 4);
        out("    ", 4);
        auto_indent |= AI_JUST_ADDED;
    }
    rl->cursor = v->len;
}

// ---------------------------------------------------------------- §2.10 completion
// Candidates are collected into a list of str objects on the C stack (so the
// GC sees them). Ordering follows MicroPython's (static names sorted, then
// names made at run time in creation order): ROM names by text, then run-time
// names by id, then heap strs by text.
static int cand_rank(obj_t o) {
    if (obj_is_name(o)) {
        return obj_name_value(o) < NAME__ROM_COUNT ? 0 : 1;
    }
    return 2;
}

static int cand_text_cmp(obj_t a, obj_t b) {
    size_t la, lb;
    const char *sa = rt_str_data(a, &la), *sb = rt_str_data(b, &lb);
    int c = memcmp(sa, sb, la < lb ? la : lb);
    return c != 0 ? c : (la < lb ? -1 : la > lb ? 1 : 0);
}

static int cand_cmp(const void *pa, const void *pb) {
    obj_t a = *(const obj_t *)pa, b = *(const obj_t *)pb;
    int ra = cand_rank(a), rb = cand_rank(b);
    if (ra != rb) {
        return ra - rb;
    }
    if (ra == 1) {
        name_t na = obj_name_value(a), nb = obj_name_value(b);
        return na < nb ? -1 : na > nb ? 1 : 0;
    }
    return cand_text_cmp(a, b);
}

typedef struct {
    obj_t list;        // str objects matching the prefix
    const char *pfx;
    size_t pfx_len;
} cands_t;

static void cand_add(cands_t *c, obj_t key) {
    if (!rt_is_str(key)) {
        return;
    }
    size_t n;
    const char *s = rt_str_data(key, &n);
    if (c->pfx_len == 0 && n > 0 && s[0] == '_') {
        return;   // an empty prefix hides the private names
    }
    if (n < c->pfx_len || memcmp(s, c->pfx, c->pfx_len) != 0) {
        return;
    }
    list_t *l = OBJ_TO_PTR(c->list);
    for (size_t i = 0; i < l->len; i++) {
        if (cand_text_cmp(l->items[i], key) == 0) {
            return;
        }
    }
    list_append(c->list, key);
}

static void cand_add_map(cands_t *c, const map_t *m) {
    if (m == NULL) {
        return;
    }
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(m, &pos)) != NULL) {
        cand_add(c, e->key);
    }
}

// Built-in module names, without the "uX" aliases of a module X (MicroPython
// keeps those out of its module table: `import uX` finds X by a fallback).
static void cand_add_modules(cands_t *c) {
    map_t *m = dict_map(rt_state.builtin_modules);
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(m, &pos)) != NULL) {
        size_t n;
        const char *s = rt_is_str(e->key) ? rt_str_data(e->key, &n) : NULL;
        if (s != NULL && n > 1 && s[0] == 'u') {
            name_t base = names_find(s + 1, n - 1);
            if (base != NAME_NULL && map_lookup(m, OBJ_NAME(base)) != NULL) {
                continue;
            }
        }
        cand_add(c, e->key);
    }
}

static obj_t dir_of(obj_t o) {
    return rt_call1(OBJ_FROM_PTR(&builtins_dir_obj), o);
}

static bool list_has_name(obj_t list, name_t q) {
    list_t *l = OBJ_TO_PTR(list);
    for (size_t i = 0; i < l->len; i++) {
        if (rt_equal(l->items[i], OBJ_NAME(q))) {
            return true;
        }
    }
    return false;
}

// An attribute for a dotted prefix. A user class's __getattr__ is not run:
// names it would invent are not completed.
static obj_t safe_attr(obj_t o, name_t q) {
    const type_t *t = obj_type(o);
    if ((t->flags & TYPE_FLAG_USER) && rt_type_lookup(t, N___getattr__) != OBJ_NULL
        && !list_has_name(dir_of(o), q)) {
        return OBJ_NULL;
    }
    return rt_load_attr_maybe(o, q);
}

static map_t *main_globals(void) {
    return rt_state.main_module != OBJ_NULL ? rt_module_globals(rt_state.main_module) : NULL;
}

static obj_t global_lookup(name_t q) {
    map_t *g = main_globals();
    obj_t *v = g ? map_lookup(g, OBJ_NAME(q)) : NULL;
    if (v != NULL && *v != OBJ_NULL) {
        return *v;
    }
    return rt_builtin_lookup(q);
}

// Print the matches in 16-column slots, at most 64 columns a line (the
// listing starts on a new line and ends with a newline).
static void print_matches(obj_t list) {
    list_t *l = OBJ_TO_PTR(list);
    size_t col = 64;   // forces a line break before the first name
    for (size_t i = 0; i < l->len; i++) {
        size_t n;
        const char *s = rt_str_data(l->items[i], &n);
        size_t gap = (col + 15) / 16 * 16 - col;
        if (gap < 2) {
            gap += 16;
        }
        if (col + gap + n <= 64) {
            for (size_t k = 0; k < gap; k++) {
                out(" ", 1);
            }
            out(s, n);
            col += gap + n;
        } else {
            out("\r\n", 2);
            out(s, n);
            col = n;
        }
    }
    out("\r\n", 2);
}

// Complete line[0..len) (the text left of the cursor on this line).
// Returns 0: nothing to do; 1: insert `ins`; 2: the matches were listed.
// TAB at the start of the line or after a space inserts 4 spaces (so
// "import " TAB indents; "import m" TAB lists modules). A word starting
// after any other non-name byte (e.g. "x=" TAB) is an empty prefix: every
// public name is listed, as MicroPython does.
static int complete(const char *line, size_t len, vstr_t *ins) {
    if (len == 0 || line[len - 1] == ' ') {
        vstr_add_strn(ins, "    ", 4);
        return 1;
    }
    size_t start = len;
    while (start > 0 && (is_ident_byte(line[start - 1]) || line[start - 1] == '.')) {
        start--;
    }
    const char *w = line + start;
    size_t wl = len - start;
    obj_t obj = OBJ_NULL;   // OBJ_NULL: top level (__main__ + builtins)
    for (const char *dot; (dot = memchr(w, '.', wl)) != NULL;) {
        name_t q = names_find(w, (size_t)(dot - w));
        if (q == NAME_NULL) {
            return 0;
        }
        obj = obj == OBJ_NULL ? global_lookup(q) : safe_attr(obj, q);
        if (obj == OBJ_NULL) {
            return 0;
        }
        wl -= (size_t)(dot + 1 - w);
        w = dot + 1;
    }
    cands_t c = {list_new(0, NULL), w, wl};
    // Kept in a stack slot to the end: s0 below may point into a heap str
    // of the list while `ins` grows (an allocation).
    obj_t volatile keep_alive = c.list;
    if (len >= 7 && memcmp(line, "import ", 7) == 0) {
        cand_add_modules(&c);
    } else if (obj == OBJ_NULL) {
        cand_add_map(&c, main_globals());
        cand_add_map(&c, dict_map(rt_state.builtins_extra));
        cand_add_map(&c, builtins_module.globals);
    } else {
        obj_t d = dir_of(obj);
        list_t *dl = OBJ_TO_PTR(d);
        for (size_t i = 0; i < dl->len; i++) {
            cand_add(&c, dl->items[i]);
        }
    }
    list_t *l = OBJ_TO_PTR(c.list);
    if (l->len == 0) {
        // Nothing found: the first word of the line may become "import ".
        static const char imp[] = "import ";
        if (start == 0 && wl > 0 && wl < 7 && memcmp(w, imp, wl) == 0) {
            vstr_add_strn(ins, imp + wl, 7 - wl);
            return 1;
        }
        return 0;
    }
    qsort(l->items, l->len, sizeof(obj_t), cand_cmp);
    size_t n0;
    const char *s0 = rt_str_data(l->items[0], &n0);
    size_t common = n0;
    for (size_t i = 1; i < l->len; i++) {
        size_t n;
        const char *s = rt_str_data(l->items[i], &n);
        size_t k = 0;
        while (k < common && k < n && s[k] == s0[k]) {
            k++;
        }
        common = k;
    }
    if (l->len == 1 || common > wl) {
        if (common == wl) {
            return 0;
        }
        vstr_add_strn(ins, s0 + wl, common - wl);
        (void)keep_alive;
        return 1;
    }
    print_matches(keep_alive);
    return 2;
}

// complete() with every exception caught (a failing lookup: no completion).
static int try_complete(const char *line, size_t len, vstr_t *ins) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        int r = complete(line, len, ins);
        nlr_pop();
        return r;
    }
    return 0;
}

// ---------------------------------------------------------------- keys
static int decode(rl_t *rl, int c) {
    switch (rl->esc) {
        case ESC_ESC:
            rl->esc = c == '[' ? ESC_BRACKET : c == 'O' ? ESC_O : ESC_NONE;
            return K_NONE;
        case ESC_BRACKET:
            if (c >= '0' && c <= '9') {
                rl->esc = ESC_DIGIT;
                rl->esc_digit = c;
                return K_NONE;
            }
            rl->esc = ESC_NONE;
            switch (c) {
                case 'A': return K_UP;
                case 'B': return K_DOWN;
                case 'C': return K_RIGHT;
                case 'D': return K_LEFT;
                case 'H': return K_HOME;
                case 'F': return K_END;
                default: return K_NONE;
            }
        case ESC_DIGIT:
            rl->esc = ESC_NONE;
            if (c != '~') {
                return K_NONE;
            }
            switch (rl->esc_digit) {
                case '1': case '7': return K_HOME;
                case '4': case '8': return K_END;
                case '3': return K_DELETE;
                default: return K_NONE;
            }
        case ESC_O:
            rl->esc = ESC_NONE;
            return c == 'H' ? K_HOME : c == 'F' ? K_END : K_NONE;
        default:
            return c;
    }
}

// Handle one input byte; returns CONTINUE or readline_line's result.
static int process(rl_t *rl, int c) {
    vstr_t *v = rl->line;
    size_t last_len = v->len;
    size_t back = 0, fwd = 0;
    bool from_cursor = false;
    bool is_newline = rl->esc == ESC_NONE && (c == '\r' || c == '\n');
    if (is_newline && newline_prev != 0 && newline_prev != c) {
        // The second half of CR LF / LF CR: invisible (it does not even
        // count as the key after an auto-indent).
        newline_prev = 0;
        return CONTINUE;
    }
    bool just_indented = (auto_indent & AI_JUST_ADDED) != 0;
    auto_indent &= ~AI_JUST_ADDED;

    if (is_newline) {
        newline_prev = c;
        out("\r\n", 2);
        readline_push_history(v->buf + rl->orig, v->len - rl->orig);
        return READLINE_ENTER;
    }
    newline_prev = 0;

    int key = decode(rl, c);
    if (key == 27 && rl->esc == ESC_NONE) {
        rl->esc = ESC_ESC;
        return CONTINUE;
    }
    if (just_indented && (key == ' ' || key == '\t')) {
        // Space or TAB right after an auto-indent (a paste, probably):
        // auto-indent off for the entry; SPACE also takes back 3 spaces.
        auto_indent &= ~AI_ENABLED;
        if (key == ' ' && rl->cursor - rl->orig >= 3) {
            line_cut(v, rl->cursor - 3, 3);
            back = 3;
            from_cursor = true;
        }
        key = K_NONE;
    } else if (key >= CTRL('A') && key <= CTRL('E') && v->len == rl->orig) {
        return key;   // control byte on an empty line: the caller acts
    }
    switch (key) {
        case CTRL('A'):
        case K_HOME:
            back = rl->cursor - rl->orig;
            break;
        case CTRL('B'):
        case K_LEFT:
            if (rl->cursor > rl->orig) {
                back = 1;
            }
            break;
        case CTRL('C'):
            return READLINE_CANCEL;
        case CTRL('D'):
        case K_DELETE:
            if (rl->cursor < v->len) {
                line_cut(v, rl->cursor, 1);
                from_cursor = true;
            }
            break;
        case CTRL('E'):
        case K_END:
            fwd = v->len - rl->cursor;
            break;
        case CTRL('F'):
        case K_RIGHT:
            if (rl->cursor < v->len) {
                fwd = 1;
            }
            break;
        case CTRL('K'):
            v->len = rl->cursor;
            from_cursor = true;
            break;
        case CTRL('U'):
            line_cut(v, rl->orig, rl->cursor - rl->orig);
            back = rl->cursor - rl->orig;
            from_cursor = true;
            break;
        case CTRL('P'):
        case K_UP:
        case CTRL('N'):
        case K_DOWN: {
            int h = rl->hist_cur + (key == CTRL('P') || key == K_UP ? 1 : -1);
            if (h >= READLINE_HIST_SIZE || h < -1 || (h >= 0 && history[h] == NULL)) {
                break;
            }
            rl->hist_cur = h;
            v->len = rl->orig;
            if (h >= 0) {
                vstr_add_str(v, history[h]);
            }
            back = rl->cursor - rl->orig;
            from_cursor = true;
            fwd = v->len - rl->orig;
            break;
        }
        case 8:
        case 127:
            if (rl->cursor > rl->orig) {
                size_t n = rl->cursor - rl->orig;
                size_t del = count_spaces(v->buf + rl->orig, n) == n && n >= 4 ? 4 : 1;
                line_cut(v, rl->cursor - del, del);
                back = del;
                from_cursor = true;
            }
            break;
        case '\t': {
            vstr_t ins;
            vstr_init(&ins, 8);
            int r = try_complete(v->buf + rl->orig, rl->cursor - rl->orig, &ins);
            if (r == 1) {
                line_insert(v, rl->cursor, ins.buf, ins.len);
                from_cursor = true;
                fwd = ins.len;
            } else if (r == 2) {
                out_str(rl->prompt);
                out(v->buf + rl->orig, rl->cursor - rl->orig);
                from_cursor = true;
            }
            break;
        }
        default:
            if (key >= 32 && key <= 126) {
                char ch = (char)key;
                line_insert(v, rl->cursor, &ch, 1);
                from_cursor = true;
                fwd = 1;
            }
            break;
    }

    // Redraw: move left, re-send the tail (erasing first if the line got
    // shorter), then put the cursor where it belongs.
    if (back > 0) {
        move_back(back);
        rl->cursor -= back;
    }
    if (from_cursor) {
        if (v->len < last_len) {
            out("\x1b[K", 3);
        }
        out(v->buf + rl->cursor, v->len - rl->cursor);
        move_back(v->len - (rl->cursor + fwd));
        rl->cursor += fwd;
    } else if (fwd > 0) {
        out(v->buf + rl->cursor, fwd);
        rl->cursor += fwd;
    }
    return CONTINUE;
}

int readline_line(vstr_t *entry, const char *prompt, bool continuation) {
    if (!continuation) {
        readline_new_entry();
    }
    rl_t rl = {entry, entry->len, entry->len, ESC_NONE, 0, -1, prompt};
    out_str(prompt);
    if (continuation) {
        do_auto_indent(&rl);
    }
    for (;;) {
        int c = rl_io->getc();
        if (c < 0) {
            newline_prev = 0;
            return READLINE_INTR;
        }
        int r = process(&rl, c & 0xff);
        if (r != CONTINUE) {
            if (r != READLINE_ENTER) {
                newline_prev = 0;
            }
            return r;
        }
    }
}
