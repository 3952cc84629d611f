// core/runtime_call.c — calls, attribute access, imports and running code.
// Attribute lookup on built-in instances searches the type's locals (and
// its parents) first, then the type's attr slot; user classes, types,
// modules and super route everything through their attr slot (class.c,
// func.c). Imports look in sys.modules, then the built-in module registry,
// then sys.path for NAME.py or NAME/__init__.py, through port_read_file.
#include <string.h>
#include "core/runtime.h"
#include "core/gc.h"
#include "core/types.h"
#include "core/func.h"
#include "core/vm.h"
#include "core/class.h"
#include "core/compile.h"
#include "core/builtins.h"
#include "core/port.h"
#include "core/exc.h"
#include "core/frozen.h"

// ---------------------------------------------------------------- calls
obj_t rt_call(obj_t fun, size_t n_args, size_t n_kw, const obj_t *args) {
    if (obj_is_ptr(fun)) {
        const type_t *t = ((obj_base_t *)fun)->type;
        if (t == &type_function) {
            return vm_call_function(OBJ_TO_PTR(fun), n_args, n_kw, args);
        }
        if (t->call) {
            return t->call(fun, n_args, n_kw, args);
        }
    }
    rt_raise_fmt(&type_TypeError, "'%s' object isn't callable", rt_type_name(fun));
}

obj_t rt_call0(obj_t fun) {
    return rt_call(fun, 0, 0, NULL);
}

obj_t rt_call1(obj_t fun, obj_t a) {
    return rt_call(fun, 1, 0, &a);
}

obj_t rt_call2(obj_t fun, obj_t a, obj_t b) {
    obj_t args[2] = {a, b};
    return rt_call(fun, 2, 0, args);
}

obj_t rt_call_ex(obj_t fun, obj_t pos_seq, obj_t kw_dict) {
    obj_t pos = OBJ_NULL;
    size_t n_pos = 0;
    const obj_t *pos_items = NULL;
    if (pos_seq != OBJ_NULL) {
        if (obj_is_type_exact(pos_seq, &type_tuple)) {
            pos = pos_seq;
        } else {
            obj_t l = list_new(0, NULL);
            list_extend(l, pos_seq);
            pos = list_to_tuple(l);
        }
        tuple_t *t = OBJ_TO_PTR(pos);
        n_pos = t->len;
        pos_items = t->items;
    }
    size_t n_kw = 0;
    map_t *kw = NULL;
    if (kw_dict != OBJ_NULL) {
        if (!obj_is_instance(kw_dict, &type_dict)) {
            obj_t d = dict_new(4);
            dict_update(d, kw_dict, true);
            kw_dict = d;
        }
        kw = dict_map(kw_dict);
        n_kw = kw->filled;
    }
    obj_t *args = gc_alloc((n_pos + 2 * n_kw + 1) * sizeof(obj_t));
    if (n_pos) {
        memcpy(args, pos_items, n_pos * sizeof(obj_t));
    }
    if (kw) {
        size_t pos_i = 0, i = 0;
        map_elem_t *e;
        while ((e = map_next(kw, &pos_i)) != NULL) {
            if (!rt_is_str(e->key)) {
                rt_raise_TypeError("keywords must be strings");
            }
            args[n_pos + 2 * i] = e->key;
            args[n_pos + 2 * i + 1] = e->value;
            i++;
        }
    }
    return rt_call(fun, n_pos, n_kw, args);
}

bool rt_is_callable(obj_t o) {
    if (!obj_is_ptr(o)) {
        return false;
    }
    const type_t *t = obj_type(o);
    if (t->flags & TYPE_FLAG_USER) {
        return class_lookup(t, N___call__, NULL) != OBJ_NULL;
    }
    return t->call != NULL;
}

// ---------------------------------------------------------------- attributes
static inline bool attr_slot_only(const type_t *t) {
    return (t->flags & TYPE_FLAG_USER) || t == &type_type || t == &type_module || t == &type_super;
}

