// core/mod_weakref.c — the `weakref` module: ref(obj[, callback]).
// A ref holds its target hidden from the collector (the pointer is stored
// inverted, so the conservative scan never sees it) and is linked into a
// list of live refs, also through inverted pointers. After marking, the
// collector calls weakref_gc_prune(): a ref whose target is unmarked is
// cleared (calling it then gives None) and its callback queued; a ref that is
// itself garbage is unlinked (the sweep frees it). Callbacks run at the next
// gc.collect() called from Python or the next ref() made — never inside an
// allocation.
// Invariants: every node on the list is a live ref (unmarked ones leave the
// list in the prune that finds them); the list head is a plain number (no
// GC root), reset at every interpreter start.
#include "core/runtime.h"
#include "core/types.h"
#include "core/gc.h"
#include "core/mod_builtins.h"

typedef struct weakref_s {
    obj_base_t base;
    uintptr_t target;      // ~pointer to the target, 0 when dead
    obj_t callback;        // OBJ_NONE or a callable (scanned: it stays alive)
    uintptr_t next;        // ~pointer to the next ref on the list, 0 at the end
    bool callback_due;     // the target died: run the callback
} weakref_t;

static uintptr_t list_head;       // ~pointer to the first ref, 0: empty
static bool callbacks_due;

static weakref_t *unhide(uintptr_t h) {
    return h ? (weakref_t *)~h : NULL;
}

static uintptr_t hide(const void *p) {
    return p ? ~(uintptr_t)p : 0;
}

void weakref_gc_prune(void) {
    uintptr_t *link = &list_head;
    weakref_t *r;
    while ((r = unhide(*link)) != NULL) {
        if (!gc_is_marked(r)) {
            *link = r->next;   // the ref itself is garbage
            continue;
        }
        if (r->target && !gc_is_marked((void *)~r->target)) {
            r->target = 0;
            if (r->callback != OBJ_NONE) {
                r->callback_due = true;
                callbacks_due = true;
            }
        }
        link = &r->next;
    }
}

// Run the callbacks of refs whose targets died (outside the collector).
static void run_callbacks(void) {
    while (callbacks_due) {
        callbacks_due = false;
        for (weakref_t *r = unhide(list_head); r != NULL; r = unhide(r->next)) {
            if (r->callback_due) {
                r->callback_due = false;
                obj_t cb = r->callback;
                r->callback = OBJ_NONE;
                rt_call1(cb, OBJ_FROM_PTR(r));
            }
        }
    }
}

void weakref_after_collect(void) {
    if (callbacks_due) {
        run_callbacks();
    }
}

static const type_t type_ref;

static obj_t ref_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 1, 2, n_kw, false);
    obj_t target = args[0];
    if (!gc_is_heap_ptr(OBJ_TO_PTR(target)) || obj_is_small_int(target) || obj_is_name(target) ||
        obj_is_imm(target)) {
        rt_raise_fmt(&type_TypeError, "cannot create weak reference to '%s' object", rt_type_name(target));
    }
    run_callbacks();
    weakref_t *r = gc_alloc(sizeof(weakref_t));
    r->base.type = type;
    r->target = hide(OBJ_TO_PTR(target));
    r->callback = n_args > 1 ? args[1] : OBJ_NONE;
    r->next = list_head;
    list_head = hide(r);
    return OBJ_FROM_PTR(r);
}

static obj_t ref_target(obj_t self) {
    weakref_t *r = OBJ_TO_PTR(self);
    return r->target ? OBJ_FROM_PTR((void *)~r->target) : OBJ_NONE;
}

static obj_t ref_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args) {
    rt_check_nargs(n_args, 0, 0, n_kw, false);
    return ref_target(self);
}

static void ref_print(const printer_t *p, obj_t self, print_kind_t kind) {
    weakref_t *r = OBJ_TO_PTR(self);
    if (r->target == 0) {
        print_fmt(p, "<weakref at %p; dead>", (void *)r);
    } else {
        obj_t t = ref_target(self);
        print_fmt(p, "<weakref at %p; to '%s' at %p>", (void *)r, rt_type_name(t), OBJ_TO_PTR(t));
    }
}

static obj_t ref_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    if ((op == BINARY_OP_EQUAL || op == BINARY_OP_NOT_EQUAL) && obj_type(rhs) == obj_type(lhs)) {
        weakref_t *a = OBJ_TO_PTR(lhs), *b = OBJ_TO_PTR(rhs);
        bool eq = (a->target && b->target) ? rt_equal(ref_target(lhs), ref_target(rhs)) : a == b;
        return (op == BINARY_OP_EQUAL) == eq ? OBJ_TRUE : OBJ_FALSE;
    }
    return OBJ_NULL;
}

static obj_t ref_unary_op(unary_op_t op, obj_t self) {
    if (op == UNARY_OP_HASH) {
        weakref_t *r = OBJ_TO_PTR(self);
        if (r->target == 0) {
            rt_raise_TypeError("weak object has gone away");
        }
        return obj_new_small_int((intptr_t)rt_hash(ref_target(self)));
    }
    return OBJ_NULL;
}

static const type_t type_ref = {
    {&type_type}, .name = N_ref, .make_new = ref_make_new, .call = ref_call, .print = ref_print,
    .binary_op = ref_binary_op, .unary_op = ref_unary_op,
};

static const map_elem_t weakref_table[] = {
    {OBJ_NAME(N___name__), OBJ_NAME(N_weakref)},
    MAP_ENTRY(N_ref, &type_ref),
};
static MAP_ROM(weakref_globals, weakref_table);
static MODULE_ROM(weakref_module, weakref_globals);

void mod_weakref_init(void) {
    list_head = 0;   // a new heap: no ref survives
    callbacks_due = false;
    rt_register_module(OBJ_FROM_PTR(&weakref_module));
}
