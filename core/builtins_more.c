// core/builtins_more.c — the larger built-in functions of the builtins
// module (builtins.c holds the table): print, input, min/max, sum, sorted,
// iter (with the callable-iterator type) and next, round, pow, dir,
// globals/locals/vars, eval/exec/compile.
// The current scope (globals(), locals(), eval/exec defaults) comes from the
// VM's innermost running frame; as in MicroPython, locals() inside a
// function is the module's globals (fast locals have no dict).
#include <string.h>
#include "core/runtime.h"
#include "core/types.h"
#include "core/gc.h"
#include "core/int.h"
#include "core/float.h"
#include "core/class.h"
#include "core/compile.h"
#include "core/vm.h"
#include "core/port.h"
#include "core/mod_builtins.h"

// The VM's innermost running frame (NULL when none). Weak until vm.c provides it.
frame_t *vm_current_frame(void) __attribute__((weak));

static map_t *current_globals(void) {
    frame_t *f = vm_current_frame ? vm_current_frame() : NULL;
    if (f != NULL && f->globals != NULL) {
        return f->globals;
    }
    return rt_module_globals(rt_state.main_module);
}

static map_t *current_locals(void) {
    frame_t *f = vm_current_frame ? vm_current_frame() : NULL;
    if (f != NULL && f->locals != NULL) {
        return f->locals;
    }
    return current_globals();
}

// The dict object of a map that lives inside a dict (module globals, class
// namespaces); other maps (ROM modules) are copied into a new dict.
static obj_t map_as_dict(map_t *m) {
    if (m->is_fixed) {
        obj_t d = dict_new(m->filled);
        map_copy(dict_map(d), m);
        return d;
    }
    return dict_from_map(m);
}

static map_t *dict_arg(obj_t o, const char *what) {
    if (!obj_is_instance(o, &type_dict)) {
        rt_raise_fmt(&type_TypeError, "%s must be a dict", what);
    }
    if (!obj_is_type_exact(o, &type_dict)) {
        instance_t *inst = OBJ_TO_PTR(o);
        o = inst->subobj;
    }
    return dict_map(o);
}

// ---------------------------------------------------------------- print, input
static obj_t builtins_print(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t sep = OBJ_NONE, end = OBJ_NONE, file = OBJ_NONE, flush = OBJ_FALSE;
    for (size_t k = 0; k < n_kw; k++) {
        name_t kn = rt_intern_obj(args[n_args + 2 * k]);
        obj_t v = args[n_args + 2 * k + 1];
        if (kn == N_sep) {
            sep = v;
        } else if (kn == N_end) {
            end = v;
        } else if (kn == N_file) {
            file = v;
        } else if (kn == N_flush) {
            flush = v;
        } else {
            rt_raise_fmt(&type_TypeError, "unexpected keyword argument '%q'", kn);
        }
    }
    const char *sep_s = " ", *end_s = "\n";
    size_t sep_len = 1, end_len = 1;
    if (sep != OBJ_NONE) {
        if (!rt_is_str(sep)) {
            rt_raise_fmt(&type_TypeError, "sep must be None or a string, not %s", rt_type_name(sep));
        }
        sep_s = rt_str_data(sep, &sep_len);
    }
    if (end != OBJ_NONE) {
        if (!rt_is_str(end)) {
            rt_raise_fmt(&type_TypeError, "end must be None or a string, not %s", rt_type_name(end));
        }
        end_s = rt_str_data(end, &end_len);
    }
    int fd = file == OBJ_NONE ? 1 : mod_sys_stream_fd(file);
    vstr_t v;
    printer_t vp;
    const printer_t *p;
    if (fd >= 0) {
        p = fd == 2 ? &printer_stderr : &printer_stdout;
    } else {
        vstr_init(&v, 32);
        vp = vstr_printer(&v);
        p = &vp;
    }
    for (size_t i = 0; i < n_args; i++) {
        if (i > 0) {
            print_strn(p, sep_s, sep_len);
        }
        rt_print(p, args[i], PRINT_STR);
    }
    print_strn(p, end_s, end_len);
    if (fd < 0) {
        obj_t dest[2];
        rt_load_method(file, N_write, dest);
        obj_t s = str_new(v.buf, v.len);
        rt_call_method(dest[0], dest[1], 1, 0, &s);
        if (rt_is_true(flush) && rt_load_method_maybe(file, N_flush, dest)) {
            rt_call_method(dest[0], dest[1], 0, 0, NULL);
        }
    }
    return OBJ_NONE;
}
FUN_OBJ_KW(builtins_print_obj, 0, builtins_print);