bool rt_load_method_maybe(obj_t base, name_t attr, obj_t *dest) {
    dest[0] = OBJ_NULL;
    dest[1] = OBJ_NULL;
    const type_t *t = obj_type(base);
    if (attr_slot_only(t)) {
        t->attr(base, attr, dest);
        return dest[0] != OBJ_NULL;
    }
    const type_t *owner;
    obj_t v = class_lookup(t, attr, &owner);
    if (v != OBJ_NULL) {
        const type_t *ct = obj_type(v);
        if (ct == &type_builtin_fun || ct == &type_function) {
            dest[0] = v;
            dest[1] = base;
        } else if (ct == &type_staticmethod) {
            dest[0] = ((static_class_method_t *)OBJ_TO_PTR(v))->fun;
        } else if (ct == &type_classmethod) {
            dest[0] = ((static_class_method_t *)OBJ_TO_PTR(v))->fun;
            dest[1] = OBJ_FROM_PTR(t);
        } else if (ct == &type_property) {
            dest[0] = rt_call(((property_t *)OBJ_TO_PTR(v))->fget, 1, 0, &base);
        } else {
            dest[0] = v;
        }
        return true;
    }
    if (t->attr) {
        t->attr(base, attr, dest);
        if (dest[0] != OBJ_NULL) {
            return true;
        }
    }
    if (attr == N___class__) {
        dest[0] = OBJ_FROM_PTR(t);
        return true;
    }
    if (class_slot_method(t, base, attr, dest)) {   // (2.5).__mul__, 'ab'.__len__...
        return true;
    }
    return false;
}

void rt_load_method(obj_t base, name_t attr, obj_t *dest) {
    if (!rt_load_method_maybe(base, attr, dest)) {
        rt_raise_AttributeError(base, attr);
    }
}

obj_t rt_load_attr_maybe(obj_t base, name_t attr) {
    obj_t dest[2];
    if (!rt_load_method_maybe(base, attr, dest)) {
        return OBJ_NULL;
    }
    if (dest[1] != OBJ_NULL) {
        return bound_method_new(dest[1], dest[0]);
    }
    return dest[0];
}

obj_t rt_load_attr(obj_t base, name_t attr) {
    obj_t v = rt_load_attr_maybe(base, attr);
    if (v == OBJ_NULL) {
        rt_raise_AttributeError(base, attr);
    }
    return v;
}

void rt_store_attr(obj_t base, name_t attr, obj_t value) {
    const type_t *t = obj_type(base);
    obj_t dest[2] = {OBJ_SENTINEL, value};
    if (t->attr) {
        t->attr(base, attr, dest);
        if (dest[0] == OBJ_NULL) {
            return;
        }
    }
    rt_raise_AttributeError(base, attr);
}

void rt_delete_attr(obj_t base, name_t attr) {
    const type_t *t = obj_type(base);
    obj_t dest[2] = {OBJ_SENTINEL, OBJ_NULL};
    if (t->attr) {
        t->attr(base, attr, dest);
        if (dest[0] == OBJ_NULL) {
            return;
        }
    }
    rt_raise_AttributeError(base, attr);
}

// ---------------------------------------------------------------- builtins and modules
obj_t rt_builtin_lookup(name_t name) {
    map_t *extra = dict_map(rt_state.builtins_extra);
    if (extra->filled) {
        obj_t *v = map_lookup(extra, OBJ_NAME(name));
        if (v) {
            return *v;
        }
    }
    obj_t *v = map_lookup(builtins_module.globals, OBJ_NAME(name));
    return v ? *v : OBJ_NULL;
}

void rt_register_module(obj_t module) {
    obj_t name = map_get(rt_module_globals(module), OBJ_NAME(N___name__));
    dict_store(rt_state.builtin_modules, name, module);
}

