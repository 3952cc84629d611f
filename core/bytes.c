// core/bytes.c — the bytes (immutable, a str_t with type_bytes) and
// bytearray (mutable, bytearray_t) types: construction, repr, operators,
// indexing and slicing (items are ints), iteration, the buffer protocol and
// the bytes-only methods (decode, hex, fromhex, bytearray mutation). The
// methods shared with str live in str_methods.c.
//
// Invariants: bytes data is NUL-terminated and never changes; a bytearray's
// data is a gc block of alloc + 1 bytes (NUL after len), or NULL when alloc
// is 0. Never keep a pointer to bytearray data across a call that may run
// Python code (it may resize the array).
#include <string.h>
#include "core/str.h"
#include "core/gc.h"

// ---------------------------------------------------------------- construction
obj_t bytes_new(const char *s, size_t len) {
    str_t *o = gc_alloc_noscan(sizeof(str_t) + len + 1);   // inline bytes, ROM type
    o->base.type = &type_bytes;
    o->len = len;
    o->data = (const char *)(o + 1);
    if (len) {
        memcpy((char *)o->data, s, len);
    }
    return OBJ_FROM_PTR(o);
}

obj_t bytes_from_vstr(vstr_t *v) {
    return str_wrap_vstr(&type_bytes, v);
}

static void ba_reserve(bytearray_t *b, size_t n) {
    if (n > b->alloc || b->data == NULL) {
        size_t na = b->alloc * 2 > n ? b->alloc * 2 : n + 8;
        b->data = gc_realloc(b->data, na + 1);
        b->alloc = na;
    }
}

static void ba_set_len(bytearray_t *b, size_t n) {
    ba_reserve(b, n);
    b->len = n;
    b->data[n] = 0;
}

obj_t bytearray_new(const char *s, size_t len) {
    bytearray_t *b = gc_alloc(sizeof(bytearray_t));
    b->base.type = &type_bytearray;
    char *d = gc_alloc_noscan(len + 1);
    if (len) {
        memcpy(d, s, len);
    }
    b->data = d;
    b->alloc = len;
    b->len = len;
    return OBJ_FROM_PTR(b);
}

static bool is_bytearray(obj_t o) {
    return obj_is_type_exact(o, &type_bytearray);
}

static bytearray_t *as_ba(obj_t o) {
    return OBJ_TO_PTR(o);
}

// The byte value of an int object (ValueError outside 0..255).
static uint8_t byte_value(obj_t o) {
    intptr_t v = rt_get_int(o);
    if (v < 0 || v > 255) {
        rt_raise_ValueError("byte must be in range(0, 256)");
    }
    return (uint8_t)v;
}

// Append the bytes described by a constructor-style argument to v:
// bytes-like (buffer) or an iterable of ints.
static void collect_bytes(vstr_t *v, obj_t src) {
    const char *d;
    size_t l;
    int k = str_get_any(src, &d, &l);
    if (k == KIND_BYTES || k == KIND_BYTEARRAY) {
        vstr_add_strn(v, d, l);
        return;
    }
    if (k == KIND_STR) {
        rt_raise_TypeError("can't extend bytearray with str");
    }
    const type_t *t = obj_type(src);
    buffer_info_t info;
    if (t->buffer && t->buffer(src, &info, BUFFER_READ) == 0) {
        vstr_add_strn(v, info.buf, info.len);
        return;
    }
    if (obj_is_small_int(src)) {
        rt_raise_fmt(&type_TypeError, "'int' object is not iterable");
    }
    obj_t it = rt_getiter(src, NULL);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_STOP) {
        if (!obj_is_small_int(x) && x != OBJ_TRUE && x != OBJ_FALSE && !obj_is_type_exact(x, &type_int)) {
            rt_raise_fmt(&type_TypeError, "'%s' object cannot be interpreted as an integer", rt_type_name(x));
        }
        vstr_add_byte(v, byte_value(x));
    }
}

static const arg_spec_t bytes_new_spec[] = {
    {N_object, 0, OBJ_NULL},
    {N_encoding, 0, OBJ_NULL},
    {N_errors, 0, OBJ_NULL},
};

