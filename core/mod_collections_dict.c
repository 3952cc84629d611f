// core/mod_collections_dict.c — collections.OrderedDict, defaultdict and
// Counter: user classes over dict (class.c) made once per start-up and kept
// in the collections module's globals. Instances are instance_t with a dict
// sub-object, so every dict method and operator applies; dicts keep
// insertion order, so OrderedDict only adds move_to_end, popitem(last=),
// order-sensitive == and its repr. defaultdict keeps default_factory as an
// instance attribute and answers __missing__; Counter answers 0 for a
// missing key without storing it.
#include <string.h>
#include "core/runtime.h"
#include "core/types.h"
#include "core/gc.h"
#include "core/class.h"
#include "core/mod_collections.h"

// The native sub-object of a user-class instance.
static obj_t native_of(obj_t self) {
    const type_t *t = obj_type(self);
    if (obj_is_ptr(self) && (t->flags & TYPE_FLAG_USER) && !(t->flags & TYPE_FLAG_EXCEPTION)) {
        obj_t sub = ((instance_t *)OBJ_TO_PTR(self))->subobj;
        if (sub != OBJ_NULL) {
            return sub;
        }
    }
    return self;
}

static map_t *dict_of(obj_t self) {
    obj_t d = native_of(self);
    if (!obj_is_type_exact(d, &type_dict)) {
        rt_raise_TypeError("dict method needs a dict");
    }
    return dict_map(d);
}

// self | other for a dict class: a copy of self (same class) updated from
// the dict other.
static obj_t merge(obj_t self, obj_t other) {
    if (!obj_is_type_exact(native_of(other), &type_dict)) {
        return OBJ_NOTIMPLEMENTED;
    }
    dict_of(self);
    obj_t dest[2];
    rt_load_method(self, N_copy, dest);
    obj_t r = rt_call_method(dest[0], dest[1], 0, 0, NULL);
    dict_update(native_of(r), native_of(other), false);
    return r;
}

static obj_t dict_class_or(obj_t self, obj_t other) {
    return merge(self, other);
}
static FUN_OBJ_2(dict_class_or_obj, dict_class_or);

// ================================================================ OrderedDict
static obj_t od_repr(obj_t self) {
    map_t *m = dict_of(self);
    vstr_t v;
    vstr_init(&v, 32);
    printer_t p = vstr_printer(&v);
    print_fmt(&p, "%q(", obj_type(self)->name);
    if (m->filled) {
        print_str(&p, "[");
        size_t pos = 0;
        map_elem_t *e;
        bool first = true;
        while ((e = map_next(m, &pos)) != NULL) {
            obj_t k = e->key, val = e->value;
            print_fmt(&p, "%s(%R, %R)", first ? "" : ", ", k, val);
            first = false;
        }
        print_str(&p, "]");
    }
    print_str(&p, ")");
    return str_from_vstr(&v);
}
static FUN_OBJ_1(od_repr_obj, od_repr);

// move_to_end(key, last=True)
static obj_t od_move_to_end(size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_key, ARG_REQUIRED, OBJ_NULL},
        {N_last, 0, OBJ_TRUE},
    };
    obj_t v[2];
    rt_parse_args(n_args - 1, n_kw, args + 1, 2, spec, v);
    map_t *m = dict_of(args[0]);
    obj_t val = map_remove(m, v[0]);
    if (val == OBJ_NULL) {
        rt_raise_KeyError(v[0]);
    }
    if (rt_is_true(v[1])) {
        map_store(m, v[0], val);
        return OBJ_NONE;
    }
    // to the front: rebuild the map with the key first
    size_t n = m->filled;
    obj_t keep = list_new(2 * n, NULL);
    obj_t *items = ((list_t *)OBJ_TO_PTR(keep))->items;
    size_t pos = 0, i = 0;
    map_elem_t *e;
    while ((e = map_next(m, &pos)) != NULL) {
        items[i++] = e->key;
        items[i++] = e->value;
    }
    map_init(m, n + 1);
    map_store(m, v[0], val);
    for (i = 0; i < 2 * n; i += 2) {
        map_store(m, items[i], items[i + 1]);
    }
    return OBJ_NONE;
}
static FUN_OBJ_KW(od_move_to_end_obj, 2, od_move_to_end);

