// core/mod_collections.c — the `collections` module: namedtuple and deque
// here; OrderedDict, defaultdict and Counter in mod_collections_dict.c.
// - namedtuple(typename, field_names) makes a user class (class.c) whose
//   base is tuple: instances are instance_t with a tuple sub-object, so
//   indexing, unpacking, comparison and hashing are the tuple's. The class
//   namespace holds _fields, _field_defaults, __new__, __repr__, _asdict,
//   _replace, _make and one property per field (getter: a bound method of
//   the field's index).
// - deque is a native type: a ring buffer whose capacity is a power of two;
//   `state` changes on every insertion/removal so iterators can detect it.
// The module is a heap module (its dict classes are made at start-up).
#include <string.h>
#include "core/runtime.h"
#include "core/types.h"
#include "core/gc.h"
#include "core/func.h"
#include "core/class.h"
#include "core/vm.h"
#include "core/mod_builtins.h"
#include "core/mod_collections.h"

// The native sub-object of a user-class instance (tuple, dict).
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

static tuple_t *tuple_of(obj_t self) {
    obj_t t = native_of(self);
    if (!obj_is_type_exact(t, &type_tuple)) {
        rt_raise_TypeError("namedtuple method needs a namedtuple");
    }
    return OBJ_TO_PTR(t);
}

static map_t *dict_of(obj_t self) {
    obj_t d = native_of(self);
    if (!obj_is_type_exact(d, &type_dict)) {
        rt_raise_TypeError("dict method needs a dict");
    }
    return dict_map(d);
}

// ================================================================ namedtuple
static tuple_t *fields_of(obj_t cls) {
    obj_t f = rt_load_attr(cls, N__fields);
    if (!obj_is_type_exact(f, &type_tuple)) {
        rt_raise_TypeError("_fields must be a tuple");
    }
    return OBJ_TO_PTR(f);
}

// A new instance of the namedtuple class cls holding items (no __init__).
static obj_t nt_instance(obj_t cls, size_t n, const obj_t *items) {
    const type_t *ct = OBJ_TO_PTR(cls);
    if (!obj_is_type_exact(cls, &type_type) || !(ct->flags & TYPE_FLAG_USER) ||
        (ct->flags & TYPE_FLAG_EXCEPTION) || ct->parent != &type_tuple) {
        rt_raise_TypeError("not a namedtuple class");
    }
    obj_t self = class_new_instance(OBJ_TO_PTR(cls), 0, 0, NULL);
    ((instance_t *)OBJ_TO_PTR(self))->subobj = tuple_new(n, items);
    return self;
}

// __new__(cls, *args, **kw)
static obj_t nt_new(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t cls = args[0];
    if (!obj_is_type_exact(cls, &type_type)) {
        rt_raise_TypeError("__new__(X): X is not a type object");
    }

    tuple_t *fields = fields_of(cls);
    size_t n = fields->len;
    name_t tname = ((const type_t *)OBJ_TO_PTR(cls))->name;
    if (n_args - 1 > n) {
        rt_raise_fmt(&type_TypeError, "%q.__new__() takes %u positional arguments but %u were given",
                     tname, (unsigned)(n + 1), (unsigned)n_args);
    }
    obj_t items[n + 1];
    for (size_t i = 0; i < n; i++) {
        items[i] = i + 1 < n_args ? args[i + 1] : OBJ_NULL;
    }
    for (size_t k = 0; k < n_kw; k++) {
        obj_t key = args[n_args + 2 * k];
        size_t i = 0;
        while (i < n && !rt_equal(fields->items[i], key)) {
            i++;
        }
        if (i == n) {
            rt_raise_fmt(&type_TypeError, "%q.__new__() got an unexpected keyword argument '%O'", tname, key);
        }
        if (items[i] != OBJ_NULL) {
            rt_raise_fmt(&type_TypeError, "%q.__new__() got multiple values for argument '%O'", tname, key);
        }
        items[i] = args[n_args + 2 * k + 1];
    }
    obj_t defaults = OBJ_NULL;
    for (size_t i = 0; i < n; i++) {
        if (items[i] != OBJ_NULL) {
            continue;
        }
        if (defaults == OBJ_NULL) {
            defaults = rt_load_attr_maybe(cls, N__field_defaults);
        }
        obj_t d = OBJ_NULL;
        if (defaults != OBJ_NULL && obj_is_instance(defaults, &type_dict)) {
            d = map_get(dict_of(defaults), fields->items[i]);
        }
        if (d == OBJ_NULL) {
            rt_raise_fmt(&type_TypeError, "%q.__new__() missing required argument: '%O'", tname, fields->items[i]);
        }
        items[i] = d;
    }
    return nt_instance(cls, n, items);
}
static FUN_OBJ_KW(nt_new_fun, 1, nt_new);
static STATICMETHOD_OBJ(nt_new_obj, nt_new_fun);

