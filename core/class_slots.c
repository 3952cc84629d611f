// core/class_slots.c — special methods of built-in types made from their C
// slots: int.__add__, (2.5).__mul__, 'ab'.__len__, super().__getitem__ in a
// str subclass. A slot method is a small callable (type, slot kind, op);
// called with self first, it runs the built-in type's slot on self (or on
// the native part of an instance of a user subclass). Only methods the type
// really has are made (sequence operators for sequences, arithmetic for
// numbers), so hasattr() duck typing answers as CPython.
#include "core/runtime.h"
#include "core/gc.h"
#include "core/types.h"
#include "core/class.h"

// A special method of a built-in type backed by its C slot.
enum { SM_UNARY, SM_BINARY, SM_GETITEM, SM_SETITEM, SM_DELITEM, SM_ITER, SM_NEXT };
typedef struct {
    obj_base_t base;
    const type_t *type;
    uint8_t kind;
    uint8_t op;
    name_t name;
} slot_method_t;

static const type_t type_slot_method;

static obj_t slot_method_call(obj_t self_in, size_t n_args, size_t n_kw, const obj_t *args) {
    slot_method_t *m = OBJ_TO_PTR(self_in);
    static const uint8_t arity[] = {1, 2, 2, 3, 2, 1, 1};
    size_t want = arity[m->kind];
    if (n_kw || n_args != want) {
        rt_raise_fmt(&type_TypeError, "%q() takes %d arguments (%d given)", m->name, (int)want - 1,
                     (int)n_args - 1);
    }
    obj_t self = args[0], orig = self;
    if (!obj_is_instance(self, m->type)) {
        rt_raise_fmt(&type_TypeError, "descriptor '%q' requires a '%q' object but received a '%s'", m->name,
                     m->type->name, rt_type_name(self));
    }
    if ((obj_type(self)->flags & TYPE_FLAG_USER) && !(obj_type(self)->flags & TYPE_FLAG_EXCEPTION)) {
        obj_t sub = ((instance_t *)OBJ_TO_PTR(self))->subobj;
        if (sub != OBJ_NULL) {
            self = sub;
        }
    }
    const type_t *t = m->type;
    obj_t r = OBJ_NULL;
    switch (m->kind) {
        case SM_UNARY:
            r = t->unary_op ? t->unary_op((unary_op_t)m->op, self) : OBJ_NULL;
            if (r == OBJ_NULL && m->op == UNARY_OP_HASH) {
                r = obj_new_small_int((intptr_t)((uintptr_t)self >> 4));
            }
            break;
        case SM_BINARY:
            if ((t == &type_int || t == &type_bool) && !obj_is_small_int(args[1]) &&
                !obj_is_instance(args[1], &type_int)) {
                return OBJ_NOTIMPLEMENTED;   // int's own slots take ints only (floats reflect)
            }
            r = t->binary_op ? t->binary_op((binary_op_t)m->op, self, args[1]) : OBJ_NULL;
            if (r == OBJ_NULL) {
                return OBJ_NOTIMPLEMENTED;
            }
            return r == self ? orig : r;   // in-place ops on the native part return the instance
        case SM_GETITEM:
            r = t->subscr(self, args[1], OBJ_SENTINEL);
            break;
        case SM_SETITEM:
            r = t->subscr(self, args[1], args[2]);
            break;
        case SM_DELITEM:
            r = t->subscr(self, args[1], OBJ_NULL);
            break;
        case SM_ITER:
            r = t->getiter(self, NULL);
            break;
        default:
            r = t->iternext(self);
            if (r == OBJ_STOP) {
                rt_raise_StopIteration(OBJ_NULL);
            }
            break;
    }
    if (r == OBJ_NULL) {
        rt_raise_fmt(&type_TypeError, "'%q' object has no method '%q'", t->name, m->name);
    }
    return r;
}

static void slot_method_print(const printer_t *p, obj_t o, print_kind_t kind) {
    slot_method_t *m = OBJ_TO_PTR(o);
    print_fmt(p, "<slot wrapper '%q' of '%q' objects>", m->name, m->type->name);
}