static obj_t builtins_input(size_t n_args, const obj_t *args) {
    if (n_args == 1) {
        rt_print(&printer_stdout, args[0], PRINT_STR);
    }
    vstr_t v;
    vstr_init(&v, 32);
    for (;;) {
        int r = port_read_line(&v);
        if (r > 0) {
            break;
        }
        if (r < 0) {
            rt_handle_pending();   // Ctrl-C while waiting: KeyboardInterrupt
            continue;              // (a port event that raised nothing)
        }
        rt_raise_msg(&type_EOFError, "");
    }
    return str_new(v.buf, v.len);
}
FUN_OBJ_VAR(builtins_input_obj, 0, 1, builtins_input);

// ---------------------------------------------------------------- min, max, sum, sorted
static obj_t min_max(size_t n_args, size_t n_kw, const obj_t *args, binary_op_t op, const char *what) {
    obj_t key = OBJ_NONE, def = OBJ_NULL;
    for (size_t k = 0; k < n_kw; k++) {
        name_t kn = rt_intern_obj(args[n_args + 2 * k]);
        if (kn == N_key) {
            key = args[n_args + 2 * k + 1];
        } else if (kn == N_default) {
            def = args[n_args + 2 * k + 1];
        } else {
            rt_raise_fmt(&type_TypeError, "unexpected keyword argument '%q'", kn);
        }
    }
    if (n_args == 0) {
        rt_raise_fmt(&type_TypeError, "%s expected at least 1 argument, got 0", what);
    }
    obj_t best = OBJ_NULL, best_key = OBJ_NULL;
    iter_buf_t buf;
    obj_t it;
    if (n_args == 1) {
        it = rt_getiter(args[0], &buf);
    } else {
        if (def != OBJ_NULL) {
            rt_raise_fmt(&type_TypeError,
                         "Cannot specify a default for %s() with multiple positional arguments", what);
        }
        it = rt_getiter(tuple_new(n_args, args), &buf);
    }
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_STOP) {
        obj_t kx = key == OBJ_NONE ? x : rt_call1(key, x);
        if (best == OBJ_NULL || rt_is_true(rt_binary_op(op, kx, best_key))) {
            best = x;
            best_key = kx;
        }
    }
    if (best == OBJ_NULL) {
        if (def != OBJ_NULL) {
            return def;
        }
        rt_raise_fmt(&type_ValueError, "%s() arg is an empty sequence", what);
    }
    return best;
}

static obj_t builtins_max(size_t n_args, size_t n_kw, const obj_t *args) {
    return min_max(n_args, n_kw, args, BINARY_OP_MORE, "max");
}
FUN_OBJ_KW(builtins_max_obj, 0, builtins_max);

static obj_t builtins_min(size_t n_args, size_t n_kw, const obj_t *args) {
    return min_max(n_args, n_kw, args, BINARY_OP_LESS, "min");
}
FUN_OBJ_KW(builtins_min_obj, 0, builtins_min);

static const arg_spec_t sum_spec[] = {
    {NAME_NULL, ARG_REQUIRED, OBJ_NULL},
    {N_start, 0, OBJ_SMALL_INT(0)},
};

static obj_t builtins_sum(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t vals[2];
    rt_parse_args(n_args, n_kw, args, 2, sum_spec, vals);
    obj_t acc = vals[1];
    if (rt_is_str(acc)) {
        rt_raise_TypeError("sum() can't sum strings [use ''.join(seq) instead]");
    }
    iter_buf_t buf;
    obj_t it = rt_getiter(vals[0], &buf);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_STOP) {
        if (obj_is_small_int(acc) && obj_is_small_int(x)) {
            intptr_t s = obj_small_int_value(acc) + obj_small_int_value(x);
            if (small_int_fits(s)) {
                acc = obj_new_small_int(s);
                continue;
            }
        }
        acc = rt_binary_op(BINARY_OP_ADD, acc, x);
    }
    return acc;
}
FUN_OBJ_KW(builtins_sum_obj, 1, builtins_sum);