// The getter of field `index` (bound to the index as a small int).
static obj_t nt_getfield(obj_t index, obj_t self) {
    tuple_t *t = tuple_of(self);
    intptr_t i = obj_small_int_value(index);
    if (i < 0 || (size_t)i >= t->len) {
        rt_raise_IndexError("namedtuple field out of range");
    }
    return t->items[i];
}
static FUN_OBJ_2(nt_getfield_obj, nt_getfield);

static obj_t nt_repr(obj_t self) {
    tuple_t *t = tuple_of(self);
    tuple_t *fields = fields_of(OBJ_FROM_PTR(obj_type(self)));
    vstr_t v;
    vstr_init(&v, 32);
    printer_t p = vstr_printer(&v);
    print_fmt(&p, "%q(", obj_type(self)->name);
    for (size_t i = 0; i < t->len; i++) {
        if (i) {
            print_str(&p, ", ");
        }
        if (i < fields->len) {
            print_fmt(&p, "%O=", fields->items[i]);
        }
        rt_print(&p, t->items[i], PRINT_REPR);
    }
    print_str(&p, ")");
    return str_from_vstr(&v);
}
static FUN_OBJ_1(nt_repr_obj, nt_repr);

static obj_t nt_asdict(obj_t self) {
    tuple_t *t = tuple_of(self);
    tuple_t *fields = fields_of(OBJ_FROM_PTR(obj_type(self)));
    obj_t d = dict_new(t->len);
    for (size_t i = 0; i < t->len && i < fields->len; i++) {
        dict_store(d, fields->items[i], t->items[i]);
    }
    return d;
}
static FUN_OBJ_1(nt_asdict_obj, nt_asdict);

// _replace(self, **kw)
static obj_t nt_replace(size_t n_args, size_t n_kw, const obj_t *args) {
    if (n_args != 1) {
        rt_raise_TypeError("_replace() takes keyword arguments only");
    }
    obj_t self = args[0];
    tuple_t *t = tuple_of(self);
    tuple_t *fields = fields_of(OBJ_FROM_PTR(obj_type(self)));
    obj_t items[t->len + 1];
    memcpy(items, t->items, t->len * sizeof(obj_t));
    obj_t unknown = OBJ_NULL;
    for (size_t k = 0; k < n_kw; k++) {
        obj_t key = args[1 + 2 * k];
        size_t i = 0;
        while (i < fields->len && !rt_equal(fields->items[i], key)) {
            i++;
        }
        if (i < fields->len && i < t->len) {
            items[i] = args[2 + 2 * k];
        } else {
            if (unknown == OBJ_NULL) {
                unknown = list_new(0, NULL);
            }
            list_append(unknown, key);
        }
    }
    if (unknown != OBJ_NULL) {
        rt_raise_fmt(&type_ValueError, "Got unexpected field names: %R", unknown);
    }
    return nt_instance(OBJ_FROM_PTR(obj_type(self)), t->len, items);
}
static FUN_OBJ_KW(nt_replace_obj, 1, nt_replace);

// _make(cls, iterable)
static obj_t nt_make(obj_t cls, obj_t iterable) {
    tuple_t *fields = fields_of(cls);
    obj_t list = list_new(0, NULL);
    list_extend(list, iterable);
    list_t *l = OBJ_TO_PTR(list);
    if (l->len != fields->len) {
        rt_raise_fmt(&type_TypeError, "Expected %u arguments, got %u", (unsigned)fields->len, (unsigned)l->len);
    }
    return nt_instance(cls, l->len, l->items);
}
static FUN_OBJ_2(nt_make_fun, nt_make);
static CLASSMETHOD_OBJ(nt_make_obj, nt_make_fun);

// __setattr__: instances of the namedtuple class itself have no attribute
// dict (CPython gives them __slots__ = ()); subclasses' instances do.
static obj_t nt_setattr(obj_t self, obj_t name, obj_t value) {
    const type_t *t = obj_type(self);
    name_t attr = rt_intern_obj(name);
    if (map_lookup(t->locals, OBJ_NAME(N__fields)) != NULL) {
        rt_raise_fmt(&type_AttributeError, "'%q' object has no attribute '%q'", t->name, attr);
    }
    obj_t dest[2] = {OBJ_SENTINEL, value};
    class_store_member(self, attr, dest);
    return OBJ_NONE;
}
static FUN_OBJ_3(nt_setattr_obj, nt_setattr);

