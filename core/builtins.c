// core/builtins.c — the `builtins` module: its ROM globals table (every
// built-in type, exception type, constant and function) and the simple
// built-in functions; the larger ones (print, input, min/max, sorted, sum,
// iter/next, round, pow, dir, globals/locals/vars, eval/exec/compile) live in
// builtins_more.c. builtins_init() registers the core's built-in modules.
// Invariants: the table is ROM (never modified; names assigned into builtins
// at run time go to rt_state.builtins_extra); every function raises through
// rt_raise_* and never returns an error code.
#include <stdio.h>
#include <string.h>
#include "core/builtins.h"
#include "core/runtime.h"
#include "core/types.h"
#include "core/int.h"
#include "core/iter.h"
#include "core/class.h"
#include "core/mod_math.h"
#include "core/mod_builtins.h"
#include "core/frozen.h"

extern const type_t type_memoryview;   // memoryview.c

// ---------------------------------------------------------------- helpers
// An int argument: int/bool as an int object, else __index__, else TypeError.
static obj_t index_arg(obj_t o) {
    if (obj_is_small_int(o) || obj_is_instance(o, &type_int)) {
        return int_from_bool_or_int(o);
    }
    obj_t dest[2];
    if (rt_load_method_maybe(o, N___index__, dest)) {
        obj_t r = rt_call_method(dest[0], dest[1], 0, 0, NULL);
        if (obj_is_small_int(r) || obj_is_instance(r, &type_int)) {
            return int_from_bool_or_int(r);
        }
        rt_raise_fmt(&type_TypeError, "__index__ returned non-int (type %s)", rt_type_name(r));
    }
    rt_raise_fmt(&type_TypeError, "'%s' object cannot be interpreted as an integer", rt_type_name(o));
}

// An attribute name argument (str) as a name.
static name_t attr_name_arg(obj_t o) {
    if (!rt_is_str(o)) {
        rt_raise_fmt(&type_TypeError, "attribute name must be string, not '%s'", rt_type_name(o));
    }
    return rt_intern_obj(o);
}

static bool is_type_obj(obj_t o) {
    return obj_is_ptr(o) && obj_is_instance(o, &type_type);
}

// ---------------------------------------------------------------- functions
static obj_t builtin_abs(obj_t x) {
    return rt_unary_op(UNARY_OP_ABS, x);
}
static FUN_OBJ_1(builtin_abs_obj, builtin_abs);

static obj_t all_any(obj_t iterable, bool want) {
    iter_buf_t buf;
    obj_t it = rt_getiter(iterable, &buf);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_STOP) {
        if (rt_is_true(x) == want) {
            return obj_bool(want);
        }
    }
    return obj_bool(!want);
}

static obj_t builtin_all(obj_t iterable) {
    return all_any(iterable, false);
}
static FUN_OBJ_1(builtin_all_obj, builtin_all);

static obj_t builtin_any(obj_t iterable) {
    return all_any(iterable, true);
}
static FUN_OBJ_1(builtin_any_obj, builtin_any);

static obj_t builtin_bin(obj_t x) {
    return int_to_str_base(index_arg(x), 2, "0b", false);
}
static FUN_OBJ_1(builtin_bin_obj, builtin_bin);

static obj_t builtin_oct(obj_t x) {
    return int_to_str_base(index_arg(x), 8, "0o", false);
}
static FUN_OBJ_1(builtin_oct_obj, builtin_oct);

static obj_t builtin_hex(obj_t x) {
    return int_to_str_base(index_arg(x), 16, "0x", false);
}
static FUN_OBJ_1(builtin_hex_obj, builtin_hex);

static obj_t builtin_callable(obj_t x) {
    return obj_bool(rt_is_callable(x));
}
static FUN_OBJ_1(builtin_callable_obj, builtin_callable);

static obj_t builtin_chr(obj_t x) {
    intptr_t c = rt_get_int(x);
    if (c < 0 || c > 0x10ffff) {
        rt_raise_ValueError("chr() arg not in range(0x110000)");
    }
    char buf[4];
    size_t n;
    uint32_t u = (uint32_t)c;
    if (u < 0x80) {
        buf[0] = (char)u;
        n = 1;
    } else if (u < 0x800) {
        buf[0] = (char)(0xc0 | (u >> 6));
        buf[1] = (char)(0x80 | (u & 0x3f));
        n = 2;
    } else if (u < 0x10000) {
        buf[0] = (char)(0xe0 | (u >> 12));
        buf[1] = (char)(0x80 | ((u >> 6) & 0x3f));
        buf[2] = (char)(0x80 | (u & 0x3f));
        n = 3;
    } else {
        buf[0] = (char)(0xf0 | (u >> 18));
        buf[1] = (char)(0x80 | ((u >> 12) & 0x3f));
        buf[2] = (char)(0x80 | ((u >> 6) & 0x3f));
        buf[3] = (char)(0x80 | (u & 0x3f));
        n = 4;
    }
    return str_new(buf, n);
}
static FUN_OBJ_1(builtin_chr_obj, builtin_chr);

