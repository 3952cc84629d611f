// core/vm.c — the bytecode interpreter loop and argument binding.
// One nlr_push per vm_run activation; try blocks are entries of the frame's
// block stack (see opcodes.def for the exception model). Dispatch uses GCC
// computed goto (gcc is the only compiler we build with, on every port).
// Invariants: sp points at the top value (stack_base when empty);
// f->cur_ip is the start of the executing instruction, so an exception can
// be mapped to its line; locals read after a longjmp are read from *f.
#include <string.h>
#include "core/runtime.h"
#include "core/gc.h"
#include "core/types.h"
#include "core/vm.h"
#include "core/gen.h"
#include "core/class.h"
#include "core/exc.h"

// ---------------------------------------------------------------- argument binding
NORETURN static void arg_count_error(size_t want, size_t got) {
    rt_raise_fmt(&type_TypeError, "function takes %d positional arguments but %d were given",
                 (int)want, (int)got);
}

void vm_frame_setup(frame_t *f, func_t *fun, obj_t *state, vm_block_t *blocks,
                    size_t n_args, size_t n_kw, const obj_t *args) {
    const code_t *c = fun->code;
    f->prev = NULL;
    f->ip = NULL;
    f->cur_ip = NULL;
    f->sp = NULL;
    f->exc_handled_entry = OBJ_NULL;
    f->n_blocks_used = 0;
    f->skip_traceback = false;
    f->code = c;
    f->fun = OBJ_FROM_PTR(fun);
    f->globals = fun->globals;
    f->locals = NULL;
    f->state = state;
    f->blocks = blocks;
    obj_t *fast = state;
    // locals must start unbound; the value stack needs no clearing (frames
    // clear their whole state when they exit, see vm_call_function)
    memset(fast, 0, c->n_locals * sizeof(obj_t));
    size_t n_pos = c->n_pos_args;
    size_t slot_varargs = n_pos + c->n_kwonly_args;
    size_t slot_varkw = slot_varargs + ((c->flags & CODE_VARARGS) ? 1 : 0);

    if (n_kw == 0 && n_args == n_pos && !(c->flags & (CODE_VARARGS | CODE_VARKW)) && c->n_kwonly_args == 0) {
        // fast path: exact positional call
        if (n_args) {
            memcpy(fast, args, n_args * sizeof(obj_t));
        }
    } else {
        size_t take = n_args < n_pos ? n_args : n_pos;
        if (take) {
            memcpy(fast, args, take * sizeof(obj_t));
        }
        if (n_args > n_pos) {
            if (!(c->flags & CODE_VARARGS)) {
                arg_count_error(n_pos, n_args);
            }
            fast[slot_varargs] = tuple_new(n_args - n_pos, args + n_pos);
        } else if (c->flags & CODE_VARARGS) {
            fast[slot_varargs] = OBJ_EMPTY_TUPLE;
        }
        obj_t kwdict = OBJ_NULL;
        if (c->flags & CODE_VARKW) {
            kwdict = dict_new(n_kw);
            fast[slot_varkw] = kwdict;
        }
        size_t n_named = n_pos + c->n_kwonly_args;
        for (size_t k = 0; k < n_kw; k++) {
            obj_t key = args[n_args + 2 * k];
            name_t kn = rt_intern_obj(key);
            size_t i = c->n_posonly_args;
            while (i < n_named && c->arg_names[i] != kn) {
                i++;
            }
            if (i < n_named) {
                if (fast[i] != OBJ_NULL) {
                    rt_raise_fmt(&type_TypeError, "function got multiple values for argument '%q'", kn);
                }
                fast[i] = args[n_args + 2 * k + 1];
            } else if (kwdict != OBJ_NULL) {
                dict_store(kwdict, OBJ_NAME(kn), args[n_args + 2 * k + 1]);
            } else {
                rt_raise_fmt(&type_TypeError, "unexpected keyword argument '%q'", kn);
            }
        }
        if (n_args < n_pos) {
            size_t n_def = 0;
            tuple_t *defs = NULL;
            if (fun->defaults != OBJ_NULL) {
                defs = OBJ_TO_PTR(fun->defaults);
                n_def = defs->len;
            }
            size_t first_def = n_pos - n_def;
            size_t missing = 0;
            for (size_t i = n_args; i < n_pos; i++) {
                if (fast[i] == OBJ_NULL) {
                    if (i >= first_def) {
                        fast[i] = defs->items[i - first_def];
                    } else {
                        missing++;
                    }
                }
            }
            if (missing) {
                rt_raise_fmt(&type_TypeError, "function missing %d required positional arguments",
                             (int)missing);
            }
        }
        for (size_t i = n_pos; i < n_named; i++) {
            if (fast[i] == OBJ_NULL) {
                obj_t d = fun->kwdefaults != OBJ_NULL ? dict_get(fun->kwdefaults, OBJ_NAME(c->arg_names[i])) : OBJ_NULL;
                if (d == OBJ_NULL) {
                    rt_raise_fmt(&type_TypeError, "function missing required keyword argument '%q'",
                                 c->arg_names[i]);
                }
                fast[i] = d;
            }
        }
    }
    for (size_t i = 0; i < c->n_cells; i++) {
        size_t s = c->cell_slots[i];
        fast[s] = cell_new(fast[s]);
    }
    if (c->n_free) {
        tuple_t *cl = OBJ_TO_PTR(fun->closure);
        size_t base = c->n_locals - c->n_free;
        for (size_t i = 0; i < c->n_free && cl && i < cl->len; i++) {
            fast[base + i] = cl->items[i];
        }
    }
}