static bool is_ident_start(uint8_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

static bool is_ident(const char *s, size_t n) {
    if (n == 0 || !is_ident_start((uint8_t)s[0])) {
        return false;
    }
    for (size_t i = 1; i < n; i++) {
        uint8_t c = (uint8_t)s[i];
        if (!is_ident_start(c) && !(c >= '0' && c <= '9')) {
            return false;
        }
    }
    return true;
}

static bool is_keyword(const char *s, size_t n) {
    static const char *const kw[] = {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
        "return", "try", "while", "with", "yield",
    };
    for (size_t i = 0; i < sizeof(kw) / sizeof(kw[0]); i++) {
        if (strlen(kw[i]) == n && memcmp(kw[i], s, n) == 0) {
            return true;
        }
    }
    return false;
}

// The field names as a list of strs: a str is split at commas and spaces.
static obj_t field_list(obj_t names) {
    obj_t list = list_new(0, NULL);
    if (rt_is_str(names)) {
        size_t n;
        const char *s = rt_str_data(names, &n);
        size_t i = 0;
        while (i < n) {
            while (i < n && (s[i] == ',' || s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) {
                i++;
            }
            size_t start = i;
            while (i < n && !(s[i] == ',' || s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) {
                i++;
            }
            if (i > start) {
                list_append(list, str_intern(s + start, i - start));
            }
        }
        return list;
    }
    obj_t it = rt_getiter(names, NULL);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_STOP) {
        list_append(list, OBJ_NAME(rt_intern_obj(rt_is_str(x) ? x : rt_obj_str(x))));
    }
    return list;
}

// The name of the module running the caller's code (for __module__).
static obj_t caller_module(void) {
    frame_t *f = vm_current_frame();
    if (f != NULL && f->globals != NULL) {
        obj_t name = map_get(f->globals, OBJ_NAME(N___name__));
        if (name != OBJ_NULL) {
            return name;
        }
    }
    return OBJ_NAME(N___main__);
}

// namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)
static obj_t collections_namedtuple(size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_typename, ARG_REQUIRED, OBJ_NULL},
        {N_field_names, ARG_REQUIRED, OBJ_NULL},
        {N_rename, ARG_KW_ONLY, OBJ_FALSE},
        {N_defaults, ARG_KW_ONLY, OBJ_NONE},
        {N_module, ARG_KW_ONLY, OBJ_NONE},
    };
    obj_t v[5];
    rt_parse_args(n_args, n_kw, args, 5, spec, v);
    if (!rt_is_str(v[0])) {
        rt_raise_TypeError("Type names and field names must be strings");
    }
    size_t tn_len;
    const char *tn = rt_str_data(v[0], &tn_len);
    if (!is_ident(tn, tn_len) || is_keyword(tn, tn_len)) {
        rt_raise_fmt(&type_ValueError, "Type names and field names must be valid identifiers: %R", v[0]);
    }
    bool rename = rt_is_true(v[2]);
    obj_t list = field_list(v[1]);
    list_t *l = OBJ_TO_PTR(list);
    for (size_t i = 0; i < l->len; i++) {
        size_t n;
        const char *s = rt_str_data(l->items[i], &n);
        bool bad = !is_ident(s, n) || is_keyword(s, n) || s[0] == '_';
        for (size_t j = 0; j < i && !bad; j++) {
            bad = l->items[j] == l->items[i];
        }
        if (bad && rename) {
            vstr_t nv;
            vstr_init(&nv, 16);
            printer_t np = vstr_printer(&nv);
            print_fmt(&np, "_%u", (unsigned)i);
            l->items[i] = str_intern(nv.buf, nv.len);
            continue;
        }
        if (!is_ident(s, n) || is_keyword(s, n)) {
            rt_raise_fmt(&type_ValueError, "Type names and field names must be valid identifiers: %R", l->items[i]);
        }
        if (s[0] == '_') {
            rt_raise_fmt(&type_ValueError, "Field names cannot start with an underscore: %R", l->items[i]);
        }
        if (bad) {
            rt_raise_fmt(&type_ValueError, "Encountered duplicate field name: %R", l->items[i]);
        }
    }
    obj_t fields = tuple_new(l->len, l->items);
    obj_t field_defaults = dict_new(0);
    if (v[3] != OBJ_NONE) {
        obj_t dl = list_new(0, NULL);
        list_extend(dl, v[3]);
        list_t *d = OBJ_TO_PTR(dl);
        if (d->len > l->len) {
            rt_raise_TypeError("Got more default values than field names");
        }
        for (size_t i = 0; i < d->len; i++) {
            dict_store(field_defaults, l->items[l->len - d->len + i], d->items[i]);
        }
    }
    obj_t ns = dict_new(16);
    dict_store(ns, OBJ_NAME(N___module__), v[4] != OBJ_NONE ? v[4] : caller_module());
    dict_store(ns, OBJ_NAME(N__fields), fields);
    dict_store(ns, OBJ_NAME(N__field_defaults), field_defaults);
    dict_store(ns, OBJ_NAME(N___new__), OBJ_FROM_PTR(&nt_new_obj));
    dict_store(ns, OBJ_NAME(N___repr__), OBJ_FROM_PTR(&nt_repr_obj));
    dict_store(ns, OBJ_NAME(N__asdict), OBJ_FROM_PTR(&nt_asdict_obj));
    dict_store(ns, OBJ_NAME(N__replace), OBJ_FROM_PTR(&nt_replace_obj));
    dict_store(ns, OBJ_NAME(N__make), OBJ_FROM_PTR(&nt_make_obj));
    dict_store(ns, OBJ_NAME(N___setattr__), OBJ_FROM_PTR(&nt_setattr_obj));
    for (size_t i = 0; i < l->len; i++) {
        property_t *p = gc_alloc(sizeof(property_t));
        p->base.type = &type_property;
        p->fget = bound_method_new(obj_new_small_int((intptr_t)i), OBJ_FROM_PTR(&nt_getfield_obj));
        p->fset = OBJ_NONE;
        p->fdel = OBJ_NONE;
        dict_store(ns, l->items[i], OBJ_FROM_PTR(p));
    }
    obj_t base = OBJ_FROM_PTR(&type_tuple);
    return class_new(rt_intern_obj(v[0]), 1, &base, ns);
}
static FUN_OBJ_KW(collections_namedtuple_obj, 2, collections_namedtuple);