// MicroPython's weak links: `import uX` finds the built-in module X.
obj_t rt_find_builtin_module(name_t name) {
    obj_t m = dict_get(rt_state.builtin_modules, OBJ_NAME(name));
    if (m == OBJ_NULL) {
        const char *s = names_str(name);
        size_t len = strlen(s);
        name_t plain = len > 1 && s[0] == 'u' ? names_find(s + 1, len - 1) : NAME_NULL;
        if (plain != NAME_NULL) {
            m = dict_get(rt_state.builtin_modules, OBJ_NAME(plain));
        }
    }
    return m;
}

// Paths under ".frozen" name the frozen modules compiled into the firmware.
static int path_stat(const char *path) {
    return frozen_is_path(path) ? frozen_stat(path) : port_stat(path);
}


// Try dir/comp.py, then dir/comp/__init__.py. Returns the path (heap str) or OBJ_NULL.
static obj_t find_source(obj_t dir, const char *comp, size_t comp_len, bool *is_pkg) {
    vstr_t v;
    vstr_init(&v, 64);
    size_t dl;
    const char *d = rt_str_data(dir, &dl);
    if (dl) {
        vstr_add_strn(&v, d, dl);
        if (d[dl - 1] != '/') {
            vstr_add_byte(&v, '/');
        }
    }
    vstr_add_strn(&v, comp, comp_len);
    size_t base_len = v.len;
    vstr_add_str(&v, ".py");
    if (path_stat(vstr_cstr(&v)) == 2) {
        *is_pkg = false;
        return str_new(v.buf, v.len);
    }
    v.len = base_len;
    if (path_stat(vstr_cstr(&v)) == 1) {
        vstr_add_str(&v, "/__init__.py");
        if (path_stat(vstr_cstr(&v)) == 2) {
            *is_pkg = true;
            return str_new(v.buf, v.len);
        }
    }
    return OBJ_NULL;
}

static obj_t exec_module_file(obj_t path, name_t modname, bool is_pkg) {
    size_t len;
    const char *p = rt_str_data(path, &len);
    // a frozen module is bytecode (frozen_load_code below), not source
    bool frozen = frozen_is_path(p);
    size_t src_len = 0;
    const char *src = frozen ? NULL : port_read_file(p, &src_len);
    if (!frozen && src == NULL) {
        rt_raise_OSError(2);
    }
    obj_t module = rt_module_new(modname);
    map_t *g = rt_module_globals(module);
    const char *file = frozen_file_name(p);
    map_store(g, OBJ_NAME(N___file__), file == p ? path : str_new_cstr(file));
    if (is_pkg) {
        // __path__ = the package directory
        const char *slash = strrchr(p, '/');
        map_store(g, OBJ_NAME(N___path__), str_new(p, slash ? (size_t)(slash - p) : 0));
    }
    dict_store(rt_state.modules, OBJ_NAME(modname), module);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t code = frozen ? frozen_load_code(p) : compile_source(src, src_len, names_intern_cstr(file), COMPILE_FILE);
        vm_exec_code(code, g, g);
        nlr_pop();
    } else {
        map_remove(dict_map(rt_state.modules), OBJ_NAME(modname));
        nlr_jump(nlr.ret_val);
    }
    return module;
}

NORETURN static void no_module(const char *s, size_t n) {
    rt_raise_fmt(&type_ModuleNotFoundError, "no module named '%.*s'", (int)n, s);
}

