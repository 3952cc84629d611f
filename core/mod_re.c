// core/mod_re.c — the `re` module: MicroPython's API (compile, match,
// search, sub, split) with CPython's behaviour, plus fullmatch, subn,
// findall, finditer, escape and the Pattern and Match types. The matching
// itself is core/re_engine.c.
//
// Invariants: a Pattern holds its source (str or bytes), its effective flags
// and the compiled program (a noscan heap block); a Match holds its Pattern,
// the subject object and the group offsets in BYTES (converted to character
// indices only when Python asks for positions). The subject's data pointer
// is fetched again after anything that may run Python code (a bytearray
// may be resized by a repl function).
// re.error is a class made at start-up: a subclass of ValueError (so code
// written for MicroPython, which raises ValueError, still catches it) whose
// instances carry msg, pattern and pos as CPython's do.
#include <string.h>
#include "core/runtime.h"
#include "core/types.h"
#include "core/str.h"
#include "core/gc.h"
#include "core/mod_builtins.h"
#include "core/re_engine.h"

typedef struct {
    obj_base_t base;
    obj_t pattern;       // str or bytes
    re_prog_t *prog;
    obj_t groupindex;    // dict name -> group number
    int flags;
    bool is_bytes;
} pattern_t;

typedef struct {
    obj_base_t base;
    obj_t re;            // pattern_t
    obj_t string;
    size_t pos, endpos;  // characters, as given
    intptr_t lastindex;
    size_t ngroups;
    intptr_t caps[];     // byte offsets, 2 * (ngroups + 1)
} match_t;

static const type_t type_pattern;
static const type_t type_match;
static const type_t type_scanner;

// ================================================================ errors
static obj_t error_class(void) {
    obj_t mod = rt_find_builtin_module(N_re);
    obj_t cls = mod ? map_get(rt_module_globals(mod), OBJ_NAME(N_error)) : OBJ_NULL;
    return cls ? cls : OBJ_FROM_PTR(&type_ValueError);
}

NORETURN static void raise_error(const char *msg, obj_t pattern, intptr_t pos) {
    vstr_t v;
    vstr_init(&v, 64);
    printer_t pr = vstr_printer(&v);
    print_str(&pr, msg);
    obj_t lineno = OBJ_NONE, colno = OBJ_NONE;
    if (pos >= 0) {
        print_fmt(&pr, " at position %d", (int)pos);
        const char *d;
        size_t len;
        if (str_get_any(pattern, &d, &len) >= 0) {
            size_t line = 1, col = 1, i = 0, cp = 0;
            bool is_str = rt_is_str(pattern);
            while (i < len && cp < (size_t)pos) {
                if (d[i] == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
                i += is_str ? utf8_seqlen((uint8_t)d[i]) : 1;
                cp++;
            }
            lineno = obj_new_small_int((intptr_t)line);
            colno = obj_new_small_int((intptr_t)col);
            if (memchr(d, '\n', len)) {
                // CPython adds the line and column for multi-line patterns.
                print_fmt(&pr, " (line %u, column %u)", (unsigned)line, (unsigned)col);
            }
        }
    }
    obj_t text = str_new(v.buf, v.len);
    obj_t exc = rt_call(error_class(), 1, 0, &text);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        // A plain ValueError (no error class) has no attribute dict.
        rt_store_attr(exc, N_msg, str_new_cstr(msg));
        rt_store_attr(exc, N_pattern, pattern ? pattern : OBJ_NONE);
        rt_store_attr(exc, N_pos, pos >= 0 ? obj_new_small_int(pos) : OBJ_NONE);
        rt_store_attr(exc, N_lineno, lineno);
        rt_store_attr(exc, N_colno, colno);
        nlr_pop();
    }
    rt_raise(exc);
}

void re_engine_raise(const char *msg, const char *pat, size_t pat_len, bool is_bytes, size_t pos) {
    if (pat == NULL) {
        rt_raise_ValueError(msg);
    }
    if (pos == (size_t)-1) {
        raise_error(msg, OBJ_NULL, -1);
    }
    obj_t p = is_bytes ? bytes_new(pat, pat_len) : str_new(pat, pat_len);
    intptr_t cpos = is_bytes ? (intptr_t)pos : (intptr_t)utf8_charlen(pat, pos < pat_len ? pos : pat_len);
    raise_error(msg, p, cpos);
}

// ================================================================ subjects
typedef struct {
    const char *data;
    size_t len;       // bytes
    int kind;
    bool ascii;       // positions in bytes == positions in characters
} subject_t;

static void get_subject(pattern_t *pat, obj_t string, subject_t *sub) {
    sub->kind = str_get_any(string, &sub->data, &sub->len);
    if (sub->kind < 0) {
        const type_t *t = obj_type(string);
        buffer_info_t info;
        if (t->buffer && t->buffer(string, &info, BUFFER_READ) == 0) {
            sub->data = info.buf;
            sub->len = info.len;
            sub->kind = KIND_BYTES;
        } else {
            rt_raise_fmt(&type_TypeError, "expected string or bytes-like object, got '%s'", rt_type_name(string));
        }
    }
    if (pat->is_bytes && sub->kind == KIND_STR) {
        rt_raise_TypeError("cannot use a bytes pattern on a string-like object");
    }
    if (!pat->is_bytes && sub->kind != KIND_STR) {
        rt_raise_TypeError("cannot use a string pattern on a bytes-like object");
    }
    sub->ascii = sub->kind != KIND_STR ||
                 (obj_is_name(string) || obj_is_type_exact(string, &type_str) ? str_is_ascii(string)
                                                                              : str_bytes_ascii(sub->data, sub->len));
}

static size_t char_count(const subject_t *sub) {
    return sub->ascii ? sub->len : utf8_charlen(sub->data, sub->len);
}
static size_t to_bytes(const subject_t *sub, size_t i) {
    return str_cp_offset(sub->data, sub->len, sub->ascii, i);
}
static intptr_t to_chars(const subject_t *sub, intptr_t off) {
    return off < 0 || sub->ascii ? off : (intptr_t)utf8_charlen(sub->data, (size_t)off);
}