// ================================================================ deque
typedef struct {
    obj_base_t base;
    obj_t *items;       // ring of `alloc` slots (a power of two), or NULL
    size_t alloc;
    size_t head;        // index of the first item
    size_t len;
    intptr_t maxlen;    // -1: unbounded
    size_t state;       // changed by every insertion and removal
    bool raise_full;    // MicroPython flag 1: IndexError instead of dropping
    bool printing;      // repr recursion guard
} deque_t;

typedef struct {
    obj_base_t base;
    obj_t deque;
    size_t index;
    size_t state;
    bool reverse;
} deque_iter_t;

static const type_t type_deque;
static const type_t type_deque_iter;

static deque_t *get_deque(obj_t self) {
    obj_t o = native_of(self);
    if (!obj_is_type_exact(o, &type_deque)) {
        rt_raise_fmt(&type_TypeError, "descriptor requires a 'deque' object, not '%s'", rt_type_name(self));
    }
    return OBJ_TO_PTR(o);
}

static inline obj_t *slot(deque_t *d, size_t i) {
    return &d->items[(d->head + i) & (d->alloc - 1)];
}

static void dq_grow(deque_t *d) {
    if (d->len < d->alloc) {
        return;
    }
    size_t na = d->alloc ? d->alloc * 2 : 8;
    obj_t *items = gc_alloc(na * sizeof(obj_t));
    for (size_t i = 0; i < d->len; i++) {
        items[i] = *slot(d, i);
    }
    d->items = items;
    d->alloc = na;
    d->head = 0;
}

static obj_t dq_take_left(deque_t *d) {
    obj_t *s = slot(d, 0);
    obj_t x = *s;
    *s = OBJ_NULL;
    d->head = (d->head + 1) & (d->alloc - 1);
    d->len--;
    d->state++;
    return x;
}

static obj_t dq_take_right(deque_t *d) {
    obj_t *s = slot(d, d->len - 1);
    obj_t x = *s;
    *s = OBJ_NULL;
    d->len--;
    d->state++;
    return x;
}

// Room for one more item; false if a bounded deque of maxlen 0 drops it.
static bool dq_make_room(deque_t *d, bool at_right) {
    if (d->maxlen >= 0 && d->len >= (size_t)d->maxlen) {
        if (d->raise_full) {
            rt_raise_IndexError("full");
        }
        if (d->len == 0) {
            return false;
        }
        if (at_right) {
            dq_take_left(d);
        } else {
            dq_take_right(d);
        }
    }
    dq_grow(d);
    return true;
}

static void dq_push_right(deque_t *d, obj_t x) {
    if (dq_make_room(d, true)) {
        *slot(d, d->len) = x;
        d->len++;
        d->state++;
    }
}

static void dq_push_left(deque_t *d, obj_t x) {
    if (dq_make_room(d, false)) {
        d->head = (d->head - 1) & (d->alloc - 1);
        d->items[d->head] = x;
        d->len++;
        d->state++;
    }
}

// The items of any iterable as a list (a deque extending itself is safe).
static list_t *items_list(obj_t iterable) {
    obj_t l = list_new(0, NULL);
    list_extend(l, iterable);
    return OBJ_TO_PTR(l);
}

static deque_t *dq_alloc(intptr_t maxlen) {
    deque_t *d = gc_alloc(sizeof(deque_t));
    d->base.type = &type_deque;
    d->maxlen = maxlen;
    return d;
}