static obj_t make_common(int kind, size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t vals[3];
    rt_parse_args(n_args, n_kw, args, 3, bytes_new_spec, vals);
    obj_t src = vals[0];
    if (src == OBJ_NULL) {
        return str_new_kind(kind, "", 0);
    }
    if (rt_is_str(src)) {
        if (vals[1] == OBJ_NULL) {
            rt_raise_TypeError("string argument without an encoding");
        }
        obj_t eargs[3] = {src, vals[1], vals[2] == OBJ_NULL ? OBJ_NAME(N_empty) : vals[2]};
        obj_t b = rt_call(OBJ_FROM_PTR(&str_encode_obj), vals[2] == OBJ_NULL ? 2 : 3, 0, eargs);
        if (kind == KIND_BYTES) {
            return b;
        }
        str_t *s = OBJ_TO_PTR(b);
        return bytearray_new(s->data, s->len);
    }
    if (vals[1] != OBJ_NULL || vals[2] != OBJ_NULL) {
        rt_raise_TypeError(vals[1] != OBJ_NULL ? "encoding without a string argument"
                                               : "errors without a string argument");
    }
    intptr_t n;
    if (obj_is_small_int(src) || obj_is_type_exact(src, &type_int)) {
        n = rt_get_int(src);
        if (n < 0) {
            rt_raise_ValueError("negative count");
        }
        if (kind == KIND_BYTES) {
            str_t *o = gc_alloc(sizeof(str_t) + (size_t)n + 1);
            o->base.type = &type_bytes;
            o->len = (size_t)n;
            o->data = (const char *)(o + 1);
            return OBJ_FROM_PTR(o);
        }
        bytearray_t *b = OBJ_TO_PTR(bytearray_new("", 0));
        ba_set_len(b, (size_t)n);
        memset(b->data, 0, (size_t)n);
        return OBJ_FROM_PTR(b);
    }
    if (kind == KIND_BYTES && obj_is_type_exact(src, &type_bytes)) {
        return src;
    }
    obj_t dest[2];
    if (obj_is_ptr(src) && (obj_type(src)->flags & TYPE_FLAG_USER) &&
        rt_load_method_maybe(src, N___bytes__, dest)) {
        obj_t r = rt_call_method(dest[0], dest[1], 0, 0, dest);   // no args (dest: never NULL)
        const char *d;
        size_t l;
        if (str_get_any(r, &d, &l) != KIND_BYTES) {
            rt_raise_fmt(&type_TypeError, "__bytes__ returned non-bytes (type %s)", rt_type_name(r));
        }
        return kind == KIND_BYTES ? r : bytearray_new(d, l);
    }
    vstr_t v;
    vstr_init(&v, 16);
    collect_bytes(&v, src);
    return str_from_vstr_kind(kind, &v);
}

static obj_t bytes_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    return make_common(KIND_BYTES, n_args, n_kw, args);
}

static obj_t bytearray_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    return make_common(KIND_BYTEARRAY, n_args, n_kw, args);
}

// ---------------------------------------------------------------- printing
static void bytes_print(const printer_t *p, obj_t self, print_kind_t kind) {
    const char *d;
    size_t len;
    str_get_any(self, &d, &len);
    print_str(p, "b");
    str_print_quoted(p, d, len, true);
}

static void bytearray_print(const printer_t *p, obj_t self, print_kind_t kind) {
    bytearray_t *b = as_ba(self);
    print_str(p, "bytearray(b");
    str_print_quoted(p, b->data ? b->data : "", b->len, true);
    print_str(p, ")");
}

// ---------------------------------------------------------------- operators
static obj_t bytes_unary_op(unary_op_t op, obj_t self) {
    const char *d;
    size_t len;
    int k = str_get_any(self, &d, &len);
    switch (op) {
        case UNARY_OP_BOOL: return obj_bool(len != 0);
        case UNARY_OP_LEN: return obj_new_small_int((intptr_t)len);
        case UNARY_OP_HASH:
            if (k == KIND_BYTEARRAY) {
                return OBJ_NULL;
            }
            return obj_new_small_int((intptr_t)str_hash(self));
        default: return OBJ_NULL;
    }
}

