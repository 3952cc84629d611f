// core/mod_array.c — the `array` module: array.array, a packed, growable
// sequence of machine numbers (typecodes b B h H i I l L q Q f d, with the
// host C sizes, as CPython on the same host).
//
// Invariants: data is a gc_alloc_noscan block of at least alloc * itemsize
// bytes (never NULL); items [0, len) are valid. Values are converted (which
// may run Python code: __float__) BEFORE the array is looked at again, and
// data/len are re-read after every such call, so code that resizes the array
// meanwhile cannot make us write out of bounds. Integer items out of range
// raise OverflowError and non-numbers TypeError (CPython behaviour; the
// array is left unchanged). The buffer protocol exposes the items read and
// write with the typecode as struct code. User subclasses of array keep a
// native array as their sub-object; unwrap() finds it wherever an array
// argument is accepted.
#include <string.h>
#include "core/runtime.h"
#include "core/types.h"
#include "core/gc.h"
#include "core/mpz.h"
#include "core/mod_builtins.h"

typedef struct {
    obj_base_t base;
    char typecode;
    uint8_t itemsize;
    size_t len;
    size_t alloc;     // items
    uint8_t *data;
} array_t;

extern const type_t type_array;
static const type_t type_array_iterator;

static const char typecodes[] = "bBhHiIlLqQfd";

static size_t itemsize_of(char tc) {
    switch (tc) {
        case 'b': case 'B': return 1;
        case 'h': case 'H': return sizeof(short);
        case 'i': case 'I': return sizeof(int);
        case 'l': case 'L': return sizeof(long);
        case 'q': case 'Q': return 8;
        case 'f': return sizeof(float);
        case 'd': return sizeof(double);
        default: return 0;
    }
}

static bool is_float_code(char tc) {
    return tc == 'f' || tc == 'd';
}

// An instance of a user subclass of array: its native array; else o.
static obj_t unwrap(obj_t o) {
    if (obj_is_ptr(o) && (obj_type(o)->flags & TYPE_FLAG_USER) && !(obj_type(o)->flags & TYPE_FLAG_EXCEPTION)) {
        obj_t sub = ((instance_t *)OBJ_TO_PTR(o))->subobj;
        if (sub != OBJ_NULL && obj_is_type_exact(sub, &type_array)) {
            return sub;
        }
    }
    return o;
}

static bool is_array(obj_t o) {
    return obj_is_type_exact(unwrap(o), &type_array);
}

static array_t *as_array(obj_t o) {
    return OBJ_TO_PTR(unwrap(o));
}

// ---------------------------------------------------------------- storage
static array_t *array_alloc(char tc, size_t n) {
    array_t *a = gc_alloc(sizeof(array_t));
    a->base.type = &type_array;
    a->typecode = tc;
    a->itemsize = (uint8_t)itemsize_of(tc);
    if (n > SIZE_MAX / 16) {
        rt_raise_MemoryError();
    }
    a->data = gc_alloc_noscan(n ? n * a->itemsize : a->itemsize);
    a->alloc = n ? n : 1;
    a->len = n;
    return a;
}

// Room for n more items (may move data).
static void reserve(array_t *a, size_t n) {
    if (n > SIZE_MAX / 32 - a->len) {
        rt_raise_MemoryError();
    }
    size_t need = a->len + n;
    if (need <= a->alloc) {
        return;
    }
    size_t na = a->alloc * 2;
    if (na < need) {
        na = need;
    }
    if (na < 4) {
        na = 4;
    }
    a->data = gc_realloc(a->data, na * a->itemsize);
    a->alloc = na;
}

static void set_len(array_t *a, size_t n) {
    if (n > a->len) {
        reserve(a, n - a->len);
    }
    a->len = n;
}

// ---------------------------------------------------------------- conversion
static uint64_t load_u64(const uint8_t *b) {
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) {
        v = v << 8 | b[i];
    }
    return v;
}

