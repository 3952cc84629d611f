// core/mod_json.c — the `json` module: dumps, dump, loads, load.
//
// Output is byte-identical to CPython's json.dumps: default separators
// (', ', ': ') or (',', ': ') with indent; ensure_ascii escaping (non-ASCII
// as \uXXXX, astral code points as surrogate pairs, lowercase hex); floats
// by repr, NaN/Infinity/-Infinity; dict keys str, or int/float/bool/None
// converted as CPython does; tuples as arrays. Keywords: separators,
// indent, sort_keys, ensure_ascii, default, skipkeys, allow_nan,
// check_circular (accepted; circular containers always raise
// ValueError("Circular reference detected") as CPython's default does).
// The parser follows RFC 8259 plus CPython's extensions (NaN, Infinity,
// -Infinity) and its hooks (object_hook, object_pairs_hook, parse_float,
// parse_int, parse_constant); errors are ValueError (json.JSONDecodeError
// is ValueError here) with CPython's message and position. Streams are used only
// through their .write / .read methods.
//
// Invariants: the encoder copies every map entry / list item out of its
// container before calling anything that may run Python code (default=),
// and re-reads container lengths on each step, so a container mutated by
// that code is never read out of bounds.
#include <math.h>
#include <string.h>
#include "core/runtime.h"
#include "core/types.h"
#include "core/str.h"
#include "core/mpz.h"
#include "core/int.h"
#include "core/float.h"
#include "core/mod_builtins.h"

// ---------------------------------------------------------------- encoder
typedef struct parent_s {
    const struct parent_s *up;
    obj_t container;
} parent_t;

typedef struct {
    vstr_t out;
    const char *item_sep, *key_sep, *indent;   // indent NULL: one line
    size_t item_sep_len, key_sep_len, indent_len;
    bool sort_keys;
    bool ensure_ascii;
    bool skipkeys;       // leave out entries whose key JSON cannot spell
    bool allow_nan;      // NaN/Infinity allowed (else ValueError)
    obj_t default_fn;    // OBJ_NONE when absent
} enc_t;

// str or an instance of a user subclass of str (rt_str_data reads both).
static bool is_str(obj_t o) {
    return rt_is_str(o) || obj_is_instance(o, &type_str);
}

static void add_hex4(vstr_t *v, uint32_t u) {
    static const char hex[] = "0123456789abcdef";
    char b[6] = {'\\', 'u', hex[(u >> 12) & 15], hex[(u >> 8) & 15], hex[(u >> 4) & 15], hex[u & 15]};
    vstr_add_strn(v, b, 6);
}

static void encode_str(enc_t *e, obj_t s) {
    size_t len;
    const char *p = rt_str_data(s, &len);
    const char *end = p + len;
    vstr_add_byte(&e->out, '"');
    while (p < end) {
        uint8_t c = (uint8_t)*p;
        if (c >= 0x80) {
            if (!e->ensure_ascii) {
                size_t n = utf8_seqlen(c);
                vstr_add_strn(&e->out, p, n);
                p += n;
                continue;
            }
            uint32_t cp = utf8_decode(&p);
            if (cp >= 0x10000) {
                cp -= 0x10000;
                add_hex4(&e->out, 0xd800 | (cp >> 10));
                add_hex4(&e->out, 0xdc00 | (cp & 0x3ff));
            } else {
                add_hex4(&e->out, cp);
            }
            continue;
        }
        p++;
        switch (c) {
            case '"': vstr_add_strn(&e->out, "\\\"", 2); break;
            case '\\': vstr_add_strn(&e->out, "\\\\", 2); break;
            case '\n': vstr_add_strn(&e->out, "\\n", 2); break;
            case '\r': vstr_add_strn(&e->out, "\\r", 2); break;
            case '\t': vstr_add_strn(&e->out, "\\t", 2); break;
            case '\b': vstr_add_strn(&e->out, "\\b", 2); break;
            case '\f': vstr_add_strn(&e->out, "\\f", 2); break;
            default:
                if (c < 0x20 || (c == 0x7f && e->ensure_ascii)) {
                    add_hex4(&e->out, c);
                } else {
                    vstr_add_byte(&e->out, c);
                }
                break;
        }
    }
    vstr_add_byte(&e->out, '"');
}