// Data of a bytes-like operand, or NULL.
static const char *bytes_like(obj_t o, size_t *len) {
    const char *d;
    int k = str_get_any(o, &d, len);
    if (k == KIND_BYTES || k == KIND_BYTEARRAY) {
        return d;
    }
    if (k == KIND_STR) {
        return NULL;
    }
    const type_t *t = obj_type(o);
    buffer_info_t info;
    if (t->buffer && t->buffer(o, &info, BUFFER_READ) == 0) {
        *len = info.len;
        return info.buf;
    }
    return NULL;
}

obj_t bytes_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    const char *da;
    size_t la;
    int kind = str_get_any(lhs, &da, &la);
    size_t lb;
    const char *db;
    switch (op) {
        case BINARY_OP_INPLACE_ADD:
            if (kind == KIND_BYTEARRAY && is_bytearray(lhs)) {
                vstr_t v;
                vstr_init(&v, 16);
                collect_bytes(&v, rhs);
                bytearray_t *b = as_ba(lhs);
                size_t old = b->len;
                ba_set_len(b, old + v.len);
                memcpy(b->data + old, v.buf, v.len);
                return lhs;
            }
            // fall through
        case BINARY_OP_ADD: {
            db = bytes_like(rhs, &lb);
            if (db == NULL) {
                rt_raise_fmt(&type_TypeError, "can't concat %s to %s", rt_type_name(rhs), rt_type_name(lhs));
            }
            vstr_t v;
            vstr_init(&v, la + lb);
            vstr_add_strn(&v, da, la);
            vstr_add_strn(&v, db, lb);
            return str_from_vstr_kind(kind, &v);
        }
        case BINARY_OP_INPLACE_MULTIPLY:
            if (kind == KIND_BYTEARRAY && is_bytearray(lhs)) {
                obj_t r = str_repeat(KIND_BYTES, da, la, rhs);
                if (r == OBJ_NULL) {
                    return OBJ_NULL;
                }
                str_t *s = OBJ_TO_PTR(r);
                bytearray_t *b = as_ba(lhs);
                ba_set_len(b, s->len);
                memcpy(b->data, s->data, s->len);
                return lhs;
            }
            // fall through
        case BINARY_OP_MULTIPLY:
        case BINARY_OP_REVERSE_MULTIPLY:
            return str_repeat(kind, da, la, rhs);
        case BINARY_OP_MODULO:
        case BINARY_OP_INPLACE_MODULO:
            return str_modulo_format(lhs, rhs);
        case BINARY_OP_IN:
            if (obj_is_small_int(rhs) || obj_is_type_exact(rhs, &type_int) || rhs == OBJ_TRUE || rhs == OBJ_FALSE) {
                uint8_t b = byte_value(rhs);
                return obj_bool(la > 0 && memchr(da, b, la) != NULL);
            }
            db = bytes_like(rhs, &lb);
            if (db == NULL) {
                rt_raise_fmt(&type_TypeError, "a bytes-like object is required, not '%s'", rt_type_name(rhs));
            }
            return obj_bool(str_search(da, la, db, lb, false) >= 0);
        case BINARY_OP_LESS:
        case BINARY_OP_MORE:
        case BINARY_OP_LESS_EQUAL:
        case BINARY_OP_MORE_EQUAL:
        case BINARY_OP_EQUAL:
        case BINARY_OP_NOT_EQUAL: {
            int kb = str_get_any(rhs, &db, &lb);
            if (kb != KIND_BYTES && kb != KIND_BYTEARRAY) {
                return OBJ_NULL;
            }
            return str_compare_bytes(op, da, la, db, lb);
        }
        default:
            return OBJ_NULL;
    }
}

// ---------------------------------------------------------------- subscript
static obj_t get_slice(int kind, const char *d, size_t len, obj_t slice) {
    intptr_t start, stop, step;
    slice_indices(slice, len, &start, &stop, &step);
    if (step == 1) {
        return str_new_kind(kind, d + start, stop > start ? (size_t)(stop - start) : 0);
    }
    vstr_t v;
    vstr_init(&v, 16);
    for (intptr_t i = start; step > 0 ? i < stop : i > stop; i += step) {
        vstr_add_byte(&v, (uint8_t)d[i]);
    }
    return str_from_vstr_kind(kind, &v);
}