// popitem(last=True)
static obj_t od_popitem(size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_last, 0, OBJ_TRUE},
    };
    obj_t last;
    rt_parse_args(n_args - 1, n_kw, args + 1, 1, spec, &last);
    map_t *m = dict_of(args[0]);
    if (m->filled == 0) {
        rt_raise_msg(&type_KeyError, "dictionary is empty");
    }
    obj_t pair[2];
    if (rt_is_true(last)) {
        map_elem_t *e = map_pop_last(m);
        pair[0] = e->key;
        pair[1] = e->value;
        e->key = OBJ_NULL;
        e->value = OBJ_NULL;
        if (m->filled == 0) {
            map_clear(m);
        }
    } else {
        size_t pos = 0;
        map_elem_t *e = map_next(m, &pos);
        pair[0] = e->key;
        pair[1] = e->value;
        map_remove(m, pair[0]);
    }
    return tuple_new(2, pair);
}
static FUN_OBJ_KW(od_popitem_obj, 1, od_popitem);

static obj_t od_copy(obj_t self) {
    return rt_call1(OBJ_FROM_PTR(obj_type(self)), self);
}
static FUN_OBJ_1(od_copy_obj, od_copy);

static obj_t od_reversed(obj_t self) {
    map_t *m = dict_of(self);
    obj_t list = list_new(m->filled, NULL);
    list_t *l = OBJ_TO_PTR(list);
    size_t pos = 0, i = l->len;
    map_elem_t *e;
    while ((e = map_next(m, &pos)) != NULL && i > 0) {
        l->items[--i] = e->key;
    }
    return rt_getiter(list, NULL);
}
static FUN_OBJ_1(od_reversed_obj, od_reversed);

static obj_t collections_type(name_t name) {
    obj_t mod = rt_find_builtin_module(N_collections);
    return mod != OBJ_NULL ? map_get(rt_module_globals(mod), OBJ_NAME(name)) : OBJ_NULL;
}

// Two OrderedDicts are equal when their items are equal in order; against
// any other mapping an OrderedDict compares as a dict.
static obj_t od_eq(obj_t self, obj_t other) {
    obj_t od = collections_type(N_OrderedDict);
    if (od != OBJ_NULL && obj_is_instance(other, OBJ_TO_PTR(od))) {
        map_t *a = dict_of(self), *b = dict_of(other);
        if (a->filled != b->filled) {
            return OBJ_FALSE;
        }
        size_t pa = 0, pb = 0;
        map_elem_t *ea, *eb;
        while ((ea = map_next(a, &pa)) != NULL && (eb = map_next(b, &pb)) != NULL) {
            obj_t ka = ea->key, va = ea->value, kb = eb->key, vb = eb->value;
            if (!rt_equal(ka, kb) || !rt_equal(va, vb)) {
                return OBJ_FALSE;
            }
        }
        return OBJ_TRUE;
    }
    obj_t d = dict_from_map(dict_of(self));
    obj_t r = type_dict.binary_op(BINARY_OP_EQUAL, d, other);
    return r == OBJ_NULL ? OBJ_NOTIMPLEMENTED : r;
}
static FUN_OBJ_2(od_eq_obj, od_eq);

static const map_elem_t od_methods[] = {
    {OBJ_NAME(N___module__), OBJ_NAME(N_collections)},
    MAP_ENTRY(N___repr__, &od_repr_obj),
    MAP_ENTRY(N___eq__, &od_eq_obj),
    MAP_ENTRY(N___reversed__, &od_reversed_obj),
    MAP_ENTRY(N_move_to_end, &od_move_to_end_obj),
    MAP_ENTRY(N_popitem, &od_popitem_obj),
    MAP_ENTRY(N_copy, &od_copy_obj),
    MAP_ENTRY(N___copy__, &od_copy_obj),
    MAP_ENTRY(N___or__, &dict_class_or_obj),
};

