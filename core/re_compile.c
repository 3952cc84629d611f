// core/re_compile.c — the regular-expression compiler: pattern text to a
// program for the matcher in core/re_engine.c (format in re_engine.h).
//
// The pattern is parsed into a tree of nodes (an array in a heap block,
// children linked by index), then code is generated from the tree. Counted
// loops use counter registers (slots after the capture slots), so a repeat
// count never multiplies the program size. A loop whose body can match the
// empty string stops iterating after an empty iteration (as CPython does),
// which makes every program terminate. Parsing recurses only as deep as the
// groups nest (bounded by MAX_DEPTH); errors raise re.error through
// re_engine_raise with CPython's messages and positions.
#include <string.h>
#include <stdio.h>
#include "core/re_engine.h"
#include "core/runtime.h"
#include "core/gc.h"
#include "core/misc.h"
#include "core/str.h"

#define fold re_engine_fold
#define unfold re_engine_unfold

// ================================================================ parser
enum { ND_EMPTY, ND_CHAR, ND_ANY, ND_CLASS, ND_ASSERT, ND_GROUP, ND_CAT, ND_ALT, ND_REP,
       ND_BACKREF, ND_LOOK, ND_COND };

typedef struct {
    uint8_t type;
    uint8_t fl;
    uint16_t x;
    int32_t a, b;
    int32_t child, next;   // first child; next sibling (-1 = none)
} node_t;

#define MAX_DEPTH 250   // nested groups (CPython's limit lies between 200 and 500)
#define MAX_INSTS (1 << 22)
#define MAX_GROUPS 10000

typedef struct {
    const char *pat;
    size_t len, i;
    bool is_bytes;
    int flags;             // global flags
    node_t *nodes;
    size_t nn, nalloc;
    int32_t *cls;
    size_t ncls, clsalloc;
    vstr_t names;
    vstr_t closed;         // one byte per group: 1 once its ')' was seen
    uint32_t ngroups, nregs;
    uint32_t cond_ref;     // highest group number a (?(n)...) names
    size_t cond_ref_pos;
    int depth;
    inst_t *code;
    size_t ncode, codealloc;
} cstate_t;

