// core/memoryview.c — the memoryview type: a window onto the memory of any
// object with the buffer protocol (bytes, bytearray, array, another view).
// Slicing makes a new view of the same memory (never a copy); items are read
// and written with the view's struct format (host C sizes, as array).
//
// Invariants: a view keeps the exporting object (never a raw pointer), a byte
// offset and an item count; the memory is fetched again from the exporter at
// every access (a bytearray may have moved or shrunk meanwhile: an access
// beyond the exporter's current length raises instead of touching memory).
// A view of a view refers to the first exporter directly. Slices with a
// step make strided views (item i at start + i * stride bytes, stride may be
// negative); those are not exported through the buffer protocol (CPython
// needs contiguous buffers there too) but index, iterate, compare and copy.
#include <string.h>
#include "core/runtime.h"
#include "core/types.h"
#include "core/gc.h"
#include "core/mpz.h"

typedef struct {
    obj_base_t base;
    obj_t obj;          // the exporter
    size_t start;       // byte offset of item 0 in the exporter's buffer
    size_t len;         // items
    intptr_t stride;    // bytes from one item to the next (itemsize when contiguous)
    char typecode;      // struct format of one item
    uint8_t itemsize;
    bool readonly;
    bool released;
} memoryview_t;

extern const type_t type_memoryview;
static const type_t type_memory_iterator;

static size_t itemsize_of(int tc) {
    switch (tc) {
        case 'b': case 'B': case 'c': return 1;
        case 'h': case 'H': return sizeof(short);
        case 'i': case 'I': return sizeof(int);
        case 'l': case 'L': return sizeof(long);
        case 'q': case 'Q': return 8;
        case 'f': return sizeof(float);
        case 'd': return sizeof(double);
        default: return 0;
    }
}

static memoryview_t *as_mv(obj_t o) {
    memoryview_t *m = OBJ_TO_PTR(o);
    if (m->released) {
        rt_raise_ValueError("operation forbidden on released memoryview object");
    }
    return m;
}

// Item 0 of the view (checked against the exporter's current size: every
// item lies inside it); item i is at the result + i * stride.
static uint8_t *view_data(memoryview_t *m, bool write) {
    buffer_info_t info;
    const type_t *t = obj_type(m->obj);
    if (t->buffer == NULL || t->buffer(m->obj, &info, write ? BUFFER_WRITE : BUFFER_READ) != 0) {
        rt_raise_TypeError("cannot modify read-only memory");
    }
    if (m->len > 0) {
        intptr_t first = (intptr_t)m->start, last = first + (intptr_t)(m->len - 1) * m->stride;
        intptr_t lo = first < last ? first : last, hi = (first < last ? last : first) + m->itemsize;
        if (lo < 0 || (size_t)hi > info.len) {
            rt_raise_msg(&type_IndexError, "memoryview: underlying buffer is smaller than the view");
        }
    }
    return (uint8_t *)info.buf + m->start;
}

static bool contiguous(memoryview_t *m) {
    return m->stride == m->itemsize || m->len <= 1;
}

static obj_t new_view(obj_t obj, size_t start, size_t len, int tc, bool readonly) {
    memoryview_t *m = gc_alloc(sizeof(memoryview_t));
    m->base.type = &type_memoryview;
    m->obj = obj;
    m->start = start;
    m->len = len;
    m->typecode = (char)tc;
    m->itemsize = (uint8_t)itemsize_of(tc);
    m->stride = m->itemsize;
    m->readonly = readonly;
    return OBJ_FROM_PTR(m);
}

