// core/set.c — set and frozenset: construction, the set algebra (operators,
// in-place operators and the named methods), comparisons (subset order),
// hashing of frozensets, repr and iteration.
// Representation: set_t (coll.h) embeds a map_t whose keys are the elements
// (values OBJ_TRUE), so sets iterate in insertion order. A frozenset is
// never changed after construction; its hash is cached in set_t.hash.
#include <string.h>
#include "core/coll.h"
#include "core/gc.h"

typedef struct {
    obj_base_t base;
    obj_t set;
    size_t pos;
    size_t filled;
} set_iter_t;

static set_t *set_get(obj_t o) {
    return OBJ_TO_PTR(o);
}

static obj_t set_alloc(const type_t *type, size_t n) {
    set_t *s = gc_alloc(sizeof(set_t));
    s->base.type = type;
    map_init(&s->map, n);
    return OBJ_FROM_PTR(s);
}

bool set_is_set(obj_t o) {
    return obj_is_ptr(o) && (((obj_base_t *)o)->type == &type_set || ((obj_base_t *)o)->type == &type_frozenset);
}

static void check_hashable(obj_t item) {
    if (obj_is_ptr(item)) {
        const type_t *t = ((obj_base_t *)item)->type;
        if (t == &type_list || t == &type_dict || t == &type_set || t == &type_bytearray) {
            rt_raise_fmt(&type_TypeError, "unhashable type: '%q'", t->name);
        }
    }
}

// The key to look up for item: a set is looked up as the equal frozenset.
static obj_t lookup_key(obj_t item) {
    if (obj_is_type_exact(item, &type_set)) {
        set_t *s = set_get(item);
        obj_t f = set_alloc(&type_frozenset, 0);
        map_copy(&set_get(f)->map, &s->map);
        return f;
    }
    check_hashable(item);
    return item;
}

void set_add(obj_t set, obj_t item) {
    check_hashable(item);
    map_store(&set_get(set)->map, item, OBJ_TRUE);
}

void set_update(obj_t set, obj_t iterable) {
    obj_t src = seq_unwrap(iterable);
    if (set_is_set(src)) {
        map_t *m = &set_get(src)->map;
        size_t pos = 0;
        map_elem_t *e;
        while ((e = map_next(m, &pos)) != NULL) {
            map_store(&set_get(set)->map, e->key, OBJ_TRUE);
        }
        return;
    }
    size_t n;
    const obj_t *items = seq_items(src, &n);
    if (items) {
        for (size_t i = 0; i < n; i++) {
            set_add(set, items[i]);
        }
        return;
    }
    obj_t it = rt_getiter(iterable, NULL);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_STOP) {
        set_add(set, x);
    }
}

obj_t set_new(size_t n, const obj_t *items) {
    obj_t s = set_alloc(&type_set, n);
    for (size_t i = 0; i < n; i++) {
        set_add(s, items[i]);
    }
    return s;
}

obj_t frozenset_new(size_t n, const obj_t *items) {
    obj_t s = set_new(n, items);
    set_get(s)->base.type = &type_frozenset;
    return s;
}

obj_t set_from_iterable(const type_t *type, obj_t iterable) {
    obj_t s = set_alloc(type, 0);
    set_update(s, iterable);
    return s;
}

bool set_contains(obj_t set, obj_t item) {
    map_t *m = &set_get(set)->map;
    if (m->filled == 0) {
        check_hashable(item);
        return false;
    }
    return map_lookup(m, lookup_key(item)) != NULL;
}

// ---------------------------------------------------------------- algebra
static obj_t set_copy_as(const type_t *type, obj_t src) {
    obj_t s = set_alloc(type, 0);
    map_copy(&set_get(s)->map, &set_get(src)->map);
    set_get(s)->base.type = type;
    return s;
}

static size_t set_len(obj_t s) {
    return set_get(s)->map.filled;
}

static bool set_subset(obj_t a, obj_t b) {
    if (set_len(a) > set_len(b)) {
        return false;
    }
    map_t *ma = &set_get(a)->map, *mb = &set_get(b)->map;
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(ma, &pos)) != NULL) {
        if (map_lookup(mb, e->key) == NULL) {
            return false;
        }
    }
    return true;
}

