// core/func.c — callable objects other than classes: Python functions,
// builtin (C) functions, bound methods, cells, staticmethod, classmethod,
// property, code objects and modules. Calling a Python function binds its
// arguments and runs it in the VM (vm.c); this file owns the objects.
// Invariant: a func_t never changes its code or globals after creation.
#include <string.h>
#include "core/runtime.h"
#include "core/gc.h"
#include "core/types.h"
#include "core/func.h"
#include "core/vm.h"

// ---------------------------------------------------------------- Python functions
obj_t func_new(obj_t code, obj_t globals_dict, obj_t defaults, obj_t kwdefaults, obj_t closure) {
    func_t *f = gc_alloc(sizeof(func_t));
    f->base.type = &type_function;
    f->code = OBJ_TO_PTR(code);
    f->globals = dict_map(globals_dict);
    f->defaults = defaults;
    f->kwdefaults = kwdefaults;
    f->closure = closure;
    return OBJ_FROM_PTR(f);
}

static obj_t func_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args) {
    return vm_call_function(OBJ_TO_PTR(self), n_args, n_kw, args);
}

static void func_print(const printer_t *p, obj_t o, print_kind_t kind) {
    func_t *f = OBJ_TO_PTR(o);
    print_fmt(p, "<function %q at %p>", f->code->qualname ? f->code->qualname : f->code->name, o);
}

static void func_attr(obj_t self, name_t attr, obj_t *dest) {
    func_t *f = OBJ_TO_PTR(self);
    if (dest[0] != OBJ_NULL) {
        return;
    }
    switch (attr) {
        case N___name__:
            dest[0] = OBJ_NAME(f->code->name);
            break;
        case N___qualname__:
            dest[0] = OBJ_NAME(f->code->qualname ? f->code->qualname : f->code->name);
            break;
        case N___module__: {
            obj_t m = map_get(f->globals, OBJ_NAME(N___name__));
            dest[0] = m ? m : OBJ_NONE;
            break;
        }
        case N___globals__:
            dest[0] = dict_from_map(f->globals);
            break;
        case N___defaults__:
            dest[0] = f->defaults ? f->defaults : OBJ_NONE;
            break;
        case N___kwdefaults__:
            dest[0] = f->kwdefaults ? f->kwdefaults : OBJ_NONE;
            break;
        case N___doc__:
            dest[0] = OBJ_NONE;
            break;
        case N___code__:
            dest[0] = OBJ_FROM_PTR(f->code);
            break;
        default:
            break;
    }
}

const type_t type_function = {
    {&type_type}, .name = N_function, .flags = TYPE_FLAG_EQ_IS_ID,
    .call = func_call, .print = func_print, .attr = func_attr,
};

// ---------------------------------------------------------------- builtin functions
static obj_t builtin_fun_call(obj_t self_in, size_t n_args, size_t n_kw, const obj_t *args) {
    const builtin_fun_t *f = OBJ_TO_PTR(self_in);
    switch (f->kind) {
        case FUN_0:
        case FUN_1:
        case FUN_2:
        case FUN_3:
            if (n_kw) {
                rt_raise_TypeError("function doesn't take keyword arguments");
            }
            if (n_args != f->n_min) {
                rt_raise_fmt(&type_TypeError, "function takes %d positional arguments but %d were given",
                             (int)f->n_min, (int)n_args);
            }
            switch (f->kind) {
                case FUN_0: return f->fun.f0();
                case FUN_1: return f->fun.f1(args[0]);
                case FUN_2: return f->fun.f2(args[0], args[1]);
                default: return f->fun.f3(args[0], args[1], args[2]);
            }
        case FUN_VAR:
            if (n_kw) {
                rt_raise_TypeError("function doesn't take keyword arguments");
            }
            rt_check_nargs(n_args, f->n_min, f->n_max, 0, false);
            return f->fun.var(n_args, args);
        default:
            if (n_args < f->n_min) {
                rt_raise_fmt(&type_TypeError, "function missing %d required positional arguments",
                             (int)(f->n_min - n_args));
            }
            return f->fun.kw(n_args, n_kw, args);
    }
}

