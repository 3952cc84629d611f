// core/mod_gc.c — the `gc` module: collect, mem_free, mem_alloc, enable,
// disable, isenabled, threshold. A thin layer over gc.h; the threshold is
// accepted and remembered (the collector runs when the heap is full).
#include "core/runtime.h"
#include "core/gc.h"
#include "core/mod_builtins.h"

static intptr_t gc_threshold = -1;   // a plain number, not a heap pointer

static obj_t mod_gc_collect(void) {
    gc_collect();
    weakref_after_collect();
    return OBJ_NONE;
}
static FUN_OBJ_0(mod_gc_collect_obj, mod_gc_collect);

static obj_t mod_gc_mem_free(void) {
    gc_info_t info;
    gc_info(&info);
    return obj_new_small_int((intptr_t)info.free);
}
static FUN_OBJ_0(mod_gc_mem_free_obj, mod_gc_mem_free);

static obj_t mod_gc_mem_alloc(void) {
    gc_info_t info;
    gc_info(&info);
    return obj_new_small_int((intptr_t)info.used);
}
static FUN_OBJ_0(mod_gc_mem_alloc_obj, mod_gc_mem_alloc);

static obj_t mod_gc_enable(void) {
    gc_set_auto(true);
    return OBJ_NONE;
}
static FUN_OBJ_0(mod_gc_enable_obj, mod_gc_enable);

static obj_t mod_gc_disable(void) {
    gc_set_auto(false);
    return OBJ_NONE;
}
static FUN_OBJ_0(mod_gc_disable_obj, mod_gc_disable);

static obj_t mod_gc_isenabled(void) {
    return obj_bool(gc_is_auto());
}
static FUN_OBJ_0(mod_gc_isenabled_obj, mod_gc_isenabled);

static obj_t mod_gc_threshold(size_t n_args, const obj_t *args) {
    if (n_args == 0) {
        return obj_new_small_int(gc_threshold);
    }
    intptr_t t = rt_get_int(args[0]);
    gc_threshold = t < 0 ? -1 : t;
    return OBJ_NONE;
}
static FUN_OBJ_VAR(mod_gc_threshold_obj, 0, 1, mod_gc_threshold);

static const map_elem_t gc_table[] = {
    {OBJ_NAME(N___name__), OBJ_NAME(N_gc)},
    MAP_ENTRY(N_collect, &mod_gc_collect_obj),
    MAP_ENTRY(N_mem_free, &mod_gc_mem_free_obj),
    MAP_ENTRY(N_mem_alloc, &mod_gc_mem_alloc_obj),
    MAP_ENTRY(N_enable, &mod_gc_enable_obj),
    MAP_ENTRY(N_disable, &mod_gc_disable_obj),
    MAP_ENTRY(N_isenabled, &mod_gc_isenabled_obj),
    MAP_ENTRY(N_threshold, &mod_gc_threshold_obj),
};
static MAP_ROM(gc_globals, gc_table);
static MODULE_ROM(gc_module, gc_globals);

void mod_gc_init(void) {
    gc_threshold = -1;
    rt_register_module(OBJ_FROM_PTR(&gc_module));
}