// deque(iterable=(), maxlen=None[, flags]) — MicroPython's third argument:
// flags & 1 makes appending to a full deque raise IndexError.
static obj_t deque_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 0, 3, n_kw, true);
    obj_t iterable = n_args > 0 ? args[0] : OBJ_NULL;
    obj_t maxlen = n_args > 1 ? args[1] : OBJ_NONE;
    for (size_t i = 0; i < n_kw; i++) {
        name_t k = rt_intern_obj(args[n_args + 2 * i]);
        if (k == N_iterable && n_args < 1) {
            iterable = args[n_args + 2 * i + 1];
        } else if (k == N_maxlen && n_args < 2) {
            maxlen = args[n_args + 2 * i + 1];
        } else {
            rt_raise_fmt(&type_TypeError, "deque() got an unexpected keyword argument '%q'", k);
        }
    }
    intptr_t ml = -1;
    if (maxlen != OBJ_NONE) {
        ml = rt_get_int(maxlen);
        if (ml < 0) {
            rt_raise_ValueError("maxlen must be non-negative");
        }
    }
    deque_t *d = dq_alloc(ml);
    if (n_args > 2) {
        d->raise_full = (rt_get_int(args[2]) & 1) != 0;
    }
    if (iterable != OBJ_NULL && iterable != OBJ_NONE) {
        obj_t it = rt_getiter(iterable, NULL);
        obj_t x;
        bool rf = d->raise_full;
        d->raise_full = false;
        while ((x = rt_iternext(it)) != OBJ_STOP) {
            dq_push_right(d, x);
        }
        d->raise_full = rf;
    }
    return OBJ_FROM_PTR(d);
}

// __init__(iterable=(), maxlen=None[, flags]): a user subclass's
// super().__init__(...) refills the native deque.
static obj_t deque_init(size_t n_args, size_t n_kw, const obj_t *args) {
    deque_t *d = get_deque(args[0]);
    deque_t *n = OBJ_TO_PTR(deque_make_new(&type_deque, n_args - 1, n_kw, args + 1));
    d->items = n->items;
    d->alloc = n->alloc;
    d->head = n->head;
    d->len = n->len;
    d->maxlen = n->maxlen;
    d->raise_full = n->raise_full;
    d->state++;
    return OBJ_NONE;
}
static FUN_OBJ_KW(deque_init_obj, 1, deque_init);

// ---------------------------------------------------------------- methods
static obj_t deque_append(obj_t self, obj_t x) {
    dq_push_right(get_deque(self), x);
    return OBJ_NONE;
}
static FUN_OBJ_2(deque_append_obj, deque_append);

static obj_t deque_appendleft(obj_t self, obj_t x) {
    dq_push_left(get_deque(self), x);
    return OBJ_NONE;
}
static FUN_OBJ_2(deque_appendleft_obj, deque_appendleft);

static obj_t deque_pop(obj_t self) {
    deque_t *d = get_deque(self);
    if (d->len == 0) {
        rt_raise_IndexError("pop from an empty deque");
    }
    return dq_take_right(d);
}
static FUN_OBJ_1(deque_pop_obj, deque_pop);

static obj_t deque_popleft(obj_t self) {
    deque_t *d = get_deque(self);
    if (d->len == 0) {
        rt_raise_IndexError("pop from an empty deque");
    }
    return dq_take_left(d);
}
static FUN_OBJ_1(deque_popleft_obj, deque_popleft);

static obj_t deque_extend(obj_t self, obj_t iterable) {
    deque_t *d = get_deque(self);
    list_t *l = items_list(iterable);
    for (size_t i = 0; i < l->len; i++) {
        dq_push_right(d, l->items[i]);
    }
    return OBJ_NONE;
}
static FUN_OBJ_2(deque_extend_obj, deque_extend);

static obj_t deque_extendleft(obj_t self, obj_t iterable) {
    deque_t *d = get_deque(self);
    list_t *l = items_list(iterable);
    for (size_t i = 0; i < l->len; i++) {
        dq_push_left(d, l->items[i]);
    }
    return OBJ_NONE;
}
static FUN_OBJ_2(deque_extendleft_obj, deque_extendleft);

static obj_t deque_clear(obj_t self) {
    deque_t *d = get_deque(self);
    d->items = NULL;
    d->alloc = d->head = d->len = 0;
    d->state++;
    return OBJ_NONE;
}
static FUN_OBJ_1(deque_clear_obj, deque_clear);

static obj_t dq_copy(deque_t *d) {
    deque_t *c = dq_alloc(d->maxlen);
    c->raise_full = d->raise_full;
    if (d->len) {
        size_t a = 8;
        while (a < d->len) {
            a *= 2;
        }
        c->items = gc_alloc(a * sizeof(obj_t));
        c->alloc = a;
        for (size_t i = 0; i < d->len; i++) {
            c->items[i] = *slot(d, i);
        }
        c->len = d->len;
    }
    return OBJ_FROM_PTR(c);
}