static void add_float(enc_t *e, double d) {
    vstr_t *v = &e->out;
    if (!isfinite(d) && !e->allow_nan) {
        rt_raise_ValueError("Out of range float values are not JSON compliant");
    }
    if (isnan(d)) {
        vstr_add_str(v, "NaN");
    } else if (isinf(d)) {
        vstr_add_str(v, d > 0 ? "Infinity" : "-Infinity");
    } else {
        char buf[40];
        size_t n = float_repr(d, buf, sizeof(buf));
        vstr_add_strn(v, buf, n);
    }
}

static void add_int(vstr_t *v, obj_t i) {
    printer_t p = vstr_printer(v);
    rt_print(&p, i, PRINT_REPR);
}

static void newline_indent(enc_t *e, size_t level) {
    vstr_add_byte(&e->out, '\n');
    for (size_t i = 0; i < level; i++) {
        vstr_add_strn(&e->out, e->indent, e->indent_len);
    }
}

// Between items: the item separator, then (with indent) a fresh line.
static void item_gap(enc_t *e, size_t level, bool first) {
    if (!first) {
        vstr_add_strn(&e->out, e->item_sep, e->item_sep_len);
    }
    if (e->indent) {
        newline_indent(e, level);
    }
}

static void encode(enc_t *e, obj_t o, size_t level, const parent_t *up);

static void enter(const parent_t *up, obj_t container) {
    for (const parent_t *p = up; p; p = p->up) {
        if (p->container == container) {
            rt_raise_ValueError("Circular reference detected");
        }
    }
}

static void encode_seq(enc_t *e, obj_t seq, size_t level, const parent_t *up) {
    enter(up, seq);
    parent_t me = {up, seq};
    vstr_add_byte(&e->out, '[');
    size_t i = 0;
    for (;; i++) {
        obj_t item;
        if (obj_is_type_exact(seq, &type_list)) {
            list_t *l = OBJ_TO_PTR(seq);
            if (i >= l->len) {
                break;
            }
            item = l->items[i];
        } else {
            tuple_t *t = OBJ_TO_PTR(seq);
            if (i >= t->len) {
                break;
            }
            item = t->items[i];
        }
        item_gap(e, level + 1, i == 0);
        encode(e, item, level + 1, &me);
    }
    if (i > 0 && e->indent) {
        newline_indent(e, level);
    }
    vstr_add_byte(&e->out, ']');
}

// Can JSON spell the dict key k (as a string)?
static bool key_ok(obj_t k) {
    return is_str(k) || k == OBJ_TRUE || k == OBJ_FALSE || k == OBJ_NONE ||
           rt_as_native(k, &type_int) != OBJ_NULL || rt_as_native(k, &type_float) != OBJ_NULL;
}

// A dict key as JSON text (keys are always strings in JSON).
static void encode_key(enc_t *e, obj_t k) {
    obj_t n;
    if (is_str(k)) {
        encode_str(e, k);
        return;
    }
    vstr_add_byte(&e->out, '"');
    if (k == OBJ_TRUE || k == OBJ_FALSE) {
        vstr_add_str(&e->out, k == OBJ_TRUE ? "true" : "false");
    } else if (k == OBJ_NONE) {
        vstr_add_str(&e->out, "null");
    } else if ((n = rt_as_native(k, &type_int)) != OBJ_NULL) {
        add_int(&e->out, n);
    } else if ((n = rt_as_native(k, &type_float)) != OBJ_NULL) {
        add_float(e, float_value(n));
    } else {
        rt_raise_fmt(&type_TypeError, "keys must be str, int, float, bool or None, not %s",
                     rt_type_name(k));
    }
    vstr_add_byte(&e->out, '"');
}

static void encode_dict(enc_t *e, obj_t dict, size_t level, const parent_t *up) {
    enter(up, dict);
    parent_t me = {up, dict};
    map_t *m = dict_map(dict);
    vstr_add_byte(&e->out, '{');
    obj_t keys = OBJ_NULL;
    if (e->sort_keys) {
        keys = list_new(0, NULL);
        size_t pos = 0;
        map_elem_t *el;
        while ((el = map_next(m, &pos)) != NULL) {
            list_append(keys, el->key);
        }
        list_sort(keys, OBJ_NULL, false);
    }
    size_t pos = 0, n = 0;   // n: entries written
    for (size_t i = 0;; i++) {
        obj_t k, v;
        if (keys != OBJ_NULL) {
            list_t *kl = OBJ_TO_PTR(keys);
            if (i >= kl->len) {
                break;
            }
            k = kl->items[i];
            v = map_get(m, k);
            if (v == OBJ_NULL) {
                rt_raise_msg(&type_RuntimeError, "dictionary changed size during iteration");
            }
        } else {
            map_elem_t *el = map_next(m, &pos);
            if (el == NULL) {
                break;
            }
            k = el->key;
            v = el->value;
        }
        if (e->skipkeys && !key_ok(k)) {
            continue;
        }
        item_gap(e, level + 1, n == 0);
        encode_key(e, k);
        vstr_add_strn(&e->out, e->key_sep, e->key_sep_len);
        encode(e, v, level + 1, &me);
        n++;
    }
    if (n > 0 && e->indent) {
        newline_indent(e, level);
    }
    vstr_add_byte(&e->out, '}');
}