static void builtin_fun_print(const printer_t *p, obj_t o, print_kind_t kind) {
    print_fmt(p, "<function>");
}

// A builtin function does not store its name: find the key it is stored
// under, in a map or in the locals of the types a map holds (rare path).
static bool is_fun(obj_t v, obj_t fun) {
    return v == fun || ((obj_is_type_exact(v, &type_staticmethod) || obj_is_type_exact(v, &type_classmethod)) &&
                        ((static_class_method_t *)OBJ_TO_PTR(v))->fun == fun);
}

static obj_t find_in_map(map_t *m, obj_t fun, const type_t **owner, int depth) {
    if (m == NULL) {
        return OBJ_NULL;
    }
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(m, &pos)) != NULL) {
        if (is_fun(e->value, fun)) {
            return e->key;
        }
    }
    if (depth == 0) {
        return OBJ_NULL;
    }
    pos = 0;
    while ((e = map_next(m, &pos)) != NULL) {
        if (obj_is_type_exact(e->value, &type_type)) {
            const type_t *t = OBJ_TO_PTR(e->value);
            obj_t k = find_in_map(t->locals, fun, owner, 0);
            if (k != OBJ_NULL) {
                *owner = t;
                return k;
            }
        }
    }
    return OBJ_NULL;
}

// The name of a builtin function (self_type: the type it was bound to, if any).
static obj_t builtin_fun_name(obj_t fun, const type_t *self_type, const type_t **owner) {
    *owner = NULL;
    for (const type_t *t = self_type; t != NULL; t = t->parent) {
        obj_t k = find_in_map(t->locals, fun, owner, 0);
        if (k != OBJ_NULL) {
            *owner = t;
            return k;
        }
    }
    obj_t b = rt_find_builtin_module(N_builtins);
    obj_t k = b != OBJ_NULL ? find_in_map(rt_module_globals(b), fun, owner, 1) : OBJ_NULL;
    if (k != OBJ_NULL) {
        return k;
    }
    map_t *mods = dict_map(rt_state.builtin_modules);
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(mods, &pos)) != NULL) {
        if (obj_is_type_exact(e->value, &type_module)) {
            k = find_in_map(rt_module_globals(e->value), fun, owner, 1);
            if (k != OBJ_NULL) {
                return k;
            }
        }
    }
    return OBJ_NULL;
}

static void builtin_fun_attr_for(obj_t self, const type_t *self_type, name_t attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL || (attr != N___name__ && attr != N___qualname__)) {
        return;
    }
    const type_t *owner;
    obj_t k = builtin_fun_name(self, self_type, &owner);
    if (k == OBJ_NULL) {
        k = OBJ_NAME(N_function);
    }
    if (attr == N___qualname__ && owner != NULL) {
        size_t len;
        const char *s = rt_str_data(k, &len);
        vstr_t v;
        vstr_init(&v, 16);
        vstr_add_str(&v, names_str(owner->name));
        vstr_add_byte(&v, '.');
        vstr_add_strn(&v, s, len);
        k = str_from_vstr(&v);
    }
    dest[0] = k;
}

static void builtin_fun_attr(obj_t self, name_t attr, obj_t *dest) {
    builtin_fun_attr_for(self, NULL, attr, dest);
}

const type_t type_builtin_fun = {
    {&type_type}, .name = N_function, .flags = TYPE_FLAG_EQ_IS_ID,
    .call = builtin_fun_call, .print = builtin_fun_print, .attr = builtin_fun_attr,
};

