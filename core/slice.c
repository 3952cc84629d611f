// core/slice.c — the slice type: slice(stop), slice(start, stop[, step]),
// its start/stop/step attributes, indices(len), repr, equality, and
// slice_indices(), the one place where Python's slice rules are applied.
// Invariant: start/stop/step are any objects (None for absent), checked
// only when the slice is used, as in CPython.
#include "core/coll.h"
#include "core/gc.h"

obj_t slice_new(obj_t start, obj_t stop, obj_t step) {
    slice_t *s = gc_alloc(sizeof(slice_t));
    s->base.type = &type_slice;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return OBJ_FROM_PTR(s);
}

// An index value; big ints are clamped to +-INTPTR_MAX/2 (enough to mean
// "past either end" of any sequence that fits in memory).
static intptr_t slice_int(obj_t o) {
    if (obj_is_small_int(o)) {
        return obj_small_int_value(o);
    }
    if (obj_is_type_exact(o, &type_int) && int_is_big(o)) {
        return int_sign(o) < 0 ? -(INTPTR_MAX / 2) : INTPTR_MAX / 2;
    }
    intptr_t v;
    if (!rt_get_int_maybe(o, &v)) {
        obj_t m[2];
        if (obj_is_ptr(o) && rt_load_method_maybe(o, N___index__, m)) {
            return slice_int(rt_call_method(m[0], m[1], 0, 0, m));
        }
        rt_raise_TypeError("slice indices must be integers or None or have an __index__ method");
    }
    return v;
}

void slice_indices(obj_t slice, size_t len_u, intptr_t *start_out, intptr_t *stop_out, intptr_t *step_out) {
    slice_t *s = OBJ_TO_PTR(slice);
    intptr_t len = (intptr_t)len_u;
    intptr_t step = 1;
    if (s->step != OBJ_NONE) {
        step = slice_int(s->step);
        if (step == 0) {
            rt_raise_ValueError("slice step cannot be zero");
        }
    }
    intptr_t start, stop;
    // bounds: [0, len] for a positive step, [-1, len - 1] for a negative one
    intptr_t lower = step < 0 ? -1 : 0;
    intptr_t upper = step < 0 ? len - 1 : len;
    if (s->start == OBJ_NONE) {
        start = step < 0 ? upper : lower;
    } else {
        start = slice_int(s->start);
        if (start < 0) {
            start += len;
            if (start < lower) {
                start = lower;
            }
        } else if (start > upper) {
            start = upper;
        }
    }
    if (s->stop == OBJ_NONE) {
        stop = step < 0 ? lower : upper;
    } else {
        stop = slice_int(s->stop);
        if (stop < 0) {
            stop += len;
            if (stop < lower) {
                stop = lower;
            }
        } else if (stop > upper) {
            stop = upper;
        }
    }
    *start_out = start;
    *stop_out = stop;
    *step_out = step;
}

// ---------------------------------------------------------------- type
static obj_t slice_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 1, 3, n_kw, false);
    if (n_args == 1) {
        return slice_new(OBJ_NONE, args[0], OBJ_NONE);
    }
    return slice_new(args[0], args[1], n_args == 3 ? args[2] : OBJ_NONE);
}

static void slice_print(const printer_t *p, obj_t self, print_kind_t kind) {
    slice_t *s = OBJ_TO_PTR(self);
    print_str(p, "slice(");
    rt_print(p, s->start, PRINT_REPR);
    print_str(p, ", ");
    rt_print(p, s->stop, PRINT_REPR);
    print_str(p, ", ");
    rt_print(p, s->step, PRINT_REPR);
    print_str(p, ")");
}

static obj_t slice_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    if (!obj_is_type_exact(rhs, &type_slice) || op > BINARY_OP_NOT_EQUAL) {
        return OBJ_NULL;
    }
    slice_t *a = OBJ_TO_PTR(lhs), *b = OBJ_TO_PTR(rhs);
    obj_t ia[3] = {a->start, a->stop, a->step};
    obj_t ib[3] = {b->start, b->stop, b->step};
    return seq_compare_op(op, ia, 3, ib, 3);
}

static void slice_attr(obj_t self, name_t attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;   // read-only
    }
    slice_t *s = OBJ_TO_PTR(self);
    switch (attr) {
        case N_start: dest[0] = s->start; break;
        case N_stop: dest[0] = s->stop; break;
        case N_step: dest[0] = s->step; break;
        default: break;
    }
}

static obj_t slice_indices_meth(obj_t self, obj_t len_in) {
    self = seq_self(self, &type_slice, NULL);
    intptr_t len = rt_get_int(len_in);
    if (len < 0) {
        rt_raise_ValueError("length should not be negative");
    }
    intptr_t start, stop, step;
    slice_indices(self, (size_t)len, &start, &stop, &step);
    obj_t items[3] = {int_from_ll(start), int_from_ll(stop), int_from_ll(step)};
    return tuple_new(3, items);
}
static FUN_OBJ_2(slice_indices_obj, slice_indices_meth);

static const map_elem_t slice_locals_table[] = {
    MAP_ENTRY(N_indices, &slice_indices_obj),
};
static MAP_ROM(slice_locals, slice_locals_table);

const type_t type_slice = {
    {&type_type},
    .name = N_slice,
    .make_new = slice_make_new,
    .print = slice_print,
    .binary_op = slice_binary_op,
    .attr = slice_attr,
    .locals = &slice_locals,
};