// ================================================================ defaultdict
// __init__(self, default_factory=None, *args, **kw)
static obj_t dd_init(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t self = args[0];
    obj_t factory = n_args > 1 ? args[1] : OBJ_NONE;
    if (factory != OBJ_NONE && !rt_is_callable(factory)) {
        rt_raise_TypeError("first argument must be callable or None");
    }
    rt_store_attr(self, N_default_factory, factory);
    size_t rest = n_args > 2 ? n_args - 2 : 0;
    if (rest || n_kw) {
        obj_t dest[2];
        rt_load_method(native_of(self), N_update, dest);
        rt_call_method(dest[0], dest[1], rest, n_kw, args + n_args - rest);
    }
    return OBJ_NONE;
}
static FUN_OBJ_KW(dd_init_obj, 1, dd_init);

static obj_t dd_missing(obj_t self, obj_t key) {
    obj_t factory = rt_load_attr_maybe(self, N_default_factory);
    if (factory == OBJ_NULL || factory == OBJ_NONE) {
        rt_raise_KeyError(key);
    }
    obj_t v = rt_call0(factory);
    dict_store(native_of(self), key, v);
    return v;
}
static FUN_OBJ_2(dd_missing_obj, dd_missing);

static obj_t dd_repr(obj_t self) {
    obj_t factory = rt_load_attr_maybe(self, N_default_factory);
    vstr_t v;
    vstr_init(&v, 32);
    printer_t p = vstr_printer(&v);
    print_fmt(&p, "%q(%R, %R)", obj_type(self)->name, factory != OBJ_NULL ? factory : OBJ_NONE, native_of(self));
    return str_from_vstr(&v);
}
static FUN_OBJ_1(dd_repr_obj, dd_repr);

static obj_t dd_copy(obj_t self) {
    obj_t factory = rt_load_attr_maybe(self, N_default_factory);
    return rt_call2(OBJ_FROM_PTR(obj_type(self)), factory != OBJ_NULL ? factory : OBJ_NONE, native_of(self));
}
static FUN_OBJ_1(dd_copy_obj, dd_copy);

static const map_elem_t dd_methods[] = {
    {OBJ_NAME(N___module__), OBJ_NAME(N_collections)},
    MAP_ENTRY(N___init__, &dd_init_obj),
    MAP_ENTRY(N___missing__, &dd_missing_obj),
    MAP_ENTRY(N___repr__, &dd_repr_obj),
    MAP_ENTRY(N_copy, &dd_copy_obj),
    MAP_ENTRY(N___copy__, &dd_copy_obj),
    MAP_ENTRY(N___or__, &dict_class_or_obj),
};

// ================================================================ Counter
static bool is_counter(obj_t o) {
    obj_t mod = rt_find_builtin_module(N_collections);
    obj_t c = mod != OBJ_NULL ? map_get(rt_module_globals(mod), OBJ_NAME(N_Counter)) : OBJ_NULL;
    return c != OBJ_NULL && obj_is_instance(o, OBJ_TO_PTR(c));
}

// m[key] = m.get(key, 0) op delta
static void count_add(map_t *m, obj_t key, obj_t delta, binary_op_t op) {
    obj_t *slot = map_lookup(m, key);
    obj_t old = slot ? *slot : obj_new_small_int(0);
    obj_t v = rt_binary_op(op, old, delta);
    dict_store(dict_from_map(m), key, v);
}

