// core/dict.c — the dict type (an insertion-ordered map_t, see map.h),
// its methods, the keys/values/items views and the dict iterators.
// Invariants: a dict's map is a heap map (never is_fixed, except dicts made
// by dict_from_map over a ROM table, which are only read). Iterators note
// the map's `filled` count when made and raise RuntimeError if it changes.
#include <string.h>
#include "core/coll.h"
#include "core/gc.h"

typedef enum { VIEW_KEYS = 0, VIEW_VALUES = 1, VIEW_ITEMS = 2 } view_kind_t;

typedef struct {
    obj_base_t base;
    obj_t dict;
} dict_view_t;

typedef struct {
    obj_base_t base;
    obj_t dict;
    size_t pos;
    size_t filled;
    uintptr_t kind;
} dict_iter_t;

static dict_t *dict_get_ptr(obj_t o) {
    return OBJ_TO_PTR(o);
}

obj_t dict_new(size_t n) {
    dict_t *d = gc_alloc(sizeof(dict_t));
    d->base.type = &type_dict;
    map_init(&d->map, n);
    return OBJ_FROM_PTR(d);
}

map_t *dict_map(obj_t dict) {
    return &dict_get_ptr(dict)->map;
}

// Mutable builtins can't be keys (user classes are handled by rt_hash).
static void check_hashable(obj_t key) {
    if (obj_is_ptr(key)) {
        const type_t *t = ((obj_base_t *)key)->type;
        if (t == &type_list || t == &type_dict || t == &type_set || t == &type_bytearray) {
            rt_raise_fmt(&type_TypeError, "unhashable type: '%q'", t->name);
        }
    }
}

void dict_store(obj_t dict, obj_t key, obj_t value) {
    check_hashable(key);
    map_store(dict_map(dict), key, value);
}

obj_t dict_get(obj_t dict, obj_t key) {
    return map_get(dict_map(dict), key);
}

static bool is_dict(obj_t o) {
    return obj_is_ptr(o) && ((obj_base_t *)o)->type == &type_dict;
}

// Copy every (key, value) of a mapping (a dict, or anything with keys()).
static void update_from_mapping(obj_t dict, obj_t other, bool reject_dups) {
    map_t *m = dict_map(dict);
    obj_t src = seq_unwrap(other);
    if (is_dict(src)) {
        map_t *om = dict_map(src);
        size_t pos = 0;
        map_elem_t *e;
        while ((e = map_next(om, &pos)) != NULL) {
            obj_t k = e->key, v = e->value;
            obj_t *slot = map_lookup_add(m, k);
            if (reject_dups && *slot != OBJ_NULL) {
                rt_raise_fmt(&type_TypeError, "function got multiple values for keyword argument '%O'", k);
            }
            *slot = v;
        }
        return;
    }
    obj_t keys[2];
    if (!rt_load_method_maybe(other, N_keys, keys)) {
        rt_raise_fmt(&type_TypeError, "'%s' object is not a mapping", rt_type_name(other));
    }
    obj_t it = rt_getiter(rt_call_method(keys[0], keys[1], 0, 0, keys), NULL);
    obj_t k;
    while ((k = rt_iternext(it)) != OBJ_STOP) {
        obj_t v = rt_subscr_load(other, k);
        check_hashable(k);
        obj_t *slot = map_lookup_add(m, k);
        if (reject_dups && *slot != OBJ_NULL) {
            rt_raise_fmt(&type_TypeError, "function got multiple values for keyword argument '%O'", k);
        }
        *slot = v;
    }
}

void dict_update(obj_t dict, obj_t other, bool reject_dups) {
    update_from_mapping(dict, other, reject_dups);
}