void rt_check_nargs(size_t n_args, size_t min, size_t max, size_t n_kw, bool kw_allowed) {
    if (n_kw && !kw_allowed) {
        rt_raise_TypeError("function doesn't take keyword arguments");
    }
    if (min == max && n_args != min) {
        rt_raise_fmt(&type_TypeError, "function takes %d positional arguments but %d were given",
                     (int)min, (int)n_args);
    }
    if (n_args < min) {
        rt_raise_fmt(&type_TypeError, "function missing %d required positional arguments",
                     (int)(min - n_args));
    }
    if (n_args > max) {
        rt_raise_fmt(&type_TypeError, "function expected at most %d arguments, got %d",
                     (int)max, (int)n_args);
    }
}

void rt_parse_args(size_t n_args, size_t n_kw, const obj_t *args, size_t n_spec,
                   const arg_spec_t *spec, obj_t *out) {
    size_t n_pos_ok = 0;
    while (n_pos_ok < n_spec && !(spec[n_pos_ok].flags & ARG_KW_ONLY)) {
        n_pos_ok++;
    }
    if (n_args > n_pos_ok) {
        rt_raise_fmt(&type_TypeError, "function takes %d positional arguments but %d were given",
                     (int)n_pos_ok, (int)n_args);
    }
    for (size_t i = 0; i < n_spec; i++) {
        out[i] = i < n_args ? args[i] : OBJ_NULL;
    }
    for (size_t k = 0; k < n_kw; k++) {
        name_t kn = rt_intern_obj(args[n_args + 2 * k]);
        size_t i = 0;
        while (i < n_spec && spec[i].name != kn) {
            i++;
        }
        if (i == n_spec) {
            rt_raise_fmt(&type_TypeError, "unexpected keyword argument '%q'", kn);
        }
        if (out[i] != OBJ_NULL) {
            rt_raise_fmt(&type_TypeError, "function got multiple values for argument '%q'", kn);
        }
        out[i] = args[n_args + 2 * k + 1];
    }
    for (size_t i = 0; i < n_spec; i++) {
        if (out[i] == OBJ_NULL) {
            if (spec[i].flags & ARG_REQUIRED) {
                rt_raise_fmt(&type_TypeError, "'%q' argument required", spec[i].name);
            }
            out[i] = spec[i].def;
        }
    }
}

// ---------------------------------------------------------------- bound methods
obj_t bound_method_new(obj_t self, obj_t fun) {
    bound_method_t *m = gc_alloc(sizeof(bound_method_t));
    m->base.type = &type_bound_method;
    m->self = self;
    m->fun = fun;
    return OBJ_FROM_PTR(m);
}

static obj_t bound_method_call(obj_t self_in, size_t n_args, size_t n_kw, const obj_t *args) {
    bound_method_t *m = OBJ_TO_PTR(self_in);
    return rt_call_method(m->fun, m->self, n_args, n_kw, args);
}

static void bound_method_print(const printer_t *p, obj_t o, print_kind_t kind) {
    bound_method_t *m = OBJ_TO_PTR(o);
    print_fmt(p, "<bound_method %p ", o);
    rt_print(p, m->self, PRINT_REPR);
    print_str(p, ".");
    rt_print(p, m->fun, PRINT_REPR);
    print_str(p, ">");
}

static obj_t bound_method_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    if (op != BINARY_OP_EQUAL || !obj_is_type_exact(rhs, &type_bound_method)) {
        return OBJ_NULL;
    }
    bound_method_t *a = OBJ_TO_PTR(lhs), *b = OBJ_TO_PTR(rhs);
    return obj_bool(a->self == b->self && a->fun == b->fun);
}

static void bound_method_attr(obj_t self, name_t attr, obj_t *dest) {
    bound_method_t *m = OBJ_TO_PTR(self);
    if (dest[0] != OBJ_NULL) {
        return;
    }
    if (attr == N___self__) {
        dest[0] = m->self;
    } else if (attr == N___func__) {
        dest[0] = m->fun;
    } else if (obj_is_type_exact(m->fun, &type_builtin_fun)) {
        const type_t *st = obj_is_type_exact(m->self, &type_type) ? OBJ_TO_PTR(m->self) : obj_type(m->self);
        builtin_fun_attr_for(m->fun, st, attr, dest);
    } else {
        dest[0] = rt_load_attr_maybe(m->fun, attr);
    }
}

