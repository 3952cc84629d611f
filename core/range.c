// core/range.c — the range type and its iterator: len, indexing (negative
// too), slicing (gives a range), fast `in` for ints, equality as sequences,
// hashing, index/count, start/stop/step, repr, and reversed iteration.
// Invariants: bounds are machine words (bigger ints raise OverflowError);
// step != 0. Items are computed as start + i*step (int_from_ll when they
// leave the small-int range).
#include "core/coll.h"
#include "core/gc.h"

typedef struct {
    obj_base_t base;
    intptr_t cur;
    intptr_t step;
    size_t remaining;
} range_iter_t;

obj_t range_new(intptr_t start, intptr_t stop, intptr_t step) {
    if (step == 0) {
        rt_raise_ValueError("range() arg 3 must not be zero");
    }
    range_t *r = gc_alloc(sizeof(range_t));
    r->base.type = &type_range;
    r->start = start;
    r->stop = stop;
    r->step = step;
    return OBJ_FROM_PTR(r);
}

size_t range_len(const range_t *r) {
    if (r->step > 0) {
        if (r->stop <= r->start) {
            return 0;
        }
        return (size_t)(((uintptr_t)r->stop - (uintptr_t)r->start - 1) / (uintptr_t)r->step) + 1;
    }
    if (r->start <= r->stop) {
        return 0;
    }
    return (size_t)(((uintptr_t)r->start - (uintptr_t)r->stop - 1) / (0 - (uintptr_t)r->step)) + 1;
}

// Item i (< len): the true value is between start and stop, so wrapping
// unsigned arithmetic gives it exactly.
static obj_t range_item(const range_t *r, size_t i) {
    intptr_t v = (intptr_t)((uintptr_t)r->start + (uintptr_t)i * (uintptr_t)r->step);
    return small_int_fits(v) ? obj_new_small_int(v) : int_from_ll(v);
}

// start + i * step, OverflowError if it leaves the machine word.
static intptr_t range_at(const range_t *r, intptr_t i) {
    intptr_t m, v;
    if (__builtin_mul_overflow(i, r->step, &m) || __builtin_add_overflow(r->start, m, &v)) {
        rt_raise_OverflowError("range too large");
    }
    return v;
}

static intptr_t range_arg(obj_t o) {
    intptr_t v;
    if (!rt_get_int_maybe(o, &v)) {
        obj_t m[2];
        if (obj_is_ptr(o) && rt_load_method_maybe(o, N___index__, m)) {
            return range_arg(rt_call_method(m[0], m[1], 0, 0, m));
        }
        rt_raise_fmt(&type_TypeError, "'%s' object cannot be interpreted as an integer", rt_type_name(o));
    }
    return v;
}

static obj_t range_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 1, 3, n_kw, false);
    if (n_args == 1) {
        return range_new(0, range_arg(args[0]), 1);
    }
    intptr_t start = range_arg(args[0]);
    intptr_t stop = range_arg(args[1]);
    intptr_t step = n_args == 3 ? range_arg(args[2]) : 1;
    return range_new(start, stop, step);
}

static void range_print(const printer_t *p, obj_t self, print_kind_t kind) {
    range_t *r = OBJ_TO_PTR(self);
    if (r->step == 1) {
        print_fmt(p, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    } else {
        print_fmt(p, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop, (long long)r->step);
    }
}

static obj_t range_unary_op(unary_op_t op, obj_t self) {
    range_t *r = OBJ_TO_PTR(self);
    switch (op) {
        case UNARY_OP_BOOL: return obj_bool(range_len(r) != 0);
        case UNARY_OP_LEN: {
            size_t n = range_len(r);
            return n <= (size_t)SMALL_INT_MAX ? obj_new_small_int((intptr_t)n) : int_from_ull(n);
        }
        case UNARY_OP_HASH: {
            size_t n = range_len(r);
            size_t h = n * 1000003u;
            if (n > 0) {
                h ^= (size_t)r->start * 69069u;
                if (n > 1) {
                    h ^= (size_t)r->step * 362437u;
                }
            }
            return obj_new_small_int((intptr_t)(h >> 2));
        }
        default: return OBJ_NULL;
    }
}

// Position of the int v in r, or -1.
static intptr_t range_find_int(const range_t *r, intptr_t v) {
    size_t n = range_len(r);
    if (n == 0) {
        return -1;
    }
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) {
        return -1;
    }
    uintptr_t off = r->step > 0 ? (uintptr_t)v - (uintptr_t)r->start : (uintptr_t)r->start - (uintptr_t)v;
    uintptr_t st = r->step > 0 ? (uintptr_t)r->step : 0 - (uintptr_t)r->step;
    if (off % st != 0) {
        return -1;
    }
    return (intptr_t)(off / st);
}

static bool is_plain_int(obj_t o) {
    return obj_is_small_int(o) || o == OBJ_TRUE || o == OBJ_FALSE || obj_is_type_exact(o, &type_int);
}

// Position of x (any object) in r, or -1.
static intptr_t range_find(const range_t *r, obj_t x) {
    if (is_plain_int(x)) {
        if (obj_is_type_exact(x, &type_int) && int_is_big(x)) {
            return -1;
        }
        return range_find_int(r, rt_get_int(x));
    }
    size_t n = range_len(r);
    for (size_t i = 0; i < n; i++) {
        if (rt_equal(range_item(r, i), x)) {
            return (intptr_t)i;
        }
    }
    return -1;
}