static obj_t builtin_ord(obj_t x) {
    size_t len;
    if (rt_is_str(x)) {
        const char *s = rt_str_data(x, &len);
        if (len > 0 && utf8_seqlen((uint8_t)s[0]) == len) {
            return obj_new_small_int((intptr_t)utf8_decode(&s));
        }
        rt_raise_fmt(&type_TypeError, "ord() expected a character, but string of length %d found",
                     (int)utf8_charlen(s, len));
    }
    buffer_info_t info;
    const type_t *t = obj_type(x);
    if ((t == &type_bytes || t == &type_bytearray) && t->buffer && t->buffer(x, &info, BUFFER_READ) == 0) {
        if (info.len == 1) {
            return obj_new_small_int(((const uint8_t *)info.buf)[0]);
        }
        rt_raise_fmt(&type_TypeError, "ord() expected a character, but string of length %d found",
                     (int)info.len);
    }
    rt_raise_fmt(&type_TypeError, "ord() expected string of length 1, but %s found", rt_type_name(x));
}
static FUN_OBJ_1(builtin_ord_obj, builtin_ord);

static obj_t builtin_divmod(obj_t a, obj_t b) {
    // divmod has no reflected operator slot: a user class on the right gets
    // its __rdivmod__ called here when the left operand can't do it
    if (obj_is_ptr(b) && (obj_type(b)->flags & TYPE_FLAG_USER) && obj_type(a) != obj_type(b)) {
        const type_t *ta = obj_type(a);
        obj_t r = OBJ_NULL;
        if (obj_is_small_int(a)) {
            r = int_binary_op(BINARY_OP_DIVMOD, a, b);
        } else if (ta->binary_op) {
            r = ta->binary_op(BINARY_OP_DIVMOD, a, b);
        }
        if (r != OBJ_NULL && r != OBJ_NOTIMPLEMENTED) {
            return r;
        }
        obj_t m[2];
        if (rt_load_method_maybe(b, N___rdivmod__, m)) {
            r = rt_call_method(m[0], m[1], 1, 0, &a);
            if (r != OBJ_NOTIMPLEMENTED) {
                return r;
            }
        }
    }
    return rt_binary_op(BINARY_OP_DIVMOD, a, b);
}
static FUN_OBJ_2(builtin_divmod_obj, builtin_divmod);

// getattr(o, name) with AttributeError caught: OBJ_NULL when absent.
static obj_t getattr_maybe(obj_t o, name_t n) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t v = rt_load_attr_maybe(o, n);
        nlr_pop();
        return v;
    }
    if (exc_matches(nlr.ret_val, OBJ_FROM_PTR(&type_AttributeError))) {
        return OBJ_NULL;
    }
    nlr_jump(nlr.ret_val);
}

static obj_t builtin_getattr(size_t n_args, const obj_t *args) {
    name_t n = attr_name_arg(args[1]);
    if (n_args == 2) {
        return rt_load_attr(args[0], n);
    }
    obj_t v = getattr_maybe(args[0], n);
    return v != OBJ_NULL ? v : args[2];
}
static FUN_OBJ_VAR(builtin_getattr_obj, 2, 3, builtin_getattr);

static obj_t builtin_hasattr(obj_t o, obj_t name) {
    return obj_bool(getattr_maybe(o, attr_name_arg(name)) != OBJ_NULL);
}
static FUN_OBJ_2(builtin_hasattr_obj, builtin_hasattr);

static obj_t builtin_setattr(obj_t o, obj_t name, obj_t value) {
    rt_store_attr(o, attr_name_arg(name), value);
    return OBJ_NONE;
}
static FUN_OBJ_3(builtin_setattr_obj, builtin_setattr);

static obj_t builtin_delattr(obj_t o, obj_t name) {
    rt_delete_attr(o, attr_name_arg(name));
    return OBJ_NONE;
}
static FUN_OBJ_2(builtin_delattr_obj, builtin_delattr);