static const arg_spec_t sorted_spec[] = {
    {NAME_NULL, ARG_REQUIRED, OBJ_NULL},
    {N_key, ARG_KW_ONLY, OBJ_NONE},
    {N_reverse, ARG_KW_ONLY, OBJ_FALSE},
};

static obj_t builtins_sorted(size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t vals[3];
    rt_parse_args(n_args, n_kw, args, 3, sorted_spec, vals);
    obj_t list = list_new(0, NULL);
    list_extend(list, vals[0]);
    list_sort(list, vals[1] == OBJ_NONE ? OBJ_NULL : vals[1], rt_is_true(vals[2]));
    return list;
}
FUN_OBJ_KW(builtins_sorted_obj, 1, builtins_sorted);

// ---------------------------------------------------------------- iter, next
// iter(callable, sentinel): calls callable until it returns sentinel.
typedef struct {
    obj_base_t base;
    obj_t fun;        // OBJ_NULL once exhausted
    obj_t sentinel;
} call_iter_t;

static obj_t call_iter_getiter(obj_t self, iter_buf_t *buf) {
    return self;
}

static obj_t call_iter_next(obj_t self_in) {
    call_iter_t *self = OBJ_TO_PTR(self_in);
    if (self->fun == OBJ_NULL) {
        return OBJ_STOP;
    }
    obj_t v = rt_call0(self->fun);
    if (rt_equal(v, self->sentinel)) {
        self->fun = OBJ_NULL;
        return OBJ_STOP;
    }
    return v;
}

const type_t type_callable_iterator = {
    {&type_type}, .name = N_callable_iterator, .flags = TYPE_FLAG_ITER_IS_SELF,
    .getiter = call_iter_getiter, .iternext = call_iter_next,
};

static obj_t builtins_iter(size_t n_args, const obj_t *args) {
    if (n_args == 1) {
        return rt_getiter(args[0], NULL);
    }
    if (!rt_is_callable(args[0])) {
        rt_raise_TypeError("iter(v, w): v must be callable");
    }
    call_iter_t *it = gc_alloc(sizeof(call_iter_t));
    it->base.type = &type_callable_iterator;
    it->fun = args[0];
    it->sentinel = args[1];
    return OBJ_FROM_PTR(it);
}
FUN_OBJ_VAR(builtins_iter_obj, 1, 2, builtins_iter);

static obj_t builtins_next(size_t n_args, const obj_t *args) {
    if (n_args == 1 && obj_is_type_exact(args[0], &type_generator)) {
        // gen.send(None) raises StopIteration carrying the return value
        obj_t dest[2], none = OBJ_NONE;
        rt_load_method(args[0], N_send, dest);
        return rt_call_method(dest[0], dest[1], 1, 0, &none);
    }
    obj_t r = rt_iternext(args[0]);
    if (r == OBJ_STOP) {
        if (n_args == 2) {
            return args[1];
        }
        rt_raise_StopIteration(OBJ_NULL);
    }
    return r;
}
FUN_OBJ_VAR(builtins_next_obj, 1, 2, builtins_next);

// ---------------------------------------------------------------- round, pow
static obj_t builtins_round(size_t n_args, const obj_t *args) {
    obj_t x = args[0];
    obj_t nd = n_args > 1 ? args[1] : OBJ_NULL;
    if (nd != OBJ_NULL && nd != OBJ_NONE && !obj_is_small_int(nd) && !obj_is_instance(nd, &type_int)) {
        rt_raise_fmt(&type_TypeError, "'%s' object cannot be interpreted as an integer", rt_type_name(nd));
    }
    if (obj_is_small_int(x) || x == OBJ_TRUE || x == OBJ_FALSE || obj_is_type_exact(x, &type_int)) {
        return int_round(int_from_bool_or_int(x), nd);
    }
    if (obj_is_type_exact(x, &type_float)) {
        return float_round(float_value(x), nd);
    }
    obj_t dest[2];
    if (rt_load_method_maybe(x, N___round__, dest)) {
        return rt_call_method(dest[0], dest[1], nd == OBJ_NULL ? 0 : 1, 0, &nd);
    }
    if (obj_is_instance(x, &type_int)) {
        return int_round(int_from_ll(rt_get_int(x)), nd);
    }
    if (obj_is_instance(x, &type_float)) {
        return float_round(rt_get_float(x), nd);
    }
    rt_raise_fmt(&type_TypeError, "type %s doesn't define __round__ method", rt_type_name(x));
}
FUN_OBJ_VAR(builtins_round_obj, 1, 2, builtins_round);

