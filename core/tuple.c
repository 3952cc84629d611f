// core/tuple.c — the tuple type: construction (tuple(iterable)), hashing,
// comparisons, +, *, `in`, indexing and slicing, iteration, index/count,
// and the tuple iterator. Also tuple_new and the shared empty tuple.
// Invariants: a tuple never changes after it is filled; every empty tuple
// made here is &tuple_empty_obj.
#include <string.h>
#include "core/coll.h"
#include "core/gc.h"

const tuple_t tuple_empty_obj = {{&type_tuple}, 0};

obj_t tuple_new(size_t n, const obj_t *items) {
    if (n == 0) {
        return OBJ_EMPTY_TUPLE;
    }
    if (n > (SIZE_MAX - sizeof(tuple_t)) / sizeof(obj_t)) {
        rt_raise_MemoryError();
    }
    tuple_t *t = gc_alloc(sizeof(tuple_t) + n * sizeof(obj_t));
    t->base.type = &type_tuple;
    t->len = n;
    if (items) {
        memcpy(t->items, items, n * sizeof(obj_t));
    }
    return OBJ_FROM_PTR(t);
}

// CPython's tuple hash (xxHash-style); nested tuples contribute their full
// 64-bit hash, so sets of tuples of ints are laid out as in CPython.
size_t tuple_hash(obj_t self) {
    const uint64_t p1 = 11400714785074694791ULL, p2 = 14029467366897019727ULL;
    const uint64_t p5 = 2870177450012600261ULL;
    tuple_t *t = OBJ_TO_PTR(self);
    uint64_t acc = p5;
    for (size_t i = 0; i < t->len; i++) {
        obj_t x = t->items[i];
        uint64_t lane = obj_is_type_exact(x, &type_tuple) ? tuple_hash(x) : rt_hash(x);
        acc += lane * p2;
        acc = (acc << 31) | (acc >> 33);
        acc *= p1;
    }
    acc += t->len ^ (p5 ^ 3527539UL);
    if (acc == (uint64_t)-1) {
        return 1546275796;
    }
    return (size_t)acc;
}

static obj_t tuple_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 0, 1, n_kw, false);
    if (n_args == 0) {
        return OBJ_EMPTY_TUPLE;
    }
    if (obj_is_type_exact(args[0], &type_tuple)) {
        return args[0];
    }
    size_t n;
    const obj_t *items = seq_items(args[0], &n);
    if (items) {
        return tuple_new(n, items);
    }
    obj_t l = list_new(0, NULL);
    list_extend(l, args[0]);
    return list_to_tuple(l);
}

static void tuple_print_body(const printer_t *p, obj_t self, print_kind_t kind) {
    tuple_t *t = OBJ_TO_PTR(self);
    seq_print(p, t->items, t->len, "(", ")", true);
}

static void tuple_print(const printer_t *p, obj_t self, print_kind_t kind) {
    seq_print_guarded(p, self, kind, tuple_print_body, "(...)");
}

static obj_t tuple_unary_op(unary_op_t op, obj_t self) {
    tuple_t *t = OBJ_TO_PTR(self);
    switch (op) {
        case UNARY_OP_BOOL: return obj_bool(t->len != 0);
        case UNARY_OP_LEN: return obj_new_small_int((intptr_t)t->len);
        case UNARY_OP_HASH: {
            // CPython's value when it fits a small int, else folded (no allocation)
            intptr_t h = (intptr_t)tuple_hash(self);
            return obj_new_small_int(small_int_fits(h) ? h : h >> 1);
        }
        default: return OBJ_NULL;
    }
}

static obj_t tuple_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    tuple_t *a = OBJ_TO_PTR(lhs);
    switch (op) {
        case BINARY_OP_ADD:
        case BINARY_OP_INPLACE_ADD: {
            rhs = seq_unwrap(rhs);
            if (!obj_is_type_exact(rhs, &type_tuple)) {
                return OBJ_NULL;
            }
            tuple_t *b = OBJ_TO_PTR(rhs);
            if (b->len == 0) {
                return lhs;
            }
            if (a->len == 0) {
                return rhs;
            }
            tuple_t *r = OBJ_TO_PTR(tuple_new(a->len + b->len, NULL));
            memcpy(r->items, a->items, a->len * sizeof(obj_t));
            memcpy(r->items + a->len, b->items, b->len * sizeof(obj_t));
            return OBJ_FROM_PTR(r);
        }
        case BINARY_OP_MULTIPLY:
        case BINARY_OP_INPLACE_MULTIPLY:
        case BINARY_OP_REVERSE_MULTIPLY: {
            size_t count;
            if (!seq_repeat_count(rhs, &count)) {
                return OBJ_NULL;
            }
            if (count == 1) {
                return lhs;
            }
            if (a->len && count > SIZE_MAX / sizeof(obj_t) / a->len) {
                rt_raise_MemoryError();
            }
            tuple_t *r = OBJ_TO_PTR(tuple_new(a->len * count, NULL));
            if (r->len) {
                seq_repeat(r->items, a->items, a->len, count);
            }
            return OBJ_FROM_PTR(r);
        }
        case BINARY_OP_LESS:
        case BINARY_OP_MORE:
        case BINARY_OP_EQUAL:
        case BINARY_OP_LESS_EQUAL:
        case BINARY_OP_MORE_EQUAL:
        case BINARY_OP_NOT_EQUAL: {
            rhs = seq_unwrap(rhs);
            if (!obj_is_type_exact(rhs, &type_tuple)) {
                return OBJ_NULL;
            }
            tuple_t *b = OBJ_TO_PTR(rhs);
            return seq_compare_op(op, a->items, a->len, b->items, b->len);
        }
        case BINARY_OP_IN:
            return obj_bool(seq_find(a->items, a->len, rhs, 0, a->len) >= 0);
        default:
            return OBJ_NULL;
    }
}