// The item at p (of typecode tc) as a Python object.
static obj_t load_item(char tc, const uint8_t *p) {
    switch (tc) {
        case 'b': return obj_new_small_int(*(const int8_t *)p);
        case 'B': return obj_new_small_int(*p);
        case 'h': { short v; memcpy(&v, p, sizeof v); return obj_new_small_int(v); }
        case 'H': { unsigned short v; memcpy(&v, p, sizeof v); return obj_new_small_int(v); }
        case 'i': { int v; memcpy(&v, p, sizeof v); return int_from_ll(v); }
        case 'I': { unsigned v; memcpy(&v, p, sizeof v); return int_from_ull(v); }
        case 'l': { long v; memcpy(&v, p, sizeof v); return int_from_ll(v); }
        case 'L': { unsigned long v; memcpy(&v, p, sizeof v); return int_from_ull(v); }
        case 'q': { int64_t v; memcpy(&v, p, sizeof v); return int_from_ll(v); }
        case 'Q': { uint64_t v; memcpy(&v, p, sizeof v); return int_from_ull(v); }
        case 'f': { float v; memcpy(&v, p, sizeof v); return float_new(v); }
        default: { double v; memcpy(&v, p, sizeof v); return float_new(v); }
    }
}

static obj_t get_item(const array_t *a, size_t i) {
    return load_item(a->typecode, a->data + i * a->itemsize);
}

NORETURN static void overflow(char tc, bool low) {
    rt_raise_fmt(&type_OverflowError, "array('%c') item is %s than %s", tc,
                 low ? "less" : "greater", low ? "minimum" : "maximum");
}

// Convert an int object to the integer typecode tc, into out[0..itemsize).
static void store_int(char tc, obj_t o, uint8_t *out) {
    if (obj_is_ptr(o) && (obj_type(o)->flags & TYPE_FLAG_USER)) {
        obj_t sub = ((instance_t *)OBJ_TO_PTR(o))->subobj;
        if (sub != OBJ_NULL && obj_is_instance(o, &type_int)) {
            o = sub;
        }
    }
    bool is_int = obj_is_small_int(o) || o == OBJ_TRUE || o == OBJ_FALSE || obj_is_type_exact(o, &type_int);
    if (!is_int) {
        rt_raise_fmt(&type_TypeError, "'%s' object cannot be interpreted as an integer", rt_type_name(o));
    }
    int64_t sv = 0;
    uint64_t uv = 0;
    bool neg = false, huge = false;   // huge: > INT64_MAX (uv holds it)
    if (obj_is_small_int(o)) {
        sv = obj_small_int_value(o);
    } else if (o == OBJ_TRUE || o == OBJ_FALSE) {
        sv = o == OBJ_TRUE;
    } else {
        long long v;
        if (mpz_to_ll(o, &v)) {
            sv = v;
        } else if (mpz_sign(o) < 0) {
            overflow(tc, true);
        } else {
            uint8_t b[8];
            if (!mpz_to_bytes(o, b, 8, false)) {
                overflow(tc, false);
            }
            uv = load_u64(b);
            huge = true;
        }
    }
    neg = !huge && sv < 0;
    if (!huge) {
        uv = (uint64_t)sv;
    }
    int64_t lo;
    uint64_t hi;
    switch (tc) {
        case 'b': lo = INT8_MIN; hi = INT8_MAX; break;
        case 'B': lo = 0; hi = UINT8_MAX; break;
        case 'h': lo = INT16_MIN; hi = INT16_MAX; break;
        case 'H': lo = 0; hi = UINT16_MAX; break;
        case 'i': lo = INT32_MIN; hi = INT32_MAX; break;
        case 'I': lo = 0; hi = UINT32_MAX; break;
        case 'l': lo = sizeof(long) == 8 ? INT64_MIN : INT32_MIN;
                  hi = sizeof(long) == 8 ? (uint64_t)INT64_MAX : INT32_MAX; break;
        case 'L': lo = 0; hi = sizeof(long) == 8 ? UINT64_MAX : UINT32_MAX; break;
        case 'q': lo = INT64_MIN; hi = INT64_MAX; break;
        default: lo = 0; hi = UINT64_MAX; break;
    }
    if (neg ? sv < lo : uv > hi) {
        overflow(tc, neg);
    }
    switch (tc) {
        case 'b': case 'B': out[0] = (uint8_t)uv; break;
        case 'h': { short v = (short)sv; memcpy(out, &v, sizeof v); break; }
        case 'H': { unsigned short v = (unsigned short)uv; memcpy(out, &v, sizeof v); break; }
        case 'i': { int v = (int)sv; memcpy(out, &v, sizeof v); break; }
        case 'I': { unsigned v = (unsigned)uv; memcpy(out, &v, sizeof v); break; }
        case 'l': { long v = (long)sv; memcpy(out, &v, sizeof v); break; }
        case 'L': { unsigned long v = (unsigned long)uv; memcpy(out, &v, sizeof v); break; }
        case 'q': memcpy(out, &sv, 8); break;
        default: memcpy(out, &uv, 8); break;
    }
}