// Import one dotted prefix `full` (its last component `comp`) under parent.
static obj_t import_one(const char *full, size_t full_len, const char *comp, size_t comp_len, obj_t parent) {
    name_t fname = names_intern(full, full_len);
    obj_t m = dict_get(rt_state.modules, OBJ_NAME(fname));
    if (m != OBJ_NULL) {
        return m;
    }
    if (parent == OBJ_NULL) {
        m = rt_find_builtin_module(fname);
        if (m != OBJ_NULL) {
            dict_store(rt_state.modules, OBJ_NAME(fname), m);
            return m;
        }
    }
    bool is_pkg = false;
    obj_t path = OBJ_NULL;
    if (parent == OBJ_NULL) {
        list_t *sp = OBJ_TO_PTR(rt_state.sys_path);
        for (size_t i = 0; i < sp->len && path == OBJ_NULL; i++) {
            if (rt_is_str(sp->items[i])) {
                path = find_source(sp->items[i], comp, comp_len, &is_pkg);
            }
        }
    } else {
        obj_t pp = map_get(rt_module_globals(parent), OBJ_NAME(N___path__));
        if (pp != OBJ_NULL) {
            path = find_source(pp, comp, comp_len, &is_pkg);
        }
    }
    if (path == OBJ_NULL && parent == OBJ_NULL && comp_len > 1 && comp[0] == 'u' && frozen_has_module(comp + 1, comp_len - 1)) {
        // MicroPython's weak links for frozen modules too: uasyncio is asyncio
        m = import_one(full + 1, full_len - 1, comp + 1, comp_len - 1, OBJ_NULL);
        dict_store(rt_state.modules, OBJ_NAME(fname), m);
        return m;
    }
    if (path == OBJ_NULL) {
        no_module(full, full_len);
    }
    m = exec_module_file(path, fname, is_pkg);
    if (parent != OBJ_NULL && !rt_module_globals(parent)->is_fixed) {
        map_store(rt_module_globals(parent), OBJ_NAME(names_intern(comp, comp_len)), m);
    }
    return m;
}

obj_t rt_import_ex(name_t name, obj_t fromlist, int level, map_t *globals) {
    vstr_t full;
    vstr_init(&full, 32);
    if (level > 0) {
        obj_t pkg = globals ? map_get(globals, OBJ_NAME(N___name__)) : OBJ_NULL;
        if (pkg == OBJ_NULL || !rt_is_str(pkg)) {
            rt_raise_msg(&type_ImportError, "attempted relative import with no known parent package");
        }
        size_t pl;
        const char *ps = rt_str_data(pkg, &pl);
        bool is_pkg = map_get(globals, OBJ_NAME(N___path__)) != OBJ_NULL;
        int up = is_pkg ? level - 1 : level;
        while (up-- > 0) {
            while (pl > 0 && ps[pl - 1] != '.') {
                pl--;
            }
            if (pl == 0) {
                rt_raise_msg(&type_ImportError, "attempted relative import beyond top-level package");
            }
            pl--;
        }
        vstr_add_strn(&full, ps, pl);
        if (names_len(name)) {
            vstr_add_byte(&full, '.');
        }
    }
    vstr_add_strn(&full, names_str(name), names_len(name));
    const char *s = vstr_cstr(&full);
    size_t n = full.len;
    obj_t top = OBJ_NULL, cur = OBJ_NULL;
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || s[i] == '.') {
            cur = import_one(s, i, s + start, i - start, cur);
            if (top == OBJ_NULL) {
                top = cur;
            }
            start = i + 1;
        }
    }
    bool has_fromlist = fromlist != OBJ_NULL && fromlist != OBJ_NONE && rt_is_true(fromlist);
    if (level > 0 || has_fromlist) {
        return cur;
    }
    return top;
}

obj_t rt_import(name_t name, obj_t fromlist, int level) {
    return rt_import_ex(name, fromlist, level, NULL);
}

obj_t rt_import_from(obj_t module, name_t name) {
    obj_t v = rt_load_attr_maybe(module, name);
    if (v != OBJ_NULL) {
        return v;
    }
    if (obj_is_type_exact(module, &type_module)) {
        map_t *g = rt_module_globals(module);
        obj_t mname = map_get(g, OBJ_NAME(N___name__));
        if (map_get(g, OBJ_NAME(N___path__)) != OBJ_NULL && mname != OBJ_NULL) {
            size_t ml;
            const char *ms = rt_str_data(mname, &ml);
            vstr_t v2;
            vstr_init(&v2, ml + names_len(name) + 2);
            vstr_add_strn(&v2, ms, ml);
            vstr_add_byte(&v2, '.');
            vstr_add_strn(&v2, names_str(name), names_len(name));
            return import_one(v2.buf, v2.len, names_str(name), names_len(name), module);
        }
    }
    rt_raise_fmt(&type_ImportError, "cannot import name '%q'", name);
}

