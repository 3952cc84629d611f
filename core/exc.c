// core/exc.c — exception types (from exceptions.def) and exception objects:
// args, traceback entries, cause/context, printing in MicroPython's format.
// Layout: exc_t starts like instance_t ({type, members}) so that instances of
// user subclasses of BaseException are exc_t objects handled by class.c.
// Invariant: a traceback is a heap block of (file, line, block) triples in
// the order frames were unwound (innermost first); printing reverses it.
#include <string.h>
#include "core/runtime.h"
#include "core/gc.h"
#include "core/types.h"
#include "core/exc.h"

#define TRACEBACK_MAX 256

typedef struct {
    size_t len;
    size_t alloc;
    uintptr_t e[];   // 3 words per entry: file name, line, block name
} traceback_t;

static obj_t exc_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args);
static void exc_print(const printer_t *p, obj_t o, print_kind_t kind);
static void exc_attr(obj_t self, name_t attr, obj_t *dest);

static obj_t exc___init__(size_t n_args, const obj_t *args) {
    exc_t *self = OBJ_TO_PTR(args[0]);
    if (exc_is_exception_instance(args[0])) {
        self->args = tuple_new(n_args - 1, args + 1);
    }
    return OBJ_NONE;
}
static FUN_OBJ_VAR(exc___init___obj, 1, FUN_ARGS_MAX, exc___init__);

static obj_t exc_with_traceback(obj_t self, obj_t tb) {
    return self;
}
static FUN_OBJ_2(exc_with_traceback_obj, exc_with_traceback);

static const map_elem_t exc_locals_table[] = {
    MAP_ENTRY(N___init__, &exc___init___obj),
    MAP_ENTRY(N_with_traceback, &exc_with_traceback_obj),
};
static MAP_ROM(exc_locals, exc_locals_table);

// Every exception type shares the locals (__init__ ...), so lookups stop at
// the first level; only the parent chain differs.
#define EXC(n, b) const type_t type_##n = { \
    {&type_type}, .name = N_##n, .flags = TYPE_FLAG_EXCEPTION | TYPE_FLAG_BASETYPE, \
    .make_new = exc_make_new, .print = exc_print, .attr = exc_attr, .parent = &type_##b, \
    .locals = &exc_locals, \
};
#include "core/exceptions.def"
#undef EXC

void exc_init(void) {
    rt_state.mem_exc = exc_new(&type_MemoryError, 0, NULL);
    rt_state.kbd_exc = exc_new(&type_KeyboardInterrupt, 0, NULL);
}

bool exc_is_exception_instance(obj_t o) {
    return obj_is_ptr(o) && (obj_type(o)->flags & TYPE_FLAG_EXCEPTION) &&
           ((obj_base_t *)o)->type != &type_type;
}

obj_t exc_new(const type_t *type, size_t n_args, const obj_t *args) {
    exc_t *e = gc_alloc(sizeof(exc_t));
    e->base.type = type;
    e->args = n_args ? tuple_new(n_args, args) : OBJ_EMPTY_TUPLE;
    return OBJ_FROM_PTR(e);
}

obj_t exc_new_msg(const type_t *type, const char *msg) {
    obj_t m = str_new_cstr(msg);
    return exc_new(type, 1, &m);
}

static obj_t exc_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    if (n_kw) {
        rt_raise_fmt(&type_TypeError, "%q() takes no keyword arguments", type->name);
    }
    return exc_new(type, n_args, args);
}

static exc_t *native(obj_t o) {
    return OBJ_TO_PTR(o);
}

bool exc_matches(obj_t exc, obj_t type_or_tuple) {
    if (obj_is_type_exact(type_or_tuple, &type_tuple)) {
        tuple_t *t = OBJ_TO_PTR(type_or_tuple);
        for (size_t i = 0; i < t->len; i++) {
            if (exc_matches(exc, t->items[i])) {
                return true;
            }
        }
        return false;
    }
    if (!obj_is_type_exact(type_or_tuple, &type_type)) {
        return false;
    }
    const type_t *t = OBJ_TO_PTR(type_or_tuple);
    if (obj_is_type_exact(exc, &type_type)) {
        return rt_is_subclass(OBJ_TO_PTR(exc), t);
    }
    return obj_is_instance(exc, t);
}

