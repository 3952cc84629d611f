// core/seq.c — helpers shared by the container types (tuple, list, str,
// bytes, range, dict, set): slice normalisation, lexicographic comparison,
// printing with a recursion guard, search and repetition of item arrays,
// the unwrapping of user-subclass instances (seq_unwrap, seq_self), and the
// dunder method objects (__getitem__, __eq__, ...) of the containers.
// The repr guard keeps the addresses of the containers being printed (as
// plain integers, only compared: the objects are alive on the C stack while
// printed) so that a container holding itself prints as [...].
#include <string.h>
#include "core/coll.h"
#include "core/gc.h"
#include "core/nlr.h"

#define REPR_GUARD_MAX 64
static uintptr_t repr_active[REPR_GUARD_MAX];
static size_t repr_depth;

void seq_reset(void) {
    repr_depth = 0;
}

void seq_print_guarded(const printer_t *p, obj_t self, print_kind_t kind,
                       void (*body)(const printer_t *, obj_t, print_kind_t), const char *recursed) {
    for (size_t i = 0; i < repr_depth && i < REPR_GUARD_MAX; i++) {
        if (repr_active[i] == (uintptr_t)self) {
            print_str(p, recursed);
            return;
        }
    }
    rt_check_stack();
    if (repr_depth > 0) {
        if (repr_depth < REPR_GUARD_MAX) {
            repr_active[repr_depth] = (uintptr_t)self;
        }
        repr_depth++;
        body(p, self, kind);
        repr_depth--;
        return;
    }
    // outermost container: forget the stack if an exception escapes
    nlr_buf_t nlr;
    repr_active[0] = (uintptr_t)self;
    repr_depth = 1;
    if (nlr_push(&nlr) == 0) {
        body(p, self, kind);
        nlr_pop();
        repr_depth = 0;
    } else {
        repr_depth = 0;
        nlr_jump(nlr.ret_val);
    }
}

const obj_t *seq_items(obj_t o, size_t *n) {
    if (!obj_is_ptr(o)) {
        return NULL;
    }
    const type_t *t = ((obj_base_t *)o)->type;
    if (t == &type_tuple) {
        tuple_t *tu = OBJ_TO_PTR(o);
        *n = tu->len;
        return tu->items;
    }
    if (t == &type_list) {
        list_t *l = OBJ_TO_PTR(o);
        *n = l->len;
        return l->items;
    }
    return NULL;
}

obj_t seq_unwrap(obj_t o) {
    if (obj_is_ptr(o) && (obj_type(o)->flags & TYPE_FLAG_USER) &&
        !(obj_type(o)->flags & TYPE_FLAG_EXCEPTION)) {
        obj_t sub = ((instance_t *)OBJ_TO_PTR(o))->subobj;
        if (sub != OBJ_NULL) {
            return sub;
        }
    }
    return o;
}

// A contiguous slice: true with start <= stop when step is 1; false (and
// *step set) otherwise, in which case the caller uses slice_indices.
bool seq_get_slice(size_t len, obj_t slice, size_t *start, size_t *stop, intptr_t *step) {
    intptr_t a, b, s;
    slice_indices(slice, len, &a, &b, &s);
    *step = s;
    if (s != 1) {
        return false;
    }
    if (b < a) {
        b = a;
    }
    *start = (size_t)a;
    *stop = (size_t)b;
    return true;
}

obj_t seq_compare_op(binary_op_t op, const obj_t *a, size_t na, const obj_t *b, size_t nb) {
    if (op == BINARY_OP_EQUAL || op == BINARY_OP_NOT_EQUAL) {
        bool eq = na == nb;
        for (size_t i = 0; eq && i < na; i++) {
            eq = rt_equal(a[i], b[i]);
        }
        return obj_bool(op == BINARY_OP_EQUAL ? eq : !eq);
    }
    size_t n = na < nb ? na : nb;
    for (size_t i = 0; i < n; i++) {
        if (!rt_equal(a[i], b[i])) {
            return obj_bool(rt_is_true(rt_binary_op(op, a[i], b[i])));
        }
    }
    switch (op) {
        case BINARY_OP_LESS: return obj_bool(na < nb);
        case BINARY_OP_LESS_EQUAL: return obj_bool(na <= nb);
        case BINARY_OP_MORE: return obj_bool(na > nb);
        case BINARY_OP_MORE_EQUAL: return obj_bool(na >= nb);
        default: return OBJ_NULL;
    }
}

void seq_print(const printer_t *p, const obj_t *items, size_t n, const char *open,
               const char *close, bool one_comma) {
    print_str(p, open);
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            print_strn(p, ", ", 2);
        }
        rt_print(p, items[i], PRINT_REPR);
    }
    if (n == 1 && one_comma) {
        print_strn(p, ",", 1);
    }
    print_str(p, close);
}

intptr_t seq_find(const obj_t *items, size_t n, obj_t value, size_t start, size_t stop) {
    for (size_t i = start; i < stop && i < n; i++) {
        if (rt_equal(items[i], value)) {
            return (intptr_t)i;
        }
    }
    return -1;
}

