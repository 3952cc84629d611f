// core/mod_struct.c — the `struct` module: pack, pack_into, unpack,
// unpack_from, calcsize, and `error` (ValueError itself: MicroPython raises
// ValueError where CPython raises struct.error, so `except struct.error`
// works on both).
//
// struct.Struct(fmt) wraps a format with the same functions as methods.
// Formats (str or bytes): an optional first byte-order char, then items of
// an optional repeat count and a code, whitespace between items ignored:
//   '@' (default) native sizes and alignment; '=' native order, standard
//   sizes; '<' little-endian; '>' and '!' big-endian (standard sizes, no
//   alignment). Codes: x c b B ? h H i I l L q Q n N e f d s p P (n N P
//   in native mode only). "4s" is one 4-byte string, "4i" four ints.
// Values are range-checked as CPython does (q/Q take bigints through the
// mpz API). pack_into builds the bytes first and copies them into the
// target at the end, so a buffer resized by user code (__index__) is never
// written through a stale pointer.
#include <math.h>
#include <float.h>
#include <string.h>
#include "core/runtime.h"
#include "core/types.h"
#include "core/mpz.h"
#include "core/gc.h"
#include "core/mod_builtins.h"

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define NATIVE_BIG true
#else
#define NATIVE_BIG false
#endif

// Largest total size a format may describe (keeps every sum in range).
#define STRUCT_MAX_SIZE ((size_t)1 << (sizeof(size_t) * 8 - 2))

NORETURN static void struct_error(const char *msg) {
    rt_raise_ValueError(msg);
}

// ---------------------------------------------------------------- formats
typedef struct {
    const char *p, *end;
    bool native;    // '@': native sizes and alignment
    bool big;       // big-endian byte order
} fmt_t;

static void fmt_init(fmt_t *f, obj_t fmt) {
    size_t len;
    const char *s;
    if (rt_is_str(fmt)) {
        s = rt_str_data(fmt, &len);
    } else if (obj_is_instance(fmt, &type_bytes)) {
        str_t *b = OBJ_TO_PTR(fmt);
        s = b->data;
        len = b->len;
    } else {
        rt_raise_fmt(&type_TypeError, "Struct() argument 1 must be a str or bytes object, not %s",
                     rt_type_name(fmt));
    }
    f->p = s;
    f->end = s + len;
    f->native = true;
    f->big = NATIVE_BIG;
    if (len > 0) {
        switch (*s) {
            case '@': f->p++; break;
            case '=': f->p++; f->native = false; break;
            case '<': f->p++; f->native = false; f->big = false; break;
            case '>': case '!': f->p++; f->native = false; f->big = true; break;
            default: break;
        }
    }
}

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// The next item: false at the end of the format.
static bool fmt_next(fmt_t *f, size_t *count, char *code) {
    while (f->p < f->end && is_space(*f->p)) {
        f->p++;
    }
    if (f->p == f->end) {
        return false;
    }
    size_t n = 1;
    if (*f->p >= '0' && *f->p <= '9') {
        n = 0;
        while (f->p < f->end && *f->p >= '0' && *f->p <= '9') {
            if (n > STRUCT_MAX_SIZE / 10) {
                struct_error("total struct size too long");
            }
            n = n * 10 + (size_t)(*f->p++ - '0');
        }
        if (f->p == f->end) {
            struct_error("repeat count given without format specifier");
        }
    }
    *count = n;
    *code = *f->p++;
    return true;
}

// Size of one value of the code (for s/p/x: of one byte).
static size_t code_size(const fmt_t *f, char code) {
    switch (code) {
        case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p':
            return 1;
        case 'h': case 'H': case 'e':
            return 2;
        case 'i': case 'I': case 'f':
            return 4;
        case 'l': case 'L':
            return f->native ? sizeof(long) : 4;
        case 'q': case 'Q': case 'd':
            return 8;
        case 'n': case 'N':
            if (f->native) {
                return sizeof(size_t);
            }
            break;
        case 'P':
            if (f->native) {
                return sizeof(void *);
            }
            break;
        default:
            break;
    }
    struct_error("bad char in struct format");
}

// Advance *offset past padding that aligns an item of the code (native mode).
static size_t align_for(const fmt_t *f, char code, size_t offset) {
    if (!f->native || code == 's' || code == 'p' || code == 'x') {
        return offset;
    }
    size_t a = code_size(f, code);
    return (offset + a - 1) / a * a;
}