// dict.update / dict() argument: a mapping or an iterable of pairs.
static void update_from_any(obj_t dict, obj_t other) {
    obj_t src = seq_unwrap(other);
    obj_t dest[2];
    if (is_dict(src) || rt_load_method_maybe(other, N_keys, dest)) {
        update_from_mapping(dict, other, false);
        return;
    }
    obj_t it = rt_getiter(other, NULL);
    obj_t x;
    size_t n = 0;
    while ((x = rt_iternext(it)) != OBJ_STOP) {
        size_t len;
        const obj_t *items = seq_items(x, &len);
        obj_t pair[2];
        if (items) {
            if (len != 2) {
                rt_raise_fmt(&type_ValueError, "dictionary update sequence element #%u has length %u; 2 is required",
                             (unsigned)n, (unsigned)len);
            }
            pair[0] = items[0];
            pair[1] = items[1];
        } else {
            const type_t *t = obj_type(x);
            if (t->getiter == NULL && !(t->flags & TYPE_FLAG_USER)) {
                rt_raise_fmt(&type_TypeError, "cannot convert dictionary update sequence element #%u to a sequence",
                             (unsigned)n);
            }
            obj_t l = list_new(0, NULL);
            list_extend(l, x);
            list_t *lp = OBJ_TO_PTR(l);
            if (lp->len != 2) {
                rt_raise_fmt(&type_ValueError, "dictionary update sequence element #%u has length %u; 2 is required",
                             (unsigned)n, (unsigned)lp->len);
            }
            pair[0] = lp->items[0];
            pair[1] = lp->items[1];
        }
        dict_store(dict, pair[0], pair[1]);
        n++;
    }
}

// Store the keyword pairs args[0..2*n_kw) (name, value).
static void update_from_kw(obj_t dict, size_t n_kw, const obj_t *kw) {
    for (size_t i = 0; i < n_kw; i++) {
        dict_store(dict, kw[2 * i], kw[2 * i + 1]);
    }
}

// ---------------------------------------------------------------- type slots
static obj_t dict_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 0, 1, 0, false);
    obj_t d = dict_new(0);
    if (n_args == 1) {
        update_from_any(d, args[0]);
    }
    update_from_kw(d, n_kw, args + n_args);
    return d;
}

static void dict_print_body(const printer_t *p, obj_t self, print_kind_t kind) {
    map_t *m = dict_map(self);
    print_str(p, "{");
    size_t pos = 0;
    map_elem_t *e;
    bool first = true;
    while ((e = map_next(m, &pos)) != NULL) {
        if (!first) {
            print_str(p, ", ");
        }
        first = false;
        obj_t k = e->key, v = e->value;   // a user __repr__ may change the dict
        rt_print(p, k, PRINT_REPR);
        print_str(p, ": ");
        rt_print(p, v, PRINT_REPR);
    }
    print_str(p, "}");
}

static void dict_print(const printer_t *p, obj_t self, print_kind_t kind) {
    seq_print_guarded(p, self, kind, dict_print_body, "{...}");
}

static obj_t dict_unary_op(unary_op_t op, obj_t self) {
    map_t *m = dict_map(self);
    switch (op) {
        case UNARY_OP_BOOL: return obj_bool(m->filled != 0);
        case UNARY_OP_LEN: return obj_new_small_int((intptr_t)m->filled);
        default: return OBJ_NULL;
    }
}

static bool dict_equal(obj_t a, obj_t b) {
    map_t *ma = dict_map(a), *mb = dict_map(b);
    if (ma->filled != mb->filled) {
        return false;
    }
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(ma, &pos)) != NULL) {
        obj_t av = e->value;
        obj_t v = map_get(mb, e->key);
        if (v == OBJ_NULL || !rt_equal(av, v)) {
            return false;
        }
    }
    return true;
}

static obj_t dict_copy(obj_t self);

