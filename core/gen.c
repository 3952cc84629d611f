// core/gen.c — generators: a function whose code has CODE_GENERATOR returns
// one of these; it owns a heap frame that vm_run suspends at each yield.
// Invariants: `running` guards re-entry; once `finished` the frame is never
// resumed again; the frame's state and blocks live in the same heap block.
#include <string.h>
#include "core/runtime.h"
#include "core/gc.h"
#include "core/types.h"
#include "core/gen.h"

typedef struct {
    obj_base_t base;
    bool running;
    bool finished;
    bool started;
    frame_t frame;
    // state[] and blocks[] follow
} gen_t;

void vm_frame_setup(frame_t *f, func_t *fun, obj_t *state, vm_block_t *blocks,
                    size_t n_args, size_t n_kw, const obj_t *args);

obj_t gen_new(func_t *fun, size_t n_args, size_t n_kw, const obj_t *args) {
    const code_t *c = fun->code;
    size_t n_state = c->n_locals + c->n_stack + 1;
    size_t size = sizeof(gen_t) + n_state * sizeof(obj_t) + (c->n_blocks + 1) * sizeof(vm_block_t);
    gen_t *g = gc_alloc(size);
    g->base.type = &type_generator;
    obj_t *state = (obj_t *)(g + 1);
    vm_block_t *blocks = (vm_block_t *)(state + n_state);
    vm_frame_setup(&g->frame, fun, state, blocks, n_args, n_kw, args);
    return OBJ_FROM_PTR(g);
}

vm_status_t gen_resume(obj_t self, obj_t send, obj_t throw_exc, obj_t *out) {
    gen_t *g = OBJ_TO_PTR(self);
    if (g->finished) {
        if (throw_exc != OBJ_NULL) {
            *out = throw_exc;
            return VM_EXCEPTION;
        }
        *out = OBJ_NONE;
        return VM_RETURN;
    }
    if (g->running) {
        rt_raise_ValueError("generator already executing");
    }
    if (!g->started && send != OBJ_NONE && send != OBJ_NULL && throw_exc == OBJ_NULL) {
        rt_raise_TypeError("can't send non-None value to a just-started generator");
    }
    g->started = true;
    g->running = true;
    vm_status_t st = vm_run(&g->frame, send == OBJ_NULL ? OBJ_NONE : send, throw_exc, out);
    g->running = false;
    if (st != VM_YIELD) {
        g->finished = true;
    }
    return st;
}

static obj_t gen_iternext(obj_t self) {
    obj_t out;
    vm_status_t st = gen_resume(self, OBJ_NONE, OBJ_NULL, &out);
    if (st == VM_YIELD) {
        return out;
    }
    if (st == VM_RETURN) {
        return OBJ_STOP;
    }
    if (exc_matches(out, OBJ_FROM_PTR(&type_StopIteration))) {
        rt_raise_msg(&type_RuntimeError, "generator raised StopIteration");
    }
    nlr_jump(out);
}

static obj_t finish(vm_status_t st, obj_t out) {
    if (st == VM_YIELD) {
        return out;
    }
    if (st == VM_RETURN) {
        rt_raise_StopIteration(out);
    }
    nlr_jump(out);
}

static obj_t gen_send(obj_t self, obj_t v) {
    obj_t out = OBJ_NULL;
    vm_status_t st = gen_resume(self, v, OBJ_NULL, &out);
    return finish(st, out);
}
static FUN_OBJ_2(gen_send_obj, gen_send);

static obj_t make_exc(size_t n_args, const obj_t *args) {
    obj_t e = args[0];
    if (obj_is_type_exact(e, &type_type)) {
        e = rt_call(e, n_args > 1 && args[1] != OBJ_NONE ? 1 : 0, 0, args + 1);
    }
    if (!exc_is_exception_instance(e)) {
        rt_raise_TypeError("exceptions must derive from BaseException");
    }
    return e;
}

static obj_t gen_throw(size_t n_args, const obj_t *args) {
    obj_t e = make_exc(n_args - 1, args + 1);
    obj_t out = OBJ_NULL;
    vm_status_t st = gen_resume(args[0], OBJ_NULL, e, &out);
    return finish(st, out);
}
static FUN_OBJ_VAR(gen_throw_obj, 2, 4, gen_throw);

static obj_t gen_close(obj_t self) {
    gen_t *g = OBJ_TO_PTR(self);
    if (g->finished || !g->started) {
        g->finished = true;
        return OBJ_NONE;
    }
    obj_t out;
    vm_status_t st = gen_resume(self, OBJ_NULL, exc_new(&type_GeneratorExit, 0, NULL), &out);
    if (st == VM_YIELD) {
        rt_raise_msg(&type_RuntimeError, "generator ignored GeneratorExit");
    }
    if (st == VM_EXCEPTION && !exc_matches(out, OBJ_FROM_PTR(&type_GeneratorExit)) &&
        !exc_matches(out, OBJ_FROM_PTR(&type_StopIteration))) {
        nlr_jump(out);
    }
    return OBJ_NONE;
}
static FUN_OBJ_1(gen_close_obj, gen_close);

static obj_t gen_getiter(obj_t self, iter_buf_t *buf) {
    return self;
}

static void gen_print(const printer_t *p, obj_t o, print_kind_t kind) {
    gen_t *g = OBJ_TO_PTR(o);
    print_fmt(p, "<generator object '%q' at %p>", g->frame.code->name, o);
}

static const map_elem_t gen_locals_table[] = {
    MAP_ENTRY(N_send, &gen_send_obj),
    MAP_ENTRY(N_throw, &gen_throw_obj),
    MAP_ENTRY(N_close, &gen_close_obj),
};
static MAP_ROM(gen_locals, gen_locals_table);

const type_t type_generator = {
    {&type_type}, .name = N_generator, .flags = TYPE_FLAG_ITER_IS_SELF,
    .getiter = gen_getiter, .iternext = gen_iternext, .print = gen_print, .locals = &gen_locals,
};

vm_status_t gen_yield_from_step(obj_t it, obj_t v, obj_t *out) {
    if (obj_is_type_exact(it, &type_generator)) {
        vm_status_t st = gen_resume(it, v, OBJ_NULL, out);
        if (st == VM_EXCEPTION) {
            nlr_jump(*out);
        }
        return st;
    }
    if (v == OBJ_NONE) {
        obj_t r = rt_iternext(it);
        if (r == OBJ_STOP) {
            *out = OBJ_NONE;
            return VM_RETURN;
        }
        *out = r;
        return VM_YIELD;
    }
    obj_t m[2];
    rt_load_method(it, N_send, m);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        *out = rt_call_method(m[0], m[1], 1, 0, &v);
        nlr_pop();
        return VM_YIELD;
    }
    if (exc_matches(nlr.ret_val, OBJ_FROM_PTR(&type_StopIteration))) {
        *out = exc_get_value(nlr.ret_val);
        return VM_RETURN;
    }
    nlr_jump(nlr.ret_val);
}

vm_status_t gen_resume_throw(obj_t it, obj_t e, obj_t *out) {
    if (obj_is_type_exact(it, &type_generator)) {
        return gen_resume(it, OBJ_NULL, e, out);
    }
    *out = e;
    return VM_EXCEPTION;
}