static obj_t builtins_pow(size_t n_args, const obj_t *args) {
    if (n_args == 3 && args[2] != OBJ_NONE) {
        return int_pow3(args[0], args[1], args[2]);
    }
    return rt_binary_op(BINARY_OP_POWER, args[0], args[1]);
}
FUN_OBJ_VAR(builtins_pow_obj, 2, 3, builtins_pow);

// ---------------------------------------------------------------- dir, globals, locals, vars
static void add_keys(map_t *acc, const map_t *m) {
    if (m == NULL) {
        return;
    }
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(m, &pos)) != NULL) {
        if (rt_is_str(e->key)) {
            *map_lookup_add(acc, e->key) = OBJ_TRUE;
        }
    }
}

static void add_type_keys(map_t *acc, const type_t *t) {
    const type_t *mro[32];
    size_t n = class_mro(t, mro, 32);
    for (size_t i = 0; i < n; i++) {
        add_keys(acc, mro[i]->locals);
    }
}

static obj_t sorted_keys(map_t *m) {
    obj_t list = list_new(0, NULL);
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(m, &pos)) != NULL) {
        list_append(list, e->key);
    }
    list_sort(list, OBJ_NULL, false);
    return list;
}

static obj_t builtins_dir(size_t n_args, const obj_t *args) {
    map_t *acc = map_new(16);
    if (n_args == 0) {
        add_keys(acc, current_locals());
        return sorted_keys(acc);
    }
    obj_t o = args[0];
    if (obj_is_type_exact(o, &type_module)) {
        add_keys(acc, rt_module_globals(o));
        return sorted_keys(acc);
    }
    if (obj_is_instance(o, &type_type)) {
        add_type_keys(acc, OBJ_TO_PTR(o));
    } else {
        obj_t d = rt_load_attr_maybe(o, N___dict__);
        if (d != OBJ_NULL && obj_is_instance(d, &type_dict)) {
            add_keys(acc, dict_arg(d, "__dict__"));
        }
        add_type_keys(acc, obj_type(o));
    }
    return sorted_keys(acc);
}
FUN_OBJ_VAR(builtins_dir_obj, 0, 1, builtins_dir);

static obj_t builtins_globals(void) {
    return map_as_dict(current_globals());
}
FUN_OBJ_0(builtins_globals_obj, builtins_globals);

// locals() in a function: a new dict of the bound fast locals (and the
// contents of cells/free variables), as CPython. Code compiled without the
// slot names (no locals()/vars() call in it) gives the globals, as MicroPython.
static obj_t function_locals(void) {
    frame_t *f = vm_current_frame ? vm_current_frame() : NULL;
    if (f == NULL || f->locals != NULL || !(f->code->flags & CODE_LOCAL_NAMES)) {
        return OBJ_NULL;
    }
    const code_t *c = f->code;
    obj_t d = dict_new(c->n_locals);
    for (size_t slot = 0; slot < c->n_locals; slot++) {
        name_t n = c->arg_names[slot];
        obj_t v = f->state[slot];
        if (n == NAME_NULL || v == OBJ_NULL) {
            continue;
        }
        bool is_cell = slot >= (size_t)(c->n_locals - c->n_free);
        for (size_t i = 0; i < c->n_cells && !is_cell; i++) {
            is_cell = c->cell_slots[i] == slot;
        }
        if (is_cell) {
            if (!obj_is_type_exact(v, &type_cell)) {
                continue;
            }
            v = ((cell_t *)OBJ_TO_PTR(v))->contents;
            if (v == OBJ_NULL) {
                continue;
            }
        }
        dict_store(d, OBJ_NAME(n), v);
    }
    return d;
}

