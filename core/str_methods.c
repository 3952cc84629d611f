// core/str_methods.c — the methods that str, bytes and bytearray share
// (split, strip, find, replace, case mapping, predicates, padding...) plus
// the str-only ones (encode, casefold, isidentifier, maketrans...).
//
// Each method gets self as args[0] and reads it through text_get(), which
// gives its bytes, its kind and whether positions are byte offsets ("flat":
// bytes kinds and ASCII strs). Positions given to or returned by a method are
// code points for str. Results have the kind of self (bytearray methods
// return bytearrays, as CPython). Arguments must match the kind of self.
#include <string.h>
#include "core/str.h"
#include "core/gc.h"

typedef struct {
    const char *d;
    size_t len;
    int kind;
    bool flat;   // one byte per position
} text_t;

static void text_get(obj_t o, text_t *t) {
    if (obj_is_type_exact(o, &type_str)) {
        // heap str: the ASCII flag is cached in the object
        str_t *s = OBJ_TO_PTR(o);
        t->d = s->data;
        t->len = s->len;
        t->kind = KIND_STR;
        t->flat = str_is_ascii(o);
        return;
    }
    t->kind = str_get_kind(o, &t->d, &t->len);
    t->flat = t->kind != KIND_STR || str_bytes_ascii(t->d, t->len);
}

static size_t text_npos(const text_t *t) {
    return t->flat ? t->len : utf8_charlen(t->d, t->len);
}

static size_t text_offset(const text_t *t, size_t pos) {
    return str_cp_offset(t->d, t->len, t->flat, pos);
}

static size_t text_pos(const text_t *t, size_t off) {
    return str_cp_index(t->d, t->flat, off);
}

// Next code point (str) or byte (bytes kinds) at *p.
static inline uint32_t text_next(const text_t *t, const char **p) {
    if (t->kind != KIND_STR || (uint8_t)**p < 0x80) {
        return (uint8_t)*(*p)++;
    }
    return utf8_decode(p);
}

static inline void out_char(int kind, vstr_t *v, uint32_t c) {
    if (kind == KIND_STR) {
        vstr_add_char(v, c);
    } else {
        vstr_add_byte(v, (uint8_t)c);
    }
}

static obj_t text_new(const text_t *t, const char *s, size_t len) {
    return str_new_kind(t->kind, s, len);
}

// self unchanged: str and bytes are immutable, so return self; a bytearray gets a copy.
static obj_t text_same(const text_t *t, obj_t self) {
    if (t->kind == KIND_BYTEARRAY || !(rt_is_str(self) || obj_is_type_exact(self, &type_bytes))) {
        return text_new(t, t->d, t->len);
    }
    return self;
}

static bool is_none(obj_t o) {
    return o == OBJ_NULL || o == OBJ_NONE;
}

// Resolve optional start/end positions into byte offsets [*bs, *be).
// Returns false when the range is empty past the end or reversed (no match).
static bool text_range(const text_t *t, obj_t start, obj_t end, size_t *bs, size_t *be) {
    if (is_none(start) && is_none(end)) {
        *bs = 0;
        *be = t->len;
        return true;
    }
    intptr_t n = (intptr_t)text_npos(t);
    intptr_t s = 0, e = n;
    if (!is_none(start)) {
        s = rt_get_int(start);
        if (s < 0) {
            s += n;
            if (s < 0) {
                s = 0;
            }
        }
    }
    if (!is_none(end)) {
        e = rt_get_int(end);
        if (e < 0) {
            e += n;
            if (e < 0) {
                e = 0;
            }
        } else if (e > n) {
            e = n;
        }
    }
    if (s > n || e < s) {
        return false;
    }
    *bs = text_offset(t, (size_t)s);
    *be = text_offset(t, (size_t)e);
    return true;
}

intptr_t str_search(const char *hay, size_t hlen, const char *needle, size_t nlen, bool reverse) {
    if (nlen > hlen) {
        return -1;
    }
    if (nlen == 0) {
        return reverse ? (intptr_t)hlen : 0;
    }
    if (!reverse) {
        const char *p = memmem(hay, hlen, needle, nlen);
        return p ? p - hay : -1;
    }
    for (size_t i = hlen - nlen + 1; i-- > 0;) {
        if (hay[i] == needle[0] && memcmp(hay + i, needle, nlen) == 0) {
            return (intptr_t)i;
        }
    }
    return -1;
}

// The needle argument of find/count/...: for bytes kinds an int is one byte.
static const char *needle_arg(const text_t *t, obj_t arg, size_t *len, char *byte) {
    if (t->kind != KIND_STR && obj_is_small_int(arg)) {
        intptr_t v = obj_small_int_value(arg);
        if (v < 0 || v > 255) {
            rt_raise_ValueError("byte must be in range(0, 256)");
        }
        *byte = (char)v;
        *len = 1;
        return byte;
    }
    return str_get_arg(t->kind, arg, len);
}

// ---------------------------------------------------------------- find, index, count
static obj_t find_common(size_t n_args, const obj_t *args, bool reverse, bool raise) {
    text_t t;
    text_get(args[0], &t);
    size_t nl, bs, be;
    char byte;
    const char *nd = needle_arg(&t, args[1], &nl, &byte);
    intptr_t r = -1;
    if (text_range(&t, n_args > 2 ? args[2] : OBJ_NULL, n_args > 3 ? args[3] : OBJ_NULL, &bs, &be)) {
        r = str_search(t.d + bs, be - bs, nd, nl, reverse);
    }
    if (r < 0) {
        if (raise) {
            rt_raise_ValueError(t.kind == KIND_STR ? "substring not found" : "subsection not found");
        }
        return obj_new_small_int(-1);
    }
    return obj_new_small_int((intptr_t)text_pos(&t, bs + (size_t)r));
}

