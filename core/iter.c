// core/iter.c — the builtin iterator types enumerate, zip, map, filter and
// reversed (see iter.h). Each holds the iterators it draws from; all are
// their own iterators (getiter returns self).
// reversed(): user classes' __reversed__ first, then fast paths for list,
// tuple, range and dict, else the len() + __getitem__ protocol.
#include <string.h>
#include "core/iter.h"
#include "core/coll.h"
#include "core/gc.h"

static obj_t iter_self(obj_t self, iter_buf_t *buf) {
    return self;
}

// ---------------------------------------------------------------- enumerate
typedef struct {
    obj_base_t base;
    obj_t iter;
    obj_t count;
} enumerate_t;

static obj_t enumerate_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_iterable, ARG_REQUIRED, OBJ_NULL},
        {N_start, 0, OBJ_SMALL_INT(0)},
    };
    obj_t v[2];
    rt_parse_args(n_args, n_kw, args, 2, spec, v);
    enumerate_t *e = gc_alloc(sizeof(enumerate_t));
    e->base.type = &type_enumerate;
    e->iter = rt_getiter(v[0], NULL);
    if (!obj_is_small_int(v[1]) && !obj_is_instance(v[1], &type_int)) {
        rt_raise_fmt(&type_TypeError, "'%s' object cannot be interpreted as an integer", rt_type_name(v[1]));
    }
    e->count = v[1];
    return OBJ_FROM_PTR(e);
}

static obj_t enumerate_next(obj_t self) {
    enumerate_t *e = OBJ_TO_PTR(self);
    obj_t x = rt_iternext(e->iter);
    if (x == OBJ_STOP) {
        return OBJ_STOP;
    }
    obj_t pair[2] = {e->count, x};
    if (obj_is_small_int(e->count) && obj_small_int_value(e->count) < SMALL_INT_MAX) {
        e->count = obj_new_small_int(obj_small_int_value(e->count) + 1);
    } else {
        e->count = rt_binary_op(BINARY_OP_ADD, e->count, obj_new_small_int(1));
    }
    return tuple_new(2, pair);
}

const type_t type_enumerate = {
    {&type_type},
    .name = N_enumerate,
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .make_new = enumerate_make_new,
    .getiter = iter_self,
    .iternext = enumerate_next,
};

// ---------------------------------------------------------------- zip
typedef struct {
    obj_base_t base;
    size_t n;
    bool strict;
    bool done;
    obj_t iters[];
} zip_t;

static obj_t zip_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    bool strict = false;
    for (size_t k = 0; k < n_kw; k++) {
        if (rt_intern_obj(args[n_args + 2 * k]) != N_strict) {
            rt_raise_fmt(&type_TypeError, "unexpected keyword argument '%O'", args[n_args + 2 * k]);
        }
        strict = rt_is_true(args[n_args + 2 * k + 1]);
    }
    zip_t *z = gc_alloc(sizeof(zip_t) + n_args * sizeof(obj_t));
    z->base.type = &type_zip;
    z->n = n_args;
    z->strict = strict;
    for (size_t i = 0; i < n_args; i++) {
        z->iters[i] = rt_getiter(args[i], NULL);
    }
    return OBJ_FROM_PTR(z);
}

static obj_t zip_next(obj_t self) {
    zip_t *z = OBJ_TO_PTR(self);
    if (z->n == 0 || z->done) {
        return OBJ_STOP;
    }
    obj_t t = tuple_new(z->n, NULL);
    tuple_t *tp = OBJ_TO_PTR(t);
    for (size_t i = 0; i < z->n; i++) {
        obj_t x = rt_iternext(z->iters[i]);
        if (x == OBJ_STOP) {
            z->done = true;
            if (z->strict) {
                if (i > 0) {
                    rt_raise_fmt(&type_ValueError, "zip() argument %u is shorter than argument%s%u",
                                 (unsigned)(i + 1), i == 1 ? " " : "s 1-", (unsigned)i);
                }
                for (size_t j = 1; j < z->n; j++) {
                    if (rt_iternext(z->iters[j]) != OBJ_STOP) {
                        rt_raise_fmt(&type_ValueError, "zip() argument %u is longer than argument%s%u",
                                     (unsigned)(j + 1), j == 1 ? " " : "s 1-", (unsigned)j);
                    }
                }
            }
            return OBJ_STOP;
        }
        tp->items[i] = x;
    }
    return t;
}

const type_t type_zip = {
    {&type_type},
    .name = N_zip,
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .make_new = zip_make_new,
    .getiter = iter_self,
    .iternext = zip_next,
};

// ---------------------------------------------------------------- map
typedef struct {
    obj_base_t base;
    obj_t fun;
    size_t n;
    obj_t iters[];
} map_iter_t;