static void encode(enc_t *e, obj_t o, size_t level, const parent_t *up) {
    rt_check_stack();
    obj_t n;
    if (o == OBJ_NONE) {
        vstr_add_str(&e->out, "null");
    } else if (o == OBJ_TRUE) {
        vstr_add_str(&e->out, "true");
    } else if (o == OBJ_FALSE) {
        vstr_add_str(&e->out, "false");
    } else if (is_str(o)) {
        encode_str(e, o);
    } else if ((n = rt_as_native(o, &type_int)) != OBJ_NULL) {
        add_int(&e->out, n);
    } else if ((n = rt_as_native(o, &type_float)) != OBJ_NULL) {
        add_float(e, float_value(n));
    } else if ((n = rt_as_native(o, &type_list)) != OBJ_NULL ||
               (n = rt_as_native(o, &type_tuple)) != OBJ_NULL) {
        encode_seq(e, n, level, up);
    } else if ((n = rt_as_native(o, &type_dict)) != OBJ_NULL) {
        encode_dict(e, n, level, up);
    } else if (e->default_fn != OBJ_NONE) {
        enter(up, o);
        parent_t me = {up, o};
        encode(e, rt_call1(e->default_fn, o), level, &me);
    } else {
        rt_raise_fmt(&type_TypeError, "Object of type %s is not JSON serializable", rt_type_name(o));
    }
}

// The text of a separator argument (a str).
static const char *sep_text(obj_t s, size_t *len) {
    if (!is_str(s)) {
        rt_raise_fmt(&type_TypeError, "separators must be str, not %s", rt_type_name(s));
    }
    return rt_str_data(s, len);
}

static const arg_spec_t dumps_spec[] = {
    {N_separators, ARG_KW_ONLY, OBJ_NONE},
    {N_indent, ARG_KW_ONLY, OBJ_NONE},
    {N_sort_keys, ARG_KW_ONLY, OBJ_FALSE},
    {N_ensure_ascii, ARG_KW_ONLY, OBJ_TRUE},
    {N_default, ARG_KW_ONLY, OBJ_NONE},
    {N_skipkeys, ARG_KW_ONLY, OBJ_FALSE},
    {N_allow_nan, ARG_KW_ONLY, OBJ_TRUE},
    {N_check_circular, ARG_KW_ONLY, OBJ_TRUE},   // accepted; cycles are always caught
};
#define N_DUMPS_SPEC (sizeof(dumps_spec) / sizeof(dumps_spec[0]))

// Encode obj with keyword options v[] (as dumps_spec) into a str.
static obj_t encode_top(obj_t obj, const obj_t *v) {
    enc_t e;
    obj_t indent_str = OBJ_NULL;
    e.indent = NULL;
    e.indent_len = 0;
    if (v[1] != OBJ_NONE) {
        if (is_str(v[1])) {
            indent_str = v[1];
        } else {
            intptr_t n = rt_get_int(v[1]);
            vstr_t sp;
            vstr_init(&sp, n > 0 ? (size_t)n + 1 : 1);
            for (intptr_t i = 0; i < n; i++) {
                vstr_add_byte(&sp, ' ');
            }
            indent_str = str_new(sp.buf, sp.len);
        }
        e.indent = rt_str_data(indent_str, &e.indent_len);
    }
    obj_t seps[2] = {OBJ_NULL, OBJ_NULL};
    if (v[0] != OBJ_NONE) {
        rt_unpack_sequence(v[0], 2, seps);
        e.item_sep = sep_text(seps[0], &e.item_sep_len);
        e.key_sep = sep_text(seps[1], &e.key_sep_len);
    } else {
        e.item_sep = e.indent ? "," : ", ";
        e.item_sep_len = strlen(e.item_sep);
        e.key_sep = ": ";
        e.key_sep_len = 2;
    }
    e.sort_keys = rt_is_true(v[2]);
    e.ensure_ascii = rt_is_true(v[3]);
    e.default_fn = v[4];
    e.skipkeys = rt_is_true(v[5]);
    e.allow_nan = rt_is_true(v[6]);
    vstr_init(&e.out, 32);
    encode(&e, obj, 0, NULL);
    // indent_str's text is reachable through e.indent (an interior
    // pointer, which the collector honours) until here.
    return str_new(e.out.buf, e.out.len);
}