obj_t vm_call_function(func_t *fun, size_t n_args, size_t n_kw, const obj_t *args) {
    const code_t *c = fun->code;
    if (c->flags & CODE_GENERATOR) {
        return gen_new(fun, n_args, n_kw, args);
    }
    rt_check_stack();
    obj_t state[c->n_locals + c->n_stack + 1];
    vm_block_t blocks[c->n_blocks + 1];
    frame_t f;
    vm_frame_setup(&f, fun, state, blocks, n_args, n_kw, args);
    obj_t result;
    vm_status_t st = vm_run(&f, OBJ_NULL, OBJ_NULL, &result);
    // a dead frame must not pin garbage through the conservative stack scan
    memset(state, 0, (c->n_locals + c->n_stack) * sizeof(obj_t));
    __asm__ volatile("" : : "r"(state) : "memory");
    if (st == VM_EXCEPTION) {
        nlr_jump(result);
    }
    return result;
}

obj_t vm_run_class_body(func_t *fun, map_t *locals) {
    const code_t *c = fun->code;
    rt_check_stack();
    obj_t state[c->n_locals + c->n_stack + 1];
    vm_block_t blocks[c->n_blocks + 1];
    frame_t f;
    vm_frame_setup(&f, fun, state, blocks, 0, 0, NULL);
    f.locals = locals;
    obj_t result;
    if (vm_run(&f, OBJ_NULL, OBJ_NULL, &result) == VM_EXCEPTION) {
        nlr_jump(result);
    }
    return result;
}

obj_t vm_exec_code(obj_t code_in, map_t *globals, map_t *locals) {
    const code_t *c = OBJ_TO_PTR(code_in);
    obj_t state[c->n_locals + c->n_stack + 1];
    vm_block_t blocks[c->n_blocks + 1];
    frame_t f;
    memset(&f, 0, sizeof(f));
    memset(state, 0, sizeof(state));
    f.code = c;
    f.globals = globals;
    f.locals = locals;
    f.state = state;
    f.blocks = blocks;
    for (size_t i = 0; i < c->n_cells; i++) {
        state[c->cell_slots[i]] = cell_new(OBJ_NULL);
    }
    obj_t result;
    if (vm_run(&f, OBJ_NULL, OBJ_NULL, &result) == VM_EXCEPTION) {
        nlr_jump(result);
    }
    return result;
}

// ---------------------------------------------------------------- the loop
// An instance of a user class that is not an exception nor a class, with its members map.
static inline instance_t *plain_instance(obj_t o) {
    if (!obj_is_ptr(o)) {
        return NULL;
    }
    const type_t *t = ((obj_base_t *)o)->type;
    if ((t->flags & (TYPE_FLAG_USER | TYPE_FLAG_EXCEPTION | TYPE_FLAG_META)) != TYPE_FLAG_USER) {
        return NULL;
    }
    instance_t *inst = OBJ_TO_PTR(o);
    return inst->members ? inst : NULL;
}

// The innermost running frame (globals(), locals(), eval/exec defaults).
static frame_t *top_frame;

frame_t *vm_current_frame(void) {
    return top_frame;
}

void vm_reset(void) {
    top_frame = NULL;
}

static inline obj_t load_global(frame_t *f, name_t n) {
    obj_t *v = map_lookup_name(f->globals, OBJ_NAME(n));
    if (v) {
        return *v;
    }
    obj_t b = rt_builtin_lookup(n);
    if (b == OBJ_NULL) {
        rt_raise_NameError(n);
    }
    return b;
}

static obj_t build_string(size_t n, obj_t *items) {
    vstr_t v;
    vstr_init(&v, 16);
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *s = rt_str_data(items[i], &len);
        vstr_add_strn(&v, s, len);
    }
    return str_from_vstr(&v);
}