// A pos/endpos argument clamped to [0, n].
static size_t clamp_pos(obj_t o, size_t n, size_t dflt) {
    if (o == OBJ_NULL || o == OBJ_NONE) {
        return dflt;
    }
    intptr_t v = rt_get_int(o);
    if (v < 0) {
        return 0;
    }
    return (size_t)v > n ? n : (size_t)v;
}

// ================================================================ patterns
static pattern_t *get_pattern(obj_t o) {
    if (!obj_is_type_exact(o, &type_pattern)) {
        rt_raise_type_error_for("descriptor requires a 're.Pattern' object but received '%s'", o);
    }
    return OBJ_TO_PTR(o);
}

static obj_t compile_pattern(obj_t pattern, obj_t flags_obj) {
    intptr_t flags = flags_obj == OBJ_NULL ? 0 : rt_get_int(flags_obj);
    if (obj_is_type_exact(pattern, &type_pattern)) {
        if (flags) {
            rt_raise_ValueError("cannot process flags argument with a compiled pattern");
        }
        return pattern;
    }
    const char *d;
    size_t len;
    int kind = str_get_any(pattern, &d, &len);
    if (kind < 0) {
        rt_raise_TypeError("first argument must be string or compiled pattern");
    }
    bool is_bytes = kind != KIND_STR;
    if (is_bytes && kind != KIND_BYTES) {
        pattern = bytes_new(d, len);
    }
    int f = (int)flags;
    re_prog_t *prog = re_compile_pattern(d, len, is_bytes, &f);
    pattern_t *p = gc_alloc(sizeof(pattern_t));
    p->base.type = &type_pattern;
    p->pattern = pattern;
    p->prog = prog;
    p->flags = f;
    p->is_bytes = is_bytes;
    p->groupindex = dict_new(0);
    const char *name;
    size_t nlen, g;
    for (size_t i = 0; re_engine_group_name(prog, i, &name, &nlen, &g); i++) {
        dict_store(p->groupindex, str_new(name, nlen), obj_new_small_int((intptr_t)g));
    }
    return OBJ_FROM_PTR(p);
}

static const struct {
    int flag;
    const char *name;
} flag_names[] = {
    {RE_FLAG_I, "re.IGNORECASE"}, {RE_FLAG_L, "re.LOCALE"}, {RE_FLAG_M, "re.MULTILINE"},
    {RE_FLAG_S, "re.DOTALL"}, {RE_FLAG_U, "re.UNICODE"}, {RE_FLAG_X, "re.VERBOSE"},
    {RE_FLAG_DEBUG, "re.DEBUG"}, {RE_FLAG_A, "re.ASCII"},
};

static void pattern_print(const printer_t *p, obj_t self, print_kind_t kind) {
    pattern_t *pat = OBJ_TO_PTR(self);
    // repr(pattern)[:200], as CPython.
    obj_t r = rt_obj_repr(pat->pattern);
    size_t len;
    const char *d = str_data(r, &len);
    size_t cut = str_cp_offset(d, len, str_is_ascii(r), 200);
    print_str(p, "re.compile(");
    print_strn(p, d, cut);
    int f = pat->flags;
    if (!pat->is_bytes) {
        f &= ~RE_FLAG_U;
    }
    if (f) {
        print_str(p, ", ");
        bool first = true;
        for (size_t i = 0; i < sizeof(flag_names) / sizeof(flag_names[0]); i++) {
            if (f & flag_names[i].flag) {
                print_str(p, first ? "" : "|");
                print_str(p, flag_names[i].name);
                first = false;
                f &= ~flag_names[i].flag;
            }
        }
        if (f) {
            print_fmt(p, "%s0x%x", first ? "" : "|", f);
        }
    }
    print_str(p, ")");
}

static void pattern_attr(obj_t self, name_t attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;
    }
    pattern_t *pat = OBJ_TO_PTR(self);
    switch (attr) {
        case N_pattern: dest[0] = pat->pattern; break;
        case N_flags: dest[0] = obj_new_small_int(pat->flags); break;
        case N_groups: dest[0] = obj_new_small_int((intptr_t)re_engine_ngroups(pat->prog)); break;
        case N_groupindex: {
            obj_t d = dict_new(0);
            dict_update(d, pat->groupindex, false);
            dest[0] = d;
            break;
        }
        default: break;
    }
}

static obj_t pattern_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    if (op == BINARY_OP_EQUAL || op == BINARY_OP_NOT_EQUAL) {
        bool eq = lhs == rhs;
        if (!eq && obj_is_type_exact(rhs, &type_pattern)) {
            pattern_t *a = OBJ_TO_PTR(lhs), *b = OBJ_TO_PTR(rhs);
            eq = a->flags == b->flags && a->is_bytes == b->is_bytes && rt_equal(a->pattern, b->pattern);
        }
        return obj_bool(eq == (op == BINARY_OP_EQUAL));
    }
    return OBJ_NULL;
}

static obj_t pattern_unary_op(unary_op_t op, obj_t self) {
    if (op == UNARY_OP_HASH) {
        pattern_t *p = OBJ_TO_PTR(self);
        return obj_new_small_int((intptr_t)((rt_hash(p->pattern) ^ (size_t)p->flags) >> 2));
    }
    return OBJ_NULL;
}

// ================================================================ matching
static obj_t new_match(obj_t pat, obj_t string, size_t pos, size_t endpos, const intptr_t *caps, intptr_t lastindex) {
    pattern_t *p = OBJ_TO_PTR(pat);
    size_t ng = re_engine_ngroups(p->prog);
    match_t *m = gc_alloc(sizeof(match_t) + 2 * (ng + 1) * sizeof(intptr_t));
    m->base.type = &type_match;
    m->re = pat;
    m->string = string;
    m->pos = pos;
    m->endpos = endpos;
    m->lastindex = lastindex;
    m->ngroups = ng;
    memcpy(m->caps, caps, 2 * (ng + 1) * sizeof(intptr_t));
    return OBJ_FROM_PTR(m);
}

static intptr_t *caps_buf(pattern_t *p) {
    return gc_alloc_noscan(2 * (re_engine_ngroups(p->prog) + 1) * sizeof(intptr_t));
}