// Total byte size of the format and the number of values it packs.
static size_t fmt_calc(obj_t fmt, size_t *n_values) {
    fmt_t f;
    fmt_init(&f, fmt);
    size_t size = 0, nv = 0, count;
    char code;
    while (fmt_next(&f, &count, &code)) {
        size_t sz = code_size(&f, code);
        size = align_for(&f, code, size);
        if (count > (STRUCT_MAX_SIZE - size) / sz) {
            struct_error("total struct size too long");
        }
        size += count * sz;
        if (code == 's' || code == 'p') {
            nv++;
        } else if (code != 'x') {
            nv += count;
        }
    }
    if (n_values) {
        *n_values = nv;
    }
    return size;
}

// ---------------------------------------------------------------- halves
// Does the finite-or-not x round to a binary16 value (infinities and nan
// included)? The largest half is 65504; from 65520 on, x rounds to 2^16.
static bool half_fits(double x) {
    return !isfinite(x) || fabs(x) < 65520.0;
}

// IEEE 754 binary16 from a double (half_fits(x)), rounding to nearest,
// ties to even.
static uint16_t half_from_double(double x) {
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    if (isnan(x)) {
        return sign | 0x7e00;
    }
    x = fabs(x);
    if (isinf(x)) {
        return sign | 0x7c00;
    }
    if (x == 0) {
        return sign;
    }
    int e;
    frexp(x, &e);
    e -= 1;                       // x = 1.m * 2^e
    if (e < -14) {                // subnormal (may round up to the least normal)
        double m = nearbyint(ldexp(x, 24));
        return sign | (uint16_t)m;
    }
    double m = nearbyint((ldexp(x, -e) - 1.0) * 1024.0);
    if (m == 1024.0) {
        m = 0;
        e++;
    }
    return sign | (uint16_t)((e + 15) << 10) | (uint16_t)m;
}

static double half_to_double(uint16_t h) {
    int e = (h >> 10) & 31;
    int m = h & 1023;
    double v;
    if (e == 0) {
        v = ldexp(m, -24);
    } else if (e == 31) {
        v = m ? NAN : INFINITY;
    } else {
        v = ldexp(m + 1024, e - 25);
    }
    return (h & 0x8000) ? -v : v;
}

// ---------------------------------------------------------------- packing
static void put_bytes(uint8_t *out, const uint8_t *le, size_t n, bool big) {
    for (size_t i = 0; i < n; i++) {
        out[i] = big ? le[n - 1 - i] : le[i];
    }
}

static uint64_t get_bytes(const uint8_t *in, size_t n, bool big) {
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        v |= (uint64_t)(big ? in[n - 1 - i] : in[i]) << (8 * i);
    }
    return v;
}

// An int value for an integer code: int, bool, or an object with __index__.
static obj_t int_value(obj_t o) {
    if (obj_is_small_int(o) || mpz_is_big(o)) {
        return o;
    }
    if (o == OBJ_TRUE || o == OBJ_FALSE) {
        return obj_new_small_int(o == OBJ_TRUE);
    }
    obj_t dest[2];
    if (obj_is_ptr(o) && !obj_is_instance(o, &type_float) &&
        rt_load_method_maybe(o, N___index__, dest)) {
        obj_t r = rt_call_method(dest[0], dest[1], 0, 0, NULL);
        if (obj_is_small_int(r) || mpz_is_big(r)) {
            return r;
        }
        if (r == OBJ_TRUE || r == OBJ_FALSE) {
            return obj_new_small_int(r == OBJ_TRUE);
        }
        rt_raise_fmt(&type_TypeError, "__index__ returned non-int (type %s)", rt_type_name(r));
    }
    struct_error("required argument is not an integer");
}

// The double for a float code. *is_int tells whether the value was an int:
// CPython reports an int too large for the format as struct.error ("int too
// large to convert") but a float too large as OverflowError.
static double float_value_of(obj_t o, bool *is_int) {
    *is_int = false;
    if (o == OBJ_TRUE || o == OBJ_FALSE) {
        *is_int = true;
        return o == OBJ_TRUE;
    }
    if (obj_is_small_int(o) || mpz_is_big(o)) {
        double d;
        *is_int = true;
        if (obj_is_small_int(o)) {
            return (double)obj_small_int_value(o);
        }
        if (!mpz_to_double(o, &d)) {
            struct_error("required argument is not a float");
        }
        return d;
    }
    if (obj_is_instance(o, &type_float)) {
        return rt_get_float(o);
    }
    obj_t dest[2];
    if (obj_is_ptr(o) && (rt_load_method_maybe(o, N___float__, dest) ||
                          rt_load_method_maybe(o, N___index__, dest))) {
        return rt_get_float(o);
    }
    struct_error("required argument is not a float");
}

