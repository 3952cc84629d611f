// core/runtime.c — the interpreter state and the generic operations on
// values: type of a value, truth, equality, hashing, operators, subscripts,
// iteration, conversions, printing, raising. Type-specific work is done by
// the type slots (obj.h); this file only dispatches and reports errors.
// Invariant: the binary-op dispatch tries lhs's slot, then (for in-place
// ops) the plain op, then rhs's reflected slot, and raises TypeError last.
#include <string.h>
#include "core/runtime.h"
#include "core/gc.h"
#include "core/types.h"
#include "core/builtins.h"
#include "core/port.h"

rt_state_t rt_state;
nlr_buf_t *nlr_top;

static name_t unary_op_names[UNARY_OP__COUNT];
static name_t binary_op_names[BINARY_OP__COUNT];
static const char *const unary_op_texts[] = {
#define X(n, s) s,
    UNARY_OPS(X)
#undef X
};
static const char *const binary_op_texts[] = {
#define X(n, s) s,
    BINARY_OPS(X)
#undef X
};

name_t rt_unary_op_name(unary_op_t op) {
    return unary_op_names[op];
}

name_t rt_binary_op_name(binary_op_t op) {
    return binary_op_names[op];
}

NORETURN void nlr_jump(obj_t val) {
    nlr_buf_t *top = nlr_top;
    if (top == NULL) {
        print_str(&printer_stderr, "FATAL: uncaught exception\n");
        exc_print_traceback(&printer_stderr, val);
        for (;;) {
            port_write(2, "", 0);
            __builtin_trap();
        }
    }
    top->ret_val = val;
    nlr_top = top->prev;
    longjmp(top->jb, 1);
}

void exc_init(void);
void class_init(void);

void vm_reset(void);
void seq_reset(void);

// Also the re-initialisation of a board's soft/hard reset (same heap memory,
// gc_init'd again just before): every static of the core starts over, even if
// the last run was left by a longjmp (a halt) rather than an exception.
void rt_init(void) {
    char here;
    nlr_top = NULL;
    vm_reset();
    seq_reset();
    memset((char *)&rt_state, 0, offsetof(rt_state_t, platform));
    if (rt_state.stack_top == NULL) {
        rt_state.stack_top = &here;
    }
    if (rt_state.platform == NULL) {
        rt_state.platform = KILN_PLATFORM;
    }
    if (rt_state.machine == NULL) {
        rt_state.machine = KILN_MACHINE;
    }
    if (rt_state.stack_limit == 0) {
        rt_state.stack_limit = KILN_STACK_LIMIT;
    }
    rt_state.interrupt_char = 3;
    names_init();
    for (int i = 0; i < UNARY_OP__COUNT; i++) {
        unary_op_names[i] = names_intern_cstr(unary_op_texts[i]);
    }
    for (int i = 0; i < BINARY_OP__COUNT; i++) {
        binary_op_names[i] = binary_op_texts[i][0] ? names_intern_cstr(binary_op_texts[i]) : NAME_NULL;
    }
    rt_state.modules = dict_new(8);
    rt_state.builtin_modules = dict_new(16);
    rt_state.builtins_extra = dict_new(2);
    rt_state.sys_path = list_new(0, NULL);
    rt_state.sys_argv = list_new(0, NULL);
    exc_init();
    class_init();
    obj_t main = rt_module_new(N___main__);
    rt_state.main_module = main;
    builtins_init();
}

void rt_deinit(void) {
}

// ---------------------------------------------------------------- types of values
const type_t *obj_type(obj_t o) {
    if (obj_is_small_int(o)) {
        return &type_int;
    }
    if (obj_is_name(o)) {
        return &type_str;
    }
    if (obj_is_imm(o)) {
        if (o == OBJ_NONE) {
            return &type_NoneType;
        }
        return &type_bool;
    }
    return ((obj_base_t *)o)->type;
}

bool rt_is_subclass(const type_t *sub, const type_t *base) {
    if (sub == base || base == &type_object) {
        return true;
    }
    if (sub->mro != OBJ_NULL) {
        tuple_t *mro = OBJ_TO_PTR(sub->mro);
        for (size_t i = 0; i < mro->len; i++) {
            const type_t *t = OBJ_TO_PTR(mro->items[i]);
            if (t == base) {
                return true;
            }
            if (!(t->flags & TYPE_FLAG_USER) && rt_is_subclass(t, base)) {
                return true;
            }
        }
        return false;
    }
    for (const type_t *t = sub->parent; t != NULL; t = t->parent) {
        if (t == base) {
            return true;
        }
    }
    return false;
}