static void slot_method_attr(obj_t self, name_t attr, obj_t *dest) {
    if (dest[0] == OBJ_NULL && (attr == N___name__ || attr == N___qualname__)) {
        dest[0] = OBJ_NAME(((slot_method_t *)OBJ_TO_PTR(self))->name);
    }
}

static const type_t type_slot_method = {
    {&type_type}, .name = N_function, .flags = TYPE_FLAG_EQ_IS_ID,
    .call = slot_method_call, .print = slot_method_print, .attr = slot_method_attr,
};

static bool is_number_type(const type_t *t) {
    return t == &type_int || t == &type_bool || t == &type_float || t == &type_complex;
}

bool class_slot_method(const type_t *t, obj_t self, name_t attr, obj_t *dest) {
    if ((t->flags & TYPE_FLAG_USER) || t == &type_object || t == &type_type) {
        return false;
    }
    int kind = -1, op = 0;
    bool container = t->subscr != NULL || t->getiter != NULL;
    switch (attr) {
        case N___getitem__: kind = t->subscr ? SM_GETITEM : -1; break;
        case N___setitem__: kind = t->subscr ? SM_SETITEM : -1; break;
        case N___delitem__: kind = t->subscr ? SM_DELITEM : -1; break;
        case N___iter__: kind = t->getiter ? SM_ITER : -1; break;
        case N___next__: kind = t->iternext ? SM_NEXT : -1; break;
        case N___contains__: kind = container && t->binary_op ? SM_BINARY : -1; op = BINARY_OP_IN; break;
        case N___len__: kind = container && t->unary_op ? SM_UNARY : -1; op = UNARY_OP_LEN; break;
        default:
            for (int u = 0; u < UNARY_OP__COUNT && kind < 0; u++) {
                if (u != UNARY_OP_NOT && u != UNARY_OP_LEN && rt_unary_op_name((unary_op_t)u) == attr &&
                    t->unary_op && (is_number_type(t) || u == UNARY_OP_HASH || u == UNARY_OP_BOOL)) {
                    kind = SM_UNARY;
                    op = u;
                }
            }
            for (int b = 0; b < BINARY_OP__COUNT && kind < 0; b++) {
                if (b == BINARY_OP_IN || rt_binary_op_name((binary_op_t)b) != attr || !t->binary_op) {
                    continue;
                }
                bool compare = b >= BINARY_OP_LESS && b <= BINARY_OP_NOT_EQUAL;
                bool seq_type = t == &type_str || t == &type_bytes || t == &type_bytearray || t == &type_list ||
                                t == &type_tuple;
                bool seq = seq_type && (b == BINARY_OP_ADD || b == BINARY_OP_MULTIPLY ||
                                         b == BINARY_OP_REVERSE_MULTIPLY || b == BINARY_OP_INPLACE_ADD ||
                                         b == BINARY_OP_INPLACE_MULTIPLY || b == BINARY_OP_MODULO);
                bool sets = (t == &type_set || t == &type_frozenset || t == &type_dict) &&
                            ((b >= BINARY_OP_INPLACE_OR && b <= BINARY_OP_INPLACE_AND) ||
                             (b >= BINARY_OP_OR && b <= BINARY_OP_AND) || b == BINARY_OP_SUBTRACT ||
                             b == BINARY_OP_INPLACE_SUBTRACT);
                if (is_number_type(t) || compare || seq || sets) {
                    kind = SM_BINARY;
                    op = b;
                }
            }
            break;
    }
    if (kind < 0) {
        return false;
    }
    slot_method_t *m = gc_alloc(sizeof(slot_method_t));
    m->base.type = &type_slot_method;
    m->type = t;
    m->kind = (uint8_t)kind;
    m->op = (uint8_t)op;
    m->name = attr;
    dest[0] = OBJ_FROM_PTR(m);
    dest[1] = self;
    return true;
}