NORETURN static void float_too_large(bool is_int, const char *msg) {
    if (is_int) {
        struct_error("int too large to convert");
    }
    rt_raise_OverflowError(msg);
}

// Data of a bytes or bytearray value (for c, s, p).
static const char *bytes_value(obj_t o, size_t *len, const char *msg) {
    if (obj_is_instance(o, &type_bytes)) {
        str_t *b = OBJ_TO_PTR(o);
        *len = b->len;
        return b->data;
    }
    if (obj_is_instance(o, &type_bytearray)) {
        buffer_info_t info;
        obj_type(o)->buffer(o, &info, BUFFER_READ);
        *len = info.len;
        return info.buf;
    }
    struct_error(msg);
}

// Pack one value of a numeric code at out.
static void pack_one(const fmt_t *f, char code, uint8_t *out, obj_t v) {
    uint8_t le[8];
    switch (code) {
        case 'c': {
            // bytes only (CPython rejects a bytearray here, unlike for s and p)
            if (!obj_is_instance(v, &type_bytes) || ((str_t *)OBJ_TO_PTR(v))->len != 1) {
                struct_error("char format requires a bytes object of length 1");
            }
            out[0] = (uint8_t)((str_t *)OBJ_TO_PTR(v))->data[0];
            return;
        }
        case '?':
            out[0] = rt_is_true(v);
            return;
        case 'e': {
            bool is_int;
            double d = float_value_of(v, &is_int);
            if (!half_fits(d)) {
                float_too_large(is_int, "float too large to pack with e format");
            }
            uint16_t h = half_from_double(d);
            le[0] = (uint8_t)h;
            le[1] = (uint8_t)(h >> 8);
            put_bytes(out, le, 2, f->big);
            return;
        }
        case 'f': {
            bool is_int;
            double d = float_value_of(v, &is_int);
            float x;
            if (isfinite(d) && fabs(d) > FLT_MAX) {
                // (float)d rounds to FLT_MAX below the midpoint to 2^128 and
                // to infinity from there: native mode keeps that C result,
                // the standard modes refuse it.
                if (fabs(d) < 0x1.ffffffp127) {
                    x = (float)copysign(FLT_MAX, d);
                } else if (f->native) {
                    x = (float)copysign(INFINITY, d);
                } else {
                    float_too_large(is_int, "float too large to pack with f format");
                }
            } else {
                x = (float)d;
            }
            uint32_t w;
            memcpy(&w, &x, 4);
            for (int i = 0; i < 4; i++) {
                le[i] = (uint8_t)(w >> (8 * i));
            }
            put_bytes(out, le, 4, f->big);
            return;
        }
        case 'd': {
            bool is_int;
            double d = float_value_of(v, &is_int);
            uint64_t w;
            memcpy(&w, &d, 8);
            for (int i = 0; i < 8; i++) {
                le[i] = (uint8_t)(w >> (8 * i));
            }
            put_bytes(out, le, 8, f->big);
            return;
        }
        default: {
            size_t n = code_size(f, code);
            bool is_signed = code == 'b' || code == 'h' || code == 'i' || code == 'l' ||
                             code == 'q' || code == 'n';
            obj_t i = int_value(v);
            // a pointer ('P') may also be given as a negative address
            if (!mpz_to_bytes(i, le, n, is_signed) &&
                !(code == 'P' && mpz_to_bytes(i, le, n, true))) {
                struct_error("argument out of range");
            }
            put_bytes(out, le, n, f->big);
            return;
        }
    }
}

