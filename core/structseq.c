// core/structseq.c — read-only named tuples made by C code (see structseq.h).
// Invariant: `fields` points to static memory and has as many names as the
// items tuple has values; instances never change after creation.
#include <string.h>
#include "core/structseq.h"
#include "core/runtime.h"
#include "core/types.h"
#include "core/gc.h"

typedef struct {
    obj_base_t base;
    const name_t *fields;
    obj_t items;   // tuple
} structseq_t;

static tuple_t *items_of(obj_t o) {
    return OBJ_TO_PTR(((structseq_t *)OBJ_TO_PTR(o))->items);
}

obj_t structseq_new(const name_t *fields, size_t n, const obj_t *items) {
    structseq_t *s = gc_alloc(sizeof(structseq_t));
    s->base.type = &type_structseq;
    s->fields = fields;
    s->items = tuple_new(n, items);
    return OBJ_FROM_PTR(s);
}

static void structseq_print(const printer_t *p, obj_t o, print_kind_t kind) {
    const name_t *fields = ((structseq_t *)OBJ_TO_PTR(o))->fields;
    tuple_t *t = items_of(o);
    print_str(p, "(");
    for (size_t i = 0; i < t->len; i++) {
        print_fmt(p, "%s%q=%R", i ? ", " : "", fields[i], t->items[i]);
    }
    print_str(p, ")");
}

static void structseq_attr(obj_t self, name_t attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;   // read-only
    }
    const name_t *fields = ((structseq_t *)OBJ_TO_PTR(self))->fields;
    tuple_t *t = items_of(self);
    for (size_t i = 0; i < t->len; i++) {
        if (fields[i] == attr) {
            dest[0] = t->items[i];
        }
    }
}

static obj_t structseq_subscr(obj_t self, obj_t index, obj_t value) {
    if (value != OBJ_SENTINEL) {
        return OBJ_NULL;
    }
    return rt_subscr_load(((structseq_t *)OBJ_TO_PTR(self))->items, index);
}

static obj_t structseq_getiter(obj_t self, iter_buf_t *buf) {
    return rt_getiter(((structseq_t *)OBJ_TO_PTR(self))->items, buf);
}

static obj_t structseq_unary_op(unary_op_t op, obj_t self) {
    if (op == UNARY_OP_LEN) {
        return obj_new_small_int((intptr_t)items_of(self)->len);
    }
    if (op == UNARY_OP_BOOL) {
        return obj_bool(items_of(self)->len != 0);
    }
    return OBJ_NULL;
}

const type_t type_structseq = {
    {&type_type}, .name = N_tuple, .flags = TYPE_FLAG_EQ_IS_ID,
    .print = structseq_print, .attr = structseq_attr, .subscr = structseq_subscr,
    .getiter = structseq_getiter, .unary_op = structseq_unary_op,
};

void structseq_build_date(char out[11]) {
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    const char *d = __DATE__;   // "Mmm dd yyyy"
    int m = 1;
    for (int i = 0; i < 12; i++) {
        if (memcmp(months + 3 * i, d, 3) == 0) {
            m = i + 1;
        }
    }
    memcpy(out, d + 7, 4);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = d[4] == ' ' ? '0' : d[4];
    out[9] = d[5];
    out[10] = 0;
}