// update()/subtract(): counts from a mapping, elements of an iterable, keywords.
static void count_update(size_t n_args, size_t n_kw, const obj_t *args, binary_op_t op, const char *who) {
    if (n_args > 2) {
        rt_raise_fmt(&type_TypeError, "%s expected at most 1 argument, got %u", who, (unsigned)(n_args - 1));
    }
    map_t *m = dict_of(args[0]);
    if (n_args == 2 && args[1] != OBJ_NONE) {
        obj_t src = args[1];
        obj_t nsrc = native_of(src);
        obj_t dest[2];
        if (obj_is_type_exact(nsrc, &type_dict)) {
            // a snapshot: src may be self
            map_t *sm = dict_map(nsrc);
            obj_t items = list_new(0, NULL);
            size_t pos = 0;
            map_elem_t *e;
            while ((e = map_next(sm, &pos)) != NULL) {
                list_append(items, e->key);
                list_append(items, e->value);
            }
            list_t *l = OBJ_TO_PTR(items);
            for (size_t i = 0; i < l->len; i += 2) {
                count_add(m, l->items[i], l->items[i + 1], op);
            }
        } else if (rt_load_method_maybe(src, N_keys, dest)) {
            obj_t it = rt_getiter(rt_call_method(dest[0], dest[1], 0, 0, NULL), NULL);
            obj_t k;
            while ((k = rt_iternext(it)) != OBJ_STOP) {
                count_add(m, k, rt_subscr_load(src, k), op);
            }
        } else {
            obj_t it = rt_getiter(src, NULL);
            obj_t k;
            obj_t one = obj_new_small_int(1);
            while ((k = rt_iternext(it)) != OBJ_STOP) {
                count_add(m, k, one, op);
            }
        }
    }
    for (size_t i = 0; i < n_kw; i++) {
        count_add(m, args[n_args + 2 * i], args[n_args + 2 * i + 1], op);
    }
}

static obj_t counter_init(size_t n_args, size_t n_kw, const obj_t *args) {
    count_update(n_args, n_kw, args, BINARY_OP_ADD, "Counter");
    return OBJ_NONE;
}
static FUN_OBJ_KW(counter_init_obj, 1, counter_init);

static obj_t counter_update(size_t n_args, size_t n_kw, const obj_t *args) {
    count_update(n_args, n_kw, args, BINARY_OP_ADD, "update");
    return OBJ_NONE;
}
static FUN_OBJ_KW(counter_update_obj, 1, counter_update);

static obj_t counter_subtract(size_t n_args, size_t n_kw, const obj_t *args) {
    count_update(n_args, n_kw, args, BINARY_OP_SUBTRACT, "subtract");
    return OBJ_NONE;
}
static FUN_OBJ_KW(counter_subtract_obj, 1, counter_subtract);

static obj_t counter_missing(obj_t self, obj_t key) {
    return obj_new_small_int(0);
}
static FUN_OBJ_2(counter_missing_obj, counter_missing);

static obj_t item_count(obj_t pair) {
    return ((tuple_t *)OBJ_TO_PTR(pair))->items[1];
}
static FUN_OBJ_1(item_count_obj, item_count);

// The (key, count) pairs, highest counts first (ties in insertion order).
static obj_t most_common(obj_t self) {
    map_t *m = dict_of(self);
    obj_t list = list_new(0, NULL);
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(m, &pos)) != NULL) {
        obj_t pair[2] = {e->key, e->value};
        list_append(list, tuple_new(2, pair));
    }
    list_sort(list, OBJ_FROM_PTR(&item_count_obj), true);
    return list;
}

static obj_t counter_most_common(size_t n_args, const obj_t *args) {
    obj_t list = most_common(args[0]);
    if (n_args > 1 && args[1] != OBJ_NONE) {
        intptr_t n = rt_get_int(args[1]);
        list_t *l = OBJ_TO_PTR(list);
        if (n < 0) {
            n = 0;
        }
        if ((size_t)n < l->len) {
            l->len = (size_t)n;
        }
    }
    return list;
}
static FUN_OBJ_VAR(counter_most_common_obj, 1, 2, counter_most_common);

static obj_t counter_elements(obj_t self) {
    map_t *m = dict_of(self);
    obj_t list = list_new(0, NULL);
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(m, &pos)) != NULL) {
        obj_t k = e->key;
        intptr_t n = rt_get_int(e->value);
        for (intptr_t i = 0; i < n; i++) {
            list_append(list, k);
        }
    }
    return rt_getiter(list, NULL);
}
static FUN_OBJ_1(counter_elements_obj, counter_elements);

static obj_t counter_total(obj_t self) {
    map_t *m = dict_of(self);
    obj_t sum = obj_new_small_int(0);
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(m, &pos)) != NULL) {
        sum = rt_binary_op(BINARY_OP_ADD, sum, e->value);
    }
    return sum;
}
static FUN_OBJ_1(counter_total_obj, counter_total);