// Pack values[0..n_values) by the format into out (size bytes, zeroed).
static void pack_all(obj_t fmt, uint8_t *out, size_t n_values, const obj_t *values) {
    fmt_t f;
    fmt_init(&f, fmt);
    size_t offset = 0, vi = 0, count;
    char code;
    while (fmt_next(&f, &count, &code)) {
        size_t sz = code_size(&f, code);
        offset = align_for(&f, code, offset);
        if (code == 'x') {
            offset += count;
            continue;
        }
        if (code == 's' || code == 'p') {
            size_t len;
            const char *s = bytes_value(values[vi++], &len, code == 's' ?
                                        "argument for 's' must be a bytes object" :
                                        "argument for 'p' must be a bytes object");
            if (code == 'p') {
                size_t room = count > 0 ? count - 1 : 0;
                if (len > room) {
                    len = room;
                }
                if (count > 0) {
                    // all the data that fits is copied; the length byte saturates
                    out[offset] = (uint8_t)(len > 255 ? 255 : len);
                    memcpy(out + offset + 1, s, len);
                }
            } else {
                memcpy(out + offset, s, len < count ? len : count);
            }
            offset += count;
            continue;
        }
        for (size_t i = 0; i < count; i++) {
            pack_one(&f, code, out + offset, values[vi++]);
            offset += sz;
        }
    }
    UNUSED(n_values);
}

static void check_n_values(size_t want, size_t got) {
    if (want != got) {
        rt_raise_fmt(&type_ValueError, "pack expected %u items for packing (got %u)",
                     (unsigned)want, (unsigned)got);
    }
}

static obj_t do_pack(obj_t fmt, size_t n, const obj_t *values) {
    size_t nv;
    size_t size = fmt_calc(fmt, &nv);
    check_n_values(nv, n);
    char *out;
    vstr_t v;
    vstr_init(&v, size + 1);
    out = vstr_extend(&v, size);
    memset(out, 0, size);
    pack_all(fmt, (uint8_t *)out, nv, values);
    return bytes_from_vstr(&v);
}

static obj_t struct_pack(size_t n_args, const obj_t *args) {
    return do_pack(args[0], n_args - 1, args + 1);
}
static FUN_OBJ_VAR(struct_pack_obj, 1, FUN_ARGS_MAX, struct_pack);

// The offset of an access of `size` bytes at `offset` into a buffer of
// `len` bytes (negative offsets count from the end), checked.
static size_t checked_offset(obj_t offset_obj, size_t size, size_t len, bool unpacking) {
    intptr_t off = rt_get_int(offset_obj);
    if (off < 0) {
        if ((size_t)-off > len) {
            rt_raise_fmt(&type_ValueError, "offset %d out of range for %u-byte buffer",
                         (int)off, (unsigned)len);
        }
        off += (intptr_t)len;
    }
    if ((size_t)off > len || len - (size_t)off < size) {
        if (unpacking) {
            rt_raise_fmt(&type_ValueError, "unpack_from requires a buffer of at least %u bytes "
                         "for unpacking %u bytes at offset %u (actual buffer size is %u)",
                         (unsigned)(size + (size_t)off), (unsigned)size, (unsigned)off, (unsigned)len);
        }
        rt_raise_fmt(&type_ValueError, "pack_into requires a buffer of at least %u bytes for "
                     "packing %u bytes at offset %u (actual buffer size is %u)",
                     (unsigned)(size + (size_t)off), (unsigned)size, (unsigned)off, (unsigned)len);
    }
    return (size_t)off;
}

static void get_buffer(obj_t o, buffer_info_t *info, int flags) {
    const type_t *t = obj_type(o);
    if (rt_is_str(o) || t->buffer == NULL || t->buffer(o, info, BUFFER_READ) != 0) {
        rt_raise_fmt(&type_TypeError, "a bytes-like object is required, not '%s'", rt_type_name(o));
    }
    if ((flags & BUFFER_WRITE) && t->buffer(o, info, BUFFER_WRITE) != 0) {
        rt_raise_fmt(&type_TypeError, "argument must be read-write bytes-like object, not %s",
                     rt_type_name(o));
    }
}

static void do_pack_into(obj_t fmt, obj_t buffer, obj_t offset, size_t n, const obj_t *values) {
    size_t nv;
    size_t size = fmt_calc(fmt, &nv);
    check_n_values(nv, n);
    buffer_info_t info;
    get_buffer(buffer, &info, BUFFER_WRITE);
    checked_offset(offset, size, info.len, false);
    uint8_t *tmp = gc_alloc_noscan(size + 1);
    pack_all(fmt, tmp, nv, values);
    // The values are converted: now look at the buffer again and write.
    get_buffer(buffer, &info, BUFFER_WRITE);
    size_t off = checked_offset(offset, size, info.len, false);
    memcpy((uint8_t *)info.buf + off, tmp, size);
}

// pack_into(fmt, buffer, offset, *values)
static obj_t struct_pack_into(size_t n_args, const obj_t *args) {
    do_pack_into(args[0], args[1], args[2], n_args - 3, args + 3);
    return OBJ_NONE;
}
static FUN_OBJ_VAR(struct_pack_into_obj, 3, FUN_ARGS_MAX, struct_pack_into);