bool obj_is_instance(obj_t o, const type_t *t) {
    return rt_is_subclass(obj_type(o), t);
}

const char *rt_type_name(obj_t o) {
    return names_str(obj_type(o)->name);
}

// ---------------------------------------------------------------- raising
NORETURN void rt_raise(obj_t exc) {
    if (obj_is_ptr(exc) && ((obj_base_t *)exc)->type == &type_type) {
        const type_t *t = OBJ_TO_PTR(exc);
        if (t->flags & TYPE_FLAG_EXCEPTION) {
            exc = rt_call(exc, 0, 0, NULL);
        }
    }
    if (!exc_is_exception_instance(exc)) {
        exc = exc_new_msg(&type_TypeError, "exceptions must derive from BaseException");
    }
    nlr_jump(exc);
}

NORETURN void rt_raise_msg(const type_t *type, const char *msg) {
    nlr_jump(exc_new_msg(type, msg));
}

NORETURN void rt_raise_fmt(const type_t *type, const char *fmt, ...) {
    vstr_t v;
    vstr_init(&v, 32);
    printer_t p = vstr_printer(&v);
    va_list ap;
    va_start(ap, fmt);
    print_vfmt(&p, fmt, ap);
    va_end(ap);
    obj_t msg = str_from_vstr(&v);
    nlr_jump(exc_new(type, 1, &msg));
}

NORETURN void rt_raise_TypeError(const char *msg) {
    rt_raise_msg(&type_TypeError, msg);
}

NORETURN void rt_raise_ValueError(const char *msg) {
    rt_raise_msg(&type_ValueError, msg);
}

NORETURN void rt_raise_OverflowError(const char *msg) {
    rt_raise_msg(&type_OverflowError, msg);
}

NORETURN void rt_raise_IndexError(const char *msg) {
    rt_raise_msg(&type_IndexError, msg);
}

NORETURN void rt_raise_KeyError(obj_t key) {
    nlr_jump(exc_new(&type_KeyError, 1, &key));
}

NORETURN void rt_raise_ZeroDivisionError(void) {
    rt_raise_msg(&type_ZeroDivisionError, "divide by zero");
}

NORETURN void rt_raise_NotImplementedError(const char *msg) {
    rt_raise_msg(&type_NotImplementedError, msg);
}

NORETURN void rt_raise_OSError(int errnum) {
    obj_t a = obj_new_small_int(errnum);
    nlr_jump(exc_new(&type_OSError, 1, &a));
}

NORETURN void rt_raise_MemoryError(void) {
    obj_t e = rt_state.mem_exc;
    exc_clear_traceback(e);
    nlr_jump(e);
}

NORETURN void rt_raise_StopIteration(obj_t value) {
    if (value == OBJ_NONE || value == OBJ_NULL) {
        nlr_jump(exc_new(&type_StopIteration, 0, NULL));
    }
    nlr_jump(exc_new(&type_StopIteration, 1, &value));
}

NORETURN void rt_raise_AttributeError(obj_t obj, name_t attr) {
    if (obj_is_ptr(obj) && ((obj_base_t *)obj)->type == &type_type) {
        rt_raise_fmt(&type_AttributeError, "type object '%q' has no attribute '%q'",
                     ((const type_t *)obj)->name, attr);
    }
    if (obj_is_ptr(obj) && ((obj_base_t *)obj)->type == &type_module) {
        rt_raise_fmt(&type_AttributeError, "module '%O' has no attribute '%q'",
                     map_get(rt_module_globals(obj), OBJ_NAME(N___name__)), attr);
    }
    rt_raise_fmt(&type_AttributeError, "'%s' object has no attribute '%q'", rt_type_name(obj), attr);
}

NORETURN void rt_raise_NameError(name_t name) {
    rt_raise_fmt(&type_NameError, "name '%q' isn't defined", name);
}

NORETURN void rt_raise_type_error_for(const char *fmt, obj_t o) {
    rt_raise_fmt(&type_TypeError, fmt, rt_type_name(o));
}