// Convert o to an item of typecode tc into out (8 bytes of room).
// Raises before anything is written to an array.
static void convert_item(char tc, obj_t o, uint8_t *out) {
    if (is_float_code(tc)) {
        if (rt_is_str(o)) {
            rt_raise_fmt(&type_TypeError, "must be real number, not %s", rt_type_name(o));
        }
        double d = rt_get_float(o);
        if (tc == 'f') {
            float f = (float)d;
            memcpy(out, &f, sizeof f);
        } else {
            memcpy(out, &d, sizeof d);
        }
        return;
    }
    store_int(tc, o, out);
}

// ---------------------------------------------------------------- filling
static void append_obj(array_t *a, obj_t o) {
    uint8_t tmp[8];
    convert_item(a->typecode, o, tmp);
    reserve(a, 1);
    memcpy(a->data + a->len * a->itemsize, tmp, a->itemsize);
    a->len++;
}

static void append_bytes(array_t *a, const void *src, size_t nbytes) {
    if (nbytes % a->itemsize != 0) {
        rt_raise_ValueError("bytes length not a multiple of item size");
    }
    size_t n = nbytes / a->itemsize;
    if (n == 0) {
        return;
    }
    // src may be a's own data (a.frombytes(a)): copy it before growing
    uint8_t *copy = gc_alloc_noscan(nbytes);
    memcpy(copy, src, nbytes);
    reserve(a, n);
    memcpy(a->data + a->len * a->itemsize, copy, nbytes);
    a->len += n;
}

// Bytes of a bytes-like object (not str, not array), or NULL.
static const void *bytes_like(obj_t o, size_t *len) {
    if (rt_is_str(o) || is_array(o)) {
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

// extend(): an array of the same typecode, or any iterable of numbers.
static void extend(array_t *a, obj_t src) {
    if (is_array(src)) {
        array_t *b = as_array(src);
        if (b->typecode != a->typecode) {
            rt_raise_TypeError("can only extend with array of same kind");
        }
        append_bytes(a, b->data, b->len * b->itemsize);
        return;
    }
    obj_t it = rt_getiter(src, NULL);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_STOP) {
        append_obj(a, x);
    }
}

// ---------------------------------------------------------------- construction
static obj_t array_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 1, 2, n_kw, false);
    size_t tl;
    const char *ts = rt_is_str(args[0]) ? rt_str_data(args[0], &tl) : NULL;
    if (ts == NULL || tl != 1) {
        rt_raise_fmt(&type_TypeError, "array() argument 1 must be a unicode character, not %s",
                     ts == NULL ? rt_type_name(args[0]) : "str");
    }
    char tc = ts[0];
    if (tc == 0 || strchr(typecodes, tc) == NULL) {
        rt_raise_ValueError("bad typecode (must be b, B, h, H, i, I, l, L, q, Q, f or d)");
    }
    array_t *a = array_alloc(tc, 0);
    if (n_args == 2) {
        obj_t init = args[1];
        if (rt_is_str(init)) {
            rt_raise_fmt(&type_TypeError, "cannot use a str to initialize an array with typecode '%c'", tc);
        }
        size_t bl;
        const void *bd = bytes_like(init, &bl);
        if (bd != NULL && (obj_is_type_exact(init, &type_bytes) || obj_is_type_exact(init, &type_bytearray))) {
            append_bytes(a, bd, bl);
        } else if (is_array(init) && as_array(init)->typecode != tc) {
            // values converted one by one (array('d', array('i', ...)))
            array_t *b = as_array(init);
            for (size_t i = 0; i < b->len; i++) {
                append_obj(a, get_item(b, i));
            }
        } else {
            extend(a, init);
        }
    }
    return OBJ_FROM_PTR(a);
}

// ---------------------------------------------------------------- printing
static void array_print(const printer_t *p, obj_t self, print_kind_t kind) {
    array_t *a = as_array(self);
    print_fmt(p, "array('%c'", a->typecode);
    if (a->len) {
        print_str(p, ", [");
        for (size_t i = 0; i < a->len; i++) {
            if (i) {
                print_str(p, ", ");
            }
            rt_print(p, get_item(a, i), PRINT_REPR);
        }
        print_str(p, "]");
    }
    print_str(p, ")");
}