// ---------------------------------------------------------------- unpacking
static obj_t unpack_one(const fmt_t *f, char code, const uint8_t *in) {
    switch (code) {
        case 'c':
            return bytes_new((const char *)in, 1);
        case '?':
            return obj_bool(in[0] != 0);
        case 'e':
            return float_new(half_to_double((uint16_t)get_bytes(in, 2, f->big)));
        case 'f': {
            uint32_t w = (uint32_t)get_bytes(in, 4, f->big);
            float x;
            memcpy(&x, &w, 4);
            return float_new(x);
        }
        case 'd': {
            uint64_t w = get_bytes(in, 8, f->big);
            double x;
            memcpy(&x, &w, 8);
            return float_new(x);
        }
        default: {
            size_t n = code_size(f, code);
            uint64_t w = get_bytes(in, n, f->big);
            bool is_signed = code == 'b' || code == 'h' || code == 'i' || code == 'l' ||
                             code == 'q' || code == 'n';
            if (!is_signed) {
                return int_from_ull(w);
            }
            if (n < 8 && (w >> (8 * n - 1)) & 1) {
                w |= ~(uint64_t)0 << (8 * n);
            }
            return int_from_ll((long long)w);
        }
    }
}

static obj_t unpack_all(obj_t fmt, size_t n_values, const uint8_t *in) {
    obj_t res = tuple_new(n_values, NULL);
    tuple_t *t = OBJ_TO_PTR(res);
    fmt_t f;
    fmt_init(&f, fmt);
    size_t offset = 0, vi = 0, count;
    char code;
    while (fmt_next(&f, &count, &code)) {
        size_t sz = code_size(&f, code);
        offset = align_for(&f, code, offset);
        if (code == 'x') {
            offset += count;
            continue;
        }
        if (code == 's') {
            t->items[vi++] = bytes_new((const char *)in + offset, count);
            offset += count;
            continue;
        }
        if (code == 'p') {
            size_t n = count > 0 ? in[offset] : 0;
            if (count > 0 && n >= count) {
                n = count - 1;
            }
            t->items[vi++] = bytes_new((const char *)in + offset + (count > 0), n);
            offset += count;
            continue;
        }
        for (size_t i = 0; i < count; i++) {
            t->items[vi++] = unpack_one(&f, code, in + offset);
            offset += sz;
        }
    }
    return res;
}

// Unpacking reads from a private copy: the source may be a bytearray that
// an allocation cannot move, but copying keeps every case simple and safe.
static obj_t unpack_copy(obj_t fmt, size_t nv, const void *src, size_t size) {
    uint8_t *tmp = gc_alloc_noscan(size + 1);
    memcpy(tmp, src, size);
    return unpack_all(fmt, nv, tmp);
}

static obj_t struct_unpack(obj_t fmt, obj_t data) {
    size_t nv;
    size_t size = fmt_calc(fmt, &nv);
    buffer_info_t info;
    get_buffer(data, &info, BUFFER_READ);
    if (info.len != size) {
        rt_raise_fmt(&type_ValueError, "unpack requires a buffer of %u bytes", (unsigned)size);
    }
    return unpack_copy(fmt, nv, info.buf, size);
}
static FUN_OBJ_2(struct_unpack_obj, struct_unpack);

static obj_t do_unpack_from(obj_t fmt, obj_t buffer, obj_t offset) {
    size_t nv;
    size_t size = fmt_calc(fmt, &nv);
    buffer_info_t info;
    get_buffer(buffer, &info, BUFFER_READ);
    size_t off = checked_offset(offset, size, info.len, true);
    return unpack_copy(fmt, nv, (const uint8_t *)info.buf + off, size);
}

// unpack_from(fmt, buffer, offset=0)
static obj_t struct_unpack_from(size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_format, ARG_REQUIRED, OBJ_NULL},
        {N_buffer, ARG_REQUIRED, OBJ_NULL},
        {N_offset, 0, OBJ_SMALL_INT(0)},
    };
    obj_t v[3];
    rt_parse_args(n_args, n_kw, args, 3, spec, v);
    return do_unpack_from(v[0], v[1], v[2]);
}
static FUN_OBJ_KW(struct_unpack_from_obj, 2, struct_unpack_from);