static obj_t dict_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    switch (op) {
        case BINARY_OP_IN:
            check_hashable(rhs);
            return obj_bool(map_lookup(dict_map(lhs), rhs) != NULL);
        case BINARY_OP_EQUAL:
        case BINARY_OP_NOT_EQUAL: {
            obj_t b = seq_unwrap(rhs);
            if (!is_dict(b)) {
                return OBJ_NULL;
            }
            bool eq = dict_equal(lhs, b);
            return obj_bool(op == BINARY_OP_EQUAL ? eq : !eq);
        }
        case BINARY_OP_OR: {
            obj_t b = seq_unwrap(rhs);
            if (!is_dict(b)) {
                return OBJ_NULL;
            }
            obj_t d = dict_copy(lhs);
            update_from_mapping(d, b, false);
            return d;
        }
        case BINARY_OP_REVERSE_OR: {
            obj_t b = seq_unwrap(rhs);
            if (!is_dict(b)) {
                return OBJ_NULL;
            }
            obj_t d = dict_copy(b);
            update_from_mapping(d, lhs, false);
            return d;
        }
        case BINARY_OP_INPLACE_OR:
            update_from_any(lhs, rhs);
            return lhs;
        default:
            return OBJ_NULL;
    }
}

static obj_t dict_subscr(obj_t self, obj_t index, obj_t value) {
    map_t *m = dict_map(self);
    if (value == OBJ_SENTINEL) {
        obj_t *v = map_lookup(m, index);
        if (v == NULL) {
            check_hashable(index);
            rt_raise_KeyError(index);
        }
        return *v;
    }
    if (value == OBJ_NULL) {
        check_hashable(index);
        if (map_remove(m, index) == OBJ_NULL) {
            rt_raise_KeyError(index);
        }
        return OBJ_NONE;
    }
    dict_store(self, index, value);
    return OBJ_NONE;
}

// ---------------------------------------------------------------- iterators
static obj_t dict_it_next(obj_t self) {
    dict_iter_t *it = OBJ_TO_PTR(self);
    if (it->dict == OBJ_NULL) {
        return OBJ_STOP;
    }
    map_t *m = dict_map(it->dict);
    if (m->filled != it->filled) {
        it->filled = (size_t)-1;   // stays broken, as in CPython
        rt_raise_msg(&type_RuntimeError, "dictionary changed size during iteration");
    }
    map_elem_t *e = map_next(m, &it->pos);
    if (e == NULL) {
        it->dict = OBJ_NULL;
        return OBJ_STOP;
    }
    switch (it->kind) {
        case VIEW_KEYS: return e->key;
        case VIEW_VALUES: return e->value;
        default: {
            obj_t pair[2] = {e->key, e->value};
            return tuple_new(2, pair);
        }
    }
}

static obj_t iter_self(obj_t self, iter_buf_t *buf) {
    return self;
}

static const type_t type_dict_keyiterator = {
    {&type_type}, .name = N_dict_keyiterator, .flags = TYPE_FLAG_ITER_IS_SELF,
    .getiter = iter_self, .iternext = dict_it_next,
};
static const type_t type_dict_valueiterator = {
    {&type_type}, .name = N_dict_valueiterator, .flags = TYPE_FLAG_ITER_IS_SELF,
    .getiter = iter_self, .iternext = dict_it_next,
};
static const type_t type_dict_itemiterator = {
    {&type_type}, .name = N_dict_itemiterator, .flags = TYPE_FLAG_ITER_IS_SELF,
    .getiter = iter_self, .iternext = dict_it_next,
};

static obj_t dict_iter_new(obj_t dict, view_kind_t kind) {
    static const type_t *const types[] = {
        &type_dict_keyiterator, &type_dict_valueiterator, &type_dict_itemiterator,
    };
    dict_iter_t *it = gc_alloc(sizeof(dict_iter_t));
    it->base.type = types[kind];
    it->dict = dict;
    it->filled = dict_map(dict)->filled;
    it->kind = kind;
    return OBJ_FROM_PTR(it);
}

static obj_t dict_getiter(obj_t self, iter_buf_t *buf) {
    return dict_iter_new(self, VIEW_KEYS);
}

// ---------------------------------------------------------------- views
static view_kind_t view_kind(obj_t view) {
    const type_t *t = obj_type(view);
    return t == &type_dict_keys ? VIEW_KEYS : t == &type_dict_values ? VIEW_VALUES : VIEW_ITEMS;
}