const type_t type_bound_method = {
    {&type_type}, .name = N_bound_method,
    .call = bound_method_call, .print = bound_method_print, .attr = bound_method_attr,
    .binary_op = bound_method_binary_op,
};

obj_t rt_call_method(obj_t fun, obj_t self, size_t n_args, size_t n_kw, const obj_t *args) {
    if (self == OBJ_NULL) {
        return rt_call(fun, n_args, n_kw, args);
    }
    size_t n = n_args + 2 * n_kw;
    obj_t buf[n + 1];
    buf[0] = self;
    if (n) {
        memcpy(buf + 1, args, n * sizeof(obj_t));
    }
    return rt_call(fun, n_args + 1, n_kw, buf);
}

// ---------------------------------------------------------------- cells
obj_t cell_new(obj_t contents) {
    cell_t *c = gc_alloc(sizeof(cell_t));
    c->base.type = &type_cell;
    c->contents = contents;
    return OBJ_FROM_PTR(c);
}

const type_t type_cell = {{&type_type}, .name = N_cell};

// ---------------------------------------------------------------- static/class methods
static obj_t scm_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 1, 1, n_kw, false);
    static_class_method_t *m = gc_alloc(sizeof(static_class_method_t));
    m->base.type = type;
    m->fun = args[0];
    return OBJ_FROM_PTR(m);
}

static void scm_attr(obj_t self, name_t attr, obj_t *dest) {
    if (dest[0] == OBJ_NULL && attr == N___func__) {
        dest[0] = ((static_class_method_t *)OBJ_TO_PTR(self))->fun;
    }
}

const type_t type_staticmethod = {
    {&type_type}, .name = N_staticmethod, .make_new = scm_make_new, .attr = scm_attr,
};
const type_t type_classmethod = {
    {&type_type}, .name = N_classmethod, .make_new = scm_make_new, .attr = scm_attr,
};

// ---------------------------------------------------------------- property
static obj_t property_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {
        {N_fget, 0, OBJ_NONE}, {N_fset, 0, OBJ_NONE}, {N_fdel, 0, OBJ_NONE}, {N___doc__, 0, OBJ_NONE},
    };
    obj_t v[4];
    rt_parse_args(n_args, n_kw, args, 4, spec, v);
    property_t *p = gc_alloc(sizeof(property_t));
    p->base.type = &type_property;
    p->fget = v[0];
    p->fset = v[1];
    p->fdel = v[2];
    return OBJ_FROM_PTR(p);
}

static obj_t property_copy(obj_t self, int which, obj_t fun) {
    property_t *old = OBJ_TO_PTR(self);
    property_t *p = gc_alloc(sizeof(property_t));
    *p = *old;
    if (which == 0) {
        p->fget = fun;
    } else if (which == 1) {
        p->fset = fun;
    } else {
        p->fdel = fun;
    }
    return OBJ_FROM_PTR(p);
}

static obj_t property_getter(obj_t self, obj_t fun) {
    return property_copy(self, 0, fun);
}
static obj_t property_setter(obj_t self, obj_t fun) {
    return property_copy(self, 1, fun);
}
static obj_t property_deleter(obj_t self, obj_t fun) {
    return property_copy(self, 2, fun);
}
static FUN_OBJ_2(property_getter_obj, property_getter);
static FUN_OBJ_2(property_setter_obj, property_setter);
static FUN_OBJ_2(property_deleter_obj, property_deleter);

static const map_elem_t property_locals_table[] = {
    MAP_ENTRY(N_getter, &property_getter_obj),
    MAP_ENTRY(N_setter, &property_setter_obj),
    MAP_ENTRY(N_deleter, &property_deleter_obj),
};
static MAP_ROM(property_locals, property_locals_table);