static obj_t set_intersect(const type_t *type, obj_t a, obj_t b) {
    obj_t r = set_alloc(type, 0);
    if (set_len(a) > set_len(b)) {
        obj_t t = a;
        a = b;
        b = t;
    }
    map_t *ma = &set_get(a)->map, *mb = &set_get(b)->map;
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(ma, &pos)) != NULL) {
        if (map_lookup(mb, e->key) != NULL) {
            map_store(&set_get(r)->map, e->key, OBJ_TRUE);
        }
    }
    return r;
}

static obj_t set_diff(const type_t *type, obj_t a, obj_t b) {
    obj_t r = set_alloc(type, 0);
    map_t *ma = &set_get(a)->map, *mb = &set_get(b)->map;
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(ma, &pos)) != NULL) {
        if (map_lookup(mb, e->key) == NULL) {
            map_store(&set_get(r)->map, e->key, OBJ_TRUE);
        }
    }
    return r;
}

static obj_t set_symdiff(const type_t *type, obj_t a, obj_t b) {
    obj_t r = set_diff(type, a, b);
    map_t *ma = &set_get(a)->map, *mb = &set_get(b)->map;
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(mb, &pos)) != NULL) {
        if (map_lookup(ma, e->key) == NULL) {
            map_store(&set_get(r)->map, e->key, OBJ_TRUE);
        }
    }
    return r;
}

// Replace the contents of set dst by those of src (a fresh set).
static void set_assign(obj_t dst, obj_t src) {
    set_get(dst)->map = set_get(src)->map;
}

obj_t set_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    const type_t *type = obj_type(lhs);
    switch (op) {
        case BINARY_OP_OR: {
            obj_t r = set_copy_as(type, lhs);
            set_update(r, rhs);
            return r;
        }
        case BINARY_OP_AND: return set_intersect(type, lhs, rhs);
        case BINARY_OP_SUBTRACT: return set_diff(type, lhs, rhs);
        case BINARY_OP_XOR: return set_symdiff(type, lhs, rhs);
        case BINARY_OP_EQUAL: return obj_bool(set_len(lhs) == set_len(rhs) && set_subset(lhs, rhs));
        case BINARY_OP_NOT_EQUAL: return obj_bool(!(set_len(lhs) == set_len(rhs) && set_subset(lhs, rhs)));
        case BINARY_OP_LESS_EQUAL: return obj_bool(set_subset(lhs, rhs));
        case BINARY_OP_LESS: return obj_bool(set_len(lhs) < set_len(rhs) && set_subset(lhs, rhs));
        case BINARY_OP_MORE_EQUAL: return obj_bool(set_subset(rhs, lhs));
        case BINARY_OP_MORE: return obj_bool(set_len(rhs) < set_len(lhs) && set_subset(rhs, lhs));
        default: return OBJ_NULL;
    }
}

// ---------------------------------------------------------------- type slots
static obj_t set_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 0, 1, n_kw, false);
    if (type == &type_frozenset && n_args == 1 && obj_is_type_exact(args[0], &type_frozenset)) {
        return args[0];
    }
    obj_t s = set_alloc(type, 0);
    if (n_args == 1) {
        set_update(s, args[0]);
    }
    return s;
}

static void set_print(const printer_t *p, obj_t self, print_kind_t kind) {
    set_t *s = set_get(self);
    bool frozen = s->base.type == &type_frozenset;
    if (s->map.filled == 0) {
        print_str(p, frozen ? "frozenset()" : "set()");
        return;
    }
    print_str(p, frozen ? "frozenset({" : "{");
    size_t pos = 0;
    map_elem_t *e;
    bool first = true;
    while ((e = map_next(&s->map, &pos)) != NULL) {
        if (!first) {
            print_str(p, ", ");
        }
        first = false;
        rt_print(p, e->key, PRINT_REPR);
    }
    print_str(p, frozen ? "})" : "}");
}

static obj_t set_unary_op(unary_op_t op, obj_t self) {
    set_t *s = set_get(self);
    switch (op) {
        case UNARY_OP_BOOL: return obj_bool(s->map.filled != 0);
        case UNARY_OP_LEN: return obj_new_small_int((intptr_t)s->map.filled);
        case UNARY_OP_HASH: {
            if (s->base.type != &type_frozenset) {
                return OBJ_NULL;
            }
            if (s->hash == 0) {
                size_t h = 1927868237u * (s->map.filled + 1);
                size_t pos = 0;
                map_elem_t *e;
                while ((e = map_next(&s->map, &pos)) != NULL) {
                    size_t eh = rt_hash(e->key);
                    h ^= (eh ^ (eh << 16) ^ 89869747u) * 3644798167u;
                }
                h = h * 69069u + 907133923u;
                s->hash = h | 1;
            }
            return obj_new_small_int((intptr_t)(s->hash >> 2));
        }
        default: return OBJ_NULL;
    }
}