void exc_add_traceback(obj_t exc, name_t file, size_t line, name_t block) {
    if (!exc_is_exception_instance(exc)) {
        return;
    }
    exc_t *e = native(exc);
    traceback_t *tb = OBJ_TO_PTR(e->traceback);
    if (tb != NULL && tb->len >= TRACEBACK_MAX) {
        return;   // runaway recursion: keep the innermost frames only
    }
    if (tb == NULL || tb->len == tb->alloc) {
        size_t na = tb ? tb->alloc * 2 : 4;
        traceback_t *ntb = gc_alloc_maybe(sizeof(traceback_t) + na * 3 * sizeof(uintptr_t));
        if (ntb == NULL) {
            return;   // out of memory: the traceback is truncated, nothing else
        }
        ntb->alloc = na;
        if (tb) {
            ntb->len = tb->len;
            memcpy(ntb->e, tb->e, tb->len * 3 * sizeof(uintptr_t));
        }
        tb = ntb;
        e->traceback = OBJ_FROM_PTR(tb);
    }
    tb->e[tb->len * 3] = file;
    tb->e[tb->len * 3 + 1] = line;
    tb->e[tb->len * 3 + 2] = block;
    tb->len++;
}

void exc_clear_traceback(obj_t exc) {
    if (exc_is_exception_instance(exc)) {
        native(exc)->traceback = OBJ_NULL;
    }
}

void exc_set_context(obj_t exc, obj_t handled) {
    if (!exc_is_exception_instance(exc) || !exc_is_exception_instance(handled) ||
        exc == rt_state.mem_exc || exc == rt_state.kbd_exc) {
        return;
    }
    exc_t *e = native(exc);
    if (e->context != OBJ_NULL) {
        return;
    }
    // cut a cycle: exc must not appear in handled's own context chain
    obj_t o = handled;
    for (int i = 0; i < 100 && exc_is_exception_instance(o); i++) {
        exc_t *c = native(o);
        if (c->context == exc) {
            c->context = OBJ_NULL;
            break;
        }
        o = c->context;
    }
    e->context = handled;
}

obj_t exc_set_cause(obj_t exc, obj_t cause) {
    if (obj_is_type_exact(exc, &type_type)) {
        exc = rt_call(exc, 0, 0, NULL);
    }
    if (obj_is_type_exact(cause, &type_type) && (((type_t *)OBJ_TO_PTR(cause))->flags & TYPE_FLAG_EXCEPTION)) {
        cause = rt_call(cause, 0, 0, NULL);
    }
    if (cause != OBJ_NONE && !exc_is_exception_instance(cause)) {
        rt_raise_TypeError("exception causes must derive from BaseException");
    }
    if (exc_is_exception_instance(exc)) {
        exc_t *e = native(exc);
        e->cause = cause == OBJ_NONE ? OBJ_NULL : cause;
        e->suppress_context = true;
    }
    return exc;
}

obj_t exc_get_args(obj_t exc) {
    return native(exc)->args ? native(exc)->args : OBJ_EMPTY_TUPLE;
}

obj_t exc_get_value(obj_t exc) {
    tuple_t *a = OBJ_TO_PTR(exc_get_args(exc));
    return a->len > 0 ? a->items[0] : OBJ_NONE;
}

const char *exc_errno_name(int e) {
    static const struct { int n; const char *s; } tab[] = {
        {1, "EPERM"}, {2, "ENOENT"}, {4, "EINTR"}, {5, "EIO"}, {6, "ENXIO"}, {9, "EBADF"},
        {11, "EAGAIN"}, {12, "ENOMEM"}, {13, "EACCES"}, {16, "EBUSY"}, {17, "EEXIST"},
        {19, "ENODEV"}, {20, "ENOTDIR"}, {21, "EISDIR"}, {22, "EINVAL"}, {27, "EFBIG"},
        {28, "ENOSPC"}, {30, "EROFS"}, {36, "ENAMETOOLONG"}, {39, "ENOTEMPTY"},
        {84, "EILSEQ"}, {95, "EOPNOTSUPP"}, {97, "EAFNOSUPPORT"}, {98, "EADDRINUSE"},
        {103, "ECONNABORTED"}, {104, "ECONNRESET"}, {105, "ENOBUFS"}, {107, "ENOTCONN"},
        {110, "ETIMEDOUT"}, {111, "ECONNREFUSED"}, {113, "EHOSTUNREACH"}, {114, "EALREADY"},
        {115, "EINPROGRESS"},
    };
    for (size_t i = 0; i < sizeof(tab) / sizeof(tab[0]); i++) {
        if (tab[i].n == e) {
            return tab[i].s;
        }
    }
    return NULL;
}

static void exc_print(const printer_t *p, obj_t o, print_kind_t kind) {
    exc_t *e = native(o);
    tuple_t *args = OBJ_TO_PTR(exc_get_args(o));
    const type_t *t = obj_type(o);
    if (kind == PRINT_REPR) {
        print_fmt(p, "%q(", t->name);
        for (size_t i = 0; i < args->len; i++) {
            if (i) {
                print_str(p, ", ");
            }
            rt_print(p, args->items[i], PRINT_REPR);
        }
        print_str(p, ")");
        return;
    }
    UNUSED(e);
    if (args->len == 0) {
        return;
    }
    if (rt_is_subclass(t, &type_OSError) && obj_is_small_int(args->items[0])) {
        int n = (int)obj_small_int_value(args->items[0]);
        const char *name = exc_errno_name(n);
        if (args->len == 1 && name) {
            print_fmt(p, "[Errno %d] %s", n, name);
            return;
        }
        if (args->len == 2) {
            print_fmt(p, "[Errno %d] %O", n, args->items[1]);
            return;
        }
    }
    if (args->len == 1) {
        rt_print(p, args->items[0], t == &type_KeyError ? PRINT_REPR : PRINT_STR);
        return;
    }
    rt_print(p, OBJ_FROM_PTR(args), PRINT_REPR);
}