NORETURN void rt_raise_recursion(void) {
    rt_raise_msg(&type_RuntimeError, "maximum recursion depth exceeded");
}

void mod_micropython_run_scheduled(void) __attribute__((weak));

void rt_post_pending(obj_t what) {
    if (what == RT_PENDING_PORT) {
        obj_t expected = OBJ_NULL;
        __atomic_compare_exchange_n(&rt_state.pending_exception, &expected, what, false,
                                    __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    } else {
        __atomic_store_n(&rt_state.pending_exception, what, __ATOMIC_SEQ_CST);
    }
}

void rt_handle_pending(void) {
    obj_t e = __atomic_exchange_n(&rt_state.pending_exception, OBJ_NULL, __ATOMIC_SEQ_CST);
    if (e != OBJ_NULL) {
        // the port's events first, whatever was posted: an exception posted
        // over the marker must not hide a request (a halt, a reset...)
        port_pending_events();   // may raise, run callbacks, or not return
        if (e == RT_PENDING_PORT) {
            e = __atomic_exchange_n(&rt_state.pending_exception, OBJ_NULL, __ATOMIC_SEQ_CST);
            if (e == RT_PENDING_PORT) {
                e = OBJ_NULL;   // posted again while handling: the next check point takes it
                rt_post_pending(RT_PENDING_PORT);
            }
        }
    }
    if (e != OBJ_NULL) {
        if (e == rt_state.kbd_exc) {
            exc_clear_traceback(e);
        }
        nlr_jump(e);
    }
    if (rt_state.sched_queue != OBJ_NULL && mod_micropython_run_scheduled) {
        mod_micropython_run_scheduled();
    }
}

obj_t rt_as_native(obj_t o, const type_t *t) {
    if (obj_is_small_int(o)) {
        return t == &type_int ? o : OBJ_NULL;
    }
    if (obj_is_type_exact(o, t)) {
        return o;
    }
    if (obj_is_ptr(o) && (obj_type(o)->flags & TYPE_FLAG_USER)) {
        obj_t sub = ((instance_t *)OBJ_TO_PTR(o))->subobj;
        if (sub != OBJ_NULL && (obj_is_small_int(sub) ? t == &type_int : obj_is_type_exact(sub, t))) {
            return sub;
        }
    }
    return OBJ_NULL;
}

obj_t rt_native_operand(obj_t o, binary_op_t op) {
    if (!obj_is_ptr(o) || !(obj_type(o)->flags & TYPE_FLAG_USER)) {
        return OBJ_NULL;
    }
    obj_t n = rt_as_native(o, &type_int);
    if (n == OBJ_NULL && (n = rt_as_native(o, &type_float)) == OBJ_NULL) {
        return OBJ_NULL;
    }
    binary_op_t refl;
    if (op >= BINARY_OP_OR && op <= BINARY_OP_POWER) {
        refl = op - BINARY_OP_OR + BINARY_OP_REVERSE_OR;
    } else if (op == BINARY_OP_LESS || op == BINARY_OP_MORE) {
        refl = op == BINARY_OP_LESS ? BINARY_OP_MORE : BINARY_OP_LESS;
    } else if (op == BINARY_OP_LESS_EQUAL || op == BINARY_OP_MORE_EQUAL) {
        refl = op == BINARY_OP_LESS_EQUAL ? BINARY_OP_MORE_EQUAL : BINARY_OP_LESS_EQUAL;
    } else {
        refl = op;
    }
    name_t name = rt_binary_op_name(refl);
    const type_t *t = obj_type(o);
    if (name != NAME_NULL && t->mro != OBJ_NULL) {
        tuple_t *mro = OBJ_TO_PTR(t->mro);
        for (size_t i = 0; i < mro->len; i++) {
            const type_t *c = OBJ_TO_PTR(mro->items[i]);
            if ((c->flags & TYPE_FLAG_USER) && c->locals && map_lookup(c->locals, OBJ_NAME(name))) {
                return OBJ_NULL;   // the subclass's own reflected method decides
            }
        }
    }
    return n;
}

// ---------------------------------------------------------------- truth, equality, hash
bool rt_is_true(obj_t o) {
    if (o == OBJ_FALSE || o == OBJ_NONE) {
        return false;
    }
    if (o == OBJ_TRUE) {
        return true;
    }
    if (obj_is_small_int(o)) {
        return o != obj_new_small_int(0);
    }
    if (obj_is_name(o)) {
        return obj_name_value(o) != N_empty;
    }
    const type_t *t = obj_type(o);
    if (t->unary_op) {
        obj_t r = t->unary_op(UNARY_OP_BOOL, o);
        if (r != OBJ_NULL) {
            return r == OBJ_TRUE;
        }
        r = t->unary_op(UNARY_OP_LEN, o);
        if (r != OBJ_NULL) {
            return r != obj_new_small_int(0);
        }
    }
    return true;
}

static obj_t try_compare(binary_op_t op, obj_t a, obj_t b) {
    const type_t *ta = obj_type(a);
    if (ta->binary_op) {
        obj_t r = ta->binary_op(op, a, b);
        if (r != OBJ_NULL && r != OBJ_NOTIMPLEMENTED) {
            return r;
        }
    }
    const type_t *tb = obj_type(b);
    if (tb->binary_op && tb != ta) {
        obj_t r = tb->binary_op(op, b, a);
        if (r != OBJ_NULL && r != OBJ_NOTIMPLEMENTED) {
            return r;
        }
    } else if (tb->binary_op && (tb->flags & TYPE_FLAG_USER)) {
        obj_t r = tb->binary_op(op, b, a);
        if (r != OBJ_NULL && r != OBJ_NOTIMPLEMENTED) {
            return r;
        }
    }
    return OBJ_NULL;
}

bool rt_equal(obj_t a, obj_t b) {
    if (a == b) {
        return true;
    }
    if (obj_is_small_int(a) && obj_is_small_int(b)) {
        return false;
    }
    if (obj_is_name(a) && obj_is_name(b)) {
        return false;
    }
    if (a == OBJ_NONE || b == OBJ_NONE) {
        return false;
    }
    bool sa = rt_is_str(a), sb = rt_is_str(b);
    if (sa && sb) {
        return str_equal(a, b);
    }
    if (sa != sb && (obj_is_name(a) || obj_is_name(b))) {
        // a name against a non-str: only a user str subclass could be equal
        obj_t other = obj_is_name(a) ? b : a;
        if (!obj_is_ptr(other) || !(obj_type(other)->flags & TYPE_FLAG_USER)) {
            return false;
        }
    }
    obj_t r = try_compare(BINARY_OP_EQUAL, a, b);
    if (r == OBJ_NULL) {
        return false;
    }
    return rt_is_true(r);
}

size_t rt_hash(obj_t o) {
    if (obj_is_small_int(o)) {
        return int_hash(o);
    }
    if (obj_is_name(o)) {
        return names_hash(obj_name_value(o));
    }
    if (o == OBJ_NONE) {
        return 0x345678;
    }
    if (o == OBJ_FALSE) {
        return 0;
    }
    if (o == OBJ_TRUE) {
        return 1;
    }
    const type_t *t = obj_type(o);
    if (t == &type_str) {
        return str_hash(o);
    }
    if (t->unary_op) {
        obj_t r = t->unary_op(UNARY_OP_HASH, o);
        if (r != OBJ_NULL) {
            if (obj_is_small_int(r)) {
                return (size_t)obj_small_int_value(r);
            }
            return int_hash(r);
        }
    }
    if (t == &type_list || t == &type_dict || t == &type_set || t == &type_bytearray) {
        rt_raise_fmt(&type_TypeError, "unhashable type: '%q'", t->name);
    }
    return (size_t)((uintptr_t)o >> 4);
}

// ---------------------------------------------------------------- operators
obj_t rt_unary_op(unary_op_t op, obj_t arg) {
    if (op == UNARY_OP_NOT) {
        return obj_bool(!rt_is_true(arg));
    }
    if (op == UNARY_OP_BOOL) {
        return obj_bool(rt_is_true(arg));
    }
    if (op == UNARY_OP_HASH) {
        return int_from_ll((long long)(intptr_t)rt_hash(arg));
    }
    if (obj_is_small_int(arg)) {
        return int_unary_op(op, arg);
    }
    const type_t *t = obj_type(arg);
    if (t->unary_op) {
        obj_t r = t->unary_op(op, arg);
        if (r != OBJ_NULL) {
            return r;
        }
    }
    if (op == UNARY_OP_LEN) {
        rt_raise_fmt(&type_TypeError, "object of type '%s' has no len()", rt_type_name(arg));
    }
    if (op == UNARY_OP_INT) {
        rt_raise_fmt(&type_TypeError, "can't convert %s to int", rt_type_name(arg));
    }
    if (op == UNARY_OP_FLOAT) {
        rt_raise_fmt(&type_TypeError, "can't convert %s to float", rt_type_name(arg));
    }
    static const char *const sym[] = {"+", "-", "~"};
    if (op <= UNARY_OP_INVERT) {
        rt_raise_fmt(&type_TypeError, "bad operand type for unary %s: '%s'", sym[op], rt_type_name(arg));
    }
    rt_raise_fmt(&type_TypeError, "unsupported type for %q: '%s'", unary_op_names[op], rt_type_name(arg));
}

static binary_op_t swap_compare(binary_op_t op) {
    switch (op) {
        case BINARY_OP_LESS: return BINARY_OP_MORE;
        case BINARY_OP_MORE: return BINARY_OP_LESS;
        case BINARY_OP_LESS_EQUAL: return BINARY_OP_MORE_EQUAL;
        case BINARY_OP_MORE_EQUAL: return BINARY_OP_LESS_EQUAL;
        default: return op;
    }
}

obj_t rt_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    switch (op) {
        case BINARY_OP_IS:
            return obj_bool(lhs == rhs);
        case BINARY_OP_EXCEPTION_MATCH:
            return obj_bool(exc_matches(lhs, rhs));
        case BINARY_OP_IN:
            return obj_bool(rt_contains(rhs, lhs));
        case BINARY_OP_EQUAL:
            if (obj_is_float_nan_possible(lhs, rhs)) {
                break;
            }
            return obj_bool(rt_equal(lhs, rhs));
        case BINARY_OP_NOT_EQUAL: {
            obj_t r = OBJ_NULL;
            if (obj_is_ptr(lhs) || obj_is_ptr(rhs)) {
                r = try_compare(BINARY_OP_NOT_EQUAL, lhs, rhs);
            }
            if (r != OBJ_NULL) {
                return r;
            }
            return obj_bool(!rt_equal(lhs, rhs));
        }
        default:
            break;
    }
    if (obj_is_small_int(lhs)) {
        obj_t r = int_binary_op(op, lhs, rhs);
        if (r != OBJ_NULL) {
            return r;
        }
    } else {
        const type_t *t = obj_type(lhs);
        if (t->binary_op) {
            obj_t r = t->binary_op(op, lhs, rhs);
            if (r != OBJ_NULL && r != OBJ_NOTIMPLEMENTED) {
                return r;
            }
        }
    }
    binary_op_t plain = op;
    if (op >= BINARY_OP_INPLACE_OR && op <= BINARY_OP_INPLACE_POWER) {
        plain = BINARY_OP_INPLACE_TO_PLAIN(op);
        const type_t *t = obj_type(lhs);
        if (t->binary_op) {
            obj_t r = t->binary_op(plain, lhs, rhs);
            if (r != OBJ_NULL && r != OBJ_NOTIMPLEMENTED) {
                return r;
            }
        }
    }
    const type_t *tr = obj_type(rhs);
    if (tr->binary_op) {
        obj_t r = OBJ_NULL;
        if (plain >= BINARY_OP_OR && plain <= BINARY_OP_POWER) {
            r = tr->binary_op(BINARY_OP_PLAIN_TO_REVERSE(plain), rhs, lhs);
        } else if (plain >= BINARY_OP_LESS && plain <= BINARY_OP_MORE_EQUAL) {
            r = tr->binary_op(swap_compare(plain), rhs, lhs);
        }
        if (r != OBJ_NULL && r != OBJ_NOTIMPLEMENTED) {
            return r;
        }
    }
    if (op == BINARY_OP_EQUAL) {
        return obj_bool(lhs == rhs);
    }
    rt_raise_fmt(&type_TypeError, "unsupported types for %q: '%s', '%s'",
                 binary_op_names[plain], rt_type_name(lhs), rt_type_name(rhs));
}