// pattern.match/search/fullmatch(string, pos=0, endpos=sys.maxsize)
static obj_t do_match(obj_t pat_obj, obj_t string, obj_t pos_obj, obj_t endpos_obj, int mode) {
    pattern_t *pat = get_pattern(pat_obj);
    subject_t sub;
    get_subject(pat, string, &sub);
    size_t n = char_count(&sub);
    size_t pos = clamp_pos(pos_obj, n, 0), endpos = clamp_pos(endpos_obj, n, n);
    if (endpos < pos) {
        return OBJ_NONE;
    }
    intptr_t *caps = caps_buf(pat), last;
    if (!re_engine_exec(pat->prog, sub.data, to_bytes(&sub, endpos), to_bytes(&sub, pos), mode, 0, caps, &last)) {
        return OBJ_NONE;
    }
    return new_match(pat_obj, string, pos, endpos, caps, last);
}

static const arg_spec_t match_spec[] = {
    {N_string, ARG_REQUIRED, OBJ_NULL}, {N_pos, 0, OBJ_NULL}, {N_endpos, 0, OBJ_NULL},
};

static obj_t pattern_match_mode(size_t n_args, size_t n_kw, const obj_t *args, int mode) {
    obj_t v[3];
    rt_parse_args(n_args - 1, n_kw, args + 1, 3, match_spec, v);
    return do_match(args[0], v[0], v[1], v[2], mode);
}
static obj_t pattern_match(size_t n_args, size_t n_kw, const obj_t *args) {
    return pattern_match_mode(n_args, n_kw, args, RE_MATCH);
}
static FUN_OBJ_KW(pattern_match_obj, 1, pattern_match);
static obj_t pattern_search(size_t n_args, size_t n_kw, const obj_t *args) {
    return pattern_match_mode(n_args, n_kw, args, RE_SEARCH);
}
static FUN_OBJ_KW(pattern_search_obj, 1, pattern_search);
static obj_t pattern_fullmatch(size_t n_args, size_t n_kw, const obj_t *args) {
    return pattern_match_mode(n_args, n_kw, args, RE_FULLMATCH);
}
static FUN_OBJ_KW(pattern_fullmatch_obj, 1, pattern_fullmatch);

// Successive non-overlapping matches (CPython 3.7+ rules: an empty match
// may follow a non-empty one directly, but not another empty one).
typedef struct {
    obj_t pat;
    obj_t string;
    size_t pos, endpos;    // bytes
    size_t cpos, cendpos;  // characters (for Match.pos/endpos)
    bool not_empty;
    bool done;
} scan_t;

static void scan_init(scan_t *sc, obj_t pat, obj_t string, obj_t pos_obj, obj_t endpos_obj) {
    subject_t sub;
    get_subject(get_pattern(pat), string, &sub);
    size_t n = char_count(&sub);
    sc->pat = pat;
    sc->string = string;
    sc->cpos = clamp_pos(pos_obj, n, 0);
    sc->cendpos = clamp_pos(endpos_obj, n, n);
    sc->pos = to_bytes(&sub, sc->cpos);
    sc->endpos = to_bytes(&sub, sc->cendpos);
    sc->not_empty = false;
    sc->done = sc->cendpos < sc->cpos;
}

static bool scan_next(scan_t *sc, intptr_t *caps, intptr_t *last) {
    if (sc->done) {
        return false;
    }
    pattern_t *pat = OBJ_TO_PTR(sc->pat);
    subject_t sub;
    get_subject(pat, sc->string, &sub);
    size_t end = sc->endpos < sub.len ? sc->endpos : sub.len;
    if (sc->pos > end ||
        !re_engine_exec(pat->prog, sub.data, end, sc->pos, RE_SEARCH,
                        sc->not_empty ? RE_EXEC_NOT_EMPTY_AT_POS : 0, caps, last)) {
        sc->done = true;
        return false;
    }
    sc->pos = (size_t)caps[1];
    sc->not_empty = caps[0] == caps[1];
    return true;
}

static obj_t slice_of(obj_t string, intptr_t s, intptr_t e) {
    const char *d;
    size_t len;
    int kind = str_get_any(string, &d, &len);
    if (kind < 0) {
        buffer_info_t info;
        obj_type(string)->buffer(string, &info, BUFFER_READ);
        d = info.buf;
        len = info.len;
        kind = KIND_BYTES;
    }
    if ((size_t)e > len) {
        e = (intptr_t)len;
    }
    if (s > e) {
        s = e;
    }
    return str_new_kind(kind == KIND_STR ? KIND_STR : KIND_BYTES, d + s, (size_t)(e - s));
}

// ================================================================ templates
// A parsed replacement template: literal text plus group references.
// segs holds int32 pairs: (-1 - literal_len, literal_offset) or (group, 0).
typedef struct {
    vstr_t lit;
    vstr_t segs;
} tmpl_t;

static void tmpl_add(tmpl_t *t, int32_t a, int32_t b) {
    vstr_add_strn(&t->segs, (const char *)&a, 4);
    vstr_add_strn(&t->segs, (const char *)&b, 4);
}

static void tmpl_flush(tmpl_t *t, size_t *lit_start) {
    if (t->lit.len > *lit_start) {
        tmpl_add(t, -1 - (int32_t)(t->lit.len - *lit_start), (int32_t)*lit_start);
    }
    *lit_start = t->lit.len;
}

static bool is_ident(const char *s, size_t n) {
    if (n == 0 || (s[0] >= '0' && s[0] <= '9')) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)s[i];
        if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80)) {
            return false;
        }
    }
    return true;
}