// ---------------------------------------------------------------- items
static obj_t load_item(int tc, const uint8_t *p) {
    switch (tc) {
        case 'b': return obj_new_small_int(*(const int8_t *)p);
        case 'B': return obj_new_small_int(*p);
        case 'c': return bytes_new((const char *)p, 1);
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

// Convert v for format tc into out[0..itemsize) (may run Python code).
static void pack_item(int tc, obj_t v, uint8_t *out) {
    if (tc == 'f' || tc == 'd') {
        const type_t *t = obj_type(v);
        if (!(obj_is_small_int(v) || t == &type_int || t == &type_float || t == &type_bool)) {
            rt_raise_fmt(&type_TypeError, "memoryview: invalid type for format '%c'", tc);
        }
        double d = rt_get_float(v);
        if (tc == 'f') {
            float f = (float)d;
            memcpy(out, &f, sizeof f);
        } else {
            memcpy(out, &d, sizeof d);
        }
        return;
    }
    if (tc == 'c') {
        if (!obj_is_type_exact(v, &type_bytes) || ((str_t *)OBJ_TO_PTR(v))->len != 1) {
            rt_raise_fmt(&type_ValueError, "memoryview: invalid value for format '%c'", tc);
        }
        out[0] = (uint8_t)((str_t *)OBJ_TO_PTR(v))->data[0];
        return;
    }
    const type_t *t = obj_type(v);
    if (!(obj_is_small_int(v) || t == &type_int || t == &type_bool)) {
        rt_raise_fmt(&type_TypeError, "memoryview: invalid type for format '%c'", tc);
    }
    long long x;
    bool is_unsigned = tc == 'B' || tc == 'H' || tc == 'I' || tc == 'L' || tc == 'Q';
    bool ok = int_to_ll(v, &x);
    size_t size = itemsize_of(tc);
    if (!ok && is_unsigned && size == 8) {
        // 2**63 .. 2**64-1: only the unsigned 64-bit formats take them
        uint8_t le[8];
        if (!mpz_to_bytes(v, le, 8, false)) {
            rt_raise_fmt(&type_ValueError, "memoryview: invalid value for format '%c'", tc);
        }
        uint64_t u = 0;
        for (int i = 7; i >= 0; i--) {
            u = u << 8 | le[i];
        }
        memcpy(out, &u, 8);
        return;
    }
    if (ok && size < 8) {
        long long lo = is_unsigned ? 0 : -(1LL << (size * 8 - 1));
        long long hi = is_unsigned ? (1LL << (size * 8)) - 1 : (1LL << (size * 8 - 1)) - 1;
        ok = x >= lo && x <= hi;
    } else if (ok && is_unsigned) {
        ok = x >= 0;
    }
    if (!ok) {
        rt_raise_fmt(&type_ValueError, "memoryview: invalid value for format '%c'", tc);
    }
    switch (size) {   // host byte order, as a C store of that type
        case 1: { int8_t b = (int8_t)x; memcpy(out, &b, 1); break; }
        case 2: { int16_t h = (int16_t)x; memcpy(out, &h, 2); break; }
        case 4: { int32_t w = (int32_t)x; memcpy(out, &w, 4); break; }
        default: { int64_t q = (int64_t)x; memcpy(out, &q, 8); break; }
    }
}

// ---------------------------------------------------------------- construction
static obj_t memoryview_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 1, 1, n_kw, false);
    obj_t o = args[0];
    if (obj_is_type_exact(o, &type_memoryview)) {
        memoryview_t *src = as_mv(o);
        obj_t v = new_view(src->obj, src->start, src->len, src->typecode, src->readonly);
        ((memoryview_t *)OBJ_TO_PTR(v))->stride = src->stride;
        return v;
    }
    const type_t *t = obj_type(o);
    buffer_info_t info;
    if (rt_is_str(o) || t->buffer == NULL || t->buffer(o, &info, BUFFER_READ) != 0) {
        rt_raise_fmt(&type_TypeError, "memoryview: a bytes-like object is required, not '%s'", rt_type_name(o));
    }
    int tc = info.typecode;
    size_t size = itemsize_of(tc);
    if (size == 0) {
        tc = 'B';
        size = 1;
    }
    buffer_info_t winfo;
    bool readonly = t->buffer(o, &winfo, BUFFER_WRITE) != 0;
    return new_view(o, 0, info.len / size, tc, readonly);
}

// ---------------------------------------------------------------- protocols
static void memoryview_print(const printer_t *p, obj_t self, print_kind_t kind) {
    memoryview_t *m = OBJ_TO_PTR(self);
    print_fmt(p, m->released ? "<released memory at %p>" : "<memory at %p>", self);
}

static obj_t to_bytes(memoryview_t *m) {
    uint8_t *d = view_data(m, false);
    if (contiguous(m)) {
        return bytes_new((const char *)d, m->len * m->itemsize);
    }
    vstr_t v;
    vstr_init(&v, m->len * m->itemsize);
    for (size_t i = 0; i < m->len; i++) {
        vstr_add_strn(&v, (const char *)d + (intptr_t)i * m->stride, m->itemsize);
    }
    return bytes_from_vstr(&v);
}

static bool is_byte_format(int tc) {
    return tc == 'B' || tc == 'b' || tc == 'c';
}

