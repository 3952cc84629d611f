// core/mod_micropython.c — the `micropython` module: const, opt_level,
// mem_info, qstr_info, stack_use, heap_lock/heap_unlock/heap_locked,
// kbd_intr, schedule, alloc_emergency_exception_buf.
// schedule() queues (function, argument) pairs in rt_state.sched_queue (a
// list, OBJ_NULL when empty, so the VM's pending check stays one compare);
// mod_micropython_run_scheduled() runs them at a safe point, one batch at a
// time and never re-entrantly.
#include <string.h>
#include "core/runtime.h"
#include "core/types.h"
#include "core/gc.h"
#include "core/mod_builtins.h"

#define SCHED_MAX 8   // pending callbacks (MicroPython's default depth)

static int opt_level;          // plain numbers only: no heap pointers in statics
static int heap_lock_depth;
static bool sched_running;

static obj_t mp_const(obj_t x) {
    return x;
}
static FUN_OBJ_1(mp_const_obj, mp_const);

static obj_t mp_opt_level(size_t n_args, const obj_t *args) {
    if (n_args == 0) {
        return obj_new_small_int(opt_level);
    }
    opt_level = (int)rt_get_int(args[0]);
    return OBJ_NONE;
}
static FUN_OBJ_VAR(mp_opt_level_obj, 0, 1, mp_opt_level);

static size_t stack_used(void) {
    char here;
    return (size_t)(rt_state.stack_top - &here);
}

static obj_t mp_mem_info(size_t n_args, const obj_t *args) {
    gc_info_t info;
    gc_info(&info);
    print_fmt(&printer_stdout, "stack: %u out of %u\n", (unsigned)stack_used(),
              (unsigned)rt_state.stack_limit);
    print_fmt(&printer_stdout, "GC: total: %u, used: %u, free: %u\n", (unsigned)info.total,
              (unsigned)info.used, (unsigned)info.free);
    print_fmt(&printer_stdout, " No. of collections: %u, max free sz: %u\n",
              (unsigned)info.n_collections, (unsigned)(info.max_free / KILN_GC_BLOCK));
    if (n_args > 0 && rt_is_true(args[0])) {
        gc_dump_blocks(&printer_stdout);
    }
    return OBJ_NONE;
}
static FUN_OBJ_VAR(mp_mem_info_obj, 0, 1, mp_mem_info);

static obj_t mp_qstr_info(size_t n_args, const obj_t *args) {
    print_fmt(&printer_stdout, "qstr pool: n_pool=1, n_qstr=%u\n", (unsigned)NAME__ROM_COUNT);
    return OBJ_NONE;
}
static FUN_OBJ_VAR(mp_qstr_info_obj, 0, 1, mp_qstr_info);

static obj_t mp_stack_use(void) {
    return obj_new_small_int((intptr_t)stack_used());
}
static FUN_OBJ_0(mp_stack_use_obj, mp_stack_use);

static obj_t mp_heap_lock(void) {
    gc_lock();
    heap_lock_depth++;
    return OBJ_NONE;
}
static FUN_OBJ_0(mp_heap_lock_obj, mp_heap_lock);

static obj_t mp_heap_unlock(void) {
    gc_unlock();
    if (heap_lock_depth > 0) {
        heap_lock_depth--;
    }
    return obj_new_small_int(heap_lock_depth);
}
static FUN_OBJ_0(mp_heap_unlock_obj, mp_heap_unlock);

static obj_t mp_heap_locked(void) {
    return obj_new_small_int(heap_lock_depth);
}
static FUN_OBJ_0(mp_heap_locked_obj, mp_heap_locked);

static obj_t mp_kbd_intr(obj_t c) {
    rt_state.interrupt_char = (int)rt_get_int(c);
    return OBJ_NONE;
}
static FUN_OBJ_1(mp_kbd_intr_obj, mp_kbd_intr);

static obj_t mp_schedule(obj_t fun, obj_t arg) {
    obj_t q = rt_state.sched_queue;
    if (q != OBJ_NULL && ((list_t *)OBJ_TO_PTR(q))->len >= 2 * SCHED_MAX) {
        rt_raise_msg(&type_RuntimeError, "schedule queue full");
    }
    if (q == OBJ_NULL) {
        q = list_new(0, NULL);
    }
    list_append(q, fun);
    list_append(q, arg);
    rt_state.sched_queue = q;
    return OBJ_NONE;
}
static FUN_OBJ_2(mp_schedule_obj, mp_schedule);

void mod_micropython_run_scheduled(void) {
    if (sched_running || rt_state.sched_queue == OBJ_NULL) {
        return;
    }
    // Run the callbacks queued so far; ones they schedule wait for the next
    // safe point. An exception propagates and leaves the rest queued.
    size_t batch = ((list_t *)OBJ_TO_PTR(rt_state.sched_queue))->len / 2;
    sched_running = true;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        while (batch-- > 0 && rt_state.sched_queue != OBJ_NULL) {
            list_t *l = OBJ_TO_PTR(rt_state.sched_queue);
            obj_t fun = l->items[0], arg = l->items[1];
            if (l->len <= 2) {
                rt_state.sched_queue = OBJ_NULL;
            } else {
                memmove(l->items, l->items + 2, (l->len - 2) * sizeof(obj_t));
                l->len -= 2;
            }
            rt_call1(fun, arg);
        }
        nlr_pop();
        sched_running = false;
    } else {
        sched_running = false;
        nlr_jump(nlr.ret_val);
    }
}

static obj_t mp_alloc_emergency_exception_buf(obj_t size) {
    return OBJ_NONE;
}
static FUN_OBJ_1(mp_alloc_emergency_exception_buf_obj, mp_alloc_emergency_exception_buf);

static const map_elem_t micropython_table[] = {
    {OBJ_NAME(N___name__), OBJ_NAME(N_micropython)},
    MAP_ENTRY(N_const, &mp_const_obj),
    MAP_ENTRY(N_opt_level, &mp_opt_level_obj),
    MAP_ENTRY(N_mem_info, &mp_mem_info_obj),
    MAP_ENTRY(N_qstr_info, &mp_qstr_info_obj),
    MAP_ENTRY(N_stack_use, &mp_stack_use_obj),
    MAP_ENTRY(N_heap_lock, &mp_heap_lock_obj),
    MAP_ENTRY(N_heap_unlock, &mp_heap_unlock_obj),
    MAP_ENTRY(N_heap_locked, &mp_heap_locked_obj),
    MAP_ENTRY(N_kbd_intr, &mp_kbd_intr_obj),
    MAP_ENTRY(N_schedule, &mp_schedule_obj),
    MAP_ENTRY(N_alloc_emergency_exception_buf, &mp_alloc_emergency_exception_buf_obj),
};
static MAP_ROM(micropython_globals, micropython_table);
static MODULE_ROM(micropython_module, micropython_globals);

void mod_micropython_init(void) {
    heap_lock_depth = 0;   // start-up and soft reset begin unlocked
    opt_level = 0;
    sched_running = false;
    rt_register_module(OBJ_FROM_PTR(&micropython_module));
}