// NaN floats are not equal to themselves: route float == through the slots.
bool obj_is_float_nan_possible(obj_t a, obj_t b) {
    return a == b && obj_is_ptr(a) && ((obj_base_t *)a)->type == &type_float;
}

bool rt_contains(obj_t container, obj_t item) {
    const type_t *t = obj_type(container);
    if (t->binary_op) {
        obj_t r = t->binary_op(BINARY_OP_IN, container, item);
        if (r != OBJ_NULL && r != OBJ_NOTIMPLEMENTED) {
            return rt_is_true(r);
        }
    }
    if (t->getiter == NULL && t->subscr == NULL) {
        rt_raise_fmt(&type_TypeError, "argument of type '%s' is not iterable", rt_type_name(container));
    }
    obj_t it = rt_getiter(container, NULL);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_STOP) {
        if (rt_equal(x, item)) {
            return true;
        }
    }
    return false;
}

// ---------------------------------------------------------------- subscripts, len
obj_t rt_subscr_load(obj_t base, obj_t index) {
    const type_t *t = obj_type(base);
    if (t->subscr) {
        obj_t r = t->subscr(base, index, OBJ_SENTINEL);
        if (r != OBJ_NULL) {
            return r;
        }
    }
    if (obj_is_ptr(base) && t == &type_type) {
        rt_raise_fmt(&type_TypeError, "'%s' object isn't subscriptable", "type");
    }
    rt_raise_fmt(&type_TypeError, "'%s' object isn't subscriptable", rt_type_name(base));
}

