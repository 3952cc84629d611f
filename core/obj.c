// core/obj.c — the singleton types: NoneType, ellipsis, NotImplementedType.
// None is an immediate (OBJ_NONE); Ellipsis and NotImplemented are ROM objects.
#include "core/runtime.h"

static void none_print(const printer_t *p, obj_t o, print_kind_t kind) {
    print_str(p, "None");
}

static obj_t none_unary_op(unary_op_t op, obj_t o) {
    if (op == UNARY_OP_BOOL) {
        return OBJ_FALSE;
    }
    return OBJ_NULL;
}

const type_t type_NoneType = {
    {&type_type}, .name = N_NoneType, .flags = TYPE_FLAG_EQ_IS_ID,
    .print = none_print, .unary_op = none_unary_op,
};

static void ellipsis_print(const printer_t *p, obj_t o, print_kind_t kind) {
    print_str(p, o == OBJ_ELLIPSIS ? "Ellipsis" : "NotImplemented");
}

const type_t type_EllipsisType = {
    {&type_type}, .name = N_ellipsis, .flags = TYPE_FLAG_EQ_IS_ID, .print = ellipsis_print,
};

const type_t type_NotImplementedType = {
    {&type_type}, .name = N_NotImplementedType, .flags = TYPE_FLAG_EQ_IS_ID, .print = ellipsis_print,
};

const obj_base_t obj_ellipsis_obj = {&type_EllipsisType};
const obj_base_t obj_notimplemented_obj = {&type_NotImplementedType};