static obj_t tuple_subscr(obj_t self, obj_t index, obj_t value) {
    if (value != OBJ_SENTINEL) {
        return OBJ_NULL;
    }
    tuple_t *t = OBJ_TO_PTR(self);
    if (obj_is_small_int(index)) {
        intptr_t i = obj_small_int_value(index);
        if (i < 0) {
            i += (intptr_t)t->len;
        }
        if (i < 0 || (size_t)i >= t->len) {
            rt_raise_IndexError("tuple index out of range");
        }
        return t->items[i];
    }
    if (obj_is_type_exact(index, &type_slice)) {
        intptr_t start, stop, step;
        slice_indices(index, t->len, &start, &stop, &step);
        if (step == 1) {
            if (stop <= start) {
                return OBJ_EMPTY_TUPLE;
            }
            if (start == 0 && (size_t)stop == t->len) {
                return self;
            }
            return tuple_new((size_t)(stop - start), t->items + start);
        }
        size_t n = step > 0 ? (stop > start ? (size_t)((stop - start - 1) / step + 1) : 0)
                            : (start > stop ? (size_t)((start - stop - 1) / -step + 1) : 0);
        tuple_t *r = OBJ_TO_PTR(tuple_new(n, NULL));
        for (size_t k = 0; k < n; k++) {
            r->items[k] = t->items[start + (intptr_t)k * step];
        }
        return OBJ_FROM_PTR(r);
    }
    intptr_t i;
    if (!rt_get_int_maybe(index, &i)) {
        rt_raise_fmt(&type_TypeError, "tuple indices must be integers or slices, not %s", rt_type_name(index));
    }
    return t->items[rt_get_index(&type_tuple, t->len, index, false)];
}

// ---------------------------------------------------------------- iterator
// state[0] = the tuple, state[1] = next position (small int).
static obj_t tuple_it_next(obj_t self) {
    iter_buf_t *it = OBJ_TO_PTR(self);
    tuple_t *t = OBJ_TO_PTR(it->state[0]);
    size_t i = (size_t)obj_small_int_value(it->state[1]);
    if (i >= t->len) {
        return OBJ_STOP;
    }
    it->state[1] = obj_new_small_int((intptr_t)i + 1);
    return t->items[i];
}

static obj_t iter_self(obj_t self, iter_buf_t *buf) {
    return self;
}

const type_t type_tuple_iterator = {
    {&type_type},
    .name = N_tuple_iterator,
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .getiter = iter_self,
    .iternext = tuple_it_next,
};

static obj_t tuple_getiter(obj_t self, iter_buf_t *buf) {
    iter_buf_t *it = buf ? buf : gc_alloc(sizeof(iter_buf_t));
    it->base.type = &type_tuple_iterator;
    it->state[0] = self;
    it->state[1] = obj_new_small_int(0);
    return OBJ_FROM_PTR(it);
}

// ---------------------------------------------------------------- methods
static obj_t tuple_index(size_t n_args, const obj_t *args) {
    obj_t self = seq_self(args[0], &type_tuple, NULL);
    tuple_t *t = OBJ_TO_PTR(self);
    size_t start, stop;
    seq_index_bounds(t->len, n_args - 2, args + 2, &start, &stop);
    intptr_t i = seq_find(t->items, t->len, args[1], start, stop);
    if (i < 0) {
        rt_raise_ValueError("tuple.index(x): x not in tuple");
    }
    return obj_new_small_int(i);
}
static FUN_OBJ_VAR(tuple_index_obj, 2, 4, tuple_index);

static obj_t tuple_count(obj_t self, obj_t value) {
    self = seq_self(self, &type_tuple, NULL);
    tuple_t *t = OBJ_TO_PTR(self);
    return obj_new_small_int((intptr_t)seq_count(t->items, t->len, value));
}
static FUN_OBJ_2(tuple_count_obj, tuple_count);

static const map_elem_t tuple_locals_table[] = {
    MAP_ENTRY(N_count, &tuple_count_obj),
    MAP_ENTRY(N_index, &tuple_index_obj),
    SEQ_DUNDERS_RO,
    SEQ_DUNDERS_CMP,
    MAP_ENTRY(N___add__, &seq_dunder_add_obj),
    MAP_ENTRY(N___mul__, &seq_dunder_mul_obj),
    MAP_ENTRY(N___hash__, &seq_dunder_hash_obj),
};
static MAP_ROM(tuple_locals, tuple_locals_table);

const type_t type_tuple = {
    {&type_type},
    .name = N_tuple,
    .flags = TYPE_FLAG_BASETYPE,
    .make_new = tuple_make_new,
    .print = tuple_print,
    .unary_op = tuple_unary_op,
    .binary_op = tuple_binary_op,
    .subscr = tuple_subscr,
    .getiter = tuple_getiter,
    .locals = &tuple_locals,
};