void rt_subscr_store(obj_t base, obj_t index, obj_t value) {
    const type_t *t = obj_type(base);
    if (t->subscr && t->subscr(base, index, value) != OBJ_NULL) {
        return;
    }
    rt_raise_fmt(&type_TypeError, "'%s' object doesn't support item assignment", rt_type_name(base));
}

void rt_subscr_delete(obj_t base, obj_t index) {
    const type_t *t = obj_type(base);
    if (t->subscr && t->subscr(base, index, OBJ_NULL) != OBJ_NULL) {
        return;
    }
    rt_raise_fmt(&type_TypeError, "'%s' object doesn't support item deletion", rt_type_name(base));
}

obj_t rt_len_maybe(obj_t o) {
    if (obj_is_name(o)) {
        const char *s = names_str(obj_name_value(o));
        return obj_new_small_int((intptr_t)utf8_charlen(s, names_len(obj_name_value(o))));
    }
    const type_t *t = obj_type(o);
    if (t->unary_op) {
        return t->unary_op(UNARY_OP_LEN, o);
    }
    return OBJ_NULL;
}

size_t rt_len(obj_t o) {
    obj_t r = rt_len_maybe(o);
    if (r == OBJ_NULL) {
        rt_raise_fmt(&type_TypeError, "object of type '%s' has no len()", rt_type_name(o));
    }
    return (size_t)obj_small_int_value(r);
}