static obj_t deque_copy(obj_t self) {
    return dq_copy(get_deque(self));
}
static FUN_OBJ_1(deque_copy_obj, deque_copy);

static obj_t deque_count(obj_t self, obj_t x) {
    deque_t *d = get_deque(self);
    size_t state = d->state, n = 0;
    for (size_t i = 0; i < d->len; i++) {
        if (rt_equal(*slot(d, i), x)) {
            n++;
        }
        if (d->state != state) {
            rt_raise_msg(&type_RuntimeError, "deque mutated during iteration");
        }
    }
    return obj_new_small_int((intptr_t)n);
}
static FUN_OBJ_2(deque_count_obj, deque_count);

// Normalise an index argument like list.index's start/stop.
static size_t clamp_index(obj_t o, size_t len) {
    intptr_t i = rt_get_int(o);
    if (i < 0) {
        i += (intptr_t)len;
        if (i < 0) {
            i = 0;
        }
    }
    return (size_t)i > len ? len : (size_t)i;
}

static intptr_t dq_find(deque_t *d, obj_t x, size_t start, size_t stop) {
    size_t state = d->state;
    for (size_t i = start; i < stop && i < d->len; i++) {
        bool eq = rt_equal(*slot(d, i), x);
        if (d->state != state) {
            rt_raise_msg(&type_RuntimeError, "deque mutated during iteration");
        }
        if (eq) {
            return (intptr_t)i;
        }
    }
    return -1;
}

static obj_t deque_index(size_t n_args, const obj_t *args) {
    deque_t *d = get_deque(args[0]);
    size_t start = n_args > 2 ? clamp_index(args[2], d->len) : 0;
    size_t stop = n_args > 3 ? clamp_index(args[3], d->len) : d->len;
    intptr_t i = dq_find(d, args[1], start, stop);
    if (i < 0) {
        rt_raise_fmt(&type_ValueError, "%R is not in deque", args[1]);
    }
    return obj_new_small_int(i);
}
static FUN_OBJ_VAR(deque_index_obj, 2, 4, deque_index);

// Remove the item at i (0 <= i < len), shifting the shorter side.
static obj_t dq_delete(deque_t *d, size_t i) {
    obj_t x = *slot(d, i);
    if (i < d->len / 2) {
        for (size_t k = i; k > 0; k--) {
            *slot(d, k) = *slot(d, k - 1);
        }
        dq_take_left(d);
    } else {
        for (size_t k = i; k + 1 < d->len; k++) {
            *slot(d, k) = *slot(d, k + 1);
        }
        dq_take_right(d);
    }
    return x;
}

static obj_t deque_insert(obj_t self, obj_t index, obj_t x) {
    deque_t *d = get_deque(self);
    if (d->maxlen >= 0 && d->len >= (size_t)d->maxlen) {
        rt_raise_IndexError("deque already at its maximum size");
    }
    size_t i = clamp_index(index, d->len);
    dq_grow(d);
    d->len++;
    d->state++;
    for (size_t k = d->len - 1; k > i; k--) {
        *slot(d, k) = *slot(d, k - 1);
    }
    *slot(d, i) = x;
    return OBJ_NONE;
}
static FUN_OBJ_3(deque_insert_obj, deque_insert);

static obj_t deque_remove(obj_t self, obj_t x) {
    deque_t *d = get_deque(self);
    intptr_t i = dq_find(d, x, 0, d->len);
    if (i < 0) {
        rt_raise_ValueError("deque.remove(x): x not in deque");
    }
    dq_delete(d, (size_t)i);
    return OBJ_NONE;
}
static FUN_OBJ_2(deque_remove_obj, deque_remove);

static obj_t deque_reverse(obj_t self) {
    deque_t *d = get_deque(self);
    for (size_t i = 0, j = d->len; i + 1 < j; i++, j--) {
        obj_t t = *slot(d, i);
        *slot(d, i) = *slot(d, j - 1);
        *slot(d, j - 1) = t;
    }
    return OBJ_NONE;
}
static FUN_OBJ_1(deque_reverse_obj, deque_reverse);

// rotate(n=1): n steps to the right (negative: to the left).
static obj_t deque_rotate(size_t n_args, const obj_t *args) {
    deque_t *d = get_deque(args[0]);
    intptr_t n = n_args > 1 ? rt_get_int(args[1]) : 1;
    if (d->len < 2) {
        return OBJ_NONE;
    }
    intptr_t len = (intptr_t)d->len;
    n %= len;
    if (n < 0) {
        n += len;
    }
    if (n == 0) {
        return OBJ_NONE;
    }
    if (d->len < d->alloc) {
        // move items one by one around the ring
        for (intptr_t k = 0; k < n; k++) {
            obj_t x = *slot(d, d->len - 1);
            *slot(d, d->len - 1) = OBJ_NULL;
            d->head = (d->head - 1) & (d->alloc - 1);
            d->items[d->head] = x;
        }
    } else {
        // a full ring rotates by moving its head
        d->head = (d->head + d->alloc - (size_t)n) & (d->alloc - 1);
    }
    d->state++;
    return OBJ_NONE;
}
static FUN_OBJ_VAR(deque_rotate_obj, 1, 2, deque_rotate);