// ---------------------------------------------------------------- operators
static obj_t array_unary_op(unary_op_t op, obj_t self) {
    array_t *a = as_array(self);
    switch (op) {
        case UNARY_OP_BOOL: return obj_bool(a->len != 0);
        case UNARY_OP_LEN: return obj_new_small_int((intptr_t)a->len);
        case UNARY_OP_HASH: rt_raise_TypeError("unhashable type: 'array.array'");
        default: return OBJ_NULL;
    }
}

static obj_t repeat(array_t *a, obj_t count_obj) {
    intptr_t c;
    if (!rt_get_int_maybe(count_obj, &c)) {
        return OBJ_NULL;
    }
    size_t count = c < 0 ? 0 : (size_t)c;
    size_t nb = a->len * a->itemsize;
    if (nb && count > SIZE_MAX / 32 / nb) {
        rt_raise_MemoryError();
    }
    array_t *r = array_alloc(a->typecode, a->len * count);
    for (size_t i = 0; i < count; i++) {
        memcpy(r->data + i * nb, a->data, nb);
    }
    return OBJ_FROM_PTR(r);
}

// Comparison of two arrays item by item (values, so typecodes may differ).
static obj_t compare(binary_op_t op, array_t *a, array_t *b) {
    if ((op == BINARY_OP_EQUAL || op == BINARY_OP_NOT_EQUAL) && a->len != b->len) {
        return obj_bool(op == BINARY_OP_NOT_EQUAL);
    }
    if (a->typecode == b->typecode && !is_float_code(a->typecode) &&
        (op == BINARY_OP_EQUAL || op == BINARY_OP_NOT_EQUAL)) {
        bool eq = memcmp(a->data, b->data, a->len * a->itemsize) == 0;
        return obj_bool(eq == (op == BINARY_OP_EQUAL));
    }
    size_t n = a->len < b->len ? a->len : b->len;
    for (size_t i = 0; i < n && i < a->len && i < b->len; i++) {
        obj_t x = get_item(a, i), y = get_item(b, i);
        if (!rt_equal(x, y)) {
            if (op == BINARY_OP_EQUAL || op == BINARY_OP_NOT_EQUAL) {
                return obj_bool(op == BINARY_OP_NOT_EQUAL);
            }
            return rt_binary_op(op, x, y);
        }
    }
    size_t la = a->len, lb = b->len;
    switch (op) {
        case BINARY_OP_EQUAL: return obj_bool(la == lb);
        case BINARY_OP_NOT_EQUAL: return obj_bool(la != lb);
        case BINARY_OP_LESS: return obj_bool(la < lb);
        case BINARY_OP_LESS_EQUAL: return obj_bool(la <= lb);
        case BINARY_OP_MORE: return obj_bool(la > lb);
        default: return obj_bool(la >= lb);
    }
}

static obj_t array_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    array_t *a = as_array(lhs);
    switch (op) {
        case BINARY_OP_ADD:
        case BINARY_OP_INPLACE_ADD: {
            if (!is_array(rhs)) {
                return OBJ_NULL;   // the runtime tries rhs.__radd__, then raises TypeError
            }
            array_t *b = as_array(rhs);
            if (b->typecode != a->typecode) {
                rt_raise_TypeError("bad argument type for built-in operation");
            }
            if (op == BINARY_OP_INPLACE_ADD) {
                append_bytes(a, b->data, b->len * b->itemsize);
                return lhs;
            }
            array_t *r = array_alloc(a->typecode, a->len + b->len);
            memcpy(r->data, a->data, a->len * a->itemsize);
            memcpy(r->data + a->len * a->itemsize, b->data, b->len * b->itemsize);
            return OBJ_FROM_PTR(r);
        }
        case BINARY_OP_MULTIPLY:
        case BINARY_OP_REVERSE_MULTIPLY:
            return repeat(a, rhs);
        case BINARY_OP_INPLACE_MULTIPLY: {
            obj_t r = repeat(a, rhs);
            if (r == OBJ_NULL) {
                return OBJ_NULL;
            }
            array_t *ra = as_array(r);
            a->data = ra->data;
            a->alloc = ra->alloc;
            a->len = ra->len;
            return lhs;
        }
        case BINARY_OP_IN:
            for (size_t i = 0; i < a->len; i++) {
                if (rt_equal(get_item(a, i), rhs)) {
                    return OBJ_TRUE;
                }
            }
            return OBJ_FALSE;
        case BINARY_OP_EQUAL:
        case BINARY_OP_NOT_EQUAL:
        case BINARY_OP_LESS:
        case BINARY_OP_LESS_EQUAL:
        case BINARY_OP_MORE:
        case BINARY_OP_MORE_EQUAL:
            if (!is_array(rhs)) {
                return OBJ_NULL;
            }
            return compare(op, a, as_array(rhs));
        default:
            return OBJ_NULL;
    }
}