static void parse_template(pattern_t *pat, obj_t repl, const char *s, size_t n, tmpl_t *t) {
    vstr_init(&t->lit, n + 1);
    vstr_init(&t->segs, 16);
    size_t ng = re_engine_ngroups(pat->prog);
    size_t lit_start = 0;
    bool is_str = !pat->is_bytes;
    // Character positions for messages.
#define CPOS(off) ((intptr_t)(is_str ? utf8_charlen(s, (off)) : (off)))
    for (size_t i = 0; i < n;) {
        if (s[i] != '\\') {
            vstr_add_byte(&t->lit, (uint8_t)s[i++]);
            continue;
        }
        size_t start = i;
        i++;
        if (i >= n) {
            raise_error("bad escape (end of pattern)", repl, CPOS(start));
        }
        char c = s[i++];
        const char *lit = NULL;
        switch (c) {
            case 'a': lit = "\a"; break;
            case 'b': lit = "\b"; break;
            case 'f': lit = "\f"; break;
            case 'n': lit = "\n"; break;
            case 'r': lit = "\r"; break;
            case 't': lit = "\t"; break;
            case 'v': lit = "\v"; break;
            case '\\': lit = "\\"; break;
            default: break;
        }
        if (lit) {
            vstr_add_byte(&t->lit, (uint8_t)lit[0]);
            continue;
        }
        intptr_t g = -1;
        if (c == 'g') {
            if (i >= n || s[i] != '<') {
                raise_error("missing <", repl, CPOS(i));
            }
            size_t ns = ++i;
            while (i < n && s[i] != '>') {
                i++;
            }
            if (i >= n) {
                raise_error(ns == n ? "missing group name" : "missing >, unterminated name", repl, CPOS(ns));
            }
            size_t nl = i - ns;
            i++;
            if (nl == 0) {
                raise_error("missing group name", repl, CPOS(ns));
            }
            bool digits = true;
            for (size_t k = ns; k < ns + nl; k++) {
                digits = digits && s[k] >= '0' && s[k] <= '9';
            }
            if (digits) {
                g = 0;
                for (size_t k = ns; k < ns + nl && g <= (intptr_t)ng; k++) {
                    g = g * 10 + (s[k] - '0');
                }
                if (g > (intptr_t)ng) {
                    vstr_t m;
                    vstr_init(&m, 40);
                    printer_t pr = vstr_printer(&m);
                    print_fmt(&pr, "invalid group reference %.*s", (int)nl, s + ns);
                    raise_error(vstr_cstr(&m), repl, CPOS(ns));
                }
            } else {
                if (!is_ident(s + ns, nl) || (!is_str && !str_bytes_ascii(s + ns, nl))) {
                    vstr_t m;
                    vstr_init(&m, 40);
                    printer_t pr = vstr_printer(&m);
                    print_fmt(&pr, "bad character in group name '%.*s'", (int)nl, s + ns);
                    raise_error(vstr_cstr(&m), repl, CPOS(ns));
                }
                obj_t v = dict_get(pat->groupindex, str_new(s + ns, nl));
                if (v == OBJ_NULL) {
                    rt_raise_fmt(&type_IndexError, "unknown group name '%.*s'", (int)nl, s + ns);
                }
                g = obj_small_int_value(v);
            }
        } else if (c == '0' || (c >= '1' && c <= '9' && i + 1 < n && c <= '7' && s[i] >= '0' && s[i] <= '7' &&
                                s[i + 1] >= '0' && s[i + 1] <= '7')) {
            // Octal escape: \0, \0o, \0oo, or three octal digits.
            int v = c - '0';
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) {
                v = v * 8 + (s[i++] - '0');
            }
            if (v > 0377) {
                vstr_t m;
                vstr_init(&m, 40);
                printer_t pr = vstr_printer(&m);
                print_fmt(&pr, "octal escape value %.*s outside of range 0-0o377", (int)(i - start), s + start);
                raise_error(vstr_cstr(&m), repl, CPOS(start));
            }
            if (is_str) {
                vstr_add_char(&t->lit, (uint32_t)v);
            } else {
                vstr_add_byte(&t->lit, (uint8_t)v);
            }
            continue;
        } else if (c >= '1' && c <= '9') {
            g = c - '0';
            if (i < n && s[i] >= '0' && s[i] <= '9') {
                g = g * 10 + (s[i++] - '0');
            }
            if (g > (intptr_t)ng) {
                vstr_t m;
                vstr_init(&m, 40);
                printer_t pr = vstr_printer(&m);
                print_fmt(&pr, "invalid group reference %d", (int)g);
                raise_error(vstr_cstr(&m), repl, CPOS(start + 1));
            }
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            vstr_t m;
            vstr_init(&m, 40);
            printer_t pr = vstr_printer(&m);
            print_fmt(&pr, "bad escape \\%c", c);
            raise_error(vstr_cstr(&m), repl, CPOS(start));
        } else {
            // Any other escape stays as written (backslash included).
            vstr_add_byte(&t->lit, '\\');
            i--;
            size_t cl = is_str ? utf8_seqlen((uint8_t)s[i]) : 1;
            vstr_add_strn(&t->lit, s + i, cl);
            i += cl;
            continue;
        }
        tmpl_flush(t, &lit_start);
        tmpl_add(t, (int32_t)g, 0);
    }
    tmpl_flush(t, &lit_start);
#undef CPOS
}

// Append the expansion of t for the match caps over string.
static void tmpl_expand(tmpl_t *t, obj_t string, const intptr_t *caps, vstr_t *out) {
    const char *d;
    size_t len;
    if (str_get_any(string, &d, &len) < 0) {
        buffer_info_t info;
        obj_type(string)->buffer(string, &info, BUFFER_READ);
        d = info.buf;
        len = info.len;
    }
    const int32_t *seg = (const int32_t *)t->segs.buf;
    size_t nseg = t->segs.len / 8;
    for (size_t i = 0; i < nseg; i++) {
        int32_t a = seg[2 * i], b = seg[2 * i + 1];
        if (a < 0) {
            vstr_add_strn(out, t->lit.buf + b, (size_t)(-1 - a));
        } else if (caps[2 * a] >= 0 && (size_t)caps[2 * a + 1] <= len) {
            vstr_add_strn(out, d + caps[2 * a], (size_t)(caps[2 * a + 1] - caps[2 * a]));
        }
    }
}