static obj_t view_new(obj_t dict, const type_t *type) {
    dict_view_t *v = gc_alloc(sizeof(dict_view_t));
    v->base.type = type;
    v->dict = dict;
    return OBJ_FROM_PTR(v);
}

static void view_print(const printer_t *p, obj_t self, print_kind_t kind) {
    dict_view_t *v = OBJ_TO_PTR(self);
    print_fmt(p, "%q([", obj_type(self)->name);
    obj_t it = dict_iter_new(v->dict, view_kind(self));
    obj_t x;
    bool first = true;
    while ((x = dict_it_next(it)) != OBJ_STOP) {
        if (!first) {
            print_str(p, ", ");
        }
        first = false;
        rt_print(p, x, PRINT_REPR);
    }
    print_str(p, "])");
}

static obj_t view_unary_op(unary_op_t op, obj_t self) {
    dict_view_t *v = OBJ_TO_PTR(self);
    return dict_unary_op(op, v->dict);
}

static obj_t view_getiter(obj_t self, iter_buf_t *buf) {
    dict_view_t *v = OBJ_TO_PTR(self);
    return dict_iter_new(v->dict, view_kind(self));
}

static bool view_contains(obj_t self, obj_t item) {
    dict_view_t *v = OBJ_TO_PTR(self);
    map_t *m = dict_map(v->dict);
    switch (view_kind(self)) {
        case VIEW_KEYS:
            check_hashable(item);
            return map_lookup(m, item) != NULL;
        case VIEW_ITEMS: {
            size_t n;
            const obj_t *kv = seq_items(item, &n);
            if (!kv || !obj_is_type_exact(item, &type_tuple) || n != 2) {
                return false;
            }
            obj_t *val = map_lookup(m, kv[0]);
            return val != NULL && rt_equal(*val, kv[1]);
        }
        default: {
            size_t pos = 0;
            map_elem_t *e;
            while ((e = map_next(m, &pos)) != NULL) {
                if (rt_equal(e->value, item)) {
                    return true;
                }
            }
            return false;
        }
    }
}

static obj_t view_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    if (op == BINARY_OP_IN) {
        return obj_bool(view_contains(lhs, rhs));
    }
    if (view_kind(lhs) == VIEW_VALUES) {
        return OBJ_NULL;
    }
    // set-like views: compute with sets
    bool reflected = op >= BINARY_OP_REVERSE_OR && op <= BINARY_OP_REVERSE_POWER;
    binary_op_t plain = op;
    if (reflected) {
        plain = (binary_op_t)(op - BINARY_OP_REVERSE_OR + BINARY_OP_OR);
    } else if (op >= BINARY_OP_INPLACE_OR && op <= BINARY_OP_INPLACE_POWER) {
        plain = BINARY_OP_INPLACE_TO_PLAIN(op);
    }
    bool is_setop = plain == BINARY_OP_OR || plain == BINARY_OP_AND || plain == BINARY_OP_SUBTRACT ||
                    plain == BINARY_OP_XOR;
    bool is_cmp = plain <= BINARY_OP_NOT_EQUAL && plain != BINARY_OP_IN;
    if (!is_setop && !is_cmp) {
        return OBJ_NULL;
    }
    obj_t other = seq_unwrap(rhs);
    bool other_ok = set_is_set(other) || obj_type(other) == &type_dict_keys || obj_type(other) == &type_dict_items;
    if (is_cmp && !other_ok) {
        return OBJ_NULL;
    }
    if (!set_is_set(other)) {
        if (obj_type(other)->getiter == NULL && !(obj_type(other)->flags & TYPE_FLAG_USER)) {
            return OBJ_NULL;
        }
        other = set_from_iterable(&type_set, rhs);
    }
    obj_t mine = set_from_iterable(&type_set, lhs);
    return reflected ? set_binary_op(plain, other, mine) : set_binary_op(plain, mine, other);
}