static void property_attr(obj_t self, name_t attr, obj_t *dest) {
    property_t *p = OBJ_TO_PTR(self);
    if (dest[0] != OBJ_NULL) {
        return;
    }
    if (attr == N_fget) {
        dest[0] = p->fget;
    } else if (attr == N_fset) {
        dest[0] = p->fset;
    } else if (attr == N_fdel) {
        dest[0] = p->fdel;
    }
}

const type_t type_property = {
    {&type_type}, .name = N_property, .make_new = property_make_new, .attr = property_attr,
    .locals = &property_locals,
};

// ---------------------------------------------------------------- code objects
static void code_print(const printer_t *p, obj_t o, print_kind_t kind) {
    const code_t *c = OBJ_TO_PTR(o);
    print_fmt(p, "<code object %q at %p, file \"%q\", line %u>", c->name, o, c->filename,
              (unsigned)c->first_line);
}

const type_t type_code = {{&type_type}, .name = N_code, .print = code_print};

// ---------------------------------------------------------------- modules
obj_t rt_module_new(name_t name) {
    module_t *m = gc_alloc(sizeof(module_t));
    m->base.type = &type_module;
    m->globals = dict_map(dict_new(8));
    map_store(m->globals, OBJ_NAME(N___name__), OBJ_NAME(name));
    return OBJ_FROM_PTR(m);
}

map_t *rt_module_globals(obj_t module) {
    return ((module_t *)OBJ_TO_PTR(module))->globals;
}

static void module_print(const printer_t *p, obj_t o, print_kind_t kind) {
    module_t *m = OBJ_TO_PTR(o);
    obj_t name = map_get(m->globals, OBJ_NAME(N___name__));
    obj_t file = map_get(m->globals, OBJ_NAME(N___file__));
    if (file != OBJ_NULL) {
        print_fmt(p, "<module '%O' from '%O'>", name, file);
    } else {
        print_fmt(p, "<module '%O'>", name);
    }
}

static bool is_builtins(module_t *m) {
    return map_get(m->globals, OBJ_NAME(N___name__)) == OBJ_NAME(N_builtins);
}

static void module_attr(obj_t self, name_t attr, obj_t *dest) {
    module_t *m = OBJ_TO_PTR(self);
    if (dest[0] == OBJ_NULL) {
        if (attr == N___dict__ && !m->globals->is_fixed) {
            dest[0] = dict_from_map(m->globals);
            return;
        }
        obj_t v = map_get(m->globals, OBJ_NAME(attr));
        if (v == OBJ_NULL && is_builtins(m)) {
            v = dict_get(rt_state.builtins_extra, OBJ_NAME(attr));   // open, _, names set at run time
        }
        if (v != OBJ_NULL) {
            dest[0] = v;
        }
        return;
    }
    if (m->globals->is_fixed) {
        if (is_builtins(m)) {   // builtins.x = v / del builtins.x: the run-time layer
            if (dest[1] == OBJ_NULL) {
                if (map_remove(dict_map(rt_state.builtins_extra), OBJ_NAME(attr)) != OBJ_NULL) {
                    dest[0] = OBJ_NULL;
                }
            } else {
                dict_store(rt_state.builtins_extra, OBJ_NAME(attr), dest[1]);
                dest[0] = OBJ_NULL;
            }
        }
        return;   // ROM module: read-only (AttributeError)
    }
    if (dest[1] == OBJ_NULL) {
        if (map_remove(m->globals, OBJ_NAME(attr)) != OBJ_NULL) {
            dest[0] = OBJ_NULL;
        }
    } else {
        map_store(m->globals, OBJ_NAME(attr), dest[1]);
        dest[0] = OBJ_NULL;
    }
}

const type_t type_module = {
    {&type_type}, .name = N_module, .print = module_print, .attr = module_attr,
};