// pattern.sub/subn
static obj_t do_sub(obj_t pat_obj, obj_t repl, obj_t string, obj_t count_obj, bool subn) {
    pattern_t *pat = get_pattern(pat_obj);
    intptr_t count = count_obj == OBJ_NULL ? 0 : rt_get_int(count_obj);
    subject_t sub;
    get_subject(pat, string, &sub);
    tmpl_t t;
    bool is_fun = false;
    const char *rd;
    size_t rlen;
    int rkind = str_get_any(repl, &rd, &rlen);
    if (rkind >= 0) {
        if ((rkind == KIND_STR) != !pat->is_bytes) {
            rt_raise_fmt(&type_TypeError, "expected %s, got '%s'", pat->is_bytes ? "a bytes-like object" : "str instance",
                         rt_type_name(repl));
        }
        parse_template(pat, repl, rd, rlen, &t);
    } else if (rt_is_callable(repl)) {
        is_fun = true;
    } else {
        rt_raise_fmt(&type_TypeError, "expected str instance, %s found", rt_type_name(repl));
    }
    scan_t sc;
    scan_init(&sc, pat_obj, string, OBJ_NULL, OBJ_NULL);
    vstr_t out;
    vstr_init(&out, sub.len + 16);
    intptr_t *caps = caps_buf(pat), last;
    size_t prev = 0;
    intptr_t n = 0, pieces = 0;   // pieces: CPython's join index, for messages
    while ((count <= 0 || n < count) && scan_next(&sc, caps, &last)) {
        get_subject(pat, string, &sub);
        if ((size_t)caps[0] > prev) {
            vstr_add_strn(&out, sub.data + prev, (size_t)caps[0] - prev);
            pieces++;
        }
        if (is_fun) {
            obj_t m = new_match(pat_obj, string, 0, char_count(&sub), caps, last);
            obj_t r = rt_call1(repl, m);
            if (r != OBJ_NONE) {
                const char *d;
                size_t l;
                int k = str_get_any(r, &d, &l);
                if (k < 0 || (k == KIND_STR) != !pat->is_bytes) {
                    rt_raise_fmt(&type_TypeError, "sequence item %d: expected %s, %s found", (int)pieces,
                                 pat->is_bytes ? "a bytes-like object" : "str instance", rt_type_name(r));
                }
                vstr_add_strn(&out, d, l);
                pieces++;
            }
        } else {
            tmpl_expand(&t, string, caps, &out);
            pieces++;
        }
        prev = (size_t)caps[1];
        n++;
    }
    get_subject(pat, string, &sub);
    if (prev < sub.len) {
        vstr_add_strn(&out, sub.data + prev, sub.len - prev);
    }
    obj_t res = str_from_vstr_kind(pat->is_bytes ? KIND_BYTES : KIND_STR, &out);
    if (subn) {
        obj_t items[2] = {res, obj_new_small_int(n)};
        return tuple_new(2, items);
    }
    return res;
}

static const arg_spec_t sub_spec[] = {
    {N_repl, ARG_REQUIRED, OBJ_NULL}, {N_string, ARG_REQUIRED, OBJ_NULL}, {N_count, 0, OBJ_NULL},
};
static obj_t pattern_sub(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t v[3];
    rt_parse_args(n_args - 1, n_kw, args + 1, 3, sub_spec, v);
    return do_sub(args[0], v[0], v[1], v[2], false);
}
static FUN_OBJ_KW(pattern_sub_obj, 1, pattern_sub);
static obj_t pattern_subn(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t v[3];
    rt_parse_args(n_args - 1, n_kw, args + 1, 3, sub_spec, v);
    return do_sub(args[0], v[0], v[1], v[2], true);
}
static FUN_OBJ_KW(pattern_subn_obj, 1, pattern_subn);

static obj_t group_obj(obj_t string, const intptr_t *caps, size_t g, obj_t dflt) {
    if (caps[2 * g] < 0) {
        return dflt;
    }
    return slice_of(string, caps[2 * g], caps[2 * g + 1]);
}

static obj_t do_split(obj_t pat_obj, obj_t string, obj_t maxsplit_obj) {
    pattern_t *pat = get_pattern(pat_obj);
    intptr_t maxsplit = maxsplit_obj == OBJ_NULL ? 0 : rt_get_int(maxsplit_obj);
    size_t ng = re_engine_ngroups(pat->prog);
    obj_t list = list_new(0, NULL);
    scan_t sc;
    scan_init(&sc, pat_obj, string, OBJ_NULL, OBJ_NULL);
    intptr_t *caps = caps_buf(pat), last;
    intptr_t prev = 0, n = 0;
    if (maxsplit < 0) {
        sc.done = true;
    }
    while ((maxsplit == 0 || n < maxsplit) && scan_next(&sc, caps, &last)) {
        list_append(list, slice_of(string, prev, caps[0]));
        for (size_t g = 1; g <= ng; g++) {
            list_append(list, group_obj(string, caps, g, OBJ_NONE));
        }
        prev = caps[1];
        n++;
    }
    subject_t sub;
    get_subject(pat, string, &sub);
    list_append(list, slice_of(string, prev, (intptr_t)sub.len));
    return list;
}

static const arg_spec_t split_spec[] = {
    {N_string, ARG_REQUIRED, OBJ_NULL}, {N_maxsplit, 0, OBJ_NULL},
};
static obj_t pattern_split(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t v[2];
    rt_parse_args(n_args - 1, n_kw, args + 1, 2, split_spec, v);
    return do_split(args[0], v[0], v[1]);
}
static FUN_OBJ_KW(pattern_split_obj, 1, pattern_split);

static obj_t do_findall(obj_t pat_obj, obj_t string, obj_t pos, obj_t endpos) {
    pattern_t *pat = get_pattern(pat_obj);
    size_t ng = re_engine_ngroups(pat->prog);
    obj_t list = list_new(0, NULL);
    scan_t sc;
    scan_init(&sc, pat_obj, string, pos, endpos);
    intptr_t *caps = caps_buf(pat), last;
    obj_t empty = str_new_kind(pat->is_bytes ? KIND_BYTES : KIND_STR, "", 0);
    while (scan_next(&sc, caps, &last)) {
        if (ng == 0) {
            list_append(list, group_obj(string, caps, 0, empty));
        } else if (ng == 1) {
            list_append(list, group_obj(string, caps, 1, empty));
        } else {
            obj_t t = tuple_new(ng, NULL);
            tuple_t *tp = OBJ_TO_PTR(t);
            for (size_t g = 1; g <= ng; g++) {
                tp->items[g - 1] = group_obj(string, caps, g, empty);
            }
            list_append(list, t);
        }
    }
    return list;
}

static obj_t pattern_findall(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t v[3];
    rt_parse_args(n_args - 1, n_kw, args + 1, 3, match_spec, v);
    return do_findall(args[0], v[0], v[1], v[2]);
}
static FUN_OBJ_KW(pattern_findall_obj, 1, pattern_findall);