static obj_t str_find(size_t n_args, const obj_t *args) {
    return find_common(n_args, args, false, false);
}
FUN_OBJ_VAR(str_find_obj, 2, 4, str_find);

static obj_t str_rfind(size_t n_args, const obj_t *args) {
    return find_common(n_args, args, true, false);
}
FUN_OBJ_VAR(str_rfind_obj, 2, 4, str_rfind);

static obj_t str_index(size_t n_args, const obj_t *args) {
    return find_common(n_args, args, false, true);
}
FUN_OBJ_VAR(str_index_obj, 2, 4, str_index);

static obj_t str_rindex(size_t n_args, const obj_t *args) {
    return find_common(n_args, args, true, true);
}
FUN_OBJ_VAR(str_rindex_obj, 2, 4, str_rindex);

static obj_t str_count(size_t n_args, const obj_t *args) {
    text_t t;
    text_get(args[0], &t);
    size_t nl, bs, be;
    char byte;
    const char *nd = needle_arg(&t, args[1], &nl, &byte);
    if (!text_range(&t, n_args > 2 ? args[2] : OBJ_NULL, n_args > 3 ? args[3] : OBJ_NULL, &bs, &be)) {
        return obj_new_small_int(0);
    }
    if (nl == 0) {
        size_t n = t.flat ? be - bs : utf8_charlen(t.d + bs, be - bs);
        return obj_new_small_int((intptr_t)n + 1);
    }
    size_t count = 0;
    const char *p = t.d + bs, *e = t.d + be;
    while ((size_t)(e - p) >= nl) {
        const char *q = memmem(p, (size_t)(e - p), nd, nl);
        if (q == NULL) {
            break;
        }
        count++;
        p = q + nl;
    }
    return obj_new_small_int((intptr_t)count);
}
FUN_OBJ_VAR(str_count_obj, 2, 4, str_count);

// startswith/endswith(prefix or tuple, start, end)
static bool tail_match(const text_t *t, size_t bs, size_t be, obj_t arg, bool end) {
    size_t nl;
    const char *nd = str_get_arg(t->kind, arg, &nl);
    if (nl > be - bs) {
        return false;
    }
    return memcmp(end ? t->d + be - nl : t->d + bs, nd, nl) == 0;
}

static obj_t starts_ends(size_t n_args, const obj_t *args, bool end) {
    text_t t;
    text_get(args[0], &t);
    size_t bs, be;
    if (!text_range(&t, n_args > 2 ? args[2] : OBJ_NULL, n_args > 3 ? args[3] : OBJ_NULL, &bs, &be)) {
        return OBJ_FALSE;
    }
    obj_t a = args[1];
    if (obj_is_type_exact(a, &type_tuple)) {
        tuple_t *tu = OBJ_TO_PTR(a);
        for (size_t i = 0; i < tu->len; i++) {
            if (tail_match(&t, bs, be, tu->items[i], end)) {
                return OBJ_TRUE;
            }
        }
        return OBJ_FALSE;
    }
    const char *d;
    size_t l;
    int k = str_get_any(a, &d, &l);
    if (k < 0 || (k == KIND_STR) != (t.kind == KIND_STR)) {
        rt_raise_fmt(&type_TypeError, "%s first arg must be %s or a tuple of %s, not %s",
                     end ? "endswith" : "startswith", t.kind == KIND_STR ? "str" : "bytes",
                     t.kind == KIND_STR ? "str" : "bytes", rt_type_name(a));
    }
    return obj_bool(tail_match(&t, bs, be, a, end));
}

static obj_t str_startswith(size_t n_args, const obj_t *args) {
    return starts_ends(n_args, args, false);
}
FUN_OBJ_VAR(str_startswith_obj, 2, 4, str_startswith);

static obj_t str_endswith(size_t n_args, const obj_t *args) {
    return starts_ends(n_args, args, true);
}
FUN_OBJ_VAR(str_endswith_obj, 2, 4, str_endswith);

// ---------------------------------------------------------------- replace
static obj_t str_replace(size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_self, ARG_REQUIRED, OBJ_NULL}, {N_old, ARG_REQUIRED, OBJ_NULL},
        {N_new, ARG_REQUIRED, OBJ_NULL}, {N_count, 0, OBJ_SMALL_INT(-1)},
    };
    obj_t vals[4];
    rt_parse_args(n_args, n_kw, args, 4, spec, vals);
    text_t t;
    text_get(vals[0], &t);
    size_t ol, nl;
    const char *od = str_get_arg(t.kind, vals[1], &ol);
    const char *nd = str_get_arg(t.kind, vals[2], &nl);
    intptr_t max = rt_get_int(vals[3]);
    if (max < 0) {
        max = INTPTR_MAX;
    }
    if (max == 0 || (ol == 0 && nl == 0) || (ol > 0 && ol > t.len)) {
        return text_same(&t, vals[0]);
    }
    const char *p = t.d, *e = t.d + t.len;
    intptr_t done = 0;
    if (ol == 0) {
        // insert new before every position and at the end
        vstr_t v;
        vstr_init(&v, t.len + 16);
        while (done < max) {
            vstr_add_strn(&v, nd, nl);
            done++;
            if (p >= e) {
                break;
            }
            size_t k = t.kind == KIND_STR ? utf8_seqlen((uint8_t)*p) : 1;
            vstr_add_strn(&v, p, k);
            p += k;
        }
        vstr_add_strn(&v, p, (size_t)(e - p));
        return str_from_vstr_kind(t.kind, &v);
    }
    // count first, then build the result at its exact size
    intptr_t n = 0;
    for (const char *q = p; n < max; n++) {
        q = memmem(q, (size_t)(e - q), od, ol);
        if (q == NULL) {
            break;
        }
        q += ol;
    }
    if (n == 0) {
        return text_same(&t, vals[0]);
    }
    char *out;
    obj_t r = str_new_buf(t.kind, t.len - (size_t)n * ol + (size_t)n * nl, &out);
    while (done < n) {
        const char *q = memmem(p, (size_t)(e - p), od, ol);
        memcpy(out, p, (size_t)(q - p));
        out += q - p;
        memcpy(out, nd, nl);
        out += nl;
        p = q + ol;
        done++;
    }
    memcpy(out, p, (size_t)(e - p));
    return str_buf_done(r);
}
FUN_OBJ_KW(str_replace_obj, 3, str_replace);