// ---------------------------------------------------------------- iteration
// Iterator over an object that only has __getitem__: indexes 0, 1, ... until IndexError.
typedef struct {
    obj_base_t base;
    obj_t seq;
    size_t index;
} seq_iter_t;

static obj_t seq_iter_next(obj_t self_in) {
    seq_iter_t *self = OBJ_TO_PTR(self_in);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t v = rt_subscr_load(self->seq, obj_new_small_int((intptr_t)self->index));
        nlr_pop();
        self->index++;
        return v;
    }
    if (exc_matches(nlr.ret_val, OBJ_FROM_PTR(&type_IndexError)) ||
        exc_matches(nlr.ret_val, OBJ_FROM_PTR(&type_StopIteration))) {
        return OBJ_STOP;
    }
    nlr_jump(nlr.ret_val);
}

static obj_t seq_iter_getiter(obj_t self, iter_buf_t *buf) {
    return self;
}

static const type_t type_seq_iter = {
    {&type_type}, .name = N_iterator, .flags = TYPE_FLAG_ITER_IS_SELF,
    .getiter = seq_iter_getiter, .iternext = seq_iter_next,
};

obj_t rt_getiter(obj_t o, iter_buf_t *buf) {
    const type_t *t = obj_type(o);
    if (t->getiter) {
        obj_t r = t->getiter(o, buf);
        if (r != OBJ_NULL) {
            return r;
        }
    }
    if (t->iternext != NULL && !(t->flags & TYPE_FLAG_USER)) {
        return o;   // an iterator is its own iterable
    }
    if (t->subscr && !(t->flags & TYPE_FLAG_USER ? rt_type_lookup(t, N___getitem__) == OBJ_NULL : false)) {
        seq_iter_t *it = gc_alloc(sizeof(seq_iter_t));
        it->base.type = &type_seq_iter;
        it->seq = o;
        return OBJ_FROM_PTR(it);
    }
    rt_raise_fmt(&type_TypeError, "'%s' object isn't iterable", rt_type_name(o));
}