static obj_t builtin_hash(obj_t o) {
    intptr_t h = (intptr_t)rt_hash(o);
    if (!small_int_fits(h)) {
        h = (intptr_t)((uintptr_t)h << 1) >> 1;   // fold into the small-int range
    }
    return obj_new_small_int(h);
}
static FUN_OBJ_1(builtin_hash_obj, builtin_hash);

static obj_t builtin_id(obj_t o) {
    return int_from_ull((unsigned long long)(uintptr_t)o);
}
static FUN_OBJ_1(builtin_id_obj, builtin_id);

// Does o match cls, a type or a (nested) tuple of types? `what` names the
// builtin for the error message.
static bool class_match(obj_t o, obj_t cls, bool is_sub, const char *what) {
    if (is_type_obj(cls)) {
        if (is_sub) {
            return rt_is_subclass(OBJ_TO_PTR(o), OBJ_TO_PTR(cls));
        }
        return obj_is_instance(o, OBJ_TO_PTR(cls));
    }
    if (obj_is_type_exact(cls, &type_tuple)) {
        tuple_t *t = OBJ_TO_PTR(cls);
        for (size_t i = 0; i < t->len; i++) {
            if (class_match(o, t->items[i], is_sub, what)) {
                return true;
            }
        }
        return false;
    }
    rt_raise_fmt(&type_TypeError, "%s() arg 2 must be a type or tuple of types", what);
}

static obj_t builtin_isinstance(obj_t o, obj_t cls) {
    return obj_bool(class_match(o, cls, false, "isinstance"));
}
static FUN_OBJ_2(builtin_isinstance_obj, builtin_isinstance);

static obj_t builtin_issubclass(obj_t c, obj_t cls) {
    if (!is_type_obj(c)) {
        rt_raise_TypeError("issubclass() arg 1 must be a class");
    }
    return obj_bool(class_match(c, cls, true, "issubclass"));
}
static FUN_OBJ_2(builtin_issubclass_obj, builtin_issubclass);

static obj_t builtin_len(obj_t o) {
    return obj_new_small_int((intptr_t)rt_len(o));
}
static FUN_OBJ_1(builtin_len_obj, builtin_len);

static obj_t builtin_repr(obj_t o) {
    return rt_obj_repr(o);
}
static FUN_OBJ_1(builtin_repr_obj, builtin_repr);

// ascii(o): repr(o) with every non-ASCII character escaped (\xNN, \uNNNN, \UNNNNNNNN).
static obj_t builtin_ascii(obj_t o) {
    size_t len;
    const char *s = rt_str_data(rt_obj_repr(o), &len);
    const char *end = s + len;
    vstr_t v;
    vstr_init(&v, len + 8);
    while (s < end) {
        if ((uint8_t)*s < 0x80) {
            vstr_add_byte(&v, (uint8_t)*s++);
            continue;
        }
        uint32_t c = utf8_decode(&s);
        char buf[12];
        int n = c < 0x100 ? snprintf(buf, sizeof(buf), "\\x%02x", (unsigned)c)
              : c < 0x10000 ? snprintf(buf, sizeof(buf), "\\u%04x", (unsigned)c)
              : snprintf(buf, sizeof(buf), "\\U%08x", (unsigned)c);
        vstr_add_strn(&v, buf, (size_t)n);
    }
    return str_from_vstr(&v);
}
static FUN_OBJ_1(builtin_ascii_obj, builtin_ascii);

static obj_t builtin_format(size_t n_args, const obj_t *args) {
    obj_t spec = n_args > 1 ? args[1] : OBJ_NAME(N_empty);
    if (!rt_is_str(spec)) {
        rt_raise_fmt(&type_TypeError, "format() argument 2 must be str, not %s", rt_type_name(spec));
    }
    return str_format_value(args[0], spec);
}
static FUN_OBJ_VAR(builtin_format_obj, 1, 2, builtin_format);

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
static obj_t builtin___import__(size_t n_args, const obj_t *args) {
    if (!rt_is_str(args[0])) {
        rt_raise_TypeError("__import__() argument 1 must be str");
    }
    name_t n = rt_intern_obj(args[0]);
    obj_t fromlist = n_args > 3 ? args[3] : OBJ_NONE;
    int level = n_args > 4 ? (int)rt_get_int(args[4]) : 0;
    map_t *g = NULL;
    if (n_args > 1 && obj_is_instance(args[1], &type_dict)) {
        g = dict_map(args[1]);
    }
    return rt_import_ex(n, fromlist, level, g);
}
static FUN_OBJ_VAR(builtin___import___obj, 1, 5, builtin___import__);