// ---------------------------------------------------------------- split
static bool text_isspace(const text_t *t, uint32_t c) {
    if (t->kind != KIND_STR) {
        return c == ' ' || (c >= 9 && c <= 13);
    }
    return str_cp_isspace(c);
}

// Code point (or byte) that ends just before p; *start gets its first byte.
static uint32_t text_prev(const text_t *t, const char *p, const char **start) {
    const char *q = p - 1;
    if (t->kind == KIND_STR) {
        while (q > t->d && ((uint8_t)*q & 0xc0) == 0x80) {
            q--;
        }
    }
    *start = q;
    const char *r = q;
    return text_next(t, &r);
}

static const arg_spec_t split_spec[] = {
    {N_self, ARG_REQUIRED, OBJ_NULL}, {N_sep, 0, OBJ_NONE}, {N_maxsplit, 0, OBJ_SMALL_INT(-1)},
};

// Parts of a split, kept as (pointer, length) on the C stack and turned
// into a list of the exact size at the end (long splits spill into the list).
#define PARTS_LOCAL 32
typedef struct {
    obj_t list;
    size_t n;
    const text_t *t;
    struct {
        const char *p;
        size_t len;
    } part[PARTS_LOCAL];
} parts_t;

static void parts_flush(parts_t *ps) {
    if (ps->list == OBJ_NULL) {
        ps->list = list_new(0, NULL);
    }
    for (size_t i = 0; i < ps->n; i++) {
        list_append(ps->list, text_new(ps->t, ps->part[i].p, ps->part[i].len));
    }
    ps->n = 0;
}

static void parts_add(parts_t *ps, const char *p, size_t len) {
    if (ps->n == PARTS_LOCAL) {
        parts_flush(ps);
    }
    ps->part[ps->n].p = p;
    ps->part[ps->n].len = len;
    ps->n++;
}

static obj_t parts_done(parts_t *ps, bool reverse) {
    obj_t res;
    if (ps->list == OBJ_NULL) {
        size_t n = ps->n;
        res = list_new(n, NULL);
        list_t *l = OBJ_TO_PTR(res);
        for (size_t i = 0; i < n; i++) {
            size_t k = reverse ? n - 1 - i : i;
            l->items[i] = text_new(ps->t, ps->part[k].p, ps->part[k].len);
        }
        return res;
    }
    parts_flush(ps);
    res = ps->list;
    if (reverse) {
        list_t *l = OBJ_TO_PTR(res);
        for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
            obj_t x = l->items[i];
            l->items[i] = l->items[j - 1];
            l->items[j - 1] = x;
        }
    }
    return res;
}

static obj_t split_common(size_t n_args, size_t n_kw, const obj_t *args, bool reverse) {
    obj_t vals[3] = {args[0], OBJ_NONE, OBJ_SMALL_INT(-1)};
    if (n_kw == 0 && n_args <= 3) {
        for (size_t i = 1; i < n_args; i++) {
            vals[i] = args[i];
        }
    } else {
        rt_parse_args(n_args, n_kw, args, 3, split_spec, vals);
    }
    text_t t;
    text_get(vals[0], &t);
    intptr_t max = rt_get_int(vals[2]);
    if (max < 0) {
        max = INTPTR_MAX;
    }
    parts_t ps;
    ps.list = OBJ_NULL;
    ps.n = 0;
    ps.t = &t;
    const char *b = t.d, *e = t.d + t.len;
    if (vals[1] == OBJ_NONE) {
        // runs of whitespace; leading/trailing whitespace gives no empty parts
        if (!reverse) {
            const char *p = b;
            for (;;) {
                const char *q = p;
                while (p < e) {
                    q = p;
                    if (!text_isspace(&t, text_next(&t, &q))) {
                        break;
                    }
                    p = q;
                }
                if (p >= e) {
                    break;
                }
                if (max-- == 0) {
                    parts_add(&ps, p, (size_t)(e - p));
                    break;
                }
                const char *w = p;
                while (w < e) {
                    q = w;
                    if (text_isspace(&t, text_next(&t, &q))) {
                        break;
                    }
                    w = q;
                }
                parts_add(&ps, p, (size_t)(w - p));
                p = w;
            }
        } else {
            const char *p = e;
            for (;;) {
                while (p > b) {
                    const char *s;
                    if (!text_isspace(&t, text_prev(&t, p, &s))) {
                        break;
                    }
                    p = s;
                }
                if (p <= b) {
                    break;
                }
                if (max-- == 0) {
                    parts_add(&ps, b, (size_t)(p - b));
                    break;
                }
                const char *w = p;
                while (w > b) {
                    const char *s;
                    if (text_isspace(&t, text_prev(&t, w, &s))) {
                        break;
                    }
                    w = s;
                }
                parts_add(&ps, w, (size_t)(p - w));
                p = w;
            }
        }
        return parts_done(&ps, reverse);
    }
    size_t sl;
    const char *sd = str_get_arg(t.kind, vals[1], &sl);
    if (sl == 0) {
        rt_raise_ValueError("empty separator");
    }
    if (!reverse) {
        const char *p = b;
        while (max-- != 0) {
            const char *q = memmem(p, (size_t)(e - p), sd, sl);
            if (q == NULL) {
                break;
            }
            parts_add(&ps, p, (size_t)(q - p));
            p = q + sl;
        }
        parts_add(&ps, p, (size_t)(e - p));
        return parts_done(&ps, reverse);
    }
    const char *p = e;
    while (max-- != 0) {
        intptr_t r = str_search(b, (size_t)(p - b), sd, sl, true);
        if (r < 0) {
            break;
        }
        parts_add(&ps, b + r + sl, (size_t)(p - (b + r + sl)));
        p = b + r;
    }
    parts_add(&ps, b, (size_t)(p - b));
    return parts_done(&ps, true);
}