// Compare the view with any buffer exporter (items compared by value).
static obj_t view_equal(memoryview_t *m, obj_t other) {
    buffer_info_t info;
    const type_t *t = obj_type(other);
    int otc;
    size_t olen, osize;
    const uint8_t *od;
    memoryview_t *om = NULL;
    if (t == &type_memoryview) {
        om = as_mv(other);
        otc = om->typecode;
        olen = om->len;
        osize = om->itemsize;
        od = NULL;
    } else {
        if (rt_is_str(other) || t->buffer == NULL || t->buffer(other, &info, BUFFER_READ) != 0) {
            return OBJ_NULL;
        }
        otc = itemsize_of(info.typecode) ? info.typecode : 'B';
        osize = itemsize_of(otc);
        olen = info.len / osize;
        od = NULL;
    }
    if (olen != m->len) {
        return OBJ_FALSE;
    }
    if (otc == m->typecode && contiguous(m) && (om == NULL || contiguous(om))) {
        const uint8_t *a = view_data(m, false);
        od = om ? view_data(om, false) : info.buf;   // no Python code ran since the fetch
        return obj_bool(memcmp(a, od, m->len * m->itemsize) == 0);
    }
    for (size_t i = 0; i < m->len; i++) {
        obj_t x = load_item(m->typecode, view_data(m, false) + (intptr_t)i * m->stride);
        const uint8_t *p;
        if (om) {
            p = view_data(om, false) + (intptr_t)i * om->stride - (intptr_t)i * osize;
        } else {
            if (t->buffer(other, &info, BUFFER_READ) != 0 || info.len < olen * osize) {
                return OBJ_FALSE;
            }
            p = info.buf;
        }
        obj_t y = load_item(otc, p + i * osize);
        if (!rt_equal(x, y)) {
            return OBJ_FALSE;
        }
    }
    return OBJ_TRUE;
}

static obj_t memoryview_unary_op(unary_op_t op, obj_t self) {
    memoryview_t *m = OBJ_TO_PTR(self);
    switch (op) {
        case UNARY_OP_LEN:
            return obj_new_small_int((intptr_t)as_mv(self)->len);
        case UNARY_OP_BOOL:
            return obj_bool(as_mv(self)->len != 0);
        case UNARY_OP_HASH:
            if (!m->readonly) {
                rt_raise_ValueError("cannot hash writable memoryview object");
            }
            if (!is_byte_format(as_mv(self)->typecode)) {
                rt_raise_ValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            }
        {
            obj_t b = to_bytes(m);
            return type_bytes.unary_op(UNARY_OP_HASH, b);
        }
        default:
            return OBJ_NULL;
    }
}

static obj_t memoryview_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    if (op == BINARY_OP_EQUAL || op == BINARY_OP_NOT_EQUAL) {
        memoryview_t *m = OBJ_TO_PTR(lhs);
        if (m->released) {
            return obj_bool((lhs == rhs) == (op == BINARY_OP_EQUAL));
        }
        obj_t r = view_equal(m, rhs);
        if (r == OBJ_NULL) {
            return OBJ_NULL;
        }
        return op == BINARY_OP_EQUAL ? r : obj_bool(r == OBJ_FALSE);
    }
    return OBJ_NULL;
}