// ---------------------------------------------------------------- subscript
static size_t get_index(array_t *a, obj_t index) {
    intptr_t i;
    if (!rt_get_int_maybe(index, &i)) {
        rt_raise_TypeError("array indices must be integers");
    }
    if (i < 0) {
        i += (intptr_t)a->len;
    }
    if (i < 0 || (size_t)i >= a->len) {
        rt_raise_IndexError("array index out of range");
    }
    return (size_t)i;
}

// Number of positions a normalised slice walks.
static size_t slice_count(intptr_t start, intptr_t stop, intptr_t step) {
    if (step > 0) {
        return stop > start ? (size_t)((stop - start - 1) / step + 1) : 0;
    }
    return start > stop ? (size_t)((start - stop - 1) / -step + 1) : 0;
}

static obj_t get_slice(array_t *a, obj_t slice) {
    intptr_t start, stop, step;
    slice_indices(slice, a->len, &start, &stop, &step);
    size_t n = slice_count(start, stop, step);
    array_t *r = array_alloc(a->typecode, n);
    size_t sz = a->itemsize;
    if (step == 1) {
        memcpy(r->data, a->data + (size_t)start * sz, n * sz);
    } else {
        for (size_t k = 0; k < n; k++) {
            memcpy(r->data + k * sz, a->data + (size_t)(start + (intptr_t)k * step) * sz, sz);
        }
    }
    return OBJ_FROM_PTR(r);
}

static void del_slice(array_t *a, obj_t slice) {
    intptr_t start, stop, step;
    slice_indices(slice, a->len, &start, &stop, &step);
    size_t n = slice_count(start, stop, step);
    if (n == 0) {
        return;
    }
    if (step < 0) {
        // the same positions walked forwards
        start = start + (intptr_t)(n - 1) * step;
        step = -step;
    }
    size_t sz = a->itemsize;
    size_t first = (size_t)start, last = first + (n - 1) * (size_t)step;
    size_t w = first;
    for (size_t r = first; r < a->len; r++) {
        if (r <= last && (r - first) % (size_t)step == 0) {
            continue;
        }
        memmove(a->data + w * sz, a->data + r * sz, sz);
        w++;
    }
    a->len = w;
}

// a[slice] = value (value: an array of the same typecode, or for 'b'/'B'
// arrays any bytes-like object).
static void set_slice(array_t *a, obj_t slice, obj_t value) {
    const void *src;
    size_t nbytes;
    if (is_array(value)) {
        array_t *b = as_array(value);
        if (b->typecode != a->typecode) {
            rt_raise_TypeError("bad argument type for built-in operation");
        }
        src = b->data;
        nbytes = b->len * b->itemsize;
    } else if (a->itemsize == 1 && !is_float_code(a->typecode) && (src = bytes_like(value, &nbytes)) != NULL) {
        // MicroPython allows bytes-like sources for byte arrays
    } else {
        rt_raise_fmt(&type_TypeError, "can only assign array (not \"%s\") to array slice", rt_type_name(value));
    }
    size_t sz = a->itemsize;
    size_t n = nbytes / sz;
    uint8_t *copy = gc_alloc_noscan(nbytes ? nbytes : 1);   // value may be a itself
    memcpy(copy, src, nbytes);
    intptr_t start, stop, step;
    slice_indices(slice, a->len, &start, &stop, &step);
    if (step == 1) {
        if (stop < start) {
            stop = start;
        }
        size_t old = a->len;
        size_t tail = old - (size_t)stop;
        size_t nl = (size_t)start + n + tail;
        if (nl > old) {
            set_len(a, nl);
        }
        memmove(a->data + ((size_t)start + n) * sz, a->data + (size_t)stop * sz, tail * sz);
        memcpy(a->data + (size_t)start * sz, copy, n * sz);
        a->len = nl;
        return;
    }
    size_t count = slice_count(start, stop, step);
    if (n == 0 && count != 0) {
        del_slice(a, slice);
        return;
    }
    if (count != n) {
        rt_raise_fmt(&type_ValueError, "attempt to assign array of size %u to extended slice of size %u",
                     (unsigned)n, (unsigned)count);
    }
    for (size_t k = 0; k < n; k++) {
        memcpy(a->data + (size_t)(start + (intptr_t)k * step) * sz, copy + k * sz, sz);
    }
}