static obj_t str_split(size_t n_args, size_t n_kw, const obj_t *args) {
    return split_common(n_args, n_kw, args, false);
}
FUN_OBJ_KW(str_split_obj, 1, str_split);

static obj_t str_rsplit(size_t n_args, size_t n_kw, const obj_t *args) {
    return split_common(n_args, n_kw, args, true);
}
FUN_OBJ_KW(str_rsplit_obj, 1, str_rsplit);

static obj_t str_splitlines(size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {{N_self, ARG_REQUIRED, OBJ_NULL}, {N_keepends, 0, OBJ_FALSE}};
    obj_t vals[2];
    rt_parse_args(n_args, n_kw, args, 2, spec, vals);
    text_t t;
    text_get(vals[0], &t);
    bool keep = rt_is_true(vals[1]);
    obj_t res = list_new(0, NULL);
    const char *p = t.d, *e = t.d + t.len, *line = p;
    while (p < e) {
        const char *q = p;
        uint32_t c = text_next(&t, &q);
        bool br = c == '\n' || c == '\r';
        if (t.kind == KIND_STR) {
            br = br || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e) || c == 0x85 ||
                 c == 0x2028 || c == 0x2029;
        }
        if (!br) {
            p = q;
            continue;
        }
        if (c == '\r' && q < e && *q == '\n') {
            q++;
        }
        list_append(res, text_new(&t, line, (size_t)((keep ? q : p) - line)));
        p = line = q;
    }
    if (line < e) {
        list_append(res, text_new(&t, line, (size_t)(e - line)));
    }
    return res;
}
FUN_OBJ_KW(str_splitlines_obj, 1, str_splitlines);

// partition/rpartition(sep) -> 3-tuple
static obj_t partition_common(obj_t self, obj_t sep, bool reverse) {
    text_t t;
    text_get(self, &t);
    size_t sl;
    const char *sd = str_get_arg(t.kind, sep, &sl);
    if (sl == 0) {
        rt_raise_ValueError("empty separator");
    }
    intptr_t r = str_search(t.d, t.len, sd, sl, reverse);
    obj_t items[3];
    obj_t empty = text_new(&t, "", 0);
    if (r < 0) {
        items[0] = reverse ? empty : text_same(&t, self);
        items[1] = t.kind == KIND_BYTEARRAY ? text_new(&t, "", 0) : empty;
        items[2] = reverse ? text_same(&t, self) : (t.kind == KIND_BYTEARRAY ? text_new(&t, "", 0) : empty);
    } else {
        items[0] = text_new(&t, t.d, (size_t)r);
        items[1] = t.kind == KIND_BYTEARRAY ? text_new(&t, sd, sl) : sep;
        items[2] = text_new(&t, t.d + r + sl, t.len - (size_t)r - sl);
    }
    return tuple_new(3, items);
}

static obj_t str_partition(obj_t self, obj_t sep) {
    return partition_common(self, sep, false);
}
FUN_OBJ_2(str_partition_obj, str_partition);

static obj_t str_rpartition(obj_t self, obj_t sep) {
    return partition_common(self, sep, true);
}
FUN_OBJ_2(str_rpartition_obj, str_rpartition);

// ---------------------------------------------------------------- join
// join over a list or tuple of strs: sizes first, then one exact allocation.
// Returns OBJ_NULL to fall back to the general path (non-str items).
static obj_t join_seq_str(const text_t *t, const obj_t *items, size_t n) {
    size_t total = n > 1 ? (n - 1) * t->len : 0;
    for (size_t i = 0; i < n; i++) {
        obj_t it = items[i];
        size_t l;
        if (obj_is_name(it)) {
            l = names_len(obj_name_value(it));
        } else if (obj_is_type_exact(it, &type_str)) {
            l = ((str_t *)it)->len;
        } else {
            return OBJ_NULL;
        }
        total += l;
    }
    if (n == 1) {
        return items[0];
    }
    char *out;
    obj_t r = str_new_buf(KIND_STR, total, &out);
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            memcpy(out, t->d, t->len);
            out += t->len;
        }
        size_t l;
        const char *d = str_data(items[i], &l);
        memcpy(out, d, l);
        out += l;
    }
    return str_buf_done(r);
}