static obj_t format_value(obj_t v, int flags, obj_t spec) {
    switch (flags & 3) {
        case 1: v = rt_obj_str(v); break;
        case 2: case 3: v = rt_obj_repr(v); break;
        default: break;
    }
    if (spec == OBJ_NULL && rt_is_str(v)) {
        return v;
    }
    return str_format_value(v, spec == OBJ_NULL ? OBJ_NAME(N_empty) : spec);
}

#define PENDING_CHECK() \
    do { \
        if (rt_state.pending_exception != OBJ_NULL || rt_state.sched_queue != OBJ_NULL) { \
            rt_handle_pending(); \
        } \
    } while (0)

vm_status_t vm_run(frame_t *f, obj_t send, obj_t throw_exc, obj_t *result) {
    static const void *const labels[OP__COUNT] = {
#define OP(name, kind, effect) &&L_##name,
#include "core/opcodes.def"
#undef OP
    };
    const code_t *code = f->code;
    obj_t *const fast = f->state;
    obj_t *const stack_base = f->state + code->n_locals - 1;
    f->exc_handled_entry = rt_state.exc_handled;
    f->prev = top_frame;
    top_frame = f;
    const uint8_t *ip;
    obj_t *sp;
    if (f->ip == NULL) {
        ip = code->bytecode;
        sp = stack_base;
    } else {
        ip = f->ip;
        sp = f->sp;
        if (throw_exc == OBJ_NULL) {
            *++sp = send;
        }
    }
    f->ip = NULL;
    volatile obj_t pending_throw = throw_exc;
    nlr_buf_t nlr;

#define PUSH(v) (*++sp = (v))
#define POP() (*sp--)
#define POP_CLEAR(dst) do { (dst) = *sp; *sp-- = OBJ_NULL; } while (0)
#define TOP() (*sp)
#define SET_TOP(v) (*sp = (v))
// one-byte operands are by far the most common: decode them inline
// one- and two-byte operands (names, constants) decoded inline
#define READ_UINT() (ip[0] < 0x80 ? (size_t)*ip++ \
                     : ip[1] < 0x80 ? (ip += 2, (size_t)((ip[-2] & 0x7f) | ((size_t)ip[-1] << 7))) \
                     : (size_t)leb_get_uint(&ip))
#define READ_SINT() (*ip < 0x80 ? (intptr_t)((int8_t)(*ip++ << 1) >> 1) : (intptr_t)leb_get_sint(&ip))
#define READ_BYTE() (*ip++)
#define READ_JUMP() (ip += 2, (int16_t)(ip[-2] | (ip[-1] << 8)))
#define DISPATCH() do { f->cur_ip = ip; goto *labels[*ip++]; } while (0)