// A Ctrl-C raised inside long C loops (sum(range(10**12)), list(huge
// iterator)...): every 4096 steps of any iteration, a pending exception is
// raised. Port events wait for the next VM check point (they may run Python
// callbacks, which must not run in the middle of a C operation).
static uint32_t iter_countdown = 4096;

static void check_interrupt(void) {
    iter_countdown = 4096;
    obj_t e = __atomic_load_n(&rt_state.pending_exception, __ATOMIC_SEQ_CST);
    if (e != OBJ_NULL && e != RT_PENDING_PORT &&
        __atomic_compare_exchange_n(&rt_state.pending_exception, &e, OBJ_NULL, false, __ATOMIC_SEQ_CST,
                                    __ATOMIC_SEQ_CST)) {
        if (e == rt_state.kbd_exc) {
            exc_clear_traceback(e);
        }
        nlr_jump(e);
    }
}

obj_t rt_iternext(obj_t it) {
    if (--iter_countdown == 0) {
        check_interrupt();
    }
    const type_t *t = obj_type(it);
    if (t->iternext) {
        return t->iternext(it);
    }
    rt_raise_fmt(&type_TypeError, "'%s' object isn't an iterator", rt_type_name(it));
}

obj_t rt_iternext_raise(obj_t it) {
    obj_t r = rt_iternext(it);
    if (r == OBJ_STOP) {
        nlr_jump(exc_new(&type_StopIteration, 0, NULL));
    }
    return r;
}

void rt_unpack_sequence(obj_t seq, size_t n, obj_t *items) {
    size_t len;
    const obj_t *src = NULL;
    if (obj_is_type_exact(seq, &type_tuple)) {
        tuple_t *t = OBJ_TO_PTR(seq);
        len = t->len;
        src = t->items;
    } else if (obj_is_type_exact(seq, &type_list)) {
        list_t *l = OBJ_TO_PTR(seq);
        len = l->len;
        src = l->items;
    }
    if (src) {
        if (len < n) {
            rt_raise_fmt(&type_ValueError, "not enough values to unpack (expected %u, got %u)",
                         (unsigned)n, (unsigned)len);
        }
        if (len > n) {
            rt_raise_fmt(&type_ValueError, "too many values to unpack (expected %u)", (unsigned)n);
        }
        memcpy(items, src, n * sizeof(obj_t));
        return;
    }
    obj_t it = rt_getiter(seq, NULL);
    for (size_t i = 0; i < n; i++) {
        obj_t x = rt_iternext(it);
        if (x == OBJ_STOP) {
            rt_raise_fmt(&type_ValueError, "not enough values to unpack (expected %u, got %u)",
                         (unsigned)n, (unsigned)i);
        }
        items[i] = x;
    }
    if (rt_iternext(it) != OBJ_STOP) {
        rt_raise_fmt(&type_ValueError, "too many values to unpack (expected %u)", (unsigned)n);
    }
}

// ---------------------------------------------------------------- conversions
bool rt_get_int_maybe(obj_t o, intptr_t *out) {
    if (obj_is_small_int(o)) {
        *out = obj_small_int_value(o);
        return true;
    }
    if (o == OBJ_FALSE || o == OBJ_TRUE) {
        *out = o == OBJ_TRUE;
        return true;
    }
    if (obj_is_instance(o, &type_int)) {
        if (obj_is_ptr(o) && (obj_type(o)->flags & TYPE_FLAG_USER)) {
            obj_t sub = ((instance_t *)o)->subobj;
            return sub != OBJ_NULL && rt_get_int_maybe(sub, out);
        }
        long long v;
        if (!int_to_ll(o, &v)) {
            rt_raise_OverflowError("overflow converting long int to machine word");
        }
        *out = (intptr_t)v;
        return true;
    }
    if (obj_is_ptr(o) && (obj_type(o)->flags & TYPE_FLAG_USER)) {
        // an object usable as an index (CPython's __index__)
        obj_t m[2];
        if (rt_load_method_maybe(o, N___index__, m)) {
            obj_t r = rt_call_method(m[0], m[1], 0, 0, NULL);
            if (!obj_is_small_int(r) && !obj_is_type_exact(r, &type_int)) {
                rt_raise_fmt(&type_TypeError, "__index__ returned non-int (type %s)", rt_type_name(r));
            }
            return rt_get_int_maybe(r, out);
        }
    }
    return false;
}