static obj_t set_slot_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    if (op == BINARY_OP_IN) {
        return obj_bool(set_contains(lhs, rhs));
    }
    obj_t other = seq_unwrap(rhs);
    if (!set_is_set(other)) {
        return OBJ_NULL;
    }
    if (op >= BINARY_OP_INPLACE_OR && op <= BINARY_OP_INPLACE_POWER) {
        if (obj_type(lhs) != &type_set) {
            return OBJ_NULL;   // frozenset: the runtime falls back to the plain op
        }
        binary_op_t plain = BINARY_OP_INPLACE_TO_PLAIN(op);
        if (plain == BINARY_OP_OR) {
            set_update(lhs, other);
            return lhs;
        }
        obj_t r = set_binary_op(plain, lhs, other);
        if (r == OBJ_NULL) {
            return OBJ_NULL;
        }
        set_assign(lhs, r);
        return lhs;
    }
    if (op >= BINARY_OP_REVERSE_OR && op <= BINARY_OP_REVERSE_XOR) {
        binary_op_t plain = (binary_op_t)(op - BINARY_OP_REVERSE_OR + BINARY_OP_OR);
        return set_binary_op(plain, other, lhs);
    }
    if (op == BINARY_OP_REVERSE_AND) {
        return set_binary_op(BINARY_OP_AND, other, lhs);
    }
    if (op == BINARY_OP_REVERSE_SUBTRACT) {
        return set_binary_op(BINARY_OP_SUBTRACT, other, lhs);
    }
    return set_binary_op(op, lhs, other);
}

// ---------------------------------------------------------------- iterator
static obj_t set_it_next(obj_t self) {
    set_iter_t *it = OBJ_TO_PTR(self);
    if (it->set == OBJ_NULL) {
        return OBJ_STOP;
    }
    set_t *s = set_get(it->set);
    if (s->map.filled != it->filled) {
        it->filled = (size_t)-1;
        rt_raise_msg(&type_RuntimeError, "Set changed size during iteration");
    }
    map_elem_t *e = map_next(&s->map, &it->pos);
    if (e == NULL) {
        it->set = OBJ_NULL;
        return OBJ_STOP;
    }
    return e->key;
}

static obj_t iter_self(obj_t self, iter_buf_t *buf) {
    return self;
}

static const type_t type_set_iterator = {
    {&type_type}, .name = N_set_iterator, .flags = TYPE_FLAG_ITER_IS_SELF,
    .getiter = iter_self, .iternext = set_it_next,
};

static obj_t set_getiter(obj_t self, iter_buf_t *buf) {
    set_iter_t *it = gc_alloc(sizeof(set_iter_t));
    it->base.type = &type_set_iterator;
    it->set = self;
    it->filled = set_get(self)->map.filled;
    return OBJ_FROM_PTR(it);
}

// ---------------------------------------------------------------- methods
// An argument of a set method as a set (any iterable is accepted).
static obj_t as_set(obj_t o) {
    obj_t u = seq_unwrap(o);
    return set_is_set(u) ? u : set_from_iterable(&type_set, o);
}

static obj_t set_add_meth(obj_t self, obj_t item) {
    self = seq_self(self, &type_set, NULL);
    set_add(self, item);
    return OBJ_NONE;
}
static FUN_OBJ_2(set_add_obj, set_add_meth);

static obj_t set_remove(obj_t self, obj_t item) {
    self = seq_self(self, &type_set, NULL);
    if (map_remove(&set_get(self)->map, lookup_key(item)) == OBJ_NULL) {
        rt_raise_KeyError(item);
    }
    return OBJ_NONE;
}
static FUN_OBJ_2(set_remove_obj, set_remove);

static obj_t set_discard(obj_t self, obj_t item) {
    self = seq_self(self, &type_set, NULL);
    map_remove(&set_get(self)->map, lookup_key(item));
    return OBJ_NONE;
}
static FUN_OBJ_2(set_discard_obj, set_discard);