static obj_t dq_iter_new(obj_t deque, bool reverse) {
    deque_iter_t *it = gc_alloc(sizeof(deque_iter_t));
    it->base.type = &type_deque_iter;
    it->deque = deque;
    it->state = ((deque_t *)OBJ_TO_PTR(deque))->state;
    it->reverse = reverse;
    return OBJ_FROM_PTR(it);
}

static obj_t deque_reversed(obj_t self) {
    return dq_iter_new(OBJ_FROM_PTR(get_deque(self)), true);
}
static FUN_OBJ_1(deque_reversed_obj, deque_reversed);

// ---------------------------------------------------------------- slots
static void deque_print(const printer_t *p, obj_t self, print_kind_t kind) {
    deque_t *d = OBJ_TO_PTR(self);
    if (d->printing) {
        print_str(p, "[...]");
        return;
    }
    d->printing = true;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        print_str(p, "deque([");
        for (size_t i = 0; i < d->len; i++) {
            if (i) {
                print_str(p, ", ");
            }
            rt_print(p, *slot(d, i), PRINT_REPR);
        }
        print_str(p, "]");
        if (d->maxlen >= 0) {
            print_fmt(p, ", maxlen=%d", (int)d->maxlen);
        }
        print_str(p, ")");
        nlr_pop();
        d->printing = false;
    } else {
        d->printing = false;
        nlr_jump(nlr.ret_val);
    }
}

static obj_t deque_unary_op(unary_op_t op, obj_t self) {
    deque_t *d = OBJ_TO_PTR(self);
    switch (op) {
        case UNARY_OP_BOOL: return obj_bool(d->len != 0);
        case UNARY_OP_LEN: return obj_new_small_int((intptr_t)d->len);
        case UNARY_OP_HASH: rt_raise_TypeError("unhashable type: 'deque'");
        default: return OBJ_NULL;
    }
}

// The items in order, in a fresh list.
static list_t *dq_list(deque_t *d) {
    obj_t l = list_new(d->len, NULL);
    list_t *lp = OBJ_TO_PTR(l);
    for (size_t i = 0; i < d->len; i++) {
        lp->items[i] = *slot(d, i);
    }
    return lp;
}

static bool repeat_count(obj_t n, intptr_t *count) {
    if (!obj_is_small_int(n) && !obj_is_type_exact(n, &type_bool)) {
        if (!obj_is_instance(n, &type_int)) {
            return false;
        }
    }
    *count = rt_get_int(n);
    return true;
}

static void dq_repeat(deque_t *d, intptr_t count) {
    if (count <= 0 || d->len == 0) {
        deque_clear(OBJ_FROM_PTR(d));
        return;
    }
    list_t *l = dq_list(d);
    for (intptr_t c = 1; c < count; c++) {
        for (size_t i = 0; i < l->len; i++) {
            dq_push_right(d, l->items[i]);
        }
        if (d->maxlen >= 0 && d->len == (size_t)d->maxlen && (size_t)c * l->len >= 2 * (size_t)d->maxlen) {
            break;   // further rounds only repeat the same window
        }
    }
}

static obj_t deque_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    deque_t *d = OBJ_TO_PTR(lhs);
    switch (op) {
        case BINARY_OP_IN:
            return obj_bool(dq_find(d, rhs, 0, d->len) >= 0);
        case BINARY_OP_EQUAL:
        case BINARY_OP_NOT_EQUAL:
        case BINARY_OP_LESS:
        case BINARY_OP_LESS_EQUAL:
        case BINARY_OP_MORE:
        case BINARY_OP_MORE_EQUAL: {
            obj_t o = native_of(rhs);
            if (!obj_is_type_exact(o, &type_deque)) {
                return OBJ_NULL;
            }
            list_t *a = dq_list(d), *b = dq_list(OBJ_TO_PTR(o));
            return seq_compare_op(op, a->items, a->len, b->items, b->len);
        }
        case BINARY_OP_ADD: {
            obj_t o = native_of(rhs);
            if (!obj_is_type_exact(o, &type_deque)) {
                rt_raise_fmt(&type_TypeError, "can only concatenate deque (not \"%s\") to deque", rt_type_name(rhs));
            }
            obj_t c = dq_copy(d);
            deque_extend(c, o);
            return c;
        }
        case BINARY_OP_INPLACE_ADD:
            deque_extend(lhs, rhs);
            return lhs;
        case BINARY_OP_MULTIPLY:
        case BINARY_OP_REVERSE_MULTIPLY:
        case BINARY_OP_INPLACE_MULTIPLY: {
            intptr_t count;
            if (!repeat_count(rhs, &count)) {
                return OBJ_NULL;
            }
            obj_t r = op == BINARY_OP_INPLACE_MULTIPLY ? lhs : dq_copy(d);
            dq_repeat(OBJ_TO_PTR(r), count);
            return r;
        }
        default:
            return OBJ_NULL;
    }
}