// finditer: an iterator over Match objects.
typedef struct {
    obj_base_t base;
    scan_t sc;
} scanner_t;

static obj_t do_finditer(obj_t pat_obj, obj_t string, obj_t pos, obj_t endpos) {
    scanner_t *s = gc_alloc(sizeof(scanner_t));
    s->base.type = &type_scanner;
    scan_init(&s->sc, pat_obj, string, pos, endpos);
    return OBJ_FROM_PTR(s);
}

static obj_t scanner_iternext(obj_t self) {
    scanner_t *s = OBJ_TO_PTR(self);
    pattern_t *pat = OBJ_TO_PTR(s->sc.pat);
    intptr_t *caps = caps_buf(pat), last;
    if (!scan_next(&s->sc, caps, &last)) {
        return OBJ_STOP;
    }
    return new_match(s->sc.pat, s->sc.string, s->sc.cpos, s->sc.cendpos, caps, last);
}

static obj_t scanner_getiter(obj_t self, iter_buf_t *buf) {
    return self;
}

static const type_t type_scanner = {
    {&type_type}, .name = N_callable_iterator, .flags = TYPE_FLAG_ITER_IS_SELF,
    .getiter = scanner_getiter, .iternext = scanner_iternext,
};

static obj_t pattern_finditer(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t v[3];
    rt_parse_args(n_args - 1, n_kw, args + 1, 3, match_spec, v);
    return do_finditer(args[0], v[0], v[1], v[2]);
}
static FUN_OBJ_KW(pattern_finditer_obj, 1, pattern_finditer);

static const map_elem_t pattern_locals_table[] = {
    MAP_ENTRY(N_match, &pattern_match_obj),
    MAP_ENTRY(N_search, &pattern_search_obj),
    MAP_ENTRY(N_fullmatch, &pattern_fullmatch_obj),
    MAP_ENTRY(N_sub, &pattern_sub_obj),
    MAP_ENTRY(N_subn, &pattern_subn_obj),
    MAP_ENTRY(N_split, &pattern_split_obj),
    MAP_ENTRY(N_findall, &pattern_findall_obj),
    MAP_ENTRY(N_finditer, &pattern_finditer_obj),
};
static MAP_ROM(pattern_locals, pattern_locals_table);

static const type_t type_pattern = {
    {&type_type}, .name = N_Pattern, .print = pattern_print, .attr = pattern_attr,
    .binary_op = pattern_binary_op, .unary_op = pattern_unary_op, .locals = &pattern_locals,
};

// ================================================================ Match
static match_t *get_match(obj_t o) {
    if (!obj_is_type_exact(o, &type_match)) {
        rt_raise_type_error_for("descriptor requires a 're.Match' object but received '%s'", o);
    }
    return OBJ_TO_PTR(o);
}

static size_t group_index(match_t *m, obj_t g) {
    intptr_t i;
    if (rt_is_str(g) || obj_is_instance(g, &type_bytes)) {
        obj_t v = dict_get(((pattern_t *)OBJ_TO_PTR(m->re))->groupindex, g);
        if (v != OBJ_NULL) {
            return (size_t)obj_small_int_value(v);
        }
    } else if (rt_get_int_maybe(g, &i) && i >= 0 && (size_t)i <= m->ngroups) {
        return (size_t)i;
    }
    rt_raise_IndexError("no such group");
}

static obj_t match_group_one(match_t *m, obj_t g) {
    return group_obj(m->string, m->caps, group_index(m, g), OBJ_NONE);
}

static obj_t match_group(size_t n_args, const obj_t *args) {
    match_t *m = get_match(args[0]);
    if (n_args == 1) {
        return group_obj(m->string, m->caps, 0, OBJ_NONE);
    }
    if (n_args == 2) {
        return match_group_one(m, args[1]);
    }
    obj_t t = tuple_new(n_args - 1, NULL);
    for (size_t i = 1; i < n_args; i++) {
        ((tuple_t *)OBJ_TO_PTR(t))->items[i - 1] = match_group_one(m, args[i]);
    }
    return t;
}
static FUN_OBJ_VAR(match_group_obj, 1, FUN_ARGS_MAX, match_group);

static const arg_spec_t default_spec[] = {{N_default, 0, OBJ_NONE}};

static obj_t match_groups(size_t n_args, size_t n_kw, const obj_t *args) {
    match_t *m = get_match(args[0]);
    obj_t dflt;
    rt_parse_args(n_args - 1, n_kw, args + 1, 1, default_spec, &dflt);
    obj_t t = tuple_new(m->ngroups, NULL);
    for (size_t g = 1; g <= m->ngroups; g++) {
        ((tuple_t *)OBJ_TO_PTR(t))->items[g - 1] = group_obj(m->string, m->caps, g, dflt);
    }
    return t;
}
static FUN_OBJ_KW(match_groups_obj, 1, match_groups);

static obj_t match_groupdict(size_t n_args, size_t n_kw, const obj_t *args) {
    match_t *m = get_match(args[0]);
    obj_t dflt;
    rt_parse_args(n_args - 1, n_kw, args + 1, 1, default_spec, &dflt);
    pattern_t *pat = OBJ_TO_PTR(m->re);
    obj_t d = dict_new(0);
    const char *name;
    size_t nlen, g;
    for (size_t i = 0; re_engine_group_name(pat->prog, i, &name, &nlen, &g); i++) {
        dict_store(d, str_new(name, nlen), group_obj(m->string, m->caps, g, dflt));
    }
    return d;
}
static FUN_OBJ_KW(match_groupdict_obj, 1, match_groupdict);

// Character position of the start (which 0) or end (1) of a group.
static intptr_t match_pos(match_t *m, size_t g, int which) {
    subject_t sub;
    get_subject(OBJ_TO_PTR(m->re), m->string, &sub);
    intptr_t off = m->caps[2 * g + which];
    if (off > (intptr_t)sub.len) {
        off = (intptr_t)sub.len;
    }
    return to_chars(&sub, off);
}