static size_t get_index(int kind, size_t len, obj_t index) {
    intptr_t i;
    if (!rt_get_int_maybe(index, &i)) {
        rt_raise_fmt(&type_TypeError, "%s indices must be integers or slices, not %s",
                     kind == KIND_BYTES ? "byte" : "bytearray", rt_type_name(index));
    }
    if (i < 0) {
        i += (intptr_t)len;
    }
    if (i < 0 || (size_t)i >= len) {
        rt_raise_IndexError(kind == KIND_BYTES ? "index out of range" : "bytearray index out of range");
    }
    return (size_t)i;
}

static obj_t bytes_subscr(obj_t self, obj_t index, obj_t value) {
    if (value != OBJ_SENTINEL) {
        return OBJ_NULL;
    }
    const char *d;
    size_t len;
    int kind = str_get_any(self, &d, &len);
    if (obj_is_type_exact(index, &type_slice)) {
        return get_slice(kind, d, len, index);
    }
    return obj_new_small_int((uint8_t)d[get_index(kind, len, index)]);
}

// Replace b[start:stop] (step 1) with src[0..n).
static void ba_splice(bytearray_t *b, size_t start, size_t stop, const char *src, size_t n) {
    size_t old = b->len;
    size_t tail = old - stop;
    size_t nl = start + n + tail;
    if (nl > old) {
        ba_set_len(b, nl);
    }
    memmove(b->data + start + n, b->data + stop, tail);
    memcpy(b->data + start, src, n);
    ba_set_len(b, nl);
}

static void ba_del_slice(bytearray_t *b, obj_t slice) {
    intptr_t start, stop, step;
    slice_indices(slice, b->len, &start, &stop, &step);
    if (step < 0) {
        // the same positions walked forwards
        if (start <= stop) {
            return;
        }
        intptr_t n = (start - stop - 1) / -step + 1;
        intptr_t first = start + (n - 1) * step;
        stop = start + 1;
        start = first;
        step = -step;
    }
    if (stop <= start) {
        return;
    }
    size_t w = (size_t)start;
    for (size_t r = (size_t)start; r < b->len; r++) {
        bool del = r < (size_t)stop && (r - (size_t)start) % (size_t)step == 0;
        if (!del) {
            b->data[w++] = b->data[r];
        }
    }
    ba_set_len(b, w);
}