static bool range_equal(const range_t *a, const range_t *b) {
    size_t na = range_len(a), nb = range_len(b);
    if (na != nb) {
        return false;
    }
    if (na == 0) {
        return true;
    }
    if (a->start != b->start) {
        return false;
    }
    return na == 1 || a->step == b->step;
}

static obj_t range_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    range_t *r = OBJ_TO_PTR(lhs);
    switch (op) {
        case BINARY_OP_IN:
            return obj_bool(range_find(r, rhs) >= 0);
        case BINARY_OP_EQUAL:
        case BINARY_OP_NOT_EQUAL: {
            if (!obj_is_type_exact(rhs, &type_range)) {
                return OBJ_NULL;
            }
            bool eq = range_equal(r, OBJ_TO_PTR(rhs));
            return obj_bool(op == BINARY_OP_EQUAL ? eq : !eq);
        }
        default:
            return OBJ_NULL;
    }
}

static obj_t range_subscr(obj_t self, obj_t index, obj_t value) {
    if (value != OBJ_SENTINEL) {
        return OBJ_NULL;
    }
    range_t *r = OBJ_TO_PTR(self);
    size_t n = range_len(r);
    if (obj_is_type_exact(index, &type_slice)) {
        intptr_t start, stop, step;
        slice_indices(index, n, &start, &stop, &step);
        // positions start, start+step, ... (stop excluded) of this range
        intptr_t st;
        if (__builtin_mul_overflow(step, r->step, &st)) {
            rt_raise_OverflowError("range too large");
        }
        return range_new(range_at(r, start), range_at(r, stop), st);
    }
    intptr_t i;
    if (!rt_get_int_maybe(index, &i)) {
        rt_raise_fmt(&type_TypeError, "range indices must be integers or slices, not %s", rt_type_name(index));
    }
    if (i < 0) {
        i += (intptr_t)n;
    }
    if (i < 0 || (size_t)i >= n) {
        rt_raise_IndexError("range object index out of range");
    }
    return range_item(r, (size_t)i);
}

static void range_attr(obj_t self, name_t attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;
    }
    range_t *r = OBJ_TO_PTR(self);
    switch (attr) {
        case N_start: dest[0] = int_from_ll(r->start); break;
        case N_stop: dest[0] = int_from_ll(r->stop); break;
        case N_step: dest[0] = int_from_ll(r->step); break;
        default: break;
    }
}

// ---------------------------------------------------------------- iterator
static obj_t range_it_next(obj_t self) {
    range_iter_t *it = OBJ_TO_PTR(self);
    if (it->remaining == 0) {
        return OBJ_STOP;
    }
    it->remaining--;
    intptr_t v = it->cur;
    it->cur = (intptr_t)((uintptr_t)it->cur + (uintptr_t)it->step);
    return small_int_fits(v) ? obj_new_small_int(v) : int_from_ll(v);
}

static obj_t iter_self(obj_t self, iter_buf_t *buf) {
    return self;
}

const type_t type_range_iterator = {
    {&type_type},
    .name = N_range_iterator,
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .getiter = iter_self,
    .iternext = range_it_next,
};

static obj_t range_iter_new(intptr_t start, intptr_t step, size_t n) {
    range_iter_t *it = gc_alloc(sizeof(range_iter_t));
    it->base.type = &type_range_iterator;
    it->cur = start;
    it->step = step;
    it->remaining = n;
    return OBJ_FROM_PTR(it);
}

static obj_t range_getiter(obj_t self, iter_buf_t *buf) {
    range_t *r = OBJ_TO_PTR(self);
    return range_iter_new(r->start, r->step, range_len(r));
}

obj_t range_reversed(obj_t self) {
    range_t *r = OBJ_TO_PTR(self);
    size_t n = range_len(r);
    intptr_t last = n ? (intptr_t)((uintptr_t)r->start + (uintptr_t)(n - 1) * (uintptr_t)r->step) : 0;
    return range_iter_new(last, (intptr_t)(0 - (uintptr_t)r->step), n);
}

// ---------------------------------------------------------------- methods
static obj_t range_index(obj_t self, obj_t x) {
    self = seq_self(self, &type_range, NULL);
    intptr_t i = range_find(OBJ_TO_PTR(self), x);
    if (i < 0) {
        rt_raise_fmt(&type_ValueError, "%R is not in range", x);
    }
    return obj_new_small_int(i);
}
static FUN_OBJ_2(range_index_obj, range_index);

static obj_t range_count(obj_t self, obj_t x) {
    self = seq_self(self, &type_range, NULL);
    range_t *r = OBJ_TO_PTR(self);
    if (is_plain_int(x)) {
        return obj_new_small_int(range_find(r, x) >= 0);
    }
    size_t n = range_len(r), c = 0;
    for (size_t i = 0; i < n; i++) {
        if (rt_equal(range_item(r, i), x)) {
            c++;
        }
    }
    return obj_new_small_int((intptr_t)c);
}
static FUN_OBJ_2(range_count_obj, range_count);

static const map_elem_t range_locals_table[] = {
    MAP_ENTRY(N_index, &range_index_obj),
    MAP_ENTRY(N_count, &range_count_obj),
    SEQ_DUNDERS_RO,
    SEQ_DUNDERS_EQ,
    MAP_ENTRY(N___hash__, &seq_dunder_hash_obj),
};
static MAP_ROM(range_locals, range_locals_table);

const type_t type_range = {
    {&type_type},
    .name = N_range,
    .make_new = range_make_new,
    .print = range_print,
    .unary_op = range_unary_op,
    .binary_op = range_binary_op,
    .subscr = range_subscr,
    .getiter = range_getiter,
    .attr = range_attr,
    .locals = &range_locals,
};