static obj_t array_subscr(obj_t self, obj_t index, obj_t value) {
    array_t *a = as_array(self);
    bool is_slice = obj_is_type_exact(index, &type_slice);
    if (value == OBJ_SENTINEL) {
        if (is_slice) {
            return get_slice(a, index);
        }
        return get_item(a, get_index(a, index));
    }
    if (value == OBJ_NULL) {
        if (is_slice) {
            del_slice(a, index);
        } else {
            size_t i = get_index(a, index);
            memmove(a->data + i * a->itemsize, a->data + (i + 1) * a->itemsize, (a->len - i - 1) * a->itemsize);
            a->len--;
        }
        return OBJ_NONE;
    }
    if (is_slice) {
        set_slice(a, index, value);
        return OBJ_NONE;
    }
    uint8_t tmp[8];
    get_index(a, index);   // the index error comes before the value's
    convert_item(a->typecode, value, tmp);
    size_t i = get_index(a, index);
    memcpy(a->data + i * a->itemsize, tmp, a->itemsize);
    return OBJ_NONE;
}

// ---------------------------------------------------------------- iteration
static obj_t array_it_next(obj_t self) {
    iter_buf_t *it = OBJ_TO_PTR(self);
    array_t *a = as_array(it->state[0]);
    size_t i = (size_t)obj_small_int_value(it->state[1]);
    if (i >= a->len) {
        return OBJ_STOP;
    }
    it->state[1] = obj_new_small_int((intptr_t)i + 1);
    return get_item(a, i);
}

static obj_t iter_self(obj_t self, iter_buf_t *buf) {
    return self;
}

static const type_t type_array_iterator = {
    {&type_type},
    .name = N_arrayiterator,
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .getiter = iter_self,
    .iternext = array_it_next,
};

static obj_t array_getiter(obj_t self, iter_buf_t *buf) {
    iter_buf_t *it = buf ? buf : gc_alloc(sizeof(iter_buf_t));
    it->base.type = &type_array_iterator;
    it->state[0] = self;
    it->state[1] = obj_new_small_int(0);
    it->state[2] = OBJ_NULL;
    return OBJ_FROM_PTR(it);
}

static int array_buffer(obj_t self, buffer_info_t *info, int flags) {
    array_t *a = as_array(self);
    info->buf = a->data;
    info->len = a->len * a->itemsize;
    info->typecode = a->typecode;
    return 0;
}

// ---------------------------------------------------------------- attributes
static void array_attr(obj_t self, name_t attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;
    }
    array_t *a = as_array(self);
    if (attr == N_typecode) {
        dest[0] = str_new(&a->typecode, 1);
    } else if (attr == N_itemsize) {
        dest[0] = obj_new_small_int(a->itemsize);
    }
}

// ---------------------------------------------------------------- methods
static array_t *self_array(obj_t self) {
    if (!is_array(self)) {
        rt_raise_fmt(&type_TypeError, "descriptor requires an 'array.array' object but received a '%s'",
                     rt_type_name(self));
    }
    return as_array(self);
}

static obj_t array_append(obj_t self, obj_t x) {
    append_obj(self_array(self), x);
    return OBJ_NONE;
}
static FUN_OBJ_2(array_append_obj, array_append);

static obj_t array_extend(obj_t self, obj_t src) {
    extend(self_array(self), src);
    return OBJ_NONE;
}
static FUN_OBJ_2(array_extend_obj, array_extend);

static obj_t array_insert(obj_t self, obj_t index, obj_t x) {
    array_t *a = self_array(self);
    intptr_t i = rt_get_int(index);
    uint8_t tmp[8];
    convert_item(a->typecode, x, tmp);
    if (i < 0) {
        i += (intptr_t)a->len;
        if (i < 0) {
            i = 0;
        }
    }
    if ((size_t)i > a->len) {
        i = (intptr_t)a->len;
    }
    reserve(a, 1);
    size_t sz = a->itemsize;
    memmove(a->data + ((size_t)i + 1) * sz, a->data + (size_t)i * sz, (a->len - (size_t)i) * sz);
    memcpy(a->data + (size_t)i * sz, tmp, sz);
    a->len++;
    return OBJ_NONE;
}
static FUN_OBJ_3(array_insert_obj, array_insert);