intptr_t rt_get_int(obj_t o) {
    intptr_t v;
    if (!rt_get_int_maybe(o, &v)) {
        rt_raise_fmt(&type_TypeError, "can't convert %s to int", rt_type_name(o));
    }
    return v;
}

double rt_get_float(obj_t o) {
    if (obj_is_small_int(o)) {
        return (double)obj_small_int_value(o);
    }
    if (o == OBJ_FALSE || o == OBJ_TRUE) {
        return o == OBJ_TRUE;
    }
    const type_t *t = obj_type(o);
    if (t == &type_float) {
        return float_value(o);
    }
    if (t == &type_int) {
        return int_to_double(o);
    }
    if (t->flags & TYPE_FLAG_USER) {
        obj_t sub = ((instance_t *)o)->subobj;
        if (sub != OBJ_NULL) {
            return rt_get_float(sub);
        }
        obj_t m[2];
        if (rt_load_method_maybe(o, N___float__, m)) {
            return rt_get_float(rt_call_method(m[0], m[1], 0, 0, NULL));
        }
    }
    rt_raise_fmt(&type_TypeError, "can't convert %s to float", rt_type_name(o));
}

size_t rt_get_index(const type_t *type, size_t len, obj_t index, bool is_slice) {
    intptr_t i;
    if (!rt_get_int_maybe(index, &i)) {
        rt_raise_fmt(&type_TypeError, "%q indices must be integers, not %s", type->name, rt_type_name(index));
    }
    if (i < 0) {
        i += (intptr_t)len;
    }
    if (is_slice) {
        if (i < 0) {
            i = 0;
        } else if ((size_t)i > len) {
            i = (intptr_t)len;
        }
        return (size_t)i;
    }
    if (i < 0 || (size_t)i >= len) {
        rt_raise_fmt(&type_IndexError, "%q index out of range", type->name);
    }
    return (size_t)i;
}

bool rt_is_str(obj_t o) {
    return obj_is_name(o) || obj_is_type_exact(o, &type_str);
}

const char *rt_str_data(obj_t o, size_t *len) {
    if (obj_is_name(o)) {
        name_t n = obj_name_value(o);
        *len = names_len(n);
        return names_str(n);
    }
    if (obj_is_ptr(o)) {
        const type_t *t = ((obj_base_t *)o)->type;
        if (t == &type_str) {
            str_t *s = OBJ_TO_PTR(o);
            *len = s->len;
            return s->data;
        }
        if ((t->flags & TYPE_FLAG_USER) && ((instance_t *)o)->subobj != OBJ_NULL &&
            rt_is_subclass(t, &type_str)) {
            return rt_str_data(((instance_t *)o)->subobj, len);
        }
    }
    rt_raise_fmt(&type_TypeError, "can't convert '%s' object to str implicitly", rt_type_name(o));
}

name_t rt_intern_obj(obj_t str) {
    if (obj_is_name(str)) {
        return obj_name_value(str);
    }
    size_t len;
    const char *s = rt_str_data(str, &len);
    return names_intern(s, len);
}

void rt_print(const printer_t *p, obj_t o, print_kind_t kind) {
    const type_t *t = obj_type(o);
    if (t->print) {
        t->print(p, o, kind);
    } else {
        print_fmt(p, "<%q object at %p>", t->name, o);
    }
}

obj_t rt_obj_str(obj_t o) {
    if (rt_is_str(o)) {
        return o;
    }
    vstr_t v;
    vstr_init(&v, 16);
    printer_t p = vstr_printer(&v);
    rt_print(&p, o, PRINT_STR);
    return str_from_vstr(&v);
}

obj_t rt_obj_repr(obj_t o) {
    vstr_t v;
    vstr_init(&v, 16);
    printer_t p = vstr_printer(&v);
    rt_print(&p, o, PRINT_REPR);
    return str_from_vstr(&v);
}