static obj_t counter_repr(obj_t self) {
    map_t *m = dict_of(self);
    vstr_t v;
    vstr_init(&v, 32);
    printer_t p = vstr_printer(&v);
    print_fmt(&p, "%q(", obj_type(self)->name);
    if (m->filled) {
        list_t *l = OBJ_TO_PTR(most_common(self));
        print_str(&p, "{");
        for (size_t i = 0; i < l->len; i++) {
            tuple_t *t = OBJ_TO_PTR(l->items[i]);
            print_fmt(&p, "%s%R: %R", i ? ", " : "", t->items[0], t->items[1]);
        }
        print_str(&p, "}");
    }
    print_str(&p, ")");
    return str_from_vstr(&v);
}
static FUN_OBJ_1(counter_repr_obj, counter_repr);

static obj_t counter_copy(obj_t self) {
    return rt_call1(OBJ_FROM_PTR(obj_type(self)), self);
}
static FUN_OBJ_1(counter_copy_obj, counter_copy);

static bool positive(obj_t v) {
    return rt_is_true(rt_binary_op(BINARY_OP_MORE, v, obj_new_small_int(0)));
}

static bool negative(obj_t v) {
    return rt_is_true(rt_binary_op(BINARY_OP_LESS, v, obj_new_small_int(0)));
}

typedef enum { C_ADD, C_SUB, C_OR, C_AND } count_op_t;

// self op other for two Counters, keeping positive counts only.
static obj_t count_combine(obj_t self, obj_t other, count_op_t op) {
    if (!is_counter(other)) {
        return OBJ_NOTIMPLEMENTED;
    }
    obj_t result = rt_call0(OBJ_FROM_PTR(obj_type(self)));
    map_t *rm = dict_of(result), *a = dict_of(self), *b = dict_of(other);
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(a, &pos)) != NULL) {
        obj_t k = e->key, v = e->value;
        obj_t *ov = map_lookup(b, k);
        obj_t o = ov ? *ov : obj_new_small_int(0);
        obj_t n;
        switch (op) {
            case C_ADD: n = rt_binary_op(BINARY_OP_ADD, v, o); break;
            case C_SUB: n = rt_binary_op(BINARY_OP_SUBTRACT, v, o); break;
            case C_OR: n = rt_is_true(rt_binary_op(BINARY_OP_LESS, v, o)) ? o : v; break;
            default: n = rt_is_true(rt_binary_op(BINARY_OP_LESS, v, o)) ? v : o; break;
        }
        if (positive(n)) {
            dict_store(dict_from_map(rm), k, n);
        }
    }
    if (op == C_AND) {
        return result;
    }
    pos = 0;
    while ((e = map_next(b, &pos)) != NULL) {
        obj_t k = e->key, v = e->value;
        if (map_lookup(a, k) != NULL) {
            continue;
        }
        if (op == C_SUB) {
            if (negative(v)) {
                dict_store(dict_from_map(rm), k, rt_binary_op(BINARY_OP_SUBTRACT, obj_new_small_int(0), v));
            }
        } else if (positive(v)) {
            dict_store(dict_from_map(rm), k, v);
        }
    }
    return result;
}

static obj_t counter_add(obj_t self, obj_t other) {
    return count_combine(self, other, C_ADD);
}
static FUN_OBJ_2(counter_add_obj, counter_add);

static obj_t counter_sub(obj_t self, obj_t other) {
    return count_combine(self, other, C_SUB);
}
static FUN_OBJ_2(counter_sub_obj, counter_sub);

static obj_t counter_or(obj_t self, obj_t other) {
    return count_combine(self, other, C_OR);
}
static FUN_OBJ_2(counter_or_obj, counter_or);

static obj_t counter_and(obj_t self, obj_t other) {
    return count_combine(self, other, C_AND);
}
static FUN_OBJ_2(counter_and_obj, counter_and);

// +c keeps the positive counts, -c negates the negative ones.
static obj_t count_sign(obj_t self, bool neg) {
    obj_t result = rt_call0(OBJ_FROM_PTR(obj_type(self)));
    map_t *rm = dict_of(result), *a = dict_of(self);
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(a, &pos)) != NULL) {
        obj_t k = e->key, v = e->value;
        if (neg && negative(v)) {
            dict_store(dict_from_map(rm), k, rt_binary_op(BINARY_OP_SUBTRACT, obj_new_small_int(0), v));
        } else if (!neg && positive(v)) {
            dict_store(dict_from_map(rm), k, v);
        }
    }
    return result;
}