static obj_t memoryview_subscr(obj_t self, obj_t index, obj_t value) {
    memoryview_t *m = as_mv(self);
    if (value == OBJ_NULL) {
        rt_raise_TypeError("cannot delete memory");
    }
    if (value != OBJ_SENTINEL && m->readonly) {
        rt_raise_TypeError("cannot modify read-only memory");
    }
    if (obj_is_type_exact(index, &type_slice)) {
        intptr_t start, stop, step;
        slice_indices(index, m->len, &start, &stop, &step);
        size_t count = 0;
        if (step > 0 && stop > start) {
            count = (size_t)((stop - start + step - 1) / step);
        } else if (step < 0 && stop < start) {
            count = (size_t)((start - stop - step - 1) / -step);
        }
        if (value == OBJ_SENTINEL || step != 1 || !contiguous(m)) {
            obj_t v = new_view(m->obj, count ? (size_t)((intptr_t)m->start + start * m->stride) : m->start,
                               count, m->typecode, m->readonly);
            memoryview_t *nv = OBJ_TO_PTR(v);
            nv->stride = m->stride * step;
            if (value == OBJ_SENTINEL) {
                return v;
            }
            // assignment to a strided slice: item by item from a same-format source
            obj_t src = rt_call1(OBJ_FROM_PTR(&type_memoryview), value);
            memoryview_t *sm = as_mv(src);
            if (sm->len != count || (sm->typecode != nv->typecode &&
                                     !(is_byte_format(sm->typecode) && is_byte_format(nv->typecode)))) {
                rt_raise_ValueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            obj_t copy = to_bytes(sm);   // the source may overlap the target
            const uint8_t *cp = (const uint8_t *)((str_t *)OBJ_TO_PTR(copy))->data;
            uint8_t *d = view_data(nv, true);
            for (size_t i = 0; i < count; i++) {
                memcpy(d + (intptr_t)i * nv->stride, cp + i * nv->itemsize, nv->itemsize);
            }
            return OBJ_NONE;
        }
        // slice assignment: same number of items of the same format
        const type_t *vt = obj_type(value);
        buffer_info_t info;
        if (rt_is_str(value) || vt->buffer == NULL || vt->buffer(value, &info, BUFFER_READ) != 0) {
            rt_raise_fmt(&type_TypeError, "a bytes-like object is required, not '%s'", rt_type_name(value));
        }
        int vtc = itemsize_of(info.typecode) ? info.typecode : 'B';
        if (vt == &type_memoryview) {
            vtc = ((memoryview_t *)OBJ_TO_PTR(value))->typecode;
        }
        size_t nbytes = count * m->itemsize;
        if (info.len != nbytes || (vtc != m->typecode && !(is_byte_format(vtc) && is_byte_format(m->typecode)))) {
            rt_raise_ValueError("memoryview assignment: lvalue and rvalue have different structures");
        }
        uint8_t *d = view_data(m, true);
        vt->buffer(value, &info, BUFFER_READ);   // fetch again: both are current now
        if (nbytes) {
            memmove(d + start * m->itemsize, info.buf, nbytes);
        }
        return OBJ_NONE;
    }
    size_t i = rt_get_index(&type_memoryview, m->len, index, false);
    if (value == OBJ_SENTINEL) {
        return load_item(m->typecode, view_data(m, false) + (intptr_t)i * m->stride);
    }
    uint8_t item[8];
    pack_item(m->typecode, value, item);
    memcpy(view_data(m, true) + (intptr_t)i * m->stride, item, m->itemsize);
    return OBJ_NONE;
}

static obj_t mv_it_next(obj_t self) {
    iter_buf_t *it = OBJ_TO_PTR(self);
    memoryview_t *m = as_mv(it->state[0]);
    size_t i = (size_t)obj_small_int_value(it->state[1]);
    if (i >= m->len) {
        return OBJ_STOP;
    }
    it->state[1] = obj_new_small_int((intptr_t)i + 1);
    return load_item(m->typecode, view_data(m, false) + (intptr_t)i * m->stride);
}

static obj_t iter_self(obj_t self, iter_buf_t *buf) {
    return self;
}

static const type_t type_memory_iterator = {
    {&type_type},
    .name = N_memory_iterator,
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .getiter = iter_self,
    .iternext = mv_it_next,
};

static obj_t memoryview_getiter(obj_t self, iter_buf_t *buf) {
    as_mv(self);
    iter_buf_t *it = buf ? buf : gc_alloc(sizeof(iter_buf_t));
    it->base.type = &type_memory_iterator;
    it->state[0] = self;
    it->state[1] = obj_new_small_int(0);
    it->state[2] = OBJ_NULL;
    return OBJ_FROM_PTR(it);
}

static int memoryview_buffer(obj_t self, buffer_info_t *info, int flags) {
    memoryview_t *m = as_mv(self);
    if (((flags & BUFFER_WRITE) && m->readonly) || !contiguous(m)) {
        return 1;
    }
    info->buf = view_data(m, (flags & BUFFER_WRITE) != 0);
    info->len = m->len * m->itemsize;
    info->typecode = m->typecode == 'c' ? 'B' : m->typecode;
    return 0;
}

static void memoryview_attr(obj_t self, name_t attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;
    }
    memoryview_t *m = OBJ_TO_PTR(self);
    switch (attr) {
        case N_obj:
            dest[0] = as_mv(self)->obj;
            return;
        case N_readonly:
            dest[0] = obj_bool(as_mv(self)->readonly);
            return;
        case N_nbytes:
            dest[0] = obj_new_small_int((intptr_t)(as_mv(self)->len * m->itemsize));
            return;
        case N_itemsize:
            dest[0] = obj_new_small_int(as_mv(self)->itemsize);
            return;
        case N_format:
            dest[0] = str_new(&as_mv(self)->typecode, 1);
            return;
        case N_ndim:
            as_mv(self);
            dest[0] = obj_new_small_int(1);
            return;
        case N_shape: {
            obj_t n = obj_new_small_int((intptr_t)as_mv(self)->len);
            dest[0] = tuple_new(1, &n);
            return;
        }
        case N_strides: {
            obj_t n = obj_new_small_int(as_mv(self)->stride);
            dest[0] = tuple_new(1, &n);
            return;
        }
        default:
            return;
    }
}

