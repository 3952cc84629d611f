// core/vm.h — running code objects: frames, calls into Python functions,
// module execution and generator resumption.
#ifndef KILN_VM_H
#define KILN_VM_H

#include "core/obj.h"
#include "core/code.h"
#include "core/func.h"

typedef struct {
    const uint8_t *handler;   // ip of the handler
    uint16_t depth;           // value-stack depth at SETUP_EXCEPT
    obj_t exc_handled;        // rt_state.exc_handled at SETUP_EXCEPT
} vm_block_t;

// A running (or suspended) activation of a code object. Lives on the C stack
// for plain calls and in the heap for generators. state[] holds n_locals fast
// slots followed by n_stack value-stack slots; blocks[] n_blocks entries.
typedef struct frame_s {
    struct frame_s *prev;     // the caller's running frame (while running)
    const code_t *code;
    obj_t fun;                // func_t (globals, closure), or OBJ_NULL for module code
    map_t *globals;
    map_t *locals;            // NAME ops (module: == globals; class body: the namespace)
    const uint8_t *ip;        // next instruction (when suspended)
    const uint8_t *cur_ip;    // start of the instruction being executed
    obj_t *sp;                // last pushed value (when suspended)
    obj_t exc_handled_entry;
    uint16_t n_blocks_used;
    bool skip_traceback;      // the exception being raised keeps its traceback
    vm_block_t *blocks;
    obj_t *state;
} frame_t;

typedef enum { VM_RETURN, VM_YIELD, VM_EXCEPTION } vm_status_t;

// Run (or resume) a frame. When resuming a generator, `send` is pushed as
// the value of the suspended yield; `throw` (if not OBJ_NULL) is raised at
// the suspension point instead. *result gets the returned/yielded value or
// the exception.
vm_status_t vm_run(frame_t *f, obj_t send, obj_t throw_exc, obj_t *result);
obj_t vm_call_function(func_t *fun, size_t n_args, size_t n_kw, const obj_t *args);
// Execute module-level (or class-body) code; returns what the code returns.
obj_t vm_exec_code(obj_t code, map_t *globals, map_t *locals);
// The innermost running frame, or NULL.
frame_t *vm_current_frame(void);
// Forget every frame (interpreter re-initialised after a board halt/reset).
void vm_reset(void);

#endif