static obj_t set_pop(obj_t self) {
    self = seq_self(self, &type_set, NULL);
    map_t *m = &set_get(self)->map;
    map_elem_t *e = map_pop_last(m);
    if (e == NULL) {
        rt_raise_msg(&type_KeyError, "pop from an empty set");
    }
    obj_t k = e->key;
    e->key = OBJ_NULL;
    e->value = OBJ_NULL;
    if (m->filled == 0) {
        map_clear(m);
    }
    return k;
}
static FUN_OBJ_1(set_pop_obj, set_pop);

static obj_t set_clear(obj_t self) {
    self = seq_self(self, &type_set, NULL);
    map_init(&set_get(self)->map, 0);
    return OBJ_NONE;
}
static FUN_OBJ_1(set_clear_obj, set_clear);

static obj_t set_copy(obj_t self) {
    self = seq_self(self, &type_set, &type_frozenset);
    return set_copy_as(obj_type(self), self);
}
static FUN_OBJ_1(set_copy_obj, set_copy);

static obj_t set_update_meth(size_t n_args, const obj_t *args) {
    obj_t self = seq_self(args[0], &type_set, NULL);
    for (size_t i = 1; i < n_args; i++) {
        set_update(self, args[i]);
    }
    return OBJ_NONE;
}
static FUN_OBJ_VAR(set_update_obj, 1, FUN_ARGS_MAX, set_update_meth);

static obj_t set_union(size_t n_args, const obj_t *args) {
    obj_t self = seq_self(args[0], &type_set, &type_frozenset);
    obj_t r = set_copy_as(obj_type(self), self);
    for (size_t i = 1; i < n_args; i++) {
        set_update(r, args[i]);
    }
    return r;
}
static FUN_OBJ_VAR(set_union_obj, 1, FUN_ARGS_MAX, set_union);

static obj_t set_intersection(size_t n_args, const obj_t *args) {
    obj_t self = seq_self(args[0], &type_set, &type_frozenset);
    const type_t *type = obj_type(self);
    obj_t r = set_copy_as(type, self);
    for (size_t i = 1; i < n_args; i++) {
        r = set_intersect(type, r, as_set(args[i]));
    }
    return r;
}
static FUN_OBJ_VAR(set_intersection_obj, 1, FUN_ARGS_MAX, set_intersection);

static obj_t set_intersection_update(size_t n_args, const obj_t *args) {
    obj_t self = seq_self(args[0], &type_set, NULL);
    set_assign(self, set_intersection(n_args, args));
    return OBJ_NONE;
}
static FUN_OBJ_VAR(set_intersection_update_obj, 1, FUN_ARGS_MAX, set_intersection_update);

static obj_t set_difference(size_t n_args, const obj_t *args) {
    obj_t self = seq_self(args[0], &type_set, &type_frozenset);
    const type_t *type = obj_type(self);
    obj_t r = set_copy_as(type, self);
    for (size_t i = 1; i < n_args; i++) {
        r = set_diff(type, r, as_set(args[i]));
    }
    return r;
}
static FUN_OBJ_VAR(set_difference_obj, 1, FUN_ARGS_MAX, set_difference);

static obj_t set_difference_update(size_t n_args, const obj_t *args) {
    obj_t self = seq_self(args[0], &type_set, NULL);
    set_assign(self, set_difference(n_args, args));
    return OBJ_NONE;
}
static FUN_OBJ_VAR(set_difference_update_obj, 1, FUN_ARGS_MAX, set_difference_update);

static obj_t set_symmetric_difference(obj_t self, obj_t other) {
    self = seq_self(self, &type_set, &type_frozenset);
    return set_symdiff(obj_type(self), self, as_set(other));
}
static FUN_OBJ_2(set_symmetric_difference_obj, set_symmetric_difference);

static obj_t set_symmetric_difference_update(obj_t self, obj_t other) {
    self = seq_self(self, &type_set, NULL);
    set_assign(self, set_symdiff(&type_set, self, as_set(other)));
    return OBJ_NONE;
}
static FUN_OBJ_2(set_symmetric_difference_update_obj, set_symmetric_difference_update);

static obj_t set_issubset(obj_t self, obj_t other) {
    self = seq_self(self, &type_set, &type_frozenset);
    return obj_bool(set_subset(self, as_set(other)));
}
static FUN_OBJ_2(set_issubset_obj, set_issubset);