static obj_t json_dumps(size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 1, 1, n_kw, true);
    obj_t v[N_DUMPS_SPEC];
    rt_parse_args(0, n_kw, args + 1, N_DUMPS_SPEC, dumps_spec, v);
    return encode_top(args[0], v);
}
static FUN_OBJ_KW(json_dumps_obj, 1, json_dumps);

static obj_t json_dump(size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 2, 2, n_kw, true);
    obj_t v[N_DUMPS_SPEC];
    rt_parse_args(0, n_kw, args + 2, N_DUMPS_SPEC, dumps_spec, v);
    obj_t s = encode_top(args[0], v);
    obj_t dest[2];
    rt_load_method(args[1], N_write, dest);
    rt_call_method(dest[0], dest[1], 1, 0, &s);
    return OBJ_NONE;
}
static FUN_OBJ_KW(json_dump_obj, 2, json_dump);

// ---------------------------------------------------------------- decoder
typedef struct {
    const char *start, *p, *end;
    // loads() keyword hooks, OBJ_NONE when absent
    obj_t object_hook, object_pairs_hook, parse_float, parse_int, parse_constant;
} dec_t;

NORETURN static void dec_error(const dec_t *d, const char *msg, const char *at) {
    size_t line = 1;
    const char *line_start = d->start;
    for (const char *q = d->start; q < at; q++) {
        if (*q == '\n') {
            line++;
            line_start = q + 1;
        }
    }
    size_t col = utf8_charlen(line_start, (size_t)(at - line_start)) + 1;
    size_t pos = utf8_charlen(d->start, (size_t)(at - d->start));
    rt_raise_fmt(&type_ValueError, "%s: line %u column %u (char %u)", msg, (unsigned)line,
                 (unsigned)col, (unsigned)pos);
}

static void skip_ws(dec_t *d) {
    while (d->p < d->end && (*d->p == ' ' || *d->p == '\t' || *d->p == '\n' || *d->p == '\r')) {
        d->p++;
    }
}

static bool match(dec_t *d, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(d->end - d->p) >= n && memcmp(d->p, word, n) == 0) {
        d->p += n;
        return true;
    }
    return false;
}

static int hex_digit(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// Four hex digits at p (p + 4 <= end checked by the caller); -1 if invalid.
static int32_t hex4(const char *p) {
    int32_t v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hex_digit(p[i]);
        if (h < 0) {
            return -1;
        }
        v = v << 4 | h;
    }
    return v;
}

// A string; d->p is just past the opening quote.
static obj_t parse_string(dec_t *d) {
    const char *begin = d->p - 1;
    vstr_t v;
    vstr_init(&v, 16);
    for (;;) {
        const char *run = d->p;
        while (d->p < d->end && *d->p != '"' && *d->p != '\\' && (uint8_t)*d->p >= 0x20) {
            d->p++;
        }
        vstr_add_strn(&v, run, (size_t)(d->p - run));
        if (d->p >= d->end) {
            dec_error(d, "Unterminated string starting at", begin);
        }
        char c = *d->p;
        if (c == '"') {
            d->p++;
            break;
        }
        if (c != '\\') {
            dec_error(d, "Invalid control character at", d->p);
        }
        const char *esc = d->p;
        if (d->p + 1 >= d->end) {
            dec_error(d, "Unterminated string starting at", begin);
        }
        c = d->p[1];
        d->p += 2;
        switch (c) {
            case '"': vstr_add_byte(&v, '"'); break;
            case '\\': vstr_add_byte(&v, '\\'); break;
            case '/': vstr_add_byte(&v, '/'); break;
            case 'b': vstr_add_byte(&v, '\b'); break;
            case 'f': vstr_add_byte(&v, '\f'); break;
            case 'n': vstr_add_byte(&v, '\n'); break;
            case 'r': vstr_add_byte(&v, '\r'); break;
            case 't': vstr_add_byte(&v, '\t'); break;
            case 'u': {
                // (as CPython: the escape must not end the input; a string
                // cut short there reports the escape, not the missing quote)
                int32_t u = d->end - d->p > 4 ? hex4(d->p) : -1;
                if (u < 0) {
                    dec_error(d, "Invalid \\uXXXX escape", esc + 1);
                }
                d->p += 4;
                if (u >= 0xd800 && u <= 0xdbff && d->end - d->p > 6 && d->p[0] == '\\' &&
                    d->p[1] == 'u') {
                    int32_t lo = hex4(d->p + 2);
                    if (lo < 0) {
                        dec_error(d, "Invalid \\uXXXX escape", d->p + 1);
                    }
                    if (lo >= 0xdc00 && lo <= 0xdfff) {
                        u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                        d->p += 6;
                    }
                }
                vstr_add_char(&v, (uint32_t)u);
                break;
            }
            default:
                dec_error(d, "Invalid \\escape", esc);
        }
    }
    return str_new(v.buf, v.len);
}