static obj_t str_join(obj_t self, obj_t iterable) {
    text_t t;
    text_get(self, &t);
    if (t.kind == KIND_STR && (obj_is_type_exact(iterable, &type_list) || obj_is_type_exact(iterable, &type_tuple))) {
        const obj_t *items;
        size_t n;
        if (obj_is_type_exact(iterable, &type_list)) {
            list_t *l = OBJ_TO_PTR(iterable);
            items = l->items;
            n = l->len;
        } else {
            tuple_t *tu = OBJ_TO_PTR(iterable);
            items = tu->items;
            n = tu->len;
        }
        obj_t r = join_seq_str(&t, items, n);
        if (r != OBJ_NULL) {
            return r;
        }
    }
    vstr_t v;
    vstr_init(&v, 32);
    obj_t it = rt_getiter(iterable, NULL);
    obj_t item;
    size_t i = 0;
    // t.d may be a bytearray that the iterable changes: re-read self each time
    while ((item = rt_iternext(it)) != OBJ_STOP) {
        const char *d;
        size_t l;
        int k = str_get_any(item, &d, &l);
        bool ok = t.kind == KIND_STR ? k == KIND_STR : k == KIND_BYTES || k == KIND_BYTEARRAY;
        if (!ok && t.kind != KIND_STR && k < 0) {
            buffer_info_t info;
            const type_t *ty = obj_type(item);
            if (ty->buffer && ty->buffer(item, &info, BUFFER_READ) == 0) {
                d = info.buf;
                l = info.len;
                ok = true;
            }
        }
        if (!ok) {
            rt_raise_fmt(&type_TypeError, "sequence item %u: expected %s instance, %s found",
                         (unsigned)i, t.kind == KIND_STR ? "str" : "a bytes-like object",
                         rt_type_name(item));
        }
        if (i > 0) {
            text_get(self, &t);
            vstr_add_strn(&v, t.d, t.len);
        }
        vstr_add_strn(&v, d, l);
        i++;
    }
    return str_from_vstr_kind(t.kind, &v);
}
FUN_OBJ_2(str_join_obj, str_join);

// ---------------------------------------------------------------- strip
static bool in_chars(const text_t *t, uint32_t c, const char *chars, size_t cl) {
    const char *p = chars, *e = chars + cl;
    while (p < e) {
        if (text_next(t, &p) == c) {
            return true;
        }
    }
    return false;
}

static obj_t strip_common(size_t n_args, const obj_t *args, int which) {
    text_t t;
    text_get(args[0], &t);
    const char *chars = NULL;
    size_t cl = 0;
    if (n_args > 1 && args[1] != OBJ_NONE) {
        chars = str_get_arg(t.kind, args[1], &cl);
    }
    const char *b = t.d, *e = t.d + t.len;
    if (which & 1) {
        while (b < e) {
            const char *q = b;
            uint32_t c = text_next(&t, &q);
            if (chars ? !in_chars(&t, c, chars, cl) : !text_isspace(&t, c)) {
                break;
            }
            b = q;
        }
    }
    if (which & 2) {
        while (e > b) {
            const char *s;
            uint32_t c = text_prev(&t, e, &s);
            if (chars ? !in_chars(&t, c, chars, cl) : !text_isspace(&t, c)) {
                break;
            }
            e = s;
        }
    }
    if (b == t.d && e == t.d + t.len) {
        return text_same(&t, args[0]);
    }
    return text_new(&t, b, (size_t)(e - b));
}

static obj_t str_strip(size_t n_args, const obj_t *args) {
    return strip_common(n_args, args, 3);
}
FUN_OBJ_VAR(str_strip_obj, 1, 2, str_strip);

static obj_t str_lstrip(size_t n_args, const obj_t *args) {
    return strip_common(n_args, args, 1);
}
FUN_OBJ_VAR(str_lstrip_obj, 1, 2, str_lstrip);

static obj_t str_rstrip(size_t n_args, const obj_t *args) {
    return strip_common(n_args, args, 2);
}
FUN_OBJ_VAR(str_rstrip_obj, 1, 2, str_rstrip);

static obj_t str_removeprefix(obj_t self, obj_t affix) {
    text_t t;
    text_get(self, &t);
    size_t al;
    const char *ad = str_get_arg(t.kind, affix, &al);
    if (al > 0 && al <= t.len && memcmp(t.d, ad, al) == 0) {
        return text_new(&t, t.d + al, t.len - al);
    }
    return text_same(&t, self);
}
FUN_OBJ_2(str_removeprefix_obj, str_removeprefix);

static obj_t str_removesuffix(obj_t self, obj_t affix) {
    text_t t;
    text_get(self, &t);
    size_t al;
    const char *ad = str_get_arg(t.kind, affix, &al);
    if (al > 0 && al <= t.len && memcmp(t.d + t.len - al, ad, al) == 0) {
        return text_new(&t, t.d, t.len - al);
    }
    return text_same(&t, self);
}
FUN_OBJ_2(str_removesuffix_obj, str_removesuffix);

// ---------------------------------------------------------------- case
static uint32_t to_upper(const text_t *t, uint32_t c) {
    return (t->kind != KIND_STR && c >= 0x80) ? c : str_cp_upper(c);
}

static uint32_t to_lower(const text_t *t, uint32_t c) {
    return (t->kind != KIND_STR && c >= 0x80) ? c : str_cp_lower(c);
}

static bool is_upper(const text_t *t, uint32_t c) {
    return to_lower(t, c) != c;
}

static bool is_lower(const text_t *t, uint32_t c) {
    return to_upper(t, c) != c || (t->kind == KIND_STR && c == 0xdf);
}

static bool is_cased(const text_t *t, uint32_t c) {
    return is_upper(t, c) || is_lower(t, c);
}

enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_CAPITALIZE, CASE_TITLE, CASE_FOLD };