static obj_t builtins_locals(void) {
    obj_t d = function_locals();
    return d != OBJ_NULL ? d : map_as_dict(current_locals());
}
FUN_OBJ_0(builtins_locals_obj, builtins_locals);

static obj_t builtins_vars(size_t n_args, const obj_t *args) {
    if (n_args == 0) {
        return builtins_locals();
    }
    if (obj_is_type_exact(args[0], &type_module)) {
        return map_as_dict(rt_module_globals(args[0]));
    }
    obj_t d = rt_load_attr_maybe(args[0], N___dict__);
    if (d == OBJ_NULL) {
        rt_raise_TypeError("vars() argument must have __dict__ attribute");
    }
    return d;
}
FUN_OBJ_VAR(builtins_vars_obj, 0, 1, builtins_vars);

// ---------------------------------------------------------------- eval, exec, compile
static const char *source_arg(obj_t src, size_t *len) {
    if (rt_is_str(src)) {
        return rt_str_data(src, len);
    }
    const type_t *t = obj_type(src);
    buffer_info_t info;
    if ((t == &type_bytes || t == &type_bytearray) && t->buffer && t->buffer(src, &info, BUFFER_READ) == 0) {
        *len = info.len;
        return info.buf;
    }
    rt_raise_TypeError("expected str, bytes or code object");
}

static obj_t eval_exec(size_t n_args, const obj_t *args, compile_mode_t mode) {
    map_t *g = current_globals();
    map_t *l = current_locals();
    if (n_args > 1 && args[1] != OBJ_NONE) {
        g = dict_arg(args[1], "globals");
        l = g;
    }
    if (n_args > 2 && args[2] != OBJ_NONE) {
        l = dict_arg(args[2], "locals");
    }
    obj_t r;
    if (obj_is_type_exact(args[0], &type_code)) {
        r = vm_exec_code(args[0], g, l);
    } else {
        size_t len;
        const char *s = source_arg(args[0], &len);
        if (mode == COMPILE_EVAL) {
            while (len > 0 && (*s == ' ' || *s == '\t')) {
                s++;
                len--;
            }
        }
        // The text may be moved by nothing (the GC does not move), but copy it
        // so that a bytearray changed during execution cannot hurt the lexer.
        vstr_t v;
        vstr_init(&v, len + 1);
        vstr_add_strn(&v, s, len);
        r = rt_exec_source(v.buf, v.len, N_lt_string, mode, g, l);
    }
    return mode == COMPILE_EVAL ? r : OBJ_NONE;
}

static obj_t builtins_eval(size_t n_args, const obj_t *args) {
    return eval_exec(n_args, args, COMPILE_EVAL);
}
FUN_OBJ_VAR(builtins_eval_obj, 1, 3, builtins_eval);

static obj_t builtins_exec(size_t n_args, const obj_t *args) {
    return eval_exec(n_args, args, COMPILE_FILE);
}
FUN_OBJ_VAR(builtins_exec_obj, 1, 3, builtins_exec);

// compile(source, filename, mode[, flags[, dont_inherit]])
static obj_t builtins_compile(size_t n_args, const obj_t *args) {
    size_t len;
    const char *s = source_arg(args[0], &len);
    if (!rt_is_str(args[1]) || !rt_is_str(args[2])) {
        rt_raise_TypeError("compile() arg 2 and 3 must be str");
    }
    name_t mode_name = rt_intern_obj(args[2]);
    compile_mode_t mode;
    if (mode_name == N_exec) {
        mode = COMPILE_FILE;
    } else if (mode_name == N_eval) {
        mode = COMPILE_EVAL;
    } else if (strcmp(names_str(mode_name), "single") == 0) {
        mode = COMPILE_SINGLE;
    } else {
        rt_raise_ValueError("bad compile mode");
    }
    vstr_t v;
    vstr_init(&v, len + 1);
    vstr_add_strn(&v, s, len);
    return compile_source(v.buf, v.len, rt_intern_obj(args[1]), mode);
}
FUN_OBJ_VAR(builtins_compile_obj, 3, 5, builtins_compile);