static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// A number at d->p (which is a digit or '-'); OBJ_NULL if there is none.
static obj_t parse_number(dec_t *d) {
    const char *s = d->p, *q = d->p;
    if (q < d->end && *q == '-') {
        q++;
    }
    if (q >= d->end || !is_digit(*q)) {
        return OBJ_NULL;
    }
    if (*q == '0') {
        q++;
    } else {
        while (q < d->end && is_digit(*q)) {
            q++;
        }
    }
    bool is_float = false;
    if (q + 1 < d->end && *q == '.' && is_digit(q[1])) {
        is_float = true;
        q += 2;
        while (q < d->end && is_digit(*q)) {
            q++;
        }
    }
    if (q < d->end && (*q == 'e' || *q == 'E')) {
        const char *r = q + 1;
        if (r < d->end && (*r == '+' || *r == '-')) {
            r++;
        }
        if (r < d->end && is_digit(*r)) {
            while (r < d->end && is_digit(*r)) {
                r++;
            }
            is_float = true;
            q = r;
        }
    }
    d->p = q;
    obj_t hook = is_float ? d->parse_float : d->parse_int;
    if (hook != OBJ_NONE) {
        return rt_call1(hook, str_new(s, (size_t)(q - s)));
    }
    if (is_float) {
        double v;
        if (!float_parse(s, (size_t)(q - s), &v)) {
            dec_error(d, "Expecting value", s);
        }
        return float_new(v);
    }
    return int_from_str(s, (size_t)(q - s), 10);
}

static obj_t parse_value(dec_t *d);

static obj_t parse_array(dec_t *d) {
    obj_t list = list_new(0, NULL);
    skip_ws(d);
    if (d->p < d->end && *d->p == ']') {
        d->p++;
        return list;
    }
    for (;;) {
        skip_ws(d);
        list_append(list, parse_value(d));
        skip_ws(d);
        if (d->p < d->end && *d->p == ',') {
            d->p++;
            continue;
        }
        if (d->p < d->end && *d->p == ']') {
            d->p++;
            return list;
        }
        dec_error(d, "Expecting ',' delimiter", d->p);
    }
}

// The value of a parsed object: the dict, or what a hook makes of it.
static obj_t object_done(dec_t *d, obj_t dict, obj_t pairs) {
    if (pairs != OBJ_NULL) {
        return rt_call1(d->object_pairs_hook, pairs);
    }
    if (d->object_hook != OBJ_NONE) {
        return rt_call1(d->object_hook, dict);
    }
    return dict;
}

static obj_t parse_object(dec_t *d) {
    obj_t dict = dict_new(0);
    // with object_pairs_hook: a list of (key, value) tuples instead
    obj_t pairs = d->object_pairs_hook != OBJ_NONE ? list_new(0, NULL) : OBJ_NULL;
    skip_ws(d);
    if (d->p < d->end && *d->p == '}') {
        d->p++;
        return object_done(d, dict, pairs);
    }
    for (;;) {
        skip_ws(d);
        if (d->p >= d->end || *d->p != '"') {
            dec_error(d, "Expecting property name enclosed in double quotes", d->p);
        }
        d->p++;
        obj_t key = parse_string(d);
        skip_ws(d);
        if (d->p >= d->end || *d->p != ':') {
            dec_error(d, "Expecting ':' delimiter", d->p);
        }
        d->p++;
        skip_ws(d);
        obj_t value = parse_value(d);
        if (pairs != OBJ_NULL) {
            obj_t kv[2] = {key, value};
            list_append(pairs, tuple_new(2, kv));
        } else {
            dict_store(dict, key, value);
        }
        skip_ws(d);
        if (d->p < d->end && *d->p == ',') {
            d->p++;
            continue;
        }
        if (d->p < d->end && *d->p == '}') {
            d->p++;
            return object_done(d, dict, pairs);
        }
        dec_error(d, "Expecting ',' delimiter", d->p);
    }
}