static void exc_attr(obj_t self, name_t attr, obj_t *dest) {
    exc_t *e = native(self);
    if (dest[0] == OBJ_NULL) {
        switch (attr) {
            case N_args:
                dest[0] = exc_get_args(self);
                return;
            case N_value:
                dest[0] = exc_get_value(self);
                return;
            case N_errno:
                if (obj_is_instance(self, &type_OSError)) {
                    dest[0] = exc_get_value(self);
                }
                return;
            case N_strerror: {
                tuple_t *a = OBJ_TO_PTR(exc_get_args(self));
                if (obj_is_instance(self, &type_OSError)) {
                    dest[0] = a->len > 1 ? a->items[1] : OBJ_NONE;
                }
                return;
            }
            case N___traceback__:
                dest[0] = OBJ_NONE;
                return;
            case N___cause__:
                dest[0] = e->cause ? e->cause : OBJ_NONE;
                return;
            case N___context__:
                dest[0] = e->context ? e->context : OBJ_NONE;
                return;
            case N___suppress_context__:
                dest[0] = obj_bool(e->suppress_context);
                return;
            default:
                if (e->members) {
                    obj_t v = map_get(e->members, OBJ_NAME(attr));
                    if (v != OBJ_NULL) {
                        dest[0] = v;
                    }
                }
                return;
        }
    }
    // store / delete
    if (attr == N___cause__) {
        if (dest[1] != OBJ_NULL && dest[1] != OBJ_NONE && !exc_is_exception_instance(dest[1])) {
            rt_raise_TypeError("exception cause must be None or derive from BaseException");
        }
        e->cause = dest[1] == OBJ_NONE ? OBJ_NULL : dest[1];
        e->suppress_context = true;
        dest[0] = OBJ_NULL;
        return;
    }
    if (attr == N___suppress_context__ && dest[1] != OBJ_NULL) {
        e->suppress_context = rt_is_true(dest[1]);
        dest[0] = OBJ_NULL;
        return;
    }
    if (attr == N___context__) {
        e->context = dest[1] == OBJ_NONE ? OBJ_NULL : dest[1];
        dest[0] = OBJ_NULL;
        return;
    }
    if (attr == N___traceback__) {
        dest[0] = OBJ_NULL;
        return;
    }
    if (attr == N_args && dest[1] != OBJ_NULL) {
        e->args = rt_call(OBJ_FROM_PTR(&type_tuple), 1, 0, &dest[1]);
        dest[0] = OBJ_NULL;
        return;
    }
    if (e->members == NULL) {
        e->members = dict_map(dict_new(2));
    }
    if (dest[1] == OBJ_NULL) {
        if (map_remove(e->members, OBJ_NAME(attr)) != OBJ_NULL) {
            dest[0] = OBJ_NULL;
        }
    } else {
        map_store(e->members, OBJ_NAME(attr), dest[1]);
        dest[0] = OBJ_NULL;
    }
}

void exc_print_traceback(const printer_t *p, obj_t exc) {
    if (exc_is_exception_instance(exc)) {
        traceback_t *tb = OBJ_TO_PTR(native(exc)->traceback);
        if (tb && tb->len) {
            print_str(p, "Traceback (most recent call last):\n");
            for (size_t i = tb->len; i-- > 0;) {
                name_t file = (name_t)tb->e[i * 3];
                size_t line = tb->e[i * 3 + 1];
                name_t block = (name_t)tb->e[i * 3 + 2];
                print_fmt(p, "  File \"%q\", line %u", file, (unsigned)line);
                if (block != NAME_NULL) {
                    print_fmt(p, ", in %q", block);
                }
                print_str(p, "\n");
            }
        }
    }
    print_fmt(p, "%q: ", obj_type(exc)->name);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        tuple_t *args = OBJ_TO_PTR(exc_get_args(exc));
        if (args->len == 1 && rt_is_subclass(obj_type(exc), &type_KeyError)) {
            rt_print(p, args->items[0], PRINT_STR);   // MicroPython: `KeyError: k` (str() keeps CPython's quotes)
        } else {
            rt_print(p, exc, PRINT_STR);
        }
        nlr_pop();
    } else {
        print_str(p, "<exception str() failed>");
    }
    print_str(p, "\n");
}