static obj_t match_start(size_t n_args, const obj_t *args) {
    match_t *m = get_match(args[0]);
    size_t g = n_args > 1 ? group_index(m, args[1]) : 0;
    return obj_new_small_int(match_pos(m, g, 0));
}
static FUN_OBJ_VAR(match_start_obj, 1, 2, match_start);

static obj_t match_end(size_t n_args, const obj_t *args) {
    match_t *m = get_match(args[0]);
    size_t g = n_args > 1 ? group_index(m, args[1]) : 0;
    return obj_new_small_int(match_pos(m, g, 1));
}
static FUN_OBJ_VAR(match_end_obj, 1, 2, match_end);

static obj_t span_of(match_t *m, size_t g) {
    obj_t items[2] = {obj_new_small_int(match_pos(m, g, 0)), obj_new_small_int(match_pos(m, g, 1))};
    return tuple_new(2, items);
}

static obj_t match_span(size_t n_args, const obj_t *args) {
    match_t *m = get_match(args[0]);
    size_t g = n_args > 1 ? group_index(m, args[1]) : 0;
    return span_of(m, g);
}
static FUN_OBJ_VAR(match_span_obj, 1, 2, match_span);

static obj_t match_expand(obj_t self, obj_t template) {
    match_t *m = get_match(self);
    pattern_t *pat = OBJ_TO_PTR(m->re);
    const char *d;
    size_t len;
    int k = str_get_any(template, &d, &len);
    if (k < 0 || (k == KIND_STR) != !pat->is_bytes) {
        rt_raise_fmt(&type_TypeError, "expected %s, got '%s'", pat->is_bytes ? "a bytes-like object" : "str",
                     rt_type_name(template));
    }
    tmpl_t t;
    parse_template(pat, template, d, len, &t);
    vstr_t out;
    vstr_init(&out, 16);
    tmpl_expand(&t, m->string, m->caps, &out);
    return str_from_vstr_kind(pat->is_bytes ? KIND_BYTES : KIND_STR, &out);
}
static FUN_OBJ_2(match_expand_obj, match_expand);

static void match_print(const printer_t *p, obj_t self, print_kind_t kind) {
    match_t *m = OBJ_TO_PTR(self);
    obj_t g0 = group_obj(m->string, m->caps, 0, OBJ_NONE);
    print_fmt(p, "<re.Match object; span=(%d, %d), match=", (int)match_pos(m, 0, 0), (int)match_pos(m, 0, 1));
    // repr(group 0)[:50], as CPython.
    obj_t r = rt_obj_repr(g0);
    size_t len;
    const char *d = str_data(r, &len);
    print_strn(p, d, str_cp_offset(d, len, str_is_ascii(r), 50));
    print_str(p, ">");
}

static obj_t match_subscr(obj_t self, obj_t index, obj_t value) {
    if (value != OBJ_SENTINEL) {
        return OBJ_NULL;
    }
    return match_group_one(get_match(self), index);
}

static obj_t lastgroup_of(match_t *m) {
    if (m->lastindex < 0) {
        return OBJ_NONE;
    }
    pattern_t *pat = OBJ_TO_PTR(m->re);
    const char *name;
    size_t nlen, g;
    for (size_t i = 0; re_engine_group_name(pat->prog, i, &name, &nlen, &g); i++) {
        if (g == (size_t)m->lastindex) {
            return str_new(name, nlen);
        }
    }
    return OBJ_NONE;
}

static void match_attr(obj_t self, name_t attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;
    }
    match_t *m = OBJ_TO_PTR(self);
    switch (attr) {
        case N_string: dest[0] = m->string; break;
        case N_re: dest[0] = m->re; break;
        case N_pos: dest[0] = obj_new_small_int((intptr_t)m->pos); break;
        case N_endpos: dest[0] = obj_new_small_int((intptr_t)m->endpos); break;
        case N_lastindex: dest[0] = m->lastindex < 0 ? OBJ_NONE : obj_new_small_int(m->lastindex); break;
        case N_lastgroup: dest[0] = lastgroup_of(m); break;
        case N_regs: {
            obj_t t = tuple_new(m->ngroups + 1, NULL);
            for (size_t g = 0; g <= m->ngroups; g++) {
                ((tuple_t *)OBJ_TO_PTR(t))->items[g] = span_of(m, g);
            }
            dest[0] = t;
            break;
        }
        default: break;
    }
}

static const map_elem_t match_locals_table[] = {
    MAP_ENTRY(N_group, &match_group_obj),
    MAP_ENTRY(N_groups, &match_groups_obj),
    MAP_ENTRY(N_groupdict, &match_groupdict_obj),
    MAP_ENTRY(N_start, &match_start_obj),
    MAP_ENTRY(N_end, &match_end_obj),
    MAP_ENTRY(N_span, &match_span_obj),
    MAP_ENTRY(N_expand, &match_expand_obj),
};
static MAP_ROM(match_locals, match_locals_table);

static const type_t type_match = {
    {&type_type}, .name = N_Match, .print = match_print, .attr = match_attr,
    .subscr = match_subscr, .locals = &match_locals,
};

// ================================================================ module functions
static const arg_spec_t compile_spec[] = {
    {N_pattern, ARG_REQUIRED, OBJ_NULL}, {N_flags, 0, OBJ_NULL},
};
static obj_t re_compile(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t v[2];
    rt_parse_args(n_args, n_kw, args, 2, compile_spec, v);
    return compile_pattern(v[0], v[1]);
}
static FUN_OBJ_KW(re_compile_obj, 1, re_compile);

static const arg_spec_t re_match_spec[] = {
    {N_pattern, ARG_REQUIRED, OBJ_NULL}, {N_string, ARG_REQUIRED, OBJ_NULL}, {N_flags, 0, OBJ_NULL},
};
static obj_t re_match_mode(size_t n_args, size_t n_kw, const obj_t *args, int mode) {
    obj_t v[3];
    rt_parse_args(n_args, n_kw, args, 3, re_match_spec, v);
    return do_match(compile_pattern(v[0], v[2]), v[1], OBJ_NULL, OBJ_NULL, mode);
}
static obj_t re_match(size_t n_args, size_t n_kw, const obj_t *args) {
    return re_match_mode(n_args, n_kw, args, RE_MATCH);
}
static FUN_OBJ_KW(re_match_obj, 2, re_match);
static obj_t re_search(size_t n_args, size_t n_kw, const obj_t *args) {
    return re_match_mode(n_args, n_kw, args, RE_SEARCH);
}
static FUN_OBJ_KW(re_search_obj, 2, re_search);
static obj_t re_fullmatch(size_t n_args, size_t n_kw, const obj_t *args) {
    return re_match_mode(n_args, n_kw, args, RE_FULLMATCH);
}
static FUN_OBJ_KW(re_fullmatch_obj, 2, re_fullmatch);