static obj_t case_common(obj_t self, int how) {
    text_t t;
    text_get(self, &t);
    if (t.flat && (how == CASE_UPPER || how == CASE_LOWER)) {
        char *o;
        obj_t r = str_new_buf(t.kind, t.len, &o);
        for (size_t i = 0; i < t.len; i++) {
            uint8_t c = (uint8_t)t.d[i];
            if (how == CASE_UPPER) {
                o[i] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
            } else {
                o[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            }
        }
        return str_buf_done(r);
    }
    vstr_t v;
    vstr_init(&v, t.len);
    const char *p = t.d, *e = t.d + t.len;
    bool first = true, prev_cased = false;
    while (p < e) {
        uint32_t c = text_next(&t, &p);
        switch (how) {
            case CASE_UPPER:
                if (c == 0xdf && t.kind == KIND_STR) {
                    vstr_add_strn(&v, "SS", 2);
                    continue;
                }
                c = to_upper(&t, c);
                break;
            case CASE_LOWER: c = to_lower(&t, c); break;
            case CASE_FOLD:
                if (c == 0xdf) {
                    vstr_add_strn(&v, "ss", 2);
                    continue;
                }
                c = to_lower(&t, c);
                break;
            case CASE_SWAP: c = is_upper(&t, c) ? to_lower(&t, c) : to_upper(&t, c); break;
            case CASE_CAPITALIZE: c = first ? to_upper(&t, c) : to_lower(&t, c); break;
            case CASE_TITLE: {
                bool cased = is_cased(&t, c);
                c = prev_cased ? to_lower(&t, c) : to_upper(&t, c);
                prev_cased = cased;
                break;
            }
        }
        first = false;
        out_char(t.kind, &v, c);
    }
    return str_from_vstr_kind(t.kind, &v);
}

static obj_t str_upper(obj_t self) {
    return case_common(self, CASE_UPPER);
}
FUN_OBJ_1(str_upper_obj, str_upper);

static obj_t str_lower(obj_t self) {
    return case_common(self, CASE_LOWER);
}
FUN_OBJ_1(str_lower_obj, str_lower);

static obj_t str_swapcase(obj_t self) {
    return case_common(self, CASE_SWAP);
}
FUN_OBJ_1(str_swapcase_obj, str_swapcase);

static obj_t str_capitalize(obj_t self) {
    return case_common(self, CASE_CAPITALIZE);
}
FUN_OBJ_1(str_capitalize_obj, str_capitalize);

static obj_t str_title(obj_t self) {
    return case_common(self, CASE_TITLE);
}
FUN_OBJ_1(str_title_obj, str_title);

static obj_t str_casefold(obj_t self) {
    return case_common(self, CASE_FOLD);
}
FUN_OBJ_1(str_casefold_obj, str_casefold);

// ---------------------------------------------------------------- predicates
enum { IS_DIGIT, IS_ALPHA, IS_SPACE, IS_ALNUM, IS_DECIMAL, IS_NUMERIC, IS_PRINTABLE, IS_ASCII };

static bool cp_is(const text_t *t, uint32_t c, int what) {
    if (t->kind != KIND_STR && c >= 0x80) {
        return false;
    }
    switch (what) {
        case IS_DIGIT:
            return str_cp_isdigit(c) || (t->kind == KIND_STR && (c == 0xb2 || c == 0xb3 || c == 0xb9));
        case IS_DECIMAL: return str_cp_isdigit(c);
        case IS_NUMERIC:
            return str_cp_isdigit(c) || c == 0xb2 || c == 0xb3 || c == 0xb9 || (c >= 0xbc && c <= 0xbe) ||
                   (c >= 0x2150 && c <= 0x2189) || (c >= 0x2460 && c <= 0x249b) ||
                   (c >= 0x4e00 && (c == 0x4e00 || c == 0x4e8c || c == 0x4e09 || c == 0x56db || c == 0x4e94));
        case IS_ALPHA: return str_cp_isalpha(c);
        case IS_SPACE: return text_isspace(t, c);
        case IS_ALNUM: return str_cp_isalpha(c) || cp_is(t, c, IS_NUMERIC);
        case IS_PRINTABLE: return str_cp_isprintable(c);
        case IS_ASCII: return c < 0x80;
        default: return false;
    }
}

static obj_t pred_all(obj_t self, int what) {
    text_t t;
    text_get(self, &t);
    if (t.len == 0) {
        return obj_bool(what == IS_PRINTABLE || what == IS_ASCII);
    }
    const char *p = t.d, *e = t.d + t.len;
    while (p < e) {
        if (!cp_is(&t, text_next(&t, &p), what)) {
            return OBJ_FALSE;
        }
    }
    return OBJ_TRUE;
}

#define PRED(name, what) \
    static obj_t str_##name(obj_t self) { return pred_all(self, what); } \
    FUN_OBJ_1(str_##name##_obj, str_##name);
PRED(isdigit, IS_DIGIT)
PRED(isalpha, IS_ALPHA)
PRED(isspace, IS_SPACE)
PRED(isalnum, IS_ALNUM)
PRED(isdecimal, IS_DECIMAL)
PRED(isnumeric, IS_NUMERIC)
PRED(isprintable, IS_PRINTABLE)
PRED(isascii, IS_ASCII)
#undef PRED

static obj_t case_pred(obj_t self, bool upper) {
    text_t t;
    text_get(self, &t);
    bool any = false;
    const char *p = t.d, *e = t.d + t.len;
    while (p < e) {
        uint32_t c = text_next(&t, &p);
        if (upper ? is_lower(&t, c) : is_upper(&t, c)) {
            return OBJ_FALSE;
        }
        any = any || (upper ? is_upper(&t, c) : is_lower(&t, c));
    }
    return obj_bool(any);
}

static obj_t str_isupper(obj_t self) {
    return case_pred(self, true);
}
FUN_OBJ_1(str_isupper_obj, str_isupper);

static obj_t str_islower(obj_t self) {
    return case_pred(self, false);
}
FUN_OBJ_1(str_islower_obj, str_islower);

static obj_t str_istitle(obj_t self) {
    text_t t;
    text_get(self, &t);
    bool any = false, prev_cased = false;
    const char *p = t.d, *e = t.d + t.len;
    while (p < e) {
        uint32_t c = text_next(&t, &p);
        if (is_upper(&t, c)) {
            if (prev_cased) {
                return OBJ_FALSE;
            }
            prev_cased = any = true;
        } else if (is_lower(&t, c)) {
            if (!prev_cased) {
                return OBJ_FALSE;
            }
            prev_cased = any = true;
        } else {
            prev_cased = false;
        }
    }
    return obj_bool(any);
}
FUN_OBJ_1(str_istitle_obj, str_istitle);

static obj_t str_isidentifier(obj_t self) {
    text_t t;
    text_get(self, &t);
    if (t.len == 0) {
        return OBJ_FALSE;
    }
    const char *p = t.d, *e = t.d + t.len;
    bool first = true;
    while (p < e) {
        uint32_t c = text_next(&t, &p);
        bool ok = c == '_' || str_cp_isalpha(c) || (!first && str_cp_isdigit(c));
        if (!ok) {
            return OBJ_FALSE;
        }
        first = false;
    }
    return OBJ_TRUE;
}
FUN_OBJ_1(str_isidentifier_obj, str_isidentifier);

// ---------------------------------------------------------------- padding
// The fill character argument: one code point (str) or one byte.
static void fill_arg(const text_t *t, size_t n_args, const obj_t *args, size_t i, const char **fd, size_t *fl) {
    *fd = " ";
    *fl = 1;
    if (n_args > i) {
        *fd = str_get_arg(t->kind, args[i], fl);
        size_t n = t->kind == KIND_STR ? utf8_charlen(*fd, *fl) : *fl;
        if (n != 1) {
            rt_raise_TypeError(t->kind == KIND_STR
                                   ? "The fill character must be exactly one character long"
                                   : "argument 2 must be a byte string of length 1");
        }
    }
}

static obj_t pad_common(size_t n_args, const obj_t *args, int align) {
    text_t t;
    text_get(args[0], &t);
    intptr_t width = rt_get_int(args[1]);
    const char *fd;
    size_t fl;
    fill_arg(&t, n_args, args, 2, &fd, &fl);
    size_t n = text_npos(&t);
    if (width <= (intptr_t)n) {
        return text_same(&t, args[0]);
    }
    size_t pad = (size_t)width - n, left;
    if (align == '<') {
        left = 0;
    } else if (align == '>') {
        left = pad;
    } else {
        // CPython centres with the extra space on the left when the width is odd
        left = pad / 2 + (pad & (size_t)width & 1);
    }
    vstr_t v;
    vstr_init(&v, t.len + pad * fl);
    for (size_t i = 0; i < left; i++) {
        vstr_add_strn(&v, fd, fl);
    }
    text_get(args[0], &t);
    vstr_add_strn(&v, t.d, t.len);
    for (size_t i = left; i < pad; i++) {
        vstr_add_strn(&v, fd, fl);
    }
    return str_from_vstr_kind(t.kind, &v);
}

static obj_t str_center(size_t n_args, const obj_t *args) {
    return pad_common(n_args, args, '^');
}
FUN_OBJ_VAR(str_center_obj, 2, 3, str_center);

static obj_t str_ljust(size_t n_args, const obj_t *args) {
    return pad_common(n_args, args, '<');
}
FUN_OBJ_VAR(str_ljust_obj, 2, 3, str_ljust);

static obj_t str_rjust(size_t n_args, const obj_t *args) {
    return pad_common(n_args, args, '>');
}
FUN_OBJ_VAR(str_rjust_obj, 2, 3, str_rjust);

static obj_t str_zfill(obj_t self, obj_t width_obj) {
    text_t t;
    text_get(self, &t);
    intptr_t width = rt_get_int(width_obj);
    size_t n = text_npos(&t);
    if (width <= (intptr_t)n) {
        return text_same(&t, self);
    }
    size_t pad = (size_t)width - n;
    vstr_t v;
    vstr_init(&v, t.len + pad);
    const char *p = t.d;
    if (t.len > 0 && (*p == '-' || *p == '+')) {
        vstr_add_byte(&v, (uint8_t)*p++);
    }
    for (size_t i = 0; i < pad; i++) {
        vstr_add_byte(&v, '0');
    }
    vstr_add_strn(&v, p, (size_t)(t.d + t.len - p));
    return str_from_vstr_kind(t.kind, &v);
}
FUN_OBJ_2(str_zfill_obj, str_zfill);

static obj_t str_expandtabs(size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {{N_self, ARG_REQUIRED, OBJ_NULL}, {N_tabsize, 0, OBJ_SMALL_INT(8)}};
    obj_t vals[2];
    rt_parse_args(n_args, n_kw, args, 2, spec, vals);
    text_t t;
    text_get(vals[0], &t);
    intptr_t tab = rt_get_int(vals[1]);
    vstr_t v;
    vstr_init(&v, t.len + 8);
    size_t col = 0;
    const char *p = t.d, *e = t.d + t.len;
    while (p < e) {
        const char *s = p;
        uint32_t c = text_next(&t, &p);
        if (c == '\t') {
            if (tab > 0) {
                size_t n = (size_t)tab - col % (size_t)tab;
                for (size_t i = 0; i < n; i++) {
                    vstr_add_byte(&v, ' ');
                }
                col += n;
            }
        } else if (c == '\n' || c == '\r') {
            vstr_add_byte(&v, (uint8_t)c);
            col = 0;
        } else {
            vstr_add_strn(&v, s, (size_t)(p - s));
            col++;
        }
    }
    return str_from_vstr_kind(t.kind, &v);
}
FUN_OBJ_KW(str_expandtabs_obj, 1, str_expandtabs);

// ---------------------------------------------------------------- translate, maketrans
// table[c], or OBJ_NULL when the table raises LookupError.
static obj_t translate_lookup(obj_t table, uint32_t c) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t r = rt_subscr_load(table, obj_new_small_int(c));
        nlr_pop();
        return r;
    }
    if (!obj_is_instance(nlr.ret_val, &type_LookupError)) {
        nlr_jump(nlr.ret_val);
    }
    return OBJ_NULL;
}