static obj_t counter_pos(obj_t self) {
    return count_sign(self, false);
}
static FUN_OBJ_1(counter_pos_obj, counter_pos);

static obj_t counter_neg(obj_t self) {
    return count_sign(self, true);
}
static FUN_OBJ_1(counter_neg_obj, counter_neg);

// Counters are equal when every key has the same count, missing counting as 0.
static obj_t counter_eq(obj_t self, obj_t other) {
    if (!is_counter(other)) {
        return OBJ_NOTIMPLEMENTED;
    }
    map_t *maps[2] = {dict_of(self), dict_of(other)};
    for (int i = 0; i < 2; i++) {
        size_t pos = 0;
        map_elem_t *e;
        while ((e = map_next(maps[i], &pos)) != NULL) {
            obj_t k = e->key, v = e->value;
            obj_t *ov = map_lookup(maps[1 - i], k);
            if (!rt_equal(v, ov ? *ov : obj_new_small_int(0))) {
                return OBJ_FALSE;
            }
        }
    }
    return OBJ_TRUE;
}
static FUN_OBJ_2(counter_eq_obj, counter_eq);

static const map_elem_t counter_methods[] = {
    {OBJ_NAME(N___module__), OBJ_NAME(N_collections)},
    MAP_ENTRY(N___init__, &counter_init_obj),
    MAP_ENTRY(N___missing__, &counter_missing_obj),
    MAP_ENTRY(N___repr__, &counter_repr_obj),
    MAP_ENTRY(N___eq__, &counter_eq_obj),
    MAP_ENTRY(N___add__, &counter_add_obj),
    MAP_ENTRY(N___sub__, &counter_sub_obj),
    MAP_ENTRY(N___pos__, &counter_pos_obj),
    MAP_ENTRY(N___neg__, &counter_neg_obj),
    MAP_ENTRY(N_update, &counter_update_obj),
    MAP_ENTRY(N_subtract, &counter_subtract_obj),
    MAP_ENTRY(N_most_common, &counter_most_common_obj),
    MAP_ENTRY(N_elements, &counter_elements_obj),
    MAP_ENTRY(N_total, &counter_total_obj),
    MAP_ENTRY(N_copy, &counter_copy_obj),
    MAP_ENTRY(N___copy__, &counter_copy_obj),
    MAP_ENTRY(N___or__, &counter_or_obj),
    MAP_ENTRY(N___and__, &counter_and_obj),
};

// ================================================================ classes
// The class namespaces are read-only ROM dicts (no heap for them at
// start-up; setting a class attribute raises TypeError).
#define DICT_ROM(name, elems) \
    static const dict_t name = {{&type_dict}, {.used = sizeof(elems) / sizeof(elems[0]), \
        .filled = sizeof(elems) / sizeof(elems[0]), .alloc = sizeof(elems) / sizeof(elems[0]), \
        .is_fixed = 1, .all_names = 1, .table = (map_elem_t *)elems}}
DICT_ROM(od_ns, od_methods);
DICT_ROM(dd_ns, dd_methods);
DICT_ROM(counter_ns, counter_methods);

// A user class `name(dict)` whose namespace is ns.
static obj_t dict_class(name_t name, const dict_t *ns) {
    obj_t base = OBJ_FROM_PTR(&type_dict);
    type_t *t = OBJ_TO_PTR(class_new(name, 1, &base, dict_new(0)));
    t->locals = (map_t *)&ns->map;
    rt_state.class_epoch++;
    return OBJ_FROM_PTR(t);
}

void mod_collections_dict_init(map_t *g) {
    map_store(g, OBJ_NAME(N_OrderedDict), dict_class(N_OrderedDict, &od_ns));
    map_store(g, OBJ_NAME(N_defaultdict), dict_class(N_defaultdict, &dd_ns));
    map_store(g, OBJ_NAME(N_Counter), dict_class(N_Counter, &counter_ns));
}
