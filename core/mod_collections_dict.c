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
    MAP_ENTRY(N___repr__, &od_repr_obj),
    MAP_ENTRY(N___eq__, &od_eq_obj),
    MAP_ENTRY(N___reversed__, &od_reversed_obj),
    MAP_ENTRY(N_move_to_end, &od_move_to_end_obj),
    MAP_ENTRY(N_popitem, &od_popitem_obj),
    MAP_ENTRY(N_copy, &od_copy_obj),
    MAP_ENTRY(N___copy__, &od_copy_obj),
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
    MAP_ENTRY(N___init__, &dd_init_obj),
    MAP_ENTRY(N___missing__, &dd_missing_obj),
    MAP_ENTRY(N___repr__, &dd_repr_obj),
    MAP_ENTRY(N_copy, &dd_copy_obj),
    MAP_ENTRY(N___copy__, &dd_copy_obj),
};

// ================================================================ classes
// A user class `name(dict)` of module collections with the given methods.
static obj_t dict_class(name_t name, const map_elem_t *methods, size_t n) {
    obj_t ns = dict_new(n + 2);
    dict_store(ns, OBJ_NAME(N___module__), OBJ_NAME(N_collections));
    for (size_t i = 0; i < n; i++) {
        dict_store(ns, methods[i].key, methods[i].value);
    }
    obj_t base = OBJ_FROM_PTR(&type_dict);
    return class_new(name, 1, &base, ns);
}

#define DICT_CLASS(name, methods) dict_class(name, methods, sizeof(methods) / sizeof(methods[0]))

void mod_collections_dict_init(map_t *g) {
    map_store(g, OBJ_NAME(N_OrderedDict), DICT_CLASS(N_OrderedDict, od_methods));
    map_store(g, OBJ_NAME(N_defaultdict), DICT_CLASS(N_defaultdict, dd_methods));
}