NORETURN static void perr(cstate_t *st, size_t pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void perr(cstate_t *st, size_t pos, const char *fmt, ...) {
    char buf[160];
    // CPython's tokenizer reads one token ahead: a lone backslash ending the
    // pattern is reported as soon as the token before it has been read.
    size_t nb = 0;
    while (nb < st->len && st->pat[st->len - 1 - nb] == '\\') {
        nb++;
    }
    if ((nb & 1) && st->i + 1 >= st->len) {
        re_engine_raise("bad escape (end of pattern)", st->pat, st->len, st->is_bytes, st->len - 1);
    }
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    re_engine_raise(buf, st->pat, st->len, st->is_bytes, pos);
}

static int32_t new_node(cstate_t *st, int type) {
    if (st->nn == st->nalloc) {
        size_t n = st->nalloc ? st->nalloc * 2 : 16;
        st->nodes = gc_realloc(st->nodes, n * sizeof(node_t));
        st->nalloc = n;
    }
    node_t *nd = &st->nodes[st->nn];
    memset(nd, 0, sizeof(*nd));
    nd->type = (uint8_t)type;
    nd->child = nd->next = -1;
    return (int32_t)st->nn++;
}

static int32_t new_cls_space(cstate_t *st, size_t n) {
    if (st->ncls + n > st->clsalloc) {
        size_t a = st->clsalloc ? st->clsalloc * 2 : 32;
        while (a < st->ncls + n) {
            a *= 2;
        }
        st->cls = gc_realloc(st->cls, a * sizeof(int32_t));
        st->clsalloc = a;
    }
    int32_t off = (int32_t)st->ncls;
    st->ncls += n;
    return off;
}

static bool at_end(cstate_t *st) {
    return st->i >= st->len;
}

// The pattern character at i (a code point for str patterns), or -1.
static int32_t peek_at(cstate_t *st, size_t i, size_t *n) {
    if (i >= st->len) {
        *n = 0;
        return -1;
    }
    uint8_t b = (uint8_t)st->pat[i];
    if (st->is_bytes || b < 0x80) {
        *n = 1;
        return b;
    }
    const char *p = st->pat + i;
    uint32_t c = utf8_decode(&p);
    *n = (size_t)(p - (st->pat + i));
    return (int32_t)c;
}
static int32_t peek(cstate_t *st) {
    size_t n;
    return peek_at(st, st->i, &n);
}
static int32_t get(cstate_t *st) {
    size_t n;
    int32_t c = peek_at(st, st->i, &n);
    st->i += n;
    return c;
}
static bool accept(cstate_t *st, char c) {
    if (st->i < st->len && st->pat[st->i] == c) {
        st->i++;
        return true;
    }
    return false;
}

// VERBOSE: skip whitespace and comments.
static void skip_verbose(cstate_t *st, int flags) {
    if (!(flags & RE_FLAG_X)) {
        return;
    }
    while (st->i < st->len) {
        char c = st->pat[st->i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            st->i++;
        } else if (c == '#') {
            while (st->i < st->len && st->pat[st->i] != '\n') {
                st->i++;
            }
        } else {
            break;
        }
    }
}

static int hexval(int32_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
static bool is_octal(int32_t c) {
    return c >= '0' && c <= '7';
}
static bool is_digit(int32_t c) {
    return c >= '0' && c <= '9';
}

// The result of an escape: a literal, a class escape, an assertion or a
// group reference.
enum { ESC_LIT, ESC_CLASS, ESC_ASSERT, ESC_BACKREF };

// Escape text for messages: the pattern from `start` to the current position.
static int esc_len(cstate_t *st, size_t start) {
    return (int)(st->i - start);
}

static uint32_t hex_escape(cstate_t *st, size_t start, int ndig) {
    uint32_t v = 0;
    for (int k = 0; k < ndig; k++) {
        int h = hexval(peek(st));
        if (h < 0) {
            perr(st, start, "incomplete escape %.*s", esc_len(st, start), st->pat + start);
        }
        st->i++;
        v = v * 16 + (uint32_t)h;
    }
    return v;
}

// Parse an escape after the backslash (st->i just past it). Returns ESC_*
// with *val the code point, CL_* bit, AS_* kind or group number.
static int parse_escape(cstate_t *st, bool in_class, int flags, int32_t *val) {
    size_t start = st->i - 1;
    int32_t c = get(st);
    if (c < 0) {
        perr(st, start, "bad escape (end of pattern)");
    }
    switch (c) {
        case 'a': *val = 7; return ESC_LIT;
        case 'f': *val = 12; return ESC_LIT;
        case 'n': *val = 10; return ESC_LIT;
        case 'r': *val = 13; return ESC_LIT;
        case 't': *val = 9; return ESC_LIT;
        case 'v': *val = 11; return ESC_LIT;
        case '\\': *val = '\\'; return ESC_LIT;
        case 'd': *val = CL_D; return ESC_CLASS;
        case 'D': *val = CL_ND; return ESC_CLASS;
        case 'w': *val = CL_W; return ESC_CLASS;
        case 'W': *val = CL_NW; return ESC_CLASS;
        case 's': *val = CL_S; return ESC_CLASS;
        case 'S': *val = CL_NS; return ESC_CLASS;
        case 'x':
            *val = (int32_t)hex_escape(st, start, 2);
            return ESC_LIT;
        case 'u':
        case 'U':
            if (st->is_bytes) {
                break;
            }
            *val = (int32_t)hex_escape(st, start, c == 'u' ? 4 : 8);
            if ((uint32_t)*val > 0x10ffff) {
                perr(st, start, "bad escape %.*s", esc_len(st, start), st->pat + start);
            }
            return ESC_LIT;
        case 'N':
            if (!st->is_bytes && peek(st) != '{') {
                perr(st, st->i, "missing {");
            }
            break;
        case 'b':
            if (in_class) {
                *val = 8;
                return ESC_LIT;
            }
            *val = AS_WORDB;
            return ESC_ASSERT;
        case 'B': case 'A': case 'Z':
            if (in_class) {
                break;
            }
            *val = c == 'B' ? AS_NWORDB : c == 'A' ? AS_BEGIN : AS_END;
            return ESC_ASSERT;
        default:
            break;
    }
    if (is_digit(c)) {
        if (in_class || c == '0') {
            if (!is_octal(c)) {
                perr(st, start, "bad escape %.*s", esc_len(st, start), st->pat + start);
            }
            int32_t v = c - '0';
            for (int k = 0; k < 2 && is_octal(peek(st)); k++) {
                v = v * 8 + (get(st) - '0');
            }
            if (v > 0377) {
                perr(st, start, "octal escape value %.*s outside of range 0-0o377", esc_len(st, start), st->pat + start);
            }
            *val = v;
            return ESC_LIT;
        }
        // \NN: a group reference, or an octal escape of three digits.
        if (is_digit(peek(st))) {
            size_t n;
            int32_t c2 = peek(st), c3 = peek_at(st, st->i + 1, &n);
            if (is_octal(c) && is_octal(c2) && is_octal(c3)) {
                st->i += 2;
                int32_t v = (c - '0') * 64 + (c2 - '0') * 8 + (c3 - '0');
                if (v > 0377) {
                    perr(st, start, "octal escape value %.*s outside of range 0-0o377", esc_len(st, start), st->pat + start);
                }
                *val = v;
                return ESC_LIT;
            }
            st->i++;
            *val = (c - '0') * 10 + (c2 - '0');
        } else {
            *val = c - '0';
        }
        if ((uint32_t)*val > st->ngroups) {
            perr(st, start + 1, "invalid group reference %d", (int)*val);
        }
        if (!st->closed.buf[*val]) {
            perr(st, start, "cannot refer to an open group");
        }
        return ESC_BACKREF;
    }
    if (c < 0x80 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        perr(st, start, "bad escape %.*s", esc_len(st, start), st->pat + start);
    }
    *val = c;
    return ESC_LIT;
}

static int32_t make_char(cstate_t *st, uint32_t c, int flags) {
    int32_t n = new_node(st, ND_CHAR);
    bool ascii = (flags & RE_FLAG_A) || st->is_bytes;
    if ((flags & RE_FLAG_I) && re_engine_cased(c, ascii)) {
        st->nodes[n].fl = FL_IC;
        c = fold(c, ascii);
    }
    st->nodes[n].a = (int32_t)c;
    return n;
}

static int class_flags(cstate_t *st, int flags) {
    return ((flags & RE_FLAG_A) || st->is_bytes) ? CL_ASCII : 0;
}

static int32_t make_class_escape(cstate_t *st, int bit, int flags) {
    int32_t n = new_node(st, ND_CLASS);
    int32_t off = new_cls_space(st, 2);
    st->cls[off] = 0;
    st->cls[off + 1] = bit | class_flags(st, flags);
    st->nodes[n].a = off;
    return n;
}

// [...]: st->i is just past '['.
static int32_t parse_class(cstate_t *st, int flags) {
    size_t open = st->i - 1;
    int32_t off = new_cls_space(st, 2);
    int32_t bits = class_flags(st, flags);
    int32_t nranges = 0;
    if (accept(st, '^')) {
        bits |= CL_NEG;
    }
    bool first = true;
    for (;;) {
        if (at_end(st)) {
            perr(st, open, "unterminated character set");
        }
        if (st->pat[st->i] == ']' && !first) {
            st->i++;
            break;
        }
        first = false;
        size_t item_start = st->i;
        int32_t lo, hi;
        int kind = ESC_LIT;
        int32_t c = get(st);
        if (c == '\\') {
            kind = parse_escape(st, true, flags, &lo);
        } else {
            lo = c;
        }
        if (kind == ESC_LIT && st->i + 1 < st->len && st->pat[st->i] == '-' && st->pat[st->i + 1] != ']') {
            st->i++;
            int32_t c2 = get(st);
            int kind2 = ESC_LIT;
            if (c2 == '\\') {
                kind2 = parse_escape(st, true, flags, &hi);
            } else {
                hi = c2;
            }
            if (kind2 != ESC_LIT || hi < lo) {
                perr(st, item_start, "bad character range %.*s", (int)(st->i - item_start), st->pat + item_start);
            }
        } else if (kind == ESC_CLASS) {
            if (st->i + 1 < st->len && st->pat[st->i] == '-' && st->pat[st->i + 1] != ']') {
                st->i++;
                int32_t dummy;
                if (get(st) == '\\') {
                    parse_escape(st, true, flags, &dummy);
                }
                perr(st, item_start, "bad character range %.*s", (int)(st->i - item_start), st->pat + item_start);
            }
            bits |= lo;
            continue;
        } else if (kind == ESC_LIT && st->i < st->len && st->pat[st->i] == '-' && st->i + 1 >= st->len) {
            perr(st, open, "unterminated character set");
        } else {
            hi = lo;
        }
        int32_t r = new_cls_space(st, 2);
        st->cls[r] = lo;
        st->cls[r + 1] = hi;
        nranges++;
    }
    st->cls[off] = nranges;
    st->cls[off + 1] = bits;
    int32_t n = new_node(st, ND_CLASS);
    st->nodes[n].a = off;
    if (flags & RE_FLAG_I) {
        st->nodes[n].fl = FL_IC;
    }
    return n;
}

static int32_t parse_alt(cstate_t *st, int flags);

#define TYPE_FLAGS (RE_FLAG_A | RE_FLAG_L | RE_FLAG_U)

static bool is_alpha(int32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Is the pattern token at i an escape (backslash and a character)?
static bool tok_escape(cstate_t *st, size_t i) {
    return i < st->len && st->pat[i] == '\\' && i + 1 < st->len;
}

// The text of the token at i (an escape is two characters), for messages.
static int tok_len(cstate_t *st, size_t i) {
    size_t n, m = 0;
    if (tok_escape(st, i)) {
        peek_at(st, i + 1, &m);
        return (int)(1 + m);
    }
    peek_at(st, i, &n);
    return (int)n;
}

// repr() of a group name in the pattern (bytes patterns read as Latin-1),
// for messages; cut to fit them.
static const char *name_repr(cstate_t *st, size_t s, size_t n) {
    vstr_t v;
    vstr_init(&v, n + 1);
    for (size_t k = 0; k < n; k++) {
        if (st->is_bytes) {
            vstr_add_char(&v, (uint8_t)st->pat[s + k]);
        } else {
            vstr_add_byte(&v, (uint8_t)st->pat[s + k]);
        }
    }
    obj_t r = rt_obj_repr(str_from_vstr(&v));
    size_t len;
    const char *d = rt_str_data(r, &len);
    return len > 100 ? "(name)" : d;
}

static bool is_ident_start(int32_t c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// A group name up to `term`; returns the name's start and length.
static void parse_name(cstate_t *st, char term, size_t *ns, size_t *nl) {
    size_t start = st->i;
    while (st->i < st->len && st->pat[st->i] != term) {
        st->i += tok_escape(st, st->i) ? 2 : 1;   // an escaped terminator does not end the name
    }
    if (st->i >= st->len) {
        st->i = st->len;
        if (start == st->len) {
            perr(st, start, "missing group name");
        }
        perr(st, start, "missing %c, unterminated name", term);
    }
    *ns = start;
    *nl = st->i - start;
    st->i++;
    if (*nl == 0) {
        perr(st, start, "missing group name");
    }
    bool ok = is_ident_start((uint8_t)st->pat[start]);
    for (size_t k = start; k < start + *nl && ok; k++) {
        uint8_t b = (uint8_t)st->pat[k];
        ok = is_ident_start(b) || is_digit(b);
    }
    if (!ok || (st->is_bytes && !str_bytes_ascii(st->pat + start, *nl))) {
        perr(st, start, "bad character in group name %s", name_repr(st, start, *nl));
    }
}

// The group number of a name, or 0.
static uint32_t find_name(cstate_t *st, const char *s, size_t n) {
    const char *p = st->names.buf, *end = p + st->names.len;
    while (p < end) {
        uint32_t g, l;
        memcpy(&g, p, 4);
        memcpy(&l, p + 4, 4);
        if (l == n && memcmp(p + 8, s, n) == 0) {
            return g;
        }
        p += 8 + l;
    }
    return 0;
}

static int flag_of(int32_t c) {
    switch (c) {
        case 'i': return RE_FLAG_I;
        case 'm': return RE_FLAG_M;
        case 's': return RE_FLAG_S;
        case 'x': return RE_FLAG_X;
        case 'a': return RE_FLAG_A;
        case 'u': return RE_FLAG_U;
        case 'L': return RE_FLAG_L;
        default: return 0;
    }
}

// The body of a group and its ')'.
static int32_t alt_to_class(cstate_t *st, int32_t alt);
static int32_t group_body(cstate_t *st, int flags, size_t open) {
    int32_t body = alt_to_class(st, parse_alt(st, flags));
    if (!accept(st, ')')) {
        perr(st, open, "missing ), unterminated subpattern");
    }
    return body;
}

// After '(': st->i is just past it.
static int32_t parse_group(cstate_t *st, int flags) {
    size_t open = st->i - 1;
    if (!accept(st, '?')) {
        if (st->ngroups >= MAX_GROUPS) {
            perr(st, open, "too many groups");
        }
        uint32_t g = ++st->ngroups;
        vstr_add_byte(&st->closed, 0);
        int32_t n = new_node(st, ND_GROUP);
        int32_t body = group_body(st, flags, open);
        st->closed.buf[g] = 1;
        st->nodes[n].a = (int32_t)g;
        st->nodes[n].child = body;
        return n;
    }
    size_t ext = st->i;
    int32_t c = get(st);
    switch (c) {
        case ':':
            return group_body(st, flags, open);
        case 'P': {
            if (accept(st, '<')) {
                size_t ns, nl;
                parse_name(st, '>', &ns, &nl);
                uint32_t old = find_name(st, st->pat + ns, nl);
                if (old) {
                    perr(st, ns, "redefinition of group name '%.*s' as group %u; was group %u",
                         (int)nl, st->pat + ns, (unsigned)st->ngroups + 1, (unsigned)old);
                }
                uint32_t g = ++st->ngroups;
                vstr_add_byte(&st->closed, 0);
                uint32_t l32 = (uint32_t)nl;
                vstr_add_strn(&st->names, (const char *)&g, 4);
                vstr_add_strn(&st->names, (const char *)&l32, 4);
                vstr_add_strn(&st->names, st->pat + ns, nl);
                int32_t n = new_node(st, ND_GROUP);
                int32_t body = group_body(st, flags, open);
                st->closed.buf[g] = 1;
                st->nodes[n].a = (int32_t)g;
                st->nodes[n].child = body;
                return n;
            }
            if (accept(st, '=')) {
                size_t ns, nl;
                parse_name(st, ')', &ns, &nl);
                uint32_t g = find_name(st, st->pat + ns, nl);
                if (!g) {
                    perr(st, ns, "unknown group name %s", name_repr(st, ns, nl));
                }
                if (!st->closed.buf[g]) {
                    perr(st, ns, "cannot refer to an open group");
                }
                int32_t n = new_node(st, ND_BACKREF);
                st->nodes[n].a = (int32_t)g;
                st->nodes[n].fl = (flags & RE_FLAG_I) ? FL_IC : 0;
                return n;
            }
            if (at_end(st)) {
                perr(st, st->i, "unexpected end of pattern");
            }
            perr(st, ext - 1, "unknown extension ?P%.*s", tok_len(st, st->i), st->pat + st->i);
        }
        case '#':
            while (st->i < st->len && st->pat[st->i] != ')') {
                st->i++;
            }
            if (at_end(st)) {
                perr(st, open, "missing ), unterminated comment");
            }
            st->i++;
            return -1;   // nothing
        case '=': case '!': case '>': case '<': {
            int kind;
            if (c == '<') {
                size_t t2 = st->i;
                int32_t c2 = get(st);
                if (c2 != '=' && c2 != '!') {
                    if (c2 < 0) {
                        perr(st, st->i, "unexpected end of pattern");
                    }
                    perr(st, ext - 1, "unknown extension ?<%.*s", tok_len(st, t2), st->pat + t2);
                }
                kind = c2 == '=' ? LK_BEHIND : LK_NBEHIND;
            } else {
                kind = c == '=' ? LK_AHEAD : c == '!' ? LK_NAHEAD : LK_ATOMIC;
            }
            int32_t n = new_node(st, ND_LOOK);
            int32_t body = group_body(st, flags, open);
            st->nodes[n].x = (uint16_t)kind;
            st->nodes[n].child = body;
            return n;
        }
        case '(': {
            // (?(id)yes|no)
            size_t ns = st->i, nl;
            bool numeric = is_digit(peek(st));
            if (numeric) {
                while (st->i < st->len && st->pat[st->i] != ')') {
                    st->i++;
                }
                nl = st->i - ns;
                if (!accept(st, ')')) {
                    perr(st, ns, "missing ), unterminated name");
                }
                for (size_t k = 0; k < nl; k++) {
                    if (!is_digit(st->pat[ns + k])) {
                        perr(st, ns, "bad character in group name %s", name_repr(st, ns, nl));
                    }
                }
            } else {
                parse_name(st, ')', &ns, &nl);
            }
            uint32_t g = 0;
            if (numeric) {
                for (size_t k = 0; k < nl && g <= MAX_GROUPS; k++) {
                    g = g * 10 + (uint32_t)(st->pat[ns + k] - '0');
                }
                if (g == 0) {
                    perr(st, ns, "bad group number");
                }
                if (g > st->cond_ref) {
                    st->cond_ref = g;   // may be defined later: checked at the end
                    st->cond_ref_pos = ns;
                }
            } else {
                g = find_name(st, st->pat + ns, nl);
                if (!g) {
                    perr(st, ns, "unknown group name %s", name_repr(st, ns, nl));
                }
            }
            int32_t n = new_node(st, ND_COND);
            st->nodes[n].a = (int32_t)g;
            int32_t yes = parse_alt(st, flags);
            // parse_alt made an ALT node if there was a '|': split it.
            int32_t no = -1;
            if (yes >= 0 && st->nodes[yes].type == ND_ALT && st->nodes[yes].x == 1) {
                int32_t first = st->nodes[yes].child;
                no = st->nodes[first].next;
                if (no >= 0 && st->nodes[no].next >= 0) {
                    perr(st, (size_t)st->nodes[st->nodes[no].next].a, "conditional backref with more than two branches");
                }
                st->nodes[first].next = -1;
                yes = first;
            }
            if (!accept(st, ')')) {
                perr(st, open, "missing ), unterminated subpattern");
            }
            st->nodes[n].child = yes;
            st->nodes[n].b = no;
            return n;
        }
        default:
            break;
    }
    // Inline flags: (?aiLmsux) or (?aiLmsux-imsx:...), checked in CPython's order.
    if (c >= 0 && (flag_of(c) || c == '-')) {
        int add = 0, del = 0;
        st->i = ext;
        int32_t ch = get(st);
        if (ch != '-') {
            for (;;) {
                int f = flag_of(ch);
                if (f == RE_FLAG_L && !st->is_bytes) {
                    perr(st, st->i, "bad inline flags: cannot use 'L' flag with a str pattern");
                }
                if (f == RE_FLAG_U && st->is_bytes) {
                    perr(st, st->i, "bad inline flags: cannot use 'u' flag with a bytes pattern");
                }
                add |= f;
                if ((f & TYPE_FLAGS) && (add & TYPE_FLAGS) != f) {
                    perr(st, st->i, "bad inline flags: flags 'a', 'u' and 'L' are incompatible");
                }
                size_t at = st->i;
                ch = get(st);
                if (ch < 0) {
                    perr(st, st->i, "missing -, : or )");
                }
                if (ch == ')' || ch == '-' || ch == ':') {
                    break;
                }
                if (!flag_of(ch)) {
                    perr(st, at, ch < 0x80 && is_alpha(ch) && !tok_escape(st, at) ? "unknown flag" : "missing -, : or )");
                }
            }
        }
        if (ch == ')') {
            if (open != 0) {
                perr(st, open, "global flags not at the start of the expression");
            }
            st->flags |= add;
            return -2;   // flags changed
        }
        if (ch == '-') {
            size_t at = st->i;
            ch = get(st);
            if (ch < 0) {
                perr(st, st->i, "missing flag");
            }
            if (!flag_of(ch)) {
                perr(st, at, ch < 0x80 && is_alpha(ch) && !tok_escape(st, at) ? "unknown flag" : "missing flag");
            }
            for (;;) {
                int f = flag_of(ch);
                if (f & TYPE_FLAGS) {
                    perr(st, st->i, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
                }
                del |= f;
                at = st->i;
                ch = get(st);
                if (ch < 0) {
                    perr(st, st->i, "missing :");
                }
                if (ch == ':') {
                    break;
                }
                if (!flag_of(ch)) {
                    perr(st, at, ch < 0x80 && is_alpha(ch) && !tok_escape(st, at) ? "unknown flag" : "missing :");
                }
            }
        }
        if (add & del) {
            perr(st, st->i - 1, "bad inline flags: flag turned on and off");
        }
        int nf = (flags | add) & ~del;
        if (add & RE_FLAG_A) {
            nf &= ~RE_FLAG_U;
        }
        return group_body(st, nf, open);
    }
    if (c < 0) {
        perr(st, st->i, "unexpected end of pattern");
    }
    perr(st, ext - 1, "unknown extension ?%.*s", tok_len(st, ext), st->pat + ext);
}

static bool is_repeat_char(int32_t c) {
    return c == '*' || c == '+' || c == '?' || c == '{';
}

// A {m,n} quantifier at st->i ('{' not consumed). Returns false (and does
// not move) if the text is not one: then '{' is a literal.
static bool parse_braces(cstate_t *st, int32_t *min, int32_t *max) {
    size_t save = st->i;
    st->i++;
    size_t ds = st->i;
    while (is_digit(peek(st))) {
        st->i++;
    }
    size_t de = st->i;
    size_t ms = de, me = de;
    bool comma = accept(st, ',');
    if (comma) {
        ms = st->i;
        while (is_digit(peek(st))) {
            st->i++;
        }
        me = st->i;
    }
    if (!accept(st, '}') || (de == ds && !comma)) {
        st->i = save;
        return false;
    }
    uint64_t lo = 0, hi = 0;
    for (size_t k = ds; k < de; k++) {
        lo = lo * 10 + (uint64_t)(st->pat[k] - '0');
        if (lo > 0x7fffffff) {
            rt_raise_OverflowError("the repetition number is too large");
        }
    }
    for (size_t k = ms; k < me; k++) {
        hi = hi * 10 + (uint64_t)(st->pat[k] - '0');
        if (hi > 0x7fffffff) {
            rt_raise_OverflowError("the repetition number is too large");
        }
    }
    *min = (int32_t)lo;
    *max = !comma ? (int32_t)lo : me == ms ? -1 : (int32_t)hi;
    if (*max >= 0 && *max < *min) {
        perr(st, ds, "min repeat greater than max repeat");
    }
    return true;
}

// A sequence of atoms with their quantifiers, up to '|', ')' or the end.
static int32_t parse_seq(cstate_t *st, int flags) {
    int32_t cat = new_node(st, ND_CAT);
    int32_t last = -1;
    for (;;) {
        skip_verbose(st, flags);
        if (at_end(st) || st->pat[st->i] == '|' || st->pat[st->i] == ')') {
            break;
        }
        size_t atom_start = st->i;
        int32_t c = get(st);
        int32_t atom;
        switch (c) {
            case '(':
                atom = parse_group(st, flags);
                if (atom == -2) {
                    flags |= st->flags;
                    continue;
                }
                if (atom == -1) {
                    continue;
                }
                break;
            case '[':
                atom = parse_class(st, flags);
                break;
            case '.':
                atom = new_node(st, ND_ANY);
                st->nodes[atom].fl = (flags & RE_FLAG_S) ? FL_DOTALL : 0;
                break;
            case '^':
                atom = new_node(st, ND_ASSERT);
                st->nodes[atom].x = (flags & RE_FLAG_M) ? AS_MBOL : AS_BOL;
                break;
            case '$':
                atom = new_node(st, ND_ASSERT);
                st->nodes[atom].x = (flags & RE_FLAG_M) ? AS_MEOL : AS_EOL;
                break;
            case '*': case '+': case '?':
                perr(st, atom_start, "nothing to repeat");
            case '{': {
                int32_t mn, mx;
                st->i--;
                if (parse_braces(st, &mn, &mx)) {
                    perr(st, atom_start, "nothing to repeat");
                }
                st->i++;
                atom = make_char(st, '{', flags);
                break;
            }
            case '\\': {
                int32_t v;
                int k = parse_escape(st, false, flags, &v);
                if (k == ESC_LIT) {
                    atom = make_char(st, (uint32_t)v, flags);
                } else if (k == ESC_CLASS) {
                    atom = make_class_escape(st, v, flags);
                } else if (k == ESC_ASSERT) {
                    atom = new_node(st, ND_ASSERT);
                    st->nodes[atom].x = (uint16_t)v;
                    st->nodes[atom].fl = class_flags(st, flags) ? FL_ASCII : 0;
                } else {
                    atom = new_node(st, ND_BACKREF);
                    st->nodes[atom].a = v;
                    st->nodes[atom].fl = (flags & RE_FLAG_I) ? FL_IC : 0;
                }
                break;
            }
            default:
                atom = make_char(st, (uint32_t)c, flags);
                break;
        }
        // Quantifiers.
        skip_verbose(st, flags);
        if (!at_end(st) && is_repeat_char(st->pat[st->i])) {
            size_t qpos = st->i;
            int32_t mn = 0, mx = -1;
            char q = st->pat[st->i];
            bool is_q = true;
            if (q == '{') {
                is_q = parse_braces(st, &mn, &mx);
            } else {
                st->i++;
                mn = q == '+' ? 1 : 0;
                mx = q == '?' ? 1 : -1;
            }
            if (is_q) {
                if (st->nodes[atom].type == ND_ASSERT) {
                    perr(st, qpos, "nothing to repeat");
                }
                int32_t rep = new_node(st, ND_REP);
                st->nodes[rep].a = mn;
                st->nodes[rep].b = mx;
                st->nodes[rep].child = atom;
                st->nodes[rep].fl = FL_GREEDY;
                if (accept(st, '?')) {
                    st->nodes[rep].fl = 0;
                } else if (accept(st, '+')) {
                    int32_t look = new_node(st, ND_LOOK);
                    st->nodes[look].x = LK_ATOMIC;
                    st->nodes[look].child = rep;
                    rep = look;
                }
                skip_verbose(st, flags);
                if (!at_end(st) && is_repeat_char(st->pat[st->i])) {
                    int32_t d1, d2;
                    size_t rpos = st->i;
                    if (st->pat[st->i] != '{' || parse_braces(st, &d1, &d2)) {
                        perr(st, rpos, "multiple repeat");
                    }
                }
                atom = rep;
            }
        }
        if (last < 0) {
            st->nodes[cat].child = atom;
        } else {
            st->nodes[last].next = atom;
        }
        last = atom;
    }
    return cat;
}

static int32_t parse_alt(cstate_t *st, int flags) {
    if (++st->depth > MAX_DEPTH) {
        rt_raise_msg(&type_RecursionError, "maximum recursion depth exceeded");   // as CPython
    }
    rt_check_stack();
    int32_t first = parse_seq(st, flags);
    if (at_end(st) || st->pat[st->i] != '|') {
        st->depth--;
        return first;
    }
    int32_t alt = new_node(st, ND_ALT);
    st->nodes[alt].child = first;
    st->nodes[alt].x = 1;
    int32_t last = first;
    while (accept(st, '|')) {
        size_t bar = st->i - 1;
        if (st->depth == 1) {
            flags |= st->flags;   // global inline flags seen in the first branch
        }
        int32_t s = parse_seq(st, flags);
        st->nodes[s].a = (int32_t)bar;   // for messages
        st->nodes[last].next = s;
        last = s;
    }
    st->depth--;
    return alt;
}

// An alternation of single characters (a|b|c) as a class [abc]: the same
// matches, without a choice point per character. Other nodes unchanged.
static int32_t alt_to_class(cstate_t *st, int32_t alt) {
    if (st->nodes[alt].type != ND_ALT) {
        return alt;
    }
    int fl = -1;
    size_t n = 0;
    for (int32_t c = st->nodes[alt].child; c >= 0; c = st->nodes[c].next, n++) {
        node_t *cat = &st->nodes[c];
        int32_t ch = cat->child;
        if (ch < 0 || st->nodes[ch].next >= 0 || st->nodes[ch].type != ND_CHAR ||
            (fl >= 0 && st->nodes[ch].fl != fl)) {
            return alt;
        }
        fl = st->nodes[ch].fl;
    }
    int32_t off = new_cls_space(st, 2 + 2 * n);
    st->cls[off] = (int32_t)n;
    st->cls[off + 1] = st->is_bytes ? CL_ASCII : 0;
    size_t k = 0;
    for (int32_t c = st->nodes[alt].child; c >= 0; c = st->nodes[c].next, k++) {
        int32_t ch = st->nodes[st->nodes[c].child].a;
        st->cls[off + 2 + 2 * k] = st->cls[off + 3 + 2 * k] = ch;
    }
    int32_t cl = new_node(st, ND_CLASS);
    st->nodes[cl].a = off;
    st->nodes[cl].fl = (uint8_t)fl;
    return cl;
}

// ================================================================ analysis
// Width bounds of a node in characters: min, and max (-1 = unbounded).
static void widths(cstate_t *st, int32_t n, int64_t *mn, int64_t *mx) {
    rt_check_stack();
    node_t *nd = &st->nodes[n];
    switch (nd->type) {
        case ND_CHAR: case ND_ANY: case ND_CLASS:
            *mn = *mx = 1;
            return;
        case ND_GROUP:
            widths(st, nd->child, mn, mx);
            return;
        case ND_CAT: case ND_ALT: {
            bool cat = nd->type == ND_CAT;
            int64_t a = cat ? 0 : INT64_MAX, b = 0;
            for (int32_t c = nd->child; c >= 0; c = st->nodes[c].next) {
                int64_t cm, cx;
                widths(st, c, &cm, &cx);
                if (cat) {
                    a += cm;
                    b = (b < 0 || cx < 0) ? -1 : b + cx;
                } else {
                    a = cm < a ? cm : a;
                    b = (b < 0 || cx < 0) ? -1 : (cx > b ? cx : b);
                }
                if (a > 0x7fffffff) a = 0x7fffffff;
                if (b > 0x7fffffff) b = -1;
            }
            *mn = a == INT64_MAX ? 0 : a;
            *mx = b;
            return;
        }
        case ND_REP: {
            int64_t cm, cx;
            widths(st, nd->child, &cm, &cx);
            *mn = cm * nd->a;
            if (*mn > 0x7fffffff) *mn = 0x7fffffff;
            *mx = (nd->b < 0 || cx < 0) ? (cx == 0 ? 0 : -1) : cx * nd->b;
            if (*mx > 0x7fffffff) *mx = -1;
            return;
        }
        case ND_BACKREF:
            *mn = 0;
            *mx = -1;
            return;
        case ND_LOOK:
            if (nd->x == LK_ATOMIC) {
                widths(st, nd->child, mn, mx);
                return;
            }
            *mn = *mx = 0;
            return;
        case ND_COND: {
            int64_t a, b, c = 0, d = 0;
            widths(st, nd->child, &a, &b);
            if (nd->b >= 0) {
                widths(st, nd->b, &c, &d);
            }
            *mn = a < c ? a : c;
            *mx = (b < 0 || d < 0) ? -1 : (b > d ? b : d);
            return;
        }
        default:
            *mn = *mx = 0;
            return;
    }
}

// The bytes a match of node n can start with are added to bs; returns true
// if n can match the empty string (then what follows it counts too). A
// superset is fine: it only lets the search skip hopeless start positions.
static void bs_add(uint8_t *bs, uint32_t c) {
    bs[(c >> 3) & 31] |= (uint8_t)(1 << (c & 7));
}
static void bs_add_high(uint8_t *bs) {
    memset(bs + 16, 0xff, 16);
}
static void bs_add_char(cstate_t *st, uint8_t *bs, uint32_t c) {
    if (st->is_bytes || c < 0x80) {
        bs_add(bs, c);
    } else {
        bs_add(bs, c < 0x800 ? 0xc0 | (c >> 6) : c < 0x10000 ? 0xe0 | (c >> 12) : 0xf0 | (c >> 18));
    }
}

static bool first_bytes(cstate_t *st, int32_t n, uint8_t *bs) {
    rt_check_stack();
    if (n < 0) {
        return true;
    }
    node_t *nd = &st->nodes[n];
    switch (nd->type) {
        case ND_CHAR:
            bs_add_char(st, bs, (uint32_t)nd->a);
            if (nd->fl & FL_IC) {
                bool ascii = st->is_bytes || (st->flags & RE_FLAG_A);
                bs_add_char(st, bs, unfold((uint32_t)nd->a, ascii));
                if (!st->is_bytes) {
                    bs_add_high(bs);   // other code points may fold to it
                }
            }
            return false;
        case ND_CLASS:
            for (uint32_t c = 0; c < (st->is_bytes ? 256u : 128u); c++) {
                if (re_engine_in_class(st->cls + nd->a, c, nd->fl & FL_IC)) {
                    bs_add(bs, c);
                }
            }
            if (!st->is_bytes) {
                bs_add_high(bs);
            }
            return false;
        case ND_ANY:
            memset(bs, 0xff, 32);
            return false;
        case ND_GROUP:
            return first_bytes(st, nd->child, bs);
        case ND_CAT:
            for (int32_t c = nd->child; c >= 0; c = st->nodes[c].next) {
                if (!first_bytes(st, c, bs)) {
                    return false;
                }
            }
            return true;
        case ND_ALT: {
            bool nullable = false;
            for (int32_t c = nd->child; c >= 0; c = st->nodes[c].next) {
                nullable |= first_bytes(st, c, bs);
            }
            return nullable;
        }
        case ND_REP:
            return first_bytes(st, nd->child, bs) || nd->a == 0;
        case ND_LOOK:
            return nd->x == LK_ATOMIC ? first_bytes(st, nd->child, bs) : true;
        case ND_COND: {
            bool a = first_bytes(st, nd->child, bs);
            bool b = first_bytes(st, nd->b, bs);
            return a || b;
        }
        case ND_BACKREF:
            memset(bs, 0xff, 32);
            return true;
        default:   // ND_EMPTY, ND_ASSERT
            return true;
    }
}

// ================================================================ code generation
static int32_t emit(cstate_t *st, int op, int fl, int x, int32_t a, int32_t b) {
    if (st->ncode == st->codealloc) {
        if (st->ncode >= MAX_INSTS) {
            perr(st, 0, "pattern too large");
        }
        size_t n = st->codealloc ? st->codealloc * 2 : 32;
        st->code = gc_realloc(st->code, n * sizeof(inst_t));
        st->codealloc = n;
    }
    inst_t *in = &st->code[st->ncode];
    in->op = (uint8_t)op;
    in->fl = (uint8_t)fl;
    in->x = (uint16_t)x;
    in->a = a;
    in->b = b;
    return (int32_t)st->ncode++;
}
#define HERE(st) ((int32_t)(st)->ncode)

static void gen(cstate_t *st, int32_t n);

static void gen_rep(cstate_t *st, int32_t n) {
    node_t nd = st->nodes[n];
    node_t child = st->nodes[nd.child];
    bool greedy = nd.fl & FL_GREEDY;
    if (nd.b == 0) {
        return;   // x{0}
    }
    if (child.type == ND_CHAR || child.type == ND_ANY || child.type == ND_CLASS) {
        emit(st, OP_REP1, nd.fl, 0, nd.a, nd.b);
        gen(st, nd.child);
        return;
    }
    int64_t cmin, cmax;
    widths(st, nd.child, &cmin, &cmax);
    if (nd.a == 0 && nd.b == 1) {
        int32_t sp = emit(st, OP_SPLIT, 0, 0, 0, 0);
        gen(st, nd.child);
        int32_t end = HERE(st);
        st->code[sp].a = greedy ? sp + 1 : end;
        st->code[sp].b = greedy ? end : sp + 1;
        return;
    }
    if (cmin > 0 && nd.b < 0 && nd.a <= 1) {
        int32_t top = HERE(st);
        if (nd.a == 0) {
            int32_t sp = emit(st, OP_SPLIT, 0, 0, 0, 0);
            gen(st, nd.child);
            emit(st, OP_JMP, 0, 0, top, 0);
            int32_t end = HERE(st);
            st->code[sp].a = greedy ? sp + 1 : end;
            st->code[sp].b = greedy ? end : sp + 1;
        } else {
            gen(st, nd.child);
            int32_t sp = emit(st, OP_SPLIT, 0, 0, 0, 0);
            int32_t end = HERE(st);
            st->code[sp].a = greedy ? top : end;
            st->code[sp].b = greedy ? end : top;
        }
        return;
    }
    int32_t reg = (int32_t)(2 * (st->ngroups + 1) + st->nregs);
    st->nregs += 2;
    emit(st, OP_REP_START, 0, 0, reg, 0);
    int32_t test = emit(st, OP_REP_TEST, nd.fl, 0, reg, 0);
    emit(st, OP_REP_DATA, 0, 0, nd.a, nd.b);
    emit(st, OP_REP_MARK, 0, 0, reg, 0);
    gen(st, nd.child);
    emit(st, OP_REP_INC, 0, 0, reg, test);
    st->code[test].b = HERE(st);
}

static void gen(cstate_t *st, int32_t n) {
    rt_check_stack();
    if (n < 0) {
        return;
    }
    node_t nd = st->nodes[n];
    switch (nd.type) {
        case ND_EMPTY:
            return;
        case ND_CHAR:
            emit(st, OP_CHAR, nd.fl, 0, nd.a, 0);
            return;
        case ND_ANY:
            emit(st, OP_ANY, nd.fl, 0, 0, 0);
            return;
        case ND_CLASS:
            emit(st, OP_CLASS, nd.fl, 0, nd.a, 0);
            return;
        case ND_ASSERT:
            emit(st, OP_ASSERT, nd.fl, nd.x, 0, 0);
            return;
        case ND_GROUP:
            emit(st, OP_SAVE, 0, 0, 2 * nd.a, 0);
            gen(st, nd.child);
            emit(st, OP_SAVE, 0, 0, 2 * nd.a + 1, 0);
            return;
        case ND_CAT:
            for (int32_t c = nd.child; c >= 0; c = st->nodes[c].next) {
                gen(st, c);
            }
            return;
        case ND_ALT: {
            // SPLIT L1, next; L1: c1; JMP end; next: SPLIT ... last: ck; end:
            int32_t jumps = -1;   // chain of JMPs to patch, linked through .b
            for (int32_t c = nd.child; c >= 0; c = st->nodes[c].next) {
                if (st->nodes[c].next >= 0) {
                    int32_t sp = emit(st, OP_SPLIT, 0, 0, 0, 0);
                    st->code[sp].a = sp + 1;
                    gen(st, c);
                    int32_t j = emit(st, OP_JMP, 0, 0, 0, jumps);
                    jumps = j;
                    st->code[sp].b = HERE(st);
                } else {
                    gen(st, c);
                }
            }
            int32_t end = HERE(st);
            while (jumps >= 0) {
                int32_t next = st->code[jumps].b;
                st->code[jumps].a = end;
                st->code[jumps].b = 0;
                jumps = next;
            }
            return;
        }
        case ND_REP:
            gen_rep(st, n);
            return;
        case ND_BACKREF:
            emit(st, OP_BACKREF, nd.fl, 0, nd.a, 0);
            return;
        case ND_LOOK: {
            int32_t width = 0;
            if (nd.x == LK_BEHIND || nd.x == LK_NBEHIND) {
                int64_t mn, mx;
                widths(st, nd.child, &mn, &mx);
                if (mn != mx) {
                    re_engine_raise("look-behind requires fixed-width pattern", st->pat, st->len, st->is_bytes, (size_t)-1);
                }
                width = (int32_t)mn;
            }
            int32_t lk = emit(st, OP_LOOK, 0, nd.x, 0, width);
            gen(st, nd.child);
            emit(st, OP_LOOK_END, 0, 0, 0, 0);
            st->code[lk].a = HERE(st);
            return;
        }
        case ND_COND: {
            int32_t c = emit(st, OP_COND, 0, 0, nd.a, 0);
            gen(st, nd.child);
            int32_t j = emit(st, OP_JMP, 0, 0, 0, 0);
            st->code[c].b = HERE(st);
            gen(st, nd.b);
            st->code[j].a = HERE(st);
            return;
        }
        default:
            return;
    }
}

re_prog_t *re_compile_pattern(const char *pat, size_t len, bool is_bytes, int *flags) {
    cstate_t st;
    memset(&st, 0, sizeof(st));
    st.pat = pat;
    st.len = len;
    st.is_bytes = is_bytes;
    st.flags = *flags;
    vstr_init(&st.names, 16);
    vstr_init(&st.closed, 16);
    vstr_add_byte(&st.closed, 1);   // group 0
    // Global inline flags at the very start (VERBOSE changes the parsing).
    int32_t root = alt_to_class(&st, parse_alt(&st, st.flags));
    if (!at_end(&st)) {
        perr(&st, st.i, "unbalanced parenthesis");
    }
    if (st.cond_ref > st.ngroups) {
        perr(&st, st.cond_ref_pos, "invalid group reference %u", (unsigned)st.cond_ref);
    }
    int f = st.flags;
    if (is_bytes) {
        if (f & RE_FLAG_U) {
            re_engine_raise("cannot use UNICODE flag with a bytes pattern", NULL, 0, is_bytes, 0);
        }
    } else {
        if (f & RE_FLAG_L) {
            re_engine_raise("cannot use LOCALE flag with a str pattern", NULL, 0, is_bytes, 0);
        }
        if ((f & RE_FLAG_A) && (f & RE_FLAG_U)) {
            re_engine_raise("ASCII and UNICODE flags are incompatible", NULL, 0, is_bytes, 0);
        }
        if (!(f & RE_FLAG_A)) {
            f |= RE_FLAG_U;
        }
    }
    *flags = f;
    gen(&st, root);
    emit(&st, OP_MATCH, 0, 0, 0, 0);

    size_t names_len = st.names.len;
    size_t total = sizeof(re_prog_t) + st.ncode * sizeof(inst_t) + st.ncls * sizeof(int32_t) + names_len;
    re_prog_t *p = gc_alloc_noscan(total);
    p->ninst = (uint32_t)st.ncode;
    p->ncls = (uint32_t)st.ncls;
    p->names_len = (uint32_t)names_len;
    p->ngroups = st.ngroups;
    p->nslots = 2 * (st.ngroups + 1) + st.nregs;
    p->unicode = !is_bytes;
    memcpy((void *)re_prog_code(p), st.code, st.ncode * sizeof(inst_t));
    if (st.ncls) {
        memcpy((void *)re_prog_cls(p), st.cls, st.ncls * sizeof(int32_t));
    }
    if (names_len) {
        memcpy((void *)re_prog_names(p), st.names.buf, names_len);
    }
    // Search helpers: a start anchor, the bytes a match can start with.
    const inst_t *c = re_prog_code(p);
    while (c->op == OP_SAVE) {
        c++;
    }
    if (c->op == OP_ASSERT && (c->x == AS_BOL || c->x == AS_BEGIN)) {
        p->anchored = 1;
    }
    p->has_first = !first_bytes(&st, root, p->first);
    return p;
}
