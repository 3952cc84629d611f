// core/gen.h — generator objects (gen.c).
#ifndef KILN_GEN_H
#define KILN_GEN_H

#include "core/vm.h"

obj_t gen_new(func_t *fun, size_t n_args, size_t n_kw, const obj_t *args);
// Resume generator g: send a value (OBJ_NONE to start) or throw an exception.
vm_status_t gen_resume(obj_t g, obj_t send, obj_t throw_exc, obj_t *out);
// One step of `yield from it` sending v: VM_YIELD (out = yielded value) or
// VM_RETURN (out = the delegate's return value); exceptions propagate.
vm_status_t gen_yield_from_step(obj_t it, obj_t v, obj_t *out);
// Throw e into the delegate of a `yield from`: VM_YIELD, VM_RETURN, or
// VM_EXCEPTION with out = the exception to raise at the yield-from point.
vm_status_t gen_resume_throw(obj_t it, obj_t e, obj_t *out);

#endif