static obj_t builtin_help(size_t n_args, const obj_t *args) {
    if (n_args == 0) {
        print_str(&printer_stdout,
                  "Welcome to Kiln, a MicroPython-compatible Python!\n\n"
                  "Control commands:\n"
                  "  CTRL-A        -- on a blank line, enter raw REPL mode\n"
                  "  CTRL-B        -- on a blank line, enter normal REPL mode\n"
                  "  CTRL-C        -- interrupt a running program\n"
                  "  CTRL-D        -- on a blank line, do a soft reset of the board\n"
                  "  CTRL-E        -- on a blank line, enter paste mode\n\n"
                  "For further help on a specific object, type help(obj)\n"
                  "For a list of available modules, type help('modules')\n");
        return OBJ_NONE;
    }
    obj_t o = args[0];
    if (rt_is_str(o) && rt_intern_obj(o) == N_modules) {
        // the built-in modules (not their u-aliases), sorted, four to a line
        const char *names[80];
        size_t n = 0;
        names[n++] = "__main__";
        map_t *m = dict_map(rt_state.builtin_modules);
        size_t pos = 0;
        map_elem_t *e;
        while ((e = map_next(m, &pos)) != NULL && n < 80) {
            size_t len;
            const char *s = rt_str_data(e->key, &len);
            name_t plain = len > 1 && s[0] == 'u' ? names_find(s + 1, len - 1) : NAME_NULL;
            if (plain == NAME_NULL || map_get(m, OBJ_NAME(plain)) == OBJ_NULL) {
                names[n++] = s;
            }
        }
        // frozen modules as MicroPython lists them: "asyncio/__init__", "asyncio/core"
        for (size_t f = 0; f < frozen_files_count && n < 80; f++) {
            const char *path = frozen_files[f].path;
            size_t len = strlen(path);
            if (len > 3 && strcmp(path + len - 3, ".py") == 0) {
                names[n++] = names_str(names_intern(path, len - 3));
            }
        }
        for (size_t a = 1; a < n; a++) {
            for (size_t b = a; b > 0 && strcmp(names[b - 1], names[b]) > 0; b--) {
                const char *t = names[b];
                names[b] = names[b - 1];
                names[b - 1] = t;
            }
        }
        for (size_t k = 0; k < n; k++) {
            bool last = k % 4 == 3 || k + 1 == n;
            print_fmt(&printer_stdout, last ? "%s\n" : "%-18s", names[k]);
        }
        print_str(&printer_stdout, "Plus any modules on the filesystem\n");
        return OBJ_NONE;
    }
    print_fmt(&printer_stdout, "object %R is of type %q\n", o, obj_type(o)->name);
    return OBJ_NONE;
}
static FUN_OBJ_VAR(builtin_help_obj, 0, 1, builtin_help);