// keys/items views: isdisjoint(iterable)
static obj_t view_isdisjoint(obj_t self, obj_t other) {
    obj_t it = rt_getiter(other, NULL);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_STOP) {
        if (view_contains(self, x)) {
            return OBJ_FALSE;
        }
    }
    return OBJ_TRUE;
}
static FUN_OBJ_2(view_isdisjoint_obj, view_isdisjoint);

static const map_elem_t view_locals_table[] = {
    MAP_ENTRY(N_isdisjoint, &view_isdisjoint_obj),
};
static MAP_ROM(view_locals, view_locals_table);

const type_t type_dict_keys = {
    {&type_type}, .name = N_dict_keys, .print = view_print, .unary_op = view_unary_op,
    .binary_op = view_binary_op, .getiter = view_getiter, .locals = &view_locals,
};
const type_t type_dict_values = {
    {&type_type}, .name = N_dict_values, .print = view_print, .unary_op = view_unary_op,
    .binary_op = view_binary_op, .getiter = view_getiter,
};
const type_t type_dict_items = {
    {&type_type}, .name = N_dict_items, .print = view_print, .unary_op = view_unary_op,
    .binary_op = view_binary_op, .getiter = view_getiter, .locals = &view_locals,
};

// ---------------------------------------------------------------- methods
static obj_t dict_keys(obj_t self) {
    self = seq_self(self, &type_dict, NULL);
    return view_new(self, &type_dict_keys);
}
static FUN_OBJ_1(dict_keys_obj, dict_keys);

static obj_t dict_values(obj_t self) {
    self = seq_self(self, &type_dict, NULL);
    return view_new(self, &type_dict_values);
}
static FUN_OBJ_1(dict_values_obj, dict_values);

static obj_t dict_items(obj_t self) {
    self = seq_self(self, &type_dict, NULL);
    return view_new(self, &type_dict_items);
}
static FUN_OBJ_1(dict_items_obj, dict_items);

static obj_t dict_get_meth(size_t n_args, const obj_t *args) {
    obj_t self = seq_self(args[0], &type_dict, NULL);
    check_hashable(args[1]);
    obj_t v = map_get(dict_map(self), args[1]);
    if (v == OBJ_NULL) {
        return n_args > 2 ? args[2] : OBJ_NONE;
    }
    return v;
}
static FUN_OBJ_VAR(dict_get_obj, 2, 3, dict_get_meth);

static obj_t dict_setdefault(size_t n_args, const obj_t *args) {
    obj_t self = seq_self(args[0], &type_dict, NULL);
    check_hashable(args[1]);
    obj_t *slot = map_lookup_add(dict_map(self), args[1]);
    if (*slot == OBJ_NULL) {
        *slot = n_args > 2 ? args[2] : OBJ_NONE;
    }
    return *slot;
}
static FUN_OBJ_VAR(dict_setdefault_obj, 2, 3, dict_setdefault);

static obj_t dict_pop(size_t n_args, const obj_t *args) {
    obj_t self = seq_self(args[0], &type_dict, NULL);
    check_hashable(args[1]);
    obj_t v = map_remove(dict_map(self), args[1]);
    if (v == OBJ_NULL) {
        if (n_args > 2) {
            return args[2];
        }
        rt_raise_KeyError(args[1]);
    }
    return v;
}
static FUN_OBJ_VAR(dict_pop_obj, 2, 3, dict_pop);

static obj_t dict_popitem(obj_t self) {
    self = seq_self(self, &type_dict, NULL);
    map_elem_t *e = map_pop_last(dict_map(self));
    if (e == NULL) {
        rt_raise_msg(&type_KeyError, "popitem(): dictionary is empty");
    }
    obj_t pair[2] = {e->key, e->value};
    e->key = OBJ_NULL;
    e->value = OBJ_NULL;
    if (dict_map(self)->filled == 0) {
        map_clear(dict_map(self));
    }
    return tuple_new(2, pair);
}
static FUN_OBJ_1(dict_popitem_obj, dict_popitem);