static obj_t set_issuperset(obj_t self, obj_t other) {
    self = seq_self(self, &type_set, &type_frozenset);
    return obj_bool(set_subset(as_set(other), self));
}
static FUN_OBJ_2(set_issuperset_obj, set_issuperset);

static obj_t set_isdisjoint(obj_t self, obj_t other) {
    self = seq_self(self, &type_set, &type_frozenset);
    map_t *m = &set_get(self)->map;
    obj_t it = rt_getiter(other, NULL);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_STOP) {
        if (map_lookup(m, lookup_key(x)) != NULL) {
            return OBJ_FALSE;
        }
    }
    return OBJ_TRUE;
}
static FUN_OBJ_2(set_isdisjoint_obj, set_isdisjoint);

static obj_t set_init(size_t n_args, const obj_t *args) {
    obj_t self = seq_self(args[0], &type_set, NULL);
    map_init(&set_get(self)->map, 0);
    if (n_args > 1) {
        set_update(self, args[1]);
    }
    return OBJ_NONE;
}
static FUN_OBJ_VAR(set_init_obj, 1, 2, set_init);

static const map_elem_t set_locals_table[] = {
    MAP_ENTRY(N_add, &set_add_obj),
    MAP_ENTRY(N_remove, &set_remove_obj),
    MAP_ENTRY(N_discard, &set_discard_obj),
    MAP_ENTRY(N_pop, &set_pop_obj),
    MAP_ENTRY(N_clear, &set_clear_obj),
    MAP_ENTRY(N_copy, &set_copy_obj),
    MAP_ENTRY(N_update, &set_update_obj),
    MAP_ENTRY(N_union, &set_union_obj),
    MAP_ENTRY(N_intersection, &set_intersection_obj),
    MAP_ENTRY(N_intersection_update, &set_intersection_update_obj),
    MAP_ENTRY(N_difference, &set_difference_obj),
    MAP_ENTRY(N_difference_update, &set_difference_update_obj),
    MAP_ENTRY(N_symmetric_difference, &set_symmetric_difference_obj),
    MAP_ENTRY(N_symmetric_difference_update, &set_symmetric_difference_update_obj),
    MAP_ENTRY(N_issubset, &set_issubset_obj),
    MAP_ENTRY(N_issuperset, &set_issuperset_obj),
    MAP_ENTRY(N_isdisjoint, &set_isdisjoint_obj),
    MAP_ENTRY(N___init__, &set_init_obj),
    MAP_ENTRY(N___contains__, &seq_dunder_contains_obj),
    MAP_ENTRY(N___len__, &seq_dunder_len_obj),
    MAP_ENTRY(N___iter__, &seq_dunder_iter_obj),
};
static MAP_ROM(set_locals, set_locals_table);

static const map_elem_t frozenset_locals_table[] = {
    MAP_ENTRY(N_copy, &set_copy_obj),
    MAP_ENTRY(N_union, &set_union_obj),
    MAP_ENTRY(N_intersection, &set_intersection_obj),
    MAP_ENTRY(N_difference, &set_difference_obj),
    MAP_ENTRY(N_symmetric_difference, &set_symmetric_difference_obj),
    MAP_ENTRY(N_issubset, &set_issubset_obj),
    MAP_ENTRY(N_issuperset, &set_issuperset_obj),
    MAP_ENTRY(N_isdisjoint, &set_isdisjoint_obj),
    MAP_ENTRY(N___contains__, &seq_dunder_contains_obj),
    MAP_ENTRY(N___len__, &seq_dunder_len_obj),
    MAP_ENTRY(N___iter__, &seq_dunder_iter_obj),
};
static MAP_ROM(frozenset_locals, frozenset_locals_table);

const type_t type_set = {
    {&type_type},
    .name = N_set,
    .flags = TYPE_FLAG_BASETYPE,
    .make_new = set_make_new,
    .print = set_print,
    .unary_op = set_unary_op,
    .binary_op = set_slot_binary_op,
    .getiter = set_getiter,
    .locals = &set_locals,
};

const type_t type_frozenset = {
    {&type_type},
    .name = N_frozenset,
    .flags = TYPE_FLAG_BASETYPE,
    .make_new = set_make_new,
    .print = set_print,
    .unary_op = set_unary_op,
    .binary_op = set_slot_binary_op,
    .getiter = set_getiter,
    .locals = &frozenset_locals,
};