static obj_t deque_subscr(obj_t self, obj_t index, obj_t value) {
    deque_t *d = OBJ_TO_PTR(self);
    if (!obj_is_small_int(index) && !obj_is_instance(index, &type_int)) {
        rt_raise_fmt(&type_TypeError, "sequence index must be integer, not '%s'", rt_type_name(index));
    }
    intptr_t i = rt_get_int(index);
    if (i < 0) {
        i += (intptr_t)d->len;
    }
    if (i < 0 || (size_t)i >= d->len) {
        rt_raise_IndexError("deque index out of range");
    }
    if (value == OBJ_SENTINEL) {
        return *slot(d, (size_t)i);
    }
    if (value == OBJ_NULL) {
        dq_delete(d, (size_t)i);
    } else {
        *slot(d, (size_t)i) = value;
    }
    return OBJ_NONE;
}

static obj_t deque_getiter(obj_t self, iter_buf_t *buf) {
    return dq_iter_new(self, false);
}

static void deque_attr(obj_t self, name_t attr, obj_t *dest) {
    if (dest[0] == OBJ_NULL && attr == N_maxlen) {
        deque_t *d = OBJ_TO_PTR(self);
        dest[0] = d->maxlen < 0 ? OBJ_NONE : obj_new_small_int(d->maxlen);
    }
}

static const map_elem_t deque_locals_table[] = {
    MAP_ENTRY(N_append, &deque_append_obj),
    MAP_ENTRY(N_appendleft, &deque_appendleft_obj),
    MAP_ENTRY(N_pop, &deque_pop_obj),
    MAP_ENTRY(N_popleft, &deque_popleft_obj),
    MAP_ENTRY(N_extend, &deque_extend_obj),
    MAP_ENTRY(N_extendleft, &deque_extendleft_obj),
    MAP_ENTRY(N_clear, &deque_clear_obj),
    MAP_ENTRY(N_copy, &deque_copy_obj),
    MAP_ENTRY(N___copy__, &deque_copy_obj),
    MAP_ENTRY(N_count, &deque_count_obj),
    MAP_ENTRY(N_index, &deque_index_obj),
    MAP_ENTRY(N_insert, &deque_insert_obj),
    MAP_ENTRY(N_remove, &deque_remove_obj),
    MAP_ENTRY(N_reverse, &deque_reverse_obj),
    MAP_ENTRY(N_rotate, &deque_rotate_obj),
    MAP_ENTRY(N___reversed__, &deque_reversed_obj),
    MAP_ENTRY(N___init__, &deque_init_obj),
};
static MAP_ROM(deque_locals, deque_locals_table);

static const type_t type_deque = {
    {&type_type}, .name = N_deque, .flags = TYPE_FLAG_BASETYPE,
    .make_new = deque_make_new, .print = deque_print, .unary_op = deque_unary_op,
    .binary_op = deque_binary_op, .subscr = deque_subscr, .getiter = deque_getiter,
    .attr = deque_attr, .locals = &deque_locals,
};

static obj_t deque_iter_next(obj_t self) {
    deque_iter_t *it = OBJ_TO_PTR(self);
    deque_t *d = OBJ_TO_PTR(it->deque);
    if (d->state != it->state) {
        rt_raise_msg(&type_RuntimeError, "deque mutated during iteration");
    }
    if (it->index >= d->len) {
        return OBJ_STOP;
    }
    size_t i = it->index++;
    return *slot(d, it->reverse ? d->len - 1 - i : i);
}

static obj_t deque_iter_getiter(obj_t self, iter_buf_t *buf) {
    return self;
}

static const type_t type_deque_iter = {
    {&type_type}, .name = N__deque_iterator, .flags = TYPE_FLAG_ITER_IS_SELF,
    .getiter = deque_iter_getiter, .iternext = deque_iter_next,
};

// ================================================================ module
void mod_collections_init(void) {
    obj_t mod = rt_module_new(N_collections);
    map_t *g = rt_module_globals(mod);
    map_store(g, OBJ_NAME(N_namedtuple), OBJ_FROM_PTR(&collections_namedtuple_obj));
    map_store(g, OBJ_NAME(N_deque), OBJ_FROM_PTR(&type_deque));
    mod_collections_dict_init(g);
    rt_register_module(mod);
}