static obj_t str_translate(size_t n_args, const obj_t *args) {
    text_t t;
    text_get(args[0], &t);
    vstr_t v;
    vstr_init(&v, t.len);
    if (t.kind != KIND_STR) {
        // bytes.translate(table, delete=b'')
        const char *tab = NULL;
        size_t tl = 0, dl = 0;
        const char *del = "";
        if (args[1] != OBJ_NONE) {
            tab = str_get_arg(t.kind, args[1], &tl);
            if (tl != 256) {
                rt_raise_ValueError("translation table must be 256 characters long");
            }
        }
        if (n_args > 2) {
            del = str_get_arg(t.kind, args[2], &dl);
        }
        for (size_t i = 0; i < t.len; i++) {
            uint8_t b = (uint8_t)t.d[i];
            if (dl && memchr(del, b, dl)) {
                continue;
            }
            vstr_add_byte(&v, tab ? (uint8_t)tab[b] : b);
        }
        return str_from_vstr_kind(t.kind, &v);
    }
    obj_t table = args[1];
    const char *p = t.d, *e = t.d + t.len;
    while (p < e) {
        const char *s = p;
        uint32_t c = text_next(&t, &p);
        obj_t r = translate_lookup(table, c);
        if (r == OBJ_NULL) {
            vstr_add_strn(&v, s, (size_t)(p - s));
        } else if (r == OBJ_NONE) {
            // deleted
        } else if (obj_is_small_int(r)) {
            vstr_add_char(&v, (uint32_t)obj_small_int_value(r));
        } else {
            size_t rl;
            const char *rd = str_get_arg(KIND_STR, r, &rl);
            vstr_add_strn(&v, rd, rl);
        }
    }
    return str_from_vstr(&v);
}
FUN_OBJ_VAR(str_translate_obj, 2, 3, str_translate);