// A value at d->p (whitespace already skipped).
static obj_t parse_value(dec_t *d) {
    rt_check_stack();
    if (d->p >= d->end) {
        dec_error(d, "Expecting value", d->p);
    }
    switch (*d->p) {
        case '{':
            d->p++;
            return parse_object(d);
        case '[':
            d->p++;
            return parse_array(d);
        case '"':
            d->p++;
            return parse_string(d);
        default:
            break;
    }
    if (match(d, "null")) {
        return OBJ_NONE;
    }
    if (match(d, "true")) {
        return OBJ_TRUE;
    }
    if (match(d, "false")) {
        return OBJ_FALSE;
    }
    static const char *const constants[3] = {"NaN", "Infinity", "-Infinity"};
    static const double values[3] = {NAN, INFINITY, -INFINITY};
    for (int i = 0; i < 3; i++) {
        if (match(d, constants[i])) {
            if (d->parse_constant != OBJ_NONE) {
                return rt_call1(d->parse_constant, str_new_cstr(constants[i]));
            }
            return float_new(values[i]);
        }
    }
    obj_t n = parse_number(d);
    if (n == OBJ_NULL) {
        dec_error(d, "Expecting value", d->p);
    }
    return n;
}

static const arg_spec_t loads_spec[] = {
    {N_object_hook, ARG_KW_ONLY, OBJ_NONE},
    {N_parse_float, ARG_KW_ONLY, OBJ_NONE},
    {N_parse_int, ARG_KW_ONLY, OBJ_NONE},
    {N_parse_constant, ARG_KW_ONLY, OBJ_NONE},
    {N_object_pairs_hook, ARG_KW_ONLY, OBJ_NONE},
};
#define N_LOADS_SPEC (sizeof(loads_spec) / sizeof(loads_spec[0]))

// Decode the document s with keyword options v[] (as loads_spec).
static obj_t decode_top(obj_t s, const obj_t *v) {
    size_t len;
    const char *text;
    if (is_str(s)) {
        text = rt_str_data(s, &len);
    } else if (obj_is_instance(s, &type_bytes) || obj_is_instance(s, &type_bytearray)) {
        const char *raw;
        str_get_kind(s, &raw, &len);
        s = str_decode_utf8(raw, len);   // validates; s keeps the text alive
        text = rt_str_data(s, &len);
    } else {
        rt_raise_fmt(&type_TypeError, "the JSON object must be str, bytes or bytearray, not %s",
                     rt_type_name(s));
    }
    dec_t d = {text, text, text + len, v[0], v[4], v[1], v[2], v[3]};
    skip_ws(&d);
    obj_t res = parse_value(&d);
    skip_ws(&d);
    if (d.p != d.end) {
        dec_error(&d, "Extra data", d.p);
    }
    UNUSED(s);
    return res;
}

static obj_t json_loads(size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 1, 1, n_kw, true);
    obj_t v[N_LOADS_SPEC];
    rt_parse_args(0, n_kw, args + 1, N_LOADS_SPEC, loads_spec, v);
    return decode_top(args[0], v);
}
static FUN_OBJ_KW(json_loads_obj, 1, json_loads);

static obj_t json_load(size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 1, 1, n_kw, true);
    obj_t v[N_LOADS_SPEC];
    rt_parse_args(0, n_kw, args + 1, N_LOADS_SPEC, loads_spec, v);
    obj_t dest[2];
    rt_load_method(args[0], N_read, dest);
    return decode_top(rt_call_method(dest[0], dest[1], 0, 0, NULL), v);
}
static FUN_OBJ_KW(json_load_obj, 1, json_load);

static const map_elem_t json_table[] = {
    {OBJ_NAME(N___name__), OBJ_NAME(N_json)},
    MAP_ENTRY(N_dumps, &json_dumps_obj),
    MAP_ENTRY(N_dump, &json_dump_obj),
    MAP_ENTRY(N_loads, &json_loads_obj),
    MAP_ENTRY(N_load, &json_load_obj),
    MAP_ENTRY(N_JSONDecodeError, &type_ValueError),
};
static MAP_ROM(json_globals, json_table);
static MODULE_ROM(json_module, json_globals);

void mod_json_init(void) {
    rt_register_module(OBJ_FROM_PTR(&json_module));
}