static obj_t re_findall(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t v[3];
    rt_parse_args(n_args, n_kw, args, 3, re_match_spec, v);
    return do_findall(compile_pattern(v[0], v[2]), v[1], OBJ_NULL, OBJ_NULL);
}
static FUN_OBJ_KW(re_findall_obj, 2, re_findall);

static obj_t re_finditer(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t v[3];
    rt_parse_args(n_args, n_kw, args, 3, re_match_spec, v);
    return do_finditer(compile_pattern(v[0], v[2]), v[1], OBJ_NULL, OBJ_NULL);
}
static FUN_OBJ_KW(re_finditer_obj, 2, re_finditer);

static const arg_spec_t re_sub_spec[] = {
    {N_pattern, ARG_REQUIRED, OBJ_NULL}, {N_repl, ARG_REQUIRED, OBJ_NULL}, {N_string, ARG_REQUIRED, OBJ_NULL},
    {N_count, 0, OBJ_NULL}, {N_flags, 0, OBJ_NULL},
};
static obj_t re_sub(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t v[5];
    rt_parse_args(n_args, n_kw, args, 5, re_sub_spec, v);
    return do_sub(compile_pattern(v[0], v[4]), v[1], v[2], v[3], false);
}
static FUN_OBJ_KW(re_sub_obj, 3, re_sub);
static obj_t re_subn(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t v[5];
    rt_parse_args(n_args, n_kw, args, 5, re_sub_spec, v);
    return do_sub(compile_pattern(v[0], v[4]), v[1], v[2], v[3], true);
}
static FUN_OBJ_KW(re_subn_obj, 3, re_subn);

static const arg_spec_t re_split_spec[] = {
    {N_pattern, ARG_REQUIRED, OBJ_NULL}, {N_string, ARG_REQUIRED, OBJ_NULL},
    {N_maxsplit, 0, OBJ_NULL}, {N_flags, 0, OBJ_NULL},
};
static obj_t re_split(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t v[4];
    rt_parse_args(n_args, n_kw, args, 4, re_split_spec, v);
    return do_split(compile_pattern(v[0], v[3]), v[1], v[2]);
}
static FUN_OBJ_KW(re_split_obj, 2, re_split);

// re.escape: a backslash before every character that is special in a pattern.
static obj_t re_escape(obj_t pattern) {
    const char *d;
    size_t len;
    int kind = str_get_any(pattern, &d, &len);
    if (kind < 0) {
        rt_raise_type_error_for("expected str or bytes, got '%s'", pattern);
    }
    vstr_t out;
    vstr_init(&out, len + 8);
    for (size_t i = 0; i < len; i++) {
        char c = d[i];
        if (c != 0 && strchr("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", c)) {
            vstr_add_byte(&out, '\\');
        }
        vstr_add_byte(&out, (uint8_t)c);
    }
    return str_from_vstr_kind(kind == KIND_STR ? KIND_STR : KIND_BYTES, &out);
}
static FUN_OBJ_1(re_escape_obj, re_escape);

static obj_t re_purge(void) {
    return OBJ_NONE;
}
static FUN_OBJ_0(re_purge_obj, re_purge);

void mod_re_init(void) {
    obj_t mod = rt_module_new(N_re);
    map_t *g = rt_module_globals(mod);
    static const struct {
        name_t name;
        const builtin_fun_t *fun;
    } funs[] = {
        {N_compile, &re_compile_obj}, {N_match, &re_match_obj}, {N_search, &re_search_obj},
        {N_fullmatch, &re_fullmatch_obj}, {N_sub, &re_sub_obj}, {N_subn, &re_subn_obj},
        {N_split, &re_split_obj}, {N_findall, &re_findall_obj}, {N_finditer, &re_finditer_obj},
        {N_escape, &re_escape_obj}, {N_purge, &re_purge_obj},
    };
    for (size_t i = 0; i < sizeof(funs) / sizeof(funs[0]); i++) {
        map_store(g, OBJ_NAME(funs[i].name), OBJ_FROM_PTR(funs[i].fun));
    }
    static const struct {
        name_t name;
        int value;
    } flags[] = {
        {N_IGNORECASE, RE_FLAG_I}, {N_I, RE_FLAG_I}, {N_MULTILINE, RE_FLAG_M}, {N_M, RE_FLAG_M},
        {N_DOTALL, RE_FLAG_S}, {N_S, RE_FLAG_S}, {N_ASCII, RE_FLAG_A}, {N_A, RE_FLAG_A},
        {N_VERBOSE, RE_FLAG_X}, {N_X, RE_FLAG_X}, {N_UNICODE, RE_FLAG_U}, {N_U, RE_FLAG_U},
        {N_NOFLAG, 0}, {N_DEBUG, RE_FLAG_DEBUG},
    };
    for (size_t i = 0; i < sizeof(flags) / sizeof(flags[0]); i++) {
        map_store(g, OBJ_NAME(flags[i].name), obj_new_small_int(flags[i].value));
    }
    map_store(g, OBJ_NAME(N_Pattern), OBJ_FROM_PTR(&type_pattern));
    map_store(g, OBJ_NAME(N_Match), OBJ_FROM_PTR(&type_match));
    // class error(ValueError)
    obj_t bases = tuple_new(1, NULL);
    ((tuple_t *)OBJ_TO_PTR(bases))->items[0] = OBJ_FROM_PTR(&type_ValueError);
    obj_t ns = dict_new(1);
    dict_store(ns, OBJ_NAME(N___module__), OBJ_NAME(N_re));
    obj_t targs[3] = {OBJ_NAME(N_error), bases, ns};
    map_store(g, OBJ_NAME(N_error), rt_call(OBJ_FROM_PTR(&type_type), 3, 0, targs));
    rt_register_module(mod);
}