static obj_t str_maketrans_fun(size_t n_args, const obj_t *args) {
    obj_t d = dict_new(8);
    if (n_args == 1) {
        if (!obj_is_instance(args[0], &type_dict)) {
            rt_raise_TypeError("if you give only one argument to maketrans it must be a dict");
        }
        size_t pos = 0;
        map_elem_t *el;
        map_t *m = dict_map(args[0]);
        while ((el = map_next(m, &pos)) != NULL) {
            obj_t k = el->key;
            if (rt_is_str(k)) {
                size_t kl;
                const char *kd = str_data(k, &kl);
                if (utf8_charlen(kd, kl) != 1) {
                    rt_raise_ValueError("string keys in translate table must be of length 1");
                }
                const char *q = kd;
                k = obj_new_small_int(utf8_decode(&q));
            }
            dict_store(d, k, el->value);
        }
        return d;
    }
    size_t xl, yl;
    const char *xd = str_get_arg(KIND_STR, args[0], &xl);
    const char *yd = str_get_arg(KIND_STR, args[1], &yl);
    if (utf8_charlen(xd, xl) != utf8_charlen(yd, yl)) {
        rt_raise_ValueError("the first two maketrans arguments must have equal length");
    }
    const char *xp = xd, *yp = yd, *xe = xd + xl;
    while (xp < xe) {
        uint32_t a = utf8_decode(&xp), b = utf8_decode(&yp);
        dict_store(d, obj_new_small_int(a), obj_new_small_int(b));
    }
    if (n_args > 2) {
        size_t zl;
        const char *zd = str_get_arg(KIND_STR, args[2], &zl);
        const char *zp = zd, *ze = zd + zl;
        while (zp < ze) {
            dict_store(d, obj_new_small_int(utf8_decode(&zp)), OBJ_NONE);
        }
    }
    return d;
}
static FUN_OBJ_VAR(str_maketrans_fun_obj, 1, 3, str_maketrans_fun);
STATICMETHOD_OBJ(str_maketrans_obj, str_maketrans_fun_obj);

// ---------------------------------------------------------------- encode
static obj_t str_encode(size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_self, ARG_REQUIRED, OBJ_NULL}, {N_encoding, 0, OBJ_NULL}, {N_errors, 0, OBJ_NULL},
    };
    obj_t vals[3];
    rt_parse_args(n_args, n_kw, args, 3, spec, vals);
    size_t len;
    const char *d = str_data(vals[0], &len);
    int enc = vals[1] == OBJ_NULL ? 'u' : str_check_encoding(vals[1]);
    if (enc == 'u' || str_bytes_ascii(d, len)) {
        return bytes_new(d, len);
    }
    size_t el = 6;
    const char *ep = vals[2] != OBJ_NULL ? str_data(vals[2], &el) : "strict";
    bool strict = el == 6 && memcmp(ep, "strict", 6) == 0;
    bool ignore = el == 6 && memcmp(ep, "ignore", 6) == 0;
    uint32_t limit = enc == 'a' ? 0x80 : 0x100;
    vstr_t v;
    vstr_init(&v, len);
    const char *p = d, *e = d + len;
    size_t pos = 0;
    while (p < e) {
        uint32_t c = utf8_decode(&p);
        if (c < limit) {
            vstr_add_byte(&v, (uint8_t)c);
        } else if (strict) {
            rt_raise_fmt(&type_UnicodeEncodeError,
                         "'%s' codec can't encode character '\\x%x' in position %u: ordinal not in range(%u)",
                         enc == 'a' ? "ascii" : "latin-1", (unsigned)c, (unsigned)pos, (unsigned)limit);
        } else if (!ignore) {
            vstr_add_byte(&v, '?');
        }
        pos++;
    }
    return bytes_from_vstr(&v);
}
FUN_OBJ_KW(str_encode_obj, 1, str_encode);