static obj_t dict_update_meth(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t self = seq_self(args[0], &type_dict, NULL);
    if (n_args > 2) {
        rt_raise_fmt(&type_TypeError, "update expected at most 1 argument, got %u", (unsigned)(n_args - 1));
    }
    if (n_args == 2) {
        update_from_any(self, args[1]);
    }
    update_from_kw(self, n_kw, args + n_args);
    return OBJ_NONE;
}
static FUN_OBJ_KW(dict_update_obj, 1, dict_update_meth);

static obj_t dict_copy(obj_t self) {
    self = seq_self(self, &type_dict, NULL);
    dict_t *d = gc_alloc(sizeof(dict_t));
    d->base.type = &type_dict;
    map_copy(&d->map, dict_map(self));
    return OBJ_FROM_PTR(d);
}
static FUN_OBJ_1(dict_copy_obj, dict_copy);

static obj_t dict_clear(obj_t self) {
    self = seq_self(self, &type_dict, NULL);
    map_t *m = dict_map(self);
    map_init(m, 0);
    return OBJ_NONE;
}
static FUN_OBJ_1(dict_clear_obj, dict_clear);

static obj_t dict_fromkeys(size_t n_args, const obj_t *args) {
    obj_t cls = args[0];
    obj_t value = n_args > 2 ? args[2] : OBJ_NONE;
    bool plain = cls == OBJ_FROM_PTR(&type_dict);
    obj_t d = plain ? dict_new(0) : rt_call0(cls);
    obj_t it = rt_getiter(args[1], NULL);
    obj_t k;
    while ((k = rt_iternext(it)) != OBJ_STOP) {
        if (plain) {
            dict_store(d, k, value);
        } else {
            rt_subscr_store(d, k, value);
        }
    }
    return d;
}
static FUN_OBJ_VAR(dict_fromkeys_fun_obj, 2, 3, dict_fromkeys);
static CLASSMETHOD_OBJ(dict_fromkeys_obj, dict_fromkeys_fun_obj);

static obj_t dict_init(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t self = seq_self(args[0], &type_dict, NULL);
    if (n_args > 2) {
        rt_raise_fmt(&type_TypeError, "dict expected at most 1 argument, got %u", (unsigned)(n_args - 1));
    }
    map_init(dict_map(self), 0);
    return dict_update_meth(n_args, n_kw, args);
}
static FUN_OBJ_KW(dict_init_obj, 1, dict_init);

static const map_elem_t dict_locals_table[] = {
    MAP_ENTRY(N_keys, &dict_keys_obj),
    MAP_ENTRY(N_values, &dict_values_obj),
    MAP_ENTRY(N_items, &dict_items_obj),
    MAP_ENTRY(N_get, &dict_get_obj),
    MAP_ENTRY(N_setdefault, &dict_setdefault_obj),
    MAP_ENTRY(N_pop, &dict_pop_obj),
    MAP_ENTRY(N_popitem, &dict_popitem_obj),
    MAP_ENTRY(N_update, &dict_update_obj),
    MAP_ENTRY(N_copy, &dict_copy_obj),
    MAP_ENTRY(N_clear, &dict_clear_obj),
    MAP_ENTRY(N_fromkeys, &dict_fromkeys_obj),
    MAP_ENTRY(N___init__, &dict_init_obj),
    SEQ_DUNDERS_RW,
    SEQ_DUNDERS_EQ,
};
static MAP_ROM(dict_locals, dict_locals_table);

const type_t type_dict = {
    {&type_type},
    .name = N_dict,
    .flags = TYPE_FLAG_BASETYPE,
    .make_new = dict_make_new,
    .print = dict_print,
    .unary_op = dict_unary_op,
    .binary_op = dict_binary_op,
    .subscr = dict_subscr,
    .getiter = dict_getiter,
    .locals = &dict_locals,
};
