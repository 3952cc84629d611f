// core/mod_errno.c — the `errno` module: one int constant per error name
// (EPERM = 1, ENOENT = 2, ... the Linux values) and `errorcode`, the dict
// {value: 'NAME'}. The table of names lives in exactly one place,
// exc_errno_name() in core/exc.c (OSError printing uses it too); this module
// is built from it at start-up as a heap module, so the two never disagree.
#include "core/runtime.h"
#include "core/types.h"
#include "core/exc.h"
#include "core/mod_builtins.h"

// Error numbers scanned for names (the table in exc.c stays well below this).
#define ERRNO_SCAN_MAX 256

void mod_errno_init(void) {
    obj_t module = rt_module_new(N_errno);
    map_t *globals = rt_module_globals(module);
    obj_t errorcode = dict_new(40);
    map_store(globals, OBJ_NAME(N_errorcode), errorcode);
    for (int n = 1; n < ERRNO_SCAN_MAX; n++) {
        const char *s = exc_errno_name(n);
        if (s != NULL) {
            obj_t name = names_obj(names_intern_cstr(s));
            map_store(globals, name, obj_new_small_int(n));
            dict_store(errorcode, obj_new_small_int(n), name);
        }
    }
    rt_register_module(module);
}