static void remove_at(array_t *a, size_t i) {
    size_t sz = a->itemsize;
    memmove(a->data + i * sz, a->data + (i + 1) * sz, (a->len - i - 1) * sz);
    a->len--;
}

static obj_t array_pop(size_t n_args, const obj_t *args) {
    array_t *a = self_array(args[0]);
    intptr_t i = n_args > 1 ? rt_get_int(args[1]) : -1;
    if (a->len == 0) {
        rt_raise_IndexError("pop from empty array");
    }
    if (i < 0) {
        i += (intptr_t)a->len;
    }
    if (i < 0 || (size_t)i >= a->len) {
        rt_raise_IndexError("pop index out of range");
    }
    obj_t v = get_item(a, (size_t)i);
    remove_at(a, (size_t)i);
    return v;
}
static FUN_OBJ_VAR(array_pop_obj, 1, 2, array_pop);

// Position of x in a[start..stop) or -1.
static intptr_t find(array_t *a, obj_t x, size_t start, size_t stop) {
    for (size_t i = start; i < stop && i < a->len; i++) {
        if (rt_equal(get_item(a, i), x)) {
            return (intptr_t)i;
        }
    }
    return -1;
}

static obj_t array_remove(obj_t self, obj_t x) {
    array_t *a = self_array(self);
    intptr_t i = find(a, x, 0, a->len);
    if (i < 0) {
        rt_raise_ValueError("array.remove(x): x not in array");
    }
    remove_at(a, (size_t)i);
    return OBJ_NONE;
}
static FUN_OBJ_2(array_remove_obj, array_remove);

static size_t index_bound(size_t len, obj_t o) {
    intptr_t i = rt_get_int(o);
    if (i < 0) {
        i += (intptr_t)len;
        if (i < 0) {
            i = 0;
        }
    }
    return (size_t)i > len ? len : (size_t)i;
}

static obj_t array_index(size_t n_args, const obj_t *args) {
    array_t *a = self_array(args[0]);
    size_t start = n_args > 2 ? index_bound(a->len, args[2]) : 0;
    size_t stop = n_args > 3 ? index_bound(a->len, args[3]) : a->len;
    intptr_t i = find(a, args[1], start, stop);
    if (i < 0) {
        rt_raise_ValueError("array.index(x): x not in array");
    }
    return obj_new_small_int(i);
}
static FUN_OBJ_VAR(array_index_obj, 2, 4, array_index);

static obj_t array_count(obj_t self, obj_t x) {
    array_t *a = self_array(self);
    intptr_t n = 0;
    for (size_t i = 0; i < a->len; i++) {
        n += rt_equal(get_item(a, i), x);
    }
    return obj_new_small_int(n);
}
static FUN_OBJ_2(array_count_obj, array_count);

static void swap_items(uint8_t *p, uint8_t *q, size_t sz) {
    for (size_t k = 0; k < sz; k++) {
        uint8_t t = p[k];
        p[k] = q[k];
        q[k] = t;
    }
}

static obj_t array_reverse(obj_t self) {
    array_t *a = self_array(self);
    size_t sz = a->itemsize;
    for (size_t i = 0, j = a->len; i + 1 < j; i++, j--) {
        swap_items(a->data + i * sz, a->data + (j - 1) * sz, sz);
    }
    return OBJ_NONE;
}
static FUN_OBJ_1(array_reverse_obj, array_reverse);

static obj_t array_byteswap(obj_t self) {
    array_t *a = self_array(self);
    size_t sz = a->itemsize;
    for (size_t i = 0; i < a->len; i++) {
        uint8_t *p = a->data + i * sz;
        for (size_t k = 0; k < sz / 2; k++) {
            uint8_t t = p[k];
            p[k] = p[sz - 1 - k];
            p[sz - 1 - k] = t;
        }
    }
    return OBJ_NONE;
}
static FUN_OBJ_1(array_byteswap_obj, array_byteswap);

static obj_t array_tobytes(obj_t self) {
    array_t *a = self_array(self);
    return bytes_new((const char *)a->data, a->len * a->itemsize);
}
static FUN_OBJ_1(array_tobytes_obj, array_tobytes);