// ---------------------------------------------------------------- the module
static const map_elem_t builtins_table[] = {
    {OBJ_NAME(N___name__), OBJ_NAME(N_builtins)},
    // most used first: a ROM map is searched linearly
    MAP_ENTRY(N_range, &type_range),
    MAP_ENTRY(N_len, &builtin_len_obj),
    MAP_ENTRY(N_print, &builtins_print_obj),
    MAP_ENTRY(N_isinstance, &builtin_isinstance_obj),
    MAP_ENTRY(N_int, &type_int),
    MAP_ENTRY(N_str, &type_str),
    MAP_ENTRY(N_list, &type_list),
    MAP_ENTRY(N_dict, &type_dict),
    MAP_ENTRY(N_tuple, &type_tuple),
    MAP_ENTRY(N_set, &type_set),
    MAP_ENTRY(N_enumerate, &type_enumerate),
    MAP_ENTRY(N_zip, &type_zip),
    MAP_ENTRY(N_min, &builtins_min_obj),
    MAP_ENTRY(N_max, &builtins_max_obj),
    MAP_ENTRY(N_abs, &builtin_abs_obj),
    MAP_ENTRY(N_sum, &builtins_sum_obj),
    MAP_ENTRY(N_sorted, &builtins_sorted_obj),
    MAP_ENTRY(N_reversed, &type_reversed),
    MAP_ENTRY(N_iter, &builtins_iter_obj),
    MAP_ENTRY(N_next, &builtins_next_obj),
    MAP_ENTRY(N_bool, &type_bool),
    MAP_ENTRY(N_float, &type_float),
    MAP_ENTRY(N_repr, &builtin_repr_obj),
    MAP_ENTRY(N_ascii, &builtin_ascii_obj),
    MAP_ENTRY(N_type, &type_type),
    MAP_ENTRY(N_object, &type_object),
    MAP_ENTRY(N_super, &type_super),
    MAP_ENTRY(N_hasattr, &builtin_hasattr_obj),
    MAP_ENTRY(N_getattr, &builtin_getattr_obj),
    MAP_ENTRY(N_setattr, &builtin_setattr_obj),
    MAP_ENTRY(N_map, &type_map),
    MAP_ENTRY(N_filter, &type_filter),
    MAP_ENTRY(N_chr, &builtin_chr_obj),
    MAP_ENTRY(N_ord, &builtin_ord_obj),
    MAP_ENTRY(N_hex, &builtin_hex_obj),
    MAP_ENTRY(N_divmod, &builtin_divmod_obj),
    MAP_ENTRY(N_round, &builtins_round_obj),
    MAP_ENTRY(N_pow, &builtins_pow_obj),
    MAP_ENTRY(N_all, &builtin_all_obj),
    MAP_ENTRY(N_any, &builtin_any_obj),
    MAP_ENTRY(N_id, &builtin_id_obj),
    MAP_ENTRY(N_hash, &builtin_hash_obj),
    MAP_ENTRY(N_callable, &builtin_callable_obj),
    MAP_ENTRY(N_bytes, &type_bytes),
    MAP_ENTRY(N_bytearray, &type_bytearray),
    MAP_ENTRY(N_frozenset, &type_frozenset),
    MAP_ENTRY(N_slice, &type_slice),
    MAP_ENTRY(N_property, &type_property),
    MAP_ENTRY(N_staticmethod, &type_staticmethod),
    MAP_ENTRY(N_classmethod, &type_classmethod),
    MAP_ENTRY(N_issubclass, &builtin_issubclass_obj),
    MAP_ENTRY(N_format, &builtin_format_obj),
    MAP_ENTRY(N_input, &builtins_input_obj),
    MAP_ENTRY(N_globals, &builtins_globals_obj),
    MAP_ENTRY(N_locals, &builtins_locals_obj),
    MAP_ENTRY(N_dir, &builtins_dir_obj),
    MAP_ENTRY(N_vars, &builtins_vars_obj),
    MAP_ENTRY(N_eval, &builtins_eval_obj),
    MAP_ENTRY(N_exec, &builtins_exec_obj),
    // the rest
    MAP_ENTRY(N_Ellipsis, &obj_ellipsis_obj),
    MAP_ENTRY(N_NotImplemented, &obj_notimplemented_obj),
    MAP_ENTRY(N___import__, &builtin___import___obj),
    MAP_ENTRY(N_bin, &builtin_bin_obj),
    MAP_ENTRY(N_compile, &builtins_compile_obj),
    MAP_ENTRY(N_delattr, &builtin_delattr_obj),
    MAP_ENTRY(N_help, &builtin_help_obj),
    MAP_ENTRY(N_oct, &builtin_oct_obj),
    MAP_ENTRY(N_memoryview, &type_memoryview),
    MAP_ENTRY(N_complex, &type_complex),
    MAP_ENTRY(N___build_class__, &class_build_class_obj),
    // exceptions
#define EXC(n, b) MAP_ENTRY(N_##n, &type_##n),
#include "core/exceptions.def"
#undef EXC
};
static MAP_ROM(builtins_globals, builtins_table);

MODULE_ROM(builtins_module, builtins_globals);

// ---------------------------------------------------------------- start-up
void builtins_init(void) {
    rt_register_module(OBJ_FROM_PTR(&builtins_module));
#define MODULE(name) mod_##name##_init();
#include "core/modules.def"
#undef MODULE
    // MicroPython lets `import uX` find the built-in module X (utime, usys...):
    // register every core module under its u-name too (same module object).
    map_t *m = dict_map(rt_state.builtin_modules);
    obj_t names[64];
    size_t n = 0;
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(m, &pos)) != NULL && n < 64) {
        names[n++] = e->key;
    }
    vstr_t v;
    vstr_init(&v, 16);
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *s = rt_str_data(names[i], &len);
        if (len == 0 || s[0] == 'u' || names[i] == OBJ_NAME(N_builtins)) {
            continue;
        }
        vstr_clear(&v);
        vstr_add_byte(&v, 'u');
        vstr_add_strn(&v, s, len);
        obj_t alias = OBJ_NAME(names_intern(v.buf, v.len));
        if (map_get(m, alias) == OBJ_NULL) {
            map_store(m, alias, map_get(m, names[i]));
        }
    }
}