static obj_t map_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 2, FUN_ARGS_MAX, n_kw, false);
    map_iter_t *m = gc_alloc(sizeof(map_iter_t) + (n_args - 1) * sizeof(obj_t));
    m->base.type = &type_map;
    m->fun = args[0];
    m->n = n_args - 1;
    for (size_t i = 1; i < n_args; i++) {
        m->iters[i - 1] = rt_getiter(args[i], NULL);
    }
    return OBJ_FROM_PTR(m);
}

static obj_t map_it_next(obj_t self) {
    map_iter_t *m = OBJ_TO_PTR(self);
    if (m->n == 1) {
        obj_t x = rt_iternext(m->iters[0]);
        return x == OBJ_STOP ? OBJ_STOP : rt_call1(m->fun, x);
    }
    obj_t buf[4];
    obj_t *a = m->n <= 4 ? buf : gc_alloc(m->n * sizeof(obj_t));
    for (size_t i = 0; i < m->n; i++) {
        a[i] = rt_iternext(m->iters[i]);
        if (a[i] == OBJ_STOP) {
            return OBJ_STOP;
        }
    }
    return rt_call(m->fun, m->n, 0, a);
}

const type_t type_map = {
    {&type_type},
    .name = N_map,
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .make_new = map_make_new,
    .getiter = iter_self,
    .iternext = map_it_next,
};

// ---------------------------------------------------------------- filter
typedef struct {
    obj_base_t base;
    obj_t fun;     // OBJ_NONE: truth of the item itself
    obj_t iter;
} filter_t;

static obj_t filter_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 2, 2, n_kw, false);
    filter_t *f = gc_alloc(sizeof(filter_t));
    f->base.type = &type_filter;
    f->fun = args[0];
    f->iter = rt_getiter(args[1], NULL);
    return OBJ_FROM_PTR(f);
}

static obj_t filter_next(obj_t self) {
    filter_t *f = OBJ_TO_PTR(self);
    obj_t x;
    while ((x = rt_iternext(f->iter)) != OBJ_STOP) {
        obj_t t = f->fun == OBJ_NONE ? x : rt_call1(f->fun, x);
        if (rt_is_true(t)) {
            return x;
        }
    }
    return OBJ_STOP;
}

const type_t type_filter = {
    {&type_type},
    .name = N_filter,
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .make_new = filter_make_new,
    .getiter = iter_self,
    .iternext = filter_next,
};

// ---------------------------------------------------------------- reversed
// Walks seq backwards from index `next - 1`: list and tuple directly, any
// other sequence through rt_subscr_load.
typedef struct {
    obj_base_t base;
    obj_t seq;
    size_t next;
} reversed_t;

static obj_t reversed_new(obj_t seq, size_t len) {
    reversed_t *r = gc_alloc(sizeof(reversed_t));
    r->base.type = &type_reversed;
    r->seq = seq;
    r->next = len;
    return OBJ_FROM_PTR(r);
}

static obj_t reversed_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 1, 1, n_kw, false);
    obj_t seq = args[0];
    size_t n;
    if (seq_items(seq, &n)) {
        return reversed_new(seq, n);
    }
    const type_t *t = obj_type(seq);
    if (t == &type_range) {
        return range_reversed(seq);
    }
    obj_t m[2];
    if ((t->flags & TYPE_FLAG_USER) && rt_load_method_maybe(seq, N___reversed__, m)) {
        return rt_call_method(m[0], m[1], 0, 0, m);
    }
    obj_t u = seq_unwrap(seq);
    if (obj_is_type_exact(u, &type_dict) || t == &type_dict_keys || t == &type_dict_values ||
        t == &type_dict_items) {
        obj_t l = list_new(0, NULL);
        list_extend(l, seq);
        return reversed_new(l, ((list_t *)OBJ_TO_PTR(l))->len);
    }
    if (t == &type_set || t == &type_frozenset || obj_is_type_exact(u, &type_set) ||
        (t->subscr == NULL && !(t->flags & TYPE_FLAG_USER))) {
        rt_raise_fmt(&type_TypeError, "'%s' object is not reversible", rt_type_name(seq));
    }
    obj_t len = rt_len_maybe(seq);
    if (len == OBJ_NULL) {
        rt_raise_fmt(&type_TypeError, "'%s' object is not reversible", rt_type_name(seq));
    }
    return reversed_new(seq, (size_t)rt_get_int(len));
}

static obj_t reversed_next(obj_t self) {
    reversed_t *r = OBJ_TO_PTR(self);
    if (r->next == 0) {
        return OBJ_STOP;
    }
    size_t n;
    const obj_t *items = seq_items(r->seq, &n);
    if (items) {
        if (r->next > n) {
            r->next = 0;   // the list shrank: stop, as CPython does
            return OBJ_STOP;
        }
        return items[--r->next];
    }
    r->next--;
    return rt_subscr_load(r->seq, obj_new_small_int((intptr_t)r->next));
}

const type_t type_reversed = {
    {&type_type},
    .name = N_reversed,
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .make_new = reversed_make_new,
    .getiter = iter_self,
    .iternext = reversed_next,
};