static obj_t array_frombytes(obj_t self, obj_t src) {
    array_t *a = self_array(self);
    size_t len = 0;
    const void *d = NULL;
    if (is_array(src)) {
        // as CPython: only buffers of single bytes
        array_t *b = as_array(src);
        if (b->itemsize == 1) {
            d = b->data;
            len = b->len;
        }
    } else {
        d = bytes_like(src, &len);
    }
    if (d == NULL) {
        rt_raise_fmt(&type_TypeError, "a bytes-like object is required, not '%s'", rt_type_name(src));
    }
    append_bytes(a, d, len);
    return OBJ_NONE;
}
static FUN_OBJ_2(array_frombytes_obj, array_frombytes);

static obj_t array_tolist(obj_t self) {
    array_t *a = self_array(self);
    obj_t l = list_new(a->len, NULL);
    list_t *lp = OBJ_TO_PTR(l);
    for (size_t i = 0; i < a->len && i < lp->len; i++) {
        lp->items[i] = get_item(a, i);
    }
    return l;
}
static FUN_OBJ_1(array_tolist_obj, array_tolist);

// fromlist is atomic: every item is converted before any is added.
static obj_t array_fromlist(obj_t self, obj_t src) {
    array_t *a = self_array(self);
    if (!obj_is_type_exact(src, &type_list)) {
        rt_raise_TypeError("arg must be list");
    }
    list_t *l = OBJ_TO_PTR(src);
    size_t n = l->len, sz = a->itemsize;
    uint8_t *tmp = gc_alloc_noscan(n ? n * sz : 1);
    size_t done = 0;
    for (; done < n && done < l->len; done++) {
        uint8_t item[8];
        convert_item(a->typecode, l->items[done], item);
        memcpy(tmp + done * sz, item, sz);
    }
    reserve(a, done);
    memcpy(a->data + a->len * sz, tmp, done * sz);
    a->len += done;
    return OBJ_NONE;
}
static FUN_OBJ_2(array_fromlist_obj, array_fromlist);

static obj_t array_buffer_info(obj_t self) {
    array_t *a = self_array(self);
    obj_t items[2] = {int_from_ull((uintptr_t)a->data), obj_new_small_int((intptr_t)a->len)};
    return tuple_new(2, items);
}
static FUN_OBJ_1(array_buffer_info_obj, array_buffer_info);

// ---------------------------------------------------------------- type and module
static const map_elem_t array_locals_table[] = {
    MAP_ENTRY(N_append, &array_append_obj),
    MAP_ENTRY(N_extend, &array_extend_obj),
    MAP_ENTRY(N_insert, &array_insert_obj),
    MAP_ENTRY(N_pop, &array_pop_obj),
    MAP_ENTRY(N_remove, &array_remove_obj),
    MAP_ENTRY(N_index, &array_index_obj),
    MAP_ENTRY(N_count, &array_count_obj),
    MAP_ENTRY(N_reverse, &array_reverse_obj),
    MAP_ENTRY(N_byteswap, &array_byteswap_obj),
    MAP_ENTRY(N_tobytes, &array_tobytes_obj),
    MAP_ENTRY(N_frombytes, &array_frombytes_obj),
    MAP_ENTRY(N_tolist, &array_tolist_obj),
    MAP_ENTRY(N_fromlist, &array_fromlist_obj),
    MAP_ENTRY(N_buffer_info, &array_buffer_info_obj),
};
static MAP_ROM(array_locals, array_locals_table);

const type_t type_array = {
    {&type_type},
    .name = N_array,
    .flags = TYPE_FLAG_BASETYPE,
    .make_new = array_make_new,
    .print = array_print,
    .unary_op = array_unary_op,
    .binary_op = array_binary_op,
    .attr = array_attr,
    .subscr = array_subscr,
    .getiter = array_getiter,
    .buffer = array_buffer,
    .locals = &array_locals,
};

static const map_elem_t array_module_table[] = {
    {OBJ_NAME(N___name__), OBJ_NAME(N_array)},
    MAP_ENTRY(N_array, &type_array),
};
static MAP_ROM(array_module_globals, array_module_table);
static MODULE_ROM(array_module, array_module_globals);

void mod_array_init(void) {
    rt_register_module(OBJ_FROM_PTR(&array_module));
}