size_t seq_count(const obj_t *items, size_t n, obj_t value) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++) {
        if (rt_equal(items[i], value)) {
            c++;
        }
    }
    return c;
}

// One bound of index(x, start, stop): clamped like a slice bound.
static size_t index_bound(size_t len, obj_t o) {
    intptr_t i;
    if (!rt_get_int_maybe(o, &i)) {
        rt_raise_TypeError("slice indices must be integers or have an __index__ method");
    }
    if (i < 0) {
        i += (intptr_t)len;
        if (i < 0) {
            i = 0;
        }
    }
    return (size_t)i > len ? len : (size_t)i;
}

void seq_index_bounds(size_t len, size_t n_args, const obj_t *args, size_t *start, size_t *stop) {
    *start = 0;
    *stop = len;
    if (n_args > 0 && args[0] != OBJ_NONE) {
        *start = index_bound(len, args[0]);
    }
    if (n_args > 1 && args[1] != OBJ_NONE) {
        *stop = index_bound(len, args[1]);
    }
}

bool seq_repeat_count(obj_t n, size_t *count) {
    intptr_t c;
    if (!rt_get_int_maybe(n, &c)) {
        return false;
    }
    *count = c < 0 ? 0 : (size_t)c;
    return true;
}

void seq_repeat(obj_t *dst, const obj_t *items, size_t n, size_t count) {
    for (size_t i = 0; i < count; i++) {
        memcpy(dst + i * n, items, n * sizeof(obj_t));
    }
}

// ---------------------------------------------------------------- dunders
// Explicit dunder methods of the containers (list.__getitem__(x, i),
// super().__setitem__(k, v) in subclasses): self is the native object.
static obj_t dunder_getitem(obj_t self, obj_t index) {
    return rt_subscr_load(seq_unwrap(self), index);
}
FUN_OBJ_2(seq_dunder_getitem_obj, dunder_getitem);

static obj_t dunder_setitem(obj_t self, obj_t index, obj_t value) {
    rt_subscr_store(seq_unwrap(self), index, value);
    return OBJ_NONE;
}
FUN_OBJ_3(seq_dunder_setitem_obj, dunder_setitem);

static obj_t dunder_delitem(obj_t self, obj_t index) {
    rt_subscr_delete(seq_unwrap(self), index);
    return OBJ_NONE;
}
FUN_OBJ_2(seq_dunder_delitem_obj, dunder_delitem);

static obj_t dunder_contains(obj_t self, obj_t item) {
    return obj_bool(rt_contains(seq_unwrap(self), item));
}
FUN_OBJ_2(seq_dunder_contains_obj, dunder_contains);

static obj_t dunder_len(obj_t self) {
    return obj_new_small_int((intptr_t)rt_len(seq_unwrap(self)));
}
FUN_OBJ_1(seq_dunder_len_obj, dunder_len);

static obj_t dunder_iter(obj_t self) {
    return rt_getiter(seq_unwrap(self), NULL);
}
FUN_OBJ_1(seq_dunder_iter_obj, dunder_iter);

obj_t seq_self(obj_t self, const type_t *type, const type_t *alt) {
    obj_t o = seq_unwrap(self);
    if (obj_is_ptr(o)) {
        const type_t *t = ((obj_base_t *)o)->type;
        if (t == type || (alt && t == alt)) {
            return o;
        }
    }
    rt_raise_fmt(&type_TypeError, "descriptor for '%q' objects doesn't apply to a '%s' object",
                 type->name, rt_type_name(self));
}

// Operator dunders: the native type's slot on the native object;
// NotImplemented when the slot declines. A result that is the native
// object itself (in-place ops) is given back as self.
static obj_t dunder_op(binary_op_t op, obj_t self, obj_t other) {
    obj_t native = seq_unwrap(self);
    const type_t *t = obj_type(native);
    obj_t r = t->binary_op ? t->binary_op(op, native, other) : OBJ_NULL;
    if (r == OBJ_NULL) {
        return OBJ_NOTIMPLEMENTED;
    }
    return r == native ? self : r;
}

#define DUNDER_BIN(name, op) \
    static obj_t dunder_##name(obj_t self, obj_t other) { \
        return dunder_op(op, self, other); \
    } \
    FUN_OBJ_2(seq_dunder_##name##_obj, dunder_##name);
DUNDER_BIN(eq, BINARY_OP_EQUAL)
DUNDER_BIN(ne, BINARY_OP_NOT_EQUAL)
DUNDER_BIN(lt, BINARY_OP_LESS)
DUNDER_BIN(le, BINARY_OP_LESS_EQUAL)
DUNDER_BIN(gt, BINARY_OP_MORE)
DUNDER_BIN(ge, BINARY_OP_MORE_EQUAL)
DUNDER_BIN(add, BINARY_OP_ADD)
DUNDER_BIN(mul, BINARY_OP_MULTIPLY)
DUNDER_BIN(iadd, BINARY_OP_INPLACE_ADD)
#undef DUNDER_BIN

static obj_t dunder_hash(obj_t self) {
    return rt_unary_op(UNARY_OP_HASH, seq_unwrap(self));
}
FUN_OBJ_1(seq_dunder_hash_obj, dunder_hash);