void rt_import_all(obj_t module, map_t *dest) {
    map_t *g = rt_module_globals(module);
    obj_t all = map_get(g, OBJ_NAME(N___all__));
    if (all != OBJ_NULL) {
        obj_t it = rt_getiter(all, NULL);
        obj_t x;
        while ((x = rt_iternext(it)) != OBJ_STOP) {
            name_t n = rt_intern_obj(x);
            map_store(dest, OBJ_NAME(n), rt_import_from(module, n));
        }
        return;
    }
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(g, &pos)) != NULL) {
        size_t len;
        const char *s = rt_str_data(e->key, &len);
        if (len && s[0] != '_') {
            map_store(dest, e->key, e->value);
        }
    }
}

// ---------------------------------------------------------------- running code
obj_t rt_exec_source(const char *src, size_t len, name_t filename, int kind, map_t *globals, map_t *locals) {
    obj_t code = compile_source(src, len, filename, (compile_mode_t)kind);
    return vm_exec_code(code, globals, locals ? locals : globals);
}

// Exit status for an exception that reached the top.
static int uncaught(obj_t exc) {
    if (exc_matches(exc, OBJ_FROM_PTR(&type_SystemExit))) {
        tuple_t *a = OBJ_TO_PTR(exc_get_args(exc));
        if (a->len == 0 || a->items[0] == OBJ_NONE) {
            return 0;
        }
        intptr_t code;
        if (rt_get_int_maybe(a->items[0], &code)) {
            return (int)(code & 0xff);
        }
        rt_print(&printer_stderr, a->items[0], PRINT_STR);
        print_str(&printer_stderr, "\n");
        return 1;
    }
    exc_print_traceback(&printer_stderr, exc);
    return 1;
}

int rt_run_main_source(const char *src, size_t len, name_t filename) {
    map_t *g = rt_module_globals(rt_state.main_module);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        rt_exec_source(src, len, filename, COMPILE_FILE, g, g);
        nlr_pop();
        return 0;
    }
    return uncaught(nlr.ret_val);
}

// Run a frozen module's code as __main__.
static int run_main_frozen(const char *path) {
    map_t *g = rt_module_globals(rt_state.main_module);
    map_store(g, OBJ_NAME(N___file__), str_new_cstr(frozen_file_name(path)));
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        vm_exec_code(frozen_load_code(path), g, g);
        nlr_pop();
        return 0;
    }
    return uncaught(nlr.ret_val);
}

int rt_run_main_file(const char *path) {
    if (frozen_is_path(path) && frozen_stat(path) == 2) {
        return run_main_frozen(path);
    }
    size_t len;
    const char *src = frozen_is_path(path) ? NULL : port_read_file(path, &len);
    if (src == NULL) {
        print_fmt(&printer_stderr, "kiln: can't open file '%s': [Errno 2] ENOENT\n", path);
        return 2;
    }
    map_t *g = rt_module_globals(rt_state.main_module);
    path = frozen_file_name(path);
    map_store(g, OBJ_NAME(N___file__), str_new_cstr(path));
    return rt_run_main_source(src, len, names_intern_cstr(path));
}

int rt_run_main_module(const char *name) {
    list_t *sp = OBJ_TO_PTR(rt_state.sys_path);
    bool is_pkg = false;
    obj_t path = OBJ_NULL;
    for (size_t i = 0; i < sp->len && path == OBJ_NULL; i++) {
        if (rt_is_str(sp->items[i])) {
            path = find_source(sp->items[i], name, strlen(name), &is_pkg);
        }
    }
    if (path == OBJ_NULL) {
        print_fmt(&printer_stderr, "kiln: can't find module '%s'\n", name);
        return 1;
    }
    size_t len;
    return rt_run_main_file(rt_str_data(path, &len));
}