static obj_t bytearray_subscr(obj_t self, obj_t index, obj_t value) {
    bytearray_t *b = as_ba(self);
    if (value == OBJ_SENTINEL) {
        return bytes_subscr(self, index, value);
    }
    if (obj_is_type_exact(index, &type_slice)) {
        if (value == OBJ_NULL) {
            ba_del_slice(b, index);
            return OBJ_NONE;
        }
        if (obj_is_small_int(value)) {
            rt_raise_TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        vstr_t v;
        vstr_init(&v, 16);
        collect_bytes(&v, value);   // a copy, so b[x:y] = b works
        intptr_t start, stop, step;
        slice_indices(index, b->len, &start, &stop, &step);
        if (step == 1) {
            if (stop < start) {
                stop = start;
            }
            ba_splice(b, (size_t)start, (size_t)stop, v.buf, v.len);
            return OBJ_NONE;
        }
        if (v.len == 0) {
            // CPython: an empty value deletes the extended slice
            ba_del_slice(b, index);
            return OBJ_NONE;
        }
        size_t n = 0;
        for (intptr_t i = start; step > 0 ? i < stop : i > stop; i += step) {
            n++;
        }
        if (n != v.len) {
            rt_raise_fmt(&type_ValueError, "attempt to assign bytes of size %u to extended slice of size %u",
                         (unsigned)v.len, (unsigned)n);
        }
        size_t j = 0;
        for (intptr_t i = start; step > 0 ? i < stop : i > stop; i += step) {
            b->data[i] = v.buf[j++];
        }
        return OBJ_NONE;
    }
    size_t i = get_index(KIND_BYTEARRAY, b->len, index);
    if (value == OBJ_NULL) {
        memmove(b->data + i, b->data + i + 1, b->len - i - 1);
        ba_set_len(b, b->len - 1);
    } else {
        b->data[i] = (char)byte_value(value);
    }
    return OBJ_NONE;
}

// ---------------------------------------------------------------- iteration
static obj_t bytes_it_next(obj_t self) {
    iter_buf_t *it = OBJ_TO_PTR(self);
    const char *d;
    size_t len;
    str_get_any(it->state[0], &d, &len);
    size_t i = (size_t)obj_small_int_value(it->state[1]);
    if (i >= len) {
        return OBJ_STOP;
    }
    it->state[1] = obj_new_small_int((intptr_t)i + 1);
    return obj_new_small_int((uint8_t)d[i]);
}

static obj_t iter_self(obj_t self, iter_buf_t *buf) {
    return self;
}

const type_t type_bytes_iterator = {
    {&type_type},
    .name = N_bytes_iterator,
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .getiter = iter_self,
    .iternext = bytes_it_next,
};

static obj_t bytes_getiter(obj_t self, iter_buf_t *buf) {
    iter_buf_t *it = buf ? buf : gc_alloc(sizeof(iter_buf_t));
    it->base.type = &type_bytes_iterator;
    it->state[0] = self;
    it->state[1] = obj_new_small_int(0);
    it->state[2] = OBJ_NULL;
    return OBJ_FROM_PTR(it);
}

static int bytes_buffer(obj_t self, buffer_info_t *info, int flags) {
    if (flags & BUFFER_WRITE) {
        return 1;
    }
    str_t *s = OBJ_TO_PTR(self);
    info->buf = (void *)s->data;
    info->len = s->len;
    info->typecode = 'B';
    return 0;
}

static int bytearray_buffer(obj_t self, buffer_info_t *info, int flags) {
    bytearray_t *b = as_ba(self);
    if (b->data == NULL) {
        ba_set_len(b, 0);
    }
    info->buf = b->data;
    info->len = b->len;
    info->typecode = 'B';
    return 0;
}

// ---------------------------------------------------------------- hex, fromhex
static obj_t bytes_hex(size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_self, ARG_REQUIRED, OBJ_NULL}, {N_sep, 0, OBJ_NULL}, {N_bytes_per_sep, 0, OBJ_SMALL_INT(1)},
    };
    obj_t vals[3];
    rt_parse_args(n_args, n_kw, args, 3, spec, vals);
    const char *d;
    size_t len;
    str_get_kind(vals[0], &d, &len);
    const char *sep = NULL;
    size_t sl = 0;
    if (vals[1] != OBJ_NULL) {
        if (rt_is_str(vals[1])) {
            sep = str_data(vals[1], &sl);
        } else {
            sep = bytes_like(vals[1], &sl);
        }
        if (sep == NULL || sl != 1) {
            rt_raise_ValueError("sep must be length 1.");
        }
    }
    intptr_t per = rt_get_int(vals[2]);
    size_t every = (size_t)(per < 0 ? -per : per);
    static const char hex[] = "0123456789abcdef";
    vstr_t v;
    vstr_init(&v, len * 3);
    for (size_t i = 0; i < len; i++) {
        if (sep && i > 0 && every > 0) {
            // groups counted from the right for a positive bytes_per_sep
            size_t k = per > 0 ? len - i : i;
            if (k % every == 0) {
                vstr_add_byte(&v, (uint8_t)sep[0]);
            }
        }
        uint8_t b = (uint8_t)d[i];
        vstr_add_byte(&v, (uint8_t)hex[b >> 4]);
        vstr_add_byte(&v, (uint8_t)hex[b & 15]);
    }
    return str_from_vstr(&v);
}
static FUN_OBJ_KW(bytes_hex_obj, 1, bytes_hex);