static obj_t struct_calcsize(obj_t fmt) {
    return int_from_ull(fmt_calc(fmt, NULL));
}
static FUN_OBJ_1(struct_calcsize_obj, struct_calcsize);

// ---------------------------------------------------------------- Struct
// struct.Struct(fmt): a format checked once, with the module's functions
// as methods (CPython's class; MicroPython programs may use it too).
typedef struct {
    obj_base_t base;
    obj_t format;      // str, as given (bytes formats are decoded)
    size_t size;
} struct_obj_t;

static const type_t type_Struct;

static obj_t Struct_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 1, 1, n_kw, false);
    struct_obj_t *o = gc_alloc(sizeof(struct_obj_t));
    o->base.type = &type_Struct;
    o->size = fmt_calc(args[0], NULL);
    o->format = args[0];
    if (!rt_is_str(args[0])) {
        str_t *b = OBJ_TO_PTR(args[0]);
        o->format = str_new(b->data, b->len);
    }
    return OBJ_FROM_PTR(o);
}

static obj_t fmt_of(obj_t self) {
    return ((struct_obj_t *)OBJ_TO_PTR(self))->format;
}

static obj_t Struct_pack(size_t n_args, const obj_t *args) {
    return do_pack(fmt_of(args[0]), n_args - 1, args + 1);
}
static FUN_OBJ_VAR(Struct_pack_obj, 1, FUN_ARGS_MAX, Struct_pack);

static obj_t Struct_pack_into(size_t n_args, const obj_t *args) {
    do_pack_into(fmt_of(args[0]), args[1], args[2], n_args - 3, args + 3);
    return OBJ_NONE;
}
static FUN_OBJ_VAR(Struct_pack_into_obj, 3, FUN_ARGS_MAX, Struct_pack_into);

static obj_t Struct_unpack(obj_t self, obj_t data) {
    return struct_unpack(fmt_of(self), data);
}
static FUN_OBJ_2(Struct_unpack_obj, Struct_unpack);

static obj_t Struct_unpack_from(size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_self, ARG_REQUIRED, OBJ_NULL},
        {N_buffer, ARG_REQUIRED, OBJ_NULL},
        {N_offset, 0, OBJ_SMALL_INT(0)},
    };
    obj_t v[3];
    rt_parse_args(n_args, n_kw, args, 3, spec, v);
    return do_unpack_from(fmt_of(v[0]), v[1], v[2]);
}
static FUN_OBJ_KW(Struct_unpack_from_obj, 2, Struct_unpack_from);

static void Struct_attr(obj_t self, name_t attr, obj_t *dest) {
    struct_obj_t *o = OBJ_TO_PTR(self);
    if (dest[0] != OBJ_NULL) {
        return;   // read-only
    }
    if (attr == N_format) {
        dest[0] = o->format;
    } else if (attr == N_size) {
        dest[0] = int_from_ull(o->size);
    }
}

static void Struct_print(const printer_t *p, obj_t self, print_kind_t kind) {
    print_fmt(p, "Struct(%R)", fmt_of(self));
}

static const map_elem_t Struct_locals_table[] = {
    MAP_ENTRY(N_pack, &Struct_pack_obj),
    MAP_ENTRY(N_pack_into, &Struct_pack_into_obj),
    MAP_ENTRY(N_unpack, &Struct_unpack_obj),
    MAP_ENTRY(N_unpack_from, &Struct_unpack_from_obj),
};
static MAP_ROM(Struct_locals, Struct_locals_table);

static const type_t type_Struct = {
    .base = {&type_type},
    .name = N_Struct,
    .make_new = Struct_make_new,
    .print = Struct_print,
    .attr = Struct_attr,
    .locals = &Struct_locals,
};

static const map_elem_t struct_table[] = {
    {OBJ_NAME(N___name__), OBJ_NAME(N_struct)},
    MAP_ENTRY(N_pack, &struct_pack_obj),
    MAP_ENTRY(N_pack_into, &struct_pack_into_obj),
    MAP_ENTRY(N_unpack, &struct_unpack_obj),
    MAP_ENTRY(N_unpack_from, &struct_unpack_from_obj),
    MAP_ENTRY(N_calcsize, &struct_calcsize_obj),
    MAP_ENTRY(N_error, &type_ValueError),
    MAP_ENTRY(N_Struct, &type_Struct),
};
static MAP_ROM(struct_globals, struct_table);
static MODULE_ROM(struct_module, struct_globals);

void mod_struct_init(void) {
    rt_register_module(OBJ_FROM_PTR(&struct_module));
}