// ---------------------------------------------------------------- methods
static obj_t mv_tobytes(obj_t self) {
    return to_bytes(as_mv(self));
}
static FUN_OBJ_1(mv_tobytes_obj, mv_tobytes);

static obj_t mv_tolist(obj_t self) {
    memoryview_t *m = as_mv(self);
    obj_t list = list_new(0, NULL);
    for (size_t i = 0; i < m->len; i++) {
        list_append(list, load_item(m->typecode, view_data(m, false) + (intptr_t)i * m->stride));
    }
    return list;
}
static FUN_OBJ_1(mv_tolist_obj, mv_tolist);

static obj_t mv_hex(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t b = to_bytes(as_mv(args[0]));
    obj_t dest[2];
    rt_load_method(b, N_hex, dest);
    return rt_call_method(dest[0], dest[1], n_args - 1, n_kw, args + 1);
}
static FUN_OBJ_KW(mv_hex_obj, 1, mv_hex);

static obj_t mv_release(obj_t self) {
    ((memoryview_t *)OBJ_TO_PTR(self))->released = true;
    return OBJ_NONE;
}
static FUN_OBJ_1(mv_release_obj, mv_release);

static obj_t mv_toreadonly(obj_t self) {
    memoryview_t *m = as_mv(self);
    obj_t v = new_view(m->obj, m->start, m->len, m->typecode, true);
    ((memoryview_t *)OBJ_TO_PTR(v))->stride = m->stride;
    return v;
}
static FUN_OBJ_1(mv_toreadonly_obj, mv_toreadonly);

static obj_t mv_cast(obj_t self, obj_t fmt) {
    memoryview_t *m = as_mv(self);
    size_t flen;
    const char *f = rt_str_data(fmt, &flen);
    int tc = flen == 2 && f[0] == '@' ? f[1] : (flen == 1 ? f[0] : 0);
    size_t size = itemsize_of(tc);
    if (size == 0) {
        rt_raise_ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
    }
    if (!is_byte_format(tc) && !is_byte_format(m->typecode)) {
        rt_raise_TypeError("memoryview: cannot cast between two non-byte formats");
    }
    if (!contiguous(m)) {
        rt_raise_TypeError("memoryview: casts are restricted to C-contiguous views");
    }
    size_t nbytes = m->len * m->itemsize;
    if (nbytes % size != 0) {
        rt_raise_TypeError("memoryview: length is not a multiple of itemsize");
    }
    return new_view(m->obj, m->start, nbytes / size, tc, m->readonly);
}
static FUN_OBJ_2(mv_cast_obj, mv_cast);

static obj_t mv_enter(obj_t self) {
    as_mv(self);
    return self;
}
static FUN_OBJ_1(mv_enter_obj, mv_enter);

static obj_t mv_exit(size_t n_args, const obj_t *args) {
    return mv_release(args[0]);
}
static FUN_OBJ_VAR(mv_exit_obj, 1, 4, mv_exit);

static const map_elem_t memoryview_locals_table[] = {
    MAP_ENTRY(N_tobytes, &mv_tobytes_obj),
    MAP_ENTRY(N_tolist, &mv_tolist_obj),
    MAP_ENTRY(N_hex, &mv_hex_obj),
    MAP_ENTRY(N_release, &mv_release_obj),
    MAP_ENTRY(N_toreadonly, &mv_toreadonly_obj),
    MAP_ENTRY(N_cast, &mv_cast_obj),
    MAP_ENTRY(N___enter__, &mv_enter_obj),
    MAP_ENTRY(N___exit__, &mv_exit_obj),
};
static MAP_ROM(memoryview_locals, memoryview_locals_table);

const type_t type_memoryview = {
    {&type_type},
    .name = N_memoryview,
    .make_new = memoryview_make_new,
    .print = memoryview_print,
    .unary_op = memoryview_unary_op,
    .binary_op = memoryview_binary_op,
    .subscr = memoryview_subscr,
    .getiter = memoryview_getiter,
    .buffer = memoryview_buffer,
    .attr = memoryview_attr,
    .locals = &memoryview_locals,
};