static int hex_digit(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = (char)(c | 32);
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

static obj_t bytes_fromhex(obj_t cls, obj_t str) {
    size_t len;
    const char *s = str_data(str, &len);
    vstr_t v;
    vstr_init(&v, len / 2 + 1);
    size_t i = 0;
    while (i < len) {
        if (s[i] == ' ' || (s[i] >= 9 && s[i] <= 13)) {
            i++;
            continue;
        }
        int hi = hex_digit(s[i]);
        int lo = i + 1 < len ? hex_digit(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            rt_raise_fmt(&type_ValueError, "non-hexadecimal number found in fromhex() arg at position %u",
                         (unsigned)(hi < 0 ? i : i + 1));
        }
        vstr_add_byte(&v, (uint8_t)(hi * 16 + lo));
        i += 2;
    }
    return str_from_vstr_kind(cls == OBJ_FROM_PTR(&type_bytearray) ? KIND_BYTEARRAY : KIND_BYTES, &v);
}
static FUN_OBJ_2(bytes_fromhex_fun_obj, bytes_fromhex);
static CLASSMETHOD_OBJ(bytes_fromhex_obj, bytes_fromhex_fun_obj);

// bytes.maketrans(from, to): a 256-byte translation table
static obj_t bytes_maketrans(obj_t from, obj_t to) {
    size_t fl, tl;
    const char *fd = bytes_like(from, &fl);
    const char *td = bytes_like(to, &tl);
    if (fd == NULL || td == NULL) {
        rt_raise_TypeError("a bytes-like object is required");
    }
    if (fl != tl) {
        rt_raise_ValueError("maketrans arguments must have same length");
    }
    char table[256];
    for (int i = 0; i < 256; i++) {
        table[i] = (char)i;
    }
    for (size_t i = 0; i < fl; i++) {
        table[(uint8_t)fd[i]] = td[i];
    }
    return bytes_new(table, 256);
}
static FUN_OBJ_2(bytes_maketrans_fun_obj, bytes_maketrans);
static STATICMETHOD_OBJ(bytes_maketrans_obj, bytes_maketrans_fun_obj);

// ---------------------------------------------------------------- bytearray methods
static obj_t ba_append(obj_t self, obj_t item) {
    bytearray_t *b = as_ba(self);
    uint8_t v = byte_value(item);
    ba_set_len(b, b->len + 1);
    b->data[b->len - 1] = (char)v;
    return OBJ_NONE;
}
static FUN_OBJ_2(ba_append_obj, ba_append);

static obj_t ba_extend(obj_t self, obj_t src) {
    vstr_t v;
    vstr_init(&v, 16);
    collect_bytes(&v, src);
    bytearray_t *b = as_ba(self);
    size_t old = b->len;
    ba_set_len(b, old + v.len);
    memcpy(b->data + old, v.buf, v.len);
    return OBJ_NONE;
}
static FUN_OBJ_2(ba_extend_obj, ba_extend);

static obj_t ba_pop(size_t n_args, const obj_t *args) {
    bytearray_t *b = as_ba(args[0]);
    if (b->len == 0) {
        rt_raise_IndexError("pop from empty bytearray");
    }
    size_t i = b->len - 1;
    if (n_args > 1) {
        intptr_t k = rt_get_int(args[1]);
        if (k < 0) {
            k += (intptr_t)b->len;
        }
        if (k < 0 || (size_t)k >= b->len) {
            rt_raise_IndexError("pop index out of range");
        }
        i = (size_t)k;
    }
    uint8_t v = (uint8_t)b->data[i];
    memmove(b->data + i, b->data + i + 1, b->len - i - 1);
    ba_set_len(b, b->len - 1);
    return obj_new_small_int(v);
}
static FUN_OBJ_VAR(ba_pop_obj, 1, 2, ba_pop);

static obj_t ba_insert(obj_t self, obj_t index, obj_t item) {
    bytearray_t *b = as_ba(self);
    intptr_t i = rt_get_int(index);
    if (i < 0) {
        i += (intptr_t)b->len;
        if (i < 0) {
            i = 0;
        }
    }
    if ((size_t)i > b->len) {
        i = (intptr_t)b->len;
    }
    char c = (char)byte_value(item);
    ba_splice(b, (size_t)i, (size_t)i, &c, 1);
    return OBJ_NONE;
}
static FUN_OBJ_3(ba_insert_obj, ba_insert);

static obj_t ba_remove(obj_t self, obj_t item) {
    bytearray_t *b = as_ba(self);
    uint8_t v = byte_value(item);
    char *p = b->len ? memchr(b->data, v, b->len) : NULL;
    if (p == NULL) {
        rt_raise_ValueError("value not found in bytearray");
    }
    size_t i = (size_t)(p - b->data);
    memmove(b->data + i, b->data + i + 1, b->len - i - 1);
    ba_set_len(b, b->len - 1);
    return OBJ_NONE;
}
static FUN_OBJ_2(ba_remove_obj, ba_remove);

static obj_t ba_clear(obj_t self) {
    ba_set_len(as_ba(self), 0);
    return OBJ_NONE;
}
static FUN_OBJ_1(ba_clear_obj, ba_clear);

static obj_t ba_copy(obj_t self) {
    bytearray_t *b = as_ba(self);
    return bytearray_new(b->data ? b->data : "", b->len);
}
static FUN_OBJ_1(ba_copy_obj, ba_copy);

static obj_t ba_reverse(obj_t self) {
    bytearray_t *b = as_ba(self);
    for (size_t i = 0, j = b->len; i + 1 < j; i++, j--) {
        char t = b->data[i];
        b->data[i] = b->data[j - 1];
        b->data[j - 1] = t;
    }
    return OBJ_NONE;
}
static FUN_OBJ_1(ba_reverse_obj, ba_reverse);

// ---------------------------------------------------------------- types
#define SHARED_ENTRY(m) MAP_ENTRY(N_##m, &str_##m##_obj),

static const map_elem_t bytes_locals_table[] = {
    STR_SHARED_METHODS(SHARED_ENTRY)
    MAP_ENTRY(N_decode, &str_decode_obj),
    MAP_ENTRY(N_hex, &bytes_hex_obj),
    MAP_ENTRY(N_fromhex, &bytes_fromhex_obj),
    MAP_ENTRY(N_isascii, &str_isascii_obj),
    MAP_ENTRY(N_maketrans, &bytes_maketrans_obj),
};
static MAP_ROM(bytes_locals, bytes_locals_table);

const type_t type_bytes = {
    {&type_type},
    .name = N_bytes,
    .flags = TYPE_FLAG_BASETYPE,
    .make_new = bytes_make_new,
    .print = bytes_print,
    .unary_op = bytes_unary_op,
    .binary_op = bytes_binary_op,
    .subscr = bytes_subscr,
    .getiter = bytes_getiter,
    .buffer = bytes_buffer,
    .locals = &bytes_locals,
};

static const map_elem_t bytearray_locals_table[] = {
    STR_SHARED_METHODS(SHARED_ENTRY)
    MAP_ENTRY(N_decode, &str_decode_obj),
    MAP_ENTRY(N_hex, &bytes_hex_obj),
    MAP_ENTRY(N_fromhex, &bytes_fromhex_obj),
    MAP_ENTRY(N_isascii, &str_isascii_obj),
    MAP_ENTRY(N_append, &ba_append_obj),
    MAP_ENTRY(N_extend, &ba_extend_obj),
    MAP_ENTRY(N_pop, &ba_pop_obj),
    MAP_ENTRY(N_insert, &ba_insert_obj),
    MAP_ENTRY(N_remove, &ba_remove_obj),
    MAP_ENTRY(N_clear, &ba_clear_obj),
    MAP_ENTRY(N_copy, &ba_copy_obj),
    MAP_ENTRY(N_reverse, &ba_reverse_obj),
    MAP_ENTRY(N_maketrans, &bytes_maketrans_obj),
};
static MAP_ROM(bytearray_locals, bytearray_locals_table);

const type_t type_bytearray = {
    {&type_type},
    .name = N_bytearray,
    .flags = TYPE_FLAG_BASETYPE,
    .make_new = bytearray_make_new,
    .print = bytearray_print,
    .unary_op = bytes_unary_op,
    .binary_op = bytes_binary_op,
    .subscr = bytearray_subscr,
    .getiter = bytes_getiter,
    .buffer = bytearray_buffer,
    .locals = &bytearray_locals,
};