run:
    if (nlr_push(&nlr) == 0) {
        if (pending_throw != OBJ_NULL) {
            obj_t e = pending_throw;
            pending_throw = OBJ_NULL;
            if (*ip == OP_YIELD_FROM) {
                // forward the throw into the delegate generator
                obj_t out;
                vm_status_t st = gen_resume_throw(sp[0], e, &out);
                if (st == VM_YIELD) {
                    nlr_pop();
                    f->ip = ip;
                    f->sp = sp;
                    rt_state.exc_handled = f->exc_handled_entry;
                    *result = out;
                    top_frame = f->prev;
                    return VM_YIELD;
                }
                if (st == VM_RETURN) {
                    ip++;
                    SET_TOP(out);
                    goto resume;
                }
                e = out;
            }
            rt_raise(e);
        }
    resume:
        DISPATCH();

    L_NOP:
        DISPATCH();
    L_LOAD_CONST_NONE:
        PUSH(OBJ_NONE);
        DISPATCH();
    L_LOAD_CONST_FALSE:
        PUSH(OBJ_FALSE);
        DISPATCH();
    L_LOAD_CONST_TRUE:
        PUSH(OBJ_TRUE);
        DISPATCH();
    L_LOAD_CONST_SMALL_INT:
        PUSH(obj_new_small_int(READ_SINT()));
        DISPATCH();
    L_LOAD_CONST_NAME:
        PUSH(OBJ_NAME(READ_UINT()));
        DISPATCH();
    L_LOAD_CONST:
        PUSH(code->consts[READ_UINT()]);
        DISPATCH();
    L_LOAD_FAST: {
        obj_t v = fast[READ_UINT()];
        if (v == OBJ_NULL) {
            rt_raise_msg(&type_UnboundLocalError, "local variable referenced before assignment");
        }
        PUSH(v);
        DISPATCH();
    }
    L_STORE_FAST: {
        size_t i = READ_UINT();
        POP_CLEAR(fast[i]);
        DISPATCH();
    }
    L_DELETE_FAST: {
        size_t i = READ_UINT();
        if (fast[i] == OBJ_NULL) {
            rt_raise_msg(&type_UnboundLocalError, "local variable referenced before assignment");
        }
        fast[i] = OBJ_NULL;
        DISPATCH();
    }
    L_LOAD_DEREF: {
        cell_t *c = OBJ_TO_PTR(fast[READ_UINT()]);
        if (c->contents == OBJ_NULL) {
            rt_raise_msg(&type_NameError, "local variable referenced before assignment");
        }
        PUSH(c->contents);
        DISPATCH();
    }
    L_STORE_DEREF: {
        cell_t *c = OBJ_TO_PTR(fast[READ_UINT()]);
        c->contents = POP();
        DISPATCH();
    }
    L_DELETE_DEREF: {
        cell_t *c = OBJ_TO_PTR(fast[READ_UINT()]);
        if (c->contents == OBJ_NULL) {
            rt_raise_msg(&type_NameError, "local variable referenced before assignment");
        }
        c->contents = OBJ_NULL;
        DISPATCH();
    }
    L_LOAD_CLOSURE:
        PUSH(fast[READ_UINT()]);
        DISPATCH();
    L_LOAD_GLOBAL: {
        name_t n = (name_t)READ_UINT();
        PUSH(load_global(f, n));
        DISPATCH();
    }
    L_STORE_GLOBAL: {
        name_t n = (name_t)READ_UINT();
        obj_t v;
        POP_CLEAR(v);
        map_store(f->globals, OBJ_NAME(n), v);
        DISPATCH();
    }
    L_DELETE_GLOBAL: {
        name_t n = (name_t)READ_UINT();
        if (map_remove(f->globals, OBJ_NAME(n)) == OBJ_NULL) {
            rt_raise_NameError(n);
        }
        DISPATCH();
    }
    L_LOAD_NAME: {
        name_t n = (name_t)READ_UINT();
        obj_t *v = f->locals ? map_lookup_name(f->locals, OBJ_NAME(n)) : NULL;
        PUSH(v ? *v : load_global(f, n));
        DISPATCH();
    }
    L_STORE_NAME: {
        name_t n = (name_t)READ_UINT();
        obj_t v;
        POP_CLEAR(v);
        map_store(f->locals ? f->locals : f->globals, OBJ_NAME(n), v);
        DISPATCH();
    }
    L_DELETE_NAME: {
        name_t n = (name_t)READ_UINT();
        if (map_remove(f->locals ? f->locals : f->globals, OBJ_NAME(n)) == OBJ_NULL) {
            rt_raise_NameError(n);
        }
        DISPATCH();
    }
    L_LOAD_ATTR: {
        name_t n = (name_t)READ_UINT();
        instance_t *inst = plain_instance(TOP());
        if (inst != NULL && class_lookup(inst->base.type, n, NULL) == OBJ_NULL) {
            // no class attribute (so no descriptor): the instance dict decides
            obj_t *v = map_lookup_name(inst->members, OBJ_NAME(n));
            if (v) {
                SET_TOP(*v);
                DISPATCH();
            }
        }
        SET_TOP(rt_load_attr(TOP(), n));
        DISPATCH();
    }
    L_STORE_ATTR: {
        name_t n = (name_t)READ_UINT();
        obj_t o = POP();
        obj_t v = POP();
        instance_t *inst = plain_instance(o);
        if (inst != NULL && class_lookup(inst->base.type, n, NULL) == OBJ_NULL) {
            const type_t *owner;
            class_lookup(inst->base.type, N___setattr__, &owner);
            if (owner == &type_object) {
                map_store(inst->members, OBJ_NAME(n), v);
                DISPATCH();
            }
        }
        rt_store_attr(o, n, v);
        DISPATCH();
    }
    L_DELETE_ATTR: {
        name_t n = (name_t)READ_UINT();
        rt_delete_attr(POP(), n);
        DISPATCH();
    }
    L_LOAD_METHOD: {
        name_t n = (name_t)READ_UINT();
        instance_t *inst = plain_instance(TOP());
        if (inst != NULL) {
            obj_t m = class_lookup(inst->base.type, n, NULL);
            if (m != OBJ_NULL && obj_is_type_exact(m, &type_function) &&
                map_lookup_name(inst->members, OBJ_NAME(n)) == NULL) {
                sp[1] = sp[0];
                sp[0] = m;
                sp++;
                DISPATCH();
            }
        }
        rt_load_method(TOP(), n, sp);
        sp++;
        DISPATCH();
    }
    L_LOAD_SUBSCR: {
        obj_t index = POP();
        obj_t base = TOP();
        if (obj_is_small_int(index) && obj_is_type_exact(base, &type_list)) {
            list_t *l = OBJ_TO_PTR(base);
            intptr_t i = obj_small_int_value(index);
            if (i < 0) {
                i += (intptr_t)l->len;
            }
            if (i >= 0 && (size_t)i < l->len) {
                SET_TOP(l->items[i]);
                DISPATCH();
            }
        }
        SET_TOP(rt_subscr_load(base, index));
        DISPATCH();
    }
    L_STORE_SUBSCR: {
        obj_t index = sp[0], base = sp[-1], value = sp[-2];
        sp -= 3;
        if (obj_is_small_int(index) && obj_is_type_exact(base, &type_list)) {
            list_t *l = OBJ_TO_PTR(base);
            intptr_t i = obj_small_int_value(index);
            if (i < 0) {
                i += (intptr_t)l->len;
            }
            if (i >= 0 && (size_t)i < l->len) {
                l->items[i] = value;
                DISPATCH();
            }
        }
        rt_subscr_store(base, index, value);
        DISPATCH();
    }
    L_DELETE_SUBSCR: {
        obj_t index = sp[0], base = sp[-1];
        sp -= 2;
        rt_subscr_delete(base, index);
        DISPATCH();
    }
    L_POP_TOP:
        *sp-- = OBJ_NULL;
        DISPATCH();
    L_ROT_TWO: {
        obj_t t = sp[0];
        sp[0] = sp[-1];
        sp[-1] = t;
        DISPATCH();
    }
    L_ROT_THREE: {
        obj_t t = sp[0];
        sp[0] = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = t;
        DISPATCH();
    }
    L_ROT_FOUR: {
        obj_t t = sp[0];
        sp[0] = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = t;
        DISPATCH();
    }
    L_DUP_TOP:
        sp[1] = sp[0];
        sp++;
        DISPATCH();
    L_DUP_TOP_TWO:
        sp[1] = sp[-1];
        sp[2] = sp[0];
        sp += 2;
        DISPATCH();
    L_UNARY_OP: {
        unary_op_t op = READ_BYTE();
        SET_TOP(rt_unary_op(op, TOP()));
        DISPATCH();
    }
    L_BINARY_OP: {
        binary_op_t op = READ_BYTE();
        obj_t rhs = POP();
        obj_t lhs = TOP();
        if (obj_is_small_int(lhs) && obj_is_small_int(rhs)) {
            intptr_t a = obj_small_int_value(lhs), b = obj_small_int_value(rhs), r;
            switch (op) {
                case BINARY_OP_ADD:
                case BINARY_OP_INPLACE_ADD:
                    if (!__builtin_add_overflow(a, b, &r) && small_int_fits(r)) {
                        SET_TOP(obj_new_small_int(r));
                        DISPATCH();
                    }
                    break;
                case BINARY_OP_SUBTRACT:
                case BINARY_OP_INPLACE_SUBTRACT:
                    if (!__builtin_sub_overflow(a, b, &r) && small_int_fits(r)) {
                        SET_TOP(obj_new_small_int(r));
                        DISPATCH();
                    }
                    break;
                case BINARY_OP_MULTIPLY:
                case BINARY_OP_INPLACE_MULTIPLY:
                    if (!__builtin_mul_overflow(a, b, &r) && small_int_fits(r)) {
                        SET_TOP(obj_new_small_int(r));
                        DISPATCH();
                    }
                    break;
                case BINARY_OP_LESS: SET_TOP(obj_bool(a < b)); DISPATCH();
                case BINARY_OP_MORE: SET_TOP(obj_bool(a > b)); DISPATCH();
                case BINARY_OP_LESS_EQUAL: SET_TOP(obj_bool(a <= b)); DISPATCH();
                case BINARY_OP_MORE_EQUAL: SET_TOP(obj_bool(a >= b)); DISPATCH();
                case BINARY_OP_EQUAL: SET_TOP(obj_bool(a == b)); DISPATCH();
                case BINARY_OP_NOT_EQUAL: SET_TOP(obj_bool(a != b)); DISPATCH();
                case BINARY_OP_AND:
                case BINARY_OP_INPLACE_AND: SET_TOP(obj_new_small_int(a & b)); DISPATCH();
                case BINARY_OP_OR:
                case BINARY_OP_INPLACE_OR: SET_TOP(obj_new_small_int(a | b)); DISPATCH();
                case BINARY_OP_XOR:
                case BINARY_OP_INPLACE_XOR: SET_TOP(obj_new_small_int(a ^ b)); DISPATCH();
                default:
                    break;
            }
            SET_TOP(int_binary_op(op, lhs, rhs));
            DISPATCH();
        }
        SET_TOP(rt_binary_op(op, lhs, rhs));
        DISPATCH();
    }
    L_JUMP: {
        int off = READ_JUMP();
        ip += off;
        if (off < 0) {
            PENDING_CHECK();
        }
        DISPATCH();
    }
    L_POP_JUMP_IF_FALSE: {
        int off = READ_JUMP();
        obj_t v = POP();
        if (v == OBJ_FALSE || (v != OBJ_TRUE && !rt_is_true(v))) {
            ip += off;
        }
        DISPATCH();
    }
    L_POP_JUMP_IF_TRUE: {
        int off = READ_JUMP();
        obj_t v = POP();
        if (v == OBJ_TRUE || (v != OBJ_FALSE && rt_is_true(v))) {
            ip += off;
        }
        DISPATCH();
    }
    L_JUMP_IF_FALSE_OR_POP: {
        int off = READ_JUMP();
        if (!rt_is_true(TOP())) {
            ip += off;
        } else {
            sp--;
        }
        DISPATCH();
    }
    L_JUMP_IF_TRUE_OR_POP: {
        int off = READ_JUMP();
        if (rt_is_true(TOP())) {
            ip += off;
        } else {
            sp--;
        }
        DISPATCH();
    }
    L_GET_ITER:
        SET_TOP(rt_getiter(TOP(), NULL));
        DISPATCH();
    L_FOR_ITER: {
        int off = READ_JUMP();
        obj_t v = rt_iternext(TOP());
        if (v == OBJ_STOP) {
            *sp-- = OBJ_NULL;
            ip += off;
        } else {
            PUSH(v);
            PENDING_CHECK();
        }
        DISPATCH();
    }
    L_BUILD_TUPLE: {
        size_t n = READ_UINT();
        sp -= n;
        obj_t built = tuple_new(n, sp + 1);
        PUSH(built);
        DISPATCH();
    }
    L_BUILD_LIST: {
        size_t n = READ_UINT();
        sp -= n;
        obj_t built = list_new(n, sp + 1);
        PUSH(built);
        DISPATCH();
    }
    L_BUILD_SET: {
        size_t n = READ_UINT();
        sp -= n;
        obj_t built = set_new(n, sp + 1);
        PUSH(built);
        DISPATCH();
    }
    L_BUILD_MAP: {
        size_t n = READ_UINT();
        obj_t d = dict_new(n);
        sp -= 2 * n;
        for (size_t i = 0; i < n; i++) {
            dict_store(d, sp[1 + 2 * i], sp[2 + 2 * i]);
        }
        PUSH(d);
        DISPATCH();
    }
    L_BUILD_SLICE: {
        size_t n = READ_UINT();
        obj_t step = n == 3 ? POP() : OBJ_NONE;
        obj_t stop = POP();
        SET_TOP(slice_new(TOP(), stop, step));
        DISPATCH();
    }
    L_BUILD_STRING: {
        size_t n = READ_UINT();
        sp -= n;
        obj_t built = build_string(n, sp + 1);
        PUSH(built);
        DISPATCH();
    }
    L_FORMAT_VALUE: {
        int flags = READ_BYTE();
        obj_t spec = (flags & 4) ? POP() : OBJ_NULL;
        SET_TOP(format_value(TOP(), flags, spec));
        DISPATCH();
    }
    L_LIST_APPEND: {
        size_t i = READ_UINT();
        obj_t v = POP();
        list_append(sp[1 - (intptr_t)i], v);
        DISPATCH();
    }
    L_SET_ADD: {
        size_t i = READ_UINT();
        obj_t v = POP();
        set_add(sp[1 - (intptr_t)i], v);
        DISPATCH();
    }
    L_MAP_ADD: {
        size_t i = READ_UINT();
        obj_t v = POP();
        obj_t k = POP();
        dict_store(sp[1 - (intptr_t)i], k, v);
        DISPATCH();
    }
    L_LIST_EXTEND: {
        size_t i = READ_UINT();
        obj_t v = POP();
        list_extend(sp[1 - (intptr_t)i], v);
        DISPATCH();
    }
    L_SET_UPDATE: {
        size_t i = READ_UINT();
        obj_t v = POP();
        set_update(sp[1 - (intptr_t)i], v);
        DISPATCH();
    }
    L_DICT_UPDATE: {
        size_t i = READ_UINT();
        obj_t v = POP();
        dict_update(sp[1 - (intptr_t)i], v, false);
        DISPATCH();
    }
    L_DICT_MERGE: {
        size_t i = READ_UINT();
        obj_t v = POP();
        dict_update(sp[1 - (intptr_t)i], v, true);
        DISPATCH();
    }
    L_LIST_TO_TUPLE:
        SET_TOP(list_to_tuple(TOP()));
        DISPATCH();
    L_UNPACK_SEQUENCE: {
        size_t n = READ_UINT();
        // unpack straight into the value stack (no VLA: computed goto would
        // never release its stack space), then reverse so item 0 is on top
        rt_unpack_sequence(*sp, n, sp);   // overwrites the sequence slot
        for (size_t i = 0; i < n / 2; i++) {
            obj_t t = sp[i];
            sp[i] = sp[n - 1 - i];
            sp[n - 1 - i] = t;
        }
        sp += n - 1;
        DISPATCH();
    }
    L_UNPACK_EX: {
        size_t arg = READ_UINT();
        size_t before = arg & 0xff, after = arg >> 8;
        obj_t seq = POP();
        obj_t lst = list_new(0, NULL);
        list_extend(lst, seq);
        list_t *l = OBJ_TO_PTR(lst);
        if (l->len < before + after) {
            rt_raise_fmt(&type_ValueError, "not enough values to unpack (expected at least %u, got %u)",
                         (unsigned)(before + after), (unsigned)l->len);
        }
        size_t mid = l->len - before - after;
        for (size_t i = 0; i < after; i++) {
            PUSH(l->items[l->len - 1 - i]);
        }
        obj_t star = list_new(mid, l->items + before);
        PUSH(star);
        for (size_t i = before; i-- > 0;) {
            PUSH(l->items[i]);
        }
        DISPATCH();
    }
    L_CALL_FUNCTION: {
        size_t arg = READ_UINT();
        size_t n_pos = arg & 0xff, n_kw = arg >> 8;
        sp -= n_pos + 2 * n_kw;
        SET_TOP(rt_call(TOP(), n_pos, n_kw, sp + 1));
        memset(sp + 1, 0, (n_pos + 2 * n_kw) * sizeof(obj_t));
        PENDING_CHECK();
        DISPATCH();
    }
    L_CALL_METHOD: {
        size_t arg = READ_UINT();
        size_t n_pos = arg & 0xff, n_kw = arg >> 8;
        sp -= n_pos + 2 * n_kw + 1;
        obj_t r;
        if (sp[1] != OBJ_NULL) {
            r = rt_call(sp[0], n_pos + 1, n_kw, sp + 1);
        } else {
            r = rt_call(sp[0], n_pos, n_kw, sp + 2);
        }
        SET_TOP(r);
        memset(sp + 1, 0, (n_pos + 2 * n_kw + 1) * sizeof(obj_t));
        PENDING_CHECK();
        DISPATCH();
    }
    L_CALL_FUNCTION_EX: {
        int flags = READ_BYTE();
        obj_t kw = (flags & 1) ? POP() : OBJ_NULL;
        obj_t args = POP();
        SET_TOP(rt_call_ex(TOP(), args, kw));
        PENDING_CHECK();
        DISPATCH();
    }
    L_MAKE_FUNCTION: {
        int flags = READ_BYTE();
        obj_t c = POP();
        obj_t closure = (flags & 4) ? POP() : OBJ_NULL;
        obj_t kwdefaults = (flags & 2) ? POP() : OBJ_NULL;
        obj_t defaults = (flags & 1) ? POP() : OBJ_NULL;
        PUSH(func_new(c, dict_from_map(f->globals), defaults, kwdefaults, closure));
        DISPATCH();
    }
    L_RETURN_VALUE:
        *result = POP();
        nlr_pop();
        rt_state.exc_handled = f->exc_handled_entry;
        top_frame = f->prev;
        return VM_RETURN;
    L_BUILD_CLASS: {
        size_t n = READ_UINT();
        sp -= n;
        obj_t name = POP();
        SET_TOP(class_build(TOP(), name, n, sp + 2));
        DISPATCH();
    }
    L_YIELD_VALUE:
        *result = POP();
        f->ip = ip;
        f->sp = sp;
        nlr_pop();
        rt_state.exc_handled = f->exc_handled_entry;
        top_frame = f->prev;
        return VM_YIELD;
    L_GET_YIELD_FROM_ITER:
        if (!obj_is_type_exact(TOP(), &type_generator)) {
            SET_TOP(rt_getiter(TOP(), NULL));
        }
        DISPATCH();
    L_YIELD_FROM: {
        obj_t v = POP();
        obj_t out;
        vm_status_t st = gen_yield_from_step(TOP(), v, &out);
        if (st == VM_YIELD) {
            *result = out;
            f->ip = f->cur_ip;
            f->sp = sp;
            nlr_pop();
            rt_state.exc_handled = f->exc_handled_entry;
            top_frame = f->prev;
            return VM_YIELD;
        }
        SET_TOP(out);
        DISPATCH();
    }
    L_SETUP_EXCEPT: {
        int off = READ_JUMP();
        vm_block_t *b = &f->blocks[f->n_blocks_used++];
        b->handler = ip + off;
        b->depth = (uint16_t)(sp - stack_base);
        b->exc_handled = rt_state.exc_handled;
        DISPATCH();
    }
    L_POP_BLOCK:
        f->n_blocks_used--;
        DISPATCH();
    L_PUSH_EXC_INFO: {
        obj_t exc = TOP();
        SET_TOP(rt_state.exc_handled);
        PUSH(exc);
        rt_state.exc_handled = exc;
        DISPATCH();
    }
    L_POP_EXCEPT:
        rt_state.exc_handled = POP();
        DISPATCH();
    L_JUMP_IF_NOT_EXC_MATCH: {
        int off = READ_JUMP();
        obj_t type = POP();
        obj_t exc = POP();
        if (!exc_matches(exc, type)) {
            ip += off;
        }
        DISPATCH();
    }
    L_RERAISE:
        f->skip_traceback = true;
        nlr_jump(POP());
    L_RAISE_VARARGS: {
        size_t n = READ_UINT();
        if (n == 0) {
            obj_t e = rt_state.exc_handled;
            if (e == OBJ_NULL) {
                rt_raise_msg(&type_RuntimeError, "No active exception to reraise");
            }
            f->skip_traceback = true;
            nlr_jump(e);
        }
        if (n == 2) {
            obj_t cause = POP();
            obj_t e = exc_set_cause(POP(), cause);
            rt_raise(e);
        }
        rt_raise(POP());
    }
    L_LOAD_ASSERTION_ERROR:
        PUSH(OBJ_FROM_PTR(&type_AssertionError));
        DISPATCH();
    L_WITH_ENTER: {
        obj_t mgr = TOP();
        obj_t m[2];
        rt_load_method(mgr, N___exit__, m);
        SET_TOP(m[1] != OBJ_NULL ? bound_method_new(m[1], m[0]) : m[0]);
        rt_load_method(mgr, N___enter__, m);
        PUSH(rt_call_method(m[0], m[1], 0, 0, NULL));
        DISPATCH();
    }
    L_WITH_EXIT: {
        obj_t ex = POP();
        obj_t a[3] = {OBJ_NONE, OBJ_NONE, OBJ_NONE};
        rt_call(ex, 3, 0, a);
        DISPATCH();
    }
    L_WITH_EXCEPT: {
        obj_t exc = POP();
        obj_t ex = POP();
        obj_t a[3] = {OBJ_FROM_PTR(obj_type(exc)), exc, OBJ_NONE};
        obj_t prev = rt_state.exc_handled;
        rt_state.exc_handled = exc;   // being handled during __exit__ (its errors chain to it)
        bool swallow = rt_is_true(rt_call(ex, 3, 0, a));
        rt_state.exc_handled = prev;
        if (!swallow) {
            f->skip_traceback = true;
            nlr_jump(exc);
        }
        DISPATCH();
    }
    L_IMPORT_NAME: {
        name_t n = (name_t)READ_UINT();
        obj_t fromlist = POP();
        SET_TOP(rt_import_ex(n, fromlist, (int)obj_small_int_value(TOP()), f->globals));
        DISPATCH();
    }
    L_IMPORT_FROM: {
        name_t n = (name_t)READ_UINT();
        obj_t v = rt_import_from(TOP(), n);
        PUSH(v);
        DISPATCH();
    }
    L_IMPORT_STAR:
        rt_import_all(POP(), f->locals ? f->locals : f->globals);
        DISPATCH();
    L_PRINT_EXPR: {
        obj_t v = POP();
        if (v != OBJ_NONE) {
            rt_print(&printer_stdout, v, PRINT_REPR);
            print_str(&printer_stdout, "\n");
            dict_store(rt_state.builtins_extra, OBJ_NAME(N_underscore), v);
        }
        DISPATCH();
    }
    }
    // an exception arrived
    {
        obj_t exc = nlr.ret_val;
        if (rt_state.exc_handled != OBJ_NULL && rt_state.exc_handled != exc) {
            exc_set_context(exc, rt_state.exc_handled);
        }
        if (!f->skip_traceback) {
            const uint8_t *at = f->cur_ip ? f->cur_ip : code->bytecode;
            exc_add_traceback(exc, code->filename, code_line_of(code, (size_t)(at - code->bytecode)),
                              code->name);
        }
        f->skip_traceback = false;
        if (f->n_blocks_used > 0) {
            vm_block_t *b = &f->blocks[--f->n_blocks_used];
            sp = stack_base + b->depth;
            rt_state.exc_handled = b->exc_handled;
            *++sp = exc;
            ip = b->handler;
            goto run;
        }
        rt_state.exc_handled = f->exc_handled_entry;
        *result = exc;
        top_frame = f->prev;
        return VM_EXCEPTION;
    }
}
